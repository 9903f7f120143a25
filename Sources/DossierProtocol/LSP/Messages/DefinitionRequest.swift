import DossierJSON

/// `textDocument/definition`: the corpus lines an item comes from.
public enum DefinitionRequest: LSPRequest {
  public static let method = "textDocument/definition"
  public typealias RequestParams = TextDocumentPositionParams
  public typealias Response = [Location]?
}
