import DossierCore
import DossierJSON

/// `--format gitlab`: a GitLab Code Quality report (`artifacts: reports: codequality:`), a JSON
/// array of issues with a fingerprint unique in the report (GitLab shows one issue per
/// fingerprint) that survives lines moving, so the merge request widget shows what is new.
enum GitLabFormat {
  static func render(_ reports: [FileReport]) -> String {
    let fingerprints = FileReport.uniqueFingerprints(reports)
    var issues: [JSONValue] = []
    for (reportIndex, report) in reports.enumerated() {
      for (index, finding) in report.findings.enumerated() {
        let start = report.position(finding.range.lowerBound)
        let end = report.position(finding.range.upperBound)
        var description = finding.message
        if let evidence = finding.evidence.first { description += " (corpus: \(evidence.location))" }
        issues.append([
          "type": "issue",
          "check_name": .string("dossier/\(finding.rule.rawValue)"),
          "description": .string(description),
          "categories": ["Style"],
          "severity": .string(severity(finding.severity)),
          "fingerprint": .string(fingerprints[reportIndex][index]),
          "location": [
            "path": .string(report.relativePath),
            "positions": [
              "begin": ["line": .integer(start.line), "column": .integer(start.column)],
              "end": ["line": .integer(end.line), "column": .integer(end.column)],
            ],
          ],
        ])
      }
    }
    return JSONValue.array(issues).serialized(pretty: true) + "\n"
  }

  /// GitLab's scale is info, minor, major, critical, blocker.
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "major"
    case .warning: "minor"
    case .information, .hint: "info"
    }
  }
}
