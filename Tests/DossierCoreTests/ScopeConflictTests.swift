import Testing

@testable import DossierCore

/// `fact-conflict` for a draft that narrows with "only", "solely" or "exclusively" a list or a
/// universal statement of the corpus, on an invented corpus about a fisheries treaty (no
/// knowledge file).
@Suite struct ScopeConflictTests {
  static let files = [
    "treaty.md": """
    # Harbour Fisheries Treaty 2031

    The treaty restricts trawling by vessels registered in the northern, eastern, southern, or western harbour districts of the bay.

    Each Member shall publish and report annual catch statistics to the secretariat.

    Coastal Members shall patrol their own waters.

    The treaty funds only the eastern and western harbour districts through the lighthouse levy.
    """
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  @Test func flagsAListNarrowedByOnly() {
    let draft = "The fisheries treaty restricts trawling only in the northern and southern harbour districts."
    #expect(flagged(draft, .factConflict, corpus: corpus) == ["only in the northern and southern harbour districts"])
  }

  @Test func flagsAUniversalNarrowedToSomeMembers() throws {
    let draft = "Only coastal Members are obliged to publish and report annual catch statistics."
    #expect(flagged(draft, .factConflict, corpus: corpus) == ["Only coastal Members"])
    let finding = try #require(findings(draft, corpus: corpus).first { $0.rule == .factConflict })
    #expect(finding.message.contains("Each Member shall publish"))
  }

  @Test func otherSensesOfOnlyAreQuiet() {
    for draft in [
      "The treaty restricts trawling not only in the northern but also in the southern harbour districts.",
      "The only northern and southern harbour districts of the treaty are small.",
      "The treaty restricts trawling only after the northern and southern harbour districts agree.",
      "Only two harbour districts joined the fisheries treaty.",
      "If only the northern and southern harbour districts joined the treaty.",
      "Does the treaty restrict trawling only in the northern and southern harbour districts?",
    ] {
      #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  @Test func scopesTheCorpusStatesAreQuiet() {
    for draft in [
      // The corpus itself names exactly these members elsewhere.
      "The fisheries treaty funds only the eastern and western harbour districts.",
      // Every member, as the corpus says.
      "The fisheries treaty restricts trawling in the northern, eastern, southern and western harbour districts.",
      // A restriction the corpus states of those members.
      "Only coastal Members shall patrol their own waters.",
      // Another predicate than the universal's.
      "Only coastal Members are obliged to build new harbours.",
      // The same head and members, with nothing of the list's context.
      "Tourists visit only the northern and southern harbour districts.",
      // Members the corpus does not list.
      "The fisheries treaty restricts trawling only in the central harbour districts.",
    ] {
      #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  @Test func theIndexReadsListsAndUniversals() {
    let scope = corpus.claims.scope
    #expect(scope.lists.contains { $0.members.count == 4 && $0.head == "harbour " + ClauseWords.key("districts") })
    #expect(scope.universals.contains { $0.head == ClauseWords.key("member") })
  }
}
