import DossierJSON

/// `window/workDoneProgress/create`, sent by the server: a progress token for the client to show.
public struct CreateWorkDoneProgress: ServerRequest {
  public static let method = "window/workDoneProgress/create"
  public var token: String

  public init(token: String) { self.token = token }

  public var json: JSONValue { ["token": .string(token)] }
}

/// `$/progress`, sent by the server: work under a token begins or ends.
public struct WorkDoneProgress: ServerNotification {
  public static let method = "$/progress"
  public enum Value: Sendable, Equatable {
    case begin(title: String, message: String)
    case end
  }

  public var token: String
  public var value: Value

  public init(token: String, value: Value) {
    self.token = token
    self.value = value
  }

  public var json: JSONValue {
    let value: JSONValue =
      switch self.value {
      case .begin(let title, let message): ["kind": "begin", "title": .string(title), "message": .string(message)]
      case .end: ["kind": "end"]
      }
    return ["token": .string(token), "value": value]
  }
}

/// `workspace/diagnostic/refresh`, sent by the server: pull every document's diagnostics again.
public struct DiagnosticRefresh: ServerRequest {
  public static let method = "workspace/diagnostic/refresh"

  public init() {}

  public var json: JSONValue { .null }
}
