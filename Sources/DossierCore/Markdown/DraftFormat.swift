/// How a draft's bytes are read.
public enum DraftFormat: Sendable, Hashable {
  /// CommonMark-style Markdown: code, front matter, HTML comments and URLs are not prose.
  case markdown
  /// Plain text: everything is prose except bare URLs.
  case plainText

  /// The format a file name implies: `.txt` (and `.text`) is plain text, anything else Markdown.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    self = lower.hasSuffix(".txt") || lower.hasSuffix(".text") ? .plainText : .markdown
  }
}
