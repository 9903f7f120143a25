import DossierJSON

/// A document and a position in it (`hover`, `completion`, `definition`).
public struct TextDocumentPositionParams: DecodableParams {
  public var uri: String
  public var position: Position

  public init(from params: Params) throws(ResponseError) {
    uri = try params.documentURI()
    position = try params.position()
  }
}

/// Just a document (`documentSymbol`, `didClose`, `didSave`).
public struct TextDocumentParams: DecodableParams {
  public var uri: String

  public init(from params: Params) throws(ResponseError) {
    uri = try params.documentURI()
  }
}
