/// What a caller can change about an analysis: which rules run, at which severity, and which
/// words the writer accepts.
public struct AnalysisOptions: Sendable, Hashable {
  /// Severity per rule; a rule mapped to nil is off. Rules not in the map use their default.
  public var severities: [Rule: Severity?]
  /// Words and phrases never reported (case-insensitive, as folded text).
  public var acceptedWords: Set<String>

  public init(severities: [Rule: Severity?] = [:], acceptedWords: Set<String> = []) {
    self.severities = severities
    self.acceptedWords = acceptedWords
  }

  /// The severity `rule` reports at, or nil when the rule is off.
  public func severity(of rule: Rule) -> Severity? {
    if let configured = severities[rule] { return configured }
    return rule.defaultSeverity
  }
}
