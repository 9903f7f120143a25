extension JSONValue {
  /// JSON text for this value. Non-ASCII stays UTF-8; control characters, U+2028 and U+2029 are
  /// escaped. `pretty` indents by two spaces.
  public func serialized(pretty: Bool = false, sortedKeys: Bool = false) -> String {
    String(decoding: serializedBytes(pretty: pretty, sortedKeys: sortedKeys), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, built without intermediate strings.
  public func serializedBytes(pretty: Bool = false, sortedKeys: Bool = false) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: 0)
    return output
  }

  static func newline(_ output: inout [UInt8], _ indent: Int) {
    let length = 1 + 2 * indent
    if length <= newlineAndSpaces.count {
      newlineAndSpaces.withUnsafeBufferPointer {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<length]))
      }
    } else {
      output.append(0x0A)
      output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }
  }

  /// A line break and the indentation of up to 31 levels, copied in one piece.
  private static let newlineAndSpaces: [UInt8] = [0x0A] + Array(repeating: 0x20, count: 62)

  static func writeLiteral(_ literal: StaticString, to output: inout [UInt8]) {
    literal.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  /// Decimal digits of `value`, without building a String.
  static func writeInteger(_ value: Int, to output: inout [UInt8]) {
    if value < 0 { output.append(0x2D) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
        magnitude /= 10
        count += 1
      } while magnitude > 0
      output.append(contentsOf: buffer[(24 - count)...])
    }
  }

  private func write(to output: inout [UInt8], pretty: Bool, sortedKeys: Bool, indent: Int) {
    switch self {
    case .null: Self.writeLiteral("null", to: &output)
    case .bool(let value): Self.writeLiteral(value ? "true" : "false", to: &output)
    case .integer(let value): Self.writeInteger(value, to: &output)
    case .double(let value):
      if !value.isFinite {
        Self.writeLiteral("null", to: &output)
      } else if value.rounded() == value, abs(value) < 1e15 {
        Self.writeInteger(Int(value), to: &output)
      } else {
        output.append(contentsOf: "\(value)".utf8)
      }
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      if items.isEmpty {
        output.append(contentsOf: [0x5B, 0x5D])
        return
      }
      output.append(0x5B)
      for (offset, item) in items.enumerated() {
        if offset > 0 { output.append(0x2C) }
        if pretty { Self.newline(&output, indent + 1) }
        item.write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: indent + 1)
      }
      if pretty { Self.newline(&output, indent) }
      output.append(0x5D)
    case .object(let object):
      if object.count == 0 {
        output.append(contentsOf: [0x7B, 0x7D])
        return
      }
      output.append(0x7B)
      let pairs = sortedKeys ? object.pairs.sorted { $0.key < $1.key } : object.pairs
      for (offset, pair) in pairs.enumerated() {
        if offset > 0 { output.append(0x2C) }
        if pretty { Self.newline(&output, indent + 1) }
        Self.writeString(pair.key, to: &output)
        output.append(0x3A)
        if pretty { output.append(0x20) }
        pair.value.write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: indent + 1)
      }
      if pretty { Self.newline(&output, indent) }
      output.append(0x7D)
    }
  }

  /// A quoted, escaped string. Runs of bytes that need no escape are copied whole.
  /// The high bit of each of eight bytes (as read little-endian) that may need escaping: below
  /// 0x20, a quotation mark, a backslash, or 0xE2 (the lead byte of U+2028 and U+2029). Exact for
  /// the lowest such byte (a borrow only marks bytes above a true one), which is all a caller reads.
  @inline(__always) private static func mayNeedEscape(_ raw: UInt64) -> UInt64 {
    let word = UInt64(littleEndian: raw)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
    let control = (word &- ones &* 0x20) & ~word & high
    return control | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C))
      | zeroByte(word ^ (ones &* 0xE2))
  }

  static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(0x22)
    var value = value
    value.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time to the next byte that may need escaping.
        while index + 8 <= bytes.count {
          let found = mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
          if found == 0 {
            index += 8
            continue
          }
          index += found.trailingZeroBitCount >> 3
          break
        }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        // Everything at or above 0x20 except `"`, `\` and the lead byte of U+2028/U+2029.
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
          index += 1
          continue
        }
        if byte == 0xE2 {
          // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are escaped for JavaScript consumers.
          guard index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
          else {
            index += 1
            continue
          }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        switch byte {
        case 0x22: output.append(contentsOf: [0x5C, 0x22])
        case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: output.append(contentsOf: [0x5C, 0x72])
        case 0x09: output.append(contentsOf: [0x5C, 0x74])
        case 0x08: output.append(contentsOf: [0x5C, 0x62])
        case 0x0C: output.append(contentsOf: [0x5C, 0x66])
        case 0xE2:
          Self.writeLiteral(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", to: &output)
          index += 2
        default:
          let hex: StaticString = "0123456789abcdef"
          let digits = hex.utf8Start
          output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }
        index += 1
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    output.append(0x22)
  }
}
