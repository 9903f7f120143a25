/// A fixed table of words (function words, count words, abbreviations) asked about every word of
/// a draft. A lookup turns most words away by length and first byte, then hashes the word's UTF-8
/// bytes with FNV-1a and probes an open-addressed table of byte strings: several times cheaper
/// than `Set<String>`, whose seeded SipHash dominates on short words.
struct WordTable<Value: Sendable>: Sendable {
  /// Slot → entry index + 1 (0: empty).
  private var slots: [Int32]
  private let mask: Int
  /// Entry bytes, flat: entry `i` is keyBytes[keyStart[i]..<keyStart[i + 1]].
  private var keyBytes: [UInt8] = []
  private var keyStart: [Int32] = [0]
  private var values: [Value] = []
  /// Bit per byte value that starts some word, and bit per length (up to 63 bytes) some word has.
  private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var lengths: UInt64 = 0

  init(_ entries: [(String, Value)]) {
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    mask = capacity - 1
    slots = Array(repeating: 0, count: capacity)
    keyStart.reserveCapacity(entries.count + 1)
    values.reserveCapacity(entries.count)
    for (word, value) in entries {
      var word = word
      word.withUTF8 { add($0, value) }
    }
  }

  /// Adds a word (read in place: no copy of its bytes but the one the table keeps).
  private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
    guard let first = bytes.first, bytes.count < 64, self[bytes] == nil else { return }
    keyBytes.append(contentsOf: bytes)
    keyStart.append(Int32(keyBytes.count))
    values.append(value)
    lengths |= 1 << UInt64(bytes.count)
    switch first >> 6 {
    case 0: firstBytes.0 |= 1 << UInt64(first & 63)
    case 1: firstBytes.1 |= 1 << UInt64(first & 63)
    case 2: firstBytes.2 |= 1 << UInt64(first & 63)
    default: firstBytes.3 |= 1 << UInt64(first & 63)
    }
    var slot = Self.hash(bytes) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(values.count)
  }

  subscript(word: String) -> Value? {
    var word = word
    return word.withUTF8 { self[$0] }
  }

  /// The value of a token's folded text (read as bytes, no String built).
  subscript(token token: Token) -> Value? {
    // Length and first byte come straight from the token: most words stop here.
    guard mayContain(count: token.utf8Count, first: token.firstByte) else { return nil }
    return token.withUTF8 { self[$0] }
  }

  @inline(__always) private func mayContain(count: Int, first: UInt8) -> Bool {
    guard count < 64, lengths & (1 << UInt64(count)) != 0 else { return false }
    let bits: UInt64
    switch first >> 6 {
    case 0: bits = firstBytes.0
    case 1: bits = firstBytes.1
    case 2: bits = firstBytes.2
    default: bits = firstBytes.3
    }
    return bits & (1 << UInt64(first & 63)) != 0
  }

  /// The value of the word spelled by `bytes`.
  subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard let first = bytes.first, mayContain(count: bytes.count, first: first) else { return nil }
    var slot = Self.hash(bytes) & mask
    while slots[slot] != 0 {
      let entry = Int(slots[slot]) - 1
      let start = Int(keyStart[entry])
      let end = Int(keyStart[entry + 1])
      if end - start == bytes.count {
        var equal = true
        for offset in 0..<bytes.count where keyBytes[start + offset] != bytes[offset] {
          equal = false
          break
        }
        if equal { return values[entry] }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}

extension WordTable where Value == Bool {
  init(_ words: some Sequence<String>) {
    self.init(words.map { ($0, true) })
  }

  func contains(_ word: String) -> Bool { self[word] != nil }

  func contains(_ token: Token) -> Bool { self[token: token] != nil }

  func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { self[bytes] != nil }
}

/// A fixed set of words; see `WordTable`.
typealias WordSet = WordTable<Bool>
