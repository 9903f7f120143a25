import DossierJSON

/// `textDocument/documentSymbol`: the draft's headings, nested by level.
public enum DocumentSymbolRequest: LSPRequest {
  public static let method = "textDocument/documentSymbol"
  public typealias RequestParams = TextDocumentParams
  public typealias Response = [DocumentSymbol]
}

public struct DocumentSymbol: EncodableValue {
  /// LSP `SymbolKind` values Dossier uses.
  public enum Kind: Int, Sendable {
    case key = 20
    case string = 15
    case constant = 14
    case object = 19
    case reference = 18
  }

  public var name: String
  public var kind: Kind
  public var range: LSPRange
  public var selectionRange: LSPRange
  public var children: [DocumentSymbol]

  public init(name: String, kind: Kind, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol] = []) {
    self.name = name
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }

  public var json: JSONValue {
    var object: JSONObject = [
      "name": .string(name), "kind": .integer(kind.rawValue), "range": range.json,
      "selectionRange": selectionRange.json,
    ]
    if !children.isEmpty { object["children"] = children.json }
    return .object(object)
  }
}
