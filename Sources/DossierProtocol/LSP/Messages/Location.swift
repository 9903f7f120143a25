import DossierJSON

/// A range in a document named by its URI (LSP `Location`).
public struct Location: EncodableValue, Equatable {
  public var uri: String
  public var range: LSPRange

  public init(uri: String, range: LSPRange) {
    self.uri = uri
    self.range = range
  }

  public var json: JSONValue { ["uri": .string(uri), "range": range.json] }
}
