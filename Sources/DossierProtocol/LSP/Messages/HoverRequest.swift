import DossierJSON

/// `textDocument/hover`: what the corpus says about the item under the cursor.
public enum HoverRequest: LSPRequest {
  public static let method = "textDocument/hover"
  public typealias RequestParams = TextDocumentPositionParams
  public typealias Response = Hover?
}

public struct Hover: EncodableValue, Equatable {
  public var contents: MarkupContent
  public var range: LSPRange?

  public init(contents: MarkupContent, range: LSPRange?) {
    self.contents = contents
    self.range = range
  }

  public var json: JSONValue {
    var object: JSONObject = ["contents": contents.json]
    if let range { object["range"] = range.json }
    return .object(object)
  }
}
