/// A block of prose in a draft: a paragraph, a heading, a list item, a quoted paragraph or a
/// table cell. Its `segments` are the byte ranges that hold prose, in order; the bytes between
/// them are markup (a list marker, `> `, a link destination, inline code) and are never checked.
public struct ProseBlock: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case paragraph
    case heading(level: Int)
    case listItem
    case tableCell
  }

  public var kind: Kind
  /// True when the block sits inside a block quote (`> `).
  public var isQuoted: Bool
  /// Prose byte ranges of the draft, in order. Adjacent segments on different lines are joined by
  /// a space when the block is read; segments separated by excluded inline markup (code, a URL)
  /// are joined by a barrier that no word or term crosses.
  public var segments: [Segment]

  public struct Segment: Sendable, Hashable {
    public var range: Range<Int>
    /// How this segment joins the previous one.
    public var join: Join
    /// HTML text: character references ("&amp;", "&#8217;") are read as the characters they
    /// stand for (and still point at their own bytes).
    public var decodesCharacterReferences = false

    public init(range: Range<Int>, join: Join, decodesCharacterReferences: Bool = false) {
      self.range = range
      self.join = join
      self.decodesCharacterReferences = decodesCharacterReferences
    }

    /// The segments of `range` of `bytes` with its square brackets left out, as Markdown reads
    /// them: the first joins what came before by `join`, the others the words on either side of
    /// a bracket directly ("[O]ne" and "govern[ment]" read as the words a draft quoting them in
    /// Markdown writes). Plain text and HTML read text so.
    static func bracketsLeftOut(
      _ range: Range<Int>, of bytes: [UInt8], join: Join, decodesCharacterReferences: Bool = false
    ) -> [Segment] {
      var segments: [Segment] = []
      var join = join
      var start = range.lowerBound
      for index in range where bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "]") {
        if start < index {
          segments.append(
            Segment(range: start..<index, join: join, decodesCharacterReferences: decodesCharacterReferences))
          join = .adjacent
        }
        start = index + 1
      }
      if start < range.upperBound {
        segments.append(
          Segment(range: start..<range.upperBound, join: join, decodesCharacterReferences: decodesCharacterReferences))
      }
      return segments
    }
  }

  public enum Join: Sendable, Hashable {
    /// Directly adjacent (only markup such as `[` or `*` was removed between them).
    case adjacent
    /// A line break inside the block: reads as a space.
    case lineBreak
    /// Excluded content (inline code, a URL, a link destination) stood between: a hard barrier.
    case barrier
  }

  /// The block's extent in the draft, from the first to the last prose byte.
  public var range: Range<Int> {
    guard let first = segments.first, let last = segments.last else { return 0..<0 }
    return first.range.lowerBound..<last.range.upperBound
  }
}
