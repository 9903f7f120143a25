import DossierCommandLine
import DossierCore
import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// Runs the command line in-process: its exit status and what it wrote to each stream.
func runCommandLine(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
  // Compiled corpus indexes go to a temporary cache folder, not the user's.
  setenv("XDG_CACHE_HOME", TestScratch.cache.path, 0)
  var output = ""
  var errors = ""
  let status = CommandLineTool.run(arguments, output: &output, errors: &errors)
  return (status, output, errors)
}

/// Runs the command line in-process on a temporary draft.
func runTool(_ arguments: [String], draft: String? = nil, name: String = "draft.md") throws -> (
  status: Int32, output: String, errors: String, path: String
) {
  let folder = TestScratch.path("dossier-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let path = folder.appendingPathComponent(name).path
  if let draft { try Data(draft.utf8).write(to: URL(fileURLWithPath: path)) }
  let (status, output, errors) = runCommandLine(arguments.map { $0 == "DRAFT" ? path : $0 })
  return (status, output, errors, path)
}

@Suite struct FormatTests {
  let draft = "# Note\n\nÉtude: Pakistan became a nuclear power in 1999.\nThe nonproliferation regime.\n"

  @Test func jsonFollowsTheSchemaWithScalarColumns() throws {
    let result = try runTool(["lint", "--format", "json", "--no-config", "DRAFT"], draft: draft)
    #expect(result.status == 1)
    let root = try JSONValue.parse(result.output)
    #expect(root["version"] == 1)
    let file = try #require(root["files"]?[0])
    #expect(file["path"]?.stringValue == result.path)
    let diagnostics = try #require(file["diagnostics"]?.arrayValue)
    let conflict = try #require(diagnostics.first { $0["rule"] == "fact-conflict" })
    #expect(conflict["severity"] == "error")
    // "Étude: Pakistan became a nuclear power in " is 42 scalars; 1999 starts at column 43.
    #expect(conflict["range"]?["start"] == ["line": 3, "column": 43])
    #expect(conflict["range"]?["end"] == ["line": 3, "column": 47])
    #expect(conflict["evidence"]?[0]?["line"] == 10)
    #expect(conflict["evidence"]?[0]?["path"] == "000_3a5685f57547a5d7.txt")
    #expect(conflict["fixes"]?[0]?["edits"]?[0]?["newText"] == "1998")
    let keys = Set(conflict.objectValue?.keys ?? [])
    #expect(keys == ["rule", "severity", "message", "range", "evidence", "fixes"])
  }

  @Test func textShowsLocationRuleAndEvidence() throws {
    let result = try runTool(["lint", "--no-config", "--color", "never", "DRAFT"], draft: draft)
    #expect(result.output.contains("\(result.path):3:43: error: wrong year 1999"))
    #expect(result.output.contains("[fact-conflict]"))
    #expect(result.output.contains("    corpus: 000_3a5685f57547a5d7.txt:10:"))
    #expect(!result.output.contains("\u{1B}["))
    #expect(result.errors.contains("1 error, 1 warning in 1 file"))
  }

  @Test func sarifHasWhatCodeScanningNeeds() throws {
    let result = try runTool(["lint", "--format", "sarif", "--no-config", "DRAFT"], draft: draft)
    let log = try JSONValue.parse(result.output)
    #expect(log["version"] == "2.1.0")
    let run = try #require(log["runs"]?[0])
    #expect(run["tool"]?["driver"]?["name"] == "dossier")
    #expect(run["tool"]?["driver"]?["rules"]?.arrayValue?.count == Rule.allCases.count)
    let result0 = try #require(run["results"]?[0])
    #expect(result0["ruleId"]?.stringValue != nil)
    #expect(result0["level"]?.stringValue != nil)
    #expect(result0["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]?.intValue != nil)
    #expect(result0["partialFingerprints"]?.objectValue?.count == 1)
  }

  @Test func githubAnnotationsAreEscaped() throws {
    let result = try runTool(["lint", "--format", "github", "--no-config", "DRAFT"], draft: draft, name: "a,b:c.md")
    let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("::error ") })
    #expect(line.contains("a%2Cb%3Ac.md"))
    #expect(line.contains(",line=3,col=43,endLine=3,endColumn=47,"))
    #expect(line.contains("%0A(corpus: 000_3a5685f57547a5d7.txt:10)"))
  }

  @Test func exitStatusFollowsFailOn() throws {
    let warningOnly = "The nonproliferation regime.\n"
    #expect(try runTool(["lint", "--no-config", "DRAFT"], draft: warningOnly).status == 0)
    #expect(try runTool(["lint", "--no-config", "--fail-on", "warning", "DRAFT"], draft: warningOnly).status == 1)
    #expect(try runTool(["lint", "--no-config", "--fail-on", "never", "DRAFT"], draft: draft).status == 0)
    #expect(try runTool(["lint", "--no-config", "DRAFT"], draft: "Nothing to see.\n").status == 0)
  }

  @Test func unreadableInputsExitTwoWithOneLine() throws {
    let missing = try runTool(["lint", "/nonexistent/draft.md"])
    #expect(missing.status == 2)
    #expect(missing.errors.split(separator: "\n").count == 1)
    let binary = try runTool(["lint", "DRAFT"], draft: "abc\u{0}def")
    #expect(binary.status == 2)
    #expect(binary.errors.contains("binary file"))
    let usage = try runTool(["frobnicate"])
    #expect(usage.status == 2)
  }

  @Test func brokenConfigurationIsReportedWithItsPosition() throws {
    let result = try runTool(["lint", "DRAFT"], draft: "Text.\n")
    let config = (result.path as NSString).deletingLastPathComponent + "/.dossier.json"
    try Data("{\n  \"rules\": {\"term-variant\": \"loud\"}\n}\n".utf8).write(to: URL(fileURLWithPath: config))
    var output = ""
    var errors = ""
    let status = CommandLineTool.run(["lint", result.path], output: &output, errors: &errors)
    #expect(status == 2)
    #expect(errors.contains(".dossier.json:2:"))
    #expect(errors.contains("unknown severity"))
  }

  @Test func configurationTurnsRulesOffAndAcceptsWords() throws {
    let result = try runTool(["lint", "DRAFT"], draft: "Islamabd and the nonproliferation regime.\n")
    let config = (result.path as NSString).deletingLastPathComponent + "/.dossier.json"
    try Data(#"{"rules": {"term-variant": "off"}, "accept": ["Islamabd"]}"#.utf8).write(
      to: URL(fileURLWithPath: config))
    var output = ""
    var errors = ""
    _ = CommandLineTool.run(["lint", "--format", "json", result.path], output: &output, errors: &errors)
    #expect(try JSONValue.parse(output)["files"]?[0]?["diagnostics"] == [])
  }
}

@Suite struct FixTests {
  @Test func fixWritesAtomicallyAndKeepsTheMode() throws {
    let original = "Islamabd rejected it. The nonproliferation regime, and more text.\n"
    let result = try runTool(["lint", "--no-config", "DRAFT"], draft: original)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: result.path)
    var output = ""
    var errors = ""
    let status = CommandLineTool.run(["lint", "--no-config", "--fix", result.path], output: &output, errors: &errors)
    #expect(status == 0)
    let fixed = try String(contentsOfFile: result.path, encoding: .utf8)
    #expect(fixed == "Islamabad rejected it. The non-proliferation regime, and more text.\n")
    #expect(errors.contains("Islamabd → Islamabad"))
    let mode = try FileManager.default.attributesOfItem(atPath: result.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: (result.path as NSString).deletingLastPathComponent)
    #expect(leftovers.filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  @Test func refusesADraftThatChangedMeanwhile() throws {
    let result = try runTool(["lint", "--no-config", "DRAFT"], draft: "Islamabd.\n")
    #expect(throws: DossierError.self) {
      try FixWriter.write(
        Array("Islamabad.\n".utf8), to: result.path, expectedOriginal: Array("Something else.\n".utf8))
    }
    #expect(try String(contentsOfFile: result.path, encoding: .utf8) == "Islamabd.\n")
  }

  @Test func failedWriteLeavesTheOriginal() throws {
    // Renaming over a path whose parent vanished fails; nothing else is touched.
    #expect(throws: DossierError.self) {
      try FixWriter.write(Array("x".utf8), to: "/nonexistent-folder/draft.md", expectedOriginal: [])
    }
  }

  /// A folder nobody may write to: read-only permissions, and for root (whom permissions do not
  /// stop) the immutable attribute. Returns the command that undoes it.
  static func makeUnwritable(_ folder: String) throws -> () -> Void {
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    var undo: () -> Void = { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    if FileManager.default.createFile(atPath: folder + "/probe", contents: Data()) {
      try? FileManager.default.removeItem(atPath: folder + "/probe")
      _ = try ChildProcess(
        executable: "/usr/bin/env", arguments: ["chattr", "+i", folder],
        environment: ProcessInfo.processInfo.environment, output: .null, errors: .null
      ).finish(timeout: 60)
      let previous = undo
      undo = {
        _ = try? ChildProcess(
          executable: "/usr/bin/env", arguments: ["chattr", "-i", folder],
          environment: ProcessInfo.processInfo.environment, output: .null, errors: .null
        ).finish(timeout: 60)
        previous()
      }
    }
    return undo
  }

  @Test func aFixThatCannotBeWrittenLeavesTheDraftIntact() throws {
    let original = "Islamabd rejected it.\n"
    let result = try runTool(["lint", "--no-config", "DRAFT"], draft: original)
    let folder = (result.path as NSString).deletingLastPathComponent
    let undo = try Self.makeUnwritable(folder)
    defer { undo() }
    let probe = FileManager.default.createFile(atPath: folder + "/probe", contents: Data())
    try #require(!probe, "could not make \(folder) unwritable on this machine")
    var output = ""
    var errors = ""
    let status = CommandLineTool.run(["lint", "--no-config", "--fix", result.path], output: &output, errors: &errors)
    #expect(status == 2)
    #expect(errors.contains("not fixed"))
    #expect(errors.split(separator: "\n").filter { $0.hasPrefix("dossier: error:") }.count == 1)
    #expect(try String(contentsOfFile: result.path, encoding: .utf8) == original)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["draft.md"])
  }

  @Test func fixNeverTouchesTextOutsideItsEdits() {
    let text = SourceText("aaa Islamabd bbb nonproliferation ccc")
    let findings = Analyzer.findings(in: DraftDocument(text: text, format: .markdown), corpus: .embedded)
    let result = FixApplication.applyCertainFixes(of: findings, to: text)
    #expect(String(decoding: result.bytes, as: UTF8.self) == "aaa Islamabad bbb non-proliferation ccc")
  }
}
