import DossierJSON

/// `textDocument/codeAction`: fixes for the findings in a range, and "fix all".
public enum CodeActionRequest: LSPRequest {
  public static let method = "textDocument/codeAction"
  public typealias RequestParams = CodeActionParams
  public typealias Response = [CodeAction]
}

public struct CodeActionParams: DecodableParams {
  public var uri: String
  public var range: LSPRange
  /// `context.only`: the kinds the client wants, or nil for all.
  public var only: [String]?

  public init(from params: Params) throws(ResponseError) {
    uri = try params.documentURI()
    range = try params.range()
    // The context is required; its `only` filter, when given, is a list of kinds.
    let context = try params.child("context")
    _ = try context.object()
    if let kinds = try context.optionalChild("only") {
      guard let list = kinds.value.arrayValue, list.allSatisfy({ $0.stringValue != nil }) else {
        throw .invalidParams("\(kinds.path) must be an array of code action kinds")
      }
      only = list.compactMap(\.stringValue)
    }
  }
}

public struct CodeAction: EncodableValue {
  public var title: String
  public var kind: String
  /// The diagnostics the action resolves, as published.
  public var diagnostics: [Diagnostic]
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit

  public init(
    title: String, kind: String, diagnostics: [Diagnostic] = [], isPreferred: Bool? = nil, edit: WorkspaceEdit
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.isPreferred = isPreferred
    self.edit = edit
  }

  public var json: JSONValue {
    var object: JSONObject = ["title": .string(title), "kind": .string(kind)]
    if !diagnostics.isEmpty { object["diagnostics"] = diagnostics.json }
    if let isPreferred { object["isPreferred"] = .bool(isPreferred) }
    object["edit"] = edit.json
    return .object(object)
  }
}
