/// A text as UTF-8 bytes with a line index. Every range in the core is a byte range into one of
/// these; conversion to line and column (in UTF-8 bytes, UTF-16 code units or Unicode scalars)
/// happens only here, so the fronts never count by hand.
public struct SourceText: Sendable, Hashable {
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line. Lines end after "\n" ("\r\n" and lone "\r" too).
  public let lineStarts: [Int]

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  /// Creates a text from bytes. Invalid UTF-8 is repaired (each bad byte becomes U+FFFD) so every
  /// offset the core hands out lies on a scalar boundary.
  public init(bytes: [UInt8]) {
    if UTF8Validation.check(bytes).isValid {
      self.init(validatedBytes: bytes)
    } else {
      self.init(validatedBytes: Array(String(decoding: bytes, as: UTF8.self).utf8))
    }
  }

  /// Creates a text from bytes the caller has found valid with `UTF8Validation` (a draft checked
  /// on the way in is not checked twice).
  public init(validatedBytes valid: [UInt8]) {
    self.bytes = valid
    self.lineStarts = valid.withUnsafeBufferPointer { valid in
      var starts: [Int] = []
      starts.reserveCapacity(valid.count / 64 + 1)
      starts.append(0)
      var index = 0
      while index < valid.count {
        // Eight bytes at a time while none of them is at or below 0x0D (no line break).
        if index + 8 <= valid.count, ASCIIWords.inRange(ASCIIWords.load(valid, at: index), 0x00, 0x0D) == 0 {
          index += 8
          continue
        }
        let byte = valid[index]
        index += 1
        // Line breaks are the only bytes at or below 0x0D that matter here.
        guard byte <= 0x0D else { continue }
        if byte == 0x0A {
          starts.append(index)
        } else if byte == 0x0D {
          if index < valid.count, valid[index] == 0x0A { index += 1 }
          starts.append(index)
        }
      }
      return starts
    }
  }

  /// True when `init(bytes:)` received valid UTF-8.
  public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    UTF8Validation.check(bytes).isValid
  }

  public var count: Int { bytes.count }
  public var lineCount: Int { lineStarts.count }
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  public func string(in range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The bytes at `range` (clamped to the text) are one hyphen as written: the ASCII one, or
  /// Unicode's hyphen or non-breaking hyphen (U+2010, U+2011), not a dash.
  func isHyphen(at range: Range<Int>) -> Bool {
    let range = range.clamped(to: 0..<bytes.count)
    switch range.count {
    case 1: return bytes[range.lowerBound] == UInt8(ascii: "-")
    case 3:
      return bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
        && (bytes[range.lowerBound + 2] == 0x90 || bytes[range.lowerBound + 2] == 0x91)
    default: return false
    }
  }

  /// 0-based line containing byte `offset` (clamped to the text).
  public func line(containing offset: Int) -> Int {
    let offset = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The byte range of a 0-based line, without its line terminator (nor, on the first line, a
  /// byte order mark).
  public func lineRange(_ line: Int) -> Range<Int> {
    guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
    // (The first line's content starts after a byte order mark.)
    let start = line == 0 ? byteOrderMarkLength : lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// A position as (0-based line, 0-based column) with the column counted in `unit`.
  ///
  /// A byte order mark that opens the text is no character of its first line: editors do not
  /// show it, so columns on that line count from after it.
  public func position(of offset: Int, in unit: ColumnUnit) -> (line: Int, column: Int) {
    let offset = max(0, min(offset, bytes.count))
    let line = line(containing: offset)
    let start = line == 0 ? min(byteOrderMarkLength, offset) : lineStarts[line]
    return (line, Self.count(bytes[start..<offset], in: unit))
  }

  /// 3 when the text opens with a UTF-8 byte order mark (EF BB BF), else 0.
  public var byteOrderMarkLength: Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// The byte offset of (0-based line, column in `unit`), clamped: a line past the end means the
  /// end of the text, a column past the line's end means the end of that line, and a column in the
  /// middle of a character rounds down to the character's start.
  public func offset(line: Int, column: Int, in unit: ColumnUnit) -> Int {
    if line < 0 { return 0 }
    if line >= lineStarts.count { return bytes.count }
    let range = lineRange(line)
    var remaining = max(0, column)
    var index = range.lowerBound
    while index < range.upperBound, remaining > 0 {
      let length = Self.scalarLength(bytes[index])
      let width: Int
      switch unit {
      case .utf8: width = length
      case .utf16: width = length == 4 ? 2 : 1
      case .scalar: width = 1
      }
      if width > remaining { break }
      remaining -= width
      index = min(index + length, range.upperBound)
    }
    return index
  }

  static func scalarLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: 1
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    case 0xF0...: 4
    default: 1
    }
  }

  static func count(_ slice: ArraySlice<UInt8>, in unit: ColumnUnit) -> Int {
    if unit == .utf8 { return slice.count }
    // Scalars are the bytes that are not continuation bytes (10xxxxxx); a scalar of four bytes
    // (lead byte 11110xxx) is two UTF-16 units. Counted eight bytes at a time.
    return slice.withUnsafeBufferPointer { bytes in
      var continuations = 0
      var fourByteLeads = 0
      var index = 0
      while index + 8 <= bytes.count {
        let word = ASCIIWords.load(bytes, at: index)
        if word & ASCIIWords.highBits != 0 {
          continuations += (word & ~(word << 1) & ASCIIWords.highBits).nonzeroBitCount
          fourByteLeads += (word & (word << 1) & (word << 2) & (word << 3) & ASCIIWords.highBits).nonzeroBitCount
        }
        index += 8
      }
      while index < bytes.count {
        if bytes[index] & 0xC0 == 0x80 { continuations += 1 } else if bytes[index] >= 0xF0 { fourByteLeads += 1 }
        index += 1
      }
      let scalars = bytes.count - continuations
      return unit == .scalar ? scalars : scalars + fourByteLeads
    }
  }
}

/// What a column counts.
public enum ColumnUnit: Sendable, Hashable {
  case utf8
  case utf16
  case scalar
}
