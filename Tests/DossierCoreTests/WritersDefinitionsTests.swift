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
    // A company's legal form may close the name.
    #expect(
      undefined("Sanctions hit Russian Financial Corporation Bank JSC (RFC) in May. RFC set up a company.").isEmpty)
    #expect(undefined("Sanctions hit the bank JSC (RFC) in May. RFC set up a company.") == ["RFC"])
    // Not after a number, nor at the start of a sentence.
    #expect(undefined("They met in 2019 (PSNC). PSNC agreed.") == ["PSNC"])
    #expect(undefined("(PSNC) agreed to the plan. PSNC met.") == ["PSNC"])
  }

  @Test func aShortNameOfAWordAndAnAcronymDefinesTheAcronym() {
    #expect(
      undefined("The New Strategic Arms Reduction Treaty (New START) expires. New START limits warheads.").isEmpty)
    // With the instrument's word too, after a long name whatever its initials.
    #expect(
      undefined(
        "It extends the Treaty on Measures for the Further Reduction of Strategic Offensive Arms (New START Treaty). New START limits warheads."
      ).isEmpty)
    #expect(undefined("It extends the treaty (New START Treaty). New START limits warheads.") == ["START"])
    // Words that do not spell it define nothing.
    #expect(undefined("The old treaty (New START) expires.") == ["START"])
  }

  /// A writer's own shortening of a lower-case phrase: its letters the initials of some of its
  /// words, in order, from the first ("interest rate paid on required and excess reserve
  /// balances (IOER)").
  @Test func aPhraseShortenedToSomeOfItsInitialsIsTheWritersDefinition() {
    #expect(
      undefined("The Board set the interest rate paid on required and excess reserve balances (IOER). IOER rose.")
        .isEmpty)
    // Not from its first word, or not in order: no definition.
    #expect(
      undefined("The Board set the rate paid on required and excess reserve balances (IOER). IOER rose.") == ["IOER"])
    #expect(undefined("The Board set the excess interest paid on reserve balances (IOER). IOER rose.") == ["IOER"])
    // The last word may give a letter too ("balances" its B).
    #expect(undefined("The interest rate paid on reserve balances (IORB) moved. IORB rose.").isEmpty)
    #expect(undefined("The interest rate paid on reserve funds (IORB) moved. IORB rose.") == ["IORB"])
    // Two acronyms in one parenthesis shortening one phrase.
    #expect(undefined("Overnight reverse repurchase agreement (ON RRP) operations grew. The ON RRP rate rose.").isEmpty)
    #expect(
      undefined("Overnight reverse sale agreement (ON RRP) operations grew. The ON RRP rate rose.") == ["ON RRP"])
  }

  /// "Movement/Army (SPLM/A)": the words before the slash spell the acronym, the letter after it
  /// opens the word after the slash.
  @Test func anAcronymAndALetterAfterASlashNameTwoThings() {
    #expect(
      undefined(
        "The parties were the Government and the Delta People’s Liberation Movement/Army (DPLM/A). The DPLM signed, and the DPLM/A disarmed."
      ).isEmpty)
    // The letter must open the word after the slash, and the words must spell the acronym.
    #expect(undefined("The Delta People’s Liberation Movement/Front (DPLM/A) signed. The DPLM met.").contains("DPLM"))
    #expect(undefined("The delta people’s freedom movement/army (DPLM/A) signed. The DPLM met.").contains("DPLM"))
  }

  @Test func anAcronymJoinedToTheWordItsNameEndsWith() {
    #expect(undefined("They rotate as Submarine Rotational Force-West (SRF-West). SRF-West will grow.").isEmpty)
    // Another word after the hyphen: the name is not the acronym's.
    #expect(undefined("They rotate as Submarine Rotational Force-East (SRF-West). It will grow.") == ["SRF"])
    // The name may end in the word written apart: "… Meeting Plus (ADMM-Plus)".
    #expect(
      undefined("They met at the Oceania Defence Ministers’ Meeting Plus (ODMM-Plus). ODMM-Plus and ODMM grew.").isEmpty
    )
    #expect(undefined("They met at the Oceania Defence Ministers’ Meeting (ODMM-Plus). It grew.") == ["ODMM"])
  }

  /// "Presidential Determination 2021-05 (PD 2021-05)": an acronym and the number the name ends
  /// with, after the name and that number.
  @Test func anAcronymBeforeTheNumberItsNameEndsWith() {
    #expect(
      undefined("Ministerial Directive 2021-05 (MD 2021-05) changed it, and MD 2022-01 kept it.").isEmpty)
    #expect(undefined("Ministerial Directive 7 (MD 7) changed it. MD 8 kept it.").isEmpty)
    // Another number: the name is not the acronym's.
    #expect(undefined("Ministerial Directive 2021-05 (MD 2021-06) changed it.") == ["MD"])
  }

  @Test func anAcronymBeforeTheWordsItsNameEndsWith() {
    #expect(
      undefined("The Orchard Innovation Mission for Climate (OIM for Climate) grew. OIM for Climate met.").isEmpty)
    // Other words after it: the name is not the acronym's.
    #expect(undefined("The Orchard Innovation Mission for Climate (OIM for Water) grew.") == ["OIM"])
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

/// Acronyms written with a version letter or a slash, and capitals the corpus writes as part of a
/// name without ever defining them.
@Suite struct AcronymShapesTests {
  func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined) }

  @Test func anAcronymEndingInALetterOfItsOwn() {
    // The expansion spells every letter, or all but a last version letter.
    #expect(
      undefined("Norway carried two Enhanced Polar System Recapitalization (EPS-R) payloads. EPS-R saves money.")
        .isEmpty)
    #expect(undefined("Japan will fly the H-II Transfer Vehicle (HTV-X) to the Gateway. The HTV-X is new.").isEmpty)
    // Undefined, it is one acronym, reported once, from its first letters.
    #expect(undefined("The EPS-R payloads flew. EPS-R saves money.") == ["EPS"])
    // Words that spell neither define nothing.
    #expect(undefined("Norway carried two polar payloads (EPS-R). EPS-R saves money.") == ["EPS"])
    // Possessive, it is the same acronym ("ARPA-H's", "ARPA-H’s").
    #expect(
      undefined(
        "The Advanced Research Projects Agency for Health (ARPA-H) began. ARPA-H's budget and ARPA-H’s staff grew."
      ).isEmpty)
  }

  @Test func twoAcronymsJoinedByASlashAreDefinedByOneExpansion() {
    #expect(
      undefined(
        "Virtual currency is subject to anti-money laundering and countering the financing of terrorism (AML/CFT) controls. AML/CFT rules apply."
      ).isEmpty)
    #expect(undefined("Virtual currency is subject to strict (AML/CFT) controls.") == ["AML", "CFT"])
  }

  @Test func capitalsTheCorpusWritesInANameItNeverDefines() throws {
    let corpus = try inventedCorpus([
      "label.md": "The Commission selected UL Solutions as Lead Administrator of the label program."
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("In December the Commission picked UL Solutions to lead the program.").isEmpty)
    // Alone, or before another word, it is an acronym to define.
    #expect(undefined("In December the Commission picked UL to lead the program.") == ["UL"])
    #expect(undefined("In December the Commission picked UL Laboratories to lead.") == ["UL"])
    // A corpus that defines it makes it an acronym wherever it stands.
    let defining = try inventedCorpus([
      "label.md": """
      The Commission selected UL Solutions as Lead Administrator.

      The Underwriters Laboratories (UL) mark is older.
      """
    ])
    #expect(
      flagged("In December the Commission picked UL Solutions to lead.", .acronymUndefined, corpus: defining) == ["UL"])
  }

  /// A name in capitals after its owner in the possessive ("Zenda’s KRT Steel Works") starts
  /// at the capitals: the owner is not the name's first word. And the name in the possessive
  /// ("KRT Steel’s chief executive") is the same name.
  @Test func capitalsOpeningANameAfterAPossessive() throws {
    let corpus = try inventedCorpus([
      "mills.md": "And, Zenda’s KRT Steel Works announced a $40 million investment at its Harbor plant."
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("KRT Steel Works is investing $40 million at its Harbor plant.").isEmpty)
    #expect(undefined("The mill owned by Zenda's KRT Steel Works will grow.").isEmpty)
    // The name's word in the possessive is the name still.
    #expect(undefined("“It matters,” KRT Steel’s chief executive said at its Harbor plant.").isEmpty)
    // Alone, or before another word, it is still an acronym to define.
    #expect(undefined("KRT is investing $40 million at its Harbor plant.") == ["KRT"])
    #expect(undefined("KRT Holdings is investing $40 million.") == ["KRT"])
  }

  @Test func capitalsOpeningANameThroughOtherCapitals() throws {
    let corpus = try inventedCorpus([
      "ports.md": "The JAXPORT EXPRESS Project in Jacksonville, Florida receives $23.5 million."
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("Jacksonville gets $23.5 million for the JAXPORT EXPRESS Project.").isEmpty)
    #expect(undefined("Jacksonville gets $23.5 million for JAXPORT.") == ["JAXPORT"])
  }

  @Test func aHyphenatedAcronymOpeningAName() throws {
    let corpus = try inventedCorpus([
      "magnets.md": "The agency invested $94 million in [E-VAC\nMagnetics](https://example.com/evac) for a plant."
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("The agency invested $94 million in E-VAC Magnetics for a plant.").isEmpty)
    #expect(undefined("The agency invested $94 million in E-VAC for a plant.") == ["E-VAC"])
  }

  @Test func capitalsJoinedByAnAmpersandAreNoAcronym() {
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: .embedded) }
    #expect(undefined("The list includes AT&T, Comcast and Verizon.").isEmpty)
    #expect(undefined("Spending on R&D rose.").isEmpty)
    // Spaced apart, each is a word of its own.
    #expect(undefined("The XQ & ZR group met.") == ["XQ", "ZR"])
  }

  @Test func lettersOfAPhoneNumberAreNoAcronym() {
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: .embedded) }
    #expect(undefined("Veterans in crisis can call 1-800-273-TALK or text the line.").isEmpty)
    #expect(undefined("The line is 833-83V-SAFE for survivors.").isEmpty)
    // One number makes a name with a number, still an acronym to expand.
    #expect(undefined("The XQJ-19 program grew.") == ["XQJ"])
  }

  @Test func anAcronymInMixedCaseWhereTheCorpusOrTheDraftDefinesIt() throws {
    let corpus = try inventedCorpus([
      "label.md": """
      The label covers Internet of Things (IoT) devices. The Combined Space Operations (CSpO) initiative grew.
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("IoT devices need labels, and CSpO partners met.") == ["IoT", "CSpO"])
    #expect(undefined("Internet of Things (IoT) devices need labels. IoT makers agree.").isEmpty)
    #expect(undefined("IoT devices need labels. Internet of Things (IoT) makers agree.") == ["IoT"])
    // Names and words written so are no acronyms where nobody defines them.
    #expect(undefined("McKinsey and GitHub hired a PhD from the DoE lab.").isEmpty)
  }
}

extension WritersDefinitionsTests {
  /// "customer experience (CX)" as the corpus defines it, with a line ending before the
  /// parenthesis, defines it; an acronym in a web address ("VA.gov") is no use of it.
  @Test func aDefinitionAcrossALineAndAnAcronymInAnAddress() throws {
    let corpus = try inventedCorpus([
      "orders.md": """
      The order includes 36 customer experience (CX) improvement commitments from the Department of Veterans Affairs (VA).
      """
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("The order on customer experience\n(CX) asked agencies to do better. CX teams met.").isEmpty)
    #expect(undefined("Veterans use Login.gov accounts to reach VA.gov today.").isEmpty)
    #expect(undefined("Veterans reach the VA today.") == ["VA"])
  }
}

extension WritersDefinitionsTests {
  /// Ordinary words in capitals beside each other ("FACT SHEET"), which the corpus writes in
  /// lower case, are no acronyms; a definition's expansion may join two names by a slash.
  @Test func capitalsOfOrdinaryWordsAndNamesJoinedByASlash() throws {
    let corpus = try inventedCorpus([
      "aid.md": "In fact, the fact sheet lists the orchard aid. The sheet is short, and the program grew."
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("See FACT SHEET: One Year of Orchard Aid.").isEmpty)
    #expect(undefined("The ORCHARD program grew.") == ["ORCHARD"])
    #expect(
      undefined(
        "Growers may have myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS). Growers with ME/CFS rest."
      ).isEmpty)
  }
}

extension WritersDefinitionsTests {
  /// Postal abbreviations listed alone in parentheses ("(IL, IN, WI)") are states, not acronyms;
  /// a list holding anything else is no list of states.
  @Test func postalAbbreviationsListedInParentheses() {
    #expect(undefined("The Lakes Orchard Hub (IL, IN, WI) leads the region.").isEmpty)
    #expect(undefined("The Lakes Orchard Hub (IL, IN, LOH) leads the region.") == ["IL", "IN", "LOH"])
  }

  /// A name holding the acronym itself gives its short form in parentheses, not the acronym's
  /// expansion ("KRB Bank (KRB)", "the WIDGETS and Science Act (WIDGETS)"): a corpus that writes
  /// it so, and uses it alone, uses it as a name the draft need not expand.
  @Test func aNameHoldingTheAcronymIsNoExpansionOfIt() throws {
    let corpus = try inventedCorpus([
      "sanctions.md": """
      The Treasury blocked the second largest financial institution, KRB Bank (KRB), with 20 subsidiaries. KRB holds a fifth of all assets.
      """,
      "act.md": """
      One year ago, the President signed into law the WIDGETS and Science Act (WIDGETS), a $53 billion investment. WIDGETS funding flows to ten states.
      """,
    ])
    func undefined(_ draft: String) -> [String] { flagged(draft, .acronymUndefined, corpus: corpus) }
    #expect(undefined("- KRB Bank was put under full blocking sanctions; KRB holds a fifth of all assets.").isEmpty)
    #expect(undefined("# Memo: WIDGETS implementation at the two-year mark").isEmpty)
    // In the draft, it defines nothing either: capitals the corpus never writes are reported.
    #expect(undefined("The Basin Water Council (BWC) met. The KRB Bank (KRB) and the XRT Fund (XRT) met.") == ["XRT"])
  }
}
