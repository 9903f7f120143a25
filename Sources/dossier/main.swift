import DossierCore
import Foundation

// Interim driver (replaced by DossierCommandLine): dossier lint --format json PATH...
var files: [String] = []
for argument in CommandLine.arguments.dropFirst() where !argument.hasPrefix("-") && argument != "lint" && argument != "json" && argument != "never" {
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
    for name in try FileManager.default.contentsOfDirectory(atPath: argument).sorted() where name.hasSuffix(".md") {
      files.append(argument + "/" + name)
    }
  } else {
    files.append(argument)
  }
}
var out: [String] = []
for file in files {
  let data = FileManager.default.contents(atPath: file) ?? Data()
  let text = SourceText(bytes: [UInt8](data))
  let draft = DraftDocument(text: text, format: DraftFormat(fileName: file))
  let findings = Analyzer.findings(in: draft, corpus: Corpus.embedded)
  var diags: [String] = []
  for finding in findings {
    let start = text.position(of: finding.range.lowerBound, in: .scalar)
    let end = text.position(of: finding.range.upperBound, in: .scalar)
    let message = finding.message.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    diags.append("{\"rule\":\"\(finding.rule.rawValue)\",\"severity\":\"\(finding.severity.rawValue)\",\"message\":\"\(message)\",\"range\":{\"start\":{\"line\":\(start.line + 1),\"column\":\(start.column + 1)},\"end\":{\"line\":\(end.line + 1),\"column\":\(end.column + 1)}}}")
  }
  out.append("{\"path\":\"\(file)\",\"diagnostics\":[\(diags.joined(separator: ","))]}")
}
print("{\"version\":1,\"files\":[\(out.joined(separator: ","))]}")
