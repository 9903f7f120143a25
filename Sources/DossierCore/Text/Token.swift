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
  /// The original spelling starts with an upper-case letter.
  public var isCapitalized: Bool
  /// The original spelling has at least two letters, all upper case ("WMD", "WMDs" counts too).
  public var isUpperCaseAcronym: Bool
  /// The original spelling ends in a lower-case "s" after capitals ("WMDs").
  public var hasLowerCasePluralS: Bool
  // Offsets are stored in 32 bits: a draft has hundreds of thousands of tokens.
  private var start: Int32
  private var end: Int32
  private var originalStart: Int32
  private var originalEnd: Int32
  /// The folded text (lower case, quotes and dashes folded).
  public var text: String

  public init(
    kind: Kind, range: Range<Int>, text: String, originalRange: Range<Int>, isCapitalized: Bool,
    isUpperCaseAcronym: Bool, hasLowerCasePluralS: Bool = false
  ) {
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.isUpperCaseAcronym = isUpperCaseAcronym
    self.hasLowerCasePluralS = hasLowerCasePluralS
    self.start = Int32(truncatingIfNeeded: range.lowerBound)
    self.end = Int32(truncatingIfNeeded: range.upperBound)
    self.originalStart = Int32(truncatingIfNeeded: originalRange.lowerBound)
    self.originalEnd = Int32(truncatingIfNeeded: originalRange.upperBound)
    self.text = text
  }

  /// The range in the folded text.
  public var range: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = Int32(truncatingIfNeeded: newValue.lowerBound)
      end = Int32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  /// The original bytes' range in the draft or corpus document.
  public var originalRange: Range<Int> {
    get { Int(originalStart)..<Int(originalEnd) }
    set {
      originalStart = Int32(truncatingIfNeeded: newValue.lowerBound)
      originalEnd = Int32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  /// Moves the original range by `delta` bytes.
  mutating func shiftOriginal(by delta: Int) {
    originalStart &+= Int32(truncatingIfNeeded: delta)
    originalEnd &+= Int32(truncatingIfNeeded: delta)
  }

  public var isWord: Bool { kind == .word }

  /// The word without a possessive ending: "pakistan's" → "pakistan", "states'" → "states".
  public var withoutPossessive: String {
    if text.hasSuffix("'s") { return String(text.dropLast(2)) }
    if text.hasSuffix("'") { return String(text.dropLast()) }
    return text
  }
}
