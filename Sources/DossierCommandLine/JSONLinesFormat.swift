import DossierCore
import DossierJSON

/// `--format json-lines`: one finding per line, as a compact JSON object: the `json` format's
/// diagnostic with the draft's `path` first. Streams: each line stands alone.
enum JSONLinesFormat {
  static func render(_ reports: [FileReport]) -> String {
    var output = ""
    for report in reports {
      for finding in report.findings {
        var json = JSONStreamWriter(pretty: false, capacity: 1024)
        JSONFormat.diagnostic(finding, report, into: &json, path: report.path)
        output += String(decoding: json.bytes, as: UTF8.self) + "\n"
      }
    }
    return output
  }
}
