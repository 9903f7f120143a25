/// Writes the compiled corpus index's binary form: unsigned integers as LEB128 varints, signed
/// ones zigzagged, strings and byte arrays with their length first, everything little-endian.
/// `IndexReader` reads it back in the same order; there are no field names or tags, so the two
/// sides must agree, and `CorpusIndexFile.formatVersion` changes whenever they change.
struct IndexWriter {
  private(set) var bytes: [UInt8] = []
  /// The evidence written so far, each once, numbered in order (see `Evidence.encode(to:)`).
  private(set) var evidenceTable: [Evidence] = []
  private var evidenceNumbers: [Evidence: Int] = [:]

  /// The number of `evidence` in `evidenceTable`, added if new.
  mutating func number(of evidence: Evidence) -> Int {
    if let number = evidenceNumbers[evidence] { return number }
    evidenceNumbers[evidence] = evidenceTable.count
    evidenceTable.append(evidence)
    return evidenceTable.count - 1
  }

  init() {}

  /// Room for `count` bytes, reserved at once.
  mutating func reserveCapacity(_ count: Int) {
    bytes.reserveCapacity(count)
  }

  mutating func write(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  mutating func write(_ value: Int) {
    // Zigzag: small negative numbers stay short.
    write(UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63)))
  }

  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func write(_ value: UInt8) { bytes.append(value) }

  mutating func write(_ value: Double) {
    let bits = value.bitPattern
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
  }

  /// A fixed-width 64-bit word (headers, fingerprints).
  mutating func writeFixed(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func write(_ value: String?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ value: Int?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ value: Range<Int>) {
    write(value.lowerBound)
    write(value.count)
  }

  mutating func write(bytes value: some Collection<UInt8>) {
    write(value.count)
    bytes.append(contentsOf: value)
  }

  /// Raw bytes with no length (the reader knows it from elsewhere).
  mutating func append(raw value: some Collection<UInt8>) {
    bytes.append(contentsOf: value)
  }

  mutating func write(_ values: [String]) {
    write(values.count)
    for value in values { write(value) }
  }

  mutating func write<Element>(_ values: [Element], _ element: (inout IndexWriter, Element) -> Void) {
    write(values.count)
    for value in values { element(&self, value) }
  }

  /// A dictionary keyed by texts, in key order, so the same corpus writes the same bytes.
  mutating func write<Value>(_ dictionary: [String: Value], _ value: (inout IndexWriter, Value) -> Void) {
    write(dictionary.count)
    for key in dictionary.keys.sorted() {
      write(key)
      value(&self, dictionary[key]!)
    }
  }
}
