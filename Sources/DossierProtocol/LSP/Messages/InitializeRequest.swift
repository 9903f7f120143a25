import DossierJSON

/// `initialize`: what the client can do, in exchange for what the server can.
public enum InitializeRequest: LSPRequest {
  public static let method = "initialize"
  public typealias RequestParams = InitializeParams
  public typealias Response = InitializeResult
}

public struct InitializeParams: DecodableParams {
  public var capabilities: ClientCapabilities
  /// `trace` other than "off": log messages go to the client too.
  public var traces: Bool
  /// Settings given up front (the same shape as the `dossier` configuration section).
  public var initializationOptions: JSONValue?

  public init(from params: Params) throws(ResponseError) {
    _ = try params.object()
    capabilities = ClientCapabilities(try params.optionalChild("capabilities")?.value ?? .null)
    traces = params.value["trace"]?.stringValue.map { $0 != "off" } ?? false
    initializationOptions = params.value["initializationOptions"]
  }
}

public struct InitializeResult: EncodableValue {
  /// The server's capabilities, as LSP writes them.
  public var capabilities: JSONObject
  public var serverName: String
  public var serverVersion: String

  public init(capabilities: JSONObject, serverName: String, serverVersion: String) {
    self.capabilities = capabilities
    self.serverName = serverName
    self.serverVersion = serverVersion
  }

  public var json: JSONValue {
    [
      "capabilities": .object(capabilities),
      "serverInfo": ["name": .string(serverName), "version": .string(serverVersion)],
    ]
  }
}

/// `shutdown`: the server stops answering requests; `exit` follows.
public enum ShutdownRequest: LSPRequest {
  public static let method = "shutdown"
  public typealias RequestParams = NoParams
  public typealias Response = NullResult
}
