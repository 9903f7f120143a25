import DossierJSON
import Foundation

/// `dossier-bench --soak EDITS`: one long editing session against `dossier lsp` over pipes.
/// Random edits (inserts, deletes, replacements, line breaks, non-ASCII text) with hovers,
/// completions and diagnostic pulls between them. Checks that the server survives, that its
/// memory after the session is within 10% of its memory after the first 1,000 edits, and that the
/// final diagnostics equal those of the same text opened fresh. Prints figures; exit status 0
/// when all hold.
struct Soak {
  let binary: URL
  let edits: Int
  var random = SplitMix(seed: 0x50A4)
  /// The document as the client holds it, one string per line (no line breaks).
  var lines: [String]
  /// The opening size: edits keep the document about this size, so memory is comparable.
  let targetSize: Int
  var size: Int

  static let snippets = [
    "1999", " ", "Islamabd", "programme", "(WMD)", "\"", "EO 13383", "x", "é", "“quoted”", "—", "👩🏽‍💻", "\n",
    "\n\n", "- ", "# ", "weapons of mass destruction (WMD) ", "Pakistan became a nuclear power in 1998.", "`code`",
  ]

  init(binary: URL, edits: Int, text: String) {
    self.binary = binary
    self.edits = edits
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.targetSize = text.utf8.count
    self.size = text.utf8.count
  }

  var text: String { lines.joined(separator: "\n") }

  mutating func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(max(1, bound))) }

  /// A position at a character boundary: line, UTF-16 column, and the index in the line.
  mutating func position() -> (line: Int, column: Int, index: String.Index) {
    let line = pick(lines.count)
    let characters = lines[line].count
    let index = lines[line].index(lines[line].startIndex, offsetBy: pick(characters + 1))
    return (line, lines[line].utf16.distance(from: lines[line].startIndex, to: index), index)
  }

  /// Makes one random edit to the local copy; returns the LSP change.
  mutating func edit() -> JSONValue {
    let start = position()
    var end = start
    // Past the opening size, mostly delete (whole lines too), so the document stays about as big.
    let shrinking = size > targetSize + targetSize / 5
    if shrinking && pick(4) == 0 && lines.count > 1 && start.line + 1 < lines.count {
      // Join this line with the next: delete from here to the start of the next line's text.
      let next = lines[start.line + 1]
      let index = next.index(next.startIndex, offsetBy: pick(next.count + 1))
      let column = next.utf16.distance(from: next.startIndex, to: index)
      let insertion = ""
      let line = lines[start.line]
      size -= line[start.index...].utf8.count + 1 + next[..<index].utf8.count
      lines.replaceSubrange(
        start.line...(start.line + 1), with: [String(line[..<start.index]) + String(next[index...])])
      return [
        "range": [
          "start": ["line": .integer(start.line), "character": .integer(start.column)],
          "end": ["line": .integer(start.line + 1), "character": .integer(column)],
        ],
        "text": .string(insertion),
      ]
    }
    if shrinking || pick(2) == 0 {  // delete or replace a few characters on the same line
      let line = lines[start.line]
      let remaining = line.distance(from: start.index, to: line.endIndex)
      let index = line.index(start.index, offsetBy: pick(min(remaining, shrinking ? 40 : 12) + 1))
      end = (start.line, line.utf16.distance(from: line.startIndex, to: index), index)
    }
    let insertion = shrinking || pick(3) == 0 ? "" : Self.snippets[pick(Self.snippets.count)]
    size += insertion.utf8.count - lines[start.line][start.index..<end.index].utf8.count
    let line = lines[start.line]
    let replaced = String(line[..<start.index]) + insertion + String(line[end.index...])
    let newLines = replaced.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.replaceSubrange(start.line...start.line, with: newLines)
    return [
      "range": [
        "start": ["line": .integer(start.line), "character": .integer(start.column)],
        "end": ["line": .integer(end.line), "character": .integer(end.column)],
      ],
      "text": .string(insertion),
    ]
  }

  /// The server's resident memory now (VmRSS), in MiB.
  static func residentMiB(_ session: ServerSession) -> Double {
    guard
      let status = try? String(
        contentsOfFile: "/proc/\(session.process.processIdentifier)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
  }

  /// Diagnostics without anything that may differ between two documents of the same text.
  static func comparable(_ report: JSONValue?) -> [JSONValue]? {
    report?["result"]?["items"]?.arrayValue?.map { item in
      ["range": item["range"] ?? .null, "code": item["code"] ?? .null, "message": item["message"] ?? .null]
    }
  }

  mutating func run() throws -> Bool {
    let session = try ServerSession(binary: binary)
    _ = session.call(
      "initialize",
      ["processId": .null, "rootUri": .null, "capabilities": ["textDocument": ["diagnostic": [:]]]])
    session.notify("initialized", [:])
    let uri = "file:///soak/draft.md"
    session.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
    let document: JSONValue = ["uri": .string(uri)]
    var memoryAfterWarmUp = 0.0
    var failures: [String] = []
    let started = Date()
    var requests = 0
    for version in 2..<(2 + edits) {
      let change = edit()
      session.notify(
        "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": .integer(version)], "contentChanges": [change]])
      if version % 5 == 0 {
        let at = position()
        let params: JSONValue = [
          "textDocument": document, "position": ["line": .integer(at.line), "character": .integer(at.column)],
        ]
        for method in ["textDocument/hover", "textDocument/completion"] {
          let (response, _) = session.call(method, params)
          requests += 1
          if response == nil || response?["error"] != nil {
            failures.append("\(method) at edit \(version - 1): \(response.map { "\($0)" } ?? "no answer")")
          }
        }
      }
      if version % 10 == 0 {
        let (response, _) = session.call("textDocument/diagnostic", ["textDocument": document])
        requests += 1
        if response?["result"] == nil { failures.append("diagnostics at edit \(version - 1): no result") }
      }
      if version - 1 == min(1_000, edits) { memoryAfterWarmUp = Self.residentMiB(session) }
      if !failures.isEmpty { break }
    }
    let memoryAtEnd = Self.residentMiB(session)
    // The final diagnostics against the same text opened whole as another document.
    let final = Self.comparable(session.call("textDocument/diagnostic", ["textDocument": document]).0)
    let freshURI = "file:///soak/fresh.md"
    session.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(freshURI), "languageId": "markdown", "version": 1, "text": .string(text)]])
    let fresh = Self.comparable(
      session.call("textDocument/diagnostic", ["textDocument": ["uri": .string(freshURI)]]).0)
    if final == nil || final != fresh {
      failures.append("final diagnostics differ from a fresh check of the same text")
    }
    let seconds = Date().timeIntervalSince(started)
    session.stop()
    if session.process.terminationStatus != 0 {
      failures.append("server exited with status \(session.process.terminationStatus)")
    }
    let growth = memoryAfterWarmUp > 0 ? (memoryAtEnd - memoryAfterWarmUp) / memoryAfterWarmUp : 0
    if growth > 0.10 { failures.append(String(format: "memory grew %.1f%% after warm-up", growth * 100)) }

    print("dossier-bench soak: \(edits) edits, \(requests) hovers/completions/diagnostic pulls in \(Int(seconds)) s")
    print(
      String(
        format: "  memory (VmRSS) after %d edits: %.1f MiB; at the end: %.1f MiB (%+.1f%%, limit +10%%)",
        min(1_000, edits), memoryAfterWarmUp, memoryAtEnd, growth * 100))
    print(
      "  final text: \(text.utf8.count) bytes, \(lines.count) lines; final diagnostics: \(final?.count ?? -1), fresh check: \(fresh?.count ?? -1)"
    )
    for failure in failures { print("  FAILED: \(failure)") }
    print(failures.isEmpty ? "  soak ok" : "  soak failed")
    return failures.isEmpty
  }
}
