import Testing

@testable import DossierCore

/// What a draft's writer defines or names in parentheses: an acronym alone after the words it
/// names, a short name of a word and an acronym, the full name of an instrument the corpus knows
/// by its short name; and names the corpus writes with a hyphen.
@Suite struct WritersDefinitionsTests {
  func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined) }

  @Test func anAcronymAloneInParenthesesAfterTheWordsItNamesIsDefined() throws {
    // In another language, or from letters the words do not begin with.
    #expect(
      undefined("Strikes hit the Organization of Defensive Innovation and Research (SPND). SPND denied it.").isEmpty)
    // Letters the words do not begin with: defined where the corpus defines it after the same word.
    let corpus = try inventedCorpus([
      "visits.md": "The first port visits by conventionally-armed, nuclear-powered submarines (SSNs) began."
    ])
    let draft = "Port visits by nuclear-powered submarines (SSNs) began. SSNs stayed a week."
    #expect(flagged(draft, .acronymUndefined, corpus: corpus).isEmpty)
    #expect(undefined(draft) == ["SSNs"])
    // Not after a number, nor at the start of a sentence.
    #expect(undefined("They met in 2019 (PSNC). PSNC agreed.") == ["PSNC"])
    #expect(undefined("(PSNC) agreed to the plan. PSNC met.") == ["PSNC"])
  }

  @Test func aShortNameOfAWordAndAnAcronymDefinesTheAcronym() {
    #expect(
      undefined("The New Strategic Arms Reduction Treaty (New START) expires. New START limits warheads.").isEmpty)
    // Words that do not spell it define nothing.
    #expect(undefined("The old treaty (New START) expires.") == ["START"])
  }

  @Test func anAcronymJoinedToTheWordItsNameEndsWith() {
    #expect(undefined("They rotate as Submarine Rotational Force-West (SRF-West). SRF-West will grow.").isEmpty)
    // Another word after the hyphen: the name is not the acronym's.
    #expect(undefined("They rotate as Submarine Rotational Force-East (SRF-West). It will grow.") == ["SRF"])
  }

  @Test func theFullNameOfAnInstrumentTheCorpusKnowsByItsShortName() throws {
    let corpus = try inventedCorpus([
      "trade.md": "The President replaced the outdated and unfair NAFTA with a better agreement in 2020."
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("The North American Free Trade Agreement (NAFTA) took effect in 1994.").isEmpty)
    // A short name the corpus does not write leaves the name unknown.
    #expect(
      unknown("The Comprehensive Economic Partnership Agreement (CEPA) was signed in 2016.") == [
        "Comprehensive Economic Partnership Agreement"
      ])
  }

  @Test func aNameOfTwoProperNounsJoinedByAHyphenIsWrittenSo() throws {
    let corpus = try inventedCorpus([
      "strategy.md": """
      The Indo-Pacific strategy was published in February. Allies in the Indo-Pacific welcomed it.

      The Director-General spoke. The general public was invited, and the Director-General left.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("Partners across the Indo Pacific agreed.") == ["Indo Pacific"])
    #expect(variants("Partners across the Indo-Pacific agreed.").isEmpty)
    // "general" is a word the corpus writes in lower case: "Director-General" is no name of two
    // proper nouns.
    #expect(variants("The Director General spoke first.").isEmpty)
  }
}
