import DossierJSON
import DossierProtocol
import Foundation

/// Writes framed messages to a file descriptor. Header and body go out in one write under a
/// lock, so messages from different threads never interleave.
final class MessageWriter: @unchecked Sendable {
  private let descriptor: Int32
  private let lock = NSLock()
  private var broken = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  func send(_ message: JSONValue) {
    let framed = MessageFramer.frame(Array(message.serialized().utf8))
    lock.lock()
    defer { lock.unlock() }
    guard !broken else { return }
    var offset = 0
    framed.withUnsafeBytes { buffer in
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 {
          if written < 0, errno == EINTR { continue }
          broken = true
          return
        }
        offset += written
      }
    }
  }
}

/// Reads a file descriptor on its own thread, frames messages, and hands each one to `deliver`;
/// calls `finished` at end of input.
final class MessageReader: @unchecked Sendable {
  private let descriptor: Int32
  private let deliver: @Sendable (MessageFramer.Frame) -> Void
  private let finished: @Sendable () -> Void

  init(
    descriptor: Int32, deliver: @escaping @Sendable (MessageFramer.Frame) -> Void,
    finished: @escaping @Sendable () -> Void
  ) {
    self.descriptor = descriptor
    self.deliver = deliver
    self.finished = finished
  }

  func start() {
    let thread = Thread { [self] in run() }
    thread.name = "dossier-lsp-reader"
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func run() {
    var framer = MessageFramer()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      framer.append(buffer[0..<count])
      while let frame = framer.nextFrame() { deliver(frame) }
    }
    finished()
  }
}
