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
}
