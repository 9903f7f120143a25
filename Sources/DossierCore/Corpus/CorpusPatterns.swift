/// Every pattern the block checks look for (term and reference spellings, fact claim phrases,
/// fact subjects, the forms of predicates the corpus denies) in one trie, so each block's folded text is walked once, not once per table.
struct CorpusPatterns: Sendable {
  /// What a pattern stands for; kept in the low bits of the combined payload.
  enum Kind: Int {
    case term = 0
    case phrase = 1
    case subject = 2
    /// A form of a predicate the corpus denies (`PolarityIndex.cuePatterns`).
    case cue = 3
  }

  static let kinds = 4

  let automaton: PatternAutomaton

  init(termTable: TermTable, claims: ClaimIndex) {
    var patterns: [(pattern: [UInt8], payload: Int)] = []
    patterns.reserveCapacity(
      termTable.patterns.count + claims.phrasePatterns.count + claims.subjectPatterns.count
        + claims.polarity.cuePatterns.count)
    for (kind, list) in [
      (Kind.term, termTable.patterns), (.phrase, claims.phrasePatterns), (.subject, claims.subjectPatterns),
      (.cue, claims.polarity.cuePatterns),
    ] {
      for (pattern, payload) in list { patterns.append((pattern, payload * Self.kinds + kind.rawValue)) }
    }
    automaton = PatternAutomaton(patterns: patterns)
  }

  /// The matches of one text, grouped by table (terms, claim phrases, subjects, cues), each
  /// group in the order its own automaton would give, with payloads indexing that table.
  struct Hits {
    private var matches: [PatternAutomaton.Match]
    private var phraseStart: Int
    private var subjectStart: Int
    private var cueStart: Int

    init(matches: [PatternAutomaton.Match], phraseStart: Int, subjectStart: Int, cueStart: Int) {
      self.matches = matches
      self.phraseStart = phraseStart
      self.subjectStart = subjectStart
      self.cueStart = cueStart
    }

    var terms: ArraySlice<PatternAutomaton.Match> { matches[..<phraseStart] }
    var phrases: ArraySlice<PatternAutomaton.Match> { matches[phraseStart..<subjectStart] }
    var subjects: ArraySlice<PatternAutomaton.Match> { matches[subjectStart..<cueStart] }
    var cues: ArraySlice<PatternAutomaton.Match> { matches[cueStart...] }
  }

  func matches(in text: [UInt8]) -> Hits {
    var all = automaton.matches(in: text)
    var counts = [0, 0, 0, 0]
    for match in all { counts[match.payload % Self.kinds] += 1 }
    let phraseStart = counts[0]
    let subjectStart = phraseStart + counts[1]
    let cueStart = subjectStart + counts[2]
    // One table only (often): the matches are already grouped; decode them where they are.
    if counts.contains(all.count) {
      for index in all.indices { all[index].payload /= Self.kinds }
      return Hits(matches: all, phraseStart: phraseStart, subjectStart: subjectStart, cueStart: cueStart)
    }
    // Otherwise one array, filled group by group (each keeps its order).
    var grouped: [PatternAutomaton.Match] = []
    grouped.reserveCapacity(all.count)
    for kind in [Kind.term, .phrase, .subject, .cue] {
      for var match in all where match.payload % Self.kinds == kind.rawValue {
        match.payload /= Self.kinds
        grouped.append(match)
      }
    }
    return Hits(matches: grouped, phraseStart: phraseStart, subjectStart: subjectStart, cueStart: cueStart)
  }
}

extension Corpus {
  /// The term and reference forms found in a folded text, longest first where they overlap.
  public func termMatches(in text: NormalizedText) -> [(range: Range<Int>, form: TermTable.Form)] {
    termTable.resolve(patterns.matches(in: text.bytes).terms)
  }
}
