/// How a draft's (or a corpus document's) bytes hold its prose: the one table of document formats
/// Dossier reads natively.
///
/// | format | file extensions | LSP language id | prose |
/// |---|---|---|---|
/// | Markdown | `.md`, `.markdown` (and anything else) | `markdown` | CommonMark blocks; code, front matter, HTML comments and URLs are not prose |
/// | plain text | `.txt`, `.text` | `plaintext`, `text` | everything but bare URLs |
/// | HTML | `.html`, `.htm` | `html` | text between tags, entities decoded; scripts, styles, navigation and code are not prose; block tags make blocks |
/// | XML | `.xml` | `xml` | as HTML, with CDATA sections read as their content (often HTML); an element whose tag begins or ends its line (a record's field) is a block |
public enum DraftFormat: Sendable, Hashable, CaseIterable {
  /// CommonMark-style Markdown: code, front matter, HTML comments and URLs are not prose.
  case markdown
  /// Plain text: everything is prose except bare URLs.
  case plainText
  /// HTML: the text of the elements that hold prose, character references decoded.
  case html
  /// XML (a record of fields, a document's markup, HTML in CDATA sections): read as HTML, each
  /// field on a line of its own a block.
  case xml

  /// The file extensions of each format (lower case, without the dot).
  public var fileExtensions: [String] {
    switch self {
    case .markdown: ["md", "markdown"]
    case .plainText: ["txt", "text"]
    case .html: ["html", "htm"]
    case .xml: ["xml"]
    }
  }

  /// The LSP language ids of each format.
  public var languageIDs: [String] {
    switch self {
    case .markdown: ["markdown"]
    case .plainText: ["plaintext", "text"]
    case .html: ["html"]
    case .xml: ["xml"]
    }
  }

  /// Every extension Dossier reads, in the table's order.
  public static var readableExtensions: [String] { allCases.flatMap(\.fileExtensions) }

  /// The extensions a search of a folder for drafts takes: not XML, which in a folder of drafts is
  /// as often a build's or an editor's file as prose (an XML draft named on its own is checked,
  /// and a corpus folder's XML documents are read).
  public static var draftSearchExtensions: [String] { allCases.filter { $0 != .xml }.flatMap(\.fileExtensions) }

  /// The format a file name implies: its extension's, Markdown for any other.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    let extensionStart = lower.lastIndex(of: ".").map { lower.index(after: $0) }
    let fileExtension = extensionStart.map { String(lower[$0...]) } ?? ""
    self = Self.allCases.first { $0.fileExtensions.contains(fileExtension) } ?? .markdown
  }

  /// The format of an LSP language id, if it names one.
  public init?(languageID: String) {
    guard let format = Self.allCases.first(where: { $0.languageIDs.contains(languageID) }) else { return nil }
    self = format
  }
}
