/// `initialized`: the client has the server's capabilities; the server may now ask it things.
public enum InitializedNotification: LSPNotification {
  public static let method = "initialized"
  public typealias NotificationParams = NoParams
}
