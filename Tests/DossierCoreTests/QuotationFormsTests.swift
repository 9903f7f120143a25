import DossierCore
import Testing

/// Quotations of sources whose sentences break over paragraphs, with the writer's glosses, and
/// references in a corpus's own short form.
@Suite struct QuotationFormsTests {
  /// A sentence the source breaks over paragraphs (a letter printed a line at a time) is quoted
  /// exactly across the breaks; a changed word is still a misquotation.
  @Test func aQuotationAcrossTheSourcesParagraphBreaks() throws {
    let corpus = try inventedCorpus([
      "letter.md": """
      The Secretary wrote to the committee in June.

       This is a difficult decision, but one with which we

       are comfortable. The time has come to close

       the production line at the end of the year.
      """
    ])
    func misquoted(_ draft: String) -> [String] { flagged(draft, .quoteMismatch, corpus: corpus) }
    #expect(misquoted("He wrote: \"This is a difficult decision, but one with which we are comfortable.\"").isEmpty)
    #expect(misquoted("He wrote that \"the time has come to close the production line\" this year.").isEmpty)
    #expect(
      misquoted("He wrote: \"This is a difficult decision, but one with which we are content.\"") == ["are content"])
  }

  /// An acronym the writer adds in parentheses is a gloss: without it, the quotation is exact.
  @Test func anAcronymGlossInsideAQuotation() throws {
    let corpus = try inventedCorpus([
      "threats.md": "Adversaries are fielding advanced surface-to-air missiles along the border regions."
    ])
    #expect(
      flagged(
        "They warned of \"advanced surface-to-air missiles (SAMs) along the border regions.\"", .quoteMismatch,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "They warned of \"advanced surface-to-air missiles (SAMs) along the coastal regions.\"", .quoteMismatch,
        corpus: corpus) == ["coastal"])
  }

  /// A corpus that writes orders of a kind in a short form ("E.O. 13692", "E.O. 13850") accepts
  /// that form for another it names in full; a corpus that never does still prefers its own.
  @Test func aShortFormTheCorpusWritesForOtherOrders() throws {
    let corpus = try inventedCorpus([
      "orders.md": """
      Treasury acted pursuant to Executive Order (E.O.) 13884, which blocks property.
      Earlier designations were made under E.O. 13692 and under E.O. 13850 in 2018.
      """
    ])
    #expect(flagged("The designations under E.O. 13884 continue.", .termVariant, corpus: corpus).isEmpty)
    let longOnly = try inventedCorpus([
      "orders.md": "Treasury acted pursuant to Executive Order 13884, which blocks property, and Executive Order 13692."
    ])
    #expect(flagged("The designations under E.O. 13884 continue.", .termVariant, corpus: longOnly) == ["E.O. 13884"])
  }
}

extension QuotationFormsTests {
  /// A list number glued to the source's first word by its extraction ("Task 7To monitor …") is
  /// no word the quotation changed; a word it did change still is.
  @Test func aNumberGluedToTheSourcesWordIsNoChange() throws {
    let corpus = try inventedCorpus([
      "tasks.txt": "Task 7To monitor the work of the department's agencies, regulators and other public bodies."
    ])
    #expect(
      flagged(
        "Committees were asked \"to monitor the work of the department's agencies, regulators and other public bodies\".",
        .quoteMismatch, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Committees were asked \"to monitor the work of the department's agencies, regulators and other private bodies\".",
        .quoteMismatch, corpus: corpus
      ).count == 1)
  }
}
