/// A fixed table of words (function words, count words, abbreviations, a corpus's vocabulary)
/// asked about every word of a draft. A lookup turns most words away by their first four bytes
/// and length (one load from `prefixLengths`), then hashes the word's UTF-8 bytes with FNV-1a and
/// probes an open-addressed table of byte strings: several times cheaper than `Set<String>`,
/// whose seeded SipHash dominates on short words.
struct WordTable<Value: Sendable>: Sendable {
  /// Slot → entry index + 1 (0: empty).
  private var slots: [Int32]
  private let mask: Int
  /// Entry bytes, flat: entry `i` is keyBytes[keyStart[i]..<keyStart[i + 1]].
  private var keyBytes: [UInt8] = []
  private var keyStart: [Int32] = [0]
  private var values: [Value] = []
  /// Per bucket of first four bytes (a word's first four, or all of a shorter one), a bit per
  /// length (up to 63 bytes) that the words beginning so have.
  private var prefixLengths: [UInt64]
  private let prefixMask: Int

  init(_ entries: [(String, Value)]) {
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    mask = capacity - 1
    slots = Array(repeating: 0, count: capacity)
    // A bucket per two words, up to 16,384 (128 KB): most buckets hold a word or two, so a
    // lookup of a word the table lacks seldom gets past them.
    let buckets = min(max(capacity / 2, 16), 16_384)
    prefixMask = buckets - 1
    prefixLengths = Array(repeating: 0, count: buckets)
    keyStart.reserveCapacity(entries.count + 1)
    values.reserveCapacity(entries.count)
    for (word, value) in entries {
      var word = word
      word.withUTF8 { add($0, value) }
    }
  }

  /// Adds a word (read in place: no copy of its bytes but the one the table keeps).
  private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
    guard !bytes.isEmpty, bytes.count < 64, self[bytes] == nil else { return }
    keyBytes.append(contentsOf: bytes)
    keyStart.append(Int32(keyBytes.count))
    values.append(value)
    prefixLengths[bucket(Self.prefixKey(bytes))] |= 1 << UInt64(bytes.count)
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
    // The first bytes and length come straight from the token: most words stop here.
    let text = token.textValue
    guard let (low, _) = text.inlineWords else { return token.withUTF8 { self[$0] } }
    guard mayContain(prefixKey: UInt32(truncatingIfNeeded: low), count: text.count) else { return nil }
    return token.withUTF8 { self[$0] }
  }

  /// A word's first four bytes, or all of a shorter one, as one number (little-endian; the bytes
  /// after a short word's are 0).
  @inline(__always) static func prefixKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    if bytes.count >= 4, let base = bytes.baseAddress {
      return UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)
    }
    var key: UInt32 = 0
    for (offset, byte) in bytes.enumerated() { key |= UInt32(byte) << (8 * UInt32(offset)) }
    return key
  }

  @inline(__always) private func bucket(_ key: UInt32) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & prefixMask
  }

  /// A bit per length (up to 63 bytes) that a word of the table beginning with the bytes of
  /// `prefixKey` (see `prefixKey(_:)`) may have: a word of a length not set is surely absent.
  @inline(__always) func lengths(prefixKey: UInt32) -> UInt64 {
    prefixLengths[bucket(prefixKey)]
  }

  @inline(__always) private func mayContain(prefixKey: UInt32, count: Int) -> Bool {
    count < 64 && prefixLengths[bucket(prefixKey)] & (1 << UInt64(count)) != 0
  }

  /// The value of the word spelled by `bytes`.
  subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard !bytes.isEmpty, mayContain(prefixKey: Self.prefixKey(bytes), count: bytes.count) else { return nil }
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
