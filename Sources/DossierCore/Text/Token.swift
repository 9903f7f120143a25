/// A word, number or punctuation mark of a block's folded text.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Letters, possibly with inner apostrophes ("pakistan's") or periods ("u.s.", "a.q.").
    case word
    /// Digits, possibly with inner commas or periods ("1,000", "2.5") and a trailing "s" ("1990s").
    case number
    /// Any other visible character.
    case punctuation
  }

  public var kind: Kind
  /// The range in the folded text.
  public var range: Range<Int>
  /// The folded text (lower case, quotes and dashes folded).
  public var text: String
  /// The original bytes' range in the draft or corpus document.
  public var originalRange: Range<Int>
  /// The original spelling starts with an upper-case letter.
  public var isCapitalized: Bool
  /// The original spelling has at least two letters, all upper case ("WMD", "WMDs" counts too).
  public var isUpperCaseAcronym: Bool
  /// The original spelling ends in a lower-case "s" after capitals ("WMDs").
  public var hasLowerCasePluralS: Bool = false

  public var isWord: Bool { kind == .word }

  /// The word without a possessive ending: "pakistan's" → "pakistan", "states'" → "states".
  public var withoutPossessive: String {
    if text.hasSuffix("'s") { return String(text.dropLast(2)) }
    if text.hasSuffix("'") { return String(text.dropLast()) }
    return text
  }
}
