import DossierCommandLine
import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// `--write-baseline` records what a project has now; `--baseline` then reports only what is
/// new, however lines move, and says what was fixed.
@Suite struct BaselineTests {
  let folder: URL

  init() throws {
    folder = TestScratch.path("dossier-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func lint(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
    runCommandLine(["lint", "--no-config", "--color", "never"] + arguments)
  }

  @Test func onlyNewFindingsAreReportedWhereverLinesMove() throws {
    try write("memo.md", "Pakistan became a nuclear power in 1999.\n\nOfficials in Islamabd met.\n")
    try write("notes.md", "Officials in Islamabd met.\n")
    let recorded = lint(["--write-baseline", path("baseline.json"), path("memo.md"), path("notes.md")])
    #expect(recorded.status == 0)
    #expect(recorded.output.isEmpty)
    #expect(recorded.errors.contains("recorded 3 findings of 2 drafts"))
    let baseline = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
    #expect(baseline.contains("\"path\": \"memo.md\""))

    // Nothing new: exit 0 although an error is recorded.
    let clean = lint(["--baseline", path("baseline.json"), path("memo.md"), path("notes.md")])
    #expect(clean.status == 0)
    #expect(clean.output.isEmpty)
    #expect(clean.errors.contains("3 more in the baseline"))

    // Lines move, and the same misspelling appears once more: only that one is new.
    try write(
      "memo.md",
      "A new opening.\n\nPakistan became a nuclear power in 1999.\n\nOfficials in Islamabd met.\n\nIslamabd again.\n")
    let moved = lint(["--baseline", path("baseline.json"), path("memo.md"), path("notes.md")])
    #expect(moved.status == 0)
    let lines = moved.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(lines.count == 1)
    #expect(lines.first?.contains("memo.md:7:1: warning") == true)
  }

  @Test func aMessageNamingALineSurvivesLinesMoving() throws {
    try write(
      "memo.md", "The NSG met today.\n\nThe Nuclear Suppliers Group (NSG) met.\n")
    let recorded = lint(["--write-baseline", path("baseline.json"), path("memo.md")])
    #expect(recorded.errors.contains("recorded 1 finding"), "\(recorded.errors)")
    try write(
      "memo.md",
      "Intro.\n\nThe NSG met today.\n\nThe Nuclear Suppliers Group (NSG) met.\n")
    let moved = lint(["--baseline", path("baseline.json"), path("memo.md")])
    #expect(moved.output.isEmpty, "\(moved.output)")
    #expect(!moved.errors.contains("fixed"))
  }

  @Test func nothingToCheckRecordsAnEmptyBaselineAndALinkKeepsPointing() throws {
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let result = lint(["--allow-empty", "--write-baseline", path("baseline.json"), empty.path])
    #expect(result.status == 0)
    let written = try JSONValue.parse(
      String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8))
    #expect(written["version"] == 1)
    #expect(written["findings"]?.arrayValue?.isEmpty == true)
    // Written through a link, the link stays and its target is written.
    try write("memo.md", "Officials in Islamabd met.\n")
    try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "baseline.json")
    _ = lint(["--write-baseline", path("link.json"), path("memo.md")])
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path("link.json"))) == "baseline.json")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8).contains("Islamabd"))
    // A missing baseline is an error even with nothing to check.
    #expect(lint(["--allow-empty", "--baseline", path("none.json"), empty.path]).status == 2)
  }

  @Test func recordedFindingsThatNoLongerOccurAreReportedFixed() throws {
    try write("memo.md", "Officials in Islamabd met.\n")
    try write("other.md", "Officials in Islamabd met.\n")
    _ = lint(["--write-baseline", path("baseline.json"), path("memo.md"), path("other.md")])
    try write("memo.md", "Officials in Islamabad met.\n")
    // Only the drafts checked can be fixed: other.md is not checked here.
    let result = lint(["--baseline", path("baseline.json"), path("memo.md")])
    #expect(result.status == 0)
    #expect(result.errors.contains("1 recorded finding no longer occurs"))
    #expect(result.errors.contains("fixed: memo.md: name-misspelled \"Islamabd\""))
    #expect(!result.errors.contains("other.md"))
  }

  @Test func aBaselineThatCannotBeReadIsAnErrorWithItsPosition() throws {
    try write("memo.md", "Officials in Islamabd met.\n")
    let missing = lint(["--baseline", path("none.json"), path("memo.md")])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("cannot read the baseline"))
    try write(
      "bad.json",
      "{\"version\": 1,\n \"findings\": [{\"path\": \"memo.md\", \"rule\": \"no-such-rule\", \"text\": \"x\", \"message\": \"y\"}]}"
    )
    let bad = lint(["--baseline", path("bad.json"), path("memo.md")])
    #expect(bad.status == 2)
    #expect(bad.errors.contains("bad.json:2:"))
    #expect(bad.errors.contains("unknown rule \"no-such-rule\""))
    try write("old.json", "{\"version\": 9, \"findings\": []}")
    #expect(lint(["--baseline", path("old.json"), path("memo.md")]).errors.contains("unknown baseline version"))
  }

  @Test func rewritingKeepsTheFilesMode() throws {
    try write("memo.md", "Officials in Islamabd met.\n")
    _ = lint(["--write-baseline", path("baseline.json"), path("memo.md")])
    #expect(chmod(path("baseline.json"), 0o640) == 0)
    try write("memo.md", "Officials in Islamabd met.\n\nIslamabd again.\n")
    let result = lint(["--write-baseline", path("baseline.json"), path("memo.md")])
    #expect(result.errors.contains("recorded 2 findings of 1 draft"))
    let attributes = try FileManager.default.attributesOfItem(atPath: path("baseline.json"))
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8).contains("\"count\": 2"))
  }
}
