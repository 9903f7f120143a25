/// One problem Dossier found in a draft.
///
/// Ranges are UTF-8 byte offsets into the draft's text; the fronts convert them to whatever
/// their users count in (UTF-16 or UTF-8 for LSP clients, Unicode scalars for the CLI).
public struct Finding: Sendable, Hashable {
  public var rule: Rule
  public var severity: Severity
  /// One line stating what the corpus says.
  public var message: String
  /// The offending words, exactly.
  public var range: Range<Int>
  /// Where the corpus says so.
  public var evidence: [Evidence]
  /// Edits that repair the finding. Empty when no fix is certain.
  public var fixes: [Fix]

  public init(
    rule: Rule, severity: Severity? = nil, message: String, range: Range<Int>,
    evidence: [Evidence] = [], fixes: [Fix] = []
  ) {
    self.rule = rule
    self.severity = severity ?? rule.defaultSeverity
    self.message = message
    self.range = range
    self.evidence = evidence
    self.fixes = fixes
  }
}

/// A passage of a corpus document that supports a finding, a hover or a definition.
public struct Evidence: Sendable, Hashable {
  /// The corpus document's name (its file name within its corpus folder).
  public var document: String
  /// The folder the document was loaded from, or nil for the embedded corpus.
  public var folder: String?
  /// 1-based line of the quoted passage in the document.
  public var line: Int
  /// The passage's byte range in the document.
  public var range: Range<Int>
  /// The quoted passage, as written in the document.
  public var quote: String
  /// The page, for a document read from a PDF (its `line` counts lines of the extracted text).
  public var page: Int?

  public init(document: String, folder: String?, line: Int, range: Range<Int>, quote: String) {
    self.document = document
    self.folder = folder
    self.line = line
    self.range = range
    self.quote = quote
  }
}

/// A repair: a title and the edits that make it.
public struct Fix: Sendable, Hashable {
  public var title: String
  public var edits: [TextEdit]
  /// True when applying the fix is certainly right (so `--fix` and "fix all" apply it).
  public var isCertain: Bool

  public init(title: String, edits: [TextEdit], isCertain: Bool = true) {
    self.title = title
    self.edits = edits
    self.isCertain = isCertain
  }
}

/// Replace the bytes in `range` with `newText`.
public struct TextEdit: Sendable, Hashable {
  public var range: Range<Int>
  public var newText: String

  public init(range: Range<Int>, newText: String) {
    self.range = range
    self.newText = newText
  }
}

extension Finding {
  /// The same finding for words that moved by `delta` bytes (an edit before them).
  func shifted(by delta: Int) -> Finding {
    guard delta != 0 else { return self }
    var copy = self
    copy.range = (range.lowerBound + delta)..<(range.upperBound + delta)
    for fix in copy.fixes.indices {
      for edit in copy.fixes[fix].edits.indices {
        let old = copy.fixes[fix].edits[edit].range
        copy.fixes[fix].edits[edit].range = (old.lowerBound + delta)..<(old.upperBound + delta)
      }
    }
    return copy
  }
}
