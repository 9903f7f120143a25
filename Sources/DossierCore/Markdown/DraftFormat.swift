/// How a draft's (or a corpus document's) bytes hold its prose: the one table of document formats
/// Dossier reads natively.
///
/// | format | file extensions | LSP language id | prose |
/// |---|---|---|---|
/// | Markdown | `.md`, `.markdown` (and anything else) | `markdown` | CommonMark blocks; code, front matter, HTML comments and URLs are not prose |
/// | plain text | `.txt`, `.text`, `.rst` | `plaintext`, `text`, `restructuredtext` | everything but bare URLs (reStructuredText's markup is read as text) |
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
    case .plainText: ["txt", "text", "rst"]
    case .html: ["html", "htm"]
    case .xml: ["xml"]
    }
  }

  /// The LSP language ids of each format.
  public var languageIDs: [String] {
    switch self {
    case .markdown: ["markdown"]
    case .plainText: ["plaintext", "text", "restructuredtext"]
    case .html: ["html"]
    case .xml: ["xml"]
    }
  }

  /// Every extension Dossier reads, in the table's order.
  public static var readableExtensions: [String] { allCases.flatMap(\.fileExtensions) }

  /// The extensions a search of a folder for drafts takes: not XML, which in a folder of drafts is
  /// as often a build's or an editor's file as prose, nor reStructuredText, as often a software
  /// manual's source, whose directives plain text would read as prose (a draft of either named
  /// on its own is checked, and a corpus folder's are read).
  public static var draftSearchExtensions: [String] { readableExtensions.filter { $0 != "xml" && $0 != "rst" } }

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
