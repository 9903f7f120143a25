import DossierJSON

/// `workspace/didChangeConfiguration`: the settings changed (given here, or to be pulled).
public enum DidChangeConfiguration: LSPNotification {
  public static let method = "workspace/didChangeConfiguration"
  public typealias NotificationParams = DidChangeConfigurationParams
}

public struct DidChangeConfigurationParams: DecodableParams {
  public var settings: JSONValue?

  public init(from params: Params) throws(ResponseError) {
    settings = params.value["settings"]
  }
}
