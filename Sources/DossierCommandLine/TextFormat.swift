import DossierCore

/// `--format text`: `path:line:col: severity: message [rule]` and the evidence below it.
enum TextFormat {
  static func render(_ reports: [FileReport], color: Bool, quiet: Bool) -> String {
    var output = ""
    for report in reports {
      for finding in report.findings {
        let start = report.position(finding.range.lowerBound)
        let severity = paint(finding.severity.rawValue, code: colorCode(finding.severity), color)
        let location = paint("\(report.path):\(start.line):\(start.column)", code: "1", color)
        output += "\(location): \(severity): \(finding.message) [\(finding.rule.rawValue)]\n"
        if !quiet {
          for evidence in finding.evidence.prefix(2) {
            output +=
              paint(
                "    corpus: \(evidence.location): \"\(Corpus.shorten(evidence.quote, limit: 120))\"",
                code: "2", color) + "\n"
          }
        }
      }
    }
    return output
  }

  static func summary(_ reports: [FileReport]) -> String {
    let findings = reports.flatMap(\.findings)
    if findings.isEmpty { return "no findings in \(reports.count) file\(reports.count == 1 ? "" : "s")" }
    var parts: [String] = []
    for severity in Severity.allCases.reversed() {
      let count = findings.filter { $0.severity == severity }.count
      if count > 0 { parts.append("\(count) \(severity.rawValue)\(count == 1 ? "" : "s")") }
    }
    let files = reports.filter { !$0.findings.isEmpty }.count
    return "\(parts.joined(separator: ", ")) in \(files) file\(files == 1 ? "" : "s")"
  }

  static func colorCode(_ severity: Severity) -> String {
    switch severity {
    case .error: "31;1"
    case .warning: "33;1"
    case .information: "34;1"
    case .hint: "36"
    }
  }

  static func paint(_ text: String, code: String, _ enabled: Bool) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
