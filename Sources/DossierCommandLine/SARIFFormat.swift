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
  static let informationURI = "https://github.com/dossier-lint/dossier#readme"

  static func render(_ reports: [FileReport]) -> String {
    let rules: [JSONValue] = Rule.allCases.map { rule in
      [
        "id": .string(rule.rawValue),
        "name": .string(
          rule.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
        "shortDescription": ["text": .string(rule.summary)],
        "helpUri": .string("\(informationURI)#\(rule.rawValue)"),
        "defaultConfiguration": ["level": .string(level(rule.defaultSeverity))],
      ]
    }
    var results: [JSONValue] = []
    for report in reports {
      for finding in report.findings {
        var result: JSONObject = [
          "ruleId": .string(finding.rule.rawValue),
          "ruleIndex": .integer(Rule.allCases.firstIndex(of: finding.rule) ?? 0),
          "level": .string(level(finding.severity)),
          "message": ["text": .string(finding.message)],
          "locations": [["physicalLocation": physicalLocation(report.path, region(finding.range, report))]],
          "partialFingerprints": ["dossierFinding/v1": .string(fingerprint(finding, report))],
        ]
        if !finding.evidence.isEmpty {
          result["relatedLocations"] = .array(
            finding.evidence.enumerated().map { index, evidence in
              [
                "id": .integer(index + 1),
                "message": ["text": .string("corpus: \(Corpus.shorten(evidence.quote))")],
                "physicalLocation": physicalLocation(evidence.path, ["startLine": .integer(evidence.line)]),
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
                    "artifactLocation": ["uri": .string(uri(report.path))],
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

  static func physicalLocation(_ path: String, _ region: JSONValue) -> JSONValue {
    var location: JSONObject = ["uri": .string(uri(path))]
    if !path.hasPrefix("/") { location["uriBaseId"] = "%SRCROOT%" }
    return ["artifactLocation": .object(location), "region": region]
  }

  static func region(_ range: Range<Int>, _ report: FileReport) -> JSONValue {
    let start = report.position(range.lowerBound)
    let end = report.position(range.upperBound)
    return [
      "startLine": .integer(start.line), "startColumn": .integer(start.column), "endLine": .integer(end.line),
      "endColumn": .integer(end.column),
    ]
  }

  /// Stable across runs and unrelated edits: rule, file, message and the flagged words.
  static func fingerprint(_ finding: Finding, _ report: FileReport) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in Array(
      "\(finding.rule.rawValue)|\(report.path)|\(finding.message)|\(report.text.string(in: finding.range))".utf8)
    {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
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
