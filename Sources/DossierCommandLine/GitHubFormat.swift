import DossierCore

/// `--format github`: workflow commands that GitHub Actions shows as annotations.
enum GitHubFormat {
  static func render(_ reports: [FileReport]) -> String {
    var output = ""
    for report in reports {
      for finding in report.findings {
        let start = report.position(finding.range.lowerBound)
        let end = report.position(finding.range.upperBound)
        let command = command(finding.severity)
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

  /// GitHub shows at most this many annotations of each kind (error, warning, notice) per step.
  static let annotationsShown = 10

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "notice"
    }
  }

  /// A line for the log saying how many annotations GitHub will not show, or nil when it shows
  /// them all.
  static func hiddenNote(_ reports: [FileReport]) -> String? {
    var counts: [String: Int] = [:]
    for report in reports {
      for finding in report.findings { counts[command(finding.severity), default: 0] += 1 }
    }
    let hidden = ["error", "warning", "notice"].compactMap { kind -> String? in
      let count = counts[kind] ?? 0
      guard count > annotationsShown else { return nil }
      let more = count - annotationsShown
      return "\(more) \(kind)\(more == 1 ? "" : "s")"
    }
    guard !hidden.isEmpty else { return nil }
    return "dossier: GitHub shows \(annotationsShown) annotations of each kind per step; "
      + "\(hidden.joined(separator: ", ")) \(hidden.count == 1 && hidden[0].hasPrefix("1 ") ? "is" : "are") "
      + "not shown as annotations (every finding is in the log above"
      + " and in the job summary)"
  }

  /// The findings as a Markdown table for `$GITHUB_STEP_SUMMARY` (at most `limit` rows).
  static func summary(_ reports: [FileReport], limit: Int = 1_000) -> String {
    let total = reports.reduce(0) { $0 + $1.findings.count }
    var markdown = "## Dossier\n\n\(TextFormat.summary(reports))\n"
    guard total > 0 else { return markdown + "\n" }
    markdown += "\n| File | Line | Rule | Message |\n|---|---:|---|---|\n"
    var rows = 0
    for report in reports {
      for finding in report.findings {
        guard rows < limit else { break }
        rows += 1
        let line = report.position(finding.range.lowerBound).line
        markdown +=
          "| \(cell(report.relativePath)) | \(line) | \(finding.rule.rawValue) | \(cell(finding.message)) |\n"
      }
    }
    if total > rows { markdown += "\n\(total - rows) more findings are in the log.\n" }
    return markdown + "\n"
  }

  /// Text for a table cell: "|" escaped, line breaks as spaces.
  static func cell(_ text: String) -> String {
    text.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
      .replacingAll("\r", with: " ")
  }

  static func escapeData(_ text: String) -> String {
    text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
      .replacingAll("\n", with: "%0A")
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }
}
