/// What a parser does with an object key written twice.
public enum JSONDuplicateKeys: Sendable, Hashable {
  /// An error at the second occurrence, naming the key and where it was first written. For files
  /// a person edits (`knowledge.json`, `.dossier.json`): RFC 8259 leaves the meaning of a
  /// duplicate open, and silently keeping one of the two values hides a mistake.
  case reject
  /// The key keeps its first place and takes the last value, as most JSON readers do. For
  /// messages from other programs (JSON-RPC from an editor), which Dossier accepts as they come.
  case keepLast
}

/// A strict RFC 8259 parser over UTF-8 bytes, with positions and a nesting limit.
struct JSONParser {
  let bytes: [UInt8]
  let maximumDepth: Int
  let duplicateKeys: JSONDuplicateKeys
  var index = 0
  var line = 1
  var lineStart = 0
  var depth = 0
  /// The column of `columnIndex`, remembered so that positions on one long line (an LSP message
  /// is a single line) cost only the bytes since the last one asked for.
  private var columnIndex = 0
  private var columnValue = 1

  init(bytes: [UInt8], maximumDepth: Int, duplicateKeys: JSONDuplicateKeys) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
    self.duplicateKeys = duplicateKeys
  }

  var position: JSONPosition {
    mutating get {
      let end = min(index, bytes.count)
      if columnIndex < lineStart || columnIndex > end {
        columnIndex = lineStart
        columnValue = 1
      }
      var column = columnValue
      for byte in bytes[columnIndex..<end] where byte & 0xC0 != 0x80 { column += 1 }
      columnIndex = end
      columnValue = column
      return JSONPosition(line: line, column: column, offset: index)
    }
  }

  mutating func error(_ message: String) -> JSONParseError { JSONParseError(message: message, position: position) }

  mutating func parseDocument() throws(JSONParseError) -> JSONNode {
    if String(validating: bytes, as: UTF8.self) == nil {
      index = Self.firstInvalidUTF8Offset(bytes)
      line = 1 + bytes[..<index].filter { $0 == 0x0A }.count
      lineStart = (bytes[..<index].lastIndex(of: 0x0A) ?? -1) + 1
      throw error("invalid UTF-8")
    }
    // A UTF-8 byte order mark (some Windows editors write one) is not part of the text: columns
    // count from after it, as the editor shows them.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      lineStart = 3
    }
    skipWhitespace()
    let node = try parseValue()
    skipWhitespace()
    guard index == bytes.count else { throw error("trailing characters after JSON value") }
    return node
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  mutating func parseValue() throws(JSONParseError) -> JSONNode {
    guard index < bytes.count else { throw error("unexpected end of input") }
    let start = position
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(start)
    case UInt8(ascii: "["): return try parseArray(start)
    case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), position: start)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONNode(value: .bool(true), position: start)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONNode(value: .bool(false), position: start)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONNode(value: .null, position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: try parseNumber(), position: start)
    default: throw error("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))'")
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONParseError) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
      throw error("invalid literal (expected \(word))")
    }
    index += expected.count
  }

  mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
  }

  mutating func parseObject(_ start: JSONPosition) throws(JSONParseError) -> JSONNode {
    try enter()
    defer { depth -= 1 }
    index += 1
    var object = JSONObject()
    var children: [JSONNode] = []
    var keyPositions: [JSONPosition] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return JSONNode(value: .object(object), position: start)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input in object") }
      guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key in object") }
      let keyPosition = position
      let key = try parseString()
      if duplicateKeys == .reject, let first = object.position(of: key) {
        let firstPosition = keyPositions[first]
        throw JSONParseError(
          message:
            "duplicate key \(JSONParser.quoted(key)) (first at line \(firstPosition.line), column \(firstPosition.column))",
          position: keyPosition)
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
      index += 1
      skipWhitespace()
      let child = try parseValue()
      // A duplicate key keeps its first place and its last value, node and position.
      let member = object.update(child.value, forKey: key)
      if member < children.count {
        children[member] = child
        keyPositions[member] = keyPosition
      } else {
        children.append(child)
        keyPositions.append(keyPosition)
      }
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input in object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return JSONNode(value: .object(object), position: start, children: children, keyPositions: keyPositions)
      }
      throw error("expected ',' or '}' after object member")
    }
  }

  mutating func parseArray(_ start: JSONPosition) throws(JSONParseError) -> JSONNode {
    try enter()
    defer { depth -= 1 }
    index += 1
    var children: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return JSONNode(value: .array([]), position: start)
    }
    while true {
      skipWhitespace()
      children.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input in array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return JSONNode(value: .array(children.map(\.value)), position: start, children: children)
      }
      throw error("expected ',' or ']' after array element")
    }
  }

  mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    // Most strings have no escapes: they are read straight from the input.
    let start = index
    while index < bytes.count, bytes[index] >= 0x20, bytes[index] != UInt8(ascii: "\""),
      bytes[index] != UInt8(ascii: "\\")
    {
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      index += 1
      return String(decoding: bytes[start..<index - 1], as: UTF8.self)
    }
    var buffer = Array(bytes[start..<index])
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      }
      if byte < 0x20 { throw error("control character in string") }
      if byte != UInt8(ascii: "\\") {
        buffer.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { throw error("unterminated string") }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): buffer.append(0x22)
      case UInt8(ascii: "\\"): buffer.append(0x5C)
      case UInt8(ascii: "/"): buffer.append(0x2F)
      case UInt8(ascii: "b"): buffer.append(0x08)
      case UInt8(ascii: "f"): buffer.append(0x0C)
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        {
          let save = index
          index += 2
          let low = try hex4()
          if (0xDC00...0xDFFF).contains(low) {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else {
            index = save
          }
        }
        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        buffer.append(contentsOf: Array(String(character).utf8))
      default:
        index -= 2  // point at the backslash
        throw error("invalid escape \\\(String(decoding: [escape], as: UTF8.self))")
      }
    }
  }

  mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
      default: throw error("invalid \\u escape")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
    if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
      throw error("leading zeros are not allowed in numbers")
    }
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number: digits expected after '.'") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("invalid number: digits expected in exponent")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let value = Int(text) { return .integer(value) }
    guard let value = Double(text), value.isFinite else { throw error("number out of range") }
    return .double(value)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// `key` as a JSON string literal, so a key with quotes, control characters or line breaks
  /// stays on one line of an error message.
  static func quoted(_ key: String) -> String {
    JSONValue.string(key).serialized()
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.count,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else { return index }
      index += length
    }
    return index
  }
}
