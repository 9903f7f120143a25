/// Finds the checkable values in a sentence: years ("1998") and counts ("three wars", "4 wars").
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

  /// Marks that make a number part of an amount, a path or a date when right before it.
  private static let amountMarks: [StaticString] = ["-", "/", "$", "£", "€", "#", "."]
  /// Marks that make a number part of a range or a date when right after it.
  private static let rangeMarks: [StaticString] = ["-", "/", "%", "."]
  /// Words after which a number is an identifier ("Order 13382"), not a value.
  private static let identifierWords: [StaticString] = ["no", "number", "order", "resolution"]

  public static func values(in prose: ProseText, sentence: Range<Int>) -> [Value] {
    prose.tokens.withUnsafeBufferPointer { values(in: $0, sentence: sentence) }
  }

  private static func values(in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>) -> [Value] {
    var values: [Value] = []
    for index in sentence {
      // Most words are neither numbers nor count words: decide that before copying neighbours.
      let kind = tokens[index].kind
      guard kind == .number || (kind == .word && tokens[index].countValue != nil) else { continue }
      let token = tokens[index]
      let previous = index > sentence.lowerBound ? tokens[index - 1] : nil
      let next = index + 1 < sentence.upperBound ? tokens[index + 1] : nil
      if token.kind == .number, token.isDigits, let number = Int(token.text) {
        // Part of a date, a range, a path or an amount: not a standalone value.
        if let previous, previous.hasText(in: amountMarks),
          previous.range.upperBound == token.range.lowerBound
        {
          continue
        }
        if let next, next.hasText(in: rangeMarks), next.range.lowerBound == token.range.upperBound,
          index + 2 < sentence.upperBound, tokens[index + 2].kind == .number
        {
          continue
        }
        if let previous,
          previous.hasText(in: identifierWords)
        {
          continue
        }
        if token.utf8Count == 4, (1500...2100).contains(number) {
          values.append(Value(kind: .year, number: number, token: index))
        } else if token.utf8Count <= 3, number >= 2, let next, next.kind == .word,
          !next.hasText(in: ["percent", "per"])
        {
          values.append(Value(kind: .count, number: number, token: index))
        }
      } else if token.kind == .word, let number = token.countValue, number >= 2 {
        guard let next, next.kind == .word || next.hasText("of") else { continue }
        values.append(Value(kind: .count, number: number, token: index))
      }
    }
    return values
  }
}
