/// `$/setTrace`: whether the server's log goes to the client too.
public enum SetTrace: LSPNotification {
  public static let method = "$/setTrace"
  public typealias NotificationParams = SetTraceParams
}

public struct SetTraceParams: DecodableParams {
  public var traces: Bool

  public init(from params: Params) throws(ResponseError) {
    traces = try params.string("value") != "off"
  }
}
