import DossierJSON

/// Parameters decoded from a message's JSON; a field that is missing or of the wrong type is an
/// `InvalidParams` error (-32602) that names it ("params.position.line must be an integer").
public protocol DecodableParams: Sendable {
  init(from params: Params) throws(ResponseError)
}

/// A value written into a message as JSON.
public protocol EncodableValue: Sendable {
  var json: JSONValue { get }
}

/// A request the client sends: its method, its parameters and its result.
public protocol LSPRequest {
  associatedtype RequestParams: DecodableParams
  associatedtype Response: EncodableValue
  static var method: String { get }
}

/// A notification the client sends: its method and its parameters.
public protocol LSPNotification {
  associatedtype NotificationParams: DecodableParams
  static var method: String { get }
}

/// A message without parameters (`shutdown`, `initialized`, `exit`): anything is accepted.
public struct NoParams: DecodableParams {
  public init(from params: Params) {}
}

/// An answer that is `null` when there is nothing to say (a hover on a blank).
extension Optional: EncodableValue where Wrapped: EncodableValue {
  public var json: JSONValue { self?.json ?? .null }
}

extension Array: EncodableValue where Element: EncodableValue {
  public var json: JSONValue { .array(map(\.json)) }
}

extension JSONValue: EncodableValue {
  public var json: JSONValue { self }
}

/// `null`, the result of `shutdown`.
public struct NullResult: EncodableValue {
  public init() {}
  public var json: JSONValue { .null }
}

/// A notification the server sends: its method and its parameters.
public protocol ServerNotification: EncodableValue {
  static var method: String { get }
}

/// A request the server sends; the client's answer is read by the handler the server keeps for it.
public protocol ServerRequest: EncodableValue {
  static var method: String { get }
}

extension OutgoingMessage {
  /// The JSON-RPC notification that carries `message`.
  public static func notification<Message: ServerNotification>(_ message: Message) -> JSONValue {
    notification(Message.method, message.json)
  }
}
