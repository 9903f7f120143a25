import DossierJSON

/// `workspace/symbol`: the corpus's terms, references, acronyms and facts matching a query.
public enum WorkspaceSymbolRequest: LSPRequest {
  public static let method = "workspace/symbol"
  public typealias RequestParams = WorkspaceSymbolParams
  public typealias Response = [SymbolInformation]
}

public struct WorkspaceSymbolParams: DecodableParams {
  public var query: String

  public init(from params: Params) throws(ResponseError) {
    query = try params.string("query")
  }
}

public struct SymbolInformation: EncodableValue {
  public var name: String
  public var kind: DocumentSymbol.Kind
  public var location: Location
  public var containerName: String

  public init(name: String, kind: DocumentSymbol.Kind, location: Location, containerName: String) {
    self.name = name
    self.kind = kind
    self.location = location
    self.containerName = containerName
  }

  public var json: JSONValue {
    [
      "name": .string(name), "kind": .integer(kind.rawValue), "location": location.json,
      "containerName": .string(containerName),
    ]
  }
}
