/// The years and counts of a sentence, for the knowledge file's facts (which are years and
/// counts) and hovers: a view of `ValueReader`'s typed values. A date gives its year.
public enum ValueExtractor {
  public struct Value: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      case year
      case count
    }

    public var kind: Kind
    public var number: Int
    /// The token holding the value.
    public var token: Int
  }

  public static func values(in prose: ProseText, sentence: Range<Int>) -> [Value] {
    values(of: ValueReader.values(in: prose, sentence: sentence), in: prose)
  }

  /// The years and counts among typed values already read.
  static func values(of typed: [TypedValue], in prose: ProseText) -> [Value] {
    typed.compactMap { value in
      switch value.kind {
      case .year:
        return value.integer.map { Value(kind: .year, number: $0, token: value.token) }
      case .date:
        // The year is the date's last token.
        guard let year = value.year else { return nil }
        let last = value.tokens.upperBound - 1
        return prose.tokens[last].kind == .number && prose.tokens[last].utf8Count == 4
          ? Value(kind: .year, number: year, token: last) : nil
      case .count:
        guard let count = value.integer, value.tokens.count == 1 else { return nil }
        return Value(kind: .count, number: count, token: value.token)
      default:
        return nil
      }
    }
  }
}
