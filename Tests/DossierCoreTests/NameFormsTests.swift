import DossierCore
import Testing

/// Near misses of short, multi-word and operative-clause names, on an invented corpus.
@Suite struct NameFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "basin.txt": """
      The delegates met in Tarvo in March, and the talks in Tarvo ended early.
      A later statement was issued at Kamo Dahl by the ministers of the basin.
      The Kamo Dahl statement set out new rules for the fleets of the delta.
      The next session met at Bir el-Hamra, and Bir el-Hamra hosted the fleets.
      \t3.\tRequests the forum and its Kelowice Committee to report on progress;
      \t4.\tInvites the Kelowice Committee to consider the fleets of the delta;
      """
    ])
  }

  @Test func shortNamesOnlyWithTwoLettersSwapped() {
    #expect(flagged("The talks in Tavro went well.", .nameMisspelled, corpus: corpus) == ["Tavro"])
    // One other edit of five letters makes other real names.
    #expect(flagged("The talks in Tarvi went well.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The talks in Tarvo went well.", .nameMisspelled, corpus: corpus).isEmpty)
  }

  @Test func theLastWordOfAMultiWordName() throws {
    let finding = try #require(
      findings("The Kamo Dhal statement was new.", corpus: corpus).first { $0.rule == .nameMisspelled })
    #expect(finding.fixes.first?.edits.first?.newText == "Dahl")
    #expect(flagged("They met at Bir el-Hamr in May.", .nameMisspelled, corpus: corpus) == ["Hamr"])
    // Not after the name's first word, or too far from the name: other words.
    #expect(flagged("The Dhal statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Kamo Dale statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Kamo Dahl's statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
  }

  @Test func namesUsedOnlyInOperativeClauses() {
    #expect(flagged("The Kelowize Committee met.", .nameMisspelled, corpus: corpus) == ["Kelowize"])
    #expect(flagged("The Kelowice Committee met.", .nameMisspelled, corpus: corpus).isEmpty)
  }
}
