/// The corpus's running text as word sequences, indexed by word trigrams, for finding the
/// passage a quotation quotes.
struct PassageIndex: Sendable {
  struct Passage: Sendable {
    var document: Int
    var paragraph: Int
    /// Folded words (punctuation left out) and their token indices in the paragraph.
    var words: [TokenText]
    var tokenIndices: [Int]
  }

  let passages: [Passage]
  /// Trigram key (see `trigramKey`) → (passage, word position). Keys are hashes: `hits(_:_:_:)`
  /// confirms each hit's words, so a collision never adds a vote.
  private let trigrams: [UInt64: [(passage: Int, position: Int)]]

  static func trigramKey(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
    ((first &* 31) ^ second) &* 31 ^ third
  }

  /// Where the three words stand, in the order the index was built (corpus order).
  func hits(_ words: ArraySlice<TokenText>) -> [(passage: Int, position: Int)] {
    let first = words.startIndex
    let key = Self.trigramKey(words[first].hashWord, words[first + 1].hashWord, words[first + 2].hashWord)
    guard let candidates = trigrams[key] else {
      return []
    }
    return candidates.filter { passages[$0.passage].words[$0.position..<$0.position + 3].elementsEqual(words) }
  }

  init(documents: [CorpusDocument]) {
    var passages: [Passage] = []
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
          Passage(document: documentIndex, paragraph: paragraphIndex, words: words, tokenIndices: indices))
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
  }
}
