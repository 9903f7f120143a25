/// A place in JSON text: 1-based line and column (column in Unicode scalars) and the UTF-8 offset.
public struct JSONPosition: Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public var description: String { "line \(line), column \(column)" }
}

/// Why JSON text could not be read, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String
  public var position: JSONPosition

  public var description: String { "\(position): \(message)" }
}
