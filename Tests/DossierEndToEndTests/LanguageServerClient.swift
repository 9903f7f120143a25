import DossierJSON
import DossierTestSupport
import Foundation

/// A minimal LSP client for tests: spawns `dossier lsp`, writes framed messages, and collects
/// what the server sends on a background thread.
final class LanguageServerClient: @unchecked Sendable {
  let child: ChildProcess
  private let lock = NSCondition()
  private var buffer: [UInt8] = []
  private var messages: [JSONValue] = []
  private var nextID = 1

  init(arguments: [String] = ["lsp", "--stdio"], environment: [String: String] = [:]) throws {
    child = try startDossier(arguments, environment: environment, errors: .null)
    let output = child.output
    let thread = Thread { [self] in
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(output, &chunk, chunk.count)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { break }
        lock.lock()
        buffer.append(contentsOf: chunk[..<count])
        parse()
        lock.broadcast()
        lock.unlock()
      }
      lock.lock()
      lock.broadcast()
      lock.unlock()
    }
    thread.start()
  }

  private func parse() {
    while let headerEnd = findHeaderEnd() {
      let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
      guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
        let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
      else { return }
      guard buffer.count >= headerEnd + 4 + length else { return }
      let body = Array(buffer[(headerEnd + 4)..<(headerEnd + 4 + length)])
      buffer.removeFirst(headerEnd + 4 + length)
      if let message = try? JSONValue.parse(body) { messages.append(message) }
    }
  }

  private func findHeaderEnd() -> Int? {
    guard buffer.count >= 4 else { return nil }
    for index in 0...(buffer.count - 4)
    where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
      return index
    }
    return nil
  }

  func sendRaw(_ bytes: [UInt8]) {
    child.write(bytes)
  }

  func send(_ message: JSONValue) {
    let body = Array(message.serialized().utf8)
    sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  /// Sends a request and returns its id.
  @discardableResult
  func request(_ method: String, _ params: JSONValue) -> Int {
    let id = nextID
    nextID += 1
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    return id
  }

  func notify(_ method: String, _ params: JSONValue) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Waits for the first message satisfying `predicate` (removing it), up to `timeout` seconds.
  func waitFor(timeout: TimeInterval = 10, _ predicate: (JSONValue) -> Bool) -> JSONValue? {
    let deadline = Date().addingTimeInterval(timeout)
    lock.lock()
    defer { lock.unlock() }
    while true {
      if let index = messages.firstIndex(where: predicate) { return messages.remove(at: index) }
      if !child.isRunning && messages.isEmpty { return nil }
      if !lock.wait(until: deadline) { return nil }
    }
  }

  /// Every message received until none has arrived for `quiet` seconds (at most `timeout`),
  /// removed from the queue, in arrival order.
  func drain(quiet: TimeInterval, timeout: TimeInterval = 20) -> [JSONValue] {
    let deadline = Date().addingTimeInterval(timeout)
    var drained: [JSONValue] = []
    lock.lock()
    defer { lock.unlock() }
    while Date() < deadline {
      drained += messages
      messages.removeAll()
      if !lock.wait(until: min(deadline, Date().addingTimeInterval(quiet))) && messages.isEmpty { break }
    }
    return drained + messages
  }

  func response(to id: Int, timeout: TimeInterval = 10) -> JSONValue? {
    waitFor(timeout: timeout) { $0["id"] == .integer(id) && $0["method"] == nil }
  }

  /// Sends a request and waits for its answer.
  func call(_ method: String, _ params: JSONValue) -> JSONValue? {
    response(to: request(method, params))
  }

  func initialize(pull: Bool = false, encodings: [String] = ["utf-16"], options: JSONValue = .null) -> JSONValue? {
    var textDocument: JSONObject = [
      "hover": ["contentFormat": ["markdown"]],
      "publishDiagnostics": ["relatedInformation": true, "codeDescriptionSupport": true],
    ]
    if pull { textDocument["diagnostic"] = ["dynamicRegistration": false] }
    return initialize(
      capabilities: [
        "general": ["positionEncodings": .array(encodings.map { .string($0) })],
        "textDocument": .object(textDocument),
      ],
      options: options)
  }

  /// `initialize` with the client's capabilities as given, then `initialized`.
  func initialize(capabilities: JSONValue, options: JSONValue = .null) -> JSONValue? {
    let result = call(
      "initialize",
      ["processId": .null, "rootUri": .null, "capabilities": capabilities, "initializationOptions": options])
    notify("initialized", [:])
    return result
  }

  func closeInput() { child.closeInput() }

  /// Waits for the process to exit and returns its status (nil on timeout, the process killed).
  func waitForExit(timeout: TimeInterval = 5) -> Int32? {
    guard let ended = child.wait(timeout: timeout) else {
      child.kill()
      return nil
    }
    return ended.status
  }
}
