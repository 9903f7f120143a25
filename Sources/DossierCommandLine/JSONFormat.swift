import DossierCore
import DossierJSON

/// `--format json`: the stable, versioned schema downstream tools read.
enum JSONFormat {
  static func render(_ reports: [FileReport]) -> String {
    let files: [JSONValue] = reports.map { report in
      .object([
        "path": .string(report.path),
        "diagnostics": .array(report.findings.map { diagnostic($0, report) }),
      ])
    }
    return JSONValue.object(["version": 1, "files": .array(files)]).serialized(pretty: true) + "\n"
  }

  static func range(_ range: Range<Int>, _ report: FileReport) -> JSONValue {
    let start = report.position(range.lowerBound)
    let end = report.position(range.upperBound)
    return [
      "start": ["line": .integer(start.line), "column": .integer(start.column)],
      "end": ["line": .integer(end.line), "column": .integer(end.column)],
    ]
  }

  static func diagnostic(_ finding: Finding, _ report: FileReport) -> JSONValue {
    [
      "rule": .string(finding.rule.rawValue),
      "severity": .string(finding.severity.rawValue),
      "message": .string(finding.message),
      "range": range(finding.range, report),
      "evidence": .array(
        finding.evidence.map { ["path": .string($0.path), "line": .integer($0.line), "quote": .string($0.quote)] }),
      "fixes": .array(
        finding.fixes.map { fix in
          [
            "title": .string(fix.title),
            "certain": .bool(fix.isCertain),
            "edits": .array(fix.edits.map { ["range": range($0.range, report), "newText": .string($0.newText)] }),
          ]
        }),
    ]
  }
}
