/// What a block's tokens hold at all, gathered while it is tokenised (a few bits per token), so a
/// check can pass over prose that cannot concern it without reading its tokens again: most
/// paragraphs have no acronym, many no number and no quotation mark.
public struct ProseSummary: Sendable, Hashable {
  /// Every class any word belongs to (see `Lexicon`).
  public internal(set) var wordClasses: WordClasses = []
  /// Some word is an upper-case acronym ("WMD", "WMDs").
  public internal(set) var hasUpperCaseAcronym = false
  /// Some token is a number.
  public internal(set) var hasNumber = false
  /// Some punctuation token is a quotation mark (`"` or `'`, as every kind of mark folds).
  public internal(set) var hasQuotationMark = false

  public init() {}
}
