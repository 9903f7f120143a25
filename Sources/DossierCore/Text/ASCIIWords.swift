/// Byte classes of eight ASCII bytes at once ("SIMD within a register"): each mask has the high
/// bit of every byte that is in the class, so counting or finding the first one is a single bit
/// operation. Bytes with the high bit set (non-ASCII) are in no class. Little-endian: byte `i`
/// of the text is bits `8i..<8i+8` of the word.
enum ASCIIWords {
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The eight bytes at `index` (which must leave eight bytes readable).
  @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
  }

  /// Bytes between `low` and `high` (ASCII, inclusive).
  @inline(__always) static func inRange(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
    let sevenBits = word & ~highBits
    // Each byte is at most 0x7F, so adding at most 0x80 never carries into the next byte.
    let atLeastLow = (sevenBits &+ ones &* UInt64(0x80 - low)) & highBits
    let aboveHigh = (sevenBits &+ ones &* UInt64(0x7F - high)) & highBits
    return atLeastLow & ~aboveHigh & ~word & highBits
  }

  @inline(__always) static func upperCase(_ word: UInt64) -> UInt64 { inRange(word, 0x41, 0x5A) }
  @inline(__always) static func lowerCase(_ word: UInt64) -> UInt64 { inRange(word, 0x61, 0x7A) }

  /// ASCII letters and digits.
  @inline(__always) static func alphanumeric(_ word: UInt64) -> UInt64 {
    upperCase(word) | lowerCase(word) | inRange(word, 0x30, 0x39)
  }

  /// How many of the eight bytes at `index` are ASCII letters or digits before the first that is
  /// not (8: all of them).
  @inline(__always) static func alphanumericRun(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    (~alphanumeric(load(bytes, at: index)) & highBits).trailingZeroBitCount >> 3
  }

  /// The high bits of the first `count` bytes (0...8).
  @inline(__always) static func firstBytes(_ count: Int) -> UInt64 {
    count >= 8 ? highBits : highBits & ((1 << (UInt64(count) * 8)) &- 1)
  }
}
