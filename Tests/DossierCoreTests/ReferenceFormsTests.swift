import DossierCore
import Testing

/// An invented corpus on a fisheries body: decision symbols, resolutions written with a defined
/// acronym and in lists, a numbered legal act, and a named instrument.
let fisheriesCorpusFiles = [
  "decisions.txt": """
  The Commission adopted decision 3/FC.12 on catch limits at its twelfth session.
  Decisions 4/FC.12 and 5/FC.12 set out the reporting rules for coastal members.
  The observer scheme follows decision 1/FMA.2, which the Meeting of the Parties adopted in 2019.
  The Board welcomed Regulation (EU) 2017/2403 on the management of external fishing fleets.
  """,
  "resolutions.md": """
  # Sanctions

  The measures were taken in view of United Nations Security Council Resolution (UNSCR) 2231 of July 20, 2015, and UNSCR 1929 of June 9, 2010.
  The vessels were listed under Security Council Resolutions 1718 and 1874, and the members implement UNSCRs 2087, 2094, and 2270.
  The parties signed the Halibut Convention after the talks in Bergen concluded.
  """,
]

@Suite struct ReferenceFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(fisheriesCorpusFiles)
  }

  @Test func decisionSymbolsAreOneReference() {
    // Known symbols, with and without the word "decision", alone and in a list.
    let known = "Under decision 3/FC.12 and decisions 4/FC.12 and 5/FC.12, and 1/FMA.2, members report."
    #expect(flagged(known, .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged(known, .acronymUndefined, corpus: corpus).isEmpty)
    // A symbol the corpus never cites is unknown, never a near miss of its neighbour.
    let unknown = "The new limits were set by decision 3/FC.13 last year."
    #expect(flagged(unknown, .unknownReference, corpus: corpus) == ["decision 3/FC.13"])
    #expect(flagged(unknown, .factConflict, corpus: corpus).isEmpty)
    #expect(flagged(unknown, .acronymUndefined, corpus: corpus).isEmpty)
  }

  @Test func slashedNumbersThatAreNotDecisionsStayQuiet() {
    // Dates, ratios and document symbols are not decision symbols.
    for draft in [
      "The meeting on 12/10/2019 agreed a 3/4 majority.", "See document FCCC/FC/2019/12 for the record.",
      "Open the file 3/FC.12/Add.1 for the annex.",
    ] {
      #expect(flagged(draft, .unknownReference, corpus: corpus).isEmpty, "\(draft)")
    }
  }

  @Test func resolutionsWithADefinedAcronymAndInListsAreKnown() {
    for draft in [
      "The Council acted under UN Security Council Resolution 2231.", "UNSCR 1929 remains in force.",
      "It cites resolutions 1718 and 1874 and Security Council resolution 2094.",
      "Members enforce Resolution 2270 and Resolution 2087.",
    ] {
      #expect(flagged(draft, .unknownReference, corpus: corpus).isEmpty, "\(draft)")
    }
    #expect(
      flagged("The Council acted under UN Security Council Resolution 2397.", .unknownReference, corpus: corpus) == [
        "UN Security Council Resolution 2397"
      ])
    #expect(flagged("UNSCR 2397 added limits.", .unknownReference, corpus: corpus) == ["UNSCR 2397"])
    // Every number of a list is read, so an unknown one in it is found.
    #expect(
      flagged("Members enforce UNSCRs 1718, 2087, and 2397.", .unknownReference, corpus: corpus) == ["2397"])
  }

  /// The UN's own style: "resolution" in lower case before a number with its year in
  /// parentheses, and lists whose numbers each carry a year and a date.
  @Test func resolutionsInTheUNStyleAndTheirListsAreRead() throws {
    let council = try inventedCorpus([
      "recalling.txt": """
      Recalling its previous resolutions, in particular resolutions 1709 (2006) of 22 September 2006, 1706 (2006) of 31 August 2006 and 1663 (2006) of 24 March 2006,
      Recalling also resolution 1590 (2005) of 24 March 2005, 1627 (2005) of 23 September 2005, 1653 of 27 January 2006,
      Reaffirming its resolutions 1674 (2006) on the protection of civilians in armed conflict, 1612 (2005) and 1882 (2009) on children, and 1325 (2000) on women; the Council, at 3 (2009) hours, noted 1999 (2010) figures.
      """
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: council) }
    #expect(unknown("Resolution 1709 (2006) was a rollover; Resolution 1663 renewed the mission.").isEmpty)
    #expect(unknown("Resolution 1706 expanded it, after Resolution 1627 and Resolution 1590.").isEmpty)
    #expect(unknown("Resolution 1714 renewed it.") == ["Resolution 1714"])
    // A list that names what its numbers are about between them goes on to the sentence's next
    // number with its year, not past a semicolon.
    #expect(unknown("Resolutions 1674, 1612, 1882 and 1325 guide it.").isEmpty)
    #expect(unknown("Resolution 1999 is new.") == ["Resolution 1999"])
    // A resolution named again after a list is a reference of its own, found whole.
    #expect(unknown("It recalled resolution 1663 (2006), resolution 1870 (2009).") == ["resolution 1870"])
    // A singular "resolution" lists on only while each number carries its year.
    #expect(unknown("Resolution 1653 followed.") == ["Resolution 1653"])
    // In a draft too: the UN's style is read, and an unknown number in it is found.
    #expect(unknown("The Council recalled resolution 1714 (2006) of 6 October 2006.") == ["resolution 1714"])
  }

  @Test func numberedLegalActs() {
    #expect(flagged("Regulation (EU) 2017/2403 governs fleets.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("Regulation (EU) 2019/1241 governs gear.", .unknownReference, corpus: corpus) == [
        "Regulation (EU) 2019/1241"
      ])
    // "regulation" as a plain word, or without a number, is no reference.
    #expect(flagged("The regulation 2019/1241 was debated.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("Regulation of fleets began in 2019.", .unknownReference, corpus: corpus).isEmpty)
  }

  @Test func publicLawsInEveryForm() throws {
    let corpus = try inventedCorpus([
      "order.md": "The program was created by the College Cost Reduction and Access Act, Public Law 110-84, in 2007."
    ])
    for known in ["Public Law 110-84", "Pub. L. No. 110-84", "P.L. 110-84"] {
      #expect(flagged("The rules follow \(known) closely.", .unknownReference, corpus: corpus).isEmpty)
    }
    #expect(
      flagged("The rules follow Pub. L. 110-85 closely.", .unknownReference, corpus: corpus) == ["Pub. L. 110-85"])
    // "Public Law No: 119-45", as a bill's record gives it, cites that law.
    let record = try inventedCorpus(["bill.md": "Latest action: Became Public Law No: 119-45."])
    #expect(flagged("The bill became Public Law 119-45 in December.", .unknownReference, corpus: record).isEmpty)
    #expect(
      flagged("The bill became Public Law 119-46 in December.", .unknownReference, corpus: record) == [
        "Public Law 119-46"
      ])
    // A law of the public, or a number without a hyphenated Congress, is no public law.
    #expect(flagged("The public law 110 rules changed.", .unknownReference, corpus: corpus).isEmpty)
  }

  /// A framework or a communiqué is an instrument named by its words ("Sendai Framework",
  /// "Shanghai Communique"), as an agreement is.
  @Test func frameworksAndCommuniquesByTheirNames() throws {
    let corpus = try inventedCorpus([
      "risk.md": """
      The parties adopted the Sendai Framework for Disaster Risk Reduction in 2015, and the leaders issued the
      Valley Communiqué on river safety.
      """
    ])
    #expect(flagged("The plan follows the Sendai Framework closely.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("The plan follows the Valley Communique closely.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("The plan follows the Hyogo Framework for Action closely.", .unknownReference, corpus: corpus) == [
        "Hyogo Framework"
      ])
    #expect(
      flagged("The plan follows the Shanghai Communique closely.", .unknownReference, corpus: corpus) == [
        "Shanghai Communique"
      ])
    // A plural's possessive is part of the name.
    let leaders = try inventedCorpus(["summit.md": "The leaders issued the G7 Leaders’ Communique in June 2024."])
    #expect(flagged("They cited the G7 Leaders' Communique again.", .unknownReference, corpus: leaders).isEmpty)
    #expect(
      flagged("They cited the G7 Hiroshima Leaders' Communique again.", .unknownReference, corpus: leaders) == [
        "G7 Hiroshima Leaders' Communique"
      ])
    // Also as a scraped page writes it, spaced.
    let scraped = try inventedCorpus([
      "tourism.md": "The BRICS Tourism Ministers ’ Communiqué was adopted on 3 September 2021."
    ])
    #expect(
      flagged("The BRICS Tourism Ministers’ Communiqué set priorities.", .unknownReference, corpus: scraped).isEmpty)
    #expect(
      flagged("The BRICS Culture Ministers’ Communiqué set priorities.", .unknownReference, corpus: scraped) == [
        "BRICS Culture Ministers’ Communiqué"
      ])
    // Before "of" and its date too: the plural's possessive is no owner ("the South Pacific's
    // Treaty of Rarotonga").
    #expect(
      flagged(
        "It was set out in the G20 Rome Leaders' Declaration of October 2021.", .unknownReference, corpus: leaders)
        == ["G20 Rome Leaders' Declaration"])
    // A framework of no name, or one of a kind of document, is no reference.
    #expect(flagged("The plan follows a new framework closely.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("The plan follows the Joint Communique closely.", .unknownReference, corpus: corpus).isEmpty)
  }

  @Test func courtCasesByTheirParties() throws {
    let corpus = try inventedCorpus([
      "ruling.md": "The Court's ruling in Biden v. Nebraska struck down the plan in June."
    ])
    #expect(flagged("After Biden v. Nebraska the plan changed.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("After Department of Education v. Brown the plan changed.", .unknownReference, corpus: corpus) == [
        "Department of Education v. Brown"
      ])
    #expect(
      flagged("The settlement in Sweet v. Cardona covered borrowers.", .unknownReference, corpus: corpus) == [
        "Sweet v. Cardona"
      ])
    // A word before the parties, or after them, is no party; "vs." compares as often.
    #expect(flagged("Following Biden v. Nebraska, the plan changed.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("The Court ruled in Biden v. Nebraska on June 30, 2023.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("In Biden v. Nebraska the Court struck the plan.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("The report compares Medicare vs. Medicaid spending.", .unknownReference, corpus: corpus).isEmpty)
    // A capital "V." (a title's number) and a lower-case party are no case.
    #expect(flagged("Title V. of the act applies to the states.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("It was teachers v. the rest in the debate.", .unknownReference, corpus: corpus).isEmpty)
  }

  @Test func anInstrumentWordInsideALongerNameIsNoReference() {
    // "Convention Centre" names a building, not a convention.
    #expect(
      flagged(
        "Delegates met at the Bergen Convention Centre for the talks in the spring.", .unknownReference, corpus: corpus
      ).isEmpty)
    #expect(
      flagged("Delegates recalled the terms of the Cod Convention in the spring.", .unknownReference, corpus: corpus)
        == [
          "Cod Convention"
        ])
    #expect(
      flagged(
        "Delegates recalled the terms of the Halibut Convention in the spring.", .unknownReference, corpus: corpus
      ).isEmpty)
  }

  @Test func anArrangementIsAnInstrument() {
    #expect(
      flagged("Delegates recalled the Wassenaar Arrangement in the spring.", .unknownReference, corpus: corpus) == [
        "Wassenaar Arrangement"
      ])
    #expect(flagged("Delegates made other arrangements in the spring.", .unknownReference, corpus: corpus).isEmpty)
    // A name starts before a hyphen inside it.
    #expect(
      flagged("The country agreed a Stand-By Arrangement with the fund.", .unknownReference, corpus: corpus) == [
        "Stand-By Arrangement"
      ])
  }

  @Test func anInstrumentTheCorpusNamesInOtherWordsOrInATitleIsKnown() throws {
    let corpus = try inventedCorpus([
      "statement.md": """
      ---
      title: "The Tromso Declaration Joint Statement from the Leaders of the Basin States"
      ---

      The leaders welcomed the Basin Forum’s Delta Declaration on Regional Security, and they agreed to meet in 2026.
      """,
      // A document that states no value is known by its title too.
      "communique.md": """
      ---
      title: "The Kirkenes Declaration on Fisheries"
      ---

      The ministers welcomed the work of the fisheries commission and agreed to meet again.
      """,
    ])
    #expect(flagged("The Kirkenes Declaration framed the talks.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("The Delta Declaration framed the talks.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("The Tromso Declaration framed the talks.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("The Bergen Declaration framed the talks.", .unknownReference, corpus: corpus) == ["Bergen Declaration"])
  }

  /// A numbered instrument the corpus writes in the same words, though not as a citation of its
  /// own ("Recalling its resolution 2373 (XXII)"), is known.
  /// A name holds its capitalised words joined by hyphens ("Comprehensive Nuclear-Test-Ban
  /// Treaty"), and an owner in the possessive before "Treaty of …" is no part of it.
  @Test func hyphenatedNamesAndOwnersOfInstruments() throws {
    let corpus = try inventedCorpus([
      "zones.md":
        "The States recalled the Comprehensive Nuclear-Test-Ban Treaty and the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga) in their statement."
    ])
    #expect(
      flagged("They signed the Comprehensive Nuclear Test Ban Treaty in 1996.", .unknownReference, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("They recalled the South Pacific's Treaty of Rarotonga today.", .unknownReference, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("They recalled the South Pacific's Treaty of Pelindaba today.", .unknownReference, corpus: corpus)
        == ["Treaty of Pelindaba"])
  }

  @Test func aNumberedInstrumentTheCorpusWritesInProseIsKnown() throws {
    let corpus = try inventedCorpus([
      "res.md": "Recalling its resolution 2373 (XXII) of 12 June 1968, and Resolution 1540, the Assembly met."
    ])
    #expect(
      flagged("The Treaty is annexed to General Assembly resolution 2373 (XXII).", .unknownReference, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("The Treaty is annexed to General Assembly resolution 2374 (XXII).", .unknownReference, corpus: corpus)
        == ["General Assembly resolution 2374"])
  }

  @Test func anInstrumentNamedWithInitialsForSomeOfItsWordsIsKnown() throws {
    let corpus = try inventedCorpus([
      "speech.md": """
      The Government endorsed the United Nations Declaration in 2016, and the Arctic Basin Accord followed in 2018.
      The Arctic Council Compact was renewed in 2019 after long talks.
      """
    ])
    #expect(flagged("Ministers cited the UN Declaration in the debate.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("Ministers cited the U.N. Declaration in the debate.", .unknownReference, corpus: corpus).isEmpty)
    #expect(flagged("Ministers cited the AC Compact in the debate.", .unknownReference, corpus: corpus).isEmpty)
    // Words joined by "and" before a known name may be a thing of their own beside it.
    #expect(
      flagged("Ministers cited the Harbor Portal and Arctic Basin Accord.", .unknownReference, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("Ministers cited the Harbor Portal and Polar Accord in the debate.", .unknownReference, corpus: corpus)
        == ["Harbor Portal and Polar Accord"])
    #expect(
      flagged("Ministers cited the Harbor Portal and Northern Basin Accord.", .unknownReference, corpus: corpus)
        == ["Harbor Portal and Northern Basin Accord"])
    // Initials that spell other words, or a word more or less, are another instrument.
    #expect(
      flagged("Ministers cited the UK Declaration in the debate.", .unknownReference, corpus: corpus) == [
        "UK Declaration"
      ])
    #expect(
      flagged("Ministers cited the UN Basin Declaration in the debate.", .unknownReference, corpus: corpus) == [
        "UN Basin Declaration"
      ])
  }

  /// A General Assembly resolution by its session's symbol is known or unknown as a whole; one
  /// a number away from a known one is another real resolution, offered no replacement.
  @Test func aSessionsResolutionSymbolIsNoNearMiss() throws {
    let corpus = try inventedCorpus([
      "debate.md": "The Assembly adopted resolution 77/276 by consensus, and the court was asked for an opinion."
    ])
    #expect(flagged("Members backed resolution 77/276 in March.", .unknownReference, corpus: corpus).isEmpty)
    let unknown = findings("Members backed resolution 77/277 in March.", corpus: corpus)
      .filter { $0.rule == .unknownReference || $0.rule == .factConflict }
    #expect(unknown.map(\.rule) == [.unknownReference])
    #expect(unknown.first?.fixes.isEmpty == true)
    // A body's number in its year is no session's symbol.
    #expect(flagged("Members backed Resolution 12/2023 in March.", .unknownReference, corpus: corpus).isEmpty)
  }

  @Test func aSentencesOpeningACodeAndADateAreNoPartOfAnInstrumentsName() throws {
    let corpus = try inventedCorpus([
      "memo.md": """
      Consistent with OMB Memorandum M-05-08, each agency names a privacy official.
      The Executive Order and Memorandum on May 9, 2013 set the new default for open data.
      Pursuant to the Privacy Act of 1974, agencies publish their notices.
      Agencies follow the [Memorandum on Transparency](https://example.gov/memo) and the Budget Control Act.
      Agencies read the OMB [Memorandum](https://example.gov/m) closely.
      """
    ])
    let names = corpus.references.map(\.preferred).sorted()
    // (The memorandum's code is a reference of its own.)
    #expect(
      names == ["Budget Control Act", "M-05-08", "Memorandum on Transparency", "OMB Memorandum", "Privacy Act of 1974"])
  }
}

/// Numbered families of directives and memoranda ("Space Policy Directive 3", "National Security
/// Presidential Memorandum/NSPM-2"), known by their family's name and number.
@Suite struct NumberedDirectiveTests {
  func occurrences(_ text: String) -> [String] {
    let prose = DraftDocument(text).prose[0]
    return ReferenceScanner.references(in: prose).filter { $0.kind == "numbered-directive" }.map(\.identifier)
  }

  @Test func readsTheFamilyAndTheNumber() {
    #expect(
      occurrences("It follows Space Policy Directive 3 and Space Policy Directive-4.") == [
        "space policy directive 3", "space policy directive 4",
      ])
    #expect(
      occurrences("He signed National Security Presidential Memorandum/NSPM-2 today.") == [
        "national security presidential memorandum 2"
      ])
    #expect(
      occurrences("Under the President's National Security Memorandum 8, agencies act.") == [
        "national security memorandum 8"
      ])
    #expect(occurrences("CISA issued Binding Operational Directive 22-01.") == ["binding operational directive 22-01"])
    #expect(occurrences("He cited Presidential Proclamation 8015 again.") == ["presidential proclamation 8015"])
    // With the family's acronym defined between the name and the number.
    #expect(
      occurrences("Agencies follow DHS Binding Operational Directive (BOD) 18-01 on mail.") == [
        "binding operational directive 18-01"
      ])
    // A legal act's symbol, a year, a lone word: none.
    #expect(
      occurrences("The EU Directive 2003/87/EC applies. The Policy Memorandum 2024 was sent. Directive 5 lapsed.")
        .isEmpty)
  }

  @Test func unknownOnlyBesideItsFamilyNumberedInTheCorpus() throws {
    let corpus = try inventedCorpus([
      "space.md": "The order revokes Space Policy Directive 3 and acts under a presidential policy memorandum."
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("The order builds on Space Policy Directive 1.") == ["Space Policy Directive 1"])
    #expect(unknown("The order revokes Space Policy Directive-3.").isEmpty)
    // A family the corpus never numbers may be known by a title or a short name.
    #expect(unknown("It builds on Presidential Policy Directive 41.").isEmpty)
    let finding = try #require(
      Analyzer.findings(in: DraftDocument("The order builds on Space Policy Directive 1."), corpus: corpus).first {
        $0.rule == .unknownReference
      })
    #expect(finding.message.contains("it cites Space Policy Directive 3"))
  }
}

/// Documents' codes ("M-22-09", "GAO-24-106329", "FIN-2017-A003"): read as references, and
/// unknown only beside two or more of their family the corpus cites.
@Suite struct DocumentCodeTests {
  func codes(_ text: String) -> [String] {
    let prose = DraftDocument(text).prose[0]
    return ReferenceScanner.references(in: prose).filter { $0.kind == "code" }.map(\.identifier)
  }

  @Test func readsCodesOfAPrefixAndTwoGroupsOrMore() {
    #expect(
      codes("See M-22-09, GAO-09-326SP and FIN-2017-A003 (advisory) today.") == [
        "M-22-09", "GAO-09-326SP", "FIN-2017-A003",
      ])
    // One group, a group of letters, years alone, or a code inside a longer one: none.
    #expect(codes("After COVID-19, the F-35 and SARS-CoV-2 in FY-2023-2024 and xM-22-09 or M-22-09/2.").isEmpty)
    // In brackets, as a report's page gives its number.
    #expect(codes("Onsite Review Report (OEI-07-15-00280) [GAO-24-106329]") == ["OEI-07-15-00280", "GAO-24-106329"])
  }

  @Test func anUnknownCodeBesideItsFamily() throws {
    let corpus = try inventedCorpus([
      "memos.md": "Agencies follow M-22-09 and M-21-31, and the advisory FIN-2017-A003 applies."
    ])
    func unknown(_ draft: String) -> [String] { flagged(draft, .unknownReference, corpus: corpus) }
    #expect(unknown("Agencies follow M-21-31 and M-22-09 today.").isEmpty)
    #expect(unknown("Agencies follow M-22-18 today.") == ["M-22-18"])
    // A family the corpus cites once, or not at all, may be anything.
    #expect(unknown("FinCEN issued FIN-2019-A002 and GAO-24-106329 this year.").isEmpty)
  }
}

extension ReferenceFormsTests {
  /// An executive order's number in groups of three, as legal citations write it ("Exec. Order
  /// No. 14,169"), cites that order.
  @Test func anOrderNumberInGroupsOfThreeCitesTheOrder() throws {
    let corpus = try inventedCorpus([
      "review.md": "The pause followed Exec. Order No. 14,169, 90 Fed. Reg. 8619 (Jan. 20, 2025), on foreign aid."
    ])
    #expect(flagged("Executive Order 14169 paused the aid.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("Executive Order 14170 paused the aid.", .unknownReference, corpus: corpus).contains(
        "Executive Order 14170"))
  }
}
