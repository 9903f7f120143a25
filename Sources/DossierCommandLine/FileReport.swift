import DossierCore

/// The findings for one draft, with what the formats need to place them.
public struct FileReport: Sendable {
  public var path: String
  public var text: SourceText
  public var findings: [Finding]

  public init(path: String, text: SourceText, findings: [Finding]) {
    self.path = path
    self.text = text
    self.findings = findings
  }

  /// 1-based line and column (Unicode scalars) of a byte offset.
  public func position(_ offset: Int) -> (line: Int, column: Int) {
    let position = text.position(of: offset, in: .scalar)
    return (position.line + 1, position.column + 1)
  }
}

extension Evidence {
  /// The evidence document as a path: the name for the embedded corpus, else folder/name.
  var path: String {
    guard let folder else { return document }
    return folder.hasSuffix("/") ? folder + document : folder + "/" + document
  }

  /// Where to look: "path:line", or "path (page N)" for a PDF (whose lines are the extracted
  /// text's).
  var location: String {
    if let page { return "\(path) (page \(page))" }
    return "\(path):\(line)"
  }
}
