/// The analysis core's entry point: checks a draft against a corpus.
public enum Analyzer {
  static let checks: [any Check.Type] = [
    FactConflictCheck.self,
    UnknownReferenceCheck.self,
    TermVariantCheck.self,
    AcronymUndefinedCheck.self,
    NameMisspelledCheck.self,
    QuoteMismatchCheck.self,
  ]

  /// Every finding in `draft`, sorted by position, with suppression comments, rule settings and
  /// accepted words applied.
  public static func findings(in draft: DraftDocument, corpus: Corpus, options: AnalysisOptions = AnalysisOptions())
    -> [Finding]
  {
    let context = CheckContext(draft: draft, corpus: corpus, options: options)
    var findings: [Finding] = []
    for check in checks {
      for var finding in check.findings(in: context) {
        guard let severity = options.severity(of: finding.rule) else { continue }
        if draft.suppressions.suppresses(finding.rule, at: finding.range.lowerBound) { continue }
        if !options.acceptedWords.isEmpty,
          options.acceptedWords.contains(WordForms.folded(draft.text.string(in: finding.range)))
        {
          continue
        }
        finding.severity = severity
        findings.append(finding)
      }
    }
    // One finding per range: when two rules flag the same words, the first rule listed wins.
    var seen = Set<Range<Int>>()
    findings = findings.filter { seen.insert($0.range).inserted }
    return findings.sorted {
      ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
    }
  }
}
