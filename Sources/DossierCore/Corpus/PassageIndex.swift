/// The corpus's running text as word sequences, indexed by word trigrams, for finding the
/// passage a quotation quotes.
struct PassageIndex: Sendable {
  struct Passage: Sendable {
    var document: Int
    var paragraph: Int
    /// Folded words (punctuation left out) and their token indices in the paragraph.
    var words: [String]
    var tokenIndices: [Int]
  }

  /// Three consecutive folded words.
  struct Trigram: Hashable, Sendable {
    var first: String
    var second: String
    var third: String
  }

  let passages: [Passage]
  /// Trigram "a b c" → (passage, word position).
  let trigrams: [Trigram: [(passage: Int, position: Int)]]

  init(documents: [CorpusDocument]) {
    var passages: [Passage] = []
    var trigrams: [Trigram: [(passage: Int, position: Int)]] = [:]
    for (documentIndex, document) in documents.enumerated() {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
        var words: [String] = []
        var indices: [Int] = []
        for (index, token) in paragraph.prose.tokens.enumerated() where token.kind != .punctuation {
          words.append(token.text)
          indices.append(index)
        }
        let passageIndex = passages.count
        passages.append(
          Passage(document: documentIndex, paragraph: paragraphIndex, words: words, tokenIndices: indices))
        if words.count >= 3 {
          for position in 0...(words.count - 3) {
            trigrams[
              Trigram(first: words[position], second: words[position + 1], third: words[position + 2]), default: []
            ].append(
              (passageIndex, position))
          }
        }
      }
    }
    self.passages = passages
    self.trigrams = trigrams
  }
}
