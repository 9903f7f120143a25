import DossierTestSupport
import Testing

@testable import DossierCore

/// Names of several words spaced or hyphenated otherwise than the corpus writes them
/// (`NameSpellings`, `NameSpacing`), on an invented corpus.
@Suite struct NameSpacingTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "orbit.txt": """
      India joined the Inter-Agency Space Debris Coordination Committee in 1996 as a full member.
      The launches are sold by NewSpace India Limited to customers in other countries.
      The agency runs the Debris Free Space Mission with partners, and the Debris Free Space Mission reports yearly.
      Trials were held in Viet Nam in May, and the teams from Viet Nam met in June.
      The agency told the Director General of the mission, and the director of the agency agreed.
      The Ocean Watch Programme began in 2019, and the Ocean-Watch Programme ended in 2024.
      The fleets met the Kestrel Harbour Board in March.
      """
    ])
  }

  @Test func aNameWrittenWithOtherSpacesIsAVariant() throws {
    #expect(
      flagged("We sit on the Interagency Space Debris Coordination Committee.", .termVariant, corpus: corpus) == [
        "Interagency Space Debris Coordination Committee"
      ])
    #expect(
      flagged("Launches go through New Space India Limited.", .termVariant, corpus: corpus) == [
        "New Space India Limited"
      ])
    #expect(
      flagged("ISRO's Debris-Free Space Mission is new.", .termVariant, corpus: corpus) == [
        "Debris-Free Space Mission"
      ])
    #expect(flagged("Trials were held in Vietnam.", .termVariant, corpus: corpus) == ["Vietnam"])
    // A name of three words written once is the corpus's.
    #expect(flagged("The Kestrel-Harbour Board met.", .termVariant, corpus: corpus) == ["Kestrel-Harbour Board"])
    let finding = try #require(
      findings("We sit on the Interagency Space Debris Coordination Committee.", corpus: corpus).first {
        $0.rule == .termVariant
      })
    #expect(finding.message.contains("\"Inter-Agency Space Debris Coordination Committee\""))
    #expect(finding.fixes.first?.edits.first?.newText == "Inter-Agency Space Debris Coordination Committee")
    #expect(finding.evidence.first?.line == 1)
  }

  @Test func theCorpusSpellingInAnyCaseIsNoVariant() {
    for draft in [
      "We sit on the Inter-Agency Space Debris Coordination Committee.",
      "We sit on the Inter-agency Space Debris Coordination Committee.",
      "Launches go through NewSpace India Limited.",
      "Trials were held in Viet Nam and in Laos.",
      "The Kestrel Harbour Board met.",
    ] {
      #expect(flagged(draft, .termVariant, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  /// A name the corpus writes two ways, a title of common words, and a name of two words written
  /// once are no evidence of one spelling.
  @Test func namesWithoutOneSettledSpellingSayNothing() throws {
    #expect(flagged("The Ocean Watch Programme began.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The Ocean-Watch Programme began.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("She told the Director-General.", .termVariant, corpus: corpus).isEmpty)
    // The draft's spelling inside a longer name of the corpus's.
    let trade = try inventedCorpus([
      "trade.txt": """
      The parties signed the Free-Trade Agreement in 1988, and the Free-Trade Agreement took effect.
      It came before the North American Free Trade Agreement of 1994.
      """
    ])
    #expect(flagged("It is a Free Trade Agreement.", .termVariant, corpus: trade).isEmpty)
    // Or in the other spelling convention.
    let conventions = try inventedCorpus([
      "members.txt": """
      The report of the Organisation for Economic Co-operation and Development came in May.
      The Organisation for Economic Co-operation and Development met in June.
      The Organization for Economic Cooperation and Development met in July.
      """
    ])
    #expect(
      flagged("The Organisation for Economic Cooperation and Development met.", .termVariant, corpus: conventions)
        .isEmpty)
    #expect(flagged("It is a Free Trade-Agreement.", .termVariant, corpus: trade) == ["Free Trade-Agreement"])
  }

  /// Capitals that are a sentence start's or a heading's are no name of the corpus's, and a word
  /// the corpus writes itself is no variant of a name.
  @Test func onlyNamesWrittenInsideSentences() throws {
    let headings = try inventedCorpus([
      "notes.md": """
      # Coastal Relief Fund Report

      Coastal Relief Fund payments rose. The payments went to towns.

      The teams met in Viet Nam in May, and again in Viet Nam in June; Vietnam hosted them.
      """
    ])
    #expect(flagged("The Coastal-Relief Fund paid.", .termVariant, corpus: headings).isEmpty)
    #expect(flagged("The teams met in Vietnam.", .termVariant, corpus: headings).isEmpty)
  }

  @Test func anIndexKeepsTheNames() throws {
    let folder = try temporaryCorpus([
      "orbit.txt": "India joined the Inter-Agency Space Debris Coordination Committee in 1996 as a member."
    ])
    let store = CorpusIndexStore(folder: TestScratch.path("dossier-index-names").path)
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    let read = try store.load(selection).corpus
    let stored = try store.load(selection).corpus
    #expect(!read.nameSpellings.isEmpty)
    #expect(stored.nameSpellings.entries == read.nameSpellings.entries)
  }
}

extension NameSpacingTests {
  /// Where the corpus writes the piece a name's spellings differ in both ways ("Secretary
  /// General Mark Rutte" beside "Secretary-General Jens Stoltenberg"), neither spelling of the
  /// name is its own: no finding. Where it writes that piece one way only, the name is a variant.
  @Test func aPieceTheCorpusWritesBothWaysMakesNoVariant() throws {
    let corpus = try inventedCorpus([
      "summit.md": """
      Secretary-General Jens Stoltenberg opened the summit, and Secretary-General Jens Stoltenberg closed it.
      Secretary General Mark Rutte spoke at the next summit in the valley.
      The Inter-Agency Space Debris Coordination Committee met, and its interagency staff reported.
      """
    ])
    #expect(flagged("Secretary General Jens Stoltenberg spoke.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("As Secretary General Jens\nStoltenberg said, it held.", .termVariant, corpus: corpus).isEmpty)
    #expect(
      flagged("The Interagency Space Debris Coordination Committee met.", .termVariant, corpus: corpus) == [
        "Interagency Space Debris Coordination Committee"
      ])
    #expect(
      NameSpacing.differingPiece(of: "Secretary General Jens Stoltenberg", and: "Secretary-General Jens Stoltenberg")
        == "Secretary General")
    #expect(NameSpacing.differingPiece(of: "New Space India Limited", and: "NewSpace India Limited") == "New Space")
    #expect(NameSpacing.differingPiece(of: "Vietnam", and: "Viet Nam") == nil)
  }
}
