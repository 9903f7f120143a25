/// `textDocument/didSave`: the document was written to disk.
public enum DidSaveTextDocument: LSPNotification {
  public static let method = "textDocument/didSave"
  public typealias NotificationParams = TextDocumentParams
}
