/// What the corpus knows about the words at a place in a draft: the core of hovers, completion
/// documentation and go-to-definition. Plain values; the fronts render them.
public struct KnowledgeAtPosition: Sendable {
  /// The draft words the knowledge is about.
  public var range: Range<Int>
  /// The preferred form ("Executive Order 13382", "weapons of mass destruction (WMD)", "1998").
  public var title: String
  /// "term", "country", "acronym", "executive-order", "year", "name", ….
  public var kind: String
  public var definition: String?
  public var aliases: [String]
  /// Facts about it (or, for a value, the facts stating that value).
  public var facts: [Fact]
  /// Where the corpus says so.
  public var evidence: [Evidence]
}

extension Analyzer {
  /// The corpus knowledge at byte `offset` of `draft`, if the words there are something the corpus
  /// knows: a term, an entity, an acronym, a formal reference or a fact's value.
  public static func knowledge(at offset: Int, in draft: DraftDocument, corpus: Corpus) -> KnowledgeAtPosition? {
    guard let (blockIndex, tokenIndex) = draft.token(at: offset) else { return nil }
    let prose = draft.prose[blockIndex]
    let token = prose.tokens[tokenIndex]

    // A formal reference ("EO 13382").
    for occurrence in ReferenceScanner.references(in: prose) where occurrence.tokens.contains(tokenIndex) {
      guard let reference = corpus.reference(kind: occurrence.kind, identifier: occurrence.identifier) else { continue }
      return KnowledgeAtPosition(
        range: prose.originalRange(ofTokens: occurrence.tokens), title: reference.preferred, kind: reference.kind,
        definition: reference.definition, aliases: reference.accepted,
        facts: facts(about: [reference.preferred], corpus),
        evidence: reference.evidence)
    }
    // A term or entity, in any of its spellings.
    let folded = token.range
    for match in corpus.termMatches(in: prose.normalized)
    where match.range.lowerBound <= folded.lowerBound && folded.upperBound <= match.range.upperBound {
      let range = prose.normalized.originalRange(match.range)
      switch match.form.entry {
      case .term(let index):
        let term = corpus.terms[index]
        let evidence = term.evidence.isEmpty ? corpus.firstUse(of: term.preferred).map { [$0] } ?? [] : term.evidence
        return KnowledgeAtPosition(
          range: range, title: term.preferred, kind: term.kind, definition: term.definition, aliases: term.aliases,
          facts: facts(about: [term.preferred] + term.aliases, corpus), evidence: evidence)
      case .reference(let index):
        let reference = corpus.references[index]
        return KnowledgeAtPosition(
          range: range, title: reference.preferred, kind: reference.kind, definition: reference.definition,
          aliases: reference.accepted, facts: facts(about: [reference.preferred], corpus), evidence: reference.evidence)
      }
    }
    // An acronym.
    if token.kind == .word, token.isUpperCaseAcronym,
      let acronym = AcronymDefinitions.Acronym(spelling: draft.text.string(in: token.originalRange)),
      let known = corpus.acronymIndex[acronym.singular]
    {
      return KnowledgeAtPosition(
        range: token.originalRange, title: "\(known.expansion) (\(known.acronym))", kind: "acronym",
        definition: nil, aliases: known.plurals, facts: [], evidence: known.evidence)
    }
    // A value the corpus states ("1998", "three").
    if let sentence = prose.sentence(containingToken: tokenIndex),
      let value = ValueExtractor.values(in: prose, sentence: prose.sentences[sentence]).first(where: {
        $0.token == tokenIndex
      })
    {
      let stating = corpus.facts.filter {
        FactReading.number(of: $0.value) == value.number && FactReading.matchesKind($0.value, value.kind)
      }
      let evidence =
        stating.isEmpty
        ? corpus.claims.frames.entries.filter { entry in
          let stated = entry.frame.value
          return value.kind == .year
            ? stated.year == value.number
            : stated.kind == .count && stated.integer == value.number
        }.prefix(3).map(\.evidence)
        : stating.flatMap(\.evidence)
      if !evidence.isEmpty {
        return KnowledgeAtPosition(
          range: token.originalRange, title: draft.text.string(in: token.originalRange),
          kind: value.kind == .year ? "year" : "count", definition: nil, aliases: [], facts: stating,
          evidence: Array(evidence))
      }
    }
    // A proper noun the corpus uses.
    if token.kind == .word, token.isCapitalized, let noun = corpus.vocabulary.properNouns[token.withoutPossessive],
      let use = corpus.firstUse(of: noun.spelling)
    {
      return KnowledgeAtPosition(
        range: token.originalRange, title: noun.spelling, kind: "name", definition: nil, aliases: [],
        facts: facts(about: [noun.spelling], corpus), evidence: [use])
    }
    return nil
  }

  static func facts(about names: [String], _ corpus: Corpus) -> [Fact] {
    let folded = Set(names.map(WordForms.folded))
    return corpus.facts.filter { fact in
      ([fact.subject] + fact.subjectAliases).contains { folded.contains(WordForms.folded($0)) }
    }
  }
}
