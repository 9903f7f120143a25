/// The date an instrument is known by, written right after its reference and joined by "of":
/// "Executive Order 12957 of March 15, 1995", "Resolution 1636 of October 31, 2005". The corpus's
/// give each reference its date (`Reference.date`); a draft's are compared with it
/// (`ReferenceDateCheck`) and shown on hover.
enum InstrumentDate {
  /// The date (or, unless `fullDatesOnly`, the month or the year) right after `occurrence`,
  /// joined by "of", in the same sentence.
  static func value(after occurrence: ReferenceScanner.Occurrence, in prose: ProseText, fullDatesOnly: Bool)
    -> TypedValue?
  {
    let tokens = prose.tokens
    let after = occurrence.tokens.upperBound
    guard after + 1 < tokens.count, tokens[after].hasText("of"),
      ValueReader.months[token: tokens[after + 1]] != nil || tokens[after + 1].kind == .number,
      let sentence = prose.sentence(containingToken: after), prose.sentences[sentence].contains(after + 1)
    else { return nil }
    let values = ValueReader.values(in: prose, sentence: prose.sentences[sentence])
    guard let value = values.first(where: { $0.tokens.lowerBound == after + 1 }),
      value.kind == .date || value.kind == .year, value.bound == .exact
    else { return nil }
    if fullDatesOnly, value.day == nil { return nil }
    return value
  }
}
