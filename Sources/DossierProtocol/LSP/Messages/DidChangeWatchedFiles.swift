import DossierJSON

/// `workspace/didChangeWatchedFiles`: files the server watches changed on disk.
public enum DidChangeWatchedFiles: LSPNotification {
  public static let method = "workspace/didChangeWatchedFiles"
  public typealias NotificationParams = DidChangeWatchedFilesParams
}

public struct DidChangeWatchedFilesParams: DecodableParams {
  /// The URIs of the files that changed.
  public var uris: [String]

  public init(from params: Params) throws(ResponseError) {
    var uris: [String] = []
    for change in try params.array("changes") { uris.append(try change.string("uri")) }
    self.uris = uris
  }
}
