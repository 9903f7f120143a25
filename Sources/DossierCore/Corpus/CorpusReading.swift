import Synchronization

/// What a corpus's documents say, read one document at a time, in order: each derivation reads
/// each document in turn (`add`), and what they found becomes the corpus's derived parts
/// (`derived`). A corpus held parsed is read so (`Corpus.derive`), and so is a large corpus
/// being indexed, parsed a batch at a time and let go (`CorpusIndexFile.write`).
///
/// The readings come in two groups of about equal work, read on two cores at once: the words
/// (vocabulary, compounds, acronyms, references, names) and the claims (frames, denials).
struct CorpusReading: Sendable {
  struct Words: Sendable {
    var vocabulary = Vocabulary.Counting()
    var compounds: CompoundForms.Scan
    var acronyms = DerivedKnowledge.AcronymReading()
    var references = DerivedKnowledge.ReferenceReading()
    var referenceParts = ReferenceAbbreviations.Reading()
    var acronymNames = AcronymNames.Reading()
    /// Every paragraph's folded text, each followed by a line feed, in order: rejected
    /// variants and compound forms are looked for in it.
    var foldedText: [UInt8] = []
    /// Where each document's paragraphs start in `foldedText`.
    var foldedStarts: [Int] = []

    mutating func add(_ document: CorpusDocument, at index: Int) {
      vocabulary.add(document, at: index)
      compounds.add(document, at: index)
      acronyms.add(document)
      references.add(document)
      referenceParts.add(document)
      acronymNames.add(document)
      foldedStarts.append(foldedText.count)
      for paragraph in document.paragraphs {
        foldedText += paragraph.prose.normalized.bytes
        foldedText.append(0x0A)
      }
    }
  }

  struct Claims: Sendable {
    var frames = FrameIndex.Reading()
    var denials = PolarityIndex.DenialReading()
    /// (Read with the claims: the words' core has more to do.)
    var names = NameSpellings.Reading()

    mutating func add(_ document: CorpusDocument) {
      frames.add(document)
      denials.add(document)
      names.add(document)
    }
  }

  private(set) var words: Words
  private(set) var claims = Claims()

  /// A reading of documents with `textBytes` of text in all.
  init(textBytes: Int) {
    words = Words(compounds: CompoundForms.Scan(textBytes: textBytes))
    // The folded text is about as long as the text: reserved at once, it is never copied to grow
    // (a copy holds the old and the new buffer at once, and leaves the old one behind in the
    // heap). Pages reserved and never written cost no memory.
    words.foldedText.reserveCapacity(textBytes)
  }

  /// Reads `documents`, the next ones in the corpus's order, on two cores at once when they are
  /// worth it; `alongside` reads each of them too, with the claims, on the second core.
  mutating func add(_ documents: [CorpusDocument], alongside: (@Sendable (CorpusDocument) -> Void)? = nil) {
    // The position of the first of them: one fold start per document read so far.
    let start = words.foldedStarts.count
    // Each group is moved into a lock of its own, read on its core, and moved back out: no copy
    // of its tables is made.
    let words = Mutex(self.words)
    let claims = Mutex(self.claims)
    self.words = Words(compounds: CompoundForms.Scan(textBytes: 0))
    self.claims = Claims()
    _ = Parallel.both(
      worthIt: documents.reduce(0) { $0 + $1.text.count } >= Parallel.worthwhileBytes,
      {
        words.withLock { words in
          for (offset, document) in documents.enumerated() { words.add(document, at: start + offset) }
        }
      },
      {
        claims.withLock { claims in
          for document in documents {
            claims.add(document)
            alongside?(document)
          }
        }
      })
    self.words = words.withLock { words in
      Self.take(&words, leaving: Words(compounds: CompoundForms.Scan(textBytes: 0)))
    }
    self.claims = claims.withLock { claims in Self.take(&claims, leaving: Claims()) }
  }

  private static func take<Value>(_ value: inout Value, leaving empty: Value) -> Value {
    let taken = value
    value = empty
    return taken
  }

  /// What the documents say, with the knowledge files' entries first.
  ///
  /// `reread` reads the documents again, in order, handing each to `each` (for the first uses
  /// of closed compounds and the affirmative clauses of denied predicates) until it returns
  /// false: none is wanted any more (perhaps none at all). `each` may be called on any thread,
  /// one document at a time. `document` reads one by its position
  /// (for evidence); `scope` builds the scope index when the corpus is first asked.
  consuming func derived(
    knowledge: [KnowledgeFile], notes: [DossierError], reread: (_ each: @Sendable (CorpusDocument) -> Bool) -> Void,
    document: (Int) -> CorpusDocument, scope: BuiltOnFirstUse<ScopeIndex>
  ) -> Corpus.DerivedParts {
    let vocabulary = Vocabulary(counting: words.vocabulary)
    words.vocabulary = Vocabulary.Counting()
    words.compounds.finish(vocabulary: vocabulary)
    let foldedText = words.foldedText
    words.foldedText = []

    // The second reading.
    let families = CompoundForms.closedFamilies(vocabulary: vocabulary)
    var firstUses = CompoundForms.FirstUseReading(words: CompoundForms.firstUseWords(of: families))
    var assertions = PolarityIndex.AssertionReading(denials: claims.denials.denials)
    if firstUses.wantsDocuments || assertions.wantsDocuments {
      // In a lock of its own, so the caller may read on another core meanwhile.
      let second = Mutex((firstUses, assertions))
      reread { document in
        second.withLock { reading in
          reading.0.add(document)
          reading.1.add(document)
          return reading.0.wantsDocuments || reading.1.wantsDocuments
        }
      }
      (firstUses, assertions) = second.withLock { reading in
        Self.take(
          &reading, leaving: (CompoundForms.FirstUseReading(words: []), PolarityIndex.AssertionReading(denials: [])))
      }
    }

    let curatedTerms = knowledge.flatMap(\.terms)
    let facts = knowledge.flatMap(\.facts)
    let compoundTerms = CompoundForms.terms(
      scan: words.compounds, vocabulary: vocabulary, foldedText: foldedText, families: families,
      firstUses: firstUses.found, document: document)
    let usedRejected = PhraseOccurrence.used(curatedTerms.flatMap(\.rejected), in: foldedText)
    let otherTerms = DerivedKnowledge.spellingTerms(vocabulary: vocabulary) + words.referenceParts.terms
    let claimIndex = ClaimIndex(
      frames: FrameIndex(entries: claims.frames.entries, titles: claims.frames.titles),
      polarity: PolarityIndex(
        denials: claims.denials.denials, assertions: BuiltOnFirstUse(built: assertions.assertions)),
      scope: scope,
      facts: facts)

    // Curated entries first; a rejected variant the corpora in use actually write is not
    // rejected (two corpora that disagree cancel out, never leave a stale preference behind).
    var terms = curatedTerms.map { term in
      var term = term
      let used = term.rejected.filter { usedRejected.contains(WordForms.folded($0)) }
      term.rejected.removeAll { used.contains($0) }
      term.accepted += used
      return term
    }
    var references = knowledge.flatMap(\.references)
    var acronyms = knowledge.flatMap(\.acronyms)

    // Derived entries fill in what the knowledge file does not say.
    let curatedSpellings = Set(
      terms.flatMap { [$0.preferred] + $0.accepted + $0.rejected + $0.aliases }.map(WordForms.folded))
    for term in compoundTerms + otherTerms
    where !curatedSpellings.contains(WordForms.folded(term.preferred)) {
      var term = term
      term.rejected.removeAll { curatedSpellings.contains(WordForms.folded($0)) }
      if !term.rejected.isEmpty { terms.append(term) }
    }
    let curatedAcronyms = Set(acronyms.map(\.acronym))
    acronyms += words.acronyms.acronyms.filter { !curatedAcronyms.contains($0.acronym) }
    let curatedReferenceKeys = Set(references.map { "\($0.kind):\($0.identifier)" })
    let derivedReferences = words.references.references
    // A curated reference keeps the date the documents give it.
    let derivedDates = Dictionary(
      derivedReferences.compactMap { reference in
        reference.date.map { ("\(reference.kind):\(reference.identifier)", $0) }
      },
      uniquingKeysWith: { first, _ in first })
    for index in references.indices where references[index].date == nil {
      references[index].date = derivedDates["\(references[index].kind):\(references[index].identifier)"]
    }
    references += derivedReferences.filter {
      !curatedReferenceKeys.contains("\($0.kind):\($0.identifier)")
    }

    return Corpus.DerivedParts(
      terms: terms, acronyms: acronyms, references: references, facts: facts, vocabulary: vocabulary,
      claims: claimIndex, acronymNames: words.acronymNames.names,
      acronymsSpelledOut: words.acronyms.spelledOut(among: vocabulary.wordCounts),
      splitWritten: words.compounds.splitWritten, openModifiers: words.compounds.openModifiers,
      nameSpellings: claims.names.finished(vocabulary: vocabulary),
      notes: notes)
  }
}
