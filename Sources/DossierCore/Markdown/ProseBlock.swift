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
