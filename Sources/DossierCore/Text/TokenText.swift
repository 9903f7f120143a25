import Synchronization

#if !_endian(little)
  #error("TokenText keeps bytes in little-endian words")
#endif

/// A token's folded text as plain data. Up to 15 bytes (nearly every word, number and mark) are
/// held inline; a longer text is interned once per process in `LongTokenTexts` and held by its
/// number, so equal texts stay equal values.
struct TokenText: Sendable, Hashable {
  /// Inline: bytes 0–7 in `low`, 8–14 in `high`'s low bytes, the count in `high`'s top byte.
  /// Interned: the number in `low`, the count in `high`'s low 32 bits, and `high`'s top byte is
  /// `TokenText.interned`.
  private var low: UInt64
  private var high: UInt64

  static let inlineCapacity = 15
  private static let interned: UInt64 = 0xFF

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.init(bytes, 0..<bytes.count)
  }

  /// The text of `buffer[range]`. The words are read straight from the buffer when 16 bytes
  /// from the start are readable (no copy through memory, which would stall the load that
  /// follows); the words hold the bytes in memory order, as `withUTF8` reads them back.
  @inline(__always) init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let count = range.count
    if count <= Self.inlineCapacity {
      var low: UInt64 = 0
      var high: UInt64 = 0
      if let base = buffer.baseAddress, range.lowerBound + 16 <= buffer.count {
        let start = UnsafeRawPointer(base + range.lowerBound)
        low = start.loadUnaligned(as: UInt64.self)
        high = start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if count < 8 {
          low &= (1 << (8 * UInt64(count))) &- 1
          high = 0
        } else {
          high &= (1 << (8 * UInt64(count - 8))) &- 1
        }
      } else {
        (low, high) = Self.words(buffer, range)
      }
      self.low = low
      self.high = high | UInt64(count) << 56
    } else {
      (self.low, self.high) = Self.interned(buffer, range)
    }
  }

  /// The text of `string` (a word built outside a draft's buffer).
  init(_ string: String) {
    var string = string
    self = string.withUTF8 { TokenText($0) }
  }

  var isEmpty: Bool { count == 0 }

  static let empty = TokenText(UnsafeBufferPointer(start: nil, count: 0))

  /// The first `length` bytes (at most `count`), without building a String.
  func prefix(_ length: Int) -> TokenText {
    guard !isInterned else { return withUTF8 { TokenText(UnsafeBufferPointer(rebasing: $0[..<length])) } }
    var copy = self
    if length < 8 {
      copy.low &= (1 << (8 * UInt64(length))) &- 1
      copy.high = UInt64(length) << 56
    } else {
      copy.high = (high & ((1 << (8 * UInt64(length - 8))) &- 1)) | UInt64(length) << 56
    }
    return copy
  }

  /// The text with `byte` appended, without building a String.
  func appending(_ byte: UInt8) -> TokenText {
    let length = count
    guard !isInterned, length < Self.inlineCapacity else {
      return withUTF8 { bytes in
        var all = Array(bytes)
        all.append(byte)
        return all.withUnsafeBufferPointer { TokenText($0) }
      }
    }
    var copy = self
    if length < 8 {
      copy.low |= UInt64(byte) << (8 * UInt64(length))
    } else {
      copy.high |= UInt64(byte) << (8 * UInt64(length - 8))
    }
    copy.high = (copy.high & ((1 << 56) &- 1)) | UInt64(length + 1) << 56
    return copy
  }

  /// Every byte is ASCII.
  var isASCII: Bool {
    guard !isInterned else { return withUTF8 { $0.allSatisfy { $0 < 0x80 } } }
    // (The count in `high`'s top byte is at most 15: its high bit is clear.)
    return (low | high) & 0x8080_8080_8080_8080 == 0
  }

  /// The words of a short text near the end of its buffer, byte by byte.
  @inline(never) private static func words(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    UInt64, UInt64
  ) {
    var words: (UInt64, UInt64) = (0, 0)
    guard let base = buffer.baseAddress, !range.isEmpty else { return words }
    // The bytes in memory order, as `withUTF8` reads them back.
    withUnsafeMutableBytes(of: &words) { raw in
      raw.baseAddress!.copyMemory(from: base + range.lowerBound, byteCount: range.count)
    }
    return words
  }

  /// The words of a long text: its number in `LongTokenTexts`, its length and the marker.
  @inline(never) private static func interned(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    UInt64, UInt64
  ) {
    let number = LongTokenTexts.shared.number(for: UnsafeBufferPointer(rebasing: buffer[range]))
    return (number, interned << 56 | UInt64(UInt32(truncatingIfNeeded: range.count)))
  }

  private var isInterned: Bool { high >> 56 == Self.interned }

  /// A hash of the text for tables built here (no seeding: stable within the process).
  var hashWord: UInt64 { Self.hash((low, high)) }

  /// The hash of two words as a text keeps them (`hashWord`), for tables keyed by texts' words or
  /// by words built the same way (a first word read from a draft's bytes). Its high bits are the
  /// best mixed: tables take their slot from them.
  @inline(__always) static func hash(_ words: (UInt64, UInt64)) -> UInt64 {
    (words.0 ^ (words.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
  }

  /// The two words themselves (for tables keyed by whole token texts, such as `Lexicon`), or nil
  /// for an interned text.
  var inlineWords: (UInt64, UInt64)? { isInterned ? nil : (low, high) }

  /// The two words as they are (an interned text's are its number and its marked length).
  var rawWords: (UInt64, UInt64) { (low, high) }

  /// The text is ASCII lower-case letters only: a folded word of letters ("cyberspace"; not
  /// "g20", "u.s." or "café").
  @inline(__always) var isLowerCaseASCIILetters: Bool {
    if isInterned { return Self.allLowerCaseLetters(self) }
    let count = Int(high >> 56)
    guard count > 0 else { return false }
    // Eight bytes at a time (see `ASCIIWords`): the high bit of every byte that is a letter.
    let lowMask = ASCIIWords.firstBytes(count)
    let highMask = count > 8 ? ASCIIWords.firstBytes(count - 8) : 0
    return ASCIIWords.lowerCase(low) & lowMask == lowMask && ASCIIWords.lowerCase(high) & highMask == highMask
  }

  @inline(never) private static func allLowerCaseLetters(_ text: TokenText) -> Bool {
    text.withUTF8 { bytes in bytes.allSatisfy { $0 &- 0x61 < 26 } }
  }

  @inline(__always) var count: Int {
    isInterned ? Int(UInt32(truncatingIfNeeded: high)) : Int(high >> 56)
  }

  @inline(__always) var firstByte: UInt8 {
    isInterned ? internedText.utf8.first ?? 0 : UInt8(truncatingIfNeeded: low.littleEndian)
  }

  @inline(never) private var internedText: String { LongTokenTexts.shared.text(low) }

  var string: String {
    if isInterned { return LongTokenTexts.shared.text(low) }
    return withUTF8 { String(decoding: $0, as: UTF8.self) }
  }

  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if isInterned {
      var text = LongTokenTexts.shared.text(low)
      return text.withUTF8(body)
    }
    var words = (low, high)
    let count = Int(high >> 56)
    return withUnsafeBytes(of: &words) { raw in
      body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
    }
  }

  /// Inlined where it is asked, so that a literal's length and bytes are known there: a mark
  /// (",", ".", "(") is then one comparison of a word.
  @inline(__always) func equals(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard count <= Self.inlineCapacity else { return equalsLong(literal) }
    guard high >> 56 == UInt64(count) else { return false }
    // A mark is one byte: compare it alone.
    if count == 1 { return low == UInt64(literal.utf8Start.pointee) }
    return equalsShort(literal)
  }

  @inline(never) private func equalsLong(_ literal: StaticString) -> Bool {
    withUTF8 { $0.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)) }
  }

  @inline(never) private func equalsShort(_ literal: StaticString) -> Bool {
    let other = TokenText(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    return other.low == low && other.high == high
  }
}

/// Token texts longer than `TokenText.inlineCapacity` bytes, each kept once for the life of the
/// process and known by its number. Such words are rare in prose ("counterproliferation's"), so
/// the table stays small; texts of the same bytes get the same number, so it grows only with new
/// words. Texts are told apart by their bytes, as inline ones are (two spellings Swift's `String`
/// holds equal, combining marks in another order, stay two texts): equality must not depend on
/// a word's length, and the stored passages hash the bytes.
final class LongTokenTexts: Sendable {
  static let shared = LongTokenTexts()

  private struct Table {
    var texts: [String] = []
    var numbers: [[UInt8]: UInt64] = [:]
  }

  private let table = Mutex(Table())

  func number(for bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let key = Array(bytes)
    return table.withLock { table in
      if let number = table.numbers[key] { return number }
      let number = UInt64(table.texts.count)
      table.texts.append(String(decoding: key, as: UTF8.self))
      table.numbers[key] = number
      return number
    }
  }

  func text(_ number: UInt64) -> String {
    table.withLock { $0.texts[Int(number)] }
  }
}

extension TokenText: Comparable {
  /// A total order over texts consistent with equality (by their two machine words, not
  /// alphabetical), for sorted sets that need no hashing (`SortedTextSet`).
  static func < (left: TokenText, right: TokenText) -> Bool {
    (left.high, left.low) < (right.high, right.low)
  }
}
