import DossierCore
import Testing

/// An invented corpus on hospital payment: an expansion with "&", a hyphenated acronym, capitals
/// inside a plan's name and a document symbol.
let hospitalCorpusFiles = [
  "payment.txt": """
  The Office of Research & Development (ORD) funds studies of hospital costs.
  Hospitals are paid by Medicare Severity Diagnosis Related Groups (MS-DRGs) for each stay.
  Members of the Acme HMO Plus plan pay lower fees than other members.
  The Bureau of Payment Integrity (BPI) audits claims every year.
  """
]

@Suite struct AcronymFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(hospitalCorpusFiles)
  }

  @Test func expansionsMayHoldAnAmpersand() throws {
    #expect(
      flagged("The Office of Research & Development (ORD) pays, and ORD reports.", .acronymUndefined, corpus: corpus)
        .isEmpty)
    let finding = try #require(
      findings("The ORD pays for it.", corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(finding.message.contains("Office of Research & Development"))
  }

  /// A writer's desk notes and a draft's status markings are no acronyms; an acronym beside them
  /// still is one.
  @Test func deskNotesAndStatusMarkingsAreNoAcronyms() {
    #expect(
      flagged("Status: DRAFT. Byline TBD; FYI, the figures are checked.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(
      flagged("UNCLASSIFIED // PREDECISIONAL. EMBARGOED until Monday.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("DRAFT: the QX team met.", .acronymUndefined, corpus: corpus) == ["QX"])
    #expect(flagged("She worked at HM Treasury before 2021.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("Report by 11:59 PM EDT on Friday, or 5:00pm EST.", .acronymUndefined, corpus: corpus).isEmpty)
  }

  /// A label that opens the item defining it ("- QXR: the Quality Exchange Review (QXR) …")
  /// names what the item defines; an acronym used before its definition anywhere else, a
  /// heading included, is still reported.
  @Test func aLabelMayPrecedeTheDefinitionItOpens() throws {
    #expect(
      flagged("- QXR: the Quality Exchange Review (QXR) began in May.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(
      flagged(
        "**If asked about the QXR:** the Quality Exchange Review (QXR) began in May.", .acronymUndefined,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Asked again. About the QXR: the Quality Exchange Review (QXR) began in May.", .acronymUndefined,
        corpus: corpus) == ["QXR"])
    #expect(
      flagged(
        "- Note: QXR began before the Quality Exchange Review (QXR) was named.", .acronymUndefined, corpus: corpus)
        == ["QXR"])
    let titled = """
      # The QXR review, a year on

      The Quality Exchange Review (QXR) began in May. QXR reports monthly.
      """
    let finding = try #require(findings(titled, corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(finding.message.contains("is used before its expansion on line 3"))
    // A label of another item is no label of this one.
    #expect(
      flagged(
        "- QXR: the review began.\n- The Quality Exchange Review (QXR) reports.", .acronymUndefined, corpus: corpus)
        == ["QXR"])
  }

  /// A word the corpus writes in capitals without defining it ("the ENERGY STAR program") is
  /// found however often the corpus writes the word in lower case before it.
  @Test func capitalsAreFoundPastManyUsesInLowerCase() throws {
    let lowerCase = (1...40).map { "Clinic \($0) cut its energy use by a tenth in year \($0)." }
    let corpus = try inventedCorpus([
      "clinics.md": lowerCase.joined(separator: "\n\n") + "\n\nThe agency's ENERGY STAR program labels appliances."
    ])
    #expect(
      flagged("The ENERGY STAR program labels appliances for clinics.", .acronymUndefined, corpus: corpus).isEmpty)
    // Capitals the corpus never writes so are still reported.
    #expect(
      flagged("The ENERGY GRID program labels appliances.", .acronymUndefined, corpus: corpus).contains("GRID"))
  }

  @Test func aHyphenatedAcronymIsOneAcronym() throws {
    let defined = "Payment by Medicare Severity Diagnosis Related Group (MS-DRG) is fixed; the MS-DRG weight rises."
    #expect(flagged(defined, .acronymUndefined, corpus: corpus).isEmpty)
    // Undefined in the draft: one finding for the whole, with the corpus's expansion.
    let finding = try #require(
      findings("The MS-DRG weight rises.", corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(finding.message.contains("\"MS-DRG\""))
    #expect(finding.message.contains("Medicare Severity Diagnosis Related Groups"))
  }

  @Test func aHyphenatedAcronymMayOpenWithALetter() {
    let defined =
      "The Quad Climate Change Adaptation and Mitigation Package (Q-CHAMP) has two themes; Q-CHAMP grows."
    #expect(flagged(defined, .acronymUndefined, corpus: corpus).isEmpty)
    // Undefined, it is one acronym: its letter makes no acronym of its own.
    #expect(flagged("The C-TPAT program grew.", .acronymUndefined, corpus: corpus) == ["C-TPAT"])
    // A letter and a word ("X-ray", "T-shirt") are no acronym at all.
    #expect(flagged("An X-ray and a T-shirt.", .acronymUndefined, corpus: corpus).isEmpty)
  }

  @Test func hyphenatedAcronymsNobodyDefinesAreReadByParts() {
    // "BPI" is defined in the draft, so only "QX" is missing; the whole "BPI-QX" is no acronym.
    let draft = "The Bureau of Payment Integrity (BPI) and the BPI-QX team met."
    #expect(flagged(draft, .acronymUndefined, corpus: corpus) == ["QX"])
    #expect(flagged("The ORD-BPI review began.", .acronymUndefined, corpus: corpus) == ["ORD", "BPI"])
  }

  @Test func capitalsInsideANameTheCorpusUsesAreNoAcronym() {
    #expect(flagged("Members of Acme HMO Plus pay less.", .acronymUndefined, corpus: corpus).isEmpty)
    // The same capitals alone, or inside a name the corpus does not use, still need an expansion.
    #expect(
      flagged("Members of Acme HMO Plus pay less; an HMO limits choice.", .acronymUndefined, corpus: corpus) == ["HMO"])
    #expect(flagged("Members of Zeta HMO Plus pay less.", .acronymUndefined, corpus: corpus) == ["HMO"])
  }

  /// Capitals the corpus writes only inside a name after a title ("Vice President JD Vance") are
  /// the name's without the title too; not before another name.
  @Test func capitalsOfANameAfterItsTitleAreNoAcronym() throws {
    let corpus = try inventedCorpus(["remarks.md": "The remarks of Vice President JD Vance drew replies."])
    #expect(flagged("Background only: JD Vance said so.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("Background only: JD Smith said so.", .acronymUndefined, corpus: corpus) == ["JD"])
  }

  @Test func aStatesPostalAbbreviationAfterAPlaceIsNoAcronym() {
    #expect(
      flagged(
        "Plants in Nashua, NH; Colorado Springs, CO, and Gresham, OR opened.", .acronymUndefined, corpus: corpus
      ).isEmpty)
    #expect(flagged("Sites in Taylor and Austin, TX and Sydney, NSW grew.", .acronymUndefined, corpus: corpus).isEmpty)
    // Not after a place and a comma, or not a postal abbreviation, it still needs an expansion.
    #expect(flagged("The plant cut CO emissions.", .acronymUndefined, corpus: corpus) == ["CO"])
    #expect(flagged("Plants in Nashua, QX opened.", .acronymUndefined, corpus: corpus) == ["QX"])
    #expect(flagged("In Nashua, NH Rules apply.", .acronymUndefined, corpus: corpus) == ["NH"])
  }

  @Test func capitalsInsideADocumentSymbolAreNoAcronym() {
    #expect(flagged("See document FCCC/CP/2015/10/Add.1 for the text.", .acronymUndefined, corpus: corpus).isEmpty)
    // Without a number it is a pair of acronyms, as before.
    #expect(flagged("The TCP/IP stack was tested.", .acronymUndefined, corpus: corpus) == ["TCP", "IP"])
  }
}

extension AcronymFormsTests {
  /// "Title IV-A", "Part II-B": the label of a numbered part is no acronym.
  @Test func aRomanNumeralWithALetterIsNoAcronym() {
    #expect(
      flagged("Schools may use Title IV-A funds and Part II-B grants.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("Schools may use ESSER-A funds.", .acronymUndefined, corpus: corpus) == ["ESSER"])
  }

  /// Any Roman numeral up to 39 is a number, not an acronym ("Title XVII", "Chapter XXXIV"); a
  /// word of I, V and X that is no numeral may be one.
  @Test func romanNumeralsAreNoAcronyms() {
    for numeral in ["II", "IV", "IX", "XIV", "XVII", "XVIII", "XIX", "XXIII", "XXXIX"] {
      #expect(
        flagged("Loans under Title \(numeral) of the act grew.", .acronymUndefined, corpus: corpus).isEmpty,
        "\(numeral)")
    }
    for word in ["IIII", "VX", "IXI", "XXXX", "VIX", "XIIV"] {
      #expect(flagged("Loans under the \(word) index grew.", .acronymUndefined, corpus: corpus) == [word])
    }
  }
}

extension AcronymFormsTests {
  /// An acronym the corpus writes in capitals without ever expanding it ("TRICARE", "COVID-19")
  /// needs no expansion in a draft either; one it defines, puts in parentheses or spells out in
  /// the document that uses it does, and so does one it never writes.
  @Test func anAcronymTheCorpusNeverExpandsNeedsNoExpansion() throws {
    let corpus = try inventedCorpus([
      "care.md": """
      Veterans along the river use TRICARE for their care, and many clinics closed during COVID-19 in 2020.
      Every veteran in the valley uses TRICARE.
      The Federal River Commission sets the rules for the valley, and the FRC enforces them every season.
      The Office of Basin Planning (OBP) reports every year, and the dam board (DBX) meets every month.
      The U.S. Trade Representative leads the talks for the valley, and USTR will lead the trade pillar.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Veterans use TRICARE, and COVID slowed the clinics.").isEmpty)
    #expect(undefined("The FRC sets rules.") == ["FRC"])
    #expect(undefined("The OBP reports.") == ["OBP"])
    #expect(undefined("USTR leads the talks.") == ["USTR"])
    #expect(undefined("The NSG met.") == ["NSG"])
  }

  /// Two capitals are the initials of two words inside a longer name by chance ("Insurance
  /// Portability" of the Health Insurance Portability and Accountability Act for "IP"): the
  /// document spells the acronym out only where the two words end a name.
  @Test func twoInitialsInsideALongerNameSpellNoAcronymOut() throws {
    func corpus(_ text: String) throws -> Corpus { try inventedCorpus(["complaint.md": text]) }
    let inside = try corpus(
      """
      The firm shared users' IP address with advertisers, against the Health Insurance Portability and Accountability Act.
      The firm also logged each IP address for a year.
      """)
    #expect(flagged("The firm shared IP addresses.", .acronymUndefined, corpus: inside).isEmpty)
    let ending = try corpus(
      """
      The firm shared users' IP address with advertisers, against the advice of Internet Protocol experts.
      The firm also logged each IP address for a year.
      """)
    #expect(flagged("The firm shared IP addresses.", .acronymUndefined, corpus: ending) == ["IP"])
    // Longer initials count wherever they stand, a mark before a word of the name too.
    let quoted = try corpus("The Federal “Trade Commission” fined the firm, and the FTC will act again next year.")
    #expect(flagged("The FTC acted.", .acronymUndefined, corpus: quoted) == ["FTC"])
  }

  /// A surname in capitals between a title and the given name ("Press Secretary KOBAYASHI Maki"),
  /// as a statement's byline writes it on a line of its own, is a name the draft may write too;
  /// not with another given name, nor alone before a common word.
  @Test func aSurnameInCapitalsInABylineIsNoAcronym() throws {
    let byline = try inventedCorpus([
      "rafah.txt": """
      (Statement by Press Secretary KOBAYASHI Maki)

      Japan is deeply concerned about the situation in Rafah and calls on all parties to show restraint.
      """
    ])
    #expect(flagged("Press Secretary KOBAYASHI Maki spoke for Japan.", .acronymUndefined, corpus: byline).isEmpty)
    #expect(flagged("The KOBAYASHI review spoke for Japan.", .acronymUndefined, corpus: byline) == ["KOBAYASHI"])
    #expect(
      flagged("Press Secretary KOBAYASHI Taro spoke for Japan.", .acronymUndefined, corpus: byline) == ["KOBAYASHI"])
  }
}

extension AcronymFormsTests {
  /// Capitals joined to a number ("21PAS") are a name's code; a possessive of an acronym the
  /// corpus never expands ("FLO's") needs no expansion either.
  @Test func capitalsJoinedToANumberAndPossessivesOfUnexpandedAcronyms() throws {
    #expect(
      flagged("The 21st Century Partnership for Security (21PAS) began.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The PAS began.", .acronymUndefined, corpus: corpus) == ["PAS"])
    // Hyphenated after a number, the end of a form's code ("Forms 1099-DA"), however the corpus
    // writes the capitals.
    #expect(flagged("Brokers file Forms 1099-DA and 1040-SR each year.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("Brokers file the DA forms each year.", .acronymUndefined, corpus: corpus) == ["DA"])
    let chargers = try inventedCorpus([
      "network.md": "FLO, a charging network operator along the river, builds chargers in every valley town."
    ])
    #expect(flagged("FLO's chargers are reliable.", .acronymUndefined, corpus: chargers).isEmpty)
  }
}

extension AcronymFormsTests {
  /// A company the corpus first names before a person's name ("Co-CEO of KKR Joseph Bae") and
  /// later alone ("KKR announced …") is written alone, so it needs no expansion; one the corpus
  /// only ever writes before a capitalised word (a name's start, "UL Solutions") still does.
  @Test func anyUseOfAnAcronymAloneShowsTheCorpusNeverExpandsIt() throws {
    let corpus = try inventedCorpus([
      "a-forum.md": """
      The forum brought together the Co-CEO of KKR Joseph Bae and the chair of ZQV Partners, who spoke first.
      """,
      "b-deals.md": """
      The valley fund grew again this year.

      KKR announced a new investment in the valley's clean energy platform.
      """,
    ])
    #expect(flagged("Joseph Bae of KKR spoke at the forum.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The chair of ZQV spoke first.", .acronymUndefined, corpus: corpus) == ["ZQV"])
  }
}

extension AcronymFormsTests {
  /// A draft's definition may end in a common noun that gives no letter ("perfluorobutane
  /// sulfonic acid (PFBS)"); one in mixed case defines the acronym in capitals too ("Department
  /// of Defense (DoD)", then "DOD"). Words that do not spell it define nothing.
  @Test func definitionsEndingInANounAndInMixedCase() {
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Perfluorobutane sulfonic acid (PFBS) replaced older chemicals, and PFBS persists.").isEmpty)
    #expect(undefined("Sulfonic acid mixtures (PFBS) replaced older chemicals.") == ["PFBS"])
    #expect(undefined("The Department of Defense (DoD) cleans its sites, and DOD reports yearly.").isEmpty)
    #expect(undefined("The agency cleans its sites, and DOD reports yearly.") == ["DOD"])
  }
}

extension AcronymFormsTests {
  /// A hyphenated acronym the corpus writes whole without defining it is a name ("SSN-AUKUS"), so
  /// its parts need no expansion there; a ship's prefix ("USS Asheville") is part of a name.
  @Test func namesOfHyphenatedAcronymsAndShipPrefixes() throws {
    let corpus = try inventedCorpus([
      "boats.md": """
      The valley will build a nuclear-powered boat (NPB). The future boat, which we are calling “NPB-VALLEY”, \\
      will be built in the valley. NPB-VALLEY will use a new design.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Work continues on NPB-VALLEY at the yard.").isEmpty)
    #expect(undefined("Work continues on NPB-RIVER at the yard.") == ["NPB", "RIVER"])
    #expect(undefined("The USS Asheville and HMAS Stirling visited the valley.").isEmpty)
    #expect(undefined("The USS *Missouri* and HMAS _Stirling_ visited the valley.").isEmpty)
    #expect(undefined("The USS visited the valley.") == ["USS"])
    // Parts every reader knows make no acronym joined either.
    #expect(undefined("The US-UK Energy Partnership and the EU-US talks met.").isEmpty)
  }
}

extension AcronymFormsTests {
  /// Words the corpus writes in capitals before other capitals ("FACT SHEET: …") stand alone, so
  /// a draft need not expand them; capitals before a name's word ("UL Solutions") do not.
  @Test func aLineInCapitalsInTheCorpusIsNoNamesStart() throws {
    let corpus = try inventedCorpus([
      "release.md": """
      # FACT SHEET: The Valley Relief Plan

      The Commission selected QX Solutions to run the plan for the valley towns.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("The White House issued a FACT SHEET on the plan.").isEmpty)
    #expect(undefined("The plan is run by QX for the valley towns.") == ["QX"])
  }
}

extension AcronymFormsTests {
  /// Capitals ending a name the corpus writes ("Genera PR") are part of it, where the corpus never
  /// defines them; a defined acronym after a capitalised word still needs its expansion.
  @Test func capitalsEndingANameTheCorpusWrites() throws {
    let corpus = try inventedCorpus([
      "grid.md": """
      Puerto Rico works with the Valley Power Authority, Genera PR, and the towns. Genera PR runs the plants.
      The Federal Grid Agency (FGA) funds the lines, and the valley's Today FGA report is read in every town.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Do not describe Genera PR as a federal contractor.").isEmpty)
    #expect(undefined("Do not describe Puerto PR as a federal contractor.") == ["PR"])
    #expect(undefined("The lines are funded by Today FGA.") == ["FGA"])
  }
}

extension AcronymFormsTests {
  /// An acronym the corpus defines in a quarter of the documents that use it at most, six or
  /// more, is one its readers know ("AUKUS"); one it defines in more of them still needs its
  /// expansion.
  @Test func anAcronymMostDocumentsUseUndefinedIsKnown() throws {
    var files = [
      "a.md": "The leaders announced the Valley-River-Lake (VRL) partnership and the Basin Flood Agency (BFA) today."
    ]
    for name in ["b", "c", "d", "e", "f"] {
      files["\(name).md"] = "The VRL partners met again this year, and the BFA reported on the floods."
    }
    files["g.md"] = "The Basin Flood Agency (BFA) reported, and the BFA met."
    let corpus = try inventedCorpus(files)
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("The VRL partners met again.").isEmpty)
    #expect(undefined("The BFA reported.") == ["BFA"])
  }
}

extension AcronymFormsTests {
  /// Capitals before a numbered code ("BOD 22-01") open a document's identifier: where the
  /// corpus defines them, the identifier needs no expansion. The same capitals alone, before a
  /// plain number, or before a code where the corpus does not define them, still do.
  @Test func thePrefixOfANumberedCodeTheCorpusDefinesIsNoAcronym() throws {
    let corpus = try inventedCorpus([
      "orders.md": """
      The agency issued Binding Operational Directive (BOD) 22-01 in 2021, and BOD 22-01 still governs patching.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("# BOD 22-01 and us\n\nAgencies follow BOD 19-02 and BOD 2024/17 closely.").isEmpty)
    #expect(undefined("Agencies follow the BOD closely.") == ["BOD"])
    #expect(undefined("Agencies follow BOD 22 closely.") == ["BOD"])
    #expect(undefined("Agencies follow CD 2024/17 closely.") == ["CD"])
    // Spelt out in the document that writes the identifier, if never defined in parentheses.
    let spelt = try inventedCorpus([
      "orders.md": """
      The agency issued Emergency Directive 20-02 in January. ED 20-02 required patches within ten days.
      """
    ])
    #expect(flagged("Agencies met ED 20-02 quickly.", .acronymUndefined, corpus: spelt).isEmpty)
  }

  /// Capitals hyphenated to a number that the corpus writes are a form's or a model's
  /// designation ("DS-157"), not an acronym; the same capitals alone, or in a designation the
  /// corpus never writes, still are one.
  @Test func capitalsHyphenatedToANumberTheCorpusWritesAreADesignation() throws {
    let corpus = try inventedCorpus([
      "forms.md": """
      Today the U.S. Department of State and the Department of Homeland Security announced that new applicants \
      will only need to file one form, a revised form DS-157, as their petition.
      """
    ])
    #expect(flagged("Applicants file the DS-157 first.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("Applicants file the DS form.", .acronymUndefined, corpus: corpus) == ["DS"])
    #expect(flagged("Applicants file the DS-160 first.", .acronymUndefined, corpus: corpus) == ["DS"])
  }
}

extension AcronymFormsTests {
  /// An acronym the corpus writes without expanding it needs no expansion in a draft, unless
  /// the corpus spells its name out somewhere, in another document too ("Department of Foreign
  /// Affairs and Trade" in some releases, "DFAT" in another); twice at least, for a name written
  /// once may spell another's initials by chance ("Royal Aircraft Factories", "RAF").
  @Test func anAcronymWhoseNameTheCorpusSpellsOutElsewhere() throws {
    let corpus = try inventedCorpus([
      "advice.md": "The Department of Foreign Affairs and Trade issued new travel advice on Monday.",
      "update.md": "The Department of Foreign Affairs and Trade updated its advice.",
      "hotline.md": "DFAT's consular staff helped the families. DFAT opened a hotline, and TRICARE paid the costs.",
      "history.md": "The Royal Aircraft Factories built engines for the fleet.",
      "patrols.md": "Crews flew RAF patrols, and the RAF aircraft landed.",
      "bases.md": "The RAF bases stayed open all winter.",
    ])
    #expect(flagged("DFAT staff helped the families.", .acronymUndefined, corpus: corpus) == ["DFAT"])
    #expect(flagged("TRICARE paid the costs.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The RAF patrols flew.", .acronymUndefined, corpus: corpus).isEmpty)
  }
}

extension AcronymFormsTests {
  /// Capitals one space before a number the corpus writes so ("HC 935", a parliamentary paper)
  /// are a designation too; not a possessive before a compound's number ("DFAT's 24-hour").
  @Test func aPapersDesignationTheCorpusWrites() throws {
    let corpus = try inventedCorpus([
      "report.md": """
      The House of Commons (HC) committee published its report, HC 935, in March, and it was debated.
      The Department of Foreign Affairs and Trade answered. DFAT's 24-hour centre took calls.
      """
    ])
    #expect(flagged("The report (HC 935) drew on the evidence.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The report (HC 936) drew on the evidence.", .acronymUndefined, corpus: corpus) == ["HC"])
    #expect(flagged("DFAT's 24-hour centre took calls.", .acronymUndefined, corpus: corpus) == ["DFAT's"])
  }

  /// Capitals the corpus writes only before codes, never expanded ("the Report of Selected Money
  /// Market Rates (FR 2420)"), open another code of that family too ("FR 2052a").
  @Test func aDesignationOfAFamilyTheCorpusNeverExpands() throws {
    let corpus = try inventedCorpus([
      "rates.md": """
      The Federal Reserve publishes the rate each day.
      The Federal Reserve bases it on the Report of Selected Money Market Rates (FR 2420) since March.
      """
    ])
    #expect(flagged("Banks add the FR 2052a report and the FR 2420 data.", .acronymUndefined, corpus: corpus).isEmpty)
    // Alone, the capitals the corpus spells out ("Federal Reserve") still want their expansion.
    #expect(flagged("Banks add the FR report.", .acronymUndefined, corpus: corpus) == ["FR"])
    #expect(flagged("Banks add the GR 2052 report.", .acronymUndefined, corpus: corpus) == ["GR"])
  }
}

extension AcronymFormsTests {
  /// Capitals the corpus writes after names of two people or more, ending them ("Mr Stein KC",
  /// "Claire Mitchell KC"), and never defines (though it spells them out: "King's Counsel"), are a
  /// title that follows any name; after a name in
  /// the possessive ("X-Mode's SDK"), capitals are a thing the name owns, which a reader may
  /// need expanded.
  @Test func aTitleTheCorpusWritesAfterNamesFollowsAnyName() throws {
    let corpus = try inventedCorpus([
      "hearing.md": """
      Mr Stein KC spoke first for the families, and the Chair thanked him.

      The Chair then heard Claire Mitchell KC, who agreed about the timetable.

      The app used X-Mode's SDK to collect data, and later Acme's SDK as well.

      Mr Weatherby, King's Counsel, spoke later about the Software Development Kit.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Hugo Keith KC and Kate Blackwell KC spoke for the Inquiry.").isEmpty)
    #expect(undefined("The app used Zeta's SDK to collect data.") == ["SDK"])
    // Not after a name: an acronym the draft uses as one.
    #expect(undefined("The fees of a KC rose again.") == ["KC"])
  }
}

extension AcronymFormsTests {
  /// An acronym in apposition after the words that spell it ("the reasonable worst case scenario,
  /// the RWCS,") defines it, in a draft and in the corpus, which then offers the expansion.
  @Test func anAcronymInAppositionDefinesIt() throws {
    let corpus = try inventedCorpus([
      "planning.md": """
      Planners positively planned on what was known as the reasonable worst case scenario, the RWCS, for the valley.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Planners used the reasonable worst case scenario, the RWCS, for the valley.").isEmpty)
    #expect(undefined("Planners used the RWCS for the valley.") == ["RWCS"])
    #expect(corpus.acronyms.first { $0.acronym == "RWCS" }?.expansion == "reasonable worst case scenario")
    // Words that do not spell it, or an acronym that goes on to a noun, define nothing.
    #expect(undefined("Planners met the finance staff, the RWCS, in the valley.") == ["RWCS"])
  }
}

extension AcronymFormsTests {
  /// Capitals hyphenated to a word in mixed case ("IN-SPACe") are one coined name, not an
  /// acronym of their own, defined or not; capitals before an ordinary word or a plural acronym
  /// ("QX-led", "US-ROKs") still are one.
  @Test func capitalsHyphenatedToAWordInMixedCaseAreACoinedName() {
    #expect(
      flagged(
        "The Indian National Space Promotion and Authorisation Centre (IN-SPACe) grew; IN-SPACe signed.",
        .acronymUndefined, corpus: corpus
      ).isEmpty)
    #expect(flagged("IN-SPACe signed two deals.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The QX-led review ended.", .acronymUndefined, corpus: corpus) == ["QX"])
    #expect(flagged("The QX-ROKs talks ended.", .acronymUndefined, corpus: corpus).contains("QX"))
  }
}

extension AcronymFormsTests {
  /// An acronym one corpus document alone writes, unexpanded, as the short form of a description
  /// ("the CBI should", "principal NDPBs") is that document's shorthand, not a name the corpus's
  /// readers share: a draft expands it. Not one several documents write, nor one written as a
  /// name (beside a capitalised word, in a run of capitals, without the article), nor a word in
  /// capitals the corpus writes in lower case too.
  @Test func oneDocumentsShorthandIsExpandedInADraft() throws {
    let corpus = try inventedCorpus([
      "review.md": """
      The review found that the CBI should continue to adjust its settings. The CBI's work goes on.
      The department, its agencies and principal NDPBs reported. The GSFP recommendations of the 2024 review stand.
      The Treasury blocked VTB Bank (VTB) and its subsidiaries; the VTB subsidiaries closed. Joint Stock Company NTV Broadcasting Company closed; the NTV office shut.
      The agency published a FACT SHEET on the review, and the AIM of the review is met.
      The network used the Palau-flagged ABYSS (IMO: 9157765); the ABYSS forged its papers. The OLYMPICS sailed on.
      The SPIDR team reported; the SPIDR findings stand.
      """,
      "decision.md": "The GSFP recommendations stand.",
      "minutes.md": "The GSFP team met, and its aim is met.",
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("The CBI raised its buffer.") == ["CBI"])
    #expect(undefined("Three NDPBs were merged.") == ["NDPBs"])
    let finding = try #require(findings("The CBI raised its buffer.", corpus: corpus).first)
    #expect(finding.message.contains("one corpus document uses it, unexpanded"))
    #expect(finding.evidence.first?.document == "review.md")
    // Written by several documents: their readers know it.
    #expect(undefined("The GSFP recommendations stand.").isEmpty)
    // Written as a name's word, or as capitals of words the corpus writes in lower case.
    #expect(undefined("VTB holds a fifth of all assets.").isEmpty)
    #expect(undefined("The NTV office shut.").isEmpty)
    #expect(undefined("The SHEET was published.").isEmpty)
    #expect(undefined("The AIM is met.").isEmpty)
    // Capitals that read as a word: a ship's name, not initials.
    #expect(undefined("The ABYSS carried Iranian oil.").isEmpty)
    #expect(undefined("By June the ship was trading as the OLYMPICS.").isEmpty)
    // Five letters with one vowel read as initials.
    #expect(undefined("The SPIDR findings stand.") == ["SPIDR"])
  }
}
