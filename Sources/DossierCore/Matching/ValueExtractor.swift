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

  public static func values(in prose: ProseText, sentence: Range<Int>) -> [Value] {
    prose.tokens.withUnsafeBufferPointer { values(in: $0, sentence: sentence) }
  }

  private static func values(in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>) -> [Value] {
    var values: [Value] = []
    for index in sentence {
      // Most words are neither numbers nor count words: decide that before copying neighbours.
      let kind = tokens[index].kind
      guard kind == .number || (kind == .word && CountWords.value(of: tokens[index].text) != nil) else { continue }
      let token = tokens[index]
      let previous = index > sentence.lowerBound ? tokens[index - 1] : nil
      let next = index + 1 < sentence.upperBound ? tokens[index + 1] : nil
      if token.kind == .number, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(token.text) {
        // Part of a date, a range, a path or an amount: not a standalone value.
        if let previous, ["-", "/", "$", "£", "€", "#", "."].contains(previous.text),
          previous.range.upperBound == token.range.lowerBound
        {
          continue
        }
        if let next, ["-", "/", "%", "."].contains(next.text), next.range.lowerBound == token.range.upperBound,
          index + 2 < sentence.upperBound, tokens[index + 2].kind == .number
        {
          continue
        }
        if let previous,
          previous.text == "no" || previous.text == "number" || previous.text == "order"
            || previous.text == "resolution"
        {
          continue
        }
        if token.text.count == 4, (1500...2100).contains(number) {
          values.append(Value(kind: .year, number: number, token: index))
        } else if token.text.count <= 3, number >= 2, let next, next.kind == .word,
          !["percent", "per"].contains(next.text)
        {
          values.append(Value(kind: .count, number: number, token: index))
        }
      } else if token.kind == .word, let number = CountWords.value(of: token.text), number >= 2 {
        guard let next, next.kind == .word || next.text == "of" else { continue }
        values.append(Value(kind: .count, number: number, token: index))
      }
    }
    return values
  }
}
