import DossierJSON
import Foundation
import Testing

/// The editor integrations in `editors/` stay in step with what the server reads.
@Suite(.serialized) struct EditorIntegrationTests {
  let manifest: JSONValue

  init() throws {
    let data = try Data(contentsOf: packageRoot.appendingPathComponent("editors/vscode/package.json"))
    manifest = try JSONValue.parse([UInt8](data))
  }

  /// The `.dossier.json` keys, which the server reads from settings too.
  static let configurationKeys: Set<String> = ["corpus", "includeEmbeddedCorpus", "rules", "accept"]
  /// Settings only the editor uses.
  static let clientKeys: Set<String> = ["path", "trace.server"]

  @Test func manifestHasTheFieldsVSCodeNeeds() throws {
    for field in ["name", "displayName", "version", "publisher", "engines", "main", "activationEvents", "contributes"] {
      #expect(manifest[field] != nil, "missing \(field)")
    }
    #expect(manifest["engines"]?["vscode"]?.stringValue != nil)
    #expect(manifest["dependencies"]?["vscode-languageclient"] != nil)
    let events = manifest["activationEvents"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(events.contains("onLanguage:markdown"))
    #expect(events.contains("onLanguage:plaintext"))
    let commands = manifest["contributes"]?["commands"]?.arrayValue?.compactMap { $0["command"]?.stringValue } ?? []
    #expect(commands.contains("dossier.restartServer"))
    let main = try #require(manifest["main"]?.stringValue)
    let source = try String(
      contentsOf: packageRoot.appendingPathComponent("editors/vscode").appendingPathComponent(main), encoding: .utf8)
    #expect(source.contains("'lsp', '--stdio'"))
    #expect(source.contains("dossier.restartServer"))
  }

  @Test func everyContributedSettingIsOneTheServerReads() throws {
    let properties = try #require(manifest["contributes"]?["configuration"]?["properties"]?.objectValue)
    let keys = Set(properties.keys.map { String($0.dropFirst("dossier.".count)) })
    #expect(properties.keys.allSatisfy { $0.hasPrefix("dossier.") })
    #expect(keys.subtracting(Self.clientKeys) == Self.configurationKeys)
    let ruleNames = Set(properties["dossier.rules"]?["properties"]?.objectValue?.keys ?? [])
    #expect(
      ruleNames == [
        "fact-conflict", "unknown-reference", "term-variant", "acronym-undefined", "name-misspelled", "quote-mismatch",
      ])

    // The settings VS Code sends (defaults, as configurationSection "dossier" nests them) are
    // accepted by the server without complaint.
    var settings = JSONObject()
    for (key, value) in properties {
      let name = String(key.dropFirst("dossier.".count))
      if name == "trace.server" {
        settings["trace"] = ["server": value["default"] ?? "off"]
      } else {
        settings[name] = value["default"] ?? .null
      }
    }
    settings["rules"] = ["term-variant": "off"]
    let client = try LanguageServerClient()
    _ = client.initialize(options: .object(settings))
    open(client)
    let published = try #require(client.waitFor { $0["method"] == "textDocument/publishDiagnostics" })
    let publishedCodes = codes(published["params"]?["diagnostics"])
    #expect(publishedCodes.contains("fact-conflict"))
    #expect(!publishedCodes.contains("term-variant"))
    client.notify("workspace/didChangeConfiguration", ["settings": ["dossier": .object(settings)]])
    #expect(client.waitFor(timeout: 1) { $0["method"] == "window/showMessage" } == nil)
    _ = client.call("shutdown", .null)
    client.notify("exit", .null)
  }

  @Test func neovimConfigNamesTheServerCommand() throws {
    let config = try String(
      contentsOf: packageRoot.appendingPathComponent("editors/nvim/lsp/dossier.lua"), encoding: .utf8)
    #expect(config.contains("'dossier', 'lsp', '--stdio'"))
    #expect(config.contains("'markdown', 'text'"))
    #expect(config.contains("'.dossier.json', '.git'"))
  }
}
