import DossierJSON

/// `textDocument/completion`: corpus terms, names, acronyms and references for the word being typed.
public enum CompletionRequest: LSPRequest {
  public static let method = "textDocument/completion"
  public typealias RequestParams = TextDocumentPositionParams
  public typealias Response = CompletionList?
}

public struct CompletionList: EncodableValue {
  public var isIncomplete: Bool
  public var items: [CompletionItem]

  public init(isIncomplete: Bool, items: [CompletionItem]) {
    self.isIncomplete = isIncomplete
    self.items = items
  }

  public var json: JSONValue { ["isIncomplete": .bool(isIncomplete), "items": items.json] }
}

/// One completion (LSP `CompletionItem`). A resolve request sends the item back with whatever
/// the client added; fields Dossier does not model are kept in `otherFields` and returned as they
/// came.
public struct CompletionItem: EncodableValue, DecodableParams {
  public enum Kind: Int, Sendable {
    case text = 1
    case `class` = 7
    case value = 12
    case keyword = 14
    case reference = 18
  }

  public var label: String
  public var kind: Kind?
  public var detail: String?
  public var sortText: String?
  public var filterText: String?
  public var textEdit: LSPTextEdit?
  public var documentation: MarkupContent?
  /// What resolving the item needs: the document's URI and the label.
  public var data: JSONValue?
  public var otherFields = JSONObject()

  public init(
    label: String, kind: Kind?, detail: String?, sortText: String?, filterText: String?, textEdit: LSPTextEdit?,
    data: JSONValue?
  ) {
    self.label = label
    self.kind = kind
    self.detail = detail
    self.sortText = sortText
    self.filterText = filterText
    self.textEdit = textEdit
    self.data = data
  }

  public init(from params: Params) throws(ResponseError) {
    label = try params.string("label")
    data = params.value["data"]
    for (key, value) in try params.object() where key != "label" && key != "data" { otherFields[key] = value }
  }

  public var json: JSONValue {
    var object: JSONObject = ["label": .string(label)]
    for (key, value) in otherFields { object[key] = value }
    if let kind { object["kind"] = .integer(kind.rawValue) }
    if let detail { object["detail"] = .string(detail) }
    if let sortText { object["sortText"] = .string(sortText) }
    if let filterText { object["filterText"] = .string(filterText) }
    if let textEdit { object["textEdit"] = textEdit.json }
    if let documentation { object["documentation"] = documentation.json }
    if let data { object["data"] = data }
    return .object(object)
  }
}

/// `completionItem/resolve`: an item's documentation, worked out only when the client shows it.
public enum CompletionResolveRequest: LSPRequest {
  public static let method = "completionItem/resolve"
  public typealias RequestParams = CompletionItem
  public typealias Response = CompletionItem
}
