import DossierCore
import DossierJSON

/// `--format json`: the stable, versioned schema downstream tools read. Written straight into
/// bytes (a report of a large draft runs to hundreds of kilobytes).
enum JSONFormat {
  static func render(_ reports: [FileReport]) -> String {
    String(decoding: renderBytes(reports), as: UTF8.self)
  }

  static func renderBytes(_ reports: [FileReport]) -> [UInt8] {
    // About 1.3 KB per finding, pretty-printed.
    let findings = reports.reduce(0) { $0 + $1.findings.count }
    var json = JSONStreamWriter(pretty: true, capacity: 1024 + 1536 * findings)
    json.beginObject()
    json.member("version", 1)
    json.key("files")
    json.beginArray()
    for report in reports {
      json.beginObject()
      json.member("path", report.path)
      json.key("diagnostics")
      json.beginArray()
      for finding in report.findings { diagnostic(finding, report, into: &json) }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    var bytes = json.bytes
    bytes.append(0x0A)
    return bytes
  }

  static func range(_ range: Range<Int>, _ report: FileReport, into json: inout JSONStreamWriter) {
    func position(_ key: String, _ offset: Int) {
      let position = report.position(offset)
      json.key(key)
      json.beginObject()
      json.member("line", position.line)
      json.member("column", position.column)
      json.endObject()
    }
    json.beginObject()
    position("start", range.lowerBound)
    position("end", range.upperBound)
    json.endObject()
  }

  /// One finding as an object; `path`, when given, comes first (`--format json-lines`).
  static func diagnostic(
    _ finding: Finding, _ report: FileReport, into json: inout JSONStreamWriter, path: String? = nil
  ) {
    json.beginObject()
    if let path { json.member("path", path) }
    json.member("rule", finding.rule.rawValue)
    json.member("severity", finding.severity.rawValue)
    json.member("message", finding.message)
    json.key("range")
    range(finding.range, report, into: &json)
    json.key("evidence")
    json.beginArray()
    for evidence in finding.evidence {
      json.beginObject()
      json.member("path", evidence.path)
      json.member("line", evidence.line)
      if let page = evidence.page { json.member("page", page) }
      json.member("quote", evidence.quote)
      json.endObject()
    }
    json.endArray()
    json.key("fixes")
    json.beginArray()
    for fix in finding.fixes {
      json.beginObject()
      json.member("title", fix.title)
      json.key("certain")
      json.bool(fix.isCertain)
      json.key("edits")
      json.beginArray()
      for edit in fix.edits {
        json.beginObject()
        json.key("range")
        range(edit.range, report, into: &json)
        json.member("newText", edit.newText)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }
}
