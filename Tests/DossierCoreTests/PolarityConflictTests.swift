import Testing

@testable import DossierCore

/// `fact-conflict` for a clause that asserts what the corpus denies, on an invented corpus about
/// a lighthouse authority (no knowledge file).
@Suite struct PolarityConflictTests {
  static let files = [
    "inspection.txt": """
    The harbour board inspected the northern lighthouse in March after the storm.
    The inspectors concluded that the cracked lantern did not present a serious hazard to passing vessels or crews, and the lamp was repaired within a week.
    The board stated that the keepers' cottages were not part of the heritage listing.
    Fishermen did not only rely on the light but also on the fog bell.
    If the lamp does not operate at night, the board shall notify the coast guard.
    """,
    "charter.md": """
    # Charter of the Lighthouse Authority

    Agrees that section 4 of the charter does not create or confer any right to compensation for private owners;

    The authority shall not charge fees to pilots in distress.

    The southern beacon presents a serious hazard to small boats in winter, the pilots report.
    """,
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  @Test func lemmaKeysJoinInflections() {
    #expect(ClauseWords.key("posed") == ClauseWords.key("pose"))
    #expect(ClauseWords.key("poses") == ClauseWords.key("posing"))
    #expect(ClauseWords.key("provides") == ClauseWords.key("provided"))
    #expect(ClauseWords.key("parties") == ClauseWords.key("party"))
    #expect(ClauseWords.key("assesses") == ClauseWords.key("assess"))
    #expect(ClauseWords.key("planned") == ClauseWords.key("plan"))
    #expect(ClauseWords.key("threat") != ClauseWords.key("three"))
  }

  @Test func flagsAnAssertedDenial() {
    let draft = "The inspectors concluded that the cracked lantern presented a serious hazard to passing vessels."
    #expect(flagged(draft, .factConflict, corpus: corpus) == ["presented a serious hazard to passing vessels"])
  }

  @Test func aDenialOfKeepingFromIsStillADenial() throws {
    let corpus = try inventedCorpus([
      "order.md": "The order does not prohibit the use of federal funds for research on renewable energy."
    ])
    #expect(
      flagged(
        "The order prohibits the use of federal funds for research on renewable energy.", .factConflict, corpus: corpus)
        == ["prohibits the use of federal funds for research on renewable energy"])
  }

  @Test func flagsTheOtherOfTwoCoordinatedPredicates() {
    let draft = "Under the charter, section 4 confers a right to compensation for private owners."
    #expect(flagged(draft, .factConflict, corpus: corpus) == ["confers a right to compensation for private owners"])
  }

  @Test func theMessageQuotesTheDenial() throws {
    let draft = "The inspectors concluded that the cracked lantern presented a serious hazard to passing vessels."
    let finding = try #require(findings(draft, corpus: corpus).first { $0.rule == .factConflict })
    #expect(finding.message.contains("did not present a serious hazard"))
    #expect(finding.evidence.first?.document == "inspection.txt")
  }

  @Test func agreeingParaphrasesAreQuiet() {
    for draft in [
      // Negated like the corpus, in other words.
      "The inspectors found that the cracked lantern didn't present a serious hazard to passing vessels.",
      "The inspectors concluded that the cracked lantern never presented a serious hazard to passing vessels.",
      "The cracked lantern presented no serious hazard to passing vessels, the inspectors concluded.",
      "It is not true that the cracked lantern presented a serious hazard to passing vessels.",
      "Section 4 of the charter does not confer a right to compensation for private owners.",
      "Nobody argued that section 4 creates a right to compensation for private owners.",
      // Hedged, conditional or asked: no assertion.
      "The inspectors feared the cracked lantern could present a serious hazard to passing vessels.",
      // Kept or barred from it: denied in other words.
      "The charter keeps section 4 from conferring a right to compensation for private owners.",
      "The charter bars section 4 from conferring a right to compensation for private owners.",
      "If the cracked lantern presented a serious hazard to passing vessels, the board would act.",
      "Did the cracked lantern present a serious hazard to passing vessels?",
      "Whether the cracked lantern presented a serious hazard to passing vessels is disputed.",
    ] {
      #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  @Test func otherSubjectsAndObjectsAreQuiet() {
    for draft in [
      // The corpus says this of another beacon, affirmatively.
      "The pilots report that the southern beacon presents a serious hazard to small boats in winter.",
      // Same predicate, another object.
      "The inspectors concluded that the cracked lantern presented a new design to the board.",
      // Same object words, no shared subject.
      "Rising seas presented a serious hazard to passing vessels.",
      // "not only … but also" denies nothing.
      "Fishermen relied on the light and on the fog bell.",
      // A rule ("shall not"), not a fact the corpus denies.
      "The authority charges fees to pilots in distress.",
      // A condition in the corpus, not a denial.
      "The lamp operates at night, and the board notifies the coast guard.",
    ] {
      #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  @Test func theIndexKeepsOnlyUnconditionalDenials() {
    let denials = corpus.claims.polarity.denials
    // The hazard, the heritage listing and the compensation right; not "not only", "shall not",
    // "if … does not".
    #expect(denials.count == 3)
    #expect(denials.contains { $0.predicates == [ClauseWords.key("create"), ClauseWords.key("confer")] })
  }
}
