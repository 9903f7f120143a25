/// A JSON value. Integers without a fraction or exponent stay exact (`integer`).
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
  public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
  public var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
  public var objectValue: JSONObject? { if case .object(let value) = self { value } else { nil } }
  public var isNull: Bool { self == .null }
  public var intValue: Int? {
    switch self {
    case .integer(let value): value
    case .double(let value) where value.rounded() == value && abs(value) < 9.0e15: Int(value)
    default: nil
    }
  }
  public var doubleValue: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .double(let value): value
    default: nil
    }
  }

  public subscript(key: String) -> JSONValue? { objectValue?[key] }
  public subscript(index: Int) -> JSONValue? {
    guard let array = arrayValue, array.indices.contains(index) else { return nil }
    return array[index]
  }
}

/// A JSON object that keeps its keys in order. A duplicate key keeps the last value.
///
/// Small objects (most of them: a diagnostic, a range, a position) find keys by comparing them in
/// order; an object with more than `linearLimit` keys also keeps a hash index.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
  public private(set) var pairs: [(key: String, value: JSONValue)] = []
  private var index: [String: Int]?
  private static let linearLimit = 12

  public init() {}
  public init(_ pairs: [(String, JSONValue)]) {
    self.pairs.reserveCapacity(pairs.count)
    for (key, value) in pairs { self[key] = value }
  }
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }

  public var keys: [String] { pairs.map(\.key) }
  public var count: Int { pairs.count }

  /// Where `key` is in `pairs`.
  func position(of key: String) -> Int? {
    if let index { return index[key] }
    return pairs.firstIndex { $0.key == key }
  }

  private mutating func rebuildIndex() {
    index =
      pairs.count > Self.linearLimit
      ? Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.key, $0) }) : nil
  }

  /// Sets `key` to `value` (a duplicate keeps its first place) and returns the pair's position.
  @discardableResult
  mutating func update(_ value: JSONValue, forKey key: String) -> Int {
    if let position = position(of: key) {
      pairs[position].value = value
      return position
    }
    append(key, value)
    return pairs.count - 1
  }

  /// Adds a key that is not in the object yet.
  private mutating func append(_ key: String, _ value: JSONValue) {
    pairs.append((key, value))
    if index != nil {
      index?[key] = pairs.count - 1
    } else if pairs.count > Self.linearLimit {
      rebuildIndex()
    }
  }

  public subscript(key: String) -> JSONValue? {
    get { position(of: key).map { pairs[$0].value } }
    set {
      if let position = position(of: key) {
        if let newValue {
          pairs[position].value = newValue
        } else {
          pairs.remove(at: position)
          rebuildIndex()
        }
      } else if let newValue {
        append(key, newValue)
      }
    }
  }

  public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> { pairs.makeIterator() }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.pairs.count == rhs.pairs.count && lhs.pairs.allSatisfy { rhs[$0.key] == $0.value }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(pairs.count)
    for pair in pairs.sorted(by: { $0.key < $1.key }) {
      hasher.combine(pair.key)
      hasher.combine(pair.value)
    }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .integer(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
  public init(nilLiteral: ()) { self = .null }
}
