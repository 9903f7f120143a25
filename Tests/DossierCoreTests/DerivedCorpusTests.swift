import DossierCore
import Testing

/// A corpus with no knowledge file: everything comes from its documents.
@Suite struct DerivedCorpusTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(riverCorpusFiles)
  }

  /// A word in "-ize" the corpus writes once or twice, where it writes most such words in
  /// "-ise", rejects nothing; written three times, it does.
  @Test func aSpellingOfTheCorpussMinorityConventionWrittenOnceRejectsNothing() throws {
    let british =
      "Utilisation rose. Stabilisation held. Prices normalised, and the committee will stabilise growth and emphasise demand. "
    let once = try inventedCorpus(["a.md": british + "The demonetization shock passed."])
    #expect(flagged("The demonetisation shock passed.", .termVariant, corpus: once).isEmpty)
    let thrice = try inventedCorpus([
      "a.md": british + "The demonetization shock passed. Demonetization hurt. After demonetization, cash returned."
    ])
    #expect(flagged("The demonetisation shock passed.", .termVariant, corpus: thrice) == ["demonetisation"])
  }

  @Test func derivesAcronymsFromDefinitions() throws {
    let finding = try #require(
      findings("The HPDs worry fishermen.", corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(finding.message.contains("hydropower dams"))
  }

  @Test func alignsYearsWithCorpusSentences() {
    #expect(flagged("The Xayaburi Dam began commercial operation in 2018.", .factConflict, corpus: corpus) == ["2018"])
    #expect(flagged("The Xayaburi Dam began commercial operation in 2019.", .factConflict, corpus: corpus).isEmpty)
    #expect(flagged("The Mekong River Commission was founded in 1996.", .factConflict, corpus: corpus) == ["1996"])
  }

  @Test func learnsProperNounsAndSpellings() {
    #expect(flagged("Vietnma and Cambodia signed.", .nameMisspelled, corpus: corpus) == ["Vietnma"])
    #expect(flagged("A long-term program of regulation.", .termVariant, corpus: corpus) == ["program"])
    #expect(flagged("Better watersharing between states.", .termVariant, corpus: corpus) == ["watersharing"])
  }

  @Test func checksQuotationsAgainstTheDocuments() {
    let draft = "The dam could \"reduce sediment flows and harm fisheries upstream in the delta\"."
    #expect(flagged(draft, .quoteMismatch, corpus: corpus) == ["upstream"])
  }

  @Test func seedKnowledgeDoesNotLeakIn() {
    #expect(flagged("The nonproliferation regime.", .termVariant, corpus: corpus).isEmpty)
  }
}

@Suite struct DerivedCorpusEdgeTests {
  @Test func acronymEndingInSIsNotAPlural() throws {
    let folder = try temporaryCorpus([
      "eu.txt":
        "The package revises the Emissions Trading System (ETS) and adds a border levy on imported fertilisers.\n"
    ])
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    let finding = try #require(findings("The ETS matters.", corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(finding.message.contains("Emissions Trading System"))
    #expect(flagged("Imported fertilizers are covered.", .termVariant, corpus: corpus) == ["fertilizers"])
  }
}

extension DerivedCorpusEdgeTests {
  /// A spelling is a variant only where the corpus writes its word's family in the other
  /// convention alone: "finalising" beside the corpus's "finalize" is no variant of it.
  @Test func aSpellingWhoseFamilyTheCorpusWritesIsNoVariant() throws {
    let corpus = try inventedCorpus([
      "speech.md": """
      We look forward to finalising the harbor treaty this year. We must finalize the fishing rules and modernize the fleet.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The board is finalizing the harbor treaty.").isEmpty)
    #expect(variants("The board will finalise the fishing rules.").isEmpty)
    // The corpus writes "modernize" alone.
    #expect(variants("The board will modernise the fleet.") == ["modernise"])
  }
}

extension DerivedCorpusEdgeTests {
  /// A spelling whose plural (or singular) the corpus writes in the same convention is the
  /// corpus's own too: "center" beside "centers", "fertiliser" beside "fertilisers".
  @Test func aSpellingWhosePluralTheCorpusWritesIsNoVariant() throws {
    let corpus = try inventedCorpus([
      "budget.md": """
      The centre will open soon, and two centres opened last year. Three data centers are planned.
      Farmers use fertilizer, and some complex fertilisers are imported. The theatre reopened.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The center will open soon.").isEmpty)
    #expect(variants("Farmers use fertiliser on the farm.").isEmpty)
    // Neither form of "theater" is written: still a variant.
    #expect(variants("The theater reopened.") == ["theater"])
  }

  /// A plural written far less often than the other convention's word leaves it a variant:
  /// one "programmes" among many "program".
  @Test func aRarePluralLeavesTheSpellingAVariant() throws {
    let sentence = "The program grew, and the program paid, and the program helped. "
    let corpus = try inventedCorpus([
      "budget.md": String(repeating: sentence, count: 8) + "Two foreign programmes joined."
    ])
    #expect(flagged("The programme grew.", .termVariant, corpus: corpus) == ["programme"])
  }
}

extension DerivedCorpusEdgeTests {
  /// A spelling the corpus writes only inside names ("Food and Agriculture Organization") is no
  /// spelling of its own for the common word, which it writes otherwise ("organisation"); the
  /// name itself keeps its owner's spelling. Inflections with the doubled "l" of British
  /// spelling ("wilfully", "counselling") have their counterparts too.
  @Test func aSpellingWrittenOnlyInNamesAndDoubledLInflections() throws {
    let corpus = try inventedCorpus([
      "report.md": """
      The organisation met the Food and Agriculture Organization, and our organisation thanked them. The mill was
      wilfully damaged, and the growers asked for counselling.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The organization met the growers.") == ["organization"])
    #expect(variants("The growers met the Food and Agriculture Organization.").isEmpty)
    #expect(
      variants("The mill was willfully damaged, and the growers asked for counseling.") == [
        "willfully", "counseling",
      ])
  }
}

extension DerivedCorpusEdgeTests {
  /// A stray use of a family in the other convention ("organized" once among many "organisation"
  /// and "organisations") leaves the corpus's convention its own: "organization" is a variant.
  /// Three uses of the family, or a tenth of the other's, make it the corpus's too.
  @Test func aStrayUseOfTheOtherConventionLeavesTheFamilyAVariant() throws {
    let sentence = "The organisation helps, and partner organisations join. "
    let stray = try inventedCorpus([
      "releases.md": String(repeating: sentence, count: 8) + "A meeting was organized in May."
    ])
    #expect(flagged("The organization helps.", .termVariant, corpus: stray) == ["organization"])
    let both = try inventedCorpus([
      "releases.md": String(repeating: sentence, count: 8)
        + "A meeting was organized in May. Two more were organized in June. Others organized the talks."
    ])
    #expect(flagged("The organization helps.", .termVariant, corpus: both).isEmpty)
  }
}

extension DerivedCorpusEdgeTests {
  /// A title the corpus hyphenates, with a non-breaking hyphen in its first document
  /// ("Secretary‑General", U+2011) and a plain one after, is one term written with a plain hyphen;
  /// the open form is its variant.
  @Test func aTitleHyphenatedWithANonBreakingHyphenIsATerm() throws {
    let corpus = try inventedCorpus([
      "a.md": "Following is the text of UN Secretary\u{2011}General Ana Reyes's message.",
      "b.md": String(
        repeating: "The Secretary-General reported to the Assembly on the review. ", count: 5),
    ])
    #expect(
      flagged("The Secretary General reported to the Assembly.", .termVariant, corpus: corpus) == [
        "Secretary General"
      ])
    #expect(flagged("The Secretary-General reported to the Assembly.", .termVariant, corpus: corpus).isEmpty)
  }
}

extension DerivedCorpusEdgeTests {
  /// An -our word's other inflection in the corpus ("honoured" beside one "honor") makes the
  /// British spelling the corpus's too: "honour" is no variant. A stray one among many uses of
  /// the other convention ("laboured" once among sixteen "labor") leaves it a variant.
  @Test func anotherInflectionOfAnOurWordMakesItsConventionTheCorpuss() throws {
    let mixed = try inventedCorpus([
      "statement.md": "We call on the parties to honor their commitments. The leaders honoured the fallen."
    ])
    #expect(flagged("We expect every state to honour them.", .termVariant, corpus: mixed).isEmpty)
    let american = try inventedCorpus([
      "statement.md": String(repeating: "The labor market grew, and labor unions met. ", count: 8)
        + "The talks laboured on."
    ])
    #expect(flagged("The labour market grew.", .termVariant, corpus: american) == ["labour"])
    let honor = try inventedCorpus(["statement.md": "We call on the parties to honor their commitments."])
    #expect(flagged("We expect every state to honour them.", .termVariant, corpus: honor) == ["honour"])
  }
}

extension DerivedCorpusEdgeTests {
  /// A Latin plural or a word's longer form the corpus keeps to ("referenda", "preventive") makes
  /// the other form a variant; a corpus that writes both makes neither one.
  @Test func aFormOfAWordTheCorpusKeepsTo() throws {
    let corpus = try inventedCorpus([
      "statement.md": """
      The leaders condemn the sham referenda. Such referenda have no legal effect, and the referenda are void.
      Clinics give preventive treatment, and preventive care reaches the valley.
      """
    ])
    #expect(flagged("The referendums were a sham.", .termVariant, corpus: corpus) == ["referendums"])
    #expect(flagged("Clinics give preventative treatment.", .termVariant, corpus: corpus) == ["preventative"])
    let both = try inventedCorpus([
      "statement.md": "The referenda were void. Two referendums followed, and more referendums were held."
    ])
    #expect(flagged("The referendums were a sham.", .termVariant, corpus: both).isEmpty)
  }
}
