import DossierCore
import FoundationEssentials
import Synchronization

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

  /// 1-based line and column in UTF-8 bytes (reviewdog's columns).
  func bytePosition(_ offset: Int) -> (line: Int, column: Int) {
    let position = text.position(of: offset, in: .utf8)
    return (position.line + 1, position.column + 1)
  }

  /// The draft's path as a report for a repository names it: relative to the current folder
  /// when inside it, without a leading "./".
  var relativePath: String { Self.relative(path) }

  /// A path as a report for a repository names it: relative to the current folder when it is
  /// inside it (however it was written: "./docs/a.md", "docs/../docs/a.md", absolute), else
  /// absolute.
  static func relative(_ path: String) -> String {
    guard path != "<stdin>" else { return path }
    // Once per path: a report names the same draft and corpus documents again and again, and
    // standardising a URL costs tens of thousands of instructions.
    if let known = relativePaths.withLock({ $0[path] }) { return known }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let relative = PathName.relativeToCurrentDirectory(absolute)
    relativePaths.withLock { $0[path] = relative }
    return relative
  }

  private static let relativePaths = Mutex<[String: String]>([:])

  /// A finding's message without the draft lines it mentions ("used before its expansion on
  /// line 5"): what identifies it when lines move.
  static func lineFreeMessage(_ message: String) -> String {
    // Word by word: a run of digits after the word "line" becomes "#".
    let words = message.split(separator: " ", omittingEmptySubsequences: false)
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let digits = word.prefix { $0.isASCII && $0.isNumber }
      if index > 0, words[index - 1] == "line", !digits.isEmpty {
        result.append("#" + word.dropFirst(digits.count))
      } else {
        result.append(String(word))
      }
    }
    return result.joined(separator: " ")
  }

  /// A finding's identity that survives lines moving and unrelated edits, and does not depend on
  /// how the draft's path was written: its rule, its file (`relativePath`), its message without
  /// line numbers and the words it flags (FNV-1a, hexadecimal).
  func fingerprint(_ finding: Finding) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let identity =
      "\(finding.rule.rawValue)|\(relativePath)|\(Self.lineFreeMessage(finding.message))|\(text.string(in: finding.range))"
    for byte in Array(identity.utf8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
  }

  /// Fingerprints made unique within the report: the second finding with the same identity
  /// (the same wrong word twice) gets "-2", and so on.
  static func uniqueFingerprints(_ reports: [FileReport]) -> [[String]] {
    var seen: [String: Int] = [:]
    return reports.map { report in
      report.findings.map { finding in
        let base = report.fingerprint(finding)
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return count == 1 ? base : "\(base)-\(count)"
      }
    }
  }
}

extension Evidence {
  /// The evidence document as a path: the name for the embedded corpus, else folder/name.
  var path: String {
    guard let folder else { return document }
    return folder.hasSuffix("/") ? folder + document : folder + "/" + document
  }

  /// Where to look: "path:line", or "path (page N)" for a PDF (whose lines are the extracted
  /// text's); the path relative to the current folder when inside it.
  var location: String {
    let path = FileReport.relative(self.path)
    if let page { return "\(path) (page \(page))" }
    return "\(path):\(line)"
  }
}
