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
          message += "\n(corpus: \(evidence.location))"
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
    text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
      .replacingAll("\n", with: "%0A")
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }
}
