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
    guard var knowledge = item(at: offset, in: draft, corpus: corpus) else { return nil }
    // A phrase the corpus abbreviates ("the standing deposit facility (SDF)"): its acronym, and
    // the sentence that defines it first.
    if knowledge.isKnown, knowledge.kind != "acronym",
      let acronym = corpus.acronymsByExpansion[WordForms.folded(knowledge.title).singleSpaced],
      !knowledge.aliases.contains(acronym.acronym)
    {
      knowledge.aliases.append(acronym.acronym)
      knowledge.focus.append(acronym.acronym)
      if let definition = acronym.evidence.first,
        !knowledge.evidence.contains(where: { $0.document == definition.document && $0.line == definition.line })
      {
        knowledge.evidence.insert(definition, at: 0)
      }
    }
    // The evidence shown first, in context where its sentence is only a few words.
    for index in knowledge.evidence.indices.prefix(3) {
      knowledge.evidence[index] = corpus.widened(knowledge.evidence[index], around: knowledge.focus)
    }
    return knowledge
  }

  static func item(at offset: Int, in draft: DraftDocument, corpus: Corpus) -> KnowledgeAtPosition? {
    guard let (blockIndex, tokenIndex) = draft.token(at: offset) else { return nil }
    let prose = draft.prose[blockIndex]
    let token = prose.tokens[tokenIndex]

    // A formal reference ("EO 13382"), known or not.
    let references = ReferenceScanner.references(in: prose)
    // A part whose instrument is named after it, found from the instrument's words.
    var partOfInstrument: (tokens: Range<Int>, title: String, part: String, instrument: String?)?
    // (A document's code is answered below, with the title its citation gives.)
    for occurrence in references where occurrence.kind != "code" {
      // A section of the Code with its sub-parts: "40 U.S.C. 11103(a)".
      let tokens =
        occurrence.kind == "statute"
        ? occurrence.tokens.lowerBound..<subPartsEnd(after: occurrence.tokens.upperBound - 1, in: prose.tokens)
        : occurrence.tokens
      guard tokens.contains(tokenIndex) else { continue }
      // The instrument of a part named before it ("Section 255 of the Communications Act") is
      // the part's.
      if occurrence.tokens.lowerBound >= 2,
        let designation = numberedDesignation(
          at: tokenIndex, in: prose, text: draft.text, references: references, corpus: corpus),
        designation.tokens.lowerBound < occurrence.tokens.lowerBound,
        designation.tokens.upperBound >= occurrence.tokens.upperBound
      {
        partOfInstrument = designation
        break
      }
      let range = prose.originalRange(ofTokens: tokens)
      guard let reference = corpus.reference(kind: occurrence.kind, identifier: occurrence.identifier) else {
        return unknownReference(occurrence, range: range, written: draft.text.string(in: range), corpus: corpus)
      }
      var knowledge = referenceKnowledge(reference, range: range, corpus: corpus)
      // A section of the Code as the draft writes it: "40 U.S.C. § 11103" and "40 U.S.C. 11103"
      // are one section, written either way.
      if occurrence.kind == "statute" {
        knowledge.title = draft.text.string(in: range).singleSpaced
        knowledge.focus.append(reference.preferred)
      }
      return knowledge
    }
    // A coded identifier ("M-15-13", "Binding Operational Directive 22-01"), known or not: never
    // the name or the acronym it opens with.
    if let identifier = codedIdentifier(at: tokenIndex, in: prose, text: draft.text)
      ?? dottedCode(at: tokenIndex, in: prose, text: draft.text)
    {
      return codedIdentifierKnowledge(identifier, prose: prose, corpus: corpus)
    }
    // The values the word is part of, if any: the words of a value, or the noun a count or an
    // ordinal is of ("8 characters", "fourth meeting"), which is the value's item.
    let sentenceValues =
      prose.sentence(containingToken: tokenIndex).map { ValueReader.values(in: prose, sentence: prose.sentences[$0]) }
      ?? []
    var values = sentenceValues.filter { $0.tokens.contains(tokenIndex) }
    var valueToken = tokenIndex
    if values.isEmpty, let counted = countedValue(withNounAt: tokenIndex, in: prose, values: sentenceValues) {
      values = [counted]
      valueToken = counted.tokens.lowerBound
    }
    // A name numbered by the number after it ("Pillar 2", "Standing Order No. 89"), whole: the
    // corpus's use of it, before values ("Pillar 2 rules" is the name, not a count); or, below,
    // where the corpus writes the name with other numbers only, that it does not mention this one.
    let labelled = labelledNumber(at: tokenIndex, in: prose, text: draft.text)
    if let labelled, let use = labelled.spellings.lazy.compactMap({ corpus.firstUse(of: $0) }).first {
      return KnowledgeAtPosition(
        range: prose.originalRange(ofTokens: labelled.tokens), title: labelled.spellings[0], kind: "name",
        evidence: [use], focus: labelled.spellings)
    }
    // A value: what the corpus states about it, where the sentence binds it to a corpus claim
    // ("45 per cent" is a value before "per cent" is a term), whichever of its characters is
    // hovered (the "°" of "1.2 °C", the "$" of "$10 million", the comma of "July 3, 2017").
    // (The block's claim phrases are matched only for a part of a value.)
    if !values.isEmpty {
      // An instrument's date ("Executive Order 12957 of March 15, 1995"): the date the corpus
      // gives it, and whether the draft's differs.
      for occurrence in references where occurrence.tokens.upperBound < tokenIndex {
        guard
          let stated = ReferenceDateCheck.statedDate(after: occurrence, in: prose, text: draft.text, corpus: corpus),
          stated.date.tokens.contains(tokenIndex)
        else { continue }
        let known = stated.known
        return KnowledgeAtPosition(
          range: prose.originalRange(ofTokens: stated.date.tokens), title: known.written, kind: "date",
          definition: "The date of \(stated.reference.preferred).",
          note: known.typedValue.agrees(with: stated.date)
            ? nil : "Differs from the corpus: the draft says \(stated.written), the corpus gives \(known.written).",
          evidence: [known.evidence], focus: [known.written])
      }
      let block = draft.blocks[blockIndex]
      let context = CheckContext(
        text: draft.text, corpus: corpus, options: AnalysisOptions(), block: block, prose: prose,
        scan: BlockScan(prose: prose, block: block, text: draft.text))
      // A number word in the middle of a phrase the corpus uses is the phrase's ("right of
      // first refusal", not an ordinal).
      // (So is a number inside a name: "Revised 508 Standards Transition Workgroup".)
      let wordsOnly = values.allSatisfy { value in
        value.tokens.allSatisfy { prose.tokens[$0].kind == .word }
      }
      let insidePhrase =
        phrase(at: tokenIndex, in: prose, text: draft.text, corpus: corpus).map { phrase in
          phrase.use != nil && (wordsOnly || phrase.isName)
            && values.allSatisfy {
              phrase.tokens.lowerBound < $0.tokens.lowerBound && $0.tokens.upperBound < phrase.tokens.upperBound
            }
        } == true
      if !insidePhrase, let statement = ValueStatement(token: valueToken, in: context) {
        return valueKnowledge(statement, prose: prose, token: valueToken, draft: draft)
      }
    }
    // A numbered designation ("Article 6", "Art. 6", "Article 4, paragraph 9"): the corpus's
    // heading of exactly that, with the text under it, or its first use.
    if let designation = partOfInstrument
      ?? numberedDesignation(at: tokenIndex, in: prose, text: draft.text, references: references, corpus: corpus)
    {
      let range = prose.originalRange(ofTokens: designation.tokens)
      let title = designation.title
      // The part's heading ("Article 2" over its text) for "Article 2 of the Paris Agreement",
      // where the heading's document is that instrument (its title names it).
      var heading = corpus.heading(title)
      if heading == nil, let instrument = designation.instrument, let found = corpus.heading(designation.part),
        let document = corpus.document(named: found.heading.document, folder: found.heading.folder),
        DocumentTitle.names(instrument, in: document)
      {
        heading = found
      }
      if let heading {
        let body = heading.body.map {
          Corpus.shorten($0.quote.singleSpaced, limit: 500)
        }
        return KnowledgeAtPosition(
          range: range, title: title, kind: "reference", definition: body,
          evidence: [heading.heading] + (corpus.firstUse(of: title).map { [$0] } ?? []))
      }
      // (Written otherwise, the part where the corpus names the instrument: "Section 114 of the
      // Fair and Accurate Credit Transaction Act of 2003 (FACT Act)".)
      guard
        let use = corpus.firstUse(of: title)
          ?? designation.instrument.flatMap({ corpus.firstUse(of: designation.part, inParagraphNaming: $0) })
      else {
        return KnowledgeAtPosition(
          range: range, title: title, kind: "reference", note: "The corpus does not mention \(title).",
          isKnown: false)
      }
      let (definition, evidence) = defined(title, uses: [use], corpus: corpus)
      return KnowledgeAtPosition(
        range: range, title: title, kind: "reference", definition: definition, evidence: evidence)
    }
    // A date, an amount or a measure the corpus states nothing about is nothing else either: not
    // a name ("September" of "September 3, 2017"), nor a term inside it ("per cent" of "45 per
    // cent"), whichever of its words is hovered.
    if values.contains(where: { ![.count, .identifier, .ordinal].contains($0.kind) }) {
      return nil
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
        // Words the corpus uses together around it ("enhanced transparency framework") are the
        // item, unless the draft misspells this one.
        // (A curated term is the item itself.)
        // (A word in the other spelling is the corpus's phrase too, with a note saying so.)
        let isRespelled = match.form.status == .rejected && term.kind == "spelling"
        if match.form.status != .rejected || isRespelled, term.origin != .knowledgeFile,
          let phrase = phrase(at: tokenIndex, in: prose, text: draft.text, corpus: corpus),
          phrase.use != nil, prose.originalRange(ofTokens: phrase.tokens).count > range.count,
          prose.originalRange(ofTokens: phrase.tokens).contains(range.lowerBound)
        {
          return phraseKnowledge(phrase, prose: prose, text: draft.text, corpus: corpus)
        }
        var evidence = term.evidence
        if evidence.isEmpty, let use = corpus.firstUse(of: term.preferred) { evidence = [use] }
        var definition = term.definition
        if definition == nil { (definition, evidence) = defined(term.preferred, uses: evidence, corpus: corpus) }
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
    // An acronym, unless it opens a name the corpus writes ("FAR Council").
    if token.kind == .word, token.isUpperCaseAcronym,
      let acronym = AcronymDefinitions.Acronym(spelling: draft.text.string(in: token.originalRange)),
      let known = corpus.acronymIndex[acronym.singular]
    {
      if let phrase = phrase(at: tokenIndex, in: prose, text: draft.text, corpus: corpus), phrase.isName,
        phrase.use != nil, phrase.tokens.count > 1, phrase.tokens.lowerBound == tokenIndex
      {
        return phraseKnowledge(phrase, prose: prose, text: draft.text, corpus: corpus)
      }
      // Titled as the draft writes it when the corpus writes it so too ("FOAs" where it defines
      // the plural).
      let title = known.plurals.contains(acronym.spelling) ? acronym.spelling : known.acronym
      return KnowledgeAtPosition(
        range: token.originalRange, title: title, kind: "acronym", definition: known.expansion,
        aliases: known.plurals, evidence: known.evidence, focus: [known.acronym, known.expansion])
    }
    // An instrument's name with a part in parentheses ("COVID-19 (Temporary Measures) Act
    // 2020"), whole from any of its tokens: the corpus's use of it, or that it does not mention it.
    if let name = parenthesisedName(at: tokenIndex, in: prose, text: draft.text) {
      let range = prose.originalRange(ofTokens: name.tokens)
      if let use = corpus.firstUse(of: name.title) {
        return KnowledgeAtPosition(range: range, title: name.title, kind: "name", evidence: [use], focus: [name.title])
      }
      return KnowledgeAtPosition(
        range: range, title: name.title, kind: "name", note: "The corpus does not mention \(name.title).",
        isKnown: false)
    }
    // A name with a middle initial ("Sylvia M. Burwell"), whole from any of its tokens.
    if let name = initialledName(at: tokenIndex, in: prose, text: draft.text, corpus: corpus) {
      return nameKnowledge(name, prose: prose, corpus: corpus)
    }
    // A numbered name the corpus writes only with other numbers (see above).
    if let labelled, corpus.firstUse(of: labelled.label) != nil {
      return KnowledgeAtPosition(
        range: prose.originalRange(ofTokens: labelled.tokens), title: labelled.spellings[0], kind: "name",
        note: "The corpus does not mention \(labelled.spellings[0]).", isKnown: false)
    }
    // Words the corpus uses together: a term ("loss and damage") or a name ("Santiago network").
    if let phrase = phrase(at: tokenIndex, in: prose, text: draft.text, corpus: corpus) {
      return phraseKnowledge(phrase, prose: prose, text: draft.text, corpus: corpus)
    }
    // A name the corpus uses, of one word or several ("Camp David"), unless the draft's name is
    // longer, with words the corpus never writes ("Kim Jong Un").
    // (A heading in title case capitalises every word: no run of them is one name.)
    let isHeading: Bool
    if case .heading = draft.blocks[blockIndex].kind { isHeading = true } else { isHeading = false }
    if !isHeading, let run = unknownNameRun(at: tokenIndex, in: prose, text: draft.text, corpus: corpus) {
      return KnowledgeAtPosition(
        range: prose.originalRange(ofTokens: run.tokens), title: run.title, kind: "name",
        note: "The corpus does not mention \(run.title).", isKnown: false)
    }
    if let name = name(at: tokenIndex, in: prose, text: draft.text, corpus: corpus) {
      return nameKnowledge(name, prose: prose, corpus: corpus)
    }
    return nil
  }

  /// A name the corpus uses: its first use, and its formal definition if it has one.
  static func nameKnowledge(_ name: (tokens: Range<Int>, title: String), prose: ProseText, corpus: Corpus)
    -> KnowledgeAtPosition?
  {
    guard let use = corpus.firstUse(of: name.title) else { return nil }
    let (definition, evidence) = defined(name.title, uses: [use], corpus: corpus)
    return KnowledgeAtPosition(
      range: prose.originalRange(ofTokens: name.tokens), title: name.title, kind: "name", definition: definition,
      facts: facts(about: [name.title], corpus), evidence: evidence)
  }

  /// The corpus's formal definition of `title`, if any, and the evidence: the defining sentence
  /// first, then `uses`.
  static func defined(_ title: String, uses: [Evidence], corpus: Corpus) -> (
    definition: String?, evidence: [Evidence]
  ) {
    guard let formal = corpus.formalDefinition(of: title) else { return (nil, uses) }
    return (EvidenceExcerpt(formal, around: [title]).text, [formal] + uses)
  }

  static func phraseKnowledge(
    _ phrase: (tokens: Range<Int>, title: String, use: Evidence?, isName: Bool), prose: ProseText, text: SourceText,
    corpus: Corpus
  ) -> KnowledgeAtPosition {
    let range = prose.originalRange(ofTokens: phrase.tokens)
    guard let use = phrase.use else {
      return KnowledgeAtPosition(
        range: range, title: phrase.title, kind: "name", note: "The corpus does not mention \(phrase.title).",
        isKnown: false)
    }
    var (definition, evidence) = defined(phrase.title, uses: [use], corpus: corpus)
    // A name opening with an acronym the corpus defines ("FAR Council"): the acronym's expansion.
    let first = prose.tokens[phrase.tokens.lowerBound]
    if definition == nil, phrase.isName, first.isUpperCaseAcronym,
      let acronym = AcronymDefinitions.Acronym(spelling: text.string(in: first.originalRange)),
      let known = corpus.acronymIndex[acronym.singular]
    {
      definition = "\(known.acronym): \(known.expansion)"
    }
    // The words the draft spells otherwise ("defence" of "defense and related materiel sector").
    let written = text.string(in: range).singleSpaced.split(separator: " ")
    let corpusWords = phrase.title.split(separator: " ")
    var respelled: [String] = []
    if written.count == corpusWords.count {
      for (draftWord, corpusWord) in zip(written, corpusWords)
      where SpellingVariants.counterparts(of: WordForms.folded(String(draftWord))).contains(
        WordForms.folded(String(corpusWord)))
      {
        respelled.append("\(corpusWord), not \(draftWord)")
      }
    }
    return KnowledgeAtPosition(
      range: range, title: phrase.title, kind: phrase.isName ? "name" : "term", definition: definition,
      note: respelled.isEmpty ? nil : "The corpus writes " + respelled.joined(separator: "; ") + ".",
      facts: facts(about: [phrase.title], corpus), evidence: evidence)
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
    let flat = written.singleSpaced
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
    // The value's whole words in the draft ("$10 million", "180 days"), with the noun a count or
    // an ordinal is of ("8 characters").
    let sentence = prose.sentences[prose.sentence(containingToken: token)!]
    let values = ValueReader.values(in: prose, sentence: sentence)
    var tokens = values.first { $0.tokens.contains(token) }?.tokens ?? token..<token + 1
    if let value = values.first(where: { $0.tokens == tokens }), let end = nounEnd(of: value, in: prose) {
      tokens = tokens.lowerBound..<end
    }
    let range = prose.originalRange(ofTokens: tokens)
    let note =
      statement.differs
      ? "Differs from the corpus: the draft says \(statement.draftValue), the corpus gives \(statement.corpusValue)."
      : nil
    return KnowledgeAtPosition(
      range: range, title: statement.corpusValue, kind: FactConflictCheck.kindName(statement.kind),
      definition: statement.statement, note: note, evidence: statement.evidence, focus: [statement.corpusValue])
  }

  /// Where the noun a count or an ordinal is of ends ("8 characters", "three nuclear tests",
  /// "fourth meeting"), when one follows it.
  static func nounEnd(of value: TypedValue, in prose: ProseText) -> Int? {
    guard value.kind == .count || value.kind == .ordinal,
      let sentenceIndex = prose.sentence(containingToken: value.tokens.lowerBound)
    else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    let (head, end) = prose.tokens.withUnsafeBufferPointer { ClaimFrameReader.head(of: value, $0, sentence) }
    return head.isEmpty || end <= value.tokens.upperBound ? nil : end
  }

  /// The count or ordinal among `values` whose noun the word at `index` is part of.
  static func countedValue(withNounAt index: Int, in prose: ProseText, values: [TypedValue]) -> TypedValue? {
    values.first { value in
      value.tokens.upperBound <= index && nounEnd(of: value, in: prose).map { index < $0 } == true
    }
  }

  /// A coded identifier: parts joined by hyphens with no space, two or more of them with digits
  /// ("M-15-13", "CVE-2021-44228", "AA20-352A"), or digits alone after a name ("Directive
  /// 22-01", "SP 800-177"); with the capitalised words or acronyms that name it right before it
  /// ("Binding Operational Directive", "NIST SP"), up to four. From any of its tokens. Not a
  /// date's day range ("January 15-20"), nor a range of numbers with no name ("2021-2022").
  static func codedIdentifier(at index: Int, in prose: ProseText, text: SourceText)
    -> (tokens: Range<Int>, name: String, code: String)?
  {
    guard let sentenceIndex = prose.sentence(containingToken: index) else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    let tokens = prose.tokens
    func touching(_ left: Int) -> Bool { writtenTogether(tokens, left) }
    func hasDigit(_ position: Int) -> Bool { writesDigit(tokens[position], text) }
    func hasLetter(_ position: Int) -> Bool { writesLetter(tokens[position], text) }
    let closers: [StaticString] = [")", ",", ".", ";", ":", "\u{2019}", "\u{201D}", "'", "\""]
    var position = sentence.lowerBound
    while position < sentence.upperBound {
      guard tokens[position].kind != .punctuation else {
        position += 1
        continue
      }
      // A run of parts and the hyphens joining them.
      let start = position
      var end = start + 1
      while end + 1 < sentence.upperBound, tokens[end].hasText("-"), tokens[end + 1].kind != .punctuation,
        touching(end - 1), touching(end)
      {
        end += 2
      }
      position = end
      guard end - start >= 3, index < end else { continue }
      // Not part of something longer ("1/CP.21-5").
      if start > sentence.lowerBound, touching(start - 1),
        !tokens[start - 1].hasText(in: ["(", "\u{2018}", "\u{201C}", "'", "\""])
      {
        continue
      }
      if end < sentence.upperBound, touching(end - 1), !tokens[end].hasText(in: closers) { continue }
      // The name before it.
      var nameStart = start
      while nameStart > sentence.lowerBound, start - nameStart < 4 {
        let previous = tokens[nameStart - 1]
        guard previous.kind == .word, previous.isCapitalized || previous.isUpperCaseAcronym, !isStopWord(previous),
          ValueReader.months[token: previous] == nil
        else { break }
        nameStart -= 1
      }
      guard nameStart <= index else { continue }
      let parts = Array(stride(from: start, to: end, by: 2))
      let withDigits = parts.filter(hasDigit).count
      let isCode =
        parts.contains(where: hasLetter) ? withDigits >= 2 : withDigits == parts.count && nameStart < start
      guard isCode else { continue }
      let name = text.string(in: prose.originalRange(ofTokens: nameStart..<start)).singleSpaced
      return (nameStart..<end, name, text.string(in: prose.originalRange(ofTokens: start..<end)))
    }
    return nil
  }

  /// A numbered provision written with periods: letters and digits with a period and a number
  /// ("E202.2"), or a number with periods after an acronym naming it ("FAR 39.205", "WCAG 2.1"),
  /// or a plain number of three digits or more, no year, after one ("FIPS 199"). From any of its
  /// tokens. Not a sum, a share or a decimal after a word that is no acronym.
  static func dottedCode(at index: Int, in prose: ProseText, text: SourceText)
    -> (tokens: Range<Int>, name: String, code: String)?
  {
    let tokens = prose.tokens
    // The acronym naming it, or the title's number before that, hovered.
    for ahead in [1, 2] where index + ahead < tokens.count {
      guard tokens[index + ahead].kind == .number,
        (index + 1..<index + ahead + 1).allSatisfy({ tokens[$0 - 1].kind != .punctuation }),
        ahead == 1 ? tokens[index].isUpperCaseAcronym : tokens[index].kind == .number
      else { continue }
      if let code = dottedCode(at: index + ahead, in: prose, text: text), code.tokens.contains(index) { return code }
    }
    if tokens[index].kind == .word, tokens[index].isUpperCaseAcronym { return nil }
    func touching(_ left: Int) -> Bool { writtenTogether(tokens, left) }
    func hasDigit(_ position: Int) -> Bool { writesDigit(tokens[position], text) }
    func hasLetter(_ position: Int) -> Bool { writesLetter(tokens[position], text) }
    // The run of touching tokens around the one hovered: parts and the periods between them.
    var start = index
    while start > 0, touching(start - 1), tokens[start - 1].hasText(".") || tokens[start].hasText(".") {
      start -= 1
    }
    guard tokens[start].kind != .punctuation else { return nil }
    var end = start + 1
    while end + 1 < tokens.count, touching(end - 1), touching(end), tokens[end].hasText("."),
      tokens[end + 1].kind == .number
    {
      end += 2
    }
    guard (start..<end).contains(index), hasDigit(start) else { return nil }
    let code = text.string(in: prose.originalRange(ofTokens: start..<end))
    // (Or a number of three digits or more, no year, after an acronym: "FIPS 199", "ISO 27001".)
    let isPlainNumber =
      !code.contains(".") && code.count >= 3 && code.allSatisfy(\.isNumber)
      && !(code.count == 4 && (code.hasPrefix("19") || code.hasPrefix("20")))
    guard code.contains(".") || isPlainNumber, code.last?.isNumber == true else { return nil }
    // Not part of something longer ("1.2.3.4", "$1.90", "§ 1194.1").
    if start > 0, touching(start - 1) { return nil }
    if end < tokens.count, touching(end - 1), !tokens[end].hasText(in: [")", ",", ".", ";", ":"]) { return nil }
    if hasLetter(start) { return (start..<end, "", code) }
    // A number: only after an acronym naming it ("FAR", "WCAG"), not a currency's ("USD 2.5
    // billion").
    guard start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isUpperCaseAcronym,
      !currencyCodes.contains(tokens[start - 1]),
      tokens[start - 1].originalRange.upperBound + 1 == tokens[start].originalRange.lowerBound
    else { return nil }
    // With the title's number before the acronym ("39 CFR 255.6").
    var first = start - 1
    if first > 0, tokens[first - 1].kind == .number, tokens[first - 1].utf8Count <= 3,
      tokens[first - 1].originalRange.upperBound + 1 == tokens[first].originalRange.lowerBound
    {
      first -= 1
    }
    let name = text.string(in: prose.originalRange(ofTokens: first..<start))
    return (first..<end, name, code)
  }

  /// Currencies' codes, written before an amount.
  static let currencyCodes = WordSet([
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "inr", "krw", "rub", "brl", "zar", "mxn",
    "sek", "nok", "dkk", "sgd", "hkd", "pkr", "kpw", "irr", "try", "sar", "aed",
  ])

  /// What the corpus says of a coded identifier: its first use, written as the corpus expands the
  /// acronym that names it ("BOD 22-01"), as the draft writes it, or the code alone when the
  /// code names itself ("OMB M-15-13" for "M-15-13"); else that the corpus does not cite it.
  static func codedIdentifierKnowledge(
    _ identifier: (tokens: Range<Int>, name: String, code: String), prose: ProseText, corpus: Corpus
  ) -> KnowledgeAtPosition {
    let range = prose.originalRange(ofTokens: identifier.tokens)
    let written = identifier.name.isEmpty ? identifier.code : identifier.name + " " + identifier.code
    // The corpus's full form first: "Binding Operational Directive 22-01" for "BOD 22-01".
    var candidates = [written]
    if let expansion = corpus.acronymIndex[identifier.name]?.expansion {
      candidates.insert(expansion + " " + identifier.code, at: 0)
    }
    if identifier.code.contains(where: \.isLetter) { candidates.append(identifier.code) }
    for title in candidates {
      guard let use = corpus.firstUse(of: title) else { continue }
      var (definition, evidence) = defined(title, uses: [use], corpus: corpus)
      // The title a citation gives it ("M-05-08, *Designation of Senior Agency Officials for
      // Privacy*").
      if definition == nil, let cited = corpus.citedTitle(of: identifier.code) {
        definition = cited.title
        evidence = [cited.evidence] + evidence
      }
      // Else what the acronym naming it stands for ("WCAG 2.0").
      if definition == nil,
        let known = identifier.name.split(separator: " ").last.flatMap({
          corpus.acronymIndex[String($0)]
        })
      {
        definition = "\(known.acronym): \(known.expansion)"
      }
      return KnowledgeAtPosition(
        range: range, title: title, kind: "reference", definition: definition, evidence: evidence,
        focus: [title, identifier.code])
    }
    // What it does cite of the kind: the codes after the same name ("Binding Operational Directive
    // 18-01"), or with the same letters ("M-15-13").
    let letters = identifier.code.prefix { $0.isLetter }
    let prefix: String
    if !identifier.name.isEmpty {
      prefix = WordForms.folded(identifier.name) + " "
    } else if !letters.isEmpty, identifier.code.dropFirst(letters.count).first == "-" {
      prefix = WordForms.folded(String(letters)) + "-"
    } else {
      prefix = ""
    }
    var note = "The corpus does not cite \(written)."
    let known = prefix.isEmpty ? [] : corpus.codes(after: prefix, limit: 7)
    if !known.isEmpty {
      // (Folded: in capitals again when the draft writes its code so.)
      let capitals = !identifier.code.contains(where: \.isLowercase)
      let shown = known.prefix(6).sorted().map { folded in
        let code = capitals ? folded.uppercased() : folded
        return identifier.name.isEmpty ? String(letters) + "-" + code : identifier.name + " " + code
      }
      note += " It cites \(shown.joined(separator: ", "))\(known.count > 6 ? ", …" : "")."
    }
    return KnowledgeAtPosition(range: range, title: written, kind: "reference", note: note, isKnown: false)
  }

  /// A word naming a part of an instrument and the number that follows it ("Article 6", "Section
  /// 2", or abbreviated, "Art. 6", written in full), its sub-parts ("section 3553(b)(2)", "section
  /// 3.a"), the parts that follow it ("Article 4, paragraph 9", "part III, section 3.a") and the
  /// acronyms that name the instrument before it ("FIPS Publication 199", "FAR Subpart 27.4"),
  /// from any of their tokens: a designation only the same numbers match. Not a function word
  /// ("In 1998") nor part of a date ("January 2021"). In lower case only with a sub-part or a part
  /// that follows ("section 3.a", "part III, section 7"): a lone "section 2" is the corpus's term.
  static func numberedDesignation(
    at index: Int, in prose: ProseText, text: SourceText, references: [ReferenceScanner.Occurrence], corpus: Corpus
  ) -> (tokens: Range<Int>, title: String, part: String, instrument: String?)? {
    let tokens = prose.tokens
    func isDigits(_ position: Int) -> Bool {
      position < tokens.count && tokens[position].kind != .punctuation && tokens[position].firstByte >= 0x30
        && tokens[position].firstByte <= 0x39
    }
    // A number, or a part's number in Roman capitals ("part III").
    func isNumber(_ position: Int) -> Bool {
      if isDigits(position) { return true }
      guard position < tokens.count, tokens[position].kind == .word, tokens[position].utf8Count <= 5 else {
        return false
      }
      return text.bytes[tokens[position].originalRange].allSatisfy { "IVXLC".utf8.contains($0) }
    }
    func subParts(after number: Int) -> Int { subPartsEnd(after: number, in: tokens) }
    // A part: a word, an abbreviation's period, a number and its sub-parts; its end, its words in
    // full, and whether it has sub-parts.
    func part(at word: Int) -> (end: Int, text: String, hasSubParts: Bool)? {
      guard word >= 0, word < tokens.count, tokens[word].kind == .word, !isNumber(word) else { return nil }
      let written = text.string(in: tokens[word].originalRange)
      var number = word + 1
      var full = written
      if let (family, isAbbreviation) = ReferenceAbbreviations.words[token: tokens[word]], isAbbreviation {
        if number < tokens.count, tokens[number].hasText(".") { number += 1 }
        let name = ReferenceAbbreviations.families[family].word
        full = written.first?.isUppercase == true ? name.prefix(1).uppercased() + name.dropFirst() : name
      }
      guard isNumber(number), tokens[number - 1].originalRange.upperBound <= tokens[number].originalRange.lowerBound,
        tokens[number].originalRange.lowerBound - tokens[number - 1].originalRange.upperBound <= 1
      else { return nil }
      let end = subParts(after: number)
      return (
        end,
        full + " "
          + text.string(in: tokens[number].originalRange.lowerBound..<tokens[end - 1].originalRange.upperBound),
        end > number + 1
      )
    }
    func isDesignator(_ token: Token) -> Bool {
      designatorWords.contains(token) || ReferenceAbbreviations.words[token: token] != nil
    }
    // The designation's first word: the token's, the word before a number, or inside a chain
    // ("paragraph 9" of "Article 4, paragraph 9") back to its start; each tried once, farthest
    // first (a chain's start before a part inside it); or after the acronyms it opens with
    // ("FIPS" of "FIPS Publication 199").
    var lowest = max(0, index - 2)
    if let sentence = prose.sentence(containingToken: index) {
      lowest = min(lowest, max(prose.sentences[sentence].lowerBound, index - 12))
    }
    var candidates = Array(lowest...index)
    var ahead = index
    while ahead < tokens.count, ahead - index < 2, tokens[ahead].kind == .word, tokens[ahead].isUpperCaseAcronym {
      ahead += 1
      candidates.append(ahead)
    }
    for word in candidates {
      guard let first = part(at: word) else { continue }
      let designator = tokens[word]
      // A part of an instrument ("Article", "Section", "Annex"), not any capitalised word before
      // a number ("Nearly 200 Parties", "Paris 2015").
      guard isDesignator(designator), designator.isCapitalized || lowerCaseDesignators.contains(designator),
        let sentence = prose.sentence(containingToken: word)
      else { continue }
      let values = ValueReader.values(in: prose, sentence: prose.sentences[sentence])
      if values.contains(where: { $0.tokens.contains(word) && $0.kind != .count && $0.kind != .identifier }) {
        continue
      }
      // The parts that follow: ", paragraph 9".
      var end = first.end
      var title = first.text
      var hasMore = first.hasSubParts
      // Only smaller parts follow ("Article 4, paragraph 9"), never another of the same kind
      // ("Article 2, Article 4 and Article 6" are three).
      while end + 1 < tokens.count, tokens[end].hasText(","), !tokens[end + 1].isCapitalized,
        isDesignator(tokens[end + 1]), tokens[end + 1].text != designator.text, let next = part(at: end + 1)
      {
        end = next.end
        title += ", " + next.text
        hasMore = true
      }
      // The instrument it is part of, named after it: "Section 255 of the Communications Act".
      let part = title
      var instrumentName: String?
      var of = end
      if of < tokens.count, tokens[of].hasText("of") {
        of += 1
        if of < tokens.count, tokens[of].hasText("the") { of += 1 }
        if let instrument = references.first(where: { $0.tokens.lowerBound == of }),
          prose.sentence(containingToken: instrument.tokens.upperBound - 1) == prose.sentence(containingToken: word)
        {
          instrumentName = text.string(in: prose.originalRange(ofTokens: instrument.tokens)).singleSpaced
          title += " " + text.string(in: prose.originalRange(ofTokens: end..<instrument.tokens.upperBound)).singleSpaced
          end = instrument.tokens.upperBound
          hasMore = true
        }
      }
      guard designator.isCapitalized || hasMore else { continue }
      // The acronyms that name the instrument: "FIPS Publication 199", "NIST FIPS Publication 199".
      var start = word
      while designator.isCapitalized, start > 0, word - start < 2, tokens[start - 1].kind == .word,
        tokens[start - 1].isUpperCaseAcronym,
        tokens[start - 1].originalRange.upperBound + 1 == tokens[start].originalRange.lowerBound
      {
        start -= 1
      }
      guard (start..<end).contains(index) else { continue }
      var named = part
      if start < word {
        let acronyms = text.string(in: prose.originalRange(ofTokens: start..<word)).singleSpaced
        title = acronyms + " " + title
        named = acronyms + " " + named
      }
      return (start..<end, title, named, instrumentName)
    }
    return nil
  }

  /// Whether token `left` and the next are written with nothing between them ("M-15-13",
  /// "3553(b)").
  static func writtenTogether(_ tokens: [Token], _ left: Int) -> Bool {
    left >= 0 && left + 1 < tokens.count
      && tokens[left].originalRange.upperBound == tokens[left + 1].originalRange.lowerBound
  }

  /// Whether a token is written with a digit, or with an ASCII letter.
  static func writesDigit(_ token: Token, _ text: SourceText) -> Bool {
    text.bytes[token.originalRange].contains { $0 >= 0x30 && $0 <= 0x39 }
  }
  static func writesLetter(_ token: Token, _ text: SourceText) -> Bool {
    text.bytes[token.originalRange].contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
  }

  /// The end of the sub-parts joined to the number at token `number` (".a", "(b)", "(2)"), or just
  /// past the number.
  static func subPartsEnd(after number: Int, in tokens: [Token]) -> Int {
    func touching(_ left: Int) -> Bool { writtenTogether(tokens, left) }
    var end = number + 1
    while end + 1 < tokens.count, touching(end - 1), touching(end), tokens[end + 1].kind != .punctuation,
      tokens[end + 1].utf8Count <= 3
    {
      if tokens[end].hasText("."), tokens[end + 1].utf8Count <= 2 {
        end += 2
      } else if tokens[end].hasText("("), end + 2 < tokens.count, touching(end + 1), tokens[end + 2].hasText(")") {
        end += 3
      } else {
        break
      }
    }
    return end
  }

  /// Designators a draft writes in lower case too ("part III, section 3.a").
  static let lowerCaseDesignators = WordSet([
    "article", "section", "subsection", "paragraph", "subparagraph", "part", "subpart", "chapter", "annex", "title",
  ])

  /// Words that name a numbered part of an instrument.
  static let designatorWords = WordSet([
    "article", "section", "paragraph", "subparagraph", "chapter", "annex", "part", "title", "rule", "clause",
    "schedule", "appendix", "principle", "amendment", "recommendation", "item", "point", "subsection", "proclamation",
    "directive", "memorandum", "publication", "subpart",
  ])

  /// Words no term or name starts or ends with: function words and a few more prepositions.
  static let edgeStopWords = WordSet([
    "under", "against", "within", "across", "toward", "towards", "among", "upon", "via", "without", "beyond",
    "because", "although", "whether", "how", "why", "until", "unless", "once", "every", "other", "another", "onto",
    "amid", "despite", "like", "near", "off", "past", "throughout", "unlike", "versus", "whereas", "following",
  ])

  static func isStopWord(_ token: Token) -> Bool {
    token.wordClasses.contains(.function) || edgeStopWords.contains(token)
  }

  /// The most words a phrase looked up may have.
  static let phraseWordLimit = 5
  /// The lower-case words that may join the words of a name ("Securities and Exchange
  /// Commission", "Office of Financial Research").
  static let nameJoiners = WordSet(["and", "of", "for", "on"])

  /// The last words of the names of bodies and instruments, whose names may hold an "and" or an
  /// "of" ("Securities and Exchange Commission", "Department of Homeland Security" aside).
  static let bodyNameWords: Set<String> = instrumentNameWords.union([
    "commission", "committee", "council", "office", "department", "agency", "board", "administration",
    "authority", "bureau", "service", "services", "court", "fund", "bank", "organization", "organisation",
    "institute", "institutes", "program", "programme", "center", "centre", "corporation", "foundation",
    "association", "union", "assembly", "conference", "forum", "group", "panel", "secretariat", "ministry",
  ])

  /// A name numbered by a number of one to three digits after it, from any of its tokens:
  /// capitalised words, perhaps "No." (or "No"), then the number ("Pillar 2", "Standing Order
  /// No. 89", "Phase 3"). Not a sentence's first word alone before the number ("Some 40 ships"),
  /// nor a month's day. `spellings` are the name as the draft writes it, then with "No" written
  /// the other way; `label` is the name without its number.
  static func labelledNumber(at index: Int, in prose: ProseText, text: SourceText)
    -> (tokens: Range<Int>, spellings: [String], label: String)?
  {
    let tokens = prose.tokens
    guard let sentenceIndex = prose.sentence(containingToken: index) else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    func isNumberSign(_ position: Int) -> Bool {
      tokens[position].hasText("no") || tokens[position].hasText("no.") || tokens[position].hasText(".")
    }
    // The number: the token itself, or the first number within a few capitalised words or "No."
    // after it.
    var number = index
    while number < sentence.upperBound, number < index + 5, tokens[number].kind != .number {
      guard tokens[number].kind == .word && tokens[number].isCapitalized || isNumberSign(number) else { return nil }
      number += 1
    }
    // (Not part of something longer: "2.0", "2-3", "89a".)
    func continues(_ position: Int) -> Bool {
      guard position + 1 < sentence.upperBound, writtenTogether(tokens, position) else { return false }
      let next = tokens[position + 1]
      if next.kind != .punctuation { return true }
      return position + 2 < sentence.upperBound && writtenTogether(tokens, position + 1)
        && tokens[position + 2].kind != .punctuation
    }
    guard number < sentence.upperBound, tokens[number].kind == .number, tokens[number].isDigits,
      tokens[number].utf8Count <= 3, !continues(number),
      // (A number inside a name is the name's: "Revised 508 Standards Transition Workgroup".)
      number + 1 == sentence.upperBound || tokens[number + 1].kind != .word || !tokens[number + 1].isCapitalized
    else { return nil }
    // "No." or "No" before it, then the capitalised words.
    var start = number
    if start - 1 > sentence.lowerBound, tokens[start - 1].hasText(".") { start -= 1 }
    let sign = start - 1 >= sentence.lowerBound && (tokens[start - 1].hasText("no") || tokens[start - 1].hasText("no."))
    if sign { start -= 1 }
    if !sign, start < number { return nil }
    // (A part of an instrument, "Article 4", "Section 2", is a numbered designation.)
    if !sign, number - 1 >= sentence.lowerBound, ValueReader.identifierWords[token: tokens[number - 1]] != nil {
      return nil
    }
    var words = 0
    while start - 1 >= sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
      !tokens[start - 1].wordClasses.contains(.function)
    {
      start -= 1
      words += 1
    }
    guard words >= 1, start <= index, words >= 2 || start > sentence.lowerBound,
      ValueReader.months[token: tokens[number - 1]] == nil
    else { return nil }
    let written = text.string(in: tokens[start].originalRange.lowerBound..<tokens[number].originalRange.upperBound)
      .singleSpaced
    let label = text.string(
      in: tokens[start].originalRange.lowerBound..<tokens[start + words - 1].originalRange.upperBound
    ).singleSpaced
    var spellings = [written]
    if written.contains(" No. ") { spellings.append(written.replacingAll(" No. ", with: " No ")) }
    if written.contains(" No ") { spellings.append(written.replacingAll(" No ", with: " No. ")) }
    return (start..<number + 1, spellings, label)
  }

  /// An instrument's name with a part in parentheses, as Commonwealth laws are named ("COVID-19
  /// (Temporary Measures) Act 2020", "Income Tax (Amendment) Act"): capitalised words (a
  /// hyphenated one too), one to four capitalised words in parentheses, an instrument's word, and
  /// perhaps its year; containing token `index`.
  static func parenthesisedName(at index: Int, in prose: ProseText, text: SourceText)
    -> (tokens: Range<Int>, title: String)?
  {
    let tokens = prose.tokens
    guard let sentenceIndex = prose.sentence(containingToken: index) else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    func isCapitalisedWord(_ position: Int) -> Bool {
      sentence.contains(position) && tokens[position].kind == .word && tokens[position].isCapitalized
        && !tokens[position].wordClasses.contains(.function)
    }
    func spaced(_ left: Int, _ right: Int) -> Bool {
      tokens[left].originalRange.upperBound + 1 == tokens[right].originalRange.lowerBound
    }
    for open in sentence where tokens[open].hasText("(") && open > sentence.lowerBound {
      // The words in parentheses.
      var close = open + 1
      while close < sentence.upperBound, close < open + 6, isCapitalisedWord(close) { close += 1 }
      guard close > open + 1, close < sentence.upperBound, tokens[close].hasText(")"),
        close + 1 < sentence.upperBound, isCapitalisedWord(close + 1), spaced(close, close + 1),
        parenthesisedInstrumentWords.contains(tokens[close + 1].text)
      else { continue }
      // The words before: capitalised, or joined by hyphens to the next ("COVID-19").
      var start = open
      while start - 1 >= sentence.lowerBound {
        let previous = start - 1
        if isCapitalisedWord(previous), previous + 1 == open ? spaced(previous, open) : true {
          start = previous
        } else if previous - 1 >= sentence.lowerBound, tokens[previous].kind == .number,
          tokens[previous - 1].hasText("-"), writtenTogether(tokens, previous - 1),
          writtenTogether(tokens, previous - 2),
          isCapitalisedWord(previous - 2)
        {
          start = previous - 2
        } else {
          break
        }
      }
      guard start < open else { continue }
      var end = close + 2
      if end < sentence.upperBound, tokens[end].kind == .number, tokens[end].isDigits, tokens[end].utf8Count == 4,
        spaced(end - 1, end)
      {
        end += 1
      }
      guard (start..<end).contains(index) else { continue }
      let title = text.string(in: tokens[start].originalRange.lowerBound..<tokens[end - 1].originalRange.upperBound)
        .singleSpaced
      return (start..<end, title)
    }
    return nil
  }

  /// The instruments whose names may hold a part in parentheses.
  static let parenthesisedInstrumentWords: Set<String> = [
    "act", "bill", "regulations", "regulation", "rules", "order", "ordinance", "code", "amendment",
  ]

  /// The corpus writes `word` as a verb: with "-ed" or "-ing" ("addressed", "addressing",
  /// "tackled", "tackling").
  static func isInflectedVerb(_ word: String, in vocabulary: Vocabulary) -> Bool {
    let stem = word.hasSuffix("e") ? String(word.dropLast()) : word
    return [word + "ed", word + "ing", stem + "ed", stem + "ing"].contains(where: vocabulary.contains)
  }

  /// The last words of names that are a body's, an instrument's or a plan's: a run of capitals
  /// ending in one that the corpus never writes is a name it does not know, not the name inside
  /// it ("Hong Kong Monetary Authority" is not Hong Kong; "Land Transport Master Plan").
  static let unknownNameHeads: Set<String> = bodyNameWords.union(["plan", "scheme", "strategy"])

  /// Words that make a name an instrument's: "Singapore Joint Statement" is not Singapore.
  static let instrumentNameWords: Set<String> = [
    "statement", "declaration", "agreement", "accord", "accords", "treaty", "convention", "protocol", "pact",
    "charter", "act", "memorandum", "communique", "resolution", "amendment", "framework", "mechanism", "initiative",
  ]

  /// The longest run of words around token `index` (2 to `phraseWordLimit` words, in one clause)
  /// that the corpus uses as a unit: a name in capitals it uses at all, or a lower-case phrase it
  /// uses at least twice. Neither end is a function word, and no word is a number. A run of
  /// capitalised words ending in an instrument's word ("Singapore Joint Statement") that the
  /// corpus never writes is returned without a use: it must not be taken for a name inside it.
  static func phrase(at index: Int, in prose: ProseText, text: SourceText, corpus: Corpus)
    -> (tokens: Range<Int>, title: String, use: Evidence?, isName: Bool)?
  {
    let tokens = prose.tokens
    guard tokens[index].kind == .word || tokens[index].kind == .number,
      let sentenceIndex = prose.sentence(containingToken: index)
    else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    // The clause's words as units: a hyphenated or apostrophised word is one ("Tae-hyo").
    var unitOfIndex: Int?
    var position = sentence.lowerBound
    var clause: [Range<Int>] = []
    var clauseOfIndex: [Range<Int>]?
    func closeClause() {
      if unitOfIndex != nil, clauseOfIndex == nil { clauseOfIndex = clause }
      clause = []
    }
    while position < sentence.upperBound {
      let token = tokens[position]
      // (A number is a unit of its own: only a name may hold one, inside it.)
      guard token.kind == .word || token.kind == .number else {
        closeClause()
        position += 1
        continue
      }
      var end = position + 1
      while end + 1 < sentence.upperBound,
        tokens[end].hasText("-") || tokens[end].hasText("'") || tokens[end].hasText("\u{2019}"),
        tokens[end - 1].originalRange.upperBound == tokens[end].originalRange.lowerBound,
        tokens[end].originalRange.upperBound == tokens[end + 1].originalRange.lowerBound, tokens[end + 1].kind == .word
      {
        end += 2
      }
      // A plural's possessive ("Workers' Party").
      if end < sentence.upperBound, tokens[end].hasText("'") || tokens[end].hasText("\u{2019}"),
        tokens[end - 1].originalRange.upperBound == tokens[end].originalRange.lowerBound,
        end + 1 == sentence.upperBound
          || tokens[end].originalRange.upperBound < tokens[end + 1].originalRange.lowerBound
      {
        end += 1
      }
      // Words of one run are one space apart.
      if let last = clause.last,
        tokens[last.upperBound - 1].originalRange.upperBound + 1 != token.originalRange.lowerBound
      {
        closeClause()
      }
      if (position..<end).contains(index) { unitOfIndex = clause.count }
      clause.append(position..<end)
      position = end
    }
    closeClause()
    guard let words = clauseOfIndex, let here = unitOfIndex else { return nil }
    func isFunction(_ unit: Range<Int>) -> Bool { unit.count == 1 && isStopWord(tokens[unit.lowerBound]) }
    func isNumber(_ unit: Range<Int>) -> Bool {
      let first = tokens[unit.lowerBound].firstByte
      return first >= 0x30 && first <= 0x39
    }
    func isCapitalized(_ unit: Range<Int>) -> Bool { tokens[unit.lowerBound].isCapitalized }
    // The words of a window as written, one space apart.
    // A word the corpus never writes, in the other spelling the corpus does write ("defence" where
    // it writes "defense").
    func respelled(_ position: Int) -> String? {
      let token = tokens[position]
      guard token.kind == .word, !corpus.vocabulary.contains(token.withoutPossessive) else { return nil }
      guard let other = SpellingVariants.counterparts(of: token.text).first(where: corpus.vocabulary.contains) else {
        return nil
      }
      return token.isCapitalized ? other.prefix(1).uppercased() + other.dropFirst() : other
    }
    // The words of a window as written, one space apart, in the corpus's spelling.
    func title(_ window: Range<Int>) -> String {
      let first = words[window.lowerBound].lowerBound
      let last = words[window.upperBound - 1].upperBound - 1
      guard (first...last).contains(where: { respelled($0) != nil }) else {
        return text.string(in: tokens[first].originalRange.lowerBound..<tokens[last].originalRange.upperBound)
          .singleSpaced
      }
      var result = ""
      for position in first...last {
        if position > first {
          result += text.string(
            in: tokens[position - 1].originalRange.upperBound..<tokens[position].originalRange.lowerBound)
        }
        result += respelled(position) ?? text.string(in: tokens[position].originalRange)
      }
      return result.singleSpaced
    }
    func tokenRange(_ window: Range<Int>) -> Range<Int> {
      words[window.lowerBound].lowerBound..<words[window.upperBound - 1].upperBound
    }
    // A name of an instrument the corpus never writes ("Singapore Joint Statement"): not the
    // corpus's "Joint Statement" nor its "Singapore".
    // (One "and", "of", "for" or "on" may join its words: "Securities and Exchange Commission",
    // whichever word is hovered.)
    func joins(_ unit: Int) -> Bool {
      unit > 0 && unit + 1 < words.count && words[unit].count == 1
        && nameJoiners.contains(tokens[words[unit].lowerBound]) && !tokens[words[unit].lowerBound].isCapitalized
        && isCapitalized(words[unit - 1]) && isCapitalized(words[unit + 1])
    }
    var runStart = here
    while runStart > 0, isCapitalized(words[runStart - 1]) || runStart >= 2 && joins(runStart - 1) { runStart -= 1 }
    var runEnd = here + 1
    while runEnd < words.count, isCapitalized(words[runEnd]) || joins(runEnd) { runEnd += 1 }
    while runStart < here, isFunction(words[runStart]) { runStart += 1 }
    if isCapitalized(words[here]) || joins(here), runEnd - runStart >= 2,
      unknownNameHeads.contains(tokens[words[runEnd - 1].lowerBound].withoutPossessive)
    {
      let written = WordForms.withoutPossessive(title(runStart..<runEnd))
      if corpus.uses(of: written, upTo: 1).count == 0 { return (tokenRange(runStart..<runEnd), written, nil, true) }
    }
    // Windows around the word, longest first.
    var windows: [Range<Int>] = []
    for length in stride(from: min(phraseWordLimit, words.count), through: 2, by: -1) {
      for start in max(0, here - length + 1)...min(here, words.count - length) {
        windows.append(start..<start + length)
      }
    }
    for window in windows {
      let first = words[window.lowerBound]
      let last = words[window.upperBound - 1]
      // A number only inside a name ("Revised 508 Standards Transition Workgroup").
      let inner =
        window.count > 2 ? window.lowerBound + 1..<window.upperBound - 1 : window.lowerBound..<window.lowerBound
      let hasNumberInside = words[inner].contains(where: isNumber)
      guard !isFunction(first), !isFunction(last), !isNumber(first), !isNumber(last) else { continue }
      let isName = words[window].allSatisfy { isCapitalized($0) || isFunction($0) || isNumber($0) }
      guard !hasNumberInside || isName else { continue }
      // A lower-case phrase's last word in the plural, when the corpus writes the phrase in the
      // singular ("payable-through accounts"): the corpus's phrase.
      let lastIndex = words[window.upperBound - 1].upperBound - 1
      let lastToken = tokens[lastIndex]
      let singular =
        isName || corpus.vocabulary.contains(lastToken.text)
        ? nil : WordForms.singulars(of: lastToken.text).first(where: corpus.vocabulary.contains)
      // Every word must be the corpus's (no search for words it never writes).
      guard
        words[window].allSatisfy({ unit in
          (unit.lowerBound..<unit.upperBound).allSatisfy {
            tokens[$0].kind != .word || corpus.vocabulary.contains(tokens[$0].withoutPossessive)
              || ($0 == lastIndex && singular != nil) || respelled($0) != nil
          }
        })
      else { continue }
      // A phrase in the possessive is the phrase ("the Equities Market Review Group's measures").
      var written = WordForms.withoutPossessive(title(window))
      // (Counted once, as far as the comparison below needs.)
      var uses = corpus.uses(of: written, upTo: 20)
      if !isName, uses.count < 2, let singular, written.hasSuffix(lastToken.text) {
        let singularPhrase = String(written.dropLast(lastToken.text.count)) + singular
        let singularUses = corpus.uses(of: singularPhrase, upTo: 20)
        if singularUses.count >= 2 { (written, uses) = (singularPhrase, singularUses) }
      }
      // Written once in this number and again in the other ("a digital currency", "digital
      // currencies"), the phrase is used twice.
      if !isName, uses.count == 1, written.hasSuffix(lastToken.text) {
        let stem = String(written.dropLast(lastToken.text.count))
        let others = (WordForms.singulars(of: lastToken.text) + WordForms.plurals(of: lastToken.text)).filter {
          $0 != lastToken.text && corpus.vocabulary.contains($0)
        }
        if others.contains(where: { corpus.uses(of: stem + $0, upTo: 1).count > 0 }) { uses.count += 1 }
      }
      // A proper noun and the lower-case words it names ("the Minsk agreements"): one use makes
      // it the corpus's. (Not words before a name, nor part of one: "assistance through the
      // Santiago" of "the Santiago network".)
      let namesWhat =
        window.count <= 3 && isCapitalized(words[window.lowerBound])
        && words[window.lowerBound].lowerBound != sentence.lowerBound
        && !isCapitalized(words[window.upperBound - 1])
      guard uses.count >= (isName || namesWhat ? 1 : 2), let use = uses.first else { continue }
      // A lower-case phrase inside it that the corpus uses far more often on its own is the
      // term ("loss and damage" in "address loss and damage").
      var best = (window: window, written: written, use: use, count: uses.count)
      var shrinking = !isName && corpus.formalDefinition(of: written) == nil
      while shrinking {
        shrinking = false
        for inner in [
          best.window.lowerBound + 1..<best.window.upperBound, best.window.lowerBound..<best.window.upperBound - 1,
        ]
        where inner.count >= 2 && !isFunction(words[inner.lowerBound]) && !isFunction(words[inner.upperBound - 1]) {
          let text = title(inner)
          let found = corpus.uses(of: text, upTo: 20)
          guard let use = found.first, found.count >= 2 * best.count else { continue }
          // Not when the corpus writes the word left out joined to it ("independent format" is
          // not used on its own where the corpus writes "platform-independent format").
          let dropped = inner.lowerBound > best.window.lowerBound ? best.window.lowerBound : best.window.upperBound - 1
          let joined =
            dropped < inner.lowerBound
            ? title(dropped..<dropped + 1) + "-" + text : text + "-" + title(dropped..<dropped + 1)
          // Nor when the word left out is part of the term: a word before it only when it is a
          // verb, one the corpus also writes with "-ed" or "-ing" ("address" of "address loss and
          // damage", not "minimum" of "minimum qualifying salary" nor "flexible" of "flexible
          // inflation targeting"); a word after it not when the corpus writes it mostly in the
          // longer phrase.
          let droppedWord = WordForms.folded(title(dropped..<dropped + 1))
          let partOfTerm =
            dropped < inner.lowerBound
            ? !Self.isInflectedVerb(droppedWord, in: corpus.vocabulary)
            : (corpus.vocabulary.wordCounts[droppedWord].map { $0 < 2 * best.count } ?? false)
          if !partOfTerm, found.count >= 2 * (best.count + corpus.uses(of: joined, upTo: 20).count) {
            best = (inner, text, use, found.count)
            shrinking = true
            break
          }
        }
      }
      // The term settled without regard to the word hovered: one that leaves it out ("address"
      // of "address loss and damage") is not this word's.
      guard best.window.contains(here) else { continue }
      // A name longer than the longest window, whole, from whichever of its words is hovered
      // ("International Committee of the Red Cross"): grown on either side, by a word (with the
      // function words before it), while the corpus still writes it.
      if isName {
        func grown(_ window: Range<Int>) -> Range<Int>? {
          for candidate in [window.lowerBound..<window.upperBound + 1, window.lowerBound - 1..<window.upperBound] {
            // The next word that is not a function word, on that side.
            var next = candidate
            while next.lowerBound >= 0, next.upperBound <= words.count,
              isFunction(words[next.lowerBound]) || isFunction(words[next.upperBound - 1]),
              next.count < window.count + 3
            {
              next =
                next.lowerBound == window.lowerBound
                ? next.lowerBound..<next.upperBound + 1 : next.lowerBound - 1..<next.upperBound
            }
            guard next.lowerBound >= 0, next.upperBound <= words.count, next.count > window.count,
              !isFunction(words[next.lowerBound]), !isFunction(words[next.upperBound - 1]),
              words[next].allSatisfy({ isCapitalized($0) || isFunction($0) || isNumber($0) }),
              !isNumber(words[next.lowerBound]), !isNumber(words[next.upperBound - 1]),
              words[next].allSatisfy({ unit in
                (unit.lowerBound..<unit.upperBound).allSatisfy {
                  tokens[$0].kind != .word || corpus.vocabulary.contains(tokens[$0].withoutPossessive)
                }
              })
            else { continue }
            let written = title(next)
            let uses = corpus.uses(of: written, upTo: 1)
            if let use = uses.first {
              best = (next, written, use, uses.count)
              return next
            }
          }
          return nil
        }
        while let next = grown(best.window) { best.window = next }
      }
      return (tokenRange(best.window), best.written, best.use, isName)
    }
    return nil
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
      tokens[left].kind == .word && tokens[right].kind == .word && !isStopWord(tokens[left])
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
      let title = words.joined(separator: " ")
      // Pairs chain into a name only where the corpus writes it whole ("of Korea Navy" makes no
      // "North Korea Navy").
      if end - start == 2 || corpus.uses(of: title, upTo: 1).count > 0 { return (start..<end, title) }
    }
    guard tokens[index].isCapitalized, let noun = vocabulary.properNouns[tokens[index].withoutPossessive] else {
      return nil
    }
    return (index..<index + 1, noun.spelling)
  }

  /// A name with a middle initial that the corpus writes whole ("Sylvia M. Burwell"), from any
  /// of its tokens, the initial's period included.
  static func initialledName(at index: Int, in prose: ProseText, text: SourceText, corpus: Corpus)
    -> (tokens: Range<Int>, title: String)?
  {
    let tokens = prose.tokens
    func isWord(_ position: Int) -> Bool {
      position >= 0 && position < tokens.count && tokens[position].kind == .word && tokens[position].isCapitalized
        && !isStopWord(tokens[position])
    }
    func isInitial(_ position: Int) -> Bool {
      isWord(position) && tokens[position].utf8Count == 1 && position + 1 < tokens.count
        && tokens[position + 1].hasText(".")
        && tokens[position].originalRange.upperBound == tokens[position + 1].originalRange.lowerBound
    }
    // The next part of the name after the one ending at `end` (exclusive): a word one space on.
    func next(after end: Int) -> Int? {
      guard isWord(end), tokens[end - 1].originalRange.upperBound + 1 == tokens[end].originalRange.lowerBound else {
        return nil
      }
      return isInitial(end) ? end + 2 : end + 1
    }
    // Back from the hovered token (its period belongs to the initial before it) to the run's first word.
    var start = tokens[index].hasText(".") && index > 0 ? index - 1 : index
    guard isWord(start) else { return nil }
    while start > 0, tokens[start - 1].originalRange.upperBound + 1 == tokens[start].originalRange.lowerBound {
      if isInitial(start - 2) {
        start -= 2
      } else if isWord(start - 1), !isInitial(start - 1) {
        start -= 1
      } else {
        break
      }
    }
    var end = isInitial(start) ? start + 2 : start + 1
    while end < tokens.count, let following = next(after: end) { end = following }
    let run = start..<end
    guard run.count >= 4, run.count <= 8, run.contains(index),
      run.contains(where: { isInitial($0) && $0 > start && $0 + 2 < end })
    else { return nil }
    let title = text.string(in: prose.originalRange(ofTokens: run)).singleSpaced
    guard corpus.uses(of: title, upTo: 1).count > 0 else { return nil }
    return (run, title)
  }

  /// The capitalised words joined to token `index` by single spaces that the corpus never writes
  /// ("Jong Un" of "Kim Jong Un"), with the run they make: then the corpus's uses of the name are
  /// another's (its "Kim" is "Kim Tae-hyo").
  static func unknownNameRun(
    at index: Int, in prose: ProseText, text: SourceText, corpus: Corpus, bridging: Bool = true
  ) -> (tokens: Range<Int>, title: String)? {
    let tokens = prose.tokens
    func joined(_ left: Int, _ right: Int) -> Bool {
      tokens[left].kind == .word && tokens[right].kind == .word && tokens[right].isCapitalized
        && tokens[left].isCapitalized && !isStopWord(tokens[left]) && !isStopWord(tokens[right])
        && tokens[left].originalRange.upperBound + 1 == tokens[right].originalRange.lowerBound
    }
    // Two capitalised words with one lower-case "and", "of", "for" or "on" between them, in the
    // name of a body or an instrument ("Securities and Exchange Commission"; not "Japan and
    // Kenya").
    func bridged(_ left: Int) -> Bool {
      bridging && left + 2 < tokens.count && tokens[left + 1].kind == .word && !tokens[left + 1].isCapitalized
        && nameJoiners.contains(tokens[left + 1]) && joinedBySpace(left, left + 1) && joinedBySpace(left + 1, left + 2)
        && tokens[left].kind == .word && tokens[left].isCapitalized && !isStopWord(tokens[left])
        && tokens[left + 2].kind == .word && tokens[left + 2].isCapitalized && !isStopWord(tokens[left + 2])
    }
    func joinedBySpace(_ left: Int, _ right: Int) -> Bool {
      tokens[left].originalRange.upperBound + 1 == tokens[right].originalRange.lowerBound
    }
    // A lower-case joiner hovered belongs to the name around it.
    if index > 0, bridged(index - 1) {
      let run = unknownNameRun(at: index - 1, in: prose, text: text, corpus: corpus)
      return run.map { $0.tokens.contains(index) } == true ? run : nil
    }
    // So does the number that ends it ("Nord Stream 2").
    if tokens[index].kind == .number, index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized {
      let run = unknownNameRun(at: index - 1, in: prose, text: text, corpus: corpus)
      return run.map { $0.tokens.contains(index) } == true ? run : nil
    }
    var start = index
    while start > 0 {
      if joined(start - 1, start) {
        start -= 1
      } else if start >= 2, bridged(start - 2) {
        start -= 2
      } else {
        break
      }
    }
    var end = index + 1
    while end < tokens.count {
      if joined(end - 1, end) {
        end += 1
      } else if bridged(end - 1) {
        end += 2
      } else {
        break
      }
    }
    // A run with a joiner ends at a body's or instrument's word, past the word hovered.
    if bridging, (start..<end).contains(where: { nameJoiners.contains(tokens[$0]) }) {
      guard
        let last = (index..<end).last(where: {
          bodyNameWords.contains(tokens[$0].withoutPossessive)
            && (start..<$0).contains(where: { nameJoiners.contains(tokens[$0]) })
        })
      else {
        return unknownNameRun(at: index, in: prose, text: text, corpus: corpus, bridging: false)
      }
      end = last + 1
    }
    // A number of a digit or two after the name, ending the clause, is its last word ("Nord
    // Stream 2"), not a year nor a count of what follows ("Nord Stream 2 pipelines").
    if end < tokens.count, end - start >= 2, (start..<end).allSatisfy({ tokens[$0].isCapitalized }),
      tokens[end].kind == .number, tokens[end].utf8Count <= 2, joinedBySpace(end - 1, end),
      end + 1 == tokens.count || tokens[end + 1].hasText(in: [".", ",", ";", ":", ")"])
    {
      end += 1
    }
    // A sentence's first word is capitalised anyway ("Yesterday Washington announced").
    if let sentence = prose.sentence(containingToken: index), start == prose.sentences[sentence].lowerBound,
      corpus.vocabulary.properNouns[tokens[start].withoutPossessive] == nil
    {
      start += 1
      if index < start { return nil }
    }
    guard end - start >= 2,
      (start..<end).contains(where: { !corpus.vocabulary.contains(tokens[$0].withoutPossessive) })
    else { return nil }
    let range = tokens[start].originalRange.lowerBound..<tokens[end - 1].originalRange.upperBound
    let title = text.string(in: range)
    // (With its number, only when the corpus never writes it so.)
    if tokens[end - 1].kind == .number, corpus.uses(of: title, upTo: 1).count > 0 { return nil }
    return (start..<end, title)
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
