import DossierCore
import Testing

/// Guards found by checking drafts against a corpus on another topic: a value bound to another
/// reference number, and words built on a name, are not findings.
@Suite struct CrossReferenceGuardTests {
  static let files = [
    "orders.txt": """
    The national emergency declared in Executive Order 13466 of June 26, 2008, was expanded in scope by Executive Order 13551 of August 30, 2010.
    The President transmits the notice to the Congress each year.
    The Commemorative Committee met in Canberra.
    """
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  @Test func aDateOfAnotherOrderIsNotAConflict() {
    // Another order's date, in the same words: about something else.
    #expect(
      flagged("Procurement was aligned under Executive Order 14057 of December 8, 2021.", .factConflict, corpus: corpus)
        .isEmpty)
    // The same order with another date is still a conflict.
    #expect(
      flagged("The emergency was declared in Executive Order 13466 of June 16, 2008.", .factConflict, corpus: corpus)
        == ["June 16, 2008"])
  }

  @Test func wordsBuiltOnANameAreNotMisspellings() {
    #expect(flagged("The Presidency said so.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Presidnet said so.", .nameMisspelled, corpus: corpus) == ["Presidnet"])
    // The name's stem with another ending: another word.
    #expect(flagged("The Commemoration was held.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Commemmorative Committee met.", .nameMisspelled, corpus: corpus) == ["Commemmorative"])
  }
}
