import DossierJSON

/// A problem with an input Dossier cannot use: a broken knowledge file or configuration, an
/// unreadable folder. Described as `path:line:column: message` (line and column when known).
public struct DossierError: Error, Sendable, Hashable, CustomStringConvertible {
  public var path: String?
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(path: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var location = path ?? ""
    if let line {
      location += location.isEmpty ? "\(line)" : ":\(line)"
      if let column { location += ":\(column)" }
    }
    return location.isEmpty ? message : "\(location): \(message)"
  }
}

extension DossierError {
  /// A problem at `node` of the JSON file at `path`, at the node's line and column.
  public init(path: String, at node: JSONNode, _ message: String) {
    self.init(path: path, line: node.position.line, column: node.position.column, message: message)
  }

  /// The JSON document of the file at `path` (a knowledge file, a configuration, a baseline); a
  /// syntax error is a `DossierError` at its line and column.
  public static func parseJSON(_ bytes: [UInt8], path: String) throws(DossierError) -> JSONNode {
    do {
      return try JSONNode.parse(bytes)
    } catch {
      throw DossierError(path: path, line: error.position.line, column: error.position.column, message: error.message)
    }
  }
}
