/// Every spelling of every term and reference the corpus knows. Their patterns go into the
/// corpus's one trie (`CorpusPatterns`), so a draft block is matched against all of them, and the
/// fact phrases and subjects, in a single pass.
public struct TermTable: Sendable {
  public enum Status: Sendable, Hashable {
    case preferred
    case accepted
    case alias
    case rejected

    /// Which of two entries spelt the same way is meant: the one preferring the spelling first.
    var rank: Int {
      switch self {
      case .preferred: 0
      case .accepted: 1
      case .alias: 2
      case .rejected: 3
      }
    }
  }

  public enum Entry: Sendable, Hashable {
    case term(Int)
    case reference(Int)
  }

  public struct Form: Sendable, Hashable {
    public var entry: Entry
    public var spelling: String
    public var status: Status
    /// The plural of the entry's spelling ("programmes" of "programme"), made here.
    public var isPlural = false
  }

  /// The regular plural of a spelling: "-es" after "s", "x", "sh" and "ch", else "-s".
  static func plural(of spelling: String) -> String {
    spelling.hasSuffix("s") || spelling.hasSuffix("x") || spelling.hasSuffix("sh") || spelling.hasSuffix("ch")
      ? spelling + "es" : spelling + "s"
  }

  public let forms: [Form]
  /// The folded spelling of each form, with the form's index as payload.
  let patterns: [(pattern: [UInt8], payload: Int)]

  init(terms: [Term], references: [Reference]) {
    var forms: [Form] = []
    func add(_ spelling: String, _ entry: Entry, _ status: Status, plural: Bool) {
      forms.append(Form(entry: entry, spelling: spelling, status: status))
      // Plurals of single lower-case words ("programmes"). (Not a rejected "analyse"'s:
      // "analyses" is the plural of "analysis" in both spellings.)
      if plural, !spelling.contains(" "), spelling.last?.isLetter == true, spelling.first?.isLowercase == true,
        status != .rejected || !spelling.hasSuffix("yse")
      {
        forms.append(Form(entry: entry, spelling: Self.plural(of: spelling), status: status, isPlural: true))
      }
    }
    for (index, term) in terms.enumerated() {
      add(term.preferred, .term(index), .preferred, plural: true)
      for alias in term.aliases { add(alias, .term(index), .alias, plural: false) }
      for accepted in term.accepted { add(accepted, .term(index), .accepted, plural: true) }
      for rejected in term.rejected { add(rejected, .term(index), .rejected, plural: true) }
    }
    for (index, reference) in references.enumerated() {
      add(reference.preferred, .reference(index), .preferred, plural: false)
      for accepted in reference.accepted { add(accepted, .reference(index), .accepted, plural: false) }
      for rejected in reference.rejected { add(rejected, .reference(index), .rejected, plural: false) }
    }
    self.forms = forms
    self.patterns = forms.enumerated().map { (Array(WordForms.folded($0.element.spelling).utf8), $0.offset) }
  }

  /// The rejected variants `resolve` leaves out because they begin inside the words of an
  /// earlier match of a spelling the corpus uses and run past it ("mortgage backed" in "agency
  /// mortgage backed securities", after the corpus's "agency mortgage"): a variant still, in
  /// words the other match does not explain. In order, none inside another.
  func overlappingVariants(
    _ matches: ArraySlice<PatternAutomaton.Match>, resolved: [(range: Range<Int>, form: Form)]
  ) -> [(range: Range<Int>, form: Form)] {
    var result: [(range: Range<Int>, form: Form)] = []
    var next = resolved.startIndex
    let rejected = matches.filter { forms[$0.payload].status == .rejected }
    for match in rejected.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      while next < resolved.endIndex, resolved[next].range.upperBound <= match.range.lowerBound { next += 1 }
      guard next < resolved.endIndex, case let covering = resolved[next],
        covering.range.lowerBound < match.range.lowerBound, covering.range.upperBound < match.range.upperBound,
        covering.form.status != .rejected,
        // (Not where a later match covers its end: that one is read on its own.)
        next + 1 == resolved.endIndex || resolved[next + 1].range.lowerBound >= match.range.upperBound,
        result.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true
      else { continue }
      result.append((match.range, forms[match.payload]))
    }
    return result
  }

  /// Forms for raw matches of `patterns`: leftmost first, and the longest where they overlap (so
  /// "Executive Order No. 13382" wins over a shorter form inside it).
  func resolve(_ matches: ArraySlice<PatternAutomaton.Match>) -> [(range: Range<Int>, form: Form)] {
    func precedes(_ a: PatternAutomaton.Match, _ b: PatternAutomaton.Match) -> Bool {
      a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound : a.range.count > b.range.count
    }
    // Matches that do not overlap (nearly always) come in this order already: no sort, no copy.
    let inOrder = matches.indices.dropFirst().allSatisfy { !precedes(matches[$0], matches[$0 - 1]) }
    let all = inOrder ? matches : ArraySlice(matches.sorted(by: precedes))
    var result: [(range: Range<Int>, form: Form)] = []
    result.reserveCapacity(all.count)
    var coveredUntil = 0
    for match in all {
      // The same words spell two entries ("New Delhi", a term of its own and another's alias):
      // the entry that prefers this spelling is meant.
      if let last = result.last, last.range == match.range {
        if forms[match.payload].status.rank < last.form.status.rank {
          result[result.count - 1] = (match.range, forms[match.payload])
        }
        continue
      }
      guard match.range.lowerBound >= coveredUntil else { continue }
      result.append((match.range, forms[match.payload]))
      coveredUntil = match.range.upperBound
    }
    return result
  }
}
