/// Claims the corpus makes with a year or a count, indexed for aligning draft sentences with
/// them. A claim comes from a knowledge-file fact (with the phrases a claim is made with) or is
/// derived from a corpus sentence (with the words on either side of the value as its anchor).
struct ClaimIndex: Sendable {
  struct DerivedClaim: Sendable {
    var kind: ValueExtractor.Value.Kind
    var number: Int
    var left: [String]
    var right: [String]
    var sentenceStems: Set<String>
    var evidence: Evidence
  }

  struct Phrase: Sendable {
    var fact: Int
    /// Content words in the phrase (a one-word phrase needs the subject in the sentence).
    var contentWords: Int
  }

  /// The two content words on one side of a value: (year, left, "power", "nuclear").
  struct AnchorKey: Hashable, Sendable {
    var kind: ValueExtractor.Value.Kind
    var isLeft: Bool
    var first: String
    var second: String

    /// True for either anchor word.
    func contains(_ word: String) -> Bool { word == first || word == second }
  }

  let derived: [DerivedClaim]
  /// Anchor → claim indices.
  let anchorIndex: [AnchorKey: [Int]]
  /// Knowledge-file claim phrases.
  let phrases: [Phrase]
  /// The phrase and subject patterns (claim phrase → phrase index; subject → fact index), matched
  /// through the corpus's one trie (`CorpusPatterns`).
  let phrasePatterns: [(pattern: [UInt8], payload: Int)]
  let subjectPatterns: [(pattern: [UInt8], payload: Int)]
  /// Per fact: the folded words of its subject and aliases.
  let subjectWords: [Set<String>]
  var derivedCount: Int { derived.count }

  init(documents: [CorpusDocument], facts: [Fact]) {
    var derived: [DerivedClaim] = []
    for document in documents {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() where paragraph.isRunningProse {
        let prose = paragraph.prose
        for (sentenceIndex, sentence) in prose.sentences.enumerated() {
          let values = ValueExtractor.values(in: prose, sentence: sentence)
          guard !values.isEmpty else { continue }
          let stems = Self.contentStems(prose, sentence)
          for value in values {
            let (left, right) = Self.anchors(prose, sentence, value.token)
            derived.append(
              DerivedClaim(
                kind: value.kind, number: value.number, left: left, right: right, sentenceStems: stems,
                evidence: document.evidence(paragraph: paragraphIndex, sentence: sentenceIndex)))
          }
        }
      }
    }
    var anchorIndex: [AnchorKey: [Int]] = [:]
    for (index, claim) in derived.enumerated() {
      for key in Self.anchorKeys(kind: claim.kind, left: claim.left, right: claim.right) {
        anchorIndex[key, default: []].append(index)
      }
    }
    self.derived = derived
    self.anchorIndex = anchorIndex

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
    self.subjectWords = facts.map(FactConflictCheck.subjectWords(of:))
  }

  static func contentStems(_ prose: ProseText, _ sentence: Range<Int>) -> Set<String> {
    Set(contentStemList(prose, sentence))
  }

  /// The same as a list (repeats kept): a draft sentence's stems are only searched a few times,
  /// so listing them beats hashing each one into a set.
  static func contentStemList(_ prose: ProseText, _ sentence: Range<Int>) -> [String] {
    prose.tokens.withUnsafeBufferPointer { tokens in
      var stems: [String] = []
      stems.reserveCapacity(sentence.count)
      for index in sentence where tokens[index].kind == .word && !tokens[index].wordClasses.contains(.function) {
        stems.append(WordForms.stem(of: tokens[index]))
      }
      return stems
    }
  }

  /// Up to two content-word stems on each side of the value, within its clause.
  static func anchors(_ prose: ProseText, _ sentence: Range<Int>, _ token: Int) -> (left: [String], right: [String]) {
    func collect(_ indices: some Sequence<Int>) -> [String] {
      var words: [String] = []
      for index in indices {
        let token = prose.tokens[index]
        if token.kind == .punctuation {
          if FactConflictCheck.clauseBreaks.contains(token) { break }
          continue
        }
        if token.kind == .number { break }
        if token.wordClasses.contains(.function) { continue }
        words.append(WordForms.stem(of: token))
        if words.count == 2 { break }
      }
      return words
    }
    let left = collect(stride(from: token - 1, through: sentence.lowerBound, by: -1))
    let right = collect((token + 1)..<sentence.upperBound)
    return (left, right)
  }

  static func anchorKeys(kind: ValueExtractor.Value.Kind, left: [String], right: [String]) -> [AnchorKey] {
    var keys: [AnchorKey] = []
    if left.count == 2 { keys.append(AnchorKey(kind: kind, isLeft: true, first: left[0], second: left[1])) }
    if right.count == 2 { keys.append(AnchorKey(kind: kind, isLeft: false, first: right[0], second: right[1])) }
    return keys
  }
}
