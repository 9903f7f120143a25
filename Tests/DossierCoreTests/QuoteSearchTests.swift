import Testing

@testable import DossierCore

/// The byte search that locates evidence quotes in corpus documents.
@Suite struct QuoteSearchTests {
  static func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
  }

  @Test func findsTheFirstOccurrence() {
    let text = Array("the sanctions, the sanctions regime, and the end".utf8)
    #expect(QuoteLocator.firstOccurrence(of: Array("the sanctions".utf8), in: text) == 0)
    #expect(QuoteLocator.firstOccurrence(of: Array("sanctions regime".utf8), in: text) == 19)
    #expect(QuoteLocator.firstOccurrence(of: Array("the end".utf8), in: text) == text.count - 7)
    #expect(QuoteLocator.firstOccurrence(of: Array("the ending".utf8), in: text) == nil)
    #expect(QuoteLocator.firstOccurrence(of: [], in: text) == nil)
    #expect(QuoteLocator.firstOccurrence(of: text + [0x20], in: text) == nil)
    #expect(QuoteLocator.firstOccurrence(of: text, in: text) == 0)
  }

  @Test func agreesWithNaiveSearchOnRandomInput() {
    var random = SeededGenerator(seed: 5)
    for _ in 0..<500 {
      // A small alphabet, so first bytes match often and most candidates fail late.
      let haystack = (0..<random.next(200)).map { _ in UInt8(ascii: "a") + UInt8(random.next(3)) }
      let needle = (0..<(1 + random.next(6))).map { _ in UInt8(ascii: "a") + UInt8(random.next(3)) }
      #expect(QuoteLocator.firstOccurrence(of: needle, in: haystack) == Self.naive(needle, haystack))
    }
  }
}

@Suite struct ColumnCountTests {
  /// Columns counted eight bytes at a time against counting scalars one by one.
  @Test func countsAgreeWithScalarsOnRandomText() {
    var random = SeededGenerator(seed: 3)
    let pieces = ["a", "Z", " ", "é", "’", "—", "€", "😀", "𝔸", "\u{301}", "中", "\n"]
    for _ in 0..<300 {
      let string = (0..<random.next(40)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let bytes = Array(string.utf8)
      let start = random.next(bytes.count + 1)
      let slice = bytes[start...]
      // Byte by byte: a scalar per byte that is not a continuation byte, two UTF-16 units for a
      // four-byte scalar (a slice may start inside a scalar: its continuation bytes count 0).
      let scalars = slice.filter { $0 & 0xC0 != 0x80 }.count
      let units = scalars + slice.filter { $0 >= 0xF0 }.count
      #expect(SourceText.count(slice, in: .utf8) == slice.count)
      #expect(SourceText.count(slice, in: .scalar) == scalars, "\(string) from \(start)")
      #expect(SourceText.count(slice, in: .utf16) == units, "\(string) from \(start)")
      if start == 0 {
        #expect(scalars == string.unicodeScalars.count)
        #expect(units == string.utf16.count)
      }
    }
  }
}

@Suite struct QuoteOneLineTests {
  /// The byte path for ASCII text gives what the Character path gives.
  @Test func asciiAndCharacterPathsAgree() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", "word", " ", "  ", "\n", "\r\n", "\t", "\u{0B}", "\u{0C}", "\r", "\u{1C}", ".", "x y"]
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      #expect(QuoteMismatchCheck.oneLine(text) == QuoteMismatchCheck.oneLineByCharacters(text), "\(Array(text.utf8))")
    }
    #expect(QuoteMismatchCheck.oneLine("plain text") == "plain text")
    #expect(QuoteMismatchCheck.oneLine("wrapped\n  line") == "wrapped line")
    #expect(QuoteMismatchCheck.oneLine("non\u{A0}\u{A0}ascii\nline") == "non ascii line")
  }
}
