/// The words of a corpus passage that matter to a lookup: a window around the phrase looked up,
/// cut on word boundaries with an ellipsis where cut, its line breaks flattened, and the line the
/// phrase stands on (a sentence of a wrapped source spans several).
public struct EvidenceExcerpt: Sendable, Hashable {
  /// The window, on one line.
  public var text: String
  /// 1-based line of the phrase in the document (of the passage's start when no phrase is found).
  public var line: Int
  /// Whether one of the phrases was found.
  public var matched: Bool

  /// An excerpt of `evidence` around the first of `phrases` found in its quote on word
  /// boundaries (case, quotes and hyphens ignored), of at most about `limit` characters. Without
  /// a match, the passage's start.
  public init(_ evidence: Evidence, around phrases: [String], limit: Int = 240) {
    let characters = Array(evidence.quote)
    let folded = characters.map(Self.fold)
    var match: Range<Int>?
    for phrase in phrases {
      let needle = Array(phrase).map(Self.fold)
      if let found = Self.firstWordMatch(of: needle, in: folded) {
        match = found
        break
      }
    }
    matched = match != nil
    let focus = match ?? 0..<0
    // A window of `limit` characters centred on the match, moved inside the passage.
    var start = max(0, focus.lowerBound - max(0, limit - focus.count) / 2)
    var end = min(characters.count, start + max(limit, focus.count))
    start = max(0, min(start, end - limit))
    // Whole words only: a cut moves to the next space inward (never into the match).
    if start > 0, !characters[start - 1].isWhitespace {
      while start < focus.lowerBound, !characters[start].isWhitespace { start += 1 }
    }
    if end < characters.count, !characters[end].isWhitespace {
      while end > focus.upperBound, !characters[end - 1].isWhitespace { end -= 1 }
    }
    var words = String(characters[start..<end]).singleSpaced
    if start > 0 { words = "…" + words }
    if end < characters.count { words += "…" }
    text = words
    // ("\r\n" is one Character, and a lone "\r" ends a line too.)
    line = evidence.line + characters[..<focus.lowerBound].reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
  }

  /// A character as matched: lower case, one kind of quote, apostrophe and hyphen, one space.
  static func fold(_ character: Character) -> Character {
    switch character {
    case "\u{2018}", "\u{2019}", "\u{02BC}": return "'"
    case "\u{201C}", "\u{201D}": return "\""
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": return "-"
    default:
      if character.isWhitespace { return " " }
      return character.lowercased().first ?? character
    }
  }

  /// The first occurrence of `needle` in `haystack` that starts and ends on word boundaries.
  static func firstWordMatch(of needle: [Character], in haystack: [Character]) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      let end = start + needle.count
      guard haystack[start..<end].elementsEqual(needle) else { continue }
      let before = start == 0 || !isWordCharacter(haystack[start - 1]) || !isWordCharacter(needle[0])
      func isEnd(_ position: Int) -> Bool { position == haystack.count || !isWordCharacter(haystack[position]) }
      // An inflected use is a use, as the corpus search has it (`QuoteLocator`).
      let after =
        isEnd(end) || !isWordCharacter(needle[needle.count - 1])
        || needle.reversed().prefix(while: isWordCharacter).count >= QuoteLocator.inflectedLength
          && QuoteLocator.inflectionEndings.contains { ending in
            let characters = Array(ending)
            return end + characters.count <= haystack.count
              && haystack[end..<end + characters.count].elementsEqual(characters) && isEnd(end + characters.count)
          }
      if before && after { return start..<end }
    }
    return nil
  }

  static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
