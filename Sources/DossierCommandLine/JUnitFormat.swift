import DossierCore

/// `--format junit`: a JUnit XML test report, as GitLab, Jenkins and most CI servers read one:
/// a test suite per draft, a failing test case per finding (a draft without findings has one
/// passing case, so a clean run still shows what was checked).
enum JUnitFormat {
  static func render(_ reports: [FileReport]) -> String {
    let total = reports.reduce(0) { $0 + max(1, $1.findings.count) }
    let failures = reports.reduce(0) { $0 + $1.findings.count }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"dossier\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"0\">\n"
    for report in reports {
      let path = escape(report.relativePath)
      xml += "  <testsuite name=\"\(path)\" tests=\"\(max(1, report.findings.count))\" "
      xml += "failures=\"\(report.findings.count)\" errors=\"0\">\n"
      if report.findings.isEmpty {
        xml += "    <testcase name=\"no findings\" classname=\"\(path)\" file=\"\(path)\"/>\n"
      }
      for finding in report.findings {
        let start = report.position(finding.range.lowerBound)
        let rule = finding.rule.rawValue
        xml += "    <testcase name=\"\(rule) at \(start.line):\(start.column)\" classname=\"\(path)\" "
        xml += "file=\"\(path)\" line=\"\(start.line)\">\n"
        var body = "\(report.relativePath):\(start.line):\(start.column): \(finding.message) [\(rule)]"
        for evidence in finding.evidence {
          body += "\ncorpus: \(evidence.location): \"\(Corpus.shorten(evidence.quote))\""
        }
        xml += "      <failure type=\"\(rule)\" message=\"\(escape(finding.message))\">\(escape(body))</failure>\n"
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  /// Text and attribute values with XML's five special characters escaped, and the control
  /// characters XML 1.0 cannot hold dropped.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\n": escaped += "&#10;"
      case "\t", "\r": escaped.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
