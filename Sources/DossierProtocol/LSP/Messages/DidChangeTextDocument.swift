import DossierJSON

/// `textDocument/didChange`: edits to an open document, in order.
public enum DidChangeTextDocument: LSPNotification {
  public static let method = "textDocument/didChange"
  public typealias NotificationParams = DidChangeParams
}

public struct DidChangeParams: DecodableParams {
  /// One edit: the new text of a range, or of the whole document when `range` is nil.
  public struct Change: Sendable {
    public var range: LSPRange?
    public var text: String
  }

  public var uri: String
  public var version: Int?
  public var changes: [Change]

  public init(from params: Params) throws(ResponseError) {
    uri = try params.documentURI()
    version = try? params.child("textDocument").int("version")
    var changes: [Change] = []
    for change in try params.array("contentChanges") {
      let range = try change.optionalChild("range") != nil ? try change.range() : nil
      changes.append(Change(range: range, text: try change.string("text")))
    }
    self.changes = changes
  }
}
