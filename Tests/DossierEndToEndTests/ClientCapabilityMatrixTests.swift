import DossierJSON
import Foundation
import Testing

/// What each kind of client receives, from the capabilities it declares, trimmed to the fields
/// Dossier reads. Neovim's are recorded from `vim.lsp.protocol.make_client_capabilities()` of the
/// Neovim that CI installs; VS Code's (vscode-languageclient) and Emacs eglot's are transcribed by
/// hand from what those clients send; the last is a terminal client that shows plain text only.
@Suite(.serialized) struct ClientCapabilityMatrixTests {
  struct Client {
    var name: String
    var capabilities: String
    var encoding: String
    var markdown: Bool
    var codeDescription: Bool
    var relatedInformation: Bool
  }

  static let clients = [
    Client(
      name: "Neovim",
      capabilities: """
        {"general":{"positionEncodings":["utf-8","utf-16","utf-32"]},"textDocument":{"hover":{"contentFormat":["markdown","plaintext"],"dynamicRegistration":true},"completion":{"completionItem":{"snippetSupport":true,"documentationFormat":["markdown","plaintext"],"resolveSupport":{"properties":["additionalTextEdits","command"]}}},"publishDiagnostics":{"tagSupport":{"valueSet":[1,2]},"dataSupport":true,"relatedInformation":true},"diagnostic":{"relatedDocumentSupport":true,"dynamicRegistration":false,"tagSupport":{"valueSet":[1,2]},"dataSupport":true,"relatedInformation":true}},"workspace":{"configuration":true,"didChangeWatchedFiles":{"relativePatternSupport":true,"dynamicRegistration":false}},"window":{"workDoneProgress":true}}
        """,
      encoding: "utf-8", markdown: true, codeDescription: false, relatedInformation: true),
    Client(
      name: "VS Code",
      capabilities: """
        {"general":{"positionEncodings":["utf-16"]},"textDocument":{"hover":{"dynamicRegistration":true,"contentFormat":["markdown","plaintext"]},"completion":{"completionItem":{"snippetSupport":true,"documentationFormat":["markdown","plaintext"],"resolveSupport":{"properties":["documentation","detail","additionalTextEdits"]}}},"publishDiagnostics":{"relatedInformation":true,"versionSupport":false,"tagSupport":{"valueSet":[1,2]},"codeDescriptionSupport":true,"dataSupport":true},"diagnostic":{"dynamicRegistration":true,"relatedDocumentSupport":false}},"workspace":{"configuration":true,"diagnostics":{"refreshSupport":true},"didChangeWatchedFiles":{"dynamicRegistration":true,"relativePatternSupport":true}},"window":{"workDoneProgress":true}}
        """,
      encoding: "utf-16", markdown: true, codeDescription: true, relatedInformation: true),
    Client(
      name: "Emacs eglot",
      capabilities: """
        {"general":{"positionEncodings":["utf-32","utf-8","utf-16"]},"textDocument":{"hover":{"dynamicRegistration":false,"contentFormat":["markdown","plaintext"]},"completion":{"dynamicRegistration":false,"completionItem":{"snippetSupport":false,"deprecatedSupport":true,"resolveSupport":{"properties":["documentation","details","additionalTextEdits"]},"tagSupport":{"valueSet":[1]}},"contextSupport":true},"publishDiagnostics":{"relatedInformation":false,"codeDescriptionSupport":false,"tagSupport":{"valueSet":[1,2]}}},"workspace":{"configuration":true,"didChangeWatchedFiles":{"dynamicRegistration":true}},"window":{"workDoneProgress":true}}
        """,
      encoding: "utf-8", markdown: true, codeDescription: false, relatedInformation: false),
    Client(
      name: "plain-text terminal client",
      capabilities: """
        {"textDocument":{"hover":{"contentFormat":["plaintext"]},"completion":{"completionItem":{"documentationFormat":["plaintext"]}},"publishDiagnostics":{"relatedInformation":true}}}
        """,
      encoding: "utf-16", markdown: false, codeDescription: false, relatedInformation: true),
  ]

  @Test(arguments: clients.indices) func eachClientGetsWhatItDeclared(_ index: Int) throws {
    let expected = Self.clients[index]
    let capabilities = try JSONValue.parse(Array(expected.capabilities.utf8))
    let client = try LanguageServerClient()
    let initialized = client.initialize(capabilities: capabilities)
    let name = expected.name
    #expect(
      initialized?["result"]?["capabilities"]?["positionEncoding"] == .string(expected.encoding), "\(name)")
    open(client)
    let document: JSONValue = ["uri": .string(memoURI)]

    // Diagnostics, pulled or pushed as the client declared.
    let diagnostics: [JSONValue]
    if capabilities["textDocument"]?["diagnostic"] != nil {
      diagnostics =
        client.call("textDocument/diagnostic", ["textDocument": document])?["result"]?["items"]?.arrayValue ?? []
    } else {
      diagnostics =
        client.waitFor { $0["method"] == "textDocument/publishDiagnostics" }?["params"]?["diagnostics"]?.arrayValue
        ?? []
    }
    let conflict = try #require(diagnostics.first { $0["code"] == "fact-conflict" }, "\(name)")
    #expect((conflict["codeDescription"] != nil) == expected.codeDescription, "\(name)")
    #expect((conflict["relatedInformation"] != nil) == expected.relatedInformation, "\(name)")

    // Hover: Markdown, or the same content without markup.
    let hover = try #require(
      client.call("textDocument/hover", ["textDocument": document, "position": ["line": 3, "character": 22]])?[
        "result"]?["contents"], "\(name)")
    let text = try #require(hover["value"]?.stringValue)
    #expect(text.contains("Executive Order 13382"), "\(name)")
    #expect(text.contains("000_3a5685f57547a5d7.txt:8"), "\(name)")
    if expected.markdown {
      #expect(hover["kind"] == "markdown", "\(name)")
      #expect(text.contains("**"), "\(name)")
    } else {
      #expect(hover["kind"] == "plaintext", "\(name)")
      // No Markdown: emphasis, code, headings or quotation blocks.
      #expect(!text.contains("**") && !text.contains("`"), "\(name): \(text)")
      #expect(!text.split(separator: "\n").contains { $0.hasPrefix("#") || $0.hasPrefix(">") }, "\(name): \(text)")
    }

    // A completion item's documentation, in the format the client reads.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(memoURI), "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 5, "character": 0], "end": ["line": 5, "character": 0]], "text": "Isla"]
        ],
      ])
    let items = client.call(
      "textDocument/completion", ["textDocument": document, "position": ["line": 5, "character": 4]])?["result"]?[
        "items"]?.arrayValue
    let islamabad = try #require(items?.first { $0["label"] == "Islamabad" }, "\(name)")
    let documentation = try #require(client.call("completionItem/resolve", islamabad)?["result"]?["documentation"])
    #expect(documentation["kind"] == (expected.markdown ? "markdown" : "plaintext"), "\(name)")
    let value = try #require(documentation["value"]?.stringValue)
    #expect(value.contains("Islamabad"), "\(name)")
    #expect(value.contains("```") == expected.markdown, "\(name)")
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }
}
