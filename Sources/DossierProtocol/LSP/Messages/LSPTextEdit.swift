import DossierJSON

/// Text to put in place of a range (LSP `TextEdit`).
public struct LSPTextEdit: EncodableValue, Equatable {
  public var range: LSPRange
  public var newText: String

  public init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }

  public var json: JSONValue { ["range": range.json, "newText": .string(newText)] }
}

/// Edits to documents, by URI (LSP `WorkspaceEdit` with `changes`).
public struct WorkspaceEdit: EncodableValue, Equatable {
  public var changes: [(uri: String, edits: [LSPTextEdit])]

  public init(changes: [(uri: String, edits: [LSPTextEdit])]) {
    self.changes = changes
  }

  public static func == (left: WorkspaceEdit, right: WorkspaceEdit) -> Bool {
    left.changes.map(\.uri) == right.changes.map(\.uri) && left.changes.map(\.edits) == right.changes.map(\.edits)
  }

  public var json: JSONValue {
    var changes = JSONObject()
    for (uri, edits) in self.changes { changes[uri] = edits.json }
    return ["changes": .object(changes)]
  }
}
