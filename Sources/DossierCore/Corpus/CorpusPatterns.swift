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

  /// The matches of each table in `text`, each in the order its own automaton would give.
  func matches(in text: [UInt8]) -> (
    terms: [PatternAutomaton.Match], phrases: [PatternAutomaton.Match], subjects: [PatternAutomaton.Match]
  ) {
    let all = automaton.matches(in: text)
    // Sized once: growing three arrays match by match cost more than the split itself.
    var counts = (terms: 0, phrases: 0, subjects: 0)
    for match in all {
      switch match.payload % 3 {
      case Kind.term.rawValue: counts.terms += 1
      case Kind.phrase.rawValue: counts.phrases += 1
      default: counts.subjects += 1
      }
    }
    var terms: [PatternAutomaton.Match] = []
    var phrases: [PatternAutomaton.Match] = []
    var subjects: [PatternAutomaton.Match] = []
    terms.reserveCapacity(counts.terms)
    phrases.reserveCapacity(counts.phrases)
    subjects.reserveCapacity(counts.subjects)
    for var match in all {
      let kind = match.payload % 3
      match.payload /= 3
      switch kind {
      case Kind.term.rawValue: terms.append(match)
      case Kind.phrase.rawValue: phrases.append(match)
      default: subjects.append(match)
      }
    }
    return (terms, phrases, subjects)
  }
}

extension Corpus {
  /// The term and reference forms found in a folded text, longest first where they overlap.
  public func termMatches(in text: NormalizedText) -> [(range: Range<Int>, form: TermTable.Form)] {
    termTable.resolve(patterns.matches(in: text.bytes).terms)
  }
}
