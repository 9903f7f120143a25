import DossierJSON
import Foundation
import Testing

/// The first diagnostics use the client's settings, however late it sends them.
@Suite(.serialized) struct SettingsFirstTests {
  static let settings: JSONValue = [["rules": ["fact-conflict": "off"]]]

  func answer(_ client: LanguageServerClient, after delay: useconds_t) throws {
    let request = try #require(client.waitFor { $0["method"] == "workspace/configuration" })
    usleep(delay)
    client.send(["jsonrpc": "2.0", "id": try #require(request["id"]), "result": Self.settings])
  }

  @Test func pushedDiagnosticsWaitForTheSettings() throws {
    let client = try LanguageServerClient()
    _ = client.initialize(capabilities: ["workspace": ["configuration": true]])
    open(client)
    try answer(client, after: 300_000)
    let first = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    let firstCodes = codes(first["params"]?["diagnostics"])
    #expect(!firstCodes.contains("fact-conflict"), "published with the default settings: \(firstCodes)")
    #expect(firstCodes.contains("term-variant"))
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func pulledDiagnosticsWaitForTheSettings() throws {
    let client = try LanguageServerClient()
    _ = client.initialize(capabilities: [
      "workspace": ["configuration": true], "textDocument": ["diagnostic": ["dynamicRegistration": false]],
    ])
    open(client)
    let pull = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(memoURI)]])
    try answer(client, after: 300_000)
    let report = try #require(client.response(to: pull)?["result"])
    let reportCodes = codes(report["items"])
    #expect(!reportCodes.contains("fact-conflict"), "answered with the default settings: \(reportCodes)")
    #expect(reportCodes.contains("term-variant"))
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func aClientThatNeverAnswersStillGetsDiagnostics() throws {
    let client = try LanguageServerClient()
    _ = client.initialize(capabilities: ["workspace": ["configuration": true]])
    open(client)
    #expect(client.waitFor { $0["method"] == "workspace/configuration" } != nil)
    let published = client.waitFor(timeout: 10) { $0["method"] == "textDocument/publishDiagnostics" }
    let publishedCodes = codes(published?["params"]?["diagnostics"])
    #expect(publishedCodes.contains("fact-conflict"))
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }
}
