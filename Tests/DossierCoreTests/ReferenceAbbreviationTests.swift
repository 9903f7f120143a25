import DossierCore
import Testing

/// "Art. 6" where the corpus always writes "Article 6".
@Suite struct ReferenceAbbreviationTests {
  static let full = [
    "treaty.txt": """
    Article 6 of the treaty sets out the cooperation between the basin states.
    The parties shall report under Article 13 every two years, as Article 6 requires.
    Section 4 of the protocol lists the monitoring stations.
    """
  ]

  @Test func anAbbreviationOfAPartTheCorpusWritesInFullIsAVariant() throws {
    let corpus = try inventedCorpus(Self.full)
    #expect(flagged("Under Art. 6 the states cooperate.", .termVariant, corpus: corpus) == ["Art. 6"])
    #expect(flagged("Under Sec. 4 the stations are listed.", .termVariant, corpus: corpus) == ["Sec. 4"])
    let finding = try #require(
      findings("Under Art. 6 the states cooperate.", corpus: corpus).first { $0.rule == .termVariant })
    #expect(finding.fixes.first?.edits.first?.newText == "Article 6")
    // The full form, another sense of the word, and a part the corpus does not name are fine.
    #expect(flagged("Under Article 6 the states cooperate.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The art of cooperation is old.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("Under Art. 99 nothing happens.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func aCorpusThatAbbreviatesKeepsItsAbbreviations() throws {
    var files = Self.full
    files["notes.txt"] = "The commentary on Art. 13 is brief.\n"
    let corpus = try inventedCorpus(files)
    #expect(flagged("Under Art. 6 the states cooperate.", .termVariant, corpus: corpus).isEmpty)
    // Another family is still judged on its own.
    #expect(flagged("Under Sec. 4 the stations are listed.", .termVariant, corpus: corpus) == ["Sec. 4"])
  }
}
