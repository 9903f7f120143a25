import DossierJSON

/// A JSON-RPC request id: a number or a string.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  case number(Int)
  case string(String)

  public init?(_ value: JSONValue) {
    switch value {
    case .integer(let number): self = .number(number)
    case .string(let string): self = .string(string)
    default: return nil
    }
  }

  public var json: JSONValue {
    switch self {
    case .number(let number): .integer(number)
    case .string(let string): .string(string)
    }
  }

  public var description: String {
    switch self {
    case .number(let number): String(number)
    case .string(let string): "\"\(string)\""
    }
  }
}

/// JSON-RPC and LSP error codes.
public struct ErrorCode: RawRepresentable, Sendable, Hashable {
  public var rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let parseError = ErrorCode(rawValue: -32700)
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  public static let invalidParams = ErrorCode(rawValue: -32602)
  public static let internalError = ErrorCode(rawValue: -32603)
  public static let serverNotInitialized = ErrorCode(rawValue: -32002)
  public static let requestFailed = ErrorCode(rawValue: -32803)
  public static let serverCancelled = ErrorCode(rawValue: -32802)
  public static let contentModified = ErrorCode(rawValue: -32801)
  public static let requestCancelled = ErrorCode(rawValue: -32800)
}

/// An error answer.
public struct ResponseError: Error, Sendable, Hashable {
  public var code: ErrorCode
  public var message: String

  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }

  public static func invalidParams(_ message: String) -> ResponseError { ResponseError(.invalidParams, message) }

  public var json: JSONValue { ["code": .integer(code.rawValue), "message": .string(message)] }
}

/// A decoded incoming message.
public enum IncomingMessage: Sendable {
  case request(id: RequestID, method: String, params: JSONValue)
  case notification(method: String, params: JSONValue)
  case response(id: RequestID, result: JSONValue?, error: JSONValue?)
  /// Not a valid message; `id` when one could be recovered (so the error can answer it).
  case invalid(id: RequestID?, error: ResponseError)

  /// Decodes a frame's body.
  public static func decode(_ body: [UInt8]) -> IncomingMessage {
    let value: JSONValue
    do {
      // Messages come from another program: a key written twice keeps its last value, as
      // most JSON-RPC peers read it, rather than failing the whole message.
      value = try JSONValue.parse(body, maximumDepth: 256, duplicateKeys: .keepLast)
    } catch {
      return .invalid(id: nil, error: ResponseError(.parseError, "parse error: \(error)"))
    }
    guard let object = value.objectValue else {
      if value.arrayValue != nil {
        return .invalid(id: nil, error: ResponseError(.invalidRequest, "batches are not supported"))
      }
      return .invalid(id: nil, error: ResponseError(.invalidRequest, "a message is a JSON object"))
    }
    let idValue = object["id"]
    let id = idValue.flatMap(RequestID.init)
    guard object["jsonrpc"] == "2.0" else {
      return .invalid(id: id, error: ResponseError(.invalidRequest, "\"jsonrpc\" must be \"2.0\""))
    }
    if let method = object["method"] {
      guard let name = method.stringValue else {
        return .invalid(id: id, error: ResponseError(.invalidRequest, "\"method\" must be a string"))
      }
      let params = object["params"] ?? .null
      if let idValue, !idValue.isNull {
        guard let id else {
          return .invalid(id: nil, error: ResponseError(.invalidRequest, "\"id\" must be a number or a string"))
        }
        return .request(id: id, method: name, params: params)
      }
      return .notification(method: name, params: params)
    }
    if let id, object["result"] != nil || object["error"] != nil {
      return .response(id: id, result: object["result"], error: object["error"])
    }
    return .invalid(id: id, error: ResponseError(.invalidRequest, "neither a request, a notification nor a response"))
  }
}

/// Outgoing messages as JSON.
public enum OutgoingMessage {
  public static func response(id: RequestID?, result: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "id": id?.json ?? .null, "result": result]
  }

  public static func error(id: RequestID?, _ error: ResponseError) -> JSONValue {
    ["jsonrpc": "2.0", "id": id?.json ?? .null, "error": error.json]
  }

  public static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }

  public static func request(id: RequestID, _ method: String, _ params: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "id": id.json, "method": .string(method), "params": params]
  }
}
