import DossierJSON
import Foundation
import Synchronization

/// A `dossier lsp` process driven over pipes, timing each exchange.
final class ServerSession: Sendable {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  /// What the reader thread has received: bytes not yet cut into messages, and the messages.
  private struct Received {
    var buffer: [UInt8] = []
    var start = 0
    var messages: [JSONValue] = []
  }
  private let received = Mutex(Received())
  /// Signalled once for each batch of bytes read (a waiter then looks at the messages again).
  private let arrived = DispatchSemaphore(value: 0)
  private let nextID = Mutex(1)
  let started: Date

  init(binary: URL) throws {
    process.executableURL = binary
    process.arguments = ["lsp"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    started = Date()
    try process.run()
    let handle = output.fileHandleForReading
    Thread { [self] in
      while true {
        let data = handle.availableData
        if data.isEmpty { break }
        received.withLock { received in
          received.buffer.append(contentsOf: data)
          Self.drain(&received)
        }
        arrived.signal()
      }
    }.start()
  }

  /// Cuts complete messages off the front of the buffer (kept as an offset, compacted rarely).
  private static func drain(_ received: inout Received) {
    while true {
      guard let end = headerEnd(received) else { break }
      let header = String(decoding: received.buffer[received.start..<end], as: UTF8.self).lowercased()
      guard let range = header.range(of: "content-length:"),
        let length = Int(header[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)),
        received.buffer.count >= end + 4 + length
      else { break }
      let body = Array(received.buffer[(end + 4)..<(end + 4 + length)])
      received.start = end + 4 + length
      if let message = try? JSONValue.parse(body) { received.messages.append(message) }
    }
    if received.start > 1 << 20 || received.start == received.buffer.count {
      received.buffer.removeFirst(received.start)
      received.start = 0
    }
  }

  private static func headerEnd(_ received: Received) -> Int? {
    let buffer = received.buffer
    guard buffer.count - received.start >= 4 else { return nil }
    var index = received.start
    while index + 3 < buffer.count {
      if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
      index += 1
    }
    return nil
  }

  func send(_ message: JSONValue) {
    let body = message.serializedBytes()
    input.fileHandleForWriting.write(Data(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body))
  }

  func notify(_ method: String, _ params: JSONValue) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and waits for its response; returns it with the round trip in milliseconds.
  func call(_ method: String, _ params: JSONValue, timeout: TimeInterval = 60) -> (JSONValue?, Double) {
    let id = nextID.withLock { id in
      defer { id += 1 }
      return id
    }
    let start = DispatchTime.now().uptimeNanoseconds
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    let deadline = DispatchTime.now() + timeout
    while true {
      let response = received.withLock { received -> JSONValue? in
        guard let index = received.messages.firstIndex(where: { $0["id"] == .integer(id) }) else { return nil }
        return received.messages.remove(at: index)
      }
      if let response { return (response, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
      if arrived.wait(timeout: deadline) == .timedOut { return (nil, timeout * 1000) }
    }
  }

  /// The server's peak resident memory (VmHWM) in MiB.
  var peakMemoryMiB: Double {
    guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kib / 1024
  }

  func stop() {
    _ = call("shutdown", .null, timeout: 10)
    notify("exit", .null)
    _ = waitForExit(process, seconds: 30)
  }
}
