/// A corpus document whose bytes are not valid UTF-8, read as text all the same: a corpus of
/// thousands of files gathered over years has the odd one saved in a legacy encoding, or with
/// stray bytes after its end, and refusing the whole corpus for it helps no one. The user is told
/// which file, where, and how it was read.
///
/// - A file with no multi-byte UTF-8 sequence at all is in a single-byte encoding: read as
///   Windows-1252 (the encoding browsers read Latin-1 as), every byte a character.
/// - A file that is UTF-8 but for some bytes keeps its UTF-8, each invalid sequence read as
///   U+FFFD REPLACEMENT CHARACTER.
///
/// Line breaks are the same bytes in every case, so the lines evidence cites are the file's.
enum TextRepair {
  /// `bytes` as valid UTF-8, and how they were read (for a note that names the file); nil when
  /// they are valid UTF-8 already.
  static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], how: String)? {
    guard !UTF8Validation.check(bytes).isValid else { return nil }
    let line = 1 + bytes[..<firstInvalidOffset(bytes)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    if !hasMultiByteSequence(bytes) {
      var text: [UInt8] = []
      text.reserveCapacity(bytes.count + bytes.count / 8)
      for byte in bytes {
        if byte < 0x80 {
          text.append(byte)
        } else {
          appendUTF8(of: windows1252(byte), to: &text)
        }
      }
      return (text, "not UTF-8 (from line \(line)) and no multi-byte character in it: read as Windows-1252")
    }
    return (
      Array(String(decoding: bytes, as: UTF8.self).utf8),
      "not valid UTF-8 (from line \(line)): the invalid bytes read as U+FFFD"
    )
  }

  /// Where the first byte that begins no valid UTF-8 sequence stands.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      var index = 0
      while index < bytes.count {
        let length = sequenceLength(bytes, at: index)
        if length == 0 { return index }
        index += length
      }
      return bytes.count
    }
  }

  /// Whether some character of `bytes` is a valid sequence of two bytes or more.
  static func hasMultiByteSequence(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      var index = 0
      while index < bytes.count {
        let length = sequenceLength(bytes, at: index)
        if length > 1 { return true }
        index += max(length, 1)
      }
      return false
    }
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 when none begins there.
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    bytes[index] < 0x80 ? 1 : UTF8Validation.multiByteLength(bytes, at: index)
  }

  /// The character Windows-1252 gives a byte of 0x80 or more (as the WHATWG Encoding Standard
  /// reads it: the five bytes it leaves unassigned are the C1 controls of the same number).
  static func windows1252(_ byte: UInt8) -> UInt32 {
    guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
    let table: [UInt32] = [
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
      0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
      0x0153, 0x009D, 0x017E, 0x0178,
    ]
    return table[Int(byte - 0x80)]
  }

  private static func appendUTF8(of scalar: UInt32, to text: inout [UInt8]) {
    if scalar < 0x800 {
      text.append(UInt8(0xC0 | (scalar >> 6)))
      text.append(UInt8(0x80 | (scalar & 0x3F)))
    } else {
      text.append(UInt8(0xE0 | (scalar >> 12)))
      text.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      text.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }
}
