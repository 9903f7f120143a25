/// Writes JSON text straight into bytes, value by value, without building a `JSONValue` tree
/// first: for large outputs (a lint report of thousands of findings). The text is the same as
/// `JSONValue.serialized(pretty:)` gives for the same values in the same order.
public struct JSONStreamWriter {
  public private(set) var bytes: [UInt8] = []
  private let pretty: Bool
  /// Open containers: whether each holds an element yet.
  private var hasElements: [Bool] = []
  /// A key was just written: the value that follows needs no separator.
  private var afterKey = false

  public init(pretty: Bool = false, capacity: Int = 256) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// Before a value or a key: the comma and line break its container needs.
  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = hasElements.indices.last else { return }
    if hasElements[last] { bytes.append(0x2C) }
    hasElements[last] = true
    if pretty { JSONValue.newline(&bytes, hasElements.count) }
  }

  public mutating func beginObject() {
    separate()
    bytes.append(0x7B)
    hasElements.append(false)
  }

  public mutating func endObject() { end(0x7D) }

  public mutating func beginArray() {
    separate()
    bytes.append(0x5B)
    hasElements.append(false)
  }

  public mutating func endArray() { end(0x5D) }

  private mutating func end(_ bracket: UInt8) {
    precondition(!afterKey, "a key without a value")
    let hadElements = hasElements.removeLast()
    if hadElements, pretty { JSONValue.newline(&bytes, hasElements.count) }
    bytes.append(bracket)
  }

  /// An object member's key; its value comes next.
  public mutating func key(_ key: String) {
    separate()
    JSONValue.writeString(key, to: &bytes)
    bytes.append(0x3A)
    if pretty { bytes.append(0x20) }
    afterKey = true
  }

  public mutating func string(_ value: String) {
    separate()
    JSONValue.writeString(value, to: &bytes)
  }

  public mutating func integer(_ value: Int) {
    separate()
    JSONValue.writeInteger(value, to: &bytes)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    JSONValue.writeLiteral(value ? "true" : "false", to: &bytes)
  }

  /// `key` and a string value.
  public mutating func member(_ key: String, _ value: String) {
    self.key(key)
    string(value)
  }

  /// `key` and an integer value.
  public mutating func member(_ key: String, _ value: Int) {
    self.key(key)
    integer(value)
  }
}
