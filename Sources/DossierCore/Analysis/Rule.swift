/// The stable identifiers of Dossier's checks. Rule ids appear in output, configuration and
/// suppression comments, so they never change once published.
public enum Rule: String, CaseIterable, Sendable, Hashable, Comparable {
  case factConflict = "fact-conflict"
  case unknownReference = "unknown-reference"
  case termVariant = "term-variant"
  case acronymUndefined = "acronym-undefined"
  case nameMisspelled = "name-misspelled"
  case quoteMismatch = "quote-mismatch"

  /// The severity a finding of this rule has unless configuration says otherwise.
  public var defaultSeverity: Severity {
    switch self {
    case .factConflict: .error
    default: .warning
    }
  }

  /// One line saying what the rule finds, for `--help`, README and hovers.
  public var summary: String {
    switch self {
    case .factConflict: "a claim that contradicts a corpus fact: wrong year, count, identifier or relation"
    case .unknownReference: "a formal reference (executive order, resolution, named agreement) the corpus does not know"
    case .termVariant: "a variant of a term the corpus uses consistently"
    case .acronymUndefined: "an acronym used before or without its expansion in the draft"
    case .nameMisspelled: "a near miss of a proper noun the corpus spells consistently"
    case .quoteMismatch: "quoted text that differs from the corpus passage it quotes"
    }
  }

  public static func < (lhs: Rule, rhs: Rule) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// How serious a finding is. Ordered from least to most serious.
public enum Severity: String, CaseIterable, Sendable, Hashable, Comparable {
  case hint
  case information
  case warning
  case error

  private var rank: Int {
    switch self {
    case .hint: 0
    case .information: 1
    case .warning: 2
    case .error: 3
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
