import Testing

@testable import DossierCore

/// Another word of a plural name's stem is no misspelling of the name.
@Suite struct PluralNameStemTests {
  @Test func anotherWordOfAPluralsStemIsNoMisspelling() throws {
    let corpus = try inventedCorpus([
      "letter.md": """
      The joint memorandum submitted to me by the Secretaries of State and Energy is attached.

      It was reviewed by the Secretaries of State and Energy again in May.
      """
    ])
    #expect(flagged("Ask the IAEA Secretariat when it will report.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("Ask the Secretaires of State and Energy.", .nameMisspelled, corpus: corpus) == ["Secretaires"])
  }

  /// The plural of a word the corpus writes is that word, not a misspelling of a name a letter
  /// or two away ("the Secretaries" beside the corpus's "Secretary" and its "Secretariat"); a
  /// misspelling that is no such plural is still one.
  @Test func thePluralOfACorpusWordIsNoMisspelling() throws {
    let corpus = try inventedCorpus([
      "summit.md": """
      The ASEAN Secretariat hosted the meeting, and the Secretariat will report in May.

      In March, Secretary Lane spoke first, and Secretary Moss spoke after her.
      """
    ])
    #expect(
      flagged("As the Secretaries said after the meeting, the work goes on.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Secretarait will report in May.", .nameMisspelled, corpus: corpus) == ["Secretarait"])
  }

  /// An adjective of a plural name's singular ("Democratic" beside "Democrats") is another word.
  @Test func anAdjectiveOfAPluralsSingularIsNoMisspelling() throws {
    let corpus = try inventedCorpus([
      "vote.md": """
      In March, the Democrats and the Republicans in Congress voted for the bill.

      The Democrats in the Senate wrote it, and the Democrats in the House passed it in May.
      """
    ])
    #expect(flagged("Competition is not a Democratic or Republican idea.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Democarts voted for the bill.", .nameMisspelled, corpus: corpus) == ["Democarts"])
  }

  /// A people's name that replaces its country's ending ("Seychellois" beside "Seychelles") is
  /// another word.
  @Test func aPeoplesNameIsNoMisspellingOfItsCountry() throws {
    let corpus = try inventedCorpus([
      "islands.md": """
      The project maps the coast of the Seychelles, and teams in the Seychelles trained local mappers.

      In Mexico the work began in May, and Mexico City joined in June.
      """
    ])
    #expect(
      flagged("Seychellois and Mexican mappers trained together.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Seychells trained mappers.", .nameMisspelled, corpus: corpus) == ["Seychells"])
  }
}
