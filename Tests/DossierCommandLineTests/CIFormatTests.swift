import DossierCore
import DossierJSON
import DossierTestSupport
import Foundation
import Testing

@testable import DossierCommandLine

/// The formats CI systems read: each parses, places findings where `text` does (in the units
/// its consumer counts), and carries the rule, the message and the evidence.
@Suite struct CIFormatTests {
  // "Étude: Pakistan became a nuclear power in " is 42 scalars, 43 bytes: 1999 starts at column
  // 43 (scalars) or 44 (bytes). The misspelled name appears twice: two findings, one identity.
  let draft =
    "# Note\n\nÉtude: Pakistan became a nuclear power in 1999.\nOfficials in Islamabd met. Islamabd agreed.\n"

  @Test func jsonLinesIsOneObjectPerFinding() throws {
    let result = try runTool(["lint", "--format", "json-lines", "--no-config", "DRAFT"], draft: draft)
    #expect(result.status == 1)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try JSONValue.parse(String(lines[0]))
    #expect(first["path"]?.stringValue == result.path)
    #expect(first["rule"] == "fact-conflict")
    #expect(first["range"]?["start"] == ["line": 3, "column": 43])
    #expect(first["evidence"]?[0]?["line"] == 10)
    for line in lines { #expect(throws: Never.self) { try JSONValue.parse(String(line)) } }
  }

  @Test func junitHasASuitePerDraftAndAFailurePerFinding() throws {
    let result = try runTool(["lint", "--format", "junit", "--no-config", "DRAFT"], draft: draft)
    let xml = result.output
    #expect(
      xml.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"dossier\" tests=\"3\" failures=\"3\""))
    #expect(xml.components(separatedBy: "<failure ").count == 4)
    #expect(xml.contains("<testcase name=\"fact-conflict at 3:43\""))
    #expect(xml.contains("line=\"3\""))
    // Quotation marks in messages are escaped.
    #expect(xml.contains("the corpus spells this name &quot;Islamabad&quot;"))
    // A clean draft still shows what was checked.
    let clean = try runTool(["lint", "--format", "junit", "--no-config", "DRAFT"], draft: "Nothing to see.\n")
    #expect(clean.status == 0)
    #expect(clean.output.contains("tests=\"1\" failures=\"0\""))
    #expect(clean.output.contains("<testcase name=\"no findings\""))
  }

  @Test func xmlEscapingDropsWhatXMLCannotHold() {
    #expect(JUnitFormat.escape("a<b>&\"'\u{1}\nc") == "a&lt;b&gt;&amp;&quot;&apos;&#10;c")
  }

  @Test func gitlabFingerprintsAreUniqueAndStable() throws {
    let result = try runTool(["lint", "--format", "gitlab", "--no-config", "DRAFT"], draft: draft)
    let issues = try #require(try JSONValue.parse(result.output).arrayValue)
    #expect(issues.count == 3)
    let fingerprints = issues.compactMap { $0["fingerprint"]?.stringValue }
    #expect(Set(fingerprints).count == 3)
    let conflict = try #require(issues.first { $0["check_name"] == "dossier/fact-conflict" })
    #expect(conflict["severity"] == "major")
    #expect(conflict["location"]?["positions"]?["begin"] == ["line": 3, "column": 43])
    #expect(issues.first { $0["check_name"] == "dossier/name-misspelled" }?["severity"] == "minor")
    // Lines moving leave the fingerprints as they were.
    try Data(("Added first.\n\n" + draft).utf8).write(to: URL(fileURLWithPath: result.path))
    let again = runCommandLine(["lint", "--format", "gitlab", "--no-config", result.path])
    let moved = try #require(try JSONValue.parse(again.output).arrayValue).compactMap { $0["fingerprint"]?.stringValue }
    #expect(moved == fingerprints)
  }

  @Test func fingerprintsDoNotDependOnHowThePathIsWritten() throws {
    let result = try runTool(["lint", "--format", "sarif", "--no-config", "DRAFT"], draft: draft)
    let folder = URL(fileURLWithPath: result.path).deletingLastPathComponent()
    func fingerprints(_ path: String) throws -> [String] {
      let log = try JSONValue.parse(runCommandLine(["lint", "--format", "sarif", "--no-config", path]).output)
      return (log["runs"]?[0]?["results"]?.arrayValue ?? []).compactMap {
        $0["partialFingerprints"]?["dossierFinding/v1"]?.stringValue
      }
    }
    let plain = try fingerprints(result.path)
    #expect(plain.count == 3 && Set(plain).count == 3)
    #expect(try fingerprints(folder.appendingPathComponent("../\(folder.lastPathComponent)/draft.md").path) == plain)
  }

  @Test func rdjsonCountsBytesAndCarriesFixesAsSuggestions() throws {
    let result = try runTool(["lint", "--format", "rdjson", "--no-config", "DRAFT"], draft: draft)
    let document = try JSONValue.parse(result.output)
    #expect(document["source"]?["name"] == "dossier")
    let diagnostics = try #require(document["diagnostics"]?.arrayValue)
    let conflict = try #require(diagnostics.first { $0["code"]?["value"] == "fact-conflict" })
    #expect(conflict["severity"] == "ERROR")
    #expect(conflict["location"]?["range"]?["start"] == ["line": 3, "column": 44])
    #expect(conflict["suggestions"]?[0]?["text"] == "1998")
    #expect(conflict["code"]?["url"]?.stringValue?.hasSuffix("/docs/rules/fact-conflict.md") == true)
  }

  @Test func sarifRulesCarryTheirDocumentation() throws {
    let result = try runTool(["lint", "--format", "sarif", "--no-config", "DRAFT"], draft: draft)
    let log = try JSONValue.parse(result.output)
    let run = try #require(log["runs"]?[0])
    for rule in try #require(run["tool"]?["driver"]?["rules"]?.arrayValue) {
      let id = try #require(rule["id"]?.stringValue)
      #expect(rule["fullDescription"]?["text"]?.stringValue?.isEmpty == false)
      #expect(rule["help"]?["text"]?.stringValue?.contains(id) == true)
      #expect(rule["help"]?["markdown"]?.stringValue?.hasPrefix("# \(id)\n") == true)
      let uri = try #require(rule["helpUri"]?.stringValue)
      #expect(uri.hasSuffix("/docs/rules/\(id).md") && !uri.contains("#"))
    }
    #expect(run["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.stringValue?.hasSuffix("/") == true)
    // The embedded corpus's evidence is relative to a base of its own.
    let related = try #require(run["results"]?[0]?["relatedLocations"]?[0]?["physicalLocation"]?["artifactLocation"])
    #expect(related["uriBaseId"] == "EMBEDDEDCORPUS")
  }

  @Test func githubSaysHowManyAnnotationsAreNotShown() throws {
    let many = String(repeating: "Officials in Islamabd met.\n\n", count: 12)
    let result = try runTool(["lint", "--format", "github", "--no-config", "DRAFT"], draft: many)
    #expect(result.output.components(separatedBy: "::warning ").count == 13)
    #expect(result.output.contains("2 warnings are not shown as annotations"))
    let few = try runTool(["lint", "--format", "github", "--no-config", "DRAFT"], draft: draft)
    #expect(!few.output.contains("not shown"))
  }
}
