import DossierJSON
import Foundation
import Testing

/// A configuration mistake is an error the user sees, never a silent fallback.
@Suite(.serialized) struct ConfigurationEndToEndTests {
  static let draft = "Pakistan became a nuclear power in 1999. The nonproliferation regime.\n"

  @Test func aNestedConfigurationKeepsTheParentsCorpusAndSaysWhichCorpusIsInEffect() throws {
    let project = try temporaryFolder()
    let sources = project.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try Data("The river commission was founded in 1995 by four member countries.\n".utf8)
      .write(to: sources.appendingPathComponent("river.txt"))
    try Data(#"{"corpus": ["sources"]}"#.utf8).write(to: project.appendingPathComponent(".dossier.json"))
    let team = project.appendingPathComponent("drafts/team")
    try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
    try Data(#"{"rules": {"term-variant": "off"}}"#.utf8).write(to: team.appendingPathComponent(".dossier.json"))
    try Data(Self.draft.utf8).write(to: team.appendingPathComponent("memo.md"))

    let result = try runDossier(["lint", "drafts/team/memo.md"], directory: project)
    // The project's corpus (which says nothing of Pakistan), not the embedded seed corpus.
    #expect(result.status == 0)
    #expect(!result.output.contains("fact-conflict"))
    #expect(result.errors.contains("corpus: sources/ (from .dossier.json)"))

    // `"root": true` in the team's file: the parent's corpus no longer applies, and the summary
    // says the embedded corpus is in effect.
    try Data(#"{"root": true, "rules": {"term-variant": "off"}}"#.utf8).write(
      to: team.appendingPathComponent(".dossier.json"))
    let rooted = try runDossier(["lint", "drafts/team/memo.md"], directory: project)
    #expect(rooted.status == 1)
    #expect(rooted.output.contains("fact-conflict"))
    #expect(!rooted.output.contains("term-variant"))
    #expect(rooted.errors.contains("corpus: the embedded seed corpus"))
  }

  @Test func aBrokenParentConfigurationIsAnError() throws {
    let project = try temporaryFolder()
    try Data("{\n  \"corpus\": \"sources\"\n}".utf8).write(to: project.appendingPathComponent(".dossier.json"))
    let sub = project.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try Data(#"{"accept": []}"#.utf8).write(to: sub.appendingPathComponent(".dossier.json"))
    try Data(Self.draft.utf8).write(to: sub.appendingPathComponent("memo.md"))
    let result = try runDossier(["lint", "sub/memo.md"], directory: project)
    #expect(result.status == 2)
    #expect(result.errors.contains(".dossier.json:2:13: \"corpus\" must be an array of folder paths"))
    #expect(result.output.isEmpty)
  }

  @Test func theServerKeepsTheLastGoodConfigurationAndShowsTheError() throws {
    let project = try temporaryFolder().resolvingSymlinksInPath()
    let config = project.appendingPathComponent(".dossier.json")
    try Data(#"{"rules": {"term-variant": "off"}}"#.utf8).write(to: config)
    let draftURL = project.appendingPathComponent("memo.md")
    try Data(Self.draft.utf8).write(to: draftURL)
    let uri = draftURL.absoluteString
    let configURI = config.absoluteString

    let client = try LanguageServerClient()
    _ = client.initialize()
    open(client, text: Self.draft, uri: uri)
    let first = try #require(
      client.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri })
    #expect(codes(first["params"]?["diagnostics"]) == ["fact-conflict"])

    // Broken while editing: an error on the file at its line and column, a message, and the last
    // good version still in effect (term-variant stays off; the embedded corpus is not swapped in).
    try Data("{\"rules\": {\"term-variant\": \"off\"},\n  \"corpus\": [1]}".utf8).write(to: config)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
    let message = try #require(client.waitFor { $0["method"] == "window/showMessage" })
    #expect(message["params"]?["message"]?.stringValue?.contains("last good version") == true)
    let configDiagnostics = try #require(
      client.waitFor {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == configURI
      })
    let diagnostic = try #require(configDiagnostics["params"]?["diagnostics"]?[0])
    #expect(diagnostic["range"]?["start"]?["line"] == 1)
    #expect(diagnostic["range"]?["start"]?["character"] == 13)
    #expect(diagnostic["severity"] == 1)
    let during = try #require(
      client.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri })
    #expect(codes(during["params"]?["diagnostics"]) == ["fact-conflict"])

    // Mended: the error on the file is cleared.
    try Data(#"{"rules": {"term-variant": "off"}}"#.utf8).write(to: config)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
    let cleared = try #require(
      client.waitFor {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == configURI
      })
    #expect(cleared["params"]?["diagnostics"]?.arrayValue?.isEmpty == true)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }
}
