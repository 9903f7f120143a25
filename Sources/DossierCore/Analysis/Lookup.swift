/// What the corpus knows about the words at a place in a draft: the core of hovers and
/// go-to-definition. Plain values; the fronts render them.
///
/// The item is found from any character of it (first, middle or last): the same answer for each.
/// It is only ever about the words under the cursor: a reference or a numbered designation the
/// corpus does not know gets a note saying so, never another item's evidence.
public struct KnowledgeAtPosition: Sendable {
  /// The draft words the knowledge is about.
  public var range: Range<Int>
  /// The item as the corpus writes it ("Executive Order 13382", "WMD", "non-proliferation"), or
  /// as the draft writes it when the corpus does not know it.
  public var title: String
  /// "term", "name", "acronym", "executive order", "year", ….
  public var kind: String
  /// A definition or an acronym's expansion.
  public var definition: String?
  /// Other names for it, fine to use.
  public var aliases: [String]
  /// Spellings of it the corpus does not use.
  public var variants: [String]
  /// What the draft's words are, compared with the corpus: a value that differs, a reference the
  /// corpus does not cite.
  public var note: String?
  /// Whether the corpus knows the item (if not, `note` says so and there is no evidence).
  public var isKnown: Bool
  /// Knowledge-file facts about it.
  public var facts: [Fact]
  /// Where the corpus says so: the definition's sentence first, then its uses.
  public var evidence: [Evidence]
  /// The words each excerpt of the evidence is centred on.
  public var focus: [String]

  init(
    range: Range<Int>, title: String, kind: String, definition: String? = nil, aliases: [String] = [],
    variants: [String] = [], note: String? = nil, isKnown: Bool = true, facts: [Fact] = [], evidence: [Evidence] = [],
    focus: [String] = []
  ) {
    self.range = range
    self.title = title
    self.kind = kind
    self.definition = definition
    self.aliases = aliases
    self.variants = variants
    self.note = note
    self.isKnown = isKnown
    self.facts = facts
    self.evidence = evidence
    self.focus = focus.isEmpty ? [title] : focus
  }

  /// The evidence's excerpts around the item, each once (two uses on one line are one citation).
  public func excerpts(limit: Int = 3) -> [(evidence: Evidence, excerpt: EvidenceExcerpt)] {
    var result: [(evidence: Evidence, excerpt: EvidenceExcerpt)] = []
    for item in evidence {
      let excerpt = EvidenceExcerpt(item, around: focus)
      if result.contains(where: { $0.evidence.document == item.document && $0.excerpt.line == excerpt.line }) {
        continue
      }
      result.append((item, excerpt))
      if result.count == limit { break }
    }
    return result
  }
}

extension Analyzer {
  /// The corpus knowledge at byte `offset` of `draft`, if the words there are something the corpus
  /// knows (a term, a name, an acronym, a formal reference, a value it states), or a formal
  /// reference it does not know.
  public static func knowledge(at offset: Int, in draft: DraftDocument, corpus: Corpus) -> KnowledgeAtPosition? {
    guard let (blockIndex, tokenIndex) = draft.token(at: offset) else { return nil }
    let prose = draft.prose[blockIndex]
    let token = prose.tokens[tokenIndex]

    // A formal reference ("EO 13382"), known or not.
    for occurrence in ReferenceScanner.references(in: prose) where occurrence.tokens.contains(tokenIndex) {
      let range = prose.originalRange(ofTokens: occurrence.tokens)
      guard let reference = corpus.reference(kind: occurrence.kind, identifier: occurrence.identifier) else {
        return unknownReference(occurrence, range: range, written: draft.text.string(in: range), corpus: corpus)
      }
      return referenceKnowledge(reference, range: range, corpus: corpus)
    }
    // A term or entity, in any of its spellings.
    let folded = token.range
    for match in corpus.termMatches(in: prose.normalized)
    where match.range.lowerBound <= folded.lowerBound && folded.upperBound <= match.range.upperBound {
      let range = prose.normalized.originalRange(match.range)
      switch match.form.entry {
      case .term(let index):
        let term = corpus.terms[index]
        let written = draft.text.string(in: range)
        var evidence = term.evidence
        if evidence.isEmpty, let use = corpus.firstUse(of: term.preferred) { evidence = [use] }
        var definition = term.definition
        if definition == nil, let formal = corpus.formalDefinition(of: term.preferred) {
          definition = EvidenceExcerpt(formal, around: [term.preferred]).text
          evidence.insert(formal, at: 0)
        }
        let isVariant = term.rejected.contains { WordForms.folded($0) == WordForms.folded(written) }
        return KnowledgeAtPosition(
          range: range, title: term.preferred, kind: kindName(term.kind), definition: definition,
          aliases: term.aliases, variants: term.rejected,
          note: isVariant ? "The corpus writes \(term.preferred), not \(written)." : nil,
          facts: facts(about: [term.preferred] + term.aliases, corpus), evidence: evidence,
          focus: [term.preferred] + term.aliases + term.accepted)
      case .reference(let index):
        return referenceKnowledge(corpus.references[index], range: range, corpus: corpus)
      }
    }
    // An acronym.
    if token.kind == .word, token.isUpperCaseAcronym,
      let acronym = AcronymDefinitions.Acronym(spelling: draft.text.string(in: token.originalRange)),
      let known = corpus.acronymIndex[acronym.singular]
    {
      return KnowledgeAtPosition(
        range: token.originalRange, title: known.acronym, kind: "acronym", definition: known.expansion,
        aliases: known.plurals, evidence: known.evidence, focus: [known.acronym, known.expansion])
    }
    // A value: what the corpus states about it, where the sentence binds it to a corpus claim.
    if token.kind != .punctuation {
      let block = draft.blocks[blockIndex]
      let context = CheckContext(
        text: draft.text, corpus: corpus, options: AnalysisOptions(), block: block, prose: prose,
        scan: BlockScan(prose: prose, block: block, text: draft.text))
      if let statement = ValueStatement(token: tokenIndex, in: context) {
        return valueKnowledge(statement, prose: prose, token: tokenIndex, draft: draft)
      }
    }
    // A numbered designation ("Article 6", "Section 2"): the corpus's use of exactly that.
    if let designation = numberedDesignation(at: tokenIndex, in: prose, corpus: corpus) {
      let range = prose.originalRange(ofTokens: designation)
      let written = draft.text.string(in: range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard let use = corpus.firstUse(of: written) else {
        return KnowledgeAtPosition(
          range: range, title: written, kind: "reference", note: "The corpus does not mention \(written).",
          isKnown: false)
      }
      var evidence = [use]
      var definition: String?
      if let formal = corpus.formalDefinition(of: written) {
        definition = EvidenceExcerpt(formal, around: [written]).text
        evidence.insert(formal, at: 0)
      }
      return KnowledgeAtPosition(
        range: range, title: written, kind: "reference", definition: definition, evidence: evidence)
    }
    // A name the corpus uses, of one word or several ("Camp David").
    if let name = name(at: tokenIndex, in: prose, text: draft.text, corpus: corpus) {
      let range = prose.originalRange(ofTokens: name.tokens)
      guard let use = corpus.firstUse(of: name.title) else { return nil }
      var evidence = [use]
      var definition: String?
      if let formal = corpus.formalDefinition(of: name.title) {
        definition = EvidenceExcerpt(formal, around: [name.title]).text
        evidence.insert(formal, at: 0)
      }
      return KnowledgeAtPosition(
        range: range, title: name.title, kind: "name", definition: definition,
        facts: facts(about: [name.title], corpus), evidence: evidence)
    }
    return nil
  }

  static func referenceKnowledge(_ reference: Reference, range: Range<Int>, corpus: Corpus) -> KnowledgeAtPosition {
    KnowledgeAtPosition(
      range: range, title: reference.preferred, kind: kindName(reference.kind), definition: reference.definition,
      aliases: reference.accepted, variants: reference.rejected, facts: facts(about: [reference.preferred], corpus),
      evidence: reference.evidence, focus: [reference.preferred] + reference.accepted + [reference.identifier])
  }

  /// A formal reference the corpus does not cite: said so, with what it does cite of that kind.
  static func unknownReference(
    _ occurrence: ReferenceScanner.Occurrence, range: Range<Int>, written: String, corpus: Corpus
  ) -> KnowledgeAtPosition {
    let flat = written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let known = corpus.references.filter { $0.kind == occurrence.kind }.map(\.preferred)
    var note = "The corpus does not cite \(flat)."
    if !known.isEmpty {
      let listed = known.prefix(6).joined(separator: ", ") + (known.count > 6 ? ", …" : "")
      note += " It cites \(listed)."
    }
    return KnowledgeAtPosition(
      range: range, title: flat, kind: kindName(occurrence.kind), note: note, isKnown: false)
  }

  static func valueKnowledge(
    _ statement: ValueStatement, prose: ProseText, token: Int, draft: DraftDocument
  ) -> KnowledgeAtPosition {
    // The value's whole words in the draft ("$10 million", "180 days").
    let values = ValueReader.values(in: prose, sentence: prose.sentences[prose.sentence(containingToken: token)!])
    let tokens = values.first { $0.tokens.contains(token) }?.tokens ?? token..<token + 1
    let range = prose.originalRange(ofTokens: tokens)
    let note =
      statement.differs
      ? "Differs from the corpus: the draft says \(statement.draftValue), the corpus gives \(statement.corpusValue)."
      : nil
    return KnowledgeAtPosition(
      range: range, title: statement.corpusValue, kind: FactConflictCheck.kindName(statement.kind),
      definition: statement.statement, note: note, evidence: statement.evidence, focus: [statement.corpusValue])
  }

  /// A capitalised word and the number that follows it ("Article 6", "Section 2"), from either
  /// token: a designation that only the same number matches. Not a function word ("In 1998") nor
  /// part of a date ("January 2021"), and a word the corpus uses.
  static func numberedDesignation(at index: Int, in prose: ProseText, corpus: Corpus) -> Range<Int>? {
    func isNumber(_ token: Token) -> Bool {
      token.kind != .punctuation && token.firstByte >= 0x30 && token.firstByte <= 0x39
    }
    let tokens = prose.tokens
    let word = isNumber(tokens[index]) ? index - 1 : index
    guard word >= 0, word + 1 < tokens.count else { return nil }
    let designator = tokens[word]
    guard designator.kind == .word, designator.isCapitalized, !isNumber(designator), isNumber(tokens[word + 1]),
      !designator.wordClasses.contains(.function),
      designator.originalRange.upperBound + 1 == tokens[word + 1].originalRange.lowerBound,
      corpus.vocabulary.wordCounts[designator.withoutPossessive] != nil,
      let sentence = prose.sentence(containingToken: word)
    else { return nil }
    let values = ValueReader.values(in: prose, sentence: prose.sentences[sentence])
    if values.contains(where: { $0.tokens.contains(word) && $0.kind != .count && $0.kind != .identifier }) {
      return nil
    }
    return word..<word + 2
  }

  /// A name the corpus uses at token `index`: a proper noun, or a run of capitalised words the
  /// corpus writes together as one name ("Camp David", "Sharm el-Sheikh"), from any of them.
  static func name(at index: Int, in prose: ProseText, text: SourceText, corpus: Corpus)
    -> (tokens: Range<Int>, title: String)?
  {
    let tokens = prose.tokens
    let vocabulary = corpus.vocabulary
    guard tokens[index].kind == .word else { return nil }
    func joined(_ left: Int, _ right: Int) -> Bool {
      tokens[left].kind == .word && tokens[right].kind == .word
        && tokens[left].originalRange.upperBound + 1 == tokens[right].originalRange.lowerBound
        && (vocabulary.nameSequels[tokens[left].withoutPossessive]?.contains {
          WordForms.folded($0) == tokens[right].withoutPossessive
        } ?? false)
    }
    var start = index
    while start > 0, joined(start - 1, start) { start -= 1 }
    var end = index + 1
    while end < tokens.count, joined(end - 1, end) { end += 1 }
    if end - start > 1 {
      var words: [String] = []
      for position in start..<end {
        let word = tokens[position].withoutPossessive
        words.append(vocabulary.properNouns[word]?.spelling ?? text.string(in: tokens[position].originalRange))
      }
      return (start..<end, words.joined(separator: " "))
    }
    guard tokens[index].isCapitalized, let noun = vocabulary.properNouns[tokens[index].withoutPossessive] else {
      return nil
    }
    return (index..<index + 1, noun.spelling)
  }

  /// A kind as a reader says it ("executive-order" → "executive order").
  static func kindName(_ kind: String) -> String { kind == "spelling" ? "term" : kind.replacingAll("-", with: " ") }

  static func facts(about names: [String], _ corpus: Corpus) -> [Fact] {
    let folded = Set(names.map(WordForms.folded))
    return corpus.facts.filter { fact in
      ([fact.subject] + fact.subjectAliases).contains { folded.contains(WordForms.folded($0)) }
    }
  }
}
