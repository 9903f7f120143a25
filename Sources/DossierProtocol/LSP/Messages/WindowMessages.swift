import DossierJSON

/// How much a message to the user matters (LSP `MessageType`).
public enum MessageType: Int, Sendable {
  case error = 1
  case warning = 2
  case info = 3
  case log = 4
}

/// A message for the user or for the log: the same parameters for both methods.
public protocol WindowMessage: ServerNotification {
  var type: MessageType { get }
  var message: String { get }
}

extension WindowMessage {
  public var json: JSONValue { ["type": .integer(type.rawValue), "message": .string(message)] }
}

/// `window/showMessage`: a message the editor shows the user (a corpus that cannot load).
public struct ShowMessage: WindowMessage {
  public static let method = "window/showMessage"
  public var type: MessageType
  public var message: String

  public init(type: MessageType, message: String) {
    self.type = type
    self.message = message
  }
}

/// `window/logMessage`: a line for the editor's log of the server.
public struct LogMessage: WindowMessage {
  public static let method = "window/logMessage"
  public var type: MessageType
  public var message: String

  public init(type: MessageType, message: String) {
    self.type = type
    self.message = message
  }
}
