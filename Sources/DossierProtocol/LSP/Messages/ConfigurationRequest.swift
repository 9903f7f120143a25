import DossierJSON

/// `workspace/configuration`, sent by the server: the client's settings for these sections.
public struct ConfigurationRequest: ServerRequest {
  public static let method = "workspace/configuration"
  public var sections: [String]

  public init(sections: [String]) { self.sections = sections }

  public var json: JSONValue { ["items": .array(sections.map { ["section": .string($0)] })] }
}
