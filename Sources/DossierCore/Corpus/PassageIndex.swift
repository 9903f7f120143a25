/// The corpus's running text as word sequences, indexed by word trigrams, for finding the
/// passage a quotation quotes.
struct PassageIndex: Sendable {
  struct Passage: Sendable {
    var document: Int
    var paragraph: Int
    /// Where the passage's folded words (punctuation left out) stand in the index's word list
    /// (see `words(of:)`), and their token indices in the paragraph.
    var wordRange: Range<Int>
    var tokenIndices: [Int]
  }

  let passages: [Passage]
  /// Trigram key (see `trigramKey`) → (passage, word position). Keys are hashes: `hits(_:_:_:)`
  /// confirms each hit's words, so a collision never adds a vote.
  private let trigrams: [UInt64: [(passage: Int, position: Int)]]
  /// Every passage's words end to end, so checking a hit reads plain values instead of copying a
  /// passage.
  private let allWords: [TokenText]

  /// A passage's folded words (indices are positions in `allWords`, starting at
  /// `wordRange.lowerBound`).
  func words(of passage: Passage) -> ArraySlice<TokenText> { allWords[passage.wordRange] }

  static func trigramKey(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
    ((first &* 31) ^ second) &* 31 ^ third
  }

  /// Calls `body` with each place the three words stand, in the order the index was built
  /// (corpus order).
  func forEachHit(_ words: ArraySlice<TokenText>, _ body: (_ passage: Int, _ position: Int) -> Void) {
    let first = words.startIndex
    let key = Self.trigramKey(words[first].hashWord, words[first + 1].hashWord, words[first + 2].hashWord)
    guard let candidates = trigrams[key] else { return }
    allWords.withUnsafeBufferPointer { allWords in
      for candidate in candidates {
        let start = passages[candidate.passage].wordRange.lowerBound + candidate.position
        if allWords[start] == words[first], allWords[start + 1] == words[first + 1],
          allWords[start + 2] == words[first + 2]
        {
          body(candidate.passage, candidate.position)
        }
      }
    }
  }

  init(documents: [CorpusDocument]) {
    var passages: [Passage] = []
    var allWords: [TokenText] = []
    var trigrams: [UInt64: [(passage: Int, position: Int)]] = [:]
    for (documentIndex, document) in documents.enumerated() {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
        var words: [TokenText] = []
        var indices: [Int] = []
        for (index, token) in paragraph.prose.tokens.enumerated() where token.kind != .punctuation {
          words.append(token.textValue)
          indices.append(index)
        }
        let passageIndex = passages.count
        passages.append(
          Passage(
            document: documentIndex, paragraph: paragraphIndex,
            wordRange: allWords.count..<allWords.count + words.count,
            tokenIndices: indices))
        allWords += words
        if words.count >= 3 {
          let hashes = words.map(\.hashWord)
          for position in 0...(words.count - 3) {
            trigrams[Self.trigramKey(hashes[position], hashes[position + 1], hashes[position + 2]), default: []]
              .append((passageIndex, position))
          }
        }
      }
    }
    self.passages = passages
    self.trigrams = trigrams
    self.allWords = allWords
  }
}
