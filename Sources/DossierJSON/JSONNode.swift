/// A parsed JSON value that remembers where each part of it was written, so loaders can report
/// problems as `file:line:column`.
public struct JSONNode: Sendable {
  public let value: JSONValue
  public let position: JSONPosition
  private let children: [JSONNode]
  private let keyPositions: [String: JSONPosition]
  private let keyIndex: [String: Int]

  init(value: JSONValue, position: JSONPosition, children: [JSONNode] = [], keys: [(String, JSONPosition)] = []) {
    self.value = value
    self.position = position
    self.children = children
    var positions: [String: JSONPosition] = [:]
    var index: [String: Int] = [:]
    for (offset, (key, keyPosition)) in keys.enumerated() {
      positions[key] = keyPosition
      index[key] = offset
    }
    self.keyPositions = positions
    self.keyIndex = index
  }

  /// The member named `key` of an object node.
  public subscript(key: String) -> JSONNode? { keyIndex[key].map { children[$0] } }
  /// The element at `index` of an array node.
  public subscript(index: Int) -> JSONNode? {
    guard case .array = value, children.indices.contains(index) else { return nil }
    return children[index]
  }
  /// Where the key `key` of an object node was written.
  public func keyPosition(_ key: String) -> JSONPosition? { keyPositions[key] }

  public static func parse(_ bytes: [UInt8], maximumDepth: Int = 512) throws(JSONParseError) -> JSONNode {
    var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
    return try parser.parseDocument()
  }

  public static func parse(_ string: String) throws(JSONParseError) -> JSONNode { try parse(Array(string.utf8)) }
}

extension JSONValue {
  public static func parse(_ bytes: [UInt8], maximumDepth: Int = 512) throws(JSONParseError) -> JSONValue {
    try JSONNode.parse(bytes, maximumDepth: maximumDepth).value
  }

  public static func parse(_ string: String) throws(JSONParseError) -> JSONValue { try parse(Array(string.utf8)) }
}
