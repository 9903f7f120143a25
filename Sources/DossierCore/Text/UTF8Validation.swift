/// Checks UTF-8 without building a String: eight ASCII bytes at a time, then the scalar rules
/// (no overlong forms, no surrogates, nothing above U+10FFFF) for the rest. A draft is checked
/// once on the way in, so this runs over every byte of every draft.
public enum UTF8Validation {
  public struct Result: Sendable, Equatable {
    public var isValid: Bool
    /// The text contains a NUL byte (valid UTF-8, but no draft has one).
    public var containsNUL: Bool
  }

  public static func check(_ bytes: [UInt8]) -> Result {
    bytes.withUnsafeBufferPointer(check)
  }

  public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
    guard let base = bytes.baseAddress else { return Result(isValid: true, containsNUL: false) }
    let count = bytes.count
    var containsNUL = false
    var index = 0
    while index < count {
      // Eight bytes at a time while they are ASCII.
      if index + 8 <= count {
        let word = ASCIIWords.load(bytes, at: index)
        if word & ASCIIWords.highBits == 0 {
          // A zero byte in the word: (w - 0x01…) & ~w & 0x80… is non-zero.
          if (word &- 0x0101_0101_0101_0101) & ~word & ASCIIWords.highBits != 0 { containsNUL = true }
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        if lead == 0 { containsNUL = true }
        index += 1
        continue
      }
      let length = multiByteLength(bytes, at: index)
      guard length > 0 else { return invalid(bytes, from: index, containsNUL) }
      index += length
    }
    return Result(isValid: true, containsNUL: containsNUL)
  }

  /// The length of the valid sequence of two to four bytes that the non-ASCII byte at `index`
  /// leads, or 0 where none begins there (an overlong form, a surrogate, a value above U+10FFFF,
  /// a continuation byte, or the text ending first).
  @inline(__always) static func multiByteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch bytes[index] {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= lower, second <= upper else { return 0 }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
    return length
  }

  /// The result for text found invalid at `index`: whether it has a NUL byte still counts.
  private static func invalid(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, _ containsNUL: Bool) -> Result {
    Result(isValid: false, containsNUL: containsNUL || bytes[index...].contains(0))
  }
}
