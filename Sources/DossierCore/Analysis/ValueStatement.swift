/// What the corpus states about a value a draft writes: the corpus claim the value's sentence
/// binds to (a knowledge-file fact whose claim phrase stands by it, or a corpus sentence whose
/// claim frame aligns with it), the value the corpus gives, and whether the draft's differs.
///
/// The same binding `fact-conflict` uses, so a hover never shows a claim the check would not
/// compare the value with; a value bound to nothing has no statement (a year of another event is
/// not about the corpus's claims).
struct ValueStatement {
  /// The value as the corpus writes it.
  var corpusValue: String
  /// The value as the draft writes it.
  var draftValue: String
  var kind: TypedValue.Kind
  /// The knowledge file's statement of the fact, if the value binds to one.
  var statement: String?
  var evidence: [Evidence]
  /// Whether the corpus gives another value.
  var differs: Bool

  /// The statement about the value at token `token` of the context's block, if any.
  init?(token: Int, in context: CheckContext) {
    let prose = context.prose
    guard let sentenceIndex = prose.sentence(containingToken: token) else { return nil }
    let sentence = prose.sentences[sentenceIndex]
    let typed = ValueReader.values(in: prose, sentence: sentence)
    guard !typed.isEmpty else { return nil }
    let draftText = { (tokens: Range<Int>) in context.text(prose.originalRange(ofTokens: tokens)) }

    // A knowledge-file fact whose claim phrase stands by the value.
    let sentenceRange = prose.normalizedRange(ofTokens: sentence)
    let phrases = context.phraseHits.filter { sentenceRange.contains($0.range.lowerBound) }
    if !phrases.isEmpty {
      let values = ValueExtractor.values(of: typed, in: prose)
      if let value = values.first(where: { $0.token == token }) {
        var subjects: [Int] = []
        for hit in context.subjectHits where sentenceRange.contains(hit.range.lowerBound) {
          if !subjects.contains(hit.payload) { subjects.append(hit.payload) }
        }
        let facts = context.corpus.facts
        let candidates = FactConflictCheck.boundFacts(
          value, values, prose, sentence, phrases, subjects, facts, context.corpus.claims, context)
        if !candidates.isEmpty {
          let agreeing =
            candidates.first { FactReading.number(of: facts[$0].value) == value.number }
            ?? FactConflictCheck.factStating(value, values, prose, phrases, subjects, facts, context.corpus.claims)
          let fact = facts[agreeing ?? candidates[0]]
          guard FactReading.number(of: fact.value) != nil else { return nil }
          self.init(
            corpusValue: fact.value.description, draftValue: context.text(of: prose.tokens[token]),
            kind: value.kind == .year ? .year : .count, statement: fact.statement, evidence: fact.evidence,
            differs: agreeing == nil)
          return
        }
      }
    }

    // A corpus sentence whose claim frame aligns with the value's.
    let claims = context.corpus.claims
    let previous = sentenceIndex > 0 ? prose.sentences[sentenceIndex - 1] : nil
    let frames = ClaimFrameReader.frames(
      in: prose, sentence: sentence, values: typed,
      previous: { previous.map { ClaimFrameReader.leadingSubject(in: prose, sentence: $0) } ?? [] },
      wanted: claims.frames.hasFrames)
    let index = claims.frames
    guard let frame = frames.first(where: { $0.value.tokens.contains(token) }) else {
      guard let value = typed.first(where: { $0.tokens.contains(token) }),
        let entry = Self.entryStatingTheSameValue(value, values: typed, prose: prose, sentence: sentence, in: index)
      else { return nil }
      self.init(
        corpusValue: index.entries[entry].written, draftValue: draftText(value.tokens), kind: value.kind,
        statement: nil, evidence: [index.entries[entry].evidence], differs: false)
      return
    }
    let outcome = FrameAlignment.align(
      frame, in: index, names: { ClaimFrameReader.names(of: frame, in: prose, sentence: sentence, values: typed) })
    switch outcome {
    case .unknown:
      // No claim to compare with, but a corpus sentence about the same words states this very
      // value: shown as what the corpus says, never as a difference.
      guard
        let entry = Self.statingEntry(
          frame, in: index, names: { ClaimFrameReader.names(of: frame, in: prose, sentence: sentence, values: typed) })
          ?? Self.entryStatingTheSameValue(frame.value, values: typed, prose: prose, sentence: sentence, in: index)
      else { return nil }
      self.init(
        corpusValue: index.entries[entry].written, draftValue: draftText(frame.value.tokens), kind: frame.value.kind,
        statement: nil, evidence: [index.entries[entry].evidence], differs: false)
    case .agrees(let entry):
      self.init(
        corpusValue: index.entries[entry].written, draftValue: draftText(frame.value.tokens), kind: frame.value.kind,
        statement: nil, evidence: [index.entries[entry].evidence], differs: false)
    case .conflict(let entries):
      // The sentence states the corpus's value too: the corpus's claim is that other value's.
      let expected = index.entries[entries[0]].frame.value
      if typed.contains(where: {
        $0.tokens != frame.value.tokens && $0.isComparable(with: expected) && $0.agrees(with: expected)
      }) {
        return nil
      }
      var evidence: [Evidence] = []
      for entry in entries {
        let candidate = index.entries[entry].evidence
        if !evidence.contains(where: { $0.document == candidate.document && $0.line == candidate.line }) {
          evidence.append(candidate)
        }
      }
      self.init(
        corpusValue: index.entries[entries[0]].written, draftValue: draftText(frame.value.tokens),
        kind: frame.value.kind, statement: nil, evidence: evidence, differs: true)
    }
  }

  /// The corpus frame sharing the most subject words with `frame` that states its value, under
  /// the guards of an alignment (`FrameAlignment.align`): as many shared words as it needs, the
  /// same qualifying year, the word a year is the time of, most of the clause's names (`names`;
  /// with the words its document is known by when the clause names the document),
  /// and a date only for a date. A value that counts or measures a noun may share a single word
  /// when that word is one of the clause's names: the same number of the same thing of the same
  /// named thing ("the Cheonan … killed 46 sailors", "the deaths of 46 sailors" of the Cheonan)
  /// is what the corpus says of it (shown, never compared).
  static func statingEntry(
    _ frame: ClaimFrame, in index: FrameIndex, names readNames: () -> ClaimFrameReader.ClauseNames
  ) -> Int? {
    guard !frame.isNegated, frame.value.kind != .identifier else { return nil }
    if frame.value.kind == .count || frame.value.kind == .ordinal, frame.head.isEmpty { return nil }
    let required = FrameAlignment.requiredOverlap(frame.value.kind)
    var best: (entry: Int, shared: Int)?
    var names: ClaimFrameReader.ClauseNames?
    for (entry, shared) in index.overlaps(with: frame) where shared >= (frame.head.isEmpty ? 2 : 1) {
      let other = index.entries[entry].frame
      // A year or a date of the very thing the corpus's is the time of ("the first global
      // stocktake to take place in 2023", "its first global stocktake in 2023") may share one
      // word fewer.
      let sameAnchor = FrameAlignment.sharesAnchor(frame, other)
      if frame.head.isEmpty, shared < required, !sameAnchor { continue }
      guard other.qualifier == frame.qualifier, other.value.isComparable(with: frame.value),
        other.value.agrees(with: frame.value)
      else { continue }
      if frame.head.isEmpty, !(other.subject.contains(frame.anchor) || frame.subject.contains(other.anchor)) {
        continue
      }
      if frame.value.kind == .date, other.value.kind != .date { continue }
      let clause = names ?? readNames()
      names = clause
      let clauseNames = clause.names
      let sentenceNames = index.entries[entry].names
      if !FrameAlignment.isMostlyNamed(clauseNames, by: { other.subject.contains($0) || sentenceNames.contains($0) }) {
        // When the clause names the statement's document, the words it is known by count too
        // (as in `FrameAlignment.align`): not for a statement that names another order of its
        // own, and only with a word of what is said shared.
        let title = index.titles[Int(index.entries[entry].title)]
        guard clause.namesTwo(of: title),
          other.subject.allSatisfy({ !FrameAlignment.isReferenceNumber($0) || frame.subject.contains($0) }),
          FrameAlignment.isMostlyNamed(
            clauseNames, by: { other.subject.contains($0) || sentenceNames.contains($0) || title.contains($0) }),
          FrameAlignment.sharesWhatIsSaid(frame, other, clause: clause, title: title)
        else { continue }
      }
      if shared < required, !sameAnchor,
        !frame.subject.contains(where: { other.subject.contains($0) && clauseNames.contains($0) })
      {
        continue
      }
      if shared > (best?.shared ?? 0) { best = (entry, shared) }
    }
    return best?.entry
  }

  /// A corpus statement of the very value `value` (one of `values`: a full date, a sum, a share, a
  /// measure or a length of time: `FrameIndex.ValueKey`) about what
  /// the draft's sentence is about, when no claim frame of the sentence lines up with one: it
  /// shares one of the sentence's names and another of its words, or four of its words (three
  /// are too few: "issuance", "directive" and "agency" are in every directive's deadlines) ("The
  /// bombing that killed Rafiq Hariri took place on February 14, 2005" and "the terrorist act in
  /// Beirut, Lebanon, on February 14, 2005, that resulted in the assassination of … Rafiq
  /// Hariri"). Shown as what the corpus says, never compared: a value it does not state has
  /// none.
  static func entryStatingTheSameValue(
    _ value: TypedValue, values: [TypedValue], prose: ProseText, sentence: Range<Int>, in index: FrameIndex
  ) -> Int? {
    let candidates = index.entries(stating: value)
    guard !candidates.isEmpty else { return nil }
    // The sentence's content words and its names (capitalised words not opening it), as stems.
    var words = Set<TokenText>()
    var names = Set<TokenText>()
    for position in sentence where prose.tokens[position].kind == .word {
      let word = prose.tokens[position]
      guard !Analyzer.isStopWord(word),
        !values.contains(where: { $0.coveredTokens(in: prose.tokens)?.contains(position) ?? false })
      else { continue }
      let stem = WordForms.stemText(of: word)
      words.insert(stem)
      if position > sentence.lowerBound, word.isCapitalized || word.isUpperCaseAcronym { names.insert(stem) }
    }
    var best: (entry: Int, names: Int, shared: Int)?
    for candidate in candidates.prefix(1_000) {
      let entry = index.entries[Int(candidate)]
      // (The same value whatever the words bounding it: "by June 6", "not later than June 6".)
      guard entry.frame.value.agrees(with: value) else { continue }
      let about = Set(entry.frame.subject).union(entry.names)
      let shared = words.intersection(about).count
      let sharedNames = names.intersection(entry.names).count
      guard sharedNames >= 1 && shared >= 2 || shared >= 4 else { continue }
      if let current = best, (current.names, current.shared) >= (sharedNames, shared) { continue }
      best = (Int(candidate), sharedNames, shared)
    }
    return best?.entry
  }

  init(
    corpusValue: String, draftValue: String, kind: TypedValue.Kind, statement: String?, evidence: [Evidence],
    differs: Bool
  ) {
    self.corpusValue = corpusValue
    self.draftValue = draftValue
    self.kind = kind
    self.statement = statement
    self.evidence = evidence
    self.differs = differs
  }
}
