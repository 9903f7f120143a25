import DossierJSON
import Foundation
import Testing

/// Races a client can start: a document closed and reopened at once, with other text.
@Suite(.serialized) struct ServerRaceTests {
  /// A draft that takes the server a while to check: the stale analysis of it is still running
  /// when the same document is closed and reopened clean.
  static let dirtyText = String(
    repeating: "Pakistan became a nuclear power in 1999 after Islamabd said so.\n\n", count: 3000)
  static let cleanText = "# Memo\n\nThe weather was mild.\n"

  @Test func closeAndReopenNeverServesTheOldText() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    let uri = "file:///tmp/dossier-e2e/race.md"
    for round in 0..<8 {
      open(client, text: Self.dirtyText, uri: uri)
      // Long enough for its analysis to start, not to finish.
      usleep(UInt32(5_000 + round * 5_000))
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
      // (Quiet for longer than the old text takes to check.)
      let publishes = client.drain(quiet: 1.5).filter {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
      }
      // The close clears the document's diagnostics; from then on, only the clean text's may
      // come (none): the old text's analysis, still running at the reopen, is dropped.
      let cleared = try #require(publishes.firstIndex { $0["params"]?["diagnostics"] == [] })
      #expect(
        publishes[cleared...].allSatisfy { $0["params"]?["diagnostics"] == [] },
        "round \(round): the old text's diagnostics published after the reopen")
      #expect(publishes.last?["params"]?["diagnostics"] == [], "round \(round): stale diagnostics last")
      client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
      _ = client.drain(quiet: 0.2)
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
