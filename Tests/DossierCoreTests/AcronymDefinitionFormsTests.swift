import DossierCore
import Testing

/// Definitions whose initials do not spell the acronym letter by letter are still definitions.
@Suite struct AcronymDefinitionFormsTests {
  func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined) }
  /// The draft's acronym-undefined findings against `corpus`.
  func undefinedFindings(_ draft: String, corpus: Corpus = .embedded) -> [Finding] {
    findings(draft, corpus: corpus).filter { $0.rule == .acronymUndefined }
  }

  @Test func hyphenatedCompoundsNamesInAnotherOrderAndNumbers() {
    #expect(
      undefined("The Organisation for Economic Co-operation and Development (OECD) met. The OECD agreed.").isEmpty)
    #expect(undefined("Small and medium-sized enterprises (SMEs) grew. SMEs hire most workers.").isEmpty)
    #expect(undefined("The International Organization for Standardization (ISO) wrote it. ISO agreed.").isEmpty)
    #expect(undefined("The European Committee for Standardization (CEN) met. CEN agreed.").isEmpty)
    #expect(undefined("Coronavirus disease 2019 (COVID-19) spread. COVID-19 spread further.").isEmpty)
  }

  @Test func aListOfWordsClosedByAnd() {
    #expect(undefined("Illegal, unreported and unregulated (IUU) fishing costs revenue. IUU fleets grow.").isEmpty)
    #expect(undefined("We fight illegal, unreported, and unregulated (IUU) fishing. IUU fleets grow.").isEmpty)
    // A comma with no "and" or "or" after it ends the expansion.
    #expect(undefined("Illegal, unreported unregulated (IUU) fishing grew. IUU fleets grow.") == ["IUU"])
  }

  @Test func possessivesJoinedNamesAndTwoAcronymsInOneParenthesis() {
    #expect(undefined("The 11th North American Leaders' Summit (NALS) met. NALS agreed.").isEmpty)
    #expect(undefined("The North American Leaders’ Summit (NALS) met. NALS agreed.").isEmpty)
    #expect(undefined("It joined the COVID-19 Vaccine Global Access (COVAX) Facility. COVAX grew.") == ["COVID"])
    #expect(
      undefined("ACER reviewed the Capacity Allocation Mechanisms Network Code (CAM NC). The CAM NC changed.") == [
        "ACER"
      ])
    // Two acronyms the words before do not spell are not defined by them.
    #expect(undefined("The harbor board (CAM NC) met. The CAM NC agreed.") == ["CAM NC"])
  }

  @Test func twoAcronymsInOneParenthesisGiveTheCorpusNoExpansion() throws {
    let corpus = try inventedCorpus([
      "a.md": "The order set up the Center for Combating Weapons of Mass Destruction (SCC WMD) in the command."
    ])
    let found = undefinedFindings("The WMD threat grew.", corpus: corpus)
    #expect(found.count == 1)
    #expect(found.first?.message == "\"WMD\" is not expanded in this draft")
  }

  /// A transcript editor's expansion in square brackets after the acronym defines it, for the
  /// corpus as for a draft.
  @Test func anExpansionInSquareBracketsDefines() throws {
    let corpus = try inventedCorpus([
      "transcript.txt": "Is the fund key to the activation of QMT [Quarterly Market Transactions]? We have QMT."
    ])
    let found = undefinedFindings("The QMT tool exists.", corpus: corpus)
    #expect(
      found.first?.message
        == "\"QMT\" is not expanded in this draft; the corpus defines it as Quarterly Market Transactions")
    #expect(
      flagged("The QMT [Quarterly Market Transactions] tool exists. QMT helps.", .acronymUndefined, corpus: corpus)
        .isEmpty)
  }

  /// An acronym after a dash with a space either side, the words before it spelling it, is
  /// defined there, for the corpus as for a draft; a hyphen joining words is no such dash.
  @Test func anAcronymAfterASpacedDashDefines() throws {
    let corpus = try inventedCorpus([
      "roads.txt": "In a major development, the Valley National Roads Agency – VNRA – has awarded contracts."
    ])
    let found = undefinedFindings("The VNRA has awarded contracts.", corpus: corpus)
    #expect(
      found.first?.message
        == "\"VNRA\" is not expanded in this draft; the corpus defines it as Valley National Roads Agency")
    #expect(undefined("The Valley National Roads Agency — VNRA — met. VNRA agreed.").isEmpty)
    #expect(undefined("The Valley National Roads Agency-VNRA talks met. VNRA agreed.") == ["VNRA"])
    #expect(undefined("The river roads – VNRA – met. VNRA agreed.") == ["VNRA"])
  }

  /// Two undefined acronyms one space apart are one name's ("ON RRP"): one finding over both.
  /// One the corpus defines keeps its own finding, with its expansion.
  @Test func twoUndefinedAcronymsOneSpaceApartAreOneFinding() throws {
    let found = undefinedFindings("The ON RRP offering rate rose in July.")
    #expect(found.map(\.message) == ["\"ON RRP\" is not expanded in this draft"])
    #expect(undefined("The ONR and RRP rates rose in July.") == ["ONR", "RRP"])
    let corpus = try inventedCorpus(["a.md": "The reverse repurchase program (RRP) grew. The RRP rate rose."])
    #expect(flagged("The ON RRP offering rate rose in July.", .acronymUndefined, corpus: corpus) == ["ON", "RRP"])
  }

  @Test func aNameInAnotherLanguageOrEndingInACommonWordDefines() {
    #expect(
      undefined(
        "The regulator, Magyar Energetikai és\nKözmű-szabályozási Hivatal (MEKH), proposes it. MEKH agreed."
      ).isEmpty)
    #expect(
      undefined("The Network Code on Harmonised Transmission Tariff structures (NC TAR) applies. NC TAR changed.")
        .isEmpty)
    // Capitalised words that hold too few of its letters define nothing.
    #expect(undefined("The Harbor Board said (XYZ) it agreed. XYZ met.") == ["XYZ"])
  }

  @Test func currencyCodesAreNoAcronyms() {
    #expect(undefined("Prices averaged 35 EUR/MWh, and USD 6 million was pledged; see EUR-Lex.").isEmpty)
  }

  @Test func aMemberOfParliamentIsNoAcronym() {
    #expect(undefined("The MP for Tamaki spoke, and three MPs and the PM agreed with the QXA.") == ["QXA"])
  }

  @Test func unitsOfPowerAreNoAcronyms() {
    #expect(undefined("The plant adds 2400 MW, and storage of 5 GWh follows; the AEMO approved it.") == ["AEMO"])
  }

  @Test func standsForAndQuotedExpansionsDefine() {
    #expect(undefined("Summits are called COPs – which stands for ‘Conference of the Parties’. The COP met.").isEmpty)
    #expect(undefined("ETF stands for exchange-traded fund. Each ETF trades daily.").isEmpty)
    #expect(undefined("It is known as ‘the Joint Harbor Commission’ (JHC). The JHC met.").isEmpty)
    // "stands for" words that do not spell it, and quoted words that do not either.
    #expect(undefined("The ABM stands for peace. The ABM stayed.") == ["ABM"])
    #expect(undefined("It is known as ‘the river board’ (JHC). The JHC met.") == ["JHC"])
  }

  @Test func aDefinitionsRefersToAndMeansDefine() {
    #expect(undefined("“NARA” refers to the National Archives and Records Administration. NARA agreed.").isEmpty)
    #expect(undefined("The term “CSRB” shall mean the Cyber Safety Review Board. The CSRB met.").isEmpty)
    #expect(undefined("EEZ is short for exclusive economic zone. Each EEZ is patrolled.").isEmpty)
    // Words that do not spell it define nothing.
    #expect(undefined("“NARA” refers to the archives of the nation. NARA agreed.") == ["NARA"])
  }

  @Test func aQuotedExpansionMayHaveOneWordGivingNoLetter() {
    #expect(
      undefined(
        "It came with ‘information to facilitate clarity, transparency and understanding’ (ICTU). ICTU helps."
      )
      .isEmpty)
    // Neither the first word nor the last may be silent, and only one word in all.
    #expect(undefined("It came with ‘new clarity, transparency and understanding’ (CTU). CTU helps.") == ["CTU"])
    #expect(undefined("It came with ‘clarity, transparency and understanding now’ (CTU). CTU helps.") == ["CTU"])
    #expect(
      undefined("It came with ‘clarity of greater public transparency and understanding’ (CTU). CTU helps.") == ["CTU"])
    // Without quotation marks, a lower-case phrase is a writer's own shortening
    // (`WritersDefinitionsTests`): some words may give no letter, but the first gives the first.
    #expect(
      undefined("It came with information to facilitate clarity, transparency and understanding (ICTU). ICTU helps.")
        .isEmpty)
    #expect(
      undefined("It came with information to facilitate clarity, transparency and understanding (ICTX). ICTX helps.")
        == ["ICTX"])
  }

  @Test func aCitationBetweenTheExpansionAndTheAcronymIsReadPast() {
    #expect(
      undefined(
        "The International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA) applies. IEEPA is old."
      )
      .isEmpty)
    #expect(undefined("The Act (see below) (ABM) applies. ABM is old.") == ["ABM"])
    // A date, a year or a citation after a comma or "of".
    #expect(
      undefined(
        "The Treaty on the Non-Proliferation of Nuclear Weapons, signed July 1, 1968 (NPT) holds. The NPT holds."
      )
      .isEmpty)
    #expect(undefined("The National Emergencies Act, 50 U.S.C. 1601 (NEA) applies. The NEA applies.").isEmpty)
    #expect(undefined("Officials of 2020 (ABM) met. The ABM stayed.") == ["ABM"])
  }

  @Test func aLawsNameWithItsYearPublicLawAndCodeIsReadPast() {
    // A name that lists, with its year and public law in parentheses.
    #expect(
      undefined(
        "It cites the Comprehensive Iran Sanctions, Accountability, and Divestment Act of 2010 (Public Law 111-195) "
          + "(CISADA). CISADA applies."
      )
      .isEmpty)
    // Two parentheses read past, and a hyphenated word giving no letter.
    #expect(
      undefined(
        "It cites the Iran Freedom and Counter-Proliferation Act of 2012 (subtitle D of title XII of Public Law "
          + "112-239) (22 U.S.C. 8801 et seq.) (IFCA). IFCA applies."
      )
      .isEmpty)
    // "for Fiscal Year 2012".
    #expect(
      undefined(
        "It cites section 1245 of the National Defense Authorization Act for Fiscal Year 2012 (Public Law 112-81) "
          + "(NDAA). The NDAA applies."
      )
      .isEmpty)
    // A short title's acronym after the law's full name, its year and its public law.
    #expect(
      undefined(
        "It cites the Syria Accountability and Lebanese Sovereignty Restoration Act of 2003, Public Law 108-175 "
          + "(SAA). The SAA applies."
      )
      .isEmpty)
    // A comma between lower-case words that no "and" or "or" closes is no list, and a third
    // parenthesis is not read past.
    #expect(undefined("It cites sanctions, accountability divestment acts (SADA). SADA applies.") == ["SADA"])
    #expect(
      undefined("The National Defense Act (see a) (see b) (see c) (NDA) applies. The NDA applies.") == ["NDA"])
  }

  /// "DREAMS (Determined, Resilient, Empowered, AIDS-Free, Mentored, and Safe)": an acronym
  /// before its expansion in parentheses, read past the commas and hyphens between its words.
  @Test func anAcronymBeforeALongExpansionInParenthesesIsDefined() throws {
    #expect(
      undefined(
        "The GRACES (Guided, Resilient, Able-Minded, Confident, Engaged, and Strong) partnership grew. GRACES reached girls."
      ).isEmpty)
    let corpus = try inventedCorpus([
      "girls.md":
        "The GRACES (Guided, Resilient, Able-Minded, Confident, Engaged, and Strong) partnership reached girls."
    ])
    let finding = try #require(
      findings("The GRACES partnership grew.", corpus: corpus).first { $0.rule == .acronymUndefined })
    #expect(
      finding.message.contains(
        "the corpus defines it as Guided, Resilient, Able-Minded, Confident, Engaged, and Strong"))
  }

  @Test func unrelatedWordsBeforeAParenthesisDefineNothing() {
    // Capitalised words whose initials share nothing with the acronym.
    #expect(undefined("Officials in New Delhi (ABM) met. The ABM stayed.") == ["ABM"])
    // One capitalised word is no name.
    #expect(undefined("Officials met (ABM) and the ABM stayed.") == ["ABM"])
  }

  @Test func anInstrumentAsAmendedAndACompanysAbbreviationAreReadPast() {
    #expect(
      undefined(
        "It relies on the Protecting Europe's Energy Security Act of 2019 (Title LXXV, National Defense "
          + "Authorization Act for Fiscal Year 2020, Public Law 116-92), as amended by section 1242 of the National "
          + "Defense Authorization Act for Fiscal Year 2021 (Public Law 116-283) (PEESA). PEESA applies."
      ) == ["LXXV"])
    #expect(undefined("New debt of Petroleos de Venezuela, SA. (PDVSA) is barred. PDVSA is state-owned.") == ["SA"])
    // What the amended words name must still spell the acronym, and the period must close a word.
    #expect(
      undefined("It relies on the trade rules, as amended by section 4 of the Tariff Act (PEESA). PEESA applies.")
        == ["PEESA"])
    #expect(undefined("New debt of the state firm. (PDVSA) is barred. PDVSA is state-owned.") == ["PDVSA"])
  }
}

/// Capitals that are no acronyms: emphasis and a script's directions.
@Suite struct CapitalsThatAreNoAcronymsTests {
  func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined) }

  @Test func aFunctionWordInCapitalsIsEmphasis() {
    #expect(undefined("He would charge a 25% Tariff on ALL products coming in.").isEmpty)
    #expect(undefined("This is NOT a drill, and the NSG knows it.") == ["NSG"])
    // The World Health Organization is an acronym all the same.
    #expect(undefined("The WHO met in Geneva.") == ["WHO"])
  }

  @Test func aWordAloneInSquareBracketsIsADirection() {
    #expect(undefined("Thank you all. [APPLAUSE] Now to the budget.").isEmpty)
    #expect(undefined("Thank you all. [PAUSE for applause] Now to the budget.").isEmpty)
    #expect(undefined("The agency [CDC] said so.") == ["CDC"])
  }
}

extension AcronymDefinitionFormsTests {
  /// A title before a name in another order whose initial the acronym lacks is no part of the
  /// expansion: "the Director of the Bureau of Consumer Financial Protection (CFPB)" defines the
  /// Bureau.
  @Test func aTitleBeforeANameInAnotherOrderIsNoPartOfIt() throws {
    let corpus = try inventedCorpus([
      "order.md": "The order is signed by the Director of the Bureau of Consumer Financial Protection (CFPB) today."
    ])
    let finding = try #require(
      Analyzer.findings(in: DraftDocument("CFPB staff took the calls."), corpus: corpus).first {
        $0.rule == .acronymUndefined
      })
    #expect(
      finding.message
        == "\"CFPB\" is not expanded in this draft; the corpus defines it as Bureau of Consumer Financial Protection")
    // In a draft, the definition stands as before.
    #expect(
      undefined("The Director of the Bureau of Consumer Financial Protection (CFPB) spoke. CFPB staff took calls.")
        .isEmpty)
  }
}
