import DossierJSON

/// `textDocument/diagnostic`: the findings of a document, for a client that pulls them.
public enum DocumentDiagnosticRequest: LSPRequest {
  public static let method = "textDocument/diagnostic"
  public typealias RequestParams = DocumentDiagnosticParams
  public typealias Response = DocumentDiagnosticReport
}

public struct DocumentDiagnosticParams: DecodableParams {
  public var uri: String
  /// The result id of the report the client holds.
  public var previousResultID: String?

  public init(from params: Params) throws(ResponseError) {
    uri = try params.documentURI()
    if let previous = try params.optionalChild("previousResultId") {
      guard let id = previous.value.stringValue else { throw .invalidParams("\(previous.path) must be a string") }
      previousResultID = id
    }
  }
}

public enum DocumentDiagnosticReport: EncodableValue {
  /// Every diagnostic of the document (as published), under a new result id.
  case full(resultID: String, items: [Diagnostic])
  /// The report with this id still holds.
  case unchanged(resultID: String)

  public var json: JSONValue {
    switch self {
    case .full(let id, let items): ["kind": "full", "resultId": .string(id), "items": items.json]
    case .unchanged(let id): ["kind": "unchanged", "resultId": .string(id)]
    }
  }
}
