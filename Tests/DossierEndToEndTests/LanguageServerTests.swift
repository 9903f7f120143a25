import DossierJSON
import DossierTestSupport
import Foundation
import Testing

let memoURI = "file:///tmp/dossier-e2e/memo.md"
let memoText = """
  # Memo

  Pakistan became a nuclear power in 1999.
  The legal basis is EO 13382 and the nonproliferation regime.
  Islamabd said “so” 😀 and WMD.

  """

func open(_ client: LanguageServerClient, text: String = memoText, uri: String = memoURI) {
  client.notify(
    "textDocument/didOpen",
    ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
}

func codes(_ diagnostics: JSONValue?) -> [String] {
  (diagnostics?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
}

@Suite(.serialized) struct LanguageServerTests {
  @Test func lifecycleAndCapabilities() throws {
    let client = try LanguageServerClient()
    let early = client.call(
      "textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])
    #expect(early?["error"]?["code"] == -32002)
    let result = try #require(client.initialize(encodings: ["utf-8", "utf-16"]))
    let capabilities = try #require(result["result"]?["capabilities"])
    #expect(capabilities["positionEncoding"] == "utf-8")
    #expect(capabilities["textDocumentSync"]?["change"] == 2)
    #expect(capabilities["hoverProvider"] == true)
    #expect(capabilities["diagnosticProvider"] == nil)
    #expect(client.call("initialize", ["capabilities": [:]])?["error"]?["code"] == -32600)
    #expect(client.call("dossier/unknown", [:])?["error"]?["code"] == -32601)
    client.notify("$/unknownNotification", [:])
    #expect(client.call("shutdown", .null)?["result"] == .null)
    #expect(client.call("textDocument/hover", [:])?["error"]?["code"] == -32600)
    client.notify("exit", .null)
    #expect(client.waitForExit() == 0)
  }

  @Test func exitWithoutShutdownAndEndOfInput() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    client.notify("exit", .null)
    #expect(client.waitForExit() == 1)
    let other = try LanguageServerClient()
    _ = other.initialize()
    other.closeInput()
    #expect(other.waitForExit() != nil)
  }

  @Test func malformedInputGetsErrorsAndTheServerKeepsServing() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    let garbage = Array("{not json".utf8)
    client.sendRaw(Array("Content-Length: \(garbage.count)\r\n\r\n".utf8) + garbage)
    #expect(client.waitFor { $0["error"]?["code"] == -32700 } != nil)
    client.sendRaw(Array("Content-Length: abc\r\n\r\n{}".utf8))
    #expect(client.call("textDocument/hover", "wrong")?["error"]?["code"] == -32602)
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    client.sendRaw(Array("Content-Length: \(deep.utf8.count)\r\n\r\n\(deep)".utf8))
    #expect(client.waitFor { $0["error"]?["code"] == -32700 } != nil)
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": "file:///never-opened.md", "version": 2], "contentChanges": []])
    open(client)
    let hover = client.call(
      "textDocument/hover",
      ["textDocument": ["uri": .string(memoURI)], "position": ["line": 100_000, "character": 100_000]])
    #expect(hover?["result"] == .null)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
    #expect(client.waitForExit() == 0)
  }

  @Test func aMarkdownFileOpenedAsTextIsReadAsMarkdown() throws {
    // An editor without a Markdown mode (Emacs without markdown-mode) says "text" for a .md file:
    // its front matter is still not prose. A .txt file stays plain text.
    let text = "---\ntags: [nonproliferation]\n---\n\nThe non-proliferation regime.\n"
    for (uri, flagged) in [
      ("file:///tmp/dossier-e2e/as-text.md", false), ("file:///tmp/dossier-e2e/as-text.txt", true),
    ] {
      let client = try LanguageServerClient()
      _ = client.initialize()
      client.notify(
        "textDocument/didOpen",
        ["textDocument": ["uri": .string(uri), "languageId": "text", "version": 1, "text": .string(text)]])
      let published = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
      #expect(codes(published["params"]?["diagnostics"]).contains("term-variant") == flagged, "\(uri)")
    }
  }

  @Test func pushDiagnosticsFollowEditsWithVersions() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    open(client)
    let first = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    #expect(first["params"]?["version"] == 1)
    let diagnostics = try #require(first["params"]?["diagnostics"])
    #expect(Set(codes(diagnostics)) == ["fact-conflict", "term-variant", "name-misspelled", "acronym-undefined"])
    let conflict = try #require(diagnostics.arrayValue?.first { $0["code"] == "fact-conflict" })
    #expect(conflict["range"] == ["start": ["line": 2, "character": 35], "end": ["line": 2, "character": 39]])
    #expect(conflict["source"] == "dossier")
    #expect(conflict["severity"] == 1)
    // The rule's page, written where the link leads.
    let href = try #require(conflict["codeDescription"]?["href"]?.stringValue)
    #expect(href.hasPrefix("file://") && href.hasSuffix("/rules/fact-conflict.md"))
    let page = try String(contentsOf: try #require(URL(string: href)), encoding: .utf8)
    #expect(page.hasPrefix("# fact-conflict\n"))
    #expect(
      conflict["relatedInformation"]?[0]?["location"]?["uri"]?.stringValue?.hasSuffix("000_3a5685f57547a5d7.txt")
        == true)
    // UTF-16: the emoji counts two units; "WMD" on line 4 starts after it.
    let acronym = try #require(diagnostics.arrayValue?.first { $0["code"] == "acronym-undefined" })
    #expect(acronym["range"]?["start"]?["character"] == 26)

    // Fix the year with an incremental edit.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(memoURI), "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 2, "character": 35], "end": ["line": 2, "character": 39]], "text": "1998"]
        ],
      ])
    let second = try #require(
      client.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["version"] == 2 })
    let secondCodes = codes(second["params"]?["diagnostics"])
    #expect(!secondCodes.contains("fact-conflict"))
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(memoURI)]])
    let cleared = client.waitFor {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["diagnostics"] == []
    }
    #expect(cleared != nil)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func pullDiagnosticsWithResultIDs() throws {
    let client = try LanguageServerClient()
    let result = client.initialize(pull: true)
    #expect(result?["result"]?["capabilities"]?["diagnosticProvider"] != nil)
    open(client)
    let report = try #require(
      client.call("textDocument/diagnostic", ["textDocument": ["uri": .string(memoURI)]])?["result"])
    #expect(report["kind"] == "full")
    let reportCodes = codes(report["items"])
    #expect(reportCodes.contains("fact-conflict"))
    let resultID = try #require(report["resultId"])
    let again = client.call(
      "textDocument/diagnostic", ["textDocument": ["uri": .string(memoURI)], "previousResultId": resultID])
    #expect(again?["result"]?["kind"] == "unchanged")
    // No pushes for a pull client.
    #expect(client.waitFor(timeout: 0.5) { $0["method"] == "textDocument/publishDiagnostics" } == nil)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func hoverCompletionDefinitionActionsAndSymbols() throws {
    let client = try LanguageServerClient()
    _ = client.initialize()
    open(client)
    let document: JSONValue = ["uri": .string(memoURI)]
    let hover = try #require(
      client.call("textDocument/hover", ["textDocument": document, "position": ["line": 3, "character": 22]])?["result"]
    )
    let markdown = try #require(hover["contents"]?["value"]?.stringValue)
    #expect(markdown.contains("Executive Order 13382"))
    #expect(markdown.contains("000_3a5685f57547a5d7.txt:8"))

    let completion = try #require(
      client.call("textDocument/completion", ["textDocument": document, "position": ["line": 2, "character": 35]])?[
        "result"])
    #expect(completion["items"]?[0]?["label"] == "1998")
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(memoURI), "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]], "text": "Isla"]
        ],
      ])
    let typing = client.call(
      "textDocument/completion", ["textDocument": document, "position": ["line": 5, "character": 4]])?["result"]
    // While a word is typed the list is incomplete: more letters bring the corpus's phrases.
    #expect(typing?["isIncomplete"] == true)
    let names = try #require(typing?["items"]?.arrayValue)
    let islamabad = try #require(names.first { $0["label"] == "Islamabad" })
    #expect(
      islamabad["textEdit"]?["range"] == ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 4]])
    let resolved = client.call("completionItem/resolve", islamabad)?["result"]
    #expect(resolved?["documentation"]?["value"]?.stringValue?.contains("Islamabad") == true)

    let definition = try #require(
      client.call("textDocument/definition", ["textDocument": document, "position": ["line": 3, "character": 22]])?[
        "result"]?.arrayValue)
    let target = try #require(definition.first?["uri"]?.stringValue)
    #expect(target.hasPrefix("file://"))
    let path = String(target.dropFirst("file://".count))
    #expect(FileManager.default.fileExists(atPath: path))

    let actions = try #require(
      client.call(
        "textDocument/codeAction",
        [
          "textDocument": document,
          "range": ["start": ["line": 2, "character": 36], "end": ["line": 2, "character": 36]],
          "context": ["diagnostics": []],
        ])?["result"]?
        .arrayValue)
    let quickfix = try #require(actions.first { $0["title"] == "Replace with 1998" })
    #expect(quickfix["isPreferred"] == true)
    #expect(quickfix["edit"]?["changes"]?[memoURI]?[0]?["newText"] == "1998")
    #expect(actions.contains { $0["title"] == "Disable fact-conflict on this line" })
    #expect(actions.contains { $0["kind"] == "source.fixAll.dossier" })

    let symbols = try #require(
      client.call("textDocument/documentSymbol", ["textDocument": document])?["result"]?.arrayValue)
    #expect(symbols.first?["name"] == "Memo")
    let workspace = try #require(client.call("workspace/symbol", ["query": "13382"])?["result"]?.arrayValue)
    #expect(workspace.contains { $0["name"] == "Executive Order 13382" })
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func configurationFromInitializationOptionsAndBrokenCorpus() throws {
    let client = try LanguageServerClient()
    _ = client.initialize(options: ["dossier": ["rules": ["term-variant": "off"]]])
    open(client)
    let published = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    let publishedCodes = codes(published["params"]?["diagnostics"])
    #expect(!publishedCodes.contains("term-variant"))
    client.notify("workspace/didChangeConfiguration", ["settings": ["dossier": ["corpus": ["/nonexistent/corpus"]]]])
    let message = client.waitFor { $0["method"] == "window/showMessage" }
    #expect(message?["params"]?["message"]?.stringValue?.contains("corpus folder not found") == true)
    // The last good (here: embedded) corpus keeps serving.
    let after = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    let afterCodes = codes(after["params"]?["diagnostics"])
    #expect(afterCodes.contains("fact-conflict"))
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func watchedCorpusChangesReloadAndCancelIsHarmless() throws {
    let corpus = TestScratch.path(
      "dossier-lsp-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let document = corpus.appendingPathComponent("river.txt")
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(to: document)
    let client = try LanguageServerClient()
    _ = client.initialize(options: ["corpus": [.string(corpus.path)]])
    open(client, text: "The Mekong River Commission was founded in 1996.\n", uri: "file:///tmp/dossier-e2e/river.md")
    let first = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    let firstCodes = codes(first["params"]?["diagnostics"])
    #expect(firstCodes == ["fact-conflict"])
    try Data("The Mekong River Commission was founded in 1996 by four member countries.\n".utf8).write(to: document)
    client.notify(
      "workspace/didChangeWatchedFiles", ["changes": [["uri": .string("file://" + document.path), "type": 2]]])
    let second = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    #expect(second["params"]?["diagnostics"] == [])
    client.notify("$/cancelRequest", ["id": 999])
    #expect(client.call("workspace/symbol", ["query": "zzz-nothing"])?["result"] == [])
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
    #expect(client.waitForExit() == 0)
  }
}
