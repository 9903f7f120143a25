/// `textDocument/didClose`: the document's text is the file's again.
public enum DidCloseTextDocument: LSPNotification {
  public static let method = "textDocument/didClose"
  public typealias NotificationParams = TextDocumentParams
}
