import DossierCore
import DossierJSON

/// `--format rdjson`: reviewdog's diagnostic format (`reviewdog -f=rdjson`), with each certain
/// fix as a suggestion reviewdog can post as a suggested change. Columns count UTF-8 bytes, as
/// the format asks.
enum RDJSONFormat {
  static func render(_ reports: [FileReport]) -> String {
    var diagnostics: [JSONValue] = []
    for report in reports {
      for finding in report.findings {
        var diagnostic: JSONObject = [
          "message": .string(message(finding)),
          "location": ["path": .string(report.relativePath), "range": range(finding.range, report)],
          "severity": .string(severity(finding.severity)),
          "code": ["value": .string(finding.rule.rawValue), "url": .string(RuleDocumentation.url(of: finding.rule))],
        ]
        let suggestions = finding.fixes.filter(\.isCertain).flatMap(\.edits).map { edit -> JSONValue in
          ["range": range(edit.range, report), "text": .string(edit.newText)]
        }
        if !suggestions.isEmpty { diagnostic["suggestions"] = .array(suggestions) }
        diagnostics.append(.object(diagnostic))
      }
    }
    let document: JSONValue = [
      "source": ["name": "dossier", "url": .string(SARIFFormat.informationURI)],
      "diagnostics": .array(diagnostics),
    ]
    return document.serialized(pretty: true) + "\n"
  }

  static func message(_ finding: Finding) -> String {
    guard let evidence = finding.evidence.first else { return finding.message }
    return finding.message + "\n(corpus: \(evidence.location))"
  }

  static func range(_ range: Range<Int>, _ report: FileReport) -> JSONValue {
    let start = report.bytePosition(range.lowerBound)
    let end = report.bytePosition(range.upperBound)
    return [
      "start": ["line": .integer(start.line), "column": .integer(start.column)],
      "end": ["line": .integer(end.line), "column": .integer(end.column)],
    ]
  }

  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "ERROR"
    case .warning: "WARNING"
    case .information, .hint: "INFO"
    }
  }
}
