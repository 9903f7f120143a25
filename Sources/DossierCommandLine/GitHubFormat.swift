import DossierCore

/// `--format github`: workflow commands that GitHub Actions shows as annotations.
enum GitHubFormat {
  static func render(_ reports: [FileReport]) -> String {
    var output = ""
    for report in reports {
      for finding in report.findings {
        let start = report.position(finding.range.lowerBound)
        let end = report.position(finding.range.upperBound)
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .information, .hint: command = "notice"
        }
        var message = finding.message
        if let evidence = finding.evidence.first {
          message += "\n(corpus: \(evidence.path):\(evidence.line))"
        }
        let properties = [
          "file=\(escapeProperty(report.path))", "line=\(start.line)", "col=\(start.column)",
          "endLine=\(end.line)", "endColumn=\(end.column)",
          "title=\(escapeProperty("dossier " + finding.rule.rawValue))",
        ]
        output += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
      }
    }
    return output
  }

  static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
