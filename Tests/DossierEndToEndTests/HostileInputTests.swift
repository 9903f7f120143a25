import DossierJSON
import Foundation
import Testing

// A catalogue of hostile input for the built `dossier` binary, one named case per test.
//
// Server cases speak to `dossier lsp` over pipes (`LanguageServerClient`): each sends something
// a broken or malicious client could send, checks the documented answer (README, "The language
// server": -32700 for bad framing or JSON, with a null id; -32602 for wrong parameter types;
// positions clamped; `exit` gives 1 without `shutdown`), and then proves the server still serves
// with a real request. Command-line cases run `dossier lint` (and `corpus check`, `explain`) and
// check the documented exit status: 2 with exactly one line on stderr for an input, corpus or
// configuration error; 0 or 1 otherwise; never a hang.
//
// Cases already in LanguageServerTests and BinaryTests (`{not json`, arrays nested 10,000 deep,
// `exit` after `initialize`, end of input after `initialize`, a missing draft, a bad
// `.dossier.json`) are not repeated here; the cases below cover what those leave out.

private let hostileURI = "file:///tmp/dossier-hostile/memo.md"
/// "EO 13382" starts at UTF-16 (and UTF-8) column 25 of line 2; 28 is inside "13382".
private let hostileText = "# Hostile\n\nThe designations rest on EO 13382.\n"
private let referenceLine = 2
private let referenceColumn = 28

// MARK: - Server helpers

/// Starts `dossier lsp` and initializes it (push diagnostics unless `pull`).
private func startServer(pull: Bool = false, encodings: [String] = ["utf-16"]) throws -> LanguageServerClient {
  let client = try LanguageServerClient()
  let initialized = client.initialize(pull: pull, encodings: encodings)
  #expect(initialized?["result"]?["capabilities"] != nil, "initialize was not answered")
  return client
}

private func openHostileMemo(_ client: LanguageServerClient, uri: String = hostileURI, text: String = hostileText) {
  client.notify(
    "textDocument/didOpen",
    ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
}

private func hoverParams(_ uri: String, line: Int, character: Int) -> JSONValue {
  ["textDocument": ["uri": .string(uri)], "position": ["line": .integer(line), "character": .integer(character)]]
}

/// A hover on "EO 13382" that must describe Executive Order 13382.
private func expectReferenceHover(
  _ client: LanguageServerClient, uri: String = hostileURI, line: Int = referenceLine,
  character: Int = referenceColumn, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation
) {
  let answer = client.response(
    to: client.request("textDocument/hover", hoverParams(uri, line: line, character: character)), timeout: timeout)
  let markdown = answer?["result"]?["contents"]?["value"]?.stringValue ?? ""
  #expect(
    markdown.contains("Executive Order 13382"), "hover on EO 13382 answered \(String(describing: answer))",
    sourceLocation: sourceLocation)
}

/// The server still answers a request that needs no document: `workspace/symbol`.
private func expectStillServing(_ client: LanguageServerClient, sourceLocation: SourceLocation = #_sourceLocation) {
  let symbols = client.call("workspace/symbol", ["query": "13382"])?["result"]?.arrayValue ?? []
  #expect(
    symbols.contains { $0["name"] == "Executive Order 13382" }, "the server no longer answers workspace/symbol",
    sourceLocation: sourceLocation)
}

/// Waits for a -32700 error with a null id whose message contains `fragment`.
private func parseError(_ client: LanguageServerClient, containing fragment: String = "", timeout: TimeInterval = 10)
  -> JSONValue?
{
  client.waitFor(timeout: timeout) {
    $0["id"] == .null && $0["error"]?["code"] == -32700
      && (fragment.isEmpty || ($0["error"]?["message"]?.stringValue ?? "").contains(fragment))
  }
}

/// No parse error is left unread. Call after a request was answered: the server answers in
/// arrival order, so every error for earlier input has arrived by then.
private func expectNoFurtherParseError(
  _ client: LanguageServerClient, sourceLocation: SourceLocation = #_sourceLocation
) {
  let extra = client.waitFor(timeout: 0) { $0["error"]?["code"] == -32700 }
  #expect(extra == nil, "an unexpected extra parse error: \(String(describing: extra))", sourceLocation: sourceLocation)
}

/// `shutdown`, then `exit`: the process ends with 0.
private func shutDownAndExit(_ client: LanguageServerClient, sourceLocation: SourceLocation = #_sourceLocation) {
  let answer = client.call("shutdown", .null)
  #expect(answer?["result"] == .null, "shutdown answered \(String(describing: answer))", sourceLocation: sourceLocation)
  client.notify("exit", .null)
  #expect(client.waitForExit() == 0, sourceLocation: sourceLocation)
}

/// `Content-Length: N\r\n\r\n` and `body`.
private func framed(_ body: [UInt8]) -> [UInt8] {
  Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

private func framed(_ body: String) -> [UInt8] { framed(Array(body.utf8)) }

/// A well-formed request body that a broken frame may carry (its answer is not expected).
private let strayRequest = #"{"jsonrpc":"2.0","id":9000,"method":"workspace/symbol","params":{"query":"stray"}}"#

// MARK: - Command-line helpers

/// A fresh folder under the temporary directory, removed afterwards.
private func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = try temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  return try body(folder)
}

/// Like `runDossier`, but for input that might make the binary hang: standard input is empty,
/// and after `timeout` seconds the process is killed and nil returned.
private func runDossier(_ arguments: [String], directory: URL? = nil, timeout: TimeInterval) throws -> ProcessResult? {
  let child = try startDossier(arguments, directory: directory, input: .null)
  let outcome = child.finish(timeout: timeout)
  guard !outcome.timedOut else { return nil }
  return ProcessResult(
    status: outcome.termination.status, output: String(decoding: outcome.output, as: UTF8.self),
    errors: String(decoding: outcome.errors, as: UTF8.self))
}

/// Exit status 2, nothing on stdout, and exactly one line on stderr, "dossier: error: …",
/// containing each of `fragments`.
/// Writes `bytes` as the draft `name` in a temporary folder, lints it, and expects one error line
/// naming the draft and every fragment.
private func expectDraftRefused(
  named name: String, bytes: [UInt8], mentioning fragments: [String],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try withTemporaryFolder { folder in
    let draft = folder.appendingPathComponent(name)
    try Data(bytes).write(to: draft)
    let result = try runDossier(["lint", "--no-config", draft.path], timeout: 30)
    expectOneErrorLine(result, mentioning: [draft.path] + fragments, sourceLocation: sourceLocation)
  }
}

private func expectOneErrorLine(
  _ result: ProcessResult?, mentioning fragments: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let result else {
    Issue.record("dossier did not finish in time", sourceLocation: sourceLocation)
    return
  }
  #expect(result.status == 2, "exit status \(result.status), stderr: \(result.errors)", sourceLocation: sourceLocation)
  #expect(result.output.isEmpty, "stdout: \(result.output.prefix(500))", sourceLocation: sourceLocation)
  let lines = result.errors.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(
    lines.count == 2 && lines[1].isEmpty, "not exactly one stderr line: \(result.errors.debugDescription)",
    sourceLocation: sourceLocation)
  #expect(result.errors.hasPrefix("dossier: error: "), "stderr: \(result.errors)", sourceLocation: sourceLocation)
  for fragment in fragments {
    #expect(
      result.errors.contains(fragment), "stderr lacks \"\(fragment)\": \(result.errors)", sourceLocation: sourceLocation
    )
  }
}

/// The diagnostics of each file in `--format json` output, by path.
private func diagnosticsByFile(_ output: String) throws -> [String: [JSONValue]] {
  let json = try JSONValue.parse(output)
  var result: [String: [JSONValue]] = [:]
  for file in json["files"]?.arrayValue ?? [] {
    guard let path = file["path"]?.stringValue else { continue }
    #expect(result[path] == nil, "\(path) reported twice")
    result[path] = file["diagnostics"]?.arrayValue ?? []
  }
  return result
}

// MARK: - Cases

/// A request with parameters of the wrong type, which must get InvalidParams (-32602).
struct WrongTypeCase: Sendable, CustomTestStringConvertible {
  var name: String
  var method: String
  var params: JSONValue

  var testDescription: String { name }

  static let all: [WrongTypeCase] = [
    WrongTypeCase(
      name: "hover, position is a string", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": "x"]),
    WrongTypeCase(
      name: "hover, textDocument is a number", method: "textDocument/hover",
      params: ["textDocument": 5, "position": ["line": 0, "character": 0]]),
    WrongTypeCase(
      name: "hover, uri is a number", method: "textDocument/hover",
      params: ["textDocument": ["uri": 5], "position": ["line": 0, "character": 0]]),
    WrongTypeCase(
      name: "hover, line is a string", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": ["line": "0", "character": 0]]),
    WrongTypeCase(
      name: "hover, line is a fraction", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": ["line": 1.5, "character": 0]]),
    WrongTypeCase(
      name: "hover, line is beyond any integer", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": ["line": .double(1e20), "character": 0]]),
    WrongTypeCase(
      name: "hover, negative position", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": ["line": -1, "character": -5]]),
    WrongTypeCase(
      name: "hover, position missing", method: "textDocument/hover",
      params: ["textDocument": ["uri": .string(hostileURI)]]),
    WrongTypeCase(name: "hover, params is a string", method: "textDocument/hover", params: "x"),
    WrongTypeCase(name: "hover, params is an array", method: "textDocument/hover", params: []),
    WrongTypeCase(
      name: "completion, character is a string", method: "textDocument/completion",
      params: ["textDocument": ["uri": .string(hostileURI)], "position": ["line": 0, "character": "x"]]),
    WrongTypeCase(
      name: "definition, textDocument is a number", method: "textDocument/definition",
      params: ["textDocument": 5, "position": ["line": 0, "character": 0]]),
    WrongTypeCase(
      name: "codeAction, range is a string", method: "textDocument/codeAction",
      params: ["textDocument": ["uri": .string(hostileURI)], "range": "x", "context": ["diagnostics": []]]),
    WrongTypeCase(
      name: "documentSymbol, uri is an array", method: "textDocument/documentSymbol",
      params: ["textDocument": ["uri": []]]),
    WrongTypeCase(name: "completionItem/resolve, item is a number", method: "completionItem/resolve", params: 5),
  ]
}

/// A knowledge file that is not valid JSON, and where its error must point.
struct BrokenKnowledgeFile: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  /// "line:column", or nil when only the presence of a position is checked.
  var position: String?

  var testDescription: String { name }

  static let all: [BrokenKnowledgeFile] = [
    BrokenKnowledgeFile(
      name: "double comma",
      bytes: Array("{\n  \"version\": 1,\n  \"terms\": [\n    {\"preferred\": \"dam\",, }\n  ]\n}\n".utf8),
      position: "4:25"),
    BrokenKnowledgeFile(
      name: "truncated", bytes: Array(#"{"version": 1, "terms": [{"preferred": "dam""#.utf8), position: "1:45"),
    BrokenKnowledgeFile(name: "trailing garbage", bytes: Array(#"{"version": 1} x"#.utf8), position: "1:16"),
    BrokenKnowledgeFile(name: "empty file", bytes: [], position: "1:1"),
    BrokenKnowledgeFile(name: "invalid UTF-8", bytes: [0xFF, 0xFE] + Array("{}".utf8), position: "1:1"),
    BrokenKnowledgeFile(
      name: "byte order mark, then broken JSON", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"version": 1 x}"#.utf8),
      position: "1:15"),
    BrokenKnowledgeFile(
      name: "arrays nested 100,000 deep", bytes: [UInt8](repeating: UInt8(ascii: "["), count: 100_000), position: nil),
  ]
}

@Suite struct HostileInputTests {
  // MARK: Server: framing

  @Test(arguments: ["abc", "-1", "", "1e3", "12 34", "99999999999999999999999"])
  func badContentLengthGetsParseErrorAndServingContinues(value: String) throws {
    let client = try startServer()
    client.sendRaw(Array("Content-Length: \(value)\r\n\r\n".utf8) + Array(strayRequest.utf8))
    let error = parseError(client, containing: "invalid Content-Length")
    #expect(error != nil, "no -32700 for Content-Length \"\(value)\"")
    expectStillServing(client)
    expectNoFurtherParseError(client)
    shutDownAndExit(client)
  }

  @Test func contentLengthLargerThanTheBodyThatFollowsThenMoreMessages() throws {
    let client = try startServer()
    // The announced length takes the body and the first 50 bytes of the next message, which is
    // lost; the message after that must be served.
    let body = Array(strayRequest.utf8)
    client.sendRaw(Array("Content-Length: \(body.count + 50)\r\n\r\n".utf8) + body)
    client.sendRaw(framed(#"{"jsonrpc":"2.0","id":9001,"method":"workspace/symbol","params":{"query":"sacrificed"}}"#))
    #expect(parseError(client) != nil, "no -32700 for a frame that swallowed part of the next message")
    expectStillServing(client)
    expectNoFurtherParseError(client)
    shutDownAndExit(client)
  }

  @Test func headerBlockWithoutContentLength() throws {
    let client = try startServer()
    client.sendRaw(Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(strayRequest)".utf8))
    #expect(parseError(client, containing: "missing Content-Length") != nil)
    expectStillServing(client)
    client.sendRaw(Array("this is not a header\r\n\r\n".utf8))
    #expect(parseError(client, containing: "malformed header line") != nil)
    expectStillServing(client)
    expectNoFurtherParseError(client)
    shutDownAndExit(client)
  }

  @Test func headerWithoutTheBlankLine() throws {
    let client = try startServer()
    // `Content-Length: 10\r\n{...}`: the header is never terminated; the next message's header
    // block follows the JSON directly.
    client.sendRaw(Array("Content-Length: 10\r\n\(strayRequest)".utf8))
    expectStillServing(client)
    let error = client.waitFor(timeout: 0) { $0["error"]?["code"] == -32700 && $0["id"] == .null }
    #expect(error != nil, "no -32700 for a header without the blank line")
    expectNoFurtherParseError(client)
    shutDownAndExit(client)
  }

  @Test func headerThatNeverEnds() throws {
    let client = try startServer()
    // 200 KB without a header terminator: the framer gives up on it (64 KB limit) and says so.
    client.sendRaw([UInt8](repeating: UInt8(ascii: "x"), count: 200 * 1024))
    #expect(parseError(client, containing: "header block too long") != nil)
    expectStillServing(client)
    shutDownAndExit(client)
  }

  @Test func contentLengthAboveTheLimitIsRefusedAtOnce() throws {
    let client = try startServer()
    // 300 MB announced (the limit is 256 MB): refused before any of the body arrives. The
    // server then skips that many bytes, so serving afterwards is not checked (it would take
    // 300 MB of input); ending the input must still end the process.
    client.sendRaw(Array("Content-Length: 300000000\r\n\r\n{}".utf8))
    #expect(parseError(client, containing: "larger than the limit") != nil)
    client.closeInput()
    #expect(client.waitForExit() == 1)
  }

  // MARK: Server: JSON

  @Test func invalidJSONGetsParseErrorWithNullID() throws {
    let client = try startServer()
    // A truncated request that names id 77: the error still has a null id (JSON-RPC 2.0, 5.1).
    client.sendRaw(framed(#"{"jsonrpc":"2.0","id":77,"method":"workspace/symbol","params":{"query":"#))
    #expect(parseError(client) != nil, "no -32700 for a truncated request")
    client.sendRaw(framed(#"{"jsonrpc":"2.0","id":78,"method":"shutdown"} trailing"#))
    #expect(parseError(client) != nil, "no -32700 for trailing characters")
    client.sendRaw(framed(#"{"jsonrpc":"2.0","id":NaN,"method":"shutdown"}"#))
    #expect(parseError(client) != nil, "no -32700 for NaN")
    client.sendRaw(framed(#"{'jsonrpc':'2.0','id':79,'method':'shutdown'}"#))
    #expect(parseError(client) != nil, "no -32700 for single quotes")
    expectStillServing(client)
    expectNoFurtherParseError(client)
    // None of them was taken for a shutdown, and id 77 got no answer of its own.
    #expect(client.waitFor(timeout: 0) { $0["id"] == 77 || $0["id"] == 78 || $0["id"] == 79 } == nil)
    shutDownAndExit(client)
  }

  @Test func jsonNestedTenThousandDeep() throws {
    let client = try startServer()
    // Objects (arrays are in LanguageServerTests), and a well-formed request whose params nest.
    let objects = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
    client.sendRaw(framed(objects))
    #expect(parseError(client, containing: "nesting") != nil, "no -32700 for objects nested 10,000 deep")
    let deepParams =
      #"{"jsonrpc":"2.0","id":80,"method":"workspace/symbol","params":{"query":"#
      + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}}"
    client.sendRaw(framed(deepParams))
    #expect(parseError(client, containing: "nesting") != nil, "no -32700 for params nested 10,000 deep")
    // A million levels: still one bounded error, no stack overflow.
    client.sendRaw(framed([UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)))
    #expect(parseError(client, containing: "nesting") != nil, "no -32700 for arrays nested 1,000,000 deep")
    expectStillServing(client)
    expectNoFurtherParseError(client)
    shutDownAndExit(client)
  }

  @Test(arguments: WrongTypeCase.all)
  func wrongParameterTypesGetInvalidParams(_ testCase: WrongTypeCase) throws {
    let client = try startServer()
    openHostileMemo(client)
    let id = client.request(testCase.method, testCase.params)
    let answer = client.response(to: id)
    #expect(answer?["error"]?["code"] == -32602, "\(testCase.name): \(String(describing: answer))")
    expectReferenceHover(client)
    shutDownAndExit(client)
  }

  @Test func workspaceSymbolWithANonStringQuery() throws {
    let client = try startServer()
    let answer = client.call("workspace/symbol", ["query": 5])
    #expect(answer?["error"]?["code"] == -32602, "answered \(String(describing: answer).prefix(200))")
    expectStillServing(client)
    shutDownAndExit(client)
  }

  // MARK: Server: large and broken text

  @Test func tenMegabyteMessage() throws {
    // A pull client, so no background analysis of the 10 MB draft competes with the hover.
    let client = try startServer(pull: true)
    let paragraph = Array(
      "The committee met on Tuesday to review the budget for the coming year. Members discussed staffing, travel and the cost of new equipment.\\n\\n"
        .utf8)
    let textBytesPerParagraph = paragraph.count - 2  // each escaped "\\n" is one byte of text
    let paragraphs = 10_000_000 / textBytesPerParagraph + 1
    let uri = "file:///tmp/dossier-hostile/big.md"
    var body = Array(
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":""#
        .utf8)
    body.reserveCapacity(paragraphs * paragraph.count + 200)
    for _ in 0..<paragraphs { body.append(contentsOf: paragraph) }
    body.append(contentsOf: Array(#"The designations rest on EO 13382.\n"}}}"#.utf8))
    #expect(body.count > 10_000_000)
    client.sendRaw(framed(body))
    // About 5 s in a debug build (the hover parses the whole draft).
    expectReferenceHover(client, uri: uri, line: paragraphs * 2, character: referenceColumn, timeout: 120)
    expectStillServing(client)
    shutDownAndExit(client)
  }

  @Test func invalidUTF8BytesInsideADocumentsText() throws {
    let client = try startServer()
    let uri = "file:///tmp/dossier-hostile/bytes.md"
    let body =
      Array(
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"Islamabd "#
          .utf8) + [0xFF, 0xFE, 0xC3] + Array(#" The designations rest on EO 13382.\n"}}}"#.utf8)
    client.sendRaw(framed(body))
    let hover = client.call("textDocument/hover", hoverParams(uri, line: 0, character: 42))
    let error = client.waitFor(timeout: 0) { $0["error"]?["code"] == -32700 && $0["id"] == .null }
    // Either refused as a parse error (the document is then not open) or repaired and served.
    if error == nil {
      #expect(
        hover?["result"] != nil && hover?["error"] == nil, "neither refused nor served: \(String(describing: hover))")
    } else {
      #expect(
        hover?["error"]?["code"] == -32602, "a refused document answers as not open: \(String(describing: hover))")
    }
    expectStillServing(client)
    shutDownAndExit(client)
  }

  @Test func loneSurrogateEscapesInsideADocumentsText() throws {
    let client = try startServer()
    let uri = "file:///tmp/dossier-hostile/surrogates.md"
    // Valid JSON syntax, but \ud800 and \udc00 are halves of a pair: no Unicode scalar.
    client.sendRaw(
      framed(
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":"Islamabd \ud800 and \udc00 EO 13382\n"}}}"#
      ))
    let hover = client.call("textDocument/hover", hoverParams(uri, line: 0, character: 21))
    let error = client.waitFor(timeout: 0) { $0["error"]?["code"] == -32700 && $0["id"] == .null }
    if error == nil {
      // Each half became one replacement character (one UTF-16 unit): "13382" starts at 20.
      let markdown = hover?["result"]?["contents"]?["value"]?.stringValue ?? ""
      #expect(markdown.contains("Executive Order 13382"), "hover answered \(String(describing: hover))")
    }
    expectStillServing(client)
    shutDownAndExit(client)
  }

  @Test func editThatSplitsAMultibyteCharacter() throws {
    // UTF-8 positions let a client cut a character in half: the document then holds invalid
    // UTF-8, which the server must repair for analysis (ARCHITECTURE: bad input never traps).
    let client = try LanguageServerClient()
    let initialized = client.initialize(pull: true, encodings: ["utf-8"])
    try #require(initialized?["result"]?["capabilities"]?["positionEncoding"] == "utf-8")
    let uri = "file:///tmp/dossier-hostile/emoji.md"
    openHostileMemo(client, uri: uri, text: "Islamabd \u{1F600} said EO 13382.\n")
    // The emoji is bytes 9..<13; delete byte 10, leaving F0 98 80.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [
          ["range": ["start": ["line": 0, "character": 10], "end": ["line": 0, "character": 11]], "text": ""]
        ],
      ])
    let report = client.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    #expect(report?["result"]?["kind"] == "full", "diagnostic answered \(String(describing: report))")
    // "13382" moved from byte 22 to byte 21.
    expectReferenceHover(client, uri: uri, line: 0, character: 22)
    let symbols = client.call("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
    #expect(symbols?["result"]?.arrayValue != nil, "documentSymbol answered \(String(describing: symbols))")
    expectStillServing(client)
    shutDownAndExit(client)
  }

  // MARK: Server: positions and documents

  @Test func positionsFarPastTheEndAreClamped() throws {
    let client = try startServer()
    openHostileMemo(client)
    let far: JSONValue = ["line": 1_000_000, "character": 1_000_000]
    let document: JSONValue = ["uri": .string(hostileURI)]
    let hover = client.call("textDocument/hover", hoverParams(hostileURI, line: 1_000_000, character: 0))
    #expect(hover?["result"] == .null && hover?["error"] == nil, "hover answered \(String(describing: hover))")
    let huge = client.call(
      "textDocument/hover",
      ["textDocument": document, "position": ["line": .integer(Int(Int32.max) + 1), "character": .integer(Int.max)]])
    #expect(huge?["result"] == .null && huge?["error"] == nil, "hover answered \(String(describing: huge))")
    let completion = client.call("textDocument/completion", ["textDocument": document, "position": far])
    #expect(completion?["result"] != nil && completion?["error"] == nil, "\(String(describing: completion))")
    let definition = client.call("textDocument/definition", ["textDocument": document, "position": far])
    #expect(definition?["result"] != nil && definition?["error"] == nil, "\(String(describing: definition))")
    let actions = client.call(
      "textDocument/codeAction",
      ["textDocument": document, "range": ["start": far, "end": far], "context": ["diagnostics": []]])
    #expect(actions?["result"]?.arrayValue != nil, "codeAction answered \(String(describing: actions))")
    // An edit far past the end lands at the end of the document.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(hostileURI), "version": 2],
        "contentChanges": [["range": ["start": far, "end": far], "text": "Also EO 13382.\n"]],
      ])
    expectReferenceHover(client, line: 3, character: 9)
    shutDownAndExit(client)
  }

  @Test func didChangeForADocumentNeverOpened() throws {
    let client = try startServer()
    let never = "file:///tmp/dossier-hostile/never-opened.md"
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(never), "version": 2], "contentChanges": [["text": .string(hostileText)]]])
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(never), "version": 3],
        "contentChanges": [
          ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "x"]
        ],
      ])
    // Ignored: the change did not open the document.
    let hover = client.call("textDocument/hover", hoverParams(never, line: referenceLine, character: referenceColumn))
    #expect(hover?["error"]?["code"] == -32602, "hover answered \(String(describing: hover))")
    // Nor does a change after didClose reopen a document.
    openHostileMemo(client)
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(hostileURI)]])
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(hostileURI), "version": 2], "contentChanges": [["text": .string(hostileText)]]])
    let closed = client.call(
      "textDocument/hover", hoverParams(hostileURI, line: referenceLine, character: referenceColumn))
    #expect(closed?["error"]?["code"] == -32602, "hover answered \(String(describing: closed))")
    // No diagnostics are published for the never-opened document (the debounce is 120 ms).
    let published = client.waitFor(timeout: 0.5) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(never)
    }
    #expect(published == nil)
    expectStillServing(client)
    shutDownAndExit(client)
  }

  // MARK: Server: ending

  @Test func exitWithoutShutdownBeforeInitializeAndWhileAnalysing() throws {
    // Before initialize (LanguageServerTests covers exit right after initialize).
    let early = try LanguageServerClient()
    early.notify("exit", .null)
    #expect(early.waitForExit() == 1)
    // With an edit's analysis pending, and junk params on exit.
    let busy = try startServer()
    openHostileMemo(busy)
    busy.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(hostileURI), "version": 2],
        "contentChanges": [["text": .string(hostileText + "More.\n")]],
      ])
    busy.notify("exit", 5)
    #expect(busy.waitForExit() == 1)
  }

  @Test func clientVanishesMidMessage() throws {
    let body = Array(strayRequest.utf8)
    // Half a body, then end of input: exit 1 (no shutdown), within a few seconds.
    let midBody = try startServer()
    midBody.sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body.prefix(body.count / 2))
    midBody.closeInput()
    #expect(midBody.waitForExit(timeout: 5) == 1)
    // Half a header.
    let midHeader = try startServer()
    midHeader.sendRaw(Array("Content-Len".utf8))
    midHeader.closeInput()
    #expect(midHeader.waitForExit(timeout: 5) == 1)
    // After shutdown: exit 0.
    let afterShutdown = try startServer()
    #expect(afterShutdown.call("shutdown", .null)?["result"] == .null)
    afterShutdown.sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body.prefix(body.count / 2))
    afterShutdown.closeInput()
    #expect(afterShutdown.waitForExit(timeout: 5) == 0)
  }

  // MARK: Command line: drafts

  @Test func binaryDraftFile() throws {
    // A PNG signature and header in a file named like a draft.
    let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    try expectDraftRefused(named: "scan.md", bytes: bytes, mentioning: ["binary"])
  }

  @Test func binaryDraftAmongOthersInAFolder() throws {
    try withTemporaryFolder { folder in
      let drafts = folder.appendingPathComponent("drafts")
      try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
      try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: drafts.appendingPathComponent("a.md"))
      try Data("Text\u{0}more text\n".utf8).write(to: drafts.appendingPathComponent("b.txt"))
      let result = try runDossier(["lint", "--no-config", "drafts"], directory: folder, timeout: 30)
      expectOneErrorLine(result, mentioning: ["drafts/b.txt", "binary"])
    }
  }

  @Test func binaryDraftOnStandardInput() throws {
    let result = try runDossier(
      ["lint", "--no-config", "-", "--stdin-filename", "pasted.md"], input: "Pakistan\u{0}became a nuclear power.\n")
    expectOneErrorLine(result, mentioning: ["pasted.md", "binary"])
  }

  @Test func invalidUTF8Draft() throws {
    // Latin-1 "café" and a stray continuation byte.
    let bytes = Array("Caf".utf8) + [0xE9] + Array(" in Islamabad ".utf8) + [0x80] + Array(".\n".utf8)
    try expectDraftRefused(named: "latin1.md", bytes: bytes, mentioning: ["UTF-8"])
  }

  @Test func unreadableDraft() throws {
    try withTemporaryFolder { folder in
      let draft = folder.appendingPathComponent("locked.md")
      try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: draft)
      try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: draft.path)
      defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: draft.path) }
      guard !FileManager.default.isReadableFile(atPath: draft.path) else {
        // Running as root (or with CAP_DAC_READ_SEARCH): mode 000 does not stop a read, so there
        // is nothing to test here.
        #if compiler(>=6.3)
          try Test.cancel("mode 000 is readable to this user (root?)")
        #else
          return
        #endif
      }
      let result = try runDossier(["lint", "--no-config", draft.path], timeout: 30)
      expectOneErrorLine(result, mentioning: [draft.path])
    }
  }

  @Test func namedPipeAmongTheDrafts() throws {
    try withTemporaryFolder { folder in
      let drafts = folder.appendingPathComponent("drafts")
      try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
      try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: drafts.appendingPathComponent("a.md"))
      // Nobody ever writes to this FIFO: reading it must not block forever.
      #expect(mkfifo(drafts.appendingPathComponent("pipe.md").path, 0o644) == 0)
      let result = try runDossier(["lint", "--no-config", "drafts"], directory: folder, timeout: 30)
      expectOneErrorLine(result, mentioning: ["drafts/pipe.md"])
    }
  }

  // Devices are not drafts: /dev/zero never ends, /dev/null is nothing. Both are refused at once.
  @Test(arguments: ["/dev/zero", "/dev/null"])
  func deviceNamedAsADraft(device: String) throws {
    try withTemporaryFolder { folder in
      let result = try runDossier(["lint", "--no-config", device], directory: folder, timeout: 30)
      expectOneErrorLine(result, mentioning: [device])
    }
  }

  @Test func folderContainingASymlinkLoop() throws {
    try withTemporaryFolder { folder in
      let drafts = folder.appendingPathComponent("drafts")
      let sub = drafts.appendingPathComponent("sub")
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      try Data("Islamabd said so.\n".utf8).write(to: drafts.appendingPathComponent("d.md"))
      try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: sub.appendingPathComponent("e.md"))
      let links = FileManager.default
      try links.createSymbolicLink(atPath: drafts.appendingPathComponent("a").path, withDestinationPath: ".")
      try links.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: "..")
      // A link to itself, named like a draft (resolving it fails with ELOOP).
      try links.createSymbolicLink(
        atPath: drafts.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
      let result = try #require(
        try runDossier(["lint", "--format", "json", "--no-config", "drafts"], directory: folder, timeout: 30),
        "dossier lint did not finish on a folder with a symlink loop")
      #expect(result.status == 0 || result.status == 1, "exit status \(result.status): \(result.errors)")
      let files = try diagnosticsByFile(result.output)
      #expect(Set(files.keys) == ["drafts/d.md", "drafts/sub/e.md"])
      #expect(files["drafts/d.md"]?.count == 1)
    }
  }

  @Test func symlinkLoopNamedAsADraft() throws {
    try withTemporaryFolder { folder in
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")
      let result = try runDossier(["lint", "--no-config", "loop.md"], directory: folder, timeout: 30)
      expectOneErrorLine(result, mentioning: ["loop.md"])
    }
  }

  @Test func emptyDraft() throws {
    try withTemporaryFolder { folder in
      try Data().write(to: folder.appendingPathComponent("empty.md"))
      let result = try #require(
        try runDossier(["lint", "--format", "json", "--no-config", "empty.md"], directory: folder, timeout: 30))
      #expect(result.status == 0, "exit status \(result.status): \(result.errors)")
      #expect(result.errors.isEmpty)
      #expect(try diagnosticsByFile(result.output) == ["empty.md": []])
    }
    let standardInput = try runDossier(["lint", "--format", "json", "--no-config", "-"], input: "")
    #expect(standardInput.status == 0)
    #expect(try diagnosticsByFile(standardInput.output) == ["<stdin>": []])
  }

  /// Skipped when `DOSSIER_SKIP_SLOW_TESTS` is set (CI sets it for the sanitizer run, after the
  /// plain run has done it).
  @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_SKIP_SLOW_TESTS"] == nil))
  func fiftyMegabyteDraft() throws {
    try withTemporaryFolder { folder in
      // Ordinary prose, with one paragraph on the seed corpus's topic (a wrong year) per ~60 KB.
      let ordinary = Array(
        """
        The committee met on Tuesday to review the budget for the coming year. Members discussed staffing, \
        travel and the cost of new equipment. Several speakers asked for clearer reporting and a shorter \
        timetable. The chair thanked everyone and closed the meeting before noon.


        """.utf8)
      let seeded = Array(
        "Pakistan became a nuclear power in 1999. The designations rest on Executive Order 13382.\n\n".utf8)
      var block: [UInt8] = []
      for _ in 0..<200 { block += ordinary }
      block += seeded
      let size = 50_000_000
      var bytes: [UInt8] = []
      bytes.reserveCapacity(size + block.count)
      var blocks = 0
      while bytes.count + block.count <= size {
        bytes += block
        blocks += 1
      }
      while bytes.count + ordinary.count <= size { bytes += ordinary }
      let draft = folder.appendingPathComponent("big.md")
      try Data(bytes).write(to: draft)
      // About 41 s in a debug build on a 2-core machine (analysis ~1.3 MB/s, ~740 MB resident);
      // release is about ten times faster. Not an assertion: only the generous timeout is.
      let result = try #require(
        try runDossier(["lint", "--quiet", "--no-config", "big.md"], directory: folder, timeout: 400),
        "dossier lint did not finish a 50 MB draft in 400 s")
      #expect(result.status == 0 || result.status == 1, "exit status \(result.status): \(result.errors)")
      #expect(result.errors.isEmpty, "stderr: \(result.errors.prefix(500))")
      let conflicts = result.output.split(separator: "\n").filter { $0.hasSuffix("[fact-conflict]") }
      #expect(conflicts.count == blocks, "one fact-conflict per seeded paragraph")
    }
  }

  // MARK: Command line: corpus

  @Test(arguments: BrokenKnowledgeFile.all)
  func brokenKnowledgeFileInACorpusFolder(_ broken: BrokenKnowledgeFile) throws {
    try withTemporaryFolder { folder in
      let corpus = folder.appendingPathComponent("corpus")
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8)
        .write(to: corpus.appendingPathComponent("river.txt"))
      let knowledge = corpus.appendingPathComponent("knowledge.json")
      try Data(broken.bytes).write(to: knowledge)
      try Data("The Mekong River Commission was founded in 1996.\n".utf8).write(
        to: folder.appendingPathComponent("d.md"))
      let lint = try runDossier(
        ["lint", "--no-config", "--corpus", corpus.path, "d.md"], directory: folder, timeout: 30)
      let check = try runDossier(["corpus", "check", corpus.path], timeout: 30)
      for result in [lint, check] {
        expectOneErrorLine(result, mentioning: [knowledge.path + ":" + (broken.position.map { $0 + ":" } ?? "")])
        let line = result?.errors ?? ""
        #expect(line.contains(/knowledge\.json:\d+:\d+: \S/), "no file:line:col: in \(line)")
      }
    }
  }

  @Test func missingCorpusFolder() throws {
    try withTemporaryFolder { folder in
      try Data("Text.\n".utf8).write(to: folder.appendingPathComponent("d.md"))
      let missing = folder.appendingPathComponent("no-such-corpus").path
      let lint = try runDossier(["lint", "--no-config", "--corpus", missing, "d.md"], directory: folder, timeout: 30)
      expectOneErrorLine(lint, mentioning: [missing, "corpus folder not found"])
      let check = try runDossier(["corpus", "check", missing], timeout: 30)
      expectOneErrorLine(check, mentioning: [missing, "corpus folder not found"])
      let explain = try runDossier(["explain", "--corpus", missing, "EO 13382"], timeout: 30)
      expectOneErrorLine(explain, mentioning: [missing, "corpus folder not found"])
      // Named by a .dossier.json, relative to it.
      let project = folder.appendingPathComponent("project")
      try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
      try Data(#"{"corpus": ["sources"]}"#.utf8).write(to: project.appendingPathComponent(".dossier.json"))
      try Data("Text.\n".utf8).write(to: project.appendingPathComponent("memo.md"))
      let configured = try runDossier(["lint", "project/memo.md"], directory: folder, timeout: 30)
      expectOneErrorLine(configured, mentioning: ["sources", "corpus folder not found"])
      // A file where a folder should be.
      let file = folder.appendingPathComponent("d.md").path
      let notAFolder = try runDossier(
        ["lint", "--no-config", "--corpus", file, "d.md"], directory: folder, timeout: 30)
      expectOneErrorLine(notAFolder, mentioning: [file])
    }
  }
}
