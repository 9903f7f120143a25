import DossierJSON

/// `textDocument/didOpen`: the editor now owns the document's text.
public enum DidOpenTextDocument: LSPNotification {
  public static let method = "textDocument/didOpen"
  public typealias NotificationParams = DidOpenParams
}

public struct DidOpenParams: DecodableParams {
  public var uri: String
  public var languageID: String?
  public var version: Int
  public var text: String

  public init(from params: Params) throws(ResponseError) {
    let item = try params.child("textDocument")
    uri = try item.string("uri")
    languageID = item.value["languageId"]?.stringValue
    // Required by LSP; a client that leaves it out gets version 0 rather than an ignored open.
    version = (try? item.int("version")) ?? 0
    text = try item.string("text")
  }
}
