import DossierJSON
import Testing

/// The streaming writer against serializing the same values as a `JSONValue` tree.
@Suite struct JSONStreamWriterTests {
  static func write(_ value: JSONValue, to json: inout JSONStreamWriter) {
    switch value {
    case .bool(let value): json.bool(value)
    case .integer(let value): json.integer(value)
    case .string(let value): json.string(value)
    case .array(let items):
      json.beginArray()
      for item in items { write(item, to: &json) }
      json.endArray()
    case .object(let object):
      json.beginObject()
      for pair in object.pairs {
        json.key(pair.key)
        write(pair.value, to: &json)
      }
      json.endObject()
    case .null, .double: Issue.record("not generated")
    }
  }

  @Test func matchesTreeSerializationOnRandomValues() {
    var state: UInt64 = 9
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let strings = ["", "a", "quote \" and \\ slash", "line\nbreak", "tab\t", "é’😀", "\u{2028}", "\u{1}"]
    func value(_ depth: Int) -> JSONValue {
      switch depth > 3 ? next(3) : next(5) {
      case 0: return .integer(next(2_000_001) - 1_000_000)
      case 1: return .string(strings[next(strings.count)])
      case 2: return .bool(next(2) == 0)
      case 3: return .array((0..<next(4)).map { _ in value(depth + 1) })
      default:
        return .object(
          JSONObject((0..<next(4)).map { index in ("k\(index)\(strings[next(strings.count)])", value(depth + 1)) }))
      }
    }
    for _ in 0..<300 {
      let tree = value(0)
      for pretty in [false, true] {
        var json = JSONStreamWriter(pretty: pretty)
        Self.write(tree, to: &json)
        #expect(String(decoding: json.bytes, as: UTF8.self) == tree.serialized(pretty: pretty))
      }
    }
  }

  @Test func emptyContainersAndMembers() {
    var json = JSONStreamWriter(pretty: true)
    json.beginObject()
    json.member("version", 1)
    json.key("files")
    json.beginArray()
    json.endArray()
    json.key("empty")
    json.beginObject()
    json.endObject()
    json.member("name", "x")
    json.endObject()
    #expect(
      String(decoding: json.bytes, as: UTF8.self)
        == "{\n  \"version\": 1,\n  \"files\": [],\n  \"empty\": {},\n  \"name\": \"x\"\n}")
  }
}
