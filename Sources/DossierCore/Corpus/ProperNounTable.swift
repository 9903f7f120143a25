extension ProperNounTable {
  /// A set of the bytes in a word, one bit per byte value modulo 64. An insertion, deletion or
  /// substitution adds or removes at most two members, so words within edit distance k differ
  /// in at most 2k bits.
  static func letterSignature(_ bytes: [UInt8]) -> UInt64 {
    var signature: UInt64 = 0
    for byte in bytes { signature |= 1 << UInt64(byte & 63) }
    return signature
  }
}

/// The corpus's proper nouns by first byte and length in bytes: the candidates for a near miss
/// are found by indexing, not hashing. Names longer than `indexedLength` bytes (no real name is)
/// are kept aside and searched in order, so one huge token in a corpus costs no huge table.
struct ProperNounTable: Sendable {
  static let indexedLength = 63
  /// `buckets[Int(first) * (indexedLength + 1) + length]`.
  private var buckets: [[Corpus.ProperNoun]]
  private var longNames: [Corpus.ProperNoun] = []

  init(_ names: [Corpus.ProperNoun]) {
    buckets = Array(repeating: [], count: names.isEmpty ? 0 : 256 * (Self.indexedLength + 1))
    for name in names where !name.bytes.isEmpty {
      if name.bytes.count > Self.indexedLength {
        longNames.append(name)
      } else {
        buckets[Int(name.bytes[0]) * (Self.indexedLength + 1) + name.bytes.count].append(name)
      }
    }
  }

  var isEmpty: Bool { buckets.isEmpty }

  func names(first: UInt8, length: Int) -> [Corpus.ProperNoun] {
    guard length >= 0, !buckets.isEmpty else { return [] }
    guard length <= Self.indexedLength else {
      return longNames.filter { $0.bytes.count == length && $0.bytes[0] == first }
    }
    return buckets[Int(first) * (Self.indexedLength + 1) + length]
  }
}

extension Corpus {
  struct ProperNoun: Sendable {
    var folded: String
    var spelling: String
    var bytes: [UInt8]
    /// Which bytes occur in the name (see `letterSignature`).
    var letters: UInt64

    init(folded: String, spelling: String, bytes: [UInt8]) {
      self.folded = folded
      self.spelling = spelling
      self.bytes = bytes
      self.letters = ProperNounTable.letterSignature(bytes)
    }
  }
}
