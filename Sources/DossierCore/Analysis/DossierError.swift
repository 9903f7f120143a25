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
