import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// What CI reads from a run in a repository: locations relative to the folder it ran in, and the
/// job summary GitHub shows.
@Suite struct CIOutputEndToEndTests {
  func project() throws -> URL {
    let root = try temporaryFolder()
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("sources"), withIntermediateDirectories: true)
    try "The Harbor Accord was signed in 2014 by the port cities of Almaria and Belvon.\n"
      .write(to: root.appendingPathComponent("sources/accord.md"), atomically: true, encoding: .utf8)
    try "The Harbor Acord was signed in 2014 by Almaria and Belvon. It is a | piped claim.\n"
      .write(to: root.appendingPathComponent("memo.md"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func sarifLocationsAreRelativeToTheSourceRoot() throws {
    let root = try project()
    let result = try runDossier(
      ["lint", "--format", "sarif", "--fail-on", "never", "--corpus", "sources", "memo.md"], directory: root)
    let run = try #require(try JSONValue.parse(result.output)["runs"]?[0])
    let base = try #require(run["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.stringValue)
    #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
    let finding = try #require(run["results"]?[0])
    #expect(
      finding["locations"]?[0]?["physicalLocation"]?["artifactLocation"] == [
        "uri": "memo.md", "uriBaseId": "%SRCROOT%",
      ])
    #expect(
      finding["relatedLocations"]?[0]?["physicalLocation"]?["artifactLocation"]
        == ["uri": "sources/accord.md", "uriBaseId": "%SRCROOT%"])
  }

  @Test func githubWritesAJobSummary() throws {
    let root = try project()
    let summary = root.appendingPathComponent("summary.md")
    try "# Earlier step\n".write(to: summary, atomically: true, encoding: .utf8)
    let result = try runDossier(
      ["lint", "--format", "github", "--fail-on", "never", "--corpus", "sources", "memo.md"], directory: root,
      environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(result.status == 0, "\(result.errors)")
    let written = try String(contentsOf: summary, encoding: .utf8)
    #expect(written.hasPrefix("# Earlier step\n## Dossier\n"))
    #expect(written.contains("| File | Line | Rule | Message |"))
    #expect(written.contains("| memo.md | 1 | name-misspelled |"))
    // A summary that cannot be written is an error.
    let broken = try runDossier(
      ["lint", "--format", "github", "--corpus", "sources", "memo.md"], directory: root,
      environment: ["GITHUB_STEP_SUMMARY": root.appendingPathComponent("no/such/folder/summary.md").path])
    #expect(broken.status == 2)
    #expect(broken.errors.contains("cannot write the job summary"))
  }
}
