import Dispatch
import DossierCore
import DossierJSON
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it.
enum SARIFFormat {
  static let informationURI = RuleDocumentation.repository + "#readme"

  /// Where relative locations start: the folder `lint` ran in. Evidence from the embedded
  /// corpus is relative to a base of its own, which has no place on disk.
  static let sourceRoot = "%SRCROOT%"
  static let embeddedCorpus = "EMBEDDEDCORPUS"

  static func render(_ reports: [FileReport]) -> String {
    let rules: [JSONValue] = Rule.allCases.map { rule in
      let documentation = RuleDocumentation.of(rule)
      return [
        "id": .string(rule.rawValue),
        "name": .string(
          rule.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
        "shortDescription": ["text": .string(rule.summary)],
        "fullDescription": ["text": .string(documentation.description)],
        "help": ["text": .string(documentation.text), "markdown": .string(documentation.markdown)],
        "helpUri": .string(RuleDocumentation.url(of: rule)),
        "defaultConfiguration": ["level": .string(level(rule.defaultSeverity))],
      ]
    }
    var results: [JSONValue] = []
    let fingerprints = FileReport.uniqueFingerprints(reports)
    for (reportIndex, report) in reports.enumerated() {
      for (findingIndex, finding) in report.findings.enumerated() {
        var result: JSONObject = [
          "ruleId": .string(finding.rule.rawValue),
          "ruleIndex": .integer(Rule.allCases.firstIndex(of: finding.rule) ?? 0),
          "level": .string(level(finding.severity)),
          "message": ["text": .string(finding.message)],
          "locations": [["physicalLocation": physicalLocation(report.path, region(finding.range, report))]],
          "partialFingerprints": ["dossierFinding/v1": .string(fingerprints[reportIndex][findingIndex])],
        ]
        if !finding.evidence.isEmpty {
          result["relatedLocations"] = .array(
            finding.evidence.enumerated().map { index, evidence in
              [
                "id": .integer(index + 1),
                "message": ["text": .string("corpus: \(Corpus.shorten(evidence.quote))")],
                "physicalLocation": physicalLocation(
                  evidence.path, ["startLine": .integer(evidence.line)],
                  base: evidence.folder == nil ? embeddedCorpus : nil),
              ]
            })
        }
        let certain = finding.fixes.filter(\.isCertain)
        if !certain.isEmpty {
          result["fixes"] = .array(
            certain.map { fix in
              [
                "description": ["text": .string(fix.title)],
                "artifactChanges": [
                  [
                    "artifactLocation": artifactLocation(report.path),
                    "replacements": .array(
                      fix.edits.map {
                        ["deletedRegion": region($0.range, report), "insertedContent": ["text": .string($0.newText)]]
                      }),
                  ]
                ],
              ]
            })
        }
        results.append(.object(result))
      }
    }
    let log: JSONValue = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "dossier", "version": .string(DossierVersion.current), "informationUri": .string(informationURI),
              "rules": .array(rules),
            ]
          ],
          "originalUriBaseIds": [
            sourceRoot: ["uri": .string(directoryURI(FileManager.default.currentDirectoryPath))],
            embeddedCorpus: ["description": ["text": "the seed corpus embedded in dossier (its files are in seeds/)"]],
          ],
          "columnKind": "unicodeCodePoints",
          "results": .array(results),
        ]
      ],
    ]
    return log.serialized(pretty: true) + "\n"
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "note"
    }
  }

  static func uri(_ path: String) -> String {
    var path = path
    while path.hasPrefix("./") { path.removeFirst(2) }
    return path.addingPercentEncodingForURI
  }

  /// A location: relative to the folder `lint` ran in (`%SRCROOT%`) when it is inside it, else
  /// an absolute `file:` URI; `base` names another base for a relative path.
  static func physicalLocation(_ path: String, _ region: JSONValue, base: String? = nil) -> JSONValue {
    ["artifactLocation": artifactLocation(path, base: base), "region": region]
  }

  static func artifactLocation(_ path: String, base: String? = nil) -> JSONValue {
    if let base { return ["uri": .string(uri(path)), "uriBaseId": .string(base)] }
    let relative = FileReport.relative(path)
    if relative.hasPrefix("/") { return ["uri": .string("file://" + uri(relative))] }
    return ["uri": .string(uri(relative)), "uriBaseId": .string(sourceRoot)]
  }

  /// A folder as a `file:` URI ending in "/", as SARIF's base URIs must.
  static func directoryURI(_ path: String) -> String {
    "file://" + uri(path.hasSuffix("/") ? path : path + "/")
  }

  static func region(_ range: Range<Int>, _ report: FileReport) -> JSONValue {
    let start = report.position(range.lowerBound)
    let end = report.position(range.upperBound)
    return [
      "startLine": .integer(start.line), "startColumn": .integer(start.column), "endLine": .integer(end.line),
      "endColumn": .integer(end.column),
    ]
  }

}

extension String {
  var addingPercentEncodingForURI: String {
    var result = ""
    for byte in utf8 {
      let character = Character(Unicode.Scalar(byte))
      if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
        result.append(character)
      } else {
        result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return result
  }
}
