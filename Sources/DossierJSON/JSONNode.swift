/// A parsed JSON value that remembers where each part of it was written, so loaders can report
/// problems as `file:line:column`.
public struct JSONNode: Sendable {
  public let value: JSONValue
  public let position: JSONPosition
  /// An array's elements, or an object's members in the order of `value`'s pairs.
  private let children: [JSONNode]
  /// Where each of an object's keys was written, in the same order.
  private let keyPositions: [JSONPosition]

  init(value: JSONValue, position: JSONPosition, children: [JSONNode] = [], keyPositions: [JSONPosition] = []) {
    self.value = value
    self.position = position
    self.children = children
    self.keyPositions = keyPositions
  }

  private func member(_ key: String) -> Int? {
    guard case .object(let object) = value, let position = object.position(of: key), position < children.count
    else { return nil }
    return position
  }

  /// The member named `key` of an object node.
  public subscript(key: String) -> JSONNode? { member(key).map { children[$0] } }
  /// The element at `index` of an array node.
  public subscript(index: Int) -> JSONNode? {
    guard case .array = value, children.indices.contains(index) else { return nil }
    return children[index]
  }
  /// Where the key `key` of an object node was written.
  public func keyPosition(_ key: String) -> JSONPosition? { member(key).map { keyPositions[$0] } }

  /// Parses `bytes`. Duplicate object keys are an error unless `duplicateKeys` is `.keepLast`.
  public static func parse(
    _ bytes: [UInt8], maximumDepth: Int = 512, duplicateKeys: JSONDuplicateKeys = .reject
  ) throws(JSONParseError) -> JSONNode {
    var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, duplicateKeys: duplicateKeys)
    return try parser.parseDocument()
  }

  public static func parse(
    _ string: String, duplicateKeys: JSONDuplicateKeys = .reject
  ) throws(JSONParseError) -> JSONNode { try parse(Array(string.utf8), duplicateKeys: duplicateKeys) }
}

extension JSONValue {
  /// Parses `bytes`. Duplicate object keys are an error unless `duplicateKeys` is `.keepLast`.
  public static func parse(
    _ bytes: [UInt8], maximumDepth: Int = 512, duplicateKeys: JSONDuplicateKeys = .reject
  ) throws(JSONParseError) -> JSONValue {
    try JSONNode.parse(bytes, maximumDepth: maximumDepth, duplicateKeys: duplicateKeys).value
  }

  public static func parse(
    _ string: String, duplicateKeys: JSONDuplicateKeys = .reject
  ) throws(JSONParseError) -> JSONValue { try parse(Array(string.utf8), duplicateKeys: duplicateKeys) }
}
