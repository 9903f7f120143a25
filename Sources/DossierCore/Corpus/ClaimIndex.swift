/// Claims the corpus makes with a value, indexed for aligning draft sentences with them: the
/// knowledge file's facts (with the phrases a claim is made with) and the claim frames of every
/// corpus sentence (`FrameIndex`).
struct ClaimIndex: Sendable {
  struct Phrase: Sendable {
    var fact: Int
    /// Content words in the phrase (a one-word phrase needs the subject in the sentence).
    var contentWords: Int
  }

  /// The frames of every value the corpus's running prose states.
  let frames: FrameIndex
  /// The clauses the corpus denies (see `PolarityIndex`).
  let polarity: PolarityIndex
  /// The lists and universal statements the corpus makes (see `ScopeIndex`), read only for a
  /// draft sentence with an exclusive marker ("only", "solely"): built when one first asks.
  var scope: ScopeIndex { builtScope.value }
  /// The scope index, without keeping it when it was not built yet (writing the compiled index
  /// needs it once; a corpus that keeps serving seldom does).
  func scope(building documents: CorpusDocuments) -> ScopeIndex {
    builtScope.valueIfBuilt ?? ScopeIndex(documents: documents)
  }
  private let builtScope: BuiltOnFirstUse<ScopeIndex>
  /// Knowledge-file claim phrases.
  let phrases: [Phrase]
  /// The phrase and subject patterns (claim phrase → phrase index; subject → fact index), matched
  /// through the corpus's one trie (`CorpusPatterns`).
  let phrasePatterns: [(pattern: [UInt8], payload: Int)]
  let subjectPatterns: [(pattern: [UInt8], payload: Int)]
  /// Per fact: the folded words of its subject and aliases.
  let subjectWords: [Set<String>]
  var derivedCount: Int { frames.entries.count }

  /// The index of `frames` and `polarity` (read from the documents, or from the compiled corpus
  /// index) and of the knowledge file's `facts`; the scope index is read from `scopeDocuments`
  /// when first asked.
  init(frames: FrameIndex, polarity: PolarityIndex, scopeDocuments: CorpusDocuments, facts: [Fact]) {
    self.init(
      frames: frames, polarity: polarity, scope: BuiltOnFirstUse { ScopeIndex(documents: scopeDocuments) }, facts: facts
    )
  }

  /// The same, with the scope index built (or read) by `scope` when first asked.
  init(frames: FrameIndex, polarity: PolarityIndex, scope: BuiltOnFirstUse<ScopeIndex>, facts: [Fact]) {
    self.frames = frames
    self.polarity = polarity
    self.builtScope = scope

    var phrases: [Phrase] = []
    var patterns: [(pattern: [UInt8], payload: Int)] = []
    var subjects: [(pattern: [UInt8], payload: Int)] = []
    for (factIndex, fact) in facts.enumerated() {
      for claim in fact.claim {
        let folded = WordForms.folded(claim)
        let content = folded.split(separator: " ").filter { !WordForms.isFunctionWord(String($0)) }.count
        patterns.append((Array(folded.utf8), phrases.count))
        phrases.append(Phrase(fact: factIndex, contentWords: content))
      }
      for subject in [fact.subject] + fact.subjectAliases {
        subjects.append((Array(WordForms.folded(subject).utf8), factIndex))
      }
    }
    self.phrases = phrases
    self.phrasePatterns = patterns
    self.subjectPatterns = subjects
    self.subjectWords = facts.map(FactReading.words(of:))
  }
}
