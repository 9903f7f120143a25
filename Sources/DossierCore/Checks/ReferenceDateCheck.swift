/// `fact-conflict`: an instrument dated otherwise than its corpus dates it. "Executive Order
/// 12957 of March 15, 1996" where every document that dates the order writes "of March 15,
/// 1995". Only the date written right after the reference and joined by "of" is read, in the
/// draft as in the corpus (`InstrumentDate`): a date elsewhere in the sentence may be another
/// event's. A corpus that gives a reference two dates gives it none.
enum ReferenceDateCheck: BlockCheck {
  static let rule = Rule.factConflict

  static func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for occurrence in context.references {
      guard
        let (reference, known, date, written) = statedDate(
          after: occurrence, in: context.prose, text: context.text, corpus: context.corpus),
        !known.typedValue.agrees(with: date)
      else { continue }
      let range = context.prose.originalRange(ofTokens: date.tokens)
      findings.append(
        Finding(
          rule: rule,
          message: "wrong date \(written) for \(reference.preferred): the corpus gives \(known.written)",
          range: range, evidence: [known.evidence],
          fixes: [
            Fix(
              title: "Replace \(written) with \(known.written)",
              edits: [TextEdit(range: range, newText: known.written)], isCertain: false)
          ]))
    }
    return findings
  }

  /// The corpus's reference for `occurrence`, the date the corpus gives it, and the date the draft
  /// writes after it (as a value and as written), if the corpus dates that reference.
  static func statedDate(
    after occurrence: ReferenceScanner.Occurrence, in prose: ProseText, text: SourceText, corpus: Corpus
  ) -> (reference: Reference, known: ReferenceDate, date: TypedValue, written: String)? {
    guard let date = InstrumentDate.value(after: occurrence, in: prose, fullDatesOnly: false),
      let reference = corpus.reference(kind: occurrence.kind, identifier: occurrence.identifier),
      let known = reference.date
    else { return nil }
    return (reference, known, date, text.string(in: prose.originalRange(ofTokens: date.tokens)).singleSpaced)
  }
}
