/// Capitals inside a proper name: "HMO" in "Acme HMO Plus" is part of the name, not an acronym a
/// writer must expand. The corpus's running prose gives the names: every upper-case word with a
/// capitalised word (not itself in capitals, not a function word) on each side, kept as the
/// folded three words. A draft's use with the same three words is the name again.
enum AcronymNames {
  /// The folded "before acronym after" around the upper-case word at `index`, or nil when a
  /// side is not a capitalised name word.
  static func key(at index: Int, _ tokens: [Token]) -> String? {
    guard index > 0, index + 1 < tokens.count, isNameWord(tokens[index - 1]), isNameWord(tokens[index + 1]) else {
      return nil
    }
    return "\(tokens[index - 1].text) \(tokens[index].text) \(tokens[index + 1].text)"
  }

  /// The folded "acronym after" of the upper-case word at `index` followed by a capitalised name
  /// word ("ul solutions"), or nil. A corpus that writes it so and never defines the acronym uses
  /// it as a name ("UL Solutions", a company's), which a draft need not expand either.
  /// (Where the corpus writes it after a capitalised word, a title's or an owner's, the two words
  /// are a name too: "JD Vance" of "Vice President JD Vance".)
  /// (Other words in capitals may come between: "JAXPORT EXPRESS Project".)
  /// (An owner in the possessive before it does not begin the name: "India’s JSW Steel USA"; and
  /// the name's word may be in the possessive itself: "DTE Energy’s Jerry Norcia".)
  static func trailingKey(at index: Int, _ tokens: [Token]) -> String? {
    guard index == 0 || !isNameWord(tokens[index - 1]) || WordForms.isPossessive(tokens[index - 1]) else { return nil }
    var next = index + 1
    while next < tokens.count, next - index <= 3, tokens[next].kind == .word, tokens[next].isUpperCaseAcronym,
      tokens[next - 1].range.upperBound + 1 == tokens[next].range.lowerBound
    {
      next += 1
    }
    guard next < tokens.count, isNameWord(tokens[next]) else { return nil }
    // The name in the possessive is the name ("DTE Energy’s Jerry Norcia").
    return (tokens[index..<next].map(\.text) + [tokens[next].withoutPossessive]).joined(separator: " ")
  }

  /// The folded "before acronym" of an upper-case word that ends a name after a capitalised name
  /// word ("genera pr" of "Genera PR, the …"), or nil. Used, like `trailingKey(at:_:)`, only for
  /// an acronym the corpus never defines.
  static func leadingKey(at index: Int, _ tokens: [Token]) -> String? {
    guard index > 0, isNameWord(tokens[index - 1]), index + 1 >= tokens.count || !isNameWord(tokens[index + 1])
    else { return nil }
    return "\(tokens[index - 1].text) \(tokens[index].text)"
  }

  private static func isNameWord(_ token: Token) -> Bool {
    token.kind == .word && token.isCapitalized && !token.isUpperCaseAcronym
      && !token.wordClasses.contains(.function)
  }

  /// Every such name in the documents read one at a time: all three keys in running prose; in
  /// a title, a heading or a line of its own ("(Statement by Press Secretary KOBAYASHI Maki)"),
  /// only the three words of capitals with a name word on each side, the surest sign of a name
  /// (not the capitals with the word after: "Expanding DOE Grant Programs" makes no "DOE
  /// Grant" a name).
  struct Reading: Sendable {
    private(set) var names = Set<String>()

    mutating func add(_ document: CorpusDocument) {
      for paragraph in document.paragraphs where paragraph.prose.summary.hasUpperCaseAcronym {
        let tokens = paragraph.prose.tokens
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isUpperCaseAcronym {
          if let key = AcronymNames.key(at: index, tokens) {
            names.insert(key)
            if paragraph.isRunningProse {
              names.insert("\(tokens[index].text) \(tokens[index + 1].withoutPossessive)")
            }
          }
          guard paragraph.isRunningProse else { continue }
          if let key = AcronymNames.trailingKey(at: index, tokens) { names.insert(key) }
          if let key = AcronymNames.leadingKey(at: index, tokens) { names.insert(key) }
        }
      }
    }
  }
}
