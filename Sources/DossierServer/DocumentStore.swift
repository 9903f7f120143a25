import DossierCore
import DossierProtocol
import Synchronization

/// An open document: its text, version and format.
struct OpenDocument: Sendable {
  var uri: String
  var text: SourceText
  var version: Int
  var format: DraftFormat
  /// A number given on every open and every change, from one counter for the whole session
  /// (`LanguageServer.newGeneration()`): it never goes back, even across a close and a reopen,
  /// so an analysis of an older text is recognised and dropped, and pull-diagnostic result ids
  /// are never given twice.
  var generation: Int
  /// The generation the document was opened with: an analysis older than that belongs to the
  /// text of an earlier opening and is never kept.
  var opened: Int
  /// The parsed draft, kept until the next change.
  var parsed: DraftDocument?
  /// The latest parse of this document, of this text or an earlier one: the next parse reuses
  /// its unchanged blocks.
  var lastParsed: DraftDocument?
  /// The latest analysis of this document: the next one re-checks only the blocks that changed.
  var lastAnalysis: AnalysisState?
  /// The findings of the current text, with the corpus generation they were checked against:
  /// code actions reuse them instead of checking the document again.
  var currentFindings: (corpusGeneration: Int, findings: [Finding])?

  mutating func draft() -> DraftDocument {
    if let parsed { return parsed }
    let draft = DraftDocument(text: text, format: format, reusing: lastParsed)
    parsed = draft
    lastParsed = draft
    return draft
  }

  /// Records a new text; the previous parse and analysis stay as the base for the next ones.
  mutating func replaceText(_ newText: SourceText, generation newGeneration: Int) {
    text = newText
    parsed = nil
    currentFindings = nil
    generation = newGeneration
  }

  var path: String? { DocumentURI.path(of: uri) }
}

/// Conversions between LSP positions (in the negotiated encoding) and byte offsets.
struct PositionConverter {
  var encoding: PositionEncoding

  var unit: ColumnUnit {
    switch encoding {
    case .utf8: .utf8
    case .utf16: .utf16
    case .utf32: .scalar
    }
  }

  /// Positions past a line's end or the document's end are clamped, as real clients send them.
  func offset(_ position: Position, in text: SourceText) -> Int {
    text.offset(line: position.line, column: position.character, in: unit)
  }

  func position(_ offset: Int, in text: SourceText) -> Position {
    let (line, column) = text.position(of: offset, in: unit)
    return Position(line: line, character: column)
  }

  func range(_ range: Range<Int>, in text: SourceText) -> LSPRange {
    LSPRange(start: position(range.lowerBound, in: text), end: position(range.upperBound, in: text))
  }

  func byteRange(_ range: LSPRange, in text: SourceText) -> Range<Int> {
    let start = offset(range.start, in: text)
    let end = offset(range.end, in: text)
    return min(start, end)..<max(start, end)
  }
}

/// `file://` URIs ↔ paths.
enum DocumentURI {
  static func path(of uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = String(uri.dropFirst("file://".count))
    if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = String(rest[slash...]) }
    return rest.removingPercentEncoding ?? rest
  }

  /// Encoded URIs of recent paths: every diagnostic's evidence names one of a few corpus files.
  private static let cache = Mutex<[String: String]>([:])

  static func uri(of path: String) -> String {
    if let known = cache.withLock({ $0[path] }) { return known }
    let uri = encode(path)
    cache.withLock { cache in
      if cache.count > 1024 { cache.removeAll() }
      cache[path] = uri
    }
    return uri
  }

  private static func encode(_ path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if byte < 0x80,
        scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
          || "/-._~".unicodeScalars.contains(scalar)
      {
        encoded.unicodeScalars.append(scalar)
      } else {
        encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return "file://" + encoded
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }

  var removingPercentEncoding: String? {
    var bytes: [UInt8] = []
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%") {
        guard let high = iterator.next(), let low = iterator.next(),
          let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
        else { return nil }
        bytes.append(value)
      } else {
        bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
