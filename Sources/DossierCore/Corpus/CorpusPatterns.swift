/// Every pattern the block checks look for (term and reference spellings, fact claim phrases,
/// fact subjects) in one trie, so each block's folded text is walked once, not once per table.
struct CorpusPatterns: Sendable {
  /// What a pattern stands for; kept in the low bits of the combined payload.
  enum Kind: Int {
    case term = 0
    case phrase = 1
    case subject = 2
  }

  let automaton: PatternAutomaton

  init(termTable: TermTable, claims: ClaimIndex) {
    var patterns: [(pattern: [UInt8], payload: Int)] = []
    patterns.reserveCapacity(
      termTable.patterns.count + claims.phrasePatterns.count + claims.subjectPatterns.count)
    for (kind, list) in [
      (Kind.term, termTable.patterns), (.phrase, claims.phrasePatterns), (.subject, claims.subjectPatterns),
    ] {
      for (pattern, payload) in list { patterns.append((pattern, payload * 3 + kind.rawValue)) }
    }
    automaton = PatternAutomaton(patterns: patterns)
  }

  /// The matches of one text, grouped by table (terms, then claim phrases, then subjects), each
  /// group in the order its own automaton would give, with payloads indexing that table.
  struct Hits {
    private var matches: [PatternAutomaton.Match]
    private var phraseStart: Int
    private var subjectStart: Int

    init(matches: [PatternAutomaton.Match], phraseStart: Int, subjectStart: Int) {
      self.matches = matches
      self.phraseStart = phraseStart
      self.subjectStart = subjectStart
    }

    var terms: ArraySlice<PatternAutomaton.Match> { matches[..<phraseStart] }
    var phrases: ArraySlice<PatternAutomaton.Match> { matches[phraseStart..<subjectStart] }
    var subjects: ArraySlice<PatternAutomaton.Match> { matches[subjectStart...] }
  }

  func matches(in text: [UInt8]) -> Hits {
    var all = automaton.matches(in: text)
    var counts = (terms: 0, phrases: 0, subjects: 0)
    for match in all {
      switch match.payload % 3 {
      case Kind.term.rawValue: counts.terms += 1
      case Kind.phrase.rawValue: counts.phrases += 1
      default: counts.subjects += 1
      }
    }
    let phraseStart = counts.terms
    let subjectStart = counts.terms + counts.phrases
    // One table only (often): the matches are already grouped; decode them where they are.
    if counts.terms == all.count || counts.phrases == all.count || counts.subjects == all.count {
      for index in all.indices { all[index].payload /= 3 }
      return Hits(matches: all, phraseStart: phraseStart, subjectStart: subjectStart)
    }
    // Otherwise one array, filled group by group (each keeps its order).
    var grouped: [PatternAutomaton.Match] = []
    grouped.reserveCapacity(all.count)
    for kind in [Kind.term, .phrase, .subject] {
      for var match in all where match.payload % 3 == kind.rawValue {
        match.payload /= 3
        grouped.append(match)
      }
    }
    return Hits(matches: grouped, phraseStart: phraseStart, subjectStart: subjectStart)
  }
}

extension Corpus {
  /// The term and reference forms found in a folded text, longest first where they overlap.
  public func termMatches(in text: NormalizedText) -> [(range: Range<Int>, form: TermTable.Form)] {
    termTable.resolve(patterns.matches(in: text.bytes).terms)
  }
}
