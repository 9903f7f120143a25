import DossierJSON
import Foundation
import Testing

@testable import DossierServer

/// The server's handlers, driven in process through `InMemoryServer`.
@Suite struct HandlerTests {
  static let uri = "file:///tmp/dossier-handler-tests/memo.md"
  static let memo = "# Memo\n\nPakistan became a nuclear power in 1999.\nThe legal basis is EO 13382.\n"

  func open(_ server: InMemoryServer, text: String = memo) {
    server.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(Self.uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
  }

  @Test func lifecycleErrors() {
    let server = InMemoryServer()
    #expect(server.call("textDocument/hover", [:])?["error"]?["code"] == -32002)
    #expect(server.initialize()?["result"]?["capabilities"] != nil)
    #expect(server.call("initialize", ["capabilities": [:]])?["error"]?["code"] == -32600)
    #expect(server.call("dossier/nothing", [:])?["error"]?["code"] == -32601)
    #expect(server.call("shutdown", .null)?["result"] == .null)
    #expect(server.call("textDocument/hover", [:])?["error"]?["code"] == -32600)
    server.notify("exit", .null)
    #expect(server.waitFor(timeout: 0.2) { _ in false } == nil)
    #expect(server.exitStatus == 0)
  }

  @Test func exitWithoutShutdownIsAFailure() {
    let server = InMemoryServer()
    _ = server.initialize()
    server.notify("exit", .null)
    _ = server.call("dossier/after-exit", [:], timeout: 0.2)
    #expect(server.exitStatus == 1)
  }

  @Test func invalidParamsNameTheField() throws {
    let server = InMemoryServer()
    _ = server.initialize()
    open(server)
    let missing = try #require(
      server.call(
        "textDocument/hover", ["textDocument": ["uri": .string(Self.uri)], "position": ["character": 3]])?["error"])
    #expect(missing["code"] == -32602)
    #expect(missing["message"]?.stringValue?.contains("params.position.line") == true)
    let notOpen = try #require(
      server.call(
        "textDocument/hover",
        ["textDocument": ["uri": "file:///elsewhere.md"], "position": ["line": 0, "character": 0]])?["error"])
    #expect(notOpen["code"] == -32602)
    #expect(server.call("textDocument/diagnostic", ["textDocument": 3])?["error"]?["code"] == -32602)
  }

  @Test func plainTextClientsGetNoMarkup() throws {
    let server = InMemoryServer()
    _ = server.initialize(capabilities: ["textDocument": ["hover": ["contentFormat": ["plaintext"]]]])
    open(server)
    let hover = try #require(
      server.call(
        "textDocument/hover", ["textDocument": ["uri": .string(Self.uri)], "position": ["line": 3, "character": 22]])?[
          "result"]?["contents"])
    #expect(hover["kind"] == "plaintext")
    let text = try #require(hover["value"]?.stringValue)
    #expect(text.contains("Executive Order 13382"))
    #expect(!text.contains("**") && !text.contains("`"))
  }

  @Test func pushedDiagnosticsCarryTheVersion() throws {
    let server = InMemoryServer()
    _ = server.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]])
    open(server)
    let published = try #require(server.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    #expect(published["params"]?["version"] == 1)
    let conflict = try #require(
      published["params"]?["diagnostics"]?.arrayValue?.first { $0["code"] == "fact-conflict" })
    #expect(conflict["range"] == ["start": ["line": 2, "character": 35], "end": ["line": 2, "character": 39]])
    #expect(conflict["relatedInformation"] != nil)
    // Not declared: no documentation link.
    #expect(conflict["codeDescription"] == nil)
  }

  @Test func resultIDsAreNeverGivenTwice() throws {
    let server = InMemoryServer()
    _ = server.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
    var seen = Set<String>()
    for _ in 0..<4 {
      open(server)
      let report = server.call("textDocument/diagnostic", ["textDocument": ["uri": .string(Self.uri)]])?["result"]
      let id = try #require(report?["resultId"]?.stringValue)
      #expect(seen.insert(id).inserted)
      server.notify("textDocument/didClose", ["textDocument": ["uri": .string(Self.uri)]])
    }
  }
}
