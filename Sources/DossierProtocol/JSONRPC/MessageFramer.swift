/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers.
///
/// Feed it whatever each read returns (several messages in one read, one message across many);
/// take complete frames with `nextFrame()`. Header names are case-insensitive; other headers
/// (`Content-Type`) are ignored. A header block without a usable `Content-Length` is reported as
/// `.badHeader` and skipped, so the stream recovers at the next header block.
public struct MessageFramer: Sendable {
  public enum Frame: Sendable, Equatable {
    case message([UInt8])
    /// A header block that could not be used, and why.
    case badHeader(String)
  }

  private var buffer: [UInt8] = []
  private var start = 0
  /// Bodies larger than this are refused (the bytes are skipped).
  public var maximumBodySize = 256 * 1024 * 1024
  private var skipping = 0

  public init() {}

  public mutating func append(_ bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
  }

  /// The next complete frame, or nil when more bytes are needed.
  public mutating func nextFrame() -> Frame? {
    if skipping > 0 {
      let available = min(skipping, buffer.count - start)
      start += available
      skipping -= available
      compact()
      if skipping > 0 { return nil }
    }
    guard let headerEnd = findHeaderEnd() else {
      // Guard against a stream with no header terminator at all.
      if buffer.count - start > 64 * 1024 {
        start = buffer.count
        compact()
        return .badHeader("header block too long")
      }
      return nil
    }
    // Junk before the header (the rest of a message whose length was wrong) is skipped: the
    // header block starts at its last "Content-Length:".
    if let resync = lastContentLength(in: start..<headerEnd.headerEnd), resync > start {
      let skipped = start..<resync
      start = resync
      // What is skipped is usually the tail of a message whose problem was already reported (a
      // bad header, a wrong length). A header cut off from its blank line ("Content-Length:
      // 10\r\n{…}") was not: the client is told its message was lost.
      if startsWithContentLength(at: skipped.lowerBound, before: skipped.upperBound), !isHeaderLines(skipped) {
        return .badHeader("a header block without the blank line before its body; \(skipped.count) bytes skipped")
      }
    }
    let header = String(decoding: buffer[start..<headerEnd.headerEnd], as: UTF8.self)
    var length: Int?
    var problem: String?
    for line in header.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
    {
      guard let colon = line.firstIndex(of: ":") else {
        problem = "malformed header line \"\(line.prefix(60))\""
        continue
      }
      let name = line[..<colon].trimmingWhitespace.lowercased()
      let value = line[line.index(after: colon)...].trimmingWhitespace
      if name == "content-length" {
        if let parsed = Int(value), parsed >= 0 {
          length = parsed
        } else {
          problem = "invalid Content-Length \"\(value.prefix(40))\""
        }
      }
    }
    let bodyStart = headerEnd.bodyStart
    guard let length else {
      start = bodyStart
      compact()
      return .badHeader(problem ?? "missing Content-Length header")
    }
    if length > maximumBodySize {
      start = bodyStart
      skipping = length
      compact()
      return .badHeader("message of \(length) bytes is larger than the limit")
    }
    guard buffer.count - bodyStart >= length else { return nil }
    let body = Array(buffer[bodyStart..<bodyStart + length])
    start = bodyStart + length
    compact()
    return .message(body)
  }

  /// True when the bytes at `index` (before `end`) are "content-length:" in any case.
  private func startsWithContentLength(at index: Int, before end: Int) -> Bool {
    let needle = Array("content-length:".utf8)
    guard end - index >= needle.count else { return false }
    for offset in 0..<needle.count where buffer[index + offset] | 0x20 != needle[offset] { return false }
    return true
  }

  /// True when `range` holds only complete header lines ("Name: value" and a line break).
  private func isHeaderLines(_ range: Range<Int>) -> Bool {
    var lineStart = range.lowerBound
    var sawColon = false
    for index in range {
      let byte = buffer[index]
      if byte == 0x0A {
        guard sawColon else { return false }
        lineStart = index + 1
        sawColon = false
      } else if byte == UInt8(ascii: ":") {
        if !sawColon && index == lineStart { return false }
        sawColon = true
      } else if !sawColon {
        let isToken =
          (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        if !isToken { return false }
      }
    }
    return lineStart == range.upperBound
  }

  /// The offset of the last "content-length:" (any case) in `range`, if it is not at its start.
  private func lastContentLength(in range: Range<Int>) -> Int? {
    let needle = Array("content-length:".utf8)
    guard range.count >= needle.count else { return nil }
    var index = range.upperBound - needle.count
    while index >= range.lowerBound {
      var matches = true
      for offset in 0..<needle.count where buffer[index + offset] | 0x20 != needle[offset] {
        matches = false
        break
      }
      if matches { return index }
      index -= 1
    }
    return nil
  }

  /// The end of the header block: "\r\n\r\n" (or a bare "\n\n", which some clients send).
  private func findHeaderEnd() -> (headerEnd: Int, bodyStart: Int)? {
    var index = start
    while index < buffer.count {
      if buffer[index] == 0x0A {
        if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, index + 2) }
        if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A { return (index, index + 3) }
      }
      index += 1
    }
    return nil
  }

  private mutating func compact() {
    if start > 0, start >= buffer.count / 2 || start > 1 << 20 {
      buffer.removeFirst(start)
      start = 0
    }
  }

  /// Frames a body for sending.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension Substring {
  var trimmingWhitespace: String {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
    while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
    return String(result)
  }
}
