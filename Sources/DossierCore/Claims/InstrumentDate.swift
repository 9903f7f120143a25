/// The date an instrument is known by, written right after its reference: joined by "of"
/// ("Executive Order 12957 of March 15, 1995", "Resolution 1636 of October 31, 2005"), past the
/// UN's year in parentheses ("resolution 1706 (2006) of 31 August 2006"), or after a participle
/// that dates it ("Resolution 1706 (2006), adopted on 31 August 2006", "Executive Order 13382,
/// signed on June 28, 2005"). The corpus's give each reference its date (`Reference.date`); a
/// draft's are compared with it (`ReferenceDateCheck`) and shown on hover.
enum InstrumentDate {
  /// Participles that date the instrument before them ("adopted on", "dated").
  static let datingWords = WordSet(["adopted", "signed", "issued", "dated", "enacted", "promulgated"])

  /// The date (or, unless `fullDatesOnly`, the month or the year) right after `occurrence`, in
  /// the same sentence.
  static func value(after occurrence: ReferenceScanner.Occurrence, in prose: ProseText, fullDatesOnly: Bool)
    -> TypedValue?
  {
    let tokens = prose.tokens
    var after = occurrence.tokens.upperBound
    func isText(_ index: Int, _ text: StaticString) -> Bool { index < tokens.count && tokens[index].hasText(text) }
    // The UN's year in parentheses after the number: "1706 (2006)".
    if isText(after, "("), after + 2 < tokens.count, tokens[after + 1].kind == .number,
      tokens[after + 1].utf8Count == 4, tokens[after + 1].isDigits, isText(after + 2, ")")
    {
      after += 3
    }
    var start: Int
    if isText(after, "of") {
      start = after + 1
    } else {
      start = isText(after, ",") ? after + 1 : after
      guard start < tokens.count, tokens[start].kind == .word, datingWords.contains(tokens[start]) else { return nil }
      start += 1
      if isText(start, "on") || isText(start, "in") { start += 1 }
    }
    guard start < tokens.count,
      ValueReader.months[token: tokens[start]] != nil || tokens[start].kind == .number,
      let sentence = prose.sentence(containingToken: start), prose.sentences[sentence].contains(after)
    else { return nil }
    let values = ValueReader.values(in: prose, sentence: prose.sentences[sentence])
    guard let value = values.first(where: { $0.tokens.lowerBound == start }),
      value.kind == .date || value.kind == .year, value.bound == .exact, !value.isYearless
    else { return nil }
    if fullDatesOnly, value.day == nil { return nil }
    return value
  }
}
