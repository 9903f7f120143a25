import Dispatch
import DossierJSON
import DossierProtocol
import DossierTestSupport
import Foundation
import Synchronization

@testable import DossierServer

/// A language server in the test process, over an in-memory transport: messages go in as frames
/// on the server's queue, as the stdin reader hands them over, and come out through the writer's
/// sink. No process, no pipes: a handler test runs in milliseconds.
final class InMemoryServer: Sendable {
  /// What the server has written, and how it exited.
  final class Transcript: Sendable {
    let output = Mutex<(framer: MessageFramer, messages: [JSONValue])>((MessageFramer(), []))
    let exitCode = Mutex<Int32?>(nil)
  }

  let server: LanguageServer
  private let transcript = Transcript()
  private let nextID = Mutex(1)

  init() {
    // The embedded corpus's files are written to a cache folder for go-to-definition: a
    // temporary one here, not the user's.
    setenv(
      "XDG_CACHE_HOME", TestScratch.cache.path, 0)
    let transcript = self.transcript
    server = LanguageServer(
      writer: MessageWriter(sink: { bytes in
        transcript.output.withLock { state in
          state.framer.append(bytes[...])
          while let frame = state.framer.nextFrame() {
            if case .message(let body) = frame, let message = try? JSONValue.parse(body) {
              state.messages.append(message)
            }
          }
        }
        return true
      }),
      exitHandler: { code in transcript.exitCode.withLock { $0 = code } })
    // Diagnostics at once: tests wait for them, not for a typist.
    server.queue.sync { server.assumeIsolated { $0.debounce = .milliseconds(0) } }
  }

  /// Sends raw bytes as one message body.
  func sendBody(_ body: [UInt8]) {
    server.onQueue { $0.receive(.message(body)) }
  }

  func send(_ message: JSONValue) { sendBody(Array(message.serialized().utf8)) }

  func notify(_ method: String, _ params: JSONValue) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and waits for its response (nil after `timeout` seconds).
  func call(_ method: String, _ params: JSONValue, timeout: TimeInterval = 10) -> JSONValue? {
    let id = nextID.withLock { id in
      defer { id += 1 }
      return id
    }
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    return waitFor(timeout: timeout) { $0["id"] == .integer(id) && $0["method"] == nil }
  }

  /// Waits for the first message satisfying `predicate`, removing it.
  func waitFor(timeout: TimeInterval = 10, _ predicate: (JSONValue) -> Bool) -> JSONValue? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let found = transcript.output.withLock { state -> JSONValue? in
        guard let index = state.messages.firstIndex(where: predicate) else { return nil }
        return state.messages.remove(at: index)
      }
      if let found { return found }
      usleep(1_000)
    }
    return nil
  }

  var exitStatus: Int32? { transcript.exitCode.withLock { $0 } }

  func initialize(capabilities: JSONValue = [:]) -> JSONValue? {
    let result = call("initialize", ["processId": .null, "capabilities": capabilities])
    notify("initialized", [:])
    return result
  }
}
