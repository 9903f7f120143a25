import DossierJSON
import DossierProtocol
import Testing

/// Each message's parameters decode into their type, and a bad field is an InvalidParams error
/// that names it; results encode to the JSON LSP 3.17 describes.
struct MessageTypeTests {
  func params(_ json: String) throws -> Params { Params(try JSONValue.parse(Array(json.utf8))) }

  func decodeError<P: DecodableParams>(_ type: P.Type, _ json: String) throws -> ResponseError? {
    do {
      _ = try P(from: try params(json))
      return nil
    } catch let error as ResponseError {
      return error
    }
  }

  @Test func positionParamsDecodeAndNameTheBadField() throws {
    let decoded = try TextDocumentPositionParams(
      from: try params(#"{"textDocument":{"uri":"file:///a.md"},"position":{"line":3,"character":7}}"#))
    #expect(decoded.uri == "file:///a.md")
    #expect(decoded.position == Position(line: 3, character: 7))
    let cases: [(String, String)] = [
      (#"{"position":{"line":3,"character":7}}"#, "params.textDocument is missing"),
      (#"{"textDocument":{"uri":4},"position":{"line":3,"character":7}}"#, "params.textDocument.uri must be a string"),
      (
        #"{"textDocument":{"uri":"u"},"position":{"line":"3","character":7}}"#,
        "params.position.line must be an integer"
      ),
      (#"{"textDocument":{"uri":"u"},"position":{"line":-1,"character":7}}"#, "params.position must not be negative"),
      (#"[1]"#, "params must be an object"),
    ]
    for (json, message) in cases {
      let error = try decodeError(TextDocumentPositionParams.self, json)
      #expect(error?.code == .invalidParams)
      #expect(error?.message == message, "\(json)")
    }
  }

  @Test func didChangeReadsRangedAndWholeChanges() throws {
    let decoded = try DidChangeParams(
      from: try params(
        #"{"textDocument":{"uri":"u","version":4},"contentChanges":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"text":"x"},{"text":"whole"}]}"#
      ))
    #expect(decoded.version == 4)
    #expect(decoded.changes.count == 2)
    #expect(decoded.changes[0].range?.end == Position(line: 0, character: 2))
    #expect(decoded.changes[1].range == nil && decoded.changes[1].text == "whole")
    let error = try decodeError(
      DidChangeParams.self, #"{"textDocument":{"uri":"u"},"contentChanges":[{"text":"a"},{"range":null}]}"#)
    #expect(error?.message == "params.contentChanges[1].text is missing")
  }

  @Test func codeActionOnlyMustBeAListOfKinds() throws {
    let base = #""textDocument":{"uri":"u"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}}"#
    #expect(try CodeActionParams(from: try params("{\(base),\"context\":{\"diagnostics\":[]}}")).only == nil)
    #expect(
      try CodeActionParams(from: try params("{\(base),\"context\":{\"only\":[\"quickfix\"]}}")).only == ["quickfix"])
    #expect(try decodeError(CodeActionParams.self, "{\(base)}")?.message == "params.context is missing")
    #expect(
      try decodeError(CodeActionParams.self, "{\(base),\"context\":{\"only\":\"quickfix\"}}")?.message
        == "params.context.only must be an array of code action kinds")
  }

  @Test func cancelAndDiagnosticParams() throws {
    #expect(try CancelParams(from: try params(#"{"id":7}"#)).id == .number(7))
    #expect(try CancelParams(from: try params(#"{"id":"a"}"#)).id == .string("a"))
    #expect(try decodeError(CancelParams.self, #"{"id":[1]}"#)?.message == "params.id must be an integer or a string")
    let pull = try DocumentDiagnosticParams(from: try params(#"{"textDocument":{"uri":"u"},"previousResultId":"3-1"}"#))
    #expect(pull.previousResultID == "3-1")
    #expect(
      try decodeError(DocumentDiagnosticParams.self, #"{"textDocument":{"uri":"u"},"previousResultId":3}"#)?.message
        == "params.previousResultId must be a string")
  }

  @Test func aResolvedCompletionItemKeepsWhatTheClientSent() throws {
    var item = try CompletionItem(
      from: try params(#"{"label":"Lahore Declaration","data":{"uri":"u"},"kind":1,"insertTextFormat":1}"#))
    item.documentation = MarkupContent(kind: .plaintext, value: "a declaration")
    let json = item.json
    #expect(json["label"] == "Lahore Declaration")
    #expect(json["insertTextFormat"] == 1)
    #expect(json["kind"] == 1)
    #expect(json["data"]?["uri"] == "u")
    #expect(json["documentation"] == ["kind": "plaintext", "value": "a declaration"])
    #expect(try decodeError(CompletionItem.self, #"{"data":{}}"#)?.message == "params.label is missing")
  }

  @Test func resultsEncodeAsLSPDescribesThem() {
    let range = LSPRange(start: Position(line: 1, character: 2), end: Position(line: 1, character: 6))
    #expect(
      Hover(contents: MarkupContent(kind: .markdown, value: "**x**"), range: range).json == [
        "contents": ["kind": "markdown", "value": "**x**"], "range": range.json,
      ])
    #expect((nil as Hover?).json == .null)
    var diagnostic = Diagnostic(range: range, severity: .warning, code: "term-variant", source: "dossier", message: "m")
    #expect(diagnostic.json["codeDescription"] == nil && diagnostic.json["relatedInformation"] == nil)
    diagnostic.documentation = "file:///rules/term-variant.md"
    diagnostic.relatedInformation = [.init(location: Location(uri: "file:///s.md", range: range), message: "corpus")]
    #expect(diagnostic.json["codeDescription"] == ["href": "file:///rules/term-variant.md"])
    #expect(diagnostic.json["relatedInformation"]?[0]?["location"]?["uri"] == "file:///s.md")
    #expect(DocumentDiagnosticReport.unchanged(resultID: "2-1").json == ["kind": "unchanged", "resultId": "2-1"])
    #expect(
      PublishDiagnosticsParams(uri: "u", version: nil, diagnostics: []).json == ["uri": "u", "diagnostics": []])
    let action = CodeAction(
      title: "Fix", kind: "quickfix", isPreferred: true,
      edit: WorkspaceEdit(changes: [("u", [LSPTextEdit(range: range, newText: "1998")])]))
    #expect(action.json["edit"]?["changes"]?["u"]?[0]?["newText"] == "1998")
    #expect(action.json["diagnostics"] == nil)
  }
}
