import DossierJSON
import Foundation

/// A `dossier lsp` process driven over pipes, timing each exchange.
final class ServerSession: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let condition = NSCondition()
  private var buffer: [UInt8] = []
  private var start = 0
  private var messages: [JSONValue] = []
  private var nextID = 1
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
        condition.lock()
        buffer.append(contentsOf: data)
        drain()
        condition.broadcast()
        condition.unlock()
      }
    }.start()
  }

  /// Cuts complete messages off the front of the buffer (kept as an offset, compacted rarely).
  private func drain() {
    while true {
      guard let end = headerEnd() else { break }
      let header = String(decoding: buffer[start..<end], as: UTF8.self).lowercased()
      guard let range = header.range(of: "content-length:"),
        let length = Int(header[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)),
        buffer.count >= end + 4 + length
      else { break }
      let body = Array(buffer[(end + 4)..<(end + 4 + length)])
      start = end + 4 + length
      if let message = try? JSONValue.parse(body) { messages.append(message) }
    }
    if start > 1 << 20 || start == buffer.count {
      buffer.removeFirst(start)
      start = 0
    }
  }

  private func headerEnd() -> Int? {
    guard buffer.count - start >= 4 else { return nil }
    var index = start
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
    let id = nextID
    nextID += 1
    let start = DispatchTime.now().uptimeNanoseconds
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let index = messages.firstIndex(where: { $0["id"] == .integer(id) }) {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return (messages.remove(at: index), elapsed)
      }
      if !condition.wait(until: deadline) { return (nil, timeout * 1000) }
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
    process.waitUntilExit()
  }
}
