import DossierJSON

/// Reads typed fields from request parameters; every mismatch is an `InvalidParams` error that
/// names the field.
public struct Params: Sendable {
  public let value: JSONValue
  public let path: String

  public init(_ value: JSONValue, path: String = "params") {
    self.value = value
    self.path = path
  }

  public func object() throws(ResponseError) -> JSONObject {
    guard let object = value.objectValue else { throw .invalidParams("\(path) must be an object") }
    return object
  }

  public func child(_ key: String) throws(ResponseError) -> Params {
    let object = try object()
    guard let child = object[key], !child.isNull else { throw .invalidParams("\(path).\(key) is missing") }
    return Params(child, path: "\(path).\(key)")
  }

  public func optionalChild(_ key: String) throws(ResponseError) -> Params? {
    let object = try object()
    guard let child = object[key], !child.isNull else { return nil }
    return Params(child, path: "\(path).\(key)")
  }

  public func string(_ key: String) throws(ResponseError) -> String {
    let child = try child(key)
    guard let string = child.value.stringValue else { throw .invalidParams("\(child.path) must be a string") }
    return string
  }

  public func int(_ key: String) throws(ResponseError) -> Int {
    let child = try child(key)
    guard let number = child.value.intValue else { throw .invalidParams("\(child.path) must be an integer") }
    return number
  }

  public func array(_ key: String) throws(ResponseError) -> [Params] {
    let child = try child(key)
    guard let items = child.value.arrayValue else { throw .invalidParams("\(child.path) must be an array") }
    return items.enumerated().map { Params($1, path: "\(child.path)[\($0)]") }
  }

  public func position(_ key: String = "position") throws(ResponseError) -> Position {
    let child = try child(key)
    let line = try child.int("line")
    let character = try child.int("character")
    guard line >= 0, character >= 0 else { throw .invalidParams("\(child.path) must not be negative") }
    return Position(line: line, character: character)
  }

  public func range(_ key: String = "range") throws(ResponseError) -> LSPRange {
    let child = try child(key)
    return LSPRange(start: try child.position("start"), end: try child.position("end"))
  }

  /// `params.textDocument.uri`.
  public func documentURI() throws(ResponseError) -> String {
    try child("textDocument").string("uri")
  }
}

/// A position in a document: 0-based line and character (in the negotiated encoding's units).
public struct Position: Sendable, Hashable {
  public var line: Int
  public var character: Int
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
  public var json: JSONValue { ["line": .integer(line), "character": .integer(character)] }
}

public struct LSPRange: Sendable, Hashable {
  public var start: Position
  public var end: Position
  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
  public var json: JSONValue { ["start": start.json, "end": end.json] }
}

/// How positions count characters.
public enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}
