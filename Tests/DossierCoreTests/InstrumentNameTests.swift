import Testing

@testable import DossierCore

/// The names of acts and other instruments, read whole: with the "and", "of" or "With the"
/// inside them, and with the year an act is written with.
@Suite struct InstrumentNameTests {
  /// Each reference of `text` as written, with its identifier.
  func references(_ text: String) -> [String] {
    let prose = DraftDocument(text).prose[0]
    return ReferenceScanner.references(in: prose).map { occurrence in
      let range = prose.originalRange(ofTokens: occurrence.tokens)
      let written = String(decoding: Array(text.utf8)[range], as: UTF8.self)
      return "\(written) = \(occurrence.identifier)"
    }
  }

  @Test func theWordsThatJoinANamesParts() {
    #expect(
      references("Orders cite the Federal Property and Administrative Services Act as authority.")
        == ["Federal Property and Administrative Services Act = federal property and administrative services act"])
    #expect(
      references("The Trading With the Enemy Act was amended.")
        == ["Trading With the Enemy Act = trading with the enemy act"])
    // Not across "the", nor from one instrument to the next.
    #expect(
      references("Both the President and the Homeland Security Act matter here.")
        == ["Homeland Security Act = homeland security act"])
    #expect(
      references("They ratified the Minamata Convention and Paris Agreement together.")
        == ["Minamata Convention = minamata convention", "Paris Agreement = paris agreement"])
  }

  @Test func anInstrumentNamedByOfAndAWestminsterYearArePartOfAnActsName() {
    #expect(
      references("Claims went to the Treaty of Waitangi Act 1975 tribunal.")
        == ["Treaty of Waitangi Act 1975 = treaty of waitangi act"])
    #expect(
      references("The Resource Management Act 1991 governs consents.")
        == ["Resource Management Act 1991 = resource management act"])
    // Two instruments joined by "and" stay two; a year apart from the act is not its own.
    #expect(
      references("They ratified the Minamata Convention and Basin Act in 1991.")
        == ["Minamata Convention = minamata convention", "Basin Act = basin act"])
    #expect(references("Under the Basin Act, 1991 was a dry year.") == ["Basin Act = basin act"])
  }

  /// Westminster's statutory instruments: "Regulations" with the year after them, a name before,
  /// and words in parentheses, several, commas inside.
  @Test func statutoryInstrumentsAreNamedRegulationsWithTheirYear() {
    #expect(
      references("The firm breached the Money Laundering Regulations 2017 twice.")
        == ["Money Laundering Regulations 2017 = money laundering regulations"])
    #expect(
      references("The Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 were made.")
        == [
          "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 = "
            + "health protection coronavirus restrictions england regulations"
        ])
    // Without the year, or without a name, the word names no instrument.
    #expect(references("The Money Laundering Regulations apply to banks.").isEmpty)
    #expect(references("These Regulations 2021 apply to banks.").isEmpty)
  }

  @Test func aGeneralAssemblyResolutionBySessionAndNumber() {
    #expect(
      references("It builds on General Assembly resolution 76/300, which recognized the right.")
        == ["General Assembly resolution 76/300 = 76/300"])
    #expect(references("Support for resolution 77/276.") == ["resolution 77/276 = 77/276"])
    // An emergency special session's.
    #expect(
      references("The Assembly adopted resolution ES-11/1 in March.") == ["resolution ES-11/1 = es-11/1"])
    #expect(references("Resolution ES-10/19 followed.") == ["Resolution ES-10/19 = es-10/19"])
    #expect(references("The ES-11 session met.").isEmpty)
    // Other symbols are not a session's: a decision's, a year's, a regulation's.
    #expect(references("It followed resolution 2/CP.21 in Paris.") == ["2/CP.21 = 2/cp.21"])
    #expect(references("The resolution 2021/1119/EU applies.").isEmpty)
    #expect(references("A resolution 5/2023 vote failed.").isEmpty)
  }

  @Test func anOrdersShortFormInParenthesesIsPartOfIt() {
    #expect(
      references("It acted under Executive Order (E.O.) 13773 of February 9, 2017.")
        == ["Executive Order (E.O.) 13773 = 13773"])
    #expect(references("Executive Order (EO) 14028 followed.") == ["Executive Order (EO) 14028 = 14028"])
    // Any other aside is not.
    #expect(references("The Executive Order (signed) 14028 followed.").isEmpty)
  }

  @Test func anActsYearIsHowItIsWrittenNotWhatItIs() {
    #expect(
      references("The board was set up under the Homeland Security Act of 2002 as amended.")
        == ["Homeland Security Act of 2002 = homeland security act"])
    // Only a year, and only after an act.
    #expect(
      references("The Homeland Security Act of Congress was passed.") == [
        "Homeland Security Act = homeland security act"
      ])
    #expect(references("The Paris Agreement of 2015 was adopted.") == ["Paris Agreement = paris agreement"])
  }

  @Test func aSectionOfTheUnitedStatesCodeIsAReference() {
    #expect(references("Cities must comply with 8 U.S.C. 1373 or lose grants.") == ["8 U.S.C. 1373 = 8 usc 1373"])
    #expect(
      references("See 42 U.S.C. 2000dd and 44 U.S.C. 2201-2207 and 50 U.S.C. § 1701.")
        == [
          "42 U.S.C. 2000dd = 42 usc 2000dd", "44 U.S.C. 2201-2207 = 44 usc 2201-2207",
          "50 U.S.C. § 1701 = 50 usc 1701",
        ])
  }

  @Test func aSectionOfTheCodeIsLookedUpNotReported() throws {
    let corpus = try inventedCorpus(["order.md": "Jurisdictions that refuse to comply with 8 U.S.C. 1373 lose grants."])
    let text = "They refused to comply with 8 U.S.C. 1373, and 8 U.S.C. 1158 is another matter."
    let draft = DraftDocument(text)
    let known = Analyzer.knowledge(
      at: text.utf8.count - text[text.range(of: "1373")!.lowerBound...].utf8.count, in: draft, corpus: corpus)
    #expect(known?.title == "8 U.S.C. 1373")
    #expect(known?.evidence.first?.document == "order.md")
    let unknown = Analyzer.knowledge(
      at: text.utf8.count - text[text.range(of: "1158")!.lowerBound...].utf8.count, in: draft, corpus: corpus)
    #expect(unknown?.note?.contains("does not cite 8 U.S.C. 1158") == true)
    // Drafts cite statutes beyond any corpus: not a finding.
    #expect(flagged(text, .unknownReference, corpus: corpus).isEmpty)
  }
}

extension InstrumentNameTests {
  /// An owner's name before a known instrument's ("Congressman Jo Reyes's Valley Apprenticeship
  /// Act of 2021") names the same instrument, in the draft or in the corpus; another instrument
  /// of the owner is still unknown.
  @Test func anOwnersNameBeforeAKnownInstrumentNamesIt() throws {
    let corpus = try inventedCorpus([
      "apprenticeships.md": """
      The President endorses Congressman Jo Reyes’s
      bipartisan Valley Apprenticeship Act of 2021, which will create apprenticeships.
      The Plan's River Pensions Act protects retirees in the valley.
      """
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("The President endorsed Congressman Jo Reyes's Valley Apprenticeship Act of 2021 early.").isEmpty)
    #expect(unknown("The President endorsed Congressman Jo Reyes’s Valley Apprenticeship Act of 2021 early.").isEmpty)
    #expect(unknown("Retirees are protected by the River Pensions Act in the valley.").isEmpty)
    #expect(
      unknown("The President endorsed Congressman Jo Reyes's Valley Training Act of 2021 early.") == [
        "Congressman Jo Reyes's Valley Training Act of 2021"
      ])
  }
}

extension InstrumentNameTests {
  /// Instruments named in the plural ("the Valley Cooperation Agreements", "Protocols") are
  /// references too, and one the corpus cites in the other number is known.
  @Test func instrumentsNamedInThePlural() throws {
    let corpus = try inventedCorpus([
      "security.md": """
      The partners signed General Security of Valley Information Agreements with each town, and the \
      Valley Water Agreement governs the river.
      """
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("The towns signed the Basin Protection Protocols last year.") == ["Basin Protection Protocols"])
    #expect(unknown("The towns signed the River Cooperation Agreements last year.") == ["River Cooperation Agreements"])
    #expect(unknown("Each town signed a General Security of Valley Information Agreement last year.").isEmpty)
    #expect(unknown("The towns renewed the Valley Water Agreements last year.").isEmpty)
  }
}

extension InstrumentNameTests {
  /// An owner's name before an instrument the corpus names by the words after it is that
  /// instrument; a kind of instrument ("Memorandum of Understanding") is no name to match.
  @Test func anOwnerBeforeAnInstrumentTheCorpusNamesByWhatFollows() throws {
    let corpus = try inventedCorpus([
      "trade.md": """
      The island has ratified the Harbor Trade Council (HTC) Agreement on Fishing Boat Subsidies, which aims to end harmful subsidies.

      The ports signed a Memorandum of Understanding on dredging last year.
      """
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(
      unknown("The island has ratified the Harbor Trade Council Agreement on Fishing Boat Subsidies this year.").isEmpty
    )
    #expect(
      unknown("The island has ratified the Harbor Trade Council Agreement on Coral Reef Protection this year.") == [
        "Harbor Trade Council Agreement"
      ])
    #expect(
      unknown("The ports rely on the Logistics Exchange Memorandum of Understanding for their fuel this year.") == [
        "Logistics Exchange Memorandum"
      ])
  }
}

extension InstrumentNameTests {
  /// Who issues a kind of document names no document: "the Presidential Memorandum of November
  /// 5, 2009" is no reference to date or look up, unlike "the Presidential Memorandum on Tribal
  /// Consultation".
  @Test func aKindOfDocumentIsNoInstrument() throws {
    let corpus = try inventedCorpus([
      "order.md": "This order builds on the Presidential Memorandum of May 7, 2008, and on the Harbor Accord of 2001."
    ])
    let document = DraftDocument("The agencies affirmed the Presidential Memorandum of November 5, 2009, in full.")
    #expect(Analyzer.findings(in: document, corpus: corpus).isEmpty)
    #expect(
      flagged(
        "The ministers signed a Joint Declaration and the Valley Water Accord.", .unknownReference, corpus: corpus)
        == ["Valley Water Accord"])
  }
}

extension InstrumentNameTests {
  /// An ordinance is an instrument too, and a capitalised word in parentheses belongs to the name.
  @Test func anOrdinanceAndAParenthesisedWordOfTheName() {
    #expect(
      references("Attacks are punishable under the Epidemic Diseases (Amendment) Ordinance, 2020.")
        == ["Epidemic Diseases (Amendment) Ordinance = epidemic diseases amendment ordinance"])
    #expect(
      references("They act under the Disaster Management (Scotland) Act 2005 now.")
        == ["Disaster Management (Scotland) Act 2005 = disaster management scotland act"])
  }
}

extension InstrumentNameTests {
  /// An organisation's initials before an instrument the corpus knows ("the RBRC Flood Warning
  /// Protocol" where the corpus writes "the River Basin Response Consortium (RBRC) Flood Warning
  /// Protocol") name the same instrument, when the corpus writes the initials; initials it never
  /// writes, or another instrument, are still unknown.
  @Test func anOrganisationsInitialsBeforeAKnownInstrumentNameIt() throws {
    let corpus = try inventedCorpus([
      "warnings.md": """
      The plan complements the River Basin Response Consortium (RBRC) Flood Warning Protocol in every valley town.
      """
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("Towns follow the RBRC Flood Warning Protocol in every season.").isEmpty)
    #expect(unknown("Towns follow the VBRC Flood Warning Protocol in every season.") == ["VBRC Flood Warning Protocol"])
    #expect(
      unknown("Towns follow the RBRC Drought Warning Protocol in every season.") == ["RBRC Drought Warning Protocol"])
  }
}

extension InstrumentNameTests {
  /// "Treaty on …" and "Convention of …" names read on past "of" or "for" before more capitalised
  /// words, and across hyphens between them: a treaty of another subject is another treaty.
  @Test func aNamesOfAndForPartsAndHyphensAreReadWhole() throws {
    #expect(
      references("States joined the Treaty on the Prohibition of River Dams last year.")
        == ["Treaty on the Prohibition of River Dams = treaty on the prohibition of river dams"])
    #expect(
      references("They recalled the Treaty on the Non-Diversion of Upstream Waters in full.")
        == ["Treaty on the Non-Diversion of Upstream Waters = treaty on the non diversion of upstream waters"])
    #expect(
      references("They signed the Convention on Measures for the Sediment Reduction in spring.")
        == ["Convention on Measures for the Sediment Reduction = convention on measures for the sediment reduction"])
    // Not past a lower-case word, a month, or "of" before one.
    #expect(
      references("The Treaty on the Prohibition of 1972 was signed.")
        == ["Treaty on the Prohibition = treaty on the prohibition"])
    let corpus = try inventedCorpus([
      "dams.md": "States joined the Treaty on the Prohibition of River Dams, which bans new dams on the main stem."
    ])
    #expect(
      flagged("They joined the Treaty on the Prohibition of River Dams too.", .unknownReference, corpus: corpus).isEmpty
    )
    #expect(
      flagged("They joined the Treaty on the Prohibition of Canal Locks too.", .unknownReference, corpus: corpus)
        == ["Treaty on the Prohibition of Canal Locks"])
  }
}

extension InstrumentNameTests {
  /// A treaty the corpus names in a list after the plural ("the Treaties of Tlatelolco, Rarotonga,
  /// Bangkok and Pelindaba") is known by either form of its name; one outside the list is not.
  @Test func aTreatyListedAfterThePluralIsKnown() throws {
    let corpus = try inventedCorpus([
      "zones.md":
        "Recognizing that the Treaties of Ostrava,6 Lindholm,7 Varna[^8] and Tessin[^9] established zones free of dams."
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("The zone was created by the Treaty of Varna in the east.").isEmpty)
    #expect(unknown("States parties to the Lindholm Treaty met in the north.").isEmpty)
    #expect(unknown("The zone was created by the Treaty of Gdansk in the east.") == ["Treaty of Gdansk"])
  }
}

extension InstrumentNameTests {
  /// More ways instruments are named: "against" after the instrument's word, several words in
  /// parentheses inside an act's name, a statute, and a bill or a policy only with its year
  /// ("President Bill Clinton", "Foreign Policy" name none).
  @Test func moreWaysInstrumentsAreNamed() {
    #expect(
      references("States ratified the Convention against Torture in 1994.")
        == ["Convention against Torture = convention against torture"])
    #expect(
      references("It passed the Migration Amendment (Regional Processing and Other Measures) Act 2012 in August.")
        == [
          "Migration Amendment (Regional Processing and Other Measures) Act 2012 = migration amendment regional processing and other measures act"
        ])
    #expect(
      references("The Space Activities Bill, 2017 lapsed.") == ["Space Activities Bill = space activities bill"])
    #expect(
      references("The Remote Sensing Data Policy, 2011 governs data.")
        == ["Remote Sensing Data Policy = remote sensing data policy"])
    #expect(references("The court rests on the Rome Statute alone.") == ["Rome Statute = rome statute"])
    #expect(references("President Bill Clinton spoke on Foreign Policy in 1999.").isEmpty)
    #expect(references("Sec. 1. Policy of the United States With Respect to Trade. It is the policy.").isEmpty)
    #expect(
      references("The Indian Space Policy 2023 opened the sector.") == [
        "Indian Space Policy 2023 = indian space policy"
      ])
  }
}
