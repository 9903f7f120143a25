import Dispatch
import DossierJSON
import DossierProtocol
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes framed messages to a file descriptor (or, for handler tests, to any sink). Header and
/// body go out in one write under a lock, so messages from different threads never interleave.
final class MessageWriter: Sendable {
  /// Takes one framed message; false when the other side is gone.
  private let sink: @Sendable ([UInt8]) -> Bool
  /// Whether a write has failed (the client went away): nothing more is written. The lock also
  /// keeps whole messages from interleaving.
  private let broken = Mutex(false)

  init(descriptor: Int32) { self.sink = { writeAll($0, to: descriptor) } }

  /// A writer that hands each framed message to `sink` (an in-memory transport).
  init(sink: @escaping @Sendable ([UInt8]) -> Bool) { self.sink = sink }

  func send(_ message: JSONValue) {
    let framed = MessageFramer.frame(message.serializedBytes())
    broken.withLock { broken in
      guard !broken else { return }
      if !sink(framed) { broken = true }
    }
  }
}

/// Reads a file descriptor on its own thread, frames messages, and hands each one to `deliver`;
/// calls `finished` at end of input.
final class MessageReader: Sendable {
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
    // A large stack: deeply nested JSON is parsed recursively (up to the parser's depth limit).
    BackgroundThread.start(stackSize: 8 << 20) { [self] in run() }
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

/// Writes a line to standard error (logs never go to standard output, the protocol's channel).
func standardErrorWrite(_ text: String) {
  _ = writeAll(Array(text.utf8), to: 2)
}

/// Writes every byte, retrying interrupted writes; false when the descriptor fails (a closed pipe).
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
  bytes.withUnsafeBytes { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }
}

/// A detached POSIX thread with a chosen stack size.
enum BackgroundThread {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, &attributes,
      { context in
        let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
        body.run()
        return nil
      }, context)
    if status != 0 {
      Unmanaged<Body>.fromOpaque(context).release()
      body()
    }
  }
}
