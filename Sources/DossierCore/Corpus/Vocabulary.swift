/// The words a corpus uses and how it spells them, counted over running prose.
public struct Vocabulary: Sendable {
  /// Every folded word (possessives removed) → occurrences, anywhere in the documents.
  public private(set) var wordCounts: [String: Int] = [:]
  /// Proper nouns: folded word → (spelling as written, occurrences). A proper noun is a word the
  /// corpus capitalises away from the start of a sentence and never writes in lower case.
  public private(set) var properNouns: [String: (spelling: String, count: Int)] = [:]
  /// Where each proper noun first appears in running prose (document index, byte range).
  public private(set) var firstUse: [String: (document: Int, range: Range<Int>)] = [:]

  init(documents: [CorpusDocument]) {
    var capitalizedInside: [String: (String, Int)] = [:]
    var lowercase: Set<String> = []
    // Distinct words run to about a third of all tokens in prose: sized once, not rehashed as
    // they fill.
    let tokens = documents.reduce(0) { total, document in
      document.paragraphs.reduce(total) { $0 + $1.prose.tokens.count }
    }
    wordCounts.reserveCapacity(tokens / 3)
    lowercase.reserveCapacity(tokens / 4)
    for (documentIndex, document) in documents.enumerated() {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        for sentence in prose.sentences {
          for index in sentence where prose.tokens[index].kind == .word {
            let token = prose.tokens[index]
            let word = token.withoutPossessive
            wordCounts[word, default: 0] += 1
            guard paragraph.isRunningProse else { continue }
            if !token.isCapitalized {
              lowercase.insert(word)
              continue
            }
            if token.isUpperCaseAcronym || word.utf8.contains(UInt8(ascii: ".")) { continue }
            let atStart =
              index == sentence.lowerBound || prose.tokens[index - 1].hasText("\"")
              || prose.tokens[index - 1].hasText(":")
            if atStart { continue }
            let spelling = document.text.string(in: token.originalRange)
            let bare = spelling.hasSuffix("'s") || spelling.hasSuffix("’s") ? String(spelling.dropLast(2)) : spelling
            capitalizedInside[word, default: (bare, 0)].1 += 1
            if firstUse[word] == nil { firstUse[word] = (documentIndex, token.originalRange) }
          }
        }
      }
    }
    for (word, entry) in capitalizedInside where !lowercase.contains(word) {
      properNouns[word] = (entry.0, entry.1)
    }
    firstUse = firstUse.filter { properNouns[$0.key] != nil }
    table = WordTable(wordCounts.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
  }

  /// The ASCII words again, looked up by their bytes (no String hashing): checks ask per draft
  /// word. Other words are looked up as Strings, whose equality is Unicode's (two byte sequences
  /// can spell the same word).
  private var table = WordTable<Bool>([String]())

  /// `contains` for an ASCII word's bytes.
  func contains(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count < 64 else { return contains(String(decoding: bytes, as: UTF8.self)) }
    return table[bytes] != nil
  }

  public func contains(_ word: String) -> Bool {
    let utf8 = word.utf8
    return utf8.count < 64 && utf8.allSatisfy({ $0 < 0x80 }) ? table[word] != nil : wordCounts[word] != nil
  }
}
