import DossierJSON
import Foundation
import Testing

/// Races a client can start: a document closed and reopened at once, with other text.
@Suite(.serialized) struct ServerRaceTests {
  /// A draft that takes the server a while to check: the stale analysis of it is still running
  /// when the same document is closed and reopened clean.
  static let dirtyText = String(repeating: "Pakistan became a nuclear power in 1999 after Islamabd said so.\n\n", count: 3000)
  static let cleanText = "# Memo\n\nThe weather was mild.\n"

  @Test func closeAndReopenNeverServesTheOldText() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    let uri = "file:///tmp/dossier-e2e/race.md"
    for round in 0..<20 {
      open(client, text: Self.dirtyText, uri: uri)
      client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
      open(client, text: Self.cleanText, uri: uri)
      // What a code action or a hover sees right after the reopen is the clean text's.
      let actions = client.call(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": .string(uri)],
          "range": ["start": ["line": 0, "character": 0], "end": ["line": 3, "character": 0]],
          "context": ["diagnostics": []],
        ])
      #expect(actions?["result"] == [], "round \(round): code actions of the old text")
      let publishes = client.drain(quiet: 0.4).filter {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
      }
      // The last diagnostics published for the document are the clean text's: none.
      #expect(publishes.last?["params"]?["diagnostics"] == [], "round \(round): stale diagnostics last")
      client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
      _ = client.drain(quiet: 0.1)
    }
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func pullResultIDsAreNeverReusedAcrossReopen() throws {
    let client = try LanguageServerClient()
    _ = client.initialize(pull: true)
    let uri = "file:///tmp/dossier-e2e/ids.md"
    var seen = Set<String>()
    for _ in 0..<5 {
      open(client, text: memoText, uri: uri)
      let report = client.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])?["result"]
      let id = try #require(report?["resultId"]?.stringValue)
      #expect(seen.insert(id).inserted, "result id \(id) given twice")
      client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    }
    // A client that kept an id from before the reopen is sent the report again, not "unchanged".
    open(client, text: memoText, uri: uri)
    let stale = try #require(seen.first)
    let report = client.call(
      "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(stale)])
    #expect(report?["result"]?["kind"] == "full")
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }
}
