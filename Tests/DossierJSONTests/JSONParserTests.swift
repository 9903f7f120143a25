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

  @Test func integersHaveNoFraction() {
    #expect(JSONValue.integer(3).serialized() == "3")
    #expect(JSONValue.double(3).serialized() == "3")
    #expect(JSONValue.double(.infinity).serialized() == "null")
  }

  @Test func prettyOutputIsIndented() {
    let value: JSONValue = ["a": [1]]
    #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1\n  ]\n}")
  }
}
