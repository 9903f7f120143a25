/// A key that is plain data with a cheap, well-mixed hash of its own (a token text, a pair of
/// them): what `PlainHashTable` is keyed by.
protocol PlainHashable: Equatable {
  /// A hash whose high bits are well mixed (`TokenText.hash` builds one).
  var plainHash: UInt64 { get }
}

/// A hash table for plain keys, filled once per word of a corpus or looked up once per word of a
/// draft. Swift's `Dictionary` hashes each key with a seeded SipHash, which costs more than the
/// rest of such a pass; this table takes the key's own hash and probes linearly. Entries keep
/// their insertion order and are never removed.
struct PlainHashTable<Key: PlainHashable, Value> {
  private(set) var keys: [Key] = []
  private(set) var values: [Value] = []
  /// Entry numbers + 1 (0: empty); a power of two, at most half full.
  private var slots: [Int32]

  init(minimumCapacity: Int = 16) {
    var size = 32
    while size < minimumCapacity * 2 { size *= 2 }
    slots = [Int32](repeating: 0, count: size)
    keys.reserveCapacity(minimumCapacity)
    values.reserveCapacity(minimumCapacity)
  }

  /// The entry number of `key`, if it is in the table.
  func index(of key: Key) -> Int? {
    let mask = slots.count - 1
    var slot = Self.slot(key) & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if keys[number] == key { return number }
      slot = (slot + 1) & mask
    }
    return nil
  }

  subscript(key: Key) -> Value? {
    index(of: key).map { values[$0] }
  }

  /// Changes `key`'s value with `body`, inserting `initial()` first when the key is new.
  mutating func update(_ key: Key, initial: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
    let mask = slots.count - 1
    var slot = Self.slot(key) & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if keys[number] == key {
        body(&values[number])
        return
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(keys.count + 1)
    keys.append(key)
    values.append(initial())
    body(&values[values.count - 1])
    if keys.count * 2 > slots.count { grow() }
  }

  private static func slot(_ key: Key) -> Int { Int(truncatingIfNeeded: key.plainHash >> 32) }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, key) in keys.enumerated() {
      var slot = Self.slot(key) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number + 1)
    }
  }
}

extension PlainHashTable: Sendable where Key: Sendable, Value: Sendable {}

extension TokenText: PlainHashable {
  var plainHash: UInt64 { hashWord }
}
