/// The corpus's running text as word sequences, indexed by word trigrams, for finding the
/// passage a quotation quotes. Held in memory (built from a corpus read from its folders), or
/// kept in the compiled corpus index and looked up there (`StoredPassages`).
struct PassageIndex: Sendable {
  /// A passage: one paragraph's words.
  struct Passage: Sendable {
    var document: Int
    var paragraph: Int
    /// The passage's folded words (punctuation left out).
    var words: ArraySlice<TokenText>
  }

  private enum Storage: Sendable {
    case memory(MemoryPassages)
    case stored(StoredPassages)
  }

  private let storage: Storage

  init(stored: StoredPassages) {
    storage = .stored(stored)
  }

  /// How many passages there are (one per paragraph, in corpus order).
  var count: Int {
    switch storage {
    case .memory(let memory): memory.passages.count
    case .stored(let stored): stored.count
    }
  }

  func passage(at index: Int) -> Passage {
    switch storage {
    case .memory(let memory): memory.passage(at: index)
    case .stored(let stored): stored.passage(at: index)
    }
  }

  /// The token indices of a passage's words in its paragraph.
  func tokenIndices(of passage: Passage, at index: Int) -> [Int] {
    switch storage {
    case .memory(let memory): memory.passages[index].tokenIndices
    case .stored(let stored): stored.tokenIndices(of: passage)
    }
  }

  /// Calls `body` with each place the three words stand, in corpus order.
  func forEachHit(_ words: ArraySlice<TokenText>, _ body: (_ passage: Int, _ position: Int) -> Void) {
    switch storage {
    case .memory(let memory): memory.forEachHit(words, body)
    case .stored(let stored): stored.forEachHit(words, body)
    }
  }

  /// The words a passage is made of: a paragraph's tokens but its punctuation, with their indices.
  static func words(of paragraph: CorpusDocument.Paragraph) -> (words: [TokenText], indices: [Int]) {
    var words: [TokenText] = []
    var indices: [Int] = []
    for (index, token) in paragraph.prose.tokens.enumerated() where token.kind != .punctuation {
      words.append(token.textValue)
      indices.append(index)
    }
    return (words, indices)
  }

  init(documents: some Collection<CorpusDocument>) {
    storage = .memory(MemoryPassages(documents: documents))
  }
}

/// The passage index in memory. A class, immutable once built: a check asks the index for each
/// of a quotation's trigrams, and a struct of several arrays would be copied (each array
/// retained and released) every time.
private final class MemoryPassages: Sendable {
  struct Entry: Sendable {
    var document: Int
    var paragraph: Int
    /// Where the passage's words stand in `allWords`.
    var wordRange: Range<Int>
    var tokenIndices: [Int]
  }

  let passages: [Entry]
  /// Trigram key (see `trigramKey`) → (passage, word position). Keys are hashes: `forEachHit`
  /// confirms each hit's words, so a collision never adds a vote.
  private let trigrams: TrigramTable
  /// Every passage's words end to end, so checking a hit reads plain values instead of copying a
  /// passage.
  private let allWords: [TokenText]

  func passage(at index: Int) -> PassageIndex.Passage {
    let entry = passages[index]
    return PassageIndex.Passage(document: entry.document, paragraph: entry.paragraph, words: allWords[entry.wordRange])
  }

  static func trigramKey(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
    ((first &* 31) ^ second) &* 31 ^ third
  }

  func forEachHit(_ words: ArraySlice<TokenText>, _ body: (_ passage: Int, _ position: Int) -> Void) {
    let first = words.startIndex
    let key = Self.trigramKey(words[first].hashWord, words[first + 1].hashWord, words[first + 2].hashWord)
    let candidates = trigrams.hits(key)
    guard !candidates.isEmpty else { return }
    allWords.withUnsafeBufferPointer { allWords in
      for candidate in candidates {
        let passage = Int(candidate.passage)
        let position = Int(candidate.position)
        let start = passages[passage].wordRange.lowerBound + position
        if allWords[start] == words[first], allWords[start + 1] == words[first + 1],
          allWords[start + 2] == words[first + 2]
        {
          body(passage, position)
        }
      }
    }
  }

  init(documents: some Collection<CorpusDocument>) {
    var passages: [Entry] = []
    var allWords: [TokenText] = []
    var trigrams: [(key: UInt64, hit: TrigramTable.Hit)] = []
    for (documentIndex, document) in documents.enumerated() {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
        let (words, indices) = PassageIndex.words(of: paragraph)
        let passageIndex = passages.count
        passages.append(
          Entry(
            document: documentIndex, paragraph: paragraphIndex,
            wordRange: allWords.count..<allWords.count + words.count, tokenIndices: indices))
        allWords += words
        if words.count >= 3 {
          let hashes = words.map(\.hashWord)
          for position in 0...(words.count - 3) {
            trigrams.append(
              (
                Self.trigramKey(hashes[position], hashes[position + 1], hashes[position + 2]),
                TrigramTable.Hit(passage: Int32(passageIndex), position: Int32(position))
              ))
          }
        }
      }
    }
    self.passages = passages
    self.trigrams = TrigramTable(trigrams)
    self.allWords = allWords
  }
}

/// Trigram key → the places it stands, in one open-addressed table over flat arrays: a lookup
/// is a multiply and a probe or two, with no hashing of the (already hashed) key.
struct TrigramTable: Sendable {
  struct Hit: Sendable {
    var passage: Int32
    var position: Int32
  }

  /// Slot → distinct key index + 1 (0: empty).
  private var slots: [Int32]
  private let shift: UInt64
  private var keys: [UInt64] = []
  /// The hits of distinct key k are hits[hitStart[k]..<hitStart[k + 1]], in insertion order.
  private var hitStart: [Int32] = [0]
  private var hits: [Hit] = []

  init(_ entries: [(key: UInt64, hit: Hit)]) {
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    slots = Array(repeating: 0, count: capacity)
    // Number the distinct keys in order of first appearance, then group hits by key (a counting
    // sort, so each key keeps its hits in insertion order).
    var keyOfEntry: [Int32] = []
    keyOfEntry.reserveCapacity(entries.count)
    var counts: [Int32] = []
    for entry in entries {
      var slot = Self.slot(entry.key, shift)
      while slots[slot] != 0, keys[Int(slots[slot]) - 1] != entry.key { slot = (slot + 1) & (capacity - 1) }
      if slots[slot] == 0 {
        keys.append(entry.key)
        counts.append(0)
        slots[slot] = Int32(keys.count)
      }
      let key = Int(slots[slot]) - 1
      counts[key] += 1
      keyOfEntry.append(Int32(key))
    }
    hitStart = Array(repeating: 0, count: keys.count + 1)
    for key in keys.indices { hitStart[key + 1] = hitStart[key] + counts[key] }
    var fill = Array(hitStart.dropLast())
    hits = Array(repeating: Hit(passage: 0, position: 0), count: entries.count)
    for (index, entry) in entries.enumerated() {
      let key = Int(keyOfEntry[index])
      hits[Int(fill[key])] = entry.hit
      fill[key] += 1
    }
  }

  @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The places `key` stands, in insertion order (empty if none).
  func hits(_ key: UInt64) -> ArraySlice<Hit> {
    var slot = Self.slot(key, shift)
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if keys[index] == key { return hits[Int(hitStart[index])..<Int(hitStart[index + 1])] }
      slot = (slot + 1) & (slots.count - 1)
    }
    return []
  }
}
