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

  private static func newline(_ output: inout [UInt8], _ indent: Int) {
    output.append(0x0A)
    for _ in 0..<indent {
      output.append(0x20)
      output.append(0x20)
    }
  }

  private func write(to output: inout [UInt8], pretty: Bool, sortedKeys: Bool, indent: Int) {
    switch self {
    case .null: output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let value): output.append(contentsOf: Array((value ? "true" : "false").utf8))
    case .integer(let value): output.append(contentsOf: Array(String(value).utf8))
    case .double(let value):
      if !value.isFinite {
        output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
      } else if value.rounded() == value, abs(value) < 1e15 {
        output.append(contentsOf: Array(String(Int(value)).utf8))
      } else {
        output.append(contentsOf: Array("\(value)".utf8))
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

  static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(0x22)
    var utf8 = value.utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = utf8.next() {
      switch byte {
      case 0x22: output.append(contentsOf: [0x5C, 0x22])
      case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: output.append(contentsOf: [0x5C, 0x72])
      case 0x09: output.append(contentsOf: [0x5C, 0x74])
      case 0x08: output.append(contentsOf: [0x5C, 0x62])
      case 0x0C: output.append(contentsOf: [0x5C, 0x66])
      case 0x00..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      case 0xE2:
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are escaped for JavaScript consumers.
        pending = [byte]
        if let second = utf8.next() { pending.append(second) }
        if pending.count == 2, pending[1] == 0x80, let third = utf8.next() {
          if third == 0xA8 || third == 0xA9 {
            output.append(contentsOf: Array((third == 0xA8 ? "\\u2028" : "\\u2029").utf8))
          } else {
            output.append(contentsOf: pending + [third])
          }
        } else {
          output.append(contentsOf: pending)
        }
      default:
        output.append(byte)
      }
    }
    output.append(0x22)
  }
}
