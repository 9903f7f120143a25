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

  /// The folded text, held inline (see `TokenText`) so a token is plain data: copying one costs
  /// no reference counting, and the checks copy tokens constantly.
  private var storage: TokenText
  // A draft has hundreds of thousands of tokens: a token is 32 bytes of plain data. Offsets are
  // 32 bits; the folded range's end is its start plus the text's length (the text is exactly the
  // folded bytes of the range); kind and casing share one byte.
  private var start: Int32
  private var originalStart: Int32
  private var originalEnd: Int32
  private var flags: UInt8
  /// The closed classes the word belongs to (see `Lexicon`), tagged when it was tokenised.
  public let wordClasses: WordClasses
  private var count: Int8

  private static let punctuationFlag: UInt8 = 1
  private static let numberFlag: UInt8 = 2
  private static let capitalizedFlag: UInt8 = 4
  private static let upperCaseAcronymFlag: UInt8 = 8
  private static let pluralSFlag: UInt8 = 16
  private static let lowerCaseLettersFlag: UInt8 = 32

  /// A token whose folded text is `text` (which must be the folded bytes of `range`).
  public init(
    kind: Kind, range: Range<Int>, text: String, originalRange: Range<Int>, isCapitalized: Bool,
    isUpperCaseAcronym: Bool, hasLowerCasePluralS: Bool = false
  ) {
    var text = text
    self.init(
      kind: kind, start: range.lowerBound, storage: text.withUTF8 { TokenText($0) }, originalRange: originalRange,
      isCapitalized: isCapitalized, isUpperCaseAcronym: isUpperCaseAcronym, hasLowerCasePluralS: hasLowerCasePluralS)
  }

  init(
    kind: Kind, start: Int, storage: TokenText, originalRange: Range<Int>, isCapitalized: Bool,
    isUpperCaseAcronym: Bool, hasLowerCasePluralS: Bool, lexicon: Lexicon.Table = Lexicon.table
  ) {
    var flags: UInt8
    switch kind {
    case .word: flags = 0
    case .number: flags = Self.numberFlag
    case .punctuation: flags = Self.punctuationFlag
    }
    if isCapitalized { flags |= Self.capitalizedFlag }
    if isUpperCaseAcronym { flags |= Self.upperCaseAcronymFlag }
    if hasLowerCasePluralS { flags |= Self.pluralSFlag }
    if kind == .word, storage.isLowerCaseASCIILetters { flags |= Self.lowerCaseLettersFlag }
    self.flags = flags
    self.start = Int32(truncatingIfNeeded: start)
    self.originalStart = Int32(truncatingIfNeeded: originalRange.lowerBound)
    self.originalEnd = Int32(truncatingIfNeeded: originalRange.upperBound)
    self.storage = storage
    let entry = kind == .word ? lexicon.entry(storage) : .none
    self.wordClasses = entry.classes
    self.count = entry.count
  }

  public var kind: Kind {
    if flags & Self.punctuationFlag != 0 { return .punctuation }
    return flags & Self.numberFlag != 0 ? .number : .word
  }

  /// The original spelling starts with an upper-case letter.
  public var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }
  /// The original spelling has at least two letters, all upper case ("WMD", "WMDs" counts too).
  public var isUpperCaseAcronym: Bool { flags & Self.upperCaseAcronymFlag != 0 }
  /// The original spelling ends in a lower-case "s" after capitals ("WMDs").
  public var hasLowerCasePluralS: Bool { flags & Self.pluralSFlag != 0 }

  /// A word whose folded text is ASCII letters only ("cyberspace"; not "g20", "u.s." or "café").
  var isASCIILetters: Bool { flags & Self.lowerCaseLettersFlag != 0 }

  /// The number a count word names ("three" → 3).
  public var countValue: Int? { count >= 0 ? Int(count) : nil }

  /// The folded text (lower case, quotes and dashes folded).
  public var text: String { storage.string }

  /// The folded text as a plain value (compared and hashed without building a String).
  var textValue: TokenText { storage }

  /// The folded text's length in UTF-8 bytes.
  public var utf8Count: Int { storage.count }

  /// The folded text's first byte.
  public var firstByte: UInt8 { storage.firstByte }

  /// True when the folded text is exactly `literal` (compared as bytes, no String built).
  public func hasText(_ literal: StaticString) -> Bool { storage.equals(literal) }

  /// Calls `body` with the folded text's UTF-8 bytes.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { storage.withUTF8(body) }

  /// The range in the folded text.
  public var range: Range<Int> { Int(start)..<Int(start) + storage.count }

  /// The original bytes' range in the draft or corpus document.
  public var originalRange: Range<Int> { Int(originalStart)..<Int(originalEnd) }

  /// Whether `next` follows this token with nothing between them in the folded text ("MS-DRG",
  /// "Leaders'").
  @inline(__always) func touches(_ next: Token) -> Bool { range.upperBound == next.range.lowerBound }

  /// Moves the original range by `delta` bytes.
  mutating func shiftOriginal(by delta: Int) {
    originalStart &+= Int32(truncatingIfNeeded: delta)
    originalEnd &+= Int32(truncatingIfNeeded: delta)
  }

  public var isWord: Bool { kind == .word }

  /// True when the folded text is one of `literals`.
  public func hasText(in literals: [StaticString]) -> Bool {
    literals.contains { hasText($0) }
  }

  /// The folded text is a number written in ASCII digits only.
  var isDigits: Bool {
    withUTF8 { bytes in !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
  }

  /// The word without a possessive ending: "pakistan's" → "pakistan", "states'" → "states".
  public var withoutPossessive: String {
    withUTF8 { bytes in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[..<WordForms.possessiveStart(bytes)]), as: UTF8.self)
    }
  }

  /// `withoutPossessive`, spelled with Strings (for the tests).
  var withoutPossessiveByCharacters: String {
    if text.hasSuffix("'s") { return String(text.dropLast(2)) }
    if text.hasSuffix("'") { return String(text.dropLast()) }
    return text
  }
}
