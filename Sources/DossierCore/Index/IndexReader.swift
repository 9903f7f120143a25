#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads what `IndexWriter` wrote, in the same order. Every read is bounds-checked: a damaged or
/// truncated index throws `IndexDamage` (and is rebuilt), it never traps or reads past its bytes.
struct IndexReader {
  private let bytes: [UInt8]
  private(set) var position: Int
  /// The section's evidence, read before what refers to it by number.
  var evidenceTable: [Evidence] = []
  /// The document name and folder of the evidence read last (see `readString(reusing:)`).
  private var recent: [String?] = [nil, nil]
  private let end: Int

  init(_ bytes: [UInt8], range: Range<Int>? = nil) {
    self.bytes = bytes
    self.position = range?.lowerBound ?? 0
    self.end = range?.upperBound ?? bytes.count
  }

  var isAtEnd: Bool { position == end }

  mutating func readUInt64() throws(IndexDamage) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < end, shift < 64 else { throw IndexDamage("a number runs past its section") }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  mutating func readInt() throws(IndexDamage) -> Int {
    let raw = try readUInt64()
    return Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
  }

  /// A count or length: not negative and not beyond what is left (each element takes a byte at
  /// least), so a damaged length cannot make a reader allocate without bound.
  mutating func readCount() throws(IndexDamage) -> Int {
    let count = try readInt()
    guard count >= 0, count <= end - position else { throw IndexDamage("a length exceeds its section") }
    return count
  }

  mutating func readBool() throws(IndexDamage) -> Bool {
    let byte = try readUInt8()
    guard byte <= 1 else { throw IndexDamage("a flag is neither 0 nor 1") }
    return byte == 1
  }

  mutating func readUInt8() throws(IndexDamage) -> UInt8 {
    guard position < end else { throw IndexDamage("a byte runs past its section") }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func readFixed() throws(IndexDamage) -> UInt64 {
    guard end - position >= 8 else { throw IndexDamage("a word runs past its section") }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(8 * index) }
    position += 8
    return value
  }

  mutating func readDouble() throws(IndexDamage) -> Double {
    Double(bitPattern: try readFixed())
  }

  /// A text. Its section's fingerprint vouches for its bytes, which were a String's; should they
  /// not be UTF-8 all the same, the bad bytes read as U+FFFD rather than trap.
  mutating func readString() throws(IndexDamage) -> String {
    let count = try readCount()
    defer { position += count }
    let start = position
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + count]), as: UTF8.self)
    }
  }

  /// A string that is often the one read before it (a document's name, its folder): that one is
  /// shared, not built again (a large corpus's evidence names a few thousand documents of one
  /// folder tens of thousands of times).
  mutating func readString(reusing slot: RecentString) throws(IndexDamage) -> String {
    let count = try readCount()
    defer { position += count }
    let start = position
    if var last = recent[slot.rawValue], last.utf8.count == count {
      let same = last.withUTF8 { last in
        bytes.withUnsafeBufferPointer { bytes in
          count == 0 || memcmp(last.baseAddress!, bytes.baseAddress! + start, count) == 0
        }
      }
      if same { return last }
    }
    let value = bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + count]), as: UTF8.self)
    }
    recent[slot.rawValue] = value
    return value
  }

  /// The strings `readString(reusing:)` remembers.
  enum RecentString: Int {
    case document, folder
  }

  mutating func readOptionalString() throws(IndexDamage) -> String? {
    try readBool() ? try readString() : nil
  }

  mutating func readOptionalInt() throws(IndexDamage) -> Int? {
    try readBool() ? try readInt() : nil
  }

  mutating func readRange() throws(IndexDamage) -> Range<Int> {
    let lower = try readInt()
    let count = try readInt()
    guard count >= 0, lower <= Int.max - count else { throw IndexDamage("a range is inverted") }
    return lower..<lower + count
  }

  /// A token text, read in place (no copy of its bytes).
  mutating func readTokenText() throws(IndexDamage) -> TokenText {
    let count = try readCount()
    defer { position += count }
    let start = position
    return bytes.withUnsafeBufferPointer { TokenText($0, start..<start + count) }
  }

  mutating func readStrings() throws(IndexDamage) -> [String] {
    let count = try readCount()
    var values: [String] = []
    // A damaged count is bounded by the bytes left, not by the memory each element takes.
    values.reserveCapacity(min(count, 1024))
    for _ in 0..<count { values.append(try readString()) }
    return values
  }

  mutating func readArray<Element>(_ element: (inout IndexReader) throws(IndexDamage) -> Element) throws(IndexDamage)
    -> [Element]
  {
    let count = try readCount()
    var values: [Element] = []
    values.reserveCapacity(min(count, 1024))
    for _ in 0..<count { values.append(try element(&self)) }
    return values
  }

  /// What `IndexWriter.write(_:_:)` wrote of a dictionary keyed by texts.
  mutating func readDictionary<Value>(_ value: (inout IndexReader) throws(IndexDamage) -> Value) throws(IndexDamage)
    -> [String: Value]
  {
    let count = try readCount()
    var dictionary: [String: Value] = [:]
    dictionary.reserveCapacity(min(count, 1024))
    for _ in 0..<count {
      let key = try readString()
      dictionary[key] = try value(&self)
    }
    return dictionary
  }

  /// An enumeration's raw value, checked.
  mutating func readEnum<Value: RawRepresentable<UInt8>>(_ type: Value.Type) throws(IndexDamage) -> Value {
    guard let value = Value(rawValue: try readUInt8()) else { throw IndexDamage("an unknown \(Value.self) value") }
    return value
  }
}

/// Why an index on disk cannot be used: the reader names the first thing that did not hold.
struct IndexDamage: Error, Sendable, CustomStringConvertible {
  var description: String
  /// A whole index of another format version (written by another Dossier), not a damaged one.
  var isOtherVersion = false

  init(_ description: String, isOtherVersion: Bool = false) {
    self.description = description
    self.isOtherVersion = isOtherVersion
  }
}

extension Array where Element == UInt8 {
  /// The little-endian 32-bit number at `offset` of bytes read from a fixed-width section (the
  /// caller has checked the bytes' length).
  func loadLittleEndian32(at offset: Int) -> UInt32 {
    withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
  }

  /// The little-endian 64-bit number at `offset` (see `loadLittleEndian32(at:)`).
  func loadLittleEndian64(at offset: Int) -> UInt64 {
    withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
  }
}
