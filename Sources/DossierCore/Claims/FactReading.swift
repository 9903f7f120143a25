/// How knowledge-file facts are read, shared by the check, hovers and completions: the words that
/// name a fact's subject, the words that narrow a claim, a fact's number and kind, and the words
/// between a claim phrase and its value.
enum FactReading {
  /// The folded words of a fact's subject and its aliases ("pakistan", "islamabad").
  static func words(of fact: Fact) -> Set<String> {
    Set(
      ([fact.subject] + fact.subjectAliases).flatMap {
        WordForms.folded($0).split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
      })
  }

  /// Words that narrow a claim to some of its members (tagged as `.exclusiveMarker` by the
  /// lexicon).
  static let exclusiveMarkers = ["solely", "only", "exclusively", "purely", "just", "merely"]

  static let clauseBreaks = WordSet([";", ":", "(", ")", "\"", ".", "!", "?"])

  /// Words (not punctuation) strictly between two token positions, or nil when a clause
  /// boundary lies between.
  static func gap(_ prose: ProseText, from lower: Int, to upper: Int) -> Int? {
    guard lower <= upper else { return nil }
    var words = 0
    for index in lower..<upper {
      let token = prose.tokens[index]
      if token.kind == .punctuation {
        if clauseBreaks.contains(token) { return nil }
        if token.hasText(",") { words += 1 }
        continue
      }
      words += 1
    }
    return words
  }

  static func matchesKind(_ value: FactValue, _ kind: ValueExtractor.Value.Kind) -> Bool {
    switch (value, kind) {
    case (.year, .year), (.count, .count): true
    default: false
    }
  }

  static func number(of value: FactValue) -> Int? {
    switch value {
    case .year(let year): year
    case .count(let count): count
    default: nil
    }
  }

}
