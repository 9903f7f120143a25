import DossierJSON
import Testing

@Suite struct JSONParserTests {
  @Test func parsesEveryKind() throws {
    let value = try JSONValue.parse(#"{"a": [1, -2.5, 3e2, true, false, null, "x\u00e9\n"], "b": {}}"#)
    #expect(value["a"]?[0] == .integer(1))
    #expect(value["a"]?[1] == .double(-2.5))
    #expect(value["a"]?[2] == .double(300))
    #expect(value["a"]?[3] == .bool(true))
    #expect(value["a"]?[5] == .null)
    #expect(value["a"]?[6] == .string("xé\n"))
    #expect(value["b"] == .object([:]))
  }

  @Test func keepsIntegersExactAndKeyOrder() throws {
    let value = try JSONValue.parse(#"{"z": 9007199254740993, "a": 1}"#)
    #expect(value["z"]?.intValue == 9_007_199_254_740_993)
    #expect(value.objectValue?.keys == ["z", "a"])
  }

  @Test func skipsAByteOrderMarkAndCountsColumnsAfterIt() throws {
    let value = try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
    #expect(value["a"] == .integer(1))
    #expect(throws: JSONParseError.self) { try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("{x".utf8)) }
    do {
      _ = try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("{x".utf8))
    } catch {
      #expect(error.position.column == 2)
    }
    // Only at the start: elsewhere it is an unexpected character.
    #expect(throws: JSONParseError.self) {
      try JSONValue.parse(Array("[".utf8) + [0xEF, 0xBB, 0xBF] + Array("]".utf8))
    }
  }

  @Test func remembersPositionsInScalars() throws {
    let node = try JSONNode.parse("{\n  \"é😀\": [1,\n    {\"k\": true}]\n}")
    #expect(node.position == JSONPosition(line: 1, column: 1, offset: 0))
    #expect(node.keyPosition("é😀")?.line == 2)
    #expect(node.keyPosition("é😀")?.column == 3)
    let inner = try #require(node["é😀"]?[1])
    #expect(inner.position.line == 3)
    #expect(inner.position.column == 5)
    #expect(inner.keyPosition("k")?.column == 6)
  }

  @Test(arguments: [
    ("[1,]", "expected", 1, 4),
    ("{\"a\": 1,}", "string key", 1, 9),
    ("01", "leading zeros", 1, 1),
    ("\"abc", "unterminated string", 1, 5),
    ("\"\\q\"", "invalid escape", 1, 2),
    ("[1] 2", "trailing characters", 1, 5),
    ("", "unexpected end", 1, 1),
    ("\"a\u{01}\"", "control character", 1, 3),
    ("[NaN]", "unexpected character", 1, 2),
    ("{\"a\"\n  1}", "expected ':'", 2, 3),
  ])
  func reportsErrorsWithPositions(input: String, message: String, line: Int, column: Int) {
    do {
      _ = try JSONValue.parse(input)
      Issue.record("expected an error for \(input)")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
      #expect(error.position.line == line)
      #expect(error.position.column == column)
    }
  }

  @Test func surrogatePairsAndLoneSurrogates() throws {
    #expect(try JSONValue.parse(#""\ud83d\ude00""#) == .string("😀"))
    #expect(try JSONValue.parse(#""\ud83d x""#) == .string("\u{FFFD} x"))
  }

  @Test func invalidUTF8IsAnError() {
    do {
      _ = try JSONValue.parse([0x22, 0x61, 0x0A, 0xFF, 0x22])
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "invalid UTF-8")
      #expect(error.position.offset == 3)
      #expect(error.position.line == 2)
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: Never.self) { try JSONValue.parse(fine) }
  }
}

@Suite struct JSONWriterTests {
  @Test func escapesAndRoundTrips() throws {
    let value: JSONValue = [
      "text": "quote \" backslash \\ newline \n tab \t bell \u{07} line \u{2028} é😀",
      "numbers": [1, -0.5, 1e20, 42],
      "flags": [true, false, nil],
      "nested": ["empty": [], "object": [:]],
    ]
    let text = value.serialized()
    #expect(text.contains(#"\u0007"#))
    #expect(text.contains(#"\u2028"#))
    #expect(text.contains("é😀"))
    #expect(try JSONValue.parse(text) == value)
    #expect(try JSONValue.parse(value.serialized(pretty: true)) == value)
  }

  @Test func escapesExactlyWhatJSONRequires() {
    // Runs without escapes are copied whole; E2 bytes that do not start U+2028/U+2029 stay as
    // they are (here "…" and "–"), and a string may end right after one.
    let value = JSONValue.string("a\"b\\c\nd\re\tf\u{08}g\u{0C}h\u{01}i\u{1F}j…k–\u{2029}")
    #expect(value.serialized() == #""a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fj…k–\u2029""#)
    #expect(JSONValue.string("").serialized() == #""""#)
    #expect(JSONValue.string("…").serialized() == "\"…\"")
  }

  /// Strings are scanned eight bytes at a time; every escape must land where a byte-by-byte
  /// escaper puts it, at any offset and next to any neighbour.
  @Test func escapesLikeAByteByByteEscaper() throws {
    func reference(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        default:
          if scalar.value < 0x20 {
            out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      }
      return out + "\""
    }
    let pieces = [
      "a", "bcdefgh", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "…", "–", "\u{2028}", "\u{2029}", "é", "😀", "~",
    ]
    var state: UInt64 = 17
    for _ in 0..<3000 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for step in 0..<Int(state >> 60) + 1 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))] + (step % 3 == 0 ? "xyz" : "")
      }
      let serialized = JSONValue.string(text).serialized()
      #expect(serialized == reference(text), "\(text.debugDescription)")
      #expect(try JSONValue.parse(serialized) == .string(text))
    }
  }

  @Test func integersHaveNoFraction() {
    #expect(JSONValue.integer(0).serialized() == "0")
    #expect(JSONValue.integer(-7).serialized() == "-7")
    #expect(JSONValue.integer(Int.max).serialized() == String(Int.max))
    #expect(JSONValue.integer(Int.min).serialized() == String(Int.min))
    #expect(JSONValue.integer(3).serialized() == "3")
    #expect(JSONValue.double(3).serialized() == "3")
    #expect(JSONValue.double(.infinity).serialized() == "null")
  }

  @Test func prettyOutputIsIndented() {
    let value: JSONValue = ["a": [1]]
    #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1\n  ]\n}")
  }
}

@Suite struct JSONObjectTests {
  // Objects with few keys search them in order; larger ones keep a hash index. Both must agree.
  @Test(arguments: [3, 12, 13, 40])
  func keysKeepOrderAndTheLastValue(count: Int) {
    var object = JSONObject()
    for number in 0..<count { object["k\(number)"] = .integer(number) }
    object["k1"] = "again"
    #expect(object.count == count)
    #expect(object.keys == (0..<count).map { "k\($0)" })
    #expect(object["k1"] == "again")
    #expect(object["k\(count - 1)"] == .integer(count - 1))
    #expect(object["missing"] == nil)
    object["k0"] = nil
    #expect(object.count == count - 1)
    #expect(object["k0"] == nil)
    #expect(object["k2"] == .integer(2))
    object["k0"] = true
    #expect(object.keys.last == "k0")
    #expect(object["k0"] == true)
  }

  @Test(arguments: [2, 20])
  func parsedMembersKeepTheirNodesAndKeyPositions(extraKeys: Int) throws {
    // {"a": 1, "k0": 0, …, "a": [2]} on one line: the duplicate "a" keeps its first place and
    // the last value, node and key position.
    let extra = (0..<extraKeys).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let text = "{\"a\": 1, \(extra), \"a\": [2]}"
    let node = try JSONNode.parse(text, duplicateKeys: .keepLast)
    #expect(node.value.objectValue?.keys.first == "a")
    #expect(node.value.objectValue?.count == extraKeys + 1)
    #expect(node["a"]?.value == [2])
    #expect(node["a"]?[0]?.value == 2)
    let lastA = text.utf8.count - #""a": [2]}"#.utf8.count  // offset of the second "a"
    #expect(node.keyPosition("a") == JSONPosition(line: 1, column: lastA + 1, offset: lastA))
    let last = "k\(extraKeys - 1)"
    #expect(node[last]?.value == .integer(extraKeys - 1))
    #expect(node.keyPosition(last)?.offset == lastA - 2 - "\"\(last)\": \(extraKeys - 1)".utf8.count)
    #expect(node["missing"] == nil && node.keyPosition("missing") == nil)
    #expect(node[0] == nil)
  }

  @Test(arguments: [2, 20])
  func duplicateKeysAreRejectedAtTheSecondOccurrence(extraKeys: Int) throws {
    // Both below and above the size where an object keeps a hash index of its keys.
    let extra = (0..<extraKeys).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
    let text = "{\n  \"year\": 1,\n\(extra),\n   \"year\": 2\n}"
    let error = try #require(throws: JSONParseError.self) { try JSONNode.parse(text) }
    #expect(error.message == #"duplicate key "year" (first at line 2, column 3)"#)
    #expect(error.position.line == extraKeys + 3)
    #expect(error.position.column == 4)
    #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    #expect(try JSONValue.parse(text, duplicateKeys: .keepLast)["year"] == 2)
  }

  @Test func duplicateKeysInNestedObjectsAreRejectedAndQuotedOnOneLine() throws {
    let text = #"[{"a": {"x\u00e9\n": 1, "xé\n": 2}}]"#
    let error = try #require(throws: JSONParseError.self) { try JSONValue.parse(text) }
    #expect(error.message == #"duplicate key "xé\n" (first at line 1, column 9)"#)
    #expect(error.position.column == 25)
    // The same key in different objects, and an object inside an array, are not duplicates.
    #expect(throws: Never.self) { try JSONValue.parse(#"[{"a": 1}, {"a": 2, "b": {"a": 3}}]"#) }
  }

  @Test func duplicateKeysInALiteralKeepTheLast() {
    let object = JSONObject((0..<20).map { ("k\($0 % 5)", JSONValue.integer($0)) })
    #expect(object.count == 5)
    #expect(object["k4"] == .integer(19))
  }
}
