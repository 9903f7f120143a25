import DossierJSON
import DossierProtocol
import Testing

@Suite struct MessageFramerTests {
  func frames(_ chunks: [String]) -> [MessageFramer.Frame] {
    var framer = MessageFramer()
    var result: [MessageFramer.Frame] = []
    for chunk in chunks {
      framer.append(Array(chunk.utf8))
      while let frame = framer.nextFrame() { result.append(frame) }
    }
    return result
  }

  @Test func manyMessagesInOneReadAndOneAcrossMany() {
    let one = "Content-Length: 2\r\n\r\n{}"
    #expect(frames([one + one + one]).count == 3)
    let split = Array(one).map(String.init)
    #expect(frames(split) == [.message(Array("{}".utf8))])
  }

  @Test func headersAreCaseInsensitiveAndContentTypeIsIgnored() {
    let message = "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
    #expect(frames([message]) == [.message(Array("{}".utf8))])
  }

  @Test func badLengthIsReportedAndTheStreamRecovers() {
    let result = frames(["Content-Length: abc\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}"])
    #expect(result.count == 2)
    if case .badHeader = result[0] {} else { Issue.record("expected a bad header first") }
    #expect(result[1] == .message(Array("{}".utf8)))
    let missing = frames(["X-Other: 1\r\n\r\nContent-Length: 2\r\n\r\n{}"])
    #expect(missing.last == .message(Array("{}".utf8)))
  }

  @Test func aHeaderWithoutItsBlankLineIsReportedOnce() {
    let lost = "Content-Length: 10\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"m\"}"
    let result = frames([lost + "Content-Length: 2\r\n\r\n{}"])
    #expect(result.count == 2)
    if case .badHeader(let reason) = result[0] {
      #expect(reason.contains("blank line"))
    } else {
      Issue.record("expected the lost message to be reported")
    }
    #expect(result[1] == .message(Array("{}".utf8)))
    // Header lines before Content-Length are no loss.
    #expect(frames(["Content-Type: x\r\nContent-Length: 2\r\n\r\n{}"]) == [.message(Array("{}".utf8))])
  }

  @Test func decodesEachKindOfMessage() {
    if case .request(let id, let method, _) = IncomingMessage.decode(
      Array(#"{"jsonrpc":"2.0","id":"a","method":"m"}"#.utf8))
    {
      #expect(id == .string("a"))
      #expect(method == "m")
    } else {
      Issue.record("expected a request")
    }
    if case .notification(let method, _) = IncomingMessage.decode(Array(#"{"jsonrpc":"2.0","method":"n"}"#.utf8)) {
      #expect(method == "n")
    } else {
      Issue.record("expected a notification")
    }
    if case .invalid(let id, let error) = IncomingMessage.decode(Array(#"{"jsonrpc":"1.0","id":3,"method":"m"}"#.utf8))
    {
      #expect(id == .number(3))
      #expect(error.code == .invalidRequest)
    } else {
      Issue.record("expected an invalid request")
    }
    if case .invalid(nil, let error) = IncomingMessage.decode(Array("[1]".utf8)) {
      #expect(error.code == .invalidRequest)
    } else {
      Issue.record("batches are refused")
    }
    if case .invalid(nil, let error) = IncomingMessage.decode([0x7B, 0xFF]) {
      #expect(error.code == .parseError)
    } else {
      Issue.record("invalid UTF-8 is a parse error")
    }
  }

  @Test func messagesWithDuplicateKeysAreAcceptedAndKeepTheLastValue() {
    // Files Dossier reads refuse a key written twice; messages from an editor do not.
    if case .request(let id, let method, let params) = IncomingMessage.decode(
      Array(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"a":1,"a":2},"method":"hover"}"#.utf8))
    {
      #expect(id == .number(1))
      #expect(method == "hover")
      #expect(params["a"] == 2)
    } else {
      Issue.record("expected a request")
    }
  }
}
