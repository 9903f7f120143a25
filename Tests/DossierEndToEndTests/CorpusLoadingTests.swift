import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// A corpus loads off the request queue: hovers are answered while it loads, diagnostics wait for
/// it (never an empty interim list), and a client that shows progress sees the load.
@Suite(.serialized) struct CorpusLoadingTests {
  /// A corpus large enough to take a noticeable while to load: one real statement and many
  /// documents of other sentences.
  static func largeCorpus() throws -> URL {
    let folder = TestScratch.path("dossier-lsp-large-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(
      to: folder.appendingPathComponent("river.txt"))
    for file in 0..<250 {
      var text = ""
      for sentence in 0..<40 {
        text +=
          "The basin survey number \(file * 40 + sentence) counted \(sentence + 3) new gauging stations "
          + "along tributary \(file) in \(1950 + sentence) and reported them to the secretariat.\n"
      }
      try Data(text.utf8).write(to: folder.appendingPathComponent("survey-\(file).txt"))
    }
    return folder
  }

  @Test func hoversAreAnsweredWhileTheCorpusLoadsAndDiagnosticsWaitForIt() throws {
    let corpus = try Self.largeCorpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let client = try LanguageServerClient()
    _ = client.initialize(
      capabilities: ["window": ["workDoneProgress": true], "textDocument": ["hover": ["contentFormat": ["markdown"]]]],
      options: ["corpus": [.string(corpus.path)]])
    let uri = "file:///tmp/dossier-e2e/river.md"
    let start = Date()
    open(client, text: "The Mekong River Commission was founded in 1996.\n", uri: uri)
    // The client accepts the progress token the server asks for.
    let create = try #require(client.waitFor { $0["method"] == "window/workDoneProgress/create" })
    client.send(["jsonrpc": "2.0", "id": try #require(create["id"]), "result": .null])
    let hover = client.call(
      "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 6]])
    let hoverTime = Date().timeIntervalSince(start)
    #expect(hover?["result"] != nil)
    let first = try #require(client.waitFor(timeout: 60) { $0["method"] == "textDocument/publishDiagnostics" })
    let publishTime = Date().timeIntervalSince(start)
    // Checked against the loaded corpus, not an empty stand-in.
    #expect(codes(first["params"]?["diagnostics"]) == ["fact-conflict"])
    #expect(hoverTime * 2 < publishTime, "hover after \(hoverTime) s, diagnostics after \(publishTime) s")
    let token = try #require(create["params"]?["token"])
    let begin = client.waitFor { $0["method"] == "$/progress" && $0["params"]?["value"]?["kind"] == "begin" }
    let end = client.waitFor { $0["method"] == "$/progress" && $0["params"]?["value"]?["kind"] == "end" }
    #expect(begin?["params"]?["token"] == token)
    #expect(end?["params"]?["token"] == token)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  /// A corpus that cannot load says so, and says what is checked meanwhile: nothing, the first
  /// time; the corpus that loaded before, once one has.
  @Test func aFailedLoadSaysWhatServesMeanwhile() throws {
    let folder = TestScratch.path(
      "dossier-lsp-broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("river.txt")
    let knowledge = folder.appendingPathComponent("knowledge.json")
    let broken = Data("{\"terms\": [".utf8)
    try Data("The Mekong River Commission was founded in 1995.\n".utf8).write(to: document)
    try broken.write(to: knowledge)
    let client = try LanguageServerClient()
    _ = client.initialize(capabilities: [:], options: ["corpus": [.string(folder.path)]])
    let uri = "file:///tmp/dossier-e2e/broken.md"
    open(client, text: "The Mekong River Commission was founded in 1996.\n", uri: uri)
    let first = try #require(client.waitFor(timeout: 30) { $0["method"] == "window/showMessage" })
    #expect(first["params"]?["message"]?.stringValue?.contains("nothing is checked until it loads") == true)

    // Mended and reloaded: checked against it.
    try FileManager.default.removeItem(at: knowledge)
    client.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(knowledge.absoluteString), "type": 3]]])
    let checked = try #require(
      client.waitFor(timeout: 30) {
        $0["method"] == "textDocument/publishDiagnostics" && codes($0["params"]?["diagnostics"]) == ["fact-conflict"]
      })
    #expect(checked["params"]?["uri"] == .string(uri))

    // Broken again: the corpus that loaded keeps serving, and the message says so.
    try broken.write(to: knowledge)
    client.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(knowledge.absoluteString), "type": 1]]])
    let second = try #require(client.waitFor(timeout: 30) { $0["method"] == "window/showMessage" })
    #expect(second["params"]?["message"]?.stringValue?.contains("the last good corpus keeps serving") == true)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  /// A client that does not watch files for the server still sees a corpus edited on disk: the
  /// server looks at the corpus folders itself and checks the open drafts again.
  @Test func aCorpusEditedOnDiskIsSeenWithoutTheClientWatching() throws {
    let folder = TestScratch.path("dossier-lsp-poll-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("2019"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("2019/river.md")
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(to: document)
    let client = try LanguageServerClient(environment: ["DOSSIER_CORPUS_POLL_MILLISECONDS": "200"])
    _ = client.initialize(capabilities: [:], options: ["corpus": [.string(folder.path)]])
    let uri = "file:///tmp/dossier-e2e/poll.md"
    open(client, text: "The Mekong River Commission was founded in 1996.\n", uri: uri)
    let first = try #require(
      client.waitFor(timeout: 30) {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
      })
    #expect(codes(first["params"]?["diagnostics"]) == ["fact-conflict"])
    // The source is corrected to say 1996: the draft agrees with it now.
    try Data("The Mekong River Commission was founded in 1996 by four member countries.\n".utf8).write(to: document)
    let second = try #require(
      client.waitFor(timeout: 30) {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
      })
    #expect(codes(second["params"]?["diagnostics"]) == [])
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  /// A client that watches files for the server is asked to watch a corpus folder that comes into
  /// use after start-up (named by the `.dossier.json` beside a draft opened later).
  @Test func aCorpusFolderFoundLaterIsRegisteredForWatching() throws {
    let root = TestScratch.path(
      "dossier-lsp-register-\(UUID().uuidString)")
    let corpus = root.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(
      to: corpus.appendingPathComponent("river.md"))
    try Data(#"{"corpus": ["sources"]}"#.utf8).write(to: root.appendingPathComponent(".dossier.json"))
    let client = try LanguageServerClient(environment: ["DOSSIER_CORPUS_POLL_MILLISECONDS": "200"])
    _ = client.initialize(capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
    let first = try #require(client.waitFor { $0["method"] == "client/registerCapability" })
    client.send(["jsonrpc": "2.0", "id": try #require(first["id"]), "result": .null])
    open(
      client, text: "The Mekong River Commission was founded in 1996.\n",
      uri: root.appendingPathComponent("memo.md").absoluteString)
    let second = try #require(client.waitFor(timeout: 30) { $0["method"] == "client/registerCapability" })
    let watchers = second["params"]?["registrations"]?[0]?["registerOptions"]?["watchers"]?.arrayValue ?? []
    #expect(watchers.contains { $0["globPattern"]?["baseUri"]?.stringValue?.hasSuffix("/sources") == true })
    #expect(second["params"]?["registrations"]?[0]?["id"] != first["params"]?["registrations"]?[0]?["id"])
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  /// A server opens a corpus through its compiled index; when the corpus changed since the index
  /// was written, the previous index serves while the new one is built (not nothing, and never
  /// another corpus), then the new one.
  @Test func thePreviousIndexServesWhileTheNewOneIsBuilt() throws {
    let folder = try Self.largeCorpus()
    let cache = TestScratch.path("dossier-lsp-cache-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: cache)
    }
    let uri = "file:///tmp/dossier-e2e/index.md"
    let draft = "The Mekong River Commission was founded in 1996.\n"
    func publishes(_ client: LanguageServerClient, _ expected: [String]) -> Bool {
      client.waitFor(timeout: 60) {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
          && codes($0["params"]?["diagnostics"]) == expected
      } != nil
    }
    // The first server builds the index (in the cache folder, whatever the environment of the
    // tests names: an empty `DOSSIER_INDEX_DIR` is unset).
    let first = try LanguageServerClient(environment: ["XDG_CACHE_HOME": cache.path, "DOSSIER_INDEX_DIR": ""])
    _ = first.initialize(capabilities: [:], options: ["corpus": [.string(folder.path)]])
    open(first, text: draft, uri: uri)
    #expect(publishes(first, ["fact-conflict"]))
    _ = first.call("shutdown", .null)
    first.notify("exit", .null)
    _ = first.waitForExit()
    let index = cache.appendingPathComponent("dossier/corpus-index")
    #expect(try FileManager.default.contentsOfDirectory(atPath: index.path).count == 1)

    // The source now agrees with the draft; the next server's build takes a while.
    try Data("The Mekong River Commission was founded in 1996 by four member countries.\n".utf8).write(
      to: folder.appendingPathComponent("river.txt"))
    let second = try LanguageServerClient(
      environment: [
        "XDG_CACHE_HOME": cache.path, "DOSSIER_INDEX_DIR": "", "DOSSIER_TEST_INDEX_BUILD_PAUSE_MILLISECONDS": "3000",
      ])
    _ = second.initialize(capabilities: [:], options: ["corpus": [.string(folder.path)]])
    let start = Date()
    open(second, text: draft, uri: uri)
    // The previous index serves at once, then the rebuilt one.
    #expect(publishes(second, ["fact-conflict"]))
    #expect(Date().timeIntervalSince(start) < 2.5)
    #expect(publishes(second, []))
    _ = second.call("shutdown", .null)
    second.notify("exit", .null)
  }
}
