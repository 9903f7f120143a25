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
    In August 2025, the President imposed tariffs on copper imports under Section 232 of the Trade Expansion Act.
    The United States and the Member States met in Tennessee, and Tennessee hosted the talks.
    The requirements of the standard shall not apply to small refineries until calendar year 2011.
    The report covers the 2019 compliance year for each small refinery that petitioned.
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

  @Test func wordsBuiltOnANameAreNotMisspellings() throws {
    #expect(flagged("The Presidency said so.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Presidnet said so.", .nameMisspelled, corpus: corpus) == ["Presidnet"])
    // The name's stem with another ending: another word.
    #expect(flagged("The Commemoration was held.", .nameMisspelled, corpus: corpus).isEmpty)
    // An agent noun's stem with a verb's ending ("Coordinate" beside "Coordinator").
    let agents = try inventedCorpus(["a.md": "The Special Coordinator met the Special Coordinator's staff."])
    #expect(flagged("Coordinate the zone language first.", .nameMisspelled, corpus: agents).isEmpty)
    #expect(flagged("The Cordinator met them.", .nameMisspelled, corpus: agents) == ["Cordinator"])
    #expect(flagged("The Commemmorative Committee met.", .nameMisspelled, corpus: corpus) == ["Commemmorative"])
  }

  /// The numbered thing nearest the value is another than the statement's, numbered by the same
  /// word: another instrument, whatever words the two share.
  @Test func aDateOfAnotherNumberedInstrumentIsNotAConflict() {
    #expect(
      flagged(
        "Section 232 duties apply to copper imports, and in August 2026 the President imposed tariffs under Section 338.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "In August 2026, the President imposed tariffs on copper imports under Section 232.", .factConflict,
        corpus: corpus) == ["August 2026"])
  }

  /// A label's word near a name the corpus writes only inside longer names ("States") is a
  /// field's name; near a name that stands alone, or outside a label, still a misspelling.
  @Test func aLabelNearANameOfLongerNamesIsNoMisspelling() {
    #expect(flagged("**Status:** draft 3.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Staets agreed.", .nameMisspelled, corpus: corpus) == ["Staets"])
    #expect(flagged("**Tennesee:** draft 3.", .nameMisspelled, corpus: corpus) == ["Tennesee"])
  }

  /// The draft's year right after the words the corpus writes before it ("until calendar year
  /// 2011", in a negated statement no frame reads) is what the corpus states there.
  @Test func aYearTheCorpusWritesAfterTheSameWords() {
    #expect(
      flagged("Small refineries were exempt until calendar year 2011.", .factConflict, corpus: corpus).isEmpty)
  }
}
