import DossierProtocol

/// Bytes as a client's stream: framed whole and in chunks (sizes taken from the input itself),
/// the two must give the same frames; every message body decodes to a message or an error.
enum FramingFuzz {
  static func run(_ bytes: [UInt8]) {
    var whole = MessageFramer()
    whole.maximumBodySize = 1 << 20
    whole.append(bytes)
    let expected = frames(&whole)

    var chunked = MessageFramer()
    chunked.maximumBodySize = 1 << 20
    var received: [MessageFramer.Frame] = []
    var offset = 0
    var step = 0
    while offset < bytes.count {
      let size = 1 + Int(bytes[step % bytes.count]) % 97
      step += 1
      let end = min(bytes.count, offset + size)
      chunked.append(bytes[offset..<end])
      received += frames(&chunked)
      offset = end
    }
    require(received == expected, "chunked framing differs from whole framing")

    for case .message(let body) in expected {
      // A message or an error to answer with: never a crash, and an error always has a code.
      if case .invalid(_, let error) = IncomingMessage.decode(body) {
        require(error.code.rawValue < 0, "decoding error without a JSON-RPC error code")
      }
    }
  }

  static func frames(_ framer: inout MessageFramer) -> [MessageFramer.Frame] {
    var frames: [MessageFramer.Frame] = []
    while let frame = framer.nextFrame() { frames.append(frame) }
    return frames
  }
}
