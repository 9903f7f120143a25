extension JSONValue {
  /// JSON text for this value. Non-ASCII stays UTF-8; control characters, U+2028 and U+2029 are
  /// escaped. `pretty` indents by two spaces.
  public func serialized(pretty: Bool = false, sortedKeys: Bool = false) -> String {
    var output = ""
    write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, sortedKeys: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .double(let value):
      if !value.isFinite {
        output += "null"
      } else if value.rounded() == value, abs(value) < 1e15 {
        output += String(Int(value))
      } else {
        output += "\(value)"
      }
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      if items.isEmpty {
        output += "[]"
        return
      }
      output += "["
      for (offset, item) in items.enumerated() {
        if offset > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "]"
    case .object(let object):
      if object.count == 0 {
        output += "{}"
        return
      }
      output += "{"
      let pairs = sortedKeys ? object.pairs.sorted { $0.key < $1.key } : object.pairs
      for (offset, pair) in pairs.enumerated() {
        if offset > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        Self.writeString(pair.key, to: &output)
        output += pretty ? ": " : ":"
        pair.value.write(to: &output, pretty: pretty, sortedKeys: sortedKeys, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "}"
    }
  }

  static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
