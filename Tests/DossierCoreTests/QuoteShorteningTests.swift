import Testing

@testable import DossierCore

/// `Corpus.shorten`: a quote's lines joined by single spaces, cut at the limit with an ellipsis.
struct QuoteShorteningTests {
  /// What `shorten` must give, written the plain way (every character read).
  func expected(_ quote: String, limit: Int) -> String {
    let flat = quote.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
  }

  @Test func shortenedQuotesAreThePlainReadings() {
    let quotes = [
      "", "\n", "short", "a\nb", "\n\nlead and trail\n\n", "two\n\n\nbreaks", "x\r\ny",
      String(repeating: "word ", count: 40), String(repeating: "é\n", count: 30), "exactly ten",
      "ten chars!", "eleven char", "nine\nchar", "a\n\u{301}bc", "a\n\u{301}b",
    ]
    for quote in quotes {
      for limit in [1, 2, 3, 4, 9, 10, 11, 120] {
        #expect(
          Corpus.shorten(quote, limit: limit) == expected(quote, limit: limit), "\(quote.debugDescription) \(limit)")
      }
    }
  }
}
