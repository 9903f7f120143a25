import DossierCore
import Testing

@Suite struct FactConflictTests {
  @Test func wrongYearNextToTheClaimIsFlagged() {
    #expect(flagged("Pakistan became a nuclear power in 1999.", .factConflict) == ["1999"])
  }

  @Test func rightYearIsNotFlagged() {
    #expect(flagged("Pakistan became a nuclear power in 1998.", .factConflict).isEmpty)
  }

  @Test func anotherEventsYearIsNotFlagged() {
    #expect(
      flagged("The 1999 Kargil conflict showed that the arsenals had not ended limited war.", .factConflict).isEmpty)
    #expect(flagged("The 2008 financial crisis hit exports hard.", .factConflict).isEmpty)
  }

  @Test func claimsAboutAnotherSubjectAreNotFlagged() {
    #expect(flagged("India conducted its nuclear tests in 1974, long before Pakistan.", .factConflict).isEmpty)
    #expect(flagged("After India's tests in 1974, Pakistan became a nuclear power in 1998.", .factConflict).isEmpty)
  }

  @Test func narrowedRelationIsFlaggedOnlyRightAfterTheMarker() {
    #expect(
      flagged("The designations were aimed solely at private firms.", .factConflict) == ["solely at private firms"])
    #expect(flagged("Analysts wrote that the sanctions only hurt private firms.", .factConflict).isEmpty)
    #expect(flagged("The sanctions targeted state-owned and private organizations.", .factConflict).isEmpty)
  }

  @Test func wrongCountIsFlagged() {
    #expect(flagged("India and Pakistan have fought four wars since 1947.", .factConflict) == ["four"])
    #expect(flagged("India and Pakistan have fought three wars since 1947.", .factConflict).isEmpty)
  }

  @Test func wrongYearOfWithdrawalIsFlagged() {
    #expect(flagged("Since the U.S. left Afghanistan in 2020, priorities have changed.", .factConflict) == ["2020"])
  }

  @Test func nearMissOfTheKnownOrderIsAWrongIdentifier() {
    let result = findings("The measures rest on Executive Order 13383.")
    #expect(result.contains { $0.rule == .factConflict })
  }

  @Test func findingCarriesEvidenceAndFix() throws {
    let result = findings("Pakistan became a nuclear power in 1999.")
    let finding = try #require(result.first { $0.rule == .factConflict })
    #expect(finding.severity == .error)
    #expect(finding.evidence.first?.quote.contains("1998") == true)
    #expect(finding.fixes.first?.edits.first?.newText == "1998")
  }
}

@Suite struct UnknownReferenceTests {
  @Test func unknownExecutiveOrderIsFlagged() {
    #expect(
      flagged("Officials also cited Executive Order 13224 as a basis.", .unknownReference) == ["Executive Order 13224"])
  }

  @Test func unknownResolutionAndDeclarationAreFlagged() {
    #expect(
      flagged("They cited UN Security Council Resolution 1540 as well.", .unknownReference) == [
        "UN Security Council Resolution 1540"
      ])
    #expect(flagged("Others point to the Simla Agreement and its aftermath.", .unknownReference) == ["Simla Agreement"])
  }

  @Test func knownOrderIsNotFlagged() {
    #expect(flagged("The legal basis is Executive Order 13382.", .unknownReference).isEmpty)
    #expect(flagged("The legal basis is EO 13382.", .unknownReference).isEmpty)
  }

  @Test func titleCaseHeadingIsNotAReference() {
    #expect(flagged("# The Balancing Act\n\nText follows here.", .unknownReference).isEmpty)
    #expect(flagged("## Background on the Trade Act\n\nText follows here.", .unknownReference).isEmpty)
    #expect(flagged("- Clean Air Act\n- Trade Act", .unknownReference).isEmpty)
  }

  @Test func aKnownNameWithALetterWrongIsLeftToTheNameCheck() throws {
    let corpus = try inventedCorpus([
      "a.md": "Section 2 of the James M. Inhofe National Defense Authorization Act for Fiscal Year 2023 applies."
    ])
    #expect(
      flagged(
        "They cited the Inhoffe National Defense Authorization Act in the debate.", .unknownReference, corpus: corpus
      ).isEmpty)
    #expect(
      flagged("They cited the Intelligence Authorization Act in the debate.", .unknownReference, corpus: corpus) == [
        "Intelligence Authorization Act"
      ])
  }

  @Test func aSymbolTheCorpusWritesInAnotherFormIsKnown() throws {
    let corpus = try inventedCorpus(["a.md": "The storage rules (EU/2022/1032) keep the filling target until 2027."])
    #expect(flagged("Regulation (EU) 2022/1032 sets the target.", .unknownReference, corpus: corpus).isEmpty)
    #expect(
      flagged("Regulation (EU) 2019/942 sets the target.", .unknownReference, corpus: corpus) == [
        "Regulation (EU) 2019/942"
      ])
  }

  @Test func aSentenceOfManyNamesOrAQuestionHeadingStillCites() {
    // More capitalised words than lower-case ones, but "opened" and "signature" are prose.
    #expect(
      flagged(
        "The European Union has its Artificial Intelligence Act, and the Council of Europe Framework Convention on Artificial Intelligence was opened for signature in September 2024.",
        .unknownReference) == [
          "Artificial Intelligence Act", "Council of Europe Framework Convention",
        ])
    #expect(
      flagged("### Does the Administration support the Algorithmic Accountability Act?", .unknownReference) == [
        "Algorithmic Accountability Act"
      ])
  }
}

@Suite struct TermVariantTests {
  @Test func closedAndOpenCompoundsAreVariants() {
    #expect(flagged("The nonproliferation regime is applied selectively.", .termVariant) == ["nonproliferation"])
  }

  @Test func britishSpellingOfACorpusWordIsAVariant() {
    #expect(flagged("The missile programme grew.", .termVariant) == ["programme"])
  }

  /// A plural variant names and is replaced by the preferred form's plural: the fix keeps the
  /// word's number.
  @Test func aPluralVariantIsReplacedByThePreferredPlural() throws {
    let finding = try #require(findings("The missile programmes grew.").first { $0.rule == .termVariant })
    #expect(finding.message == "the corpus writes \"programs\", not \"programmes\"")
    #expect(finding.fixes.first?.edits.first?.newText == "programs")
    let corpus = try inventedCorpus([
      "grid.md": "The plan adds on-grid, mini-grid, and off-grid solutions. Each month the staff analyze the data."
    ])
    let document = DraftDocument("The phase adds 320 megawatts of minigrids. They plan comparative analyses.")
    let variants = Analyzer.findings(in: document, corpus: corpus).filter { $0.rule == .termVariant }
    #expect(variants.map(\.message) == ["the corpus writes \"mini-grids\", not \"minigrids\""])
    #expect(variants.first?.fixes.first?.edits.first?.newText == "mini-grids")
  }

  @Test func referenceSpellingVariantIsFlagged() {
    #expect(flagged("The order is E.O. 13382.", .termVariant) == ["E.O. 13382"])
    #expect(flagged("It was Executive Order No. 13382.", .termVariant) == ["Executive Order No. 13382"])
  }

  @Test func aReferenceSpellingTheCorpusWritesItselfIsItsOwn() throws {
    let corpus = try inventedCorpus([
      "orders.md": """
      On February 24, 2021, the President signed E.O. 14017 on supply chains.
      Executive Order 14017 directed a review. Executive Order 14017 set deadlines.
      """
    ])
    #expect(flagged("The review followed E.O. 14017.", .termVariant, corpus: corpus).isEmpty)
    #expect(
      flagged("The review followed Executive Order No. 14017.", .termVariant, corpus: corpus) == [
        "Executive Order No. 14017"
      ])
  }

  @Test func preferredFormsAndProperNamesAreNotFlagged() {
    #expect(flagged("The non-proliferation program and EO 13382.", .termVariant).isEmpty)
    #expect(flagged("The Bureau of International Security and Nonproliferation leads.", .termVariant).isEmpty)
  }

  @Test func codeAndFrontMatterAreNotChecked() {
    let draft = "---\ntags: [nonproliferation]\n---\n\nSee `nonproliferation` and\n\n```\nnonproliferation\n```\n"
    #expect(flagged(draft, .termVariant).isEmpty)
  }

  @Test func fixKeepsTheWritersCapital() throws {
    let finding = try #require(findings("Programme funding grew.").first { $0.rule == .termVariant })
    #expect(finding.fixes.first?.edits.first?.newText == "Program")
  }
}

@Suite struct AcronymUndefinedTests {
  @Test func useBeforeTheExpansionIsFlaggedOnce() {
    let draft = "The WMD threat grew.\n\nThey target weapons of mass destruction (WMD). WMD again."
    #expect(flagged(draft, .acronymUndefined) == ["WMD"])
    let document = DraftDocument(draft)
    let finding = Analyzer.findings(in: document, corpus: .embedded).first { $0.rule == .acronymUndefined }
    #expect(finding?.range.lowerBound == 4)
  }

  @Test func neverExpandedAcronymIsFlagged() {
    #expect(flagged("Pakistan's planners answer to the SPD.", .acronymUndefined) == ["SPD"])
  }

  @Test func definedAcronymsAndExemptionsAreNotFlagged() {
    #expect(
      flagged("The National Development Complex (NDC) is state-owned. The NDC matters.", .acronymUndefined).isEmpty)
    #expect(flagged("The US and the UN met. A.Q. Khan and World War II. After 9/11.", .acronymUndefined).isEmpty)
    #expect(
      flagged("An intercontinental ballistic missile (ICBM) would differ; no ICBM exists.", .acronymUndefined).isEmpty)
    #expect(flagged("The authority is EO 13382.", .acronymUndefined).isEmpty)
  }

  @Test func knownExpansionIsOffered() throws {
    let finding = try #require(findings("No WMD programme.").first { $0.rule == .acronymUndefined })
    #expect(finding.fixes.first?.edits.first?.newText == "weapons of mass destruction (WMD)")
  }
}

@Suite struct NameMisspelledTests {
  @Test func nearMissesOfCorpusNamesAreFlagged() {
    #expect(flagged("Islamabd rejected the move.", .nameMisspelled) == ["Islamabd"])
    #expect(flagged("Treating Pakisatn's arsenal as a problem.", .nameMisspelled) == ["Pakisatn"])
  }

  @Test func derivedFormsAndOtherNamesAreNotFlagged() {
    #expect(
      flagged("Pakistanis, Kashmiri politics, Islamabad's leaders, Rawalpindi and Bangladesh.", .nameMisspelled).isEmpty
    )
    #expect(flagged("## Asks\n\nNone.", .nameMisspelled).isEmpty)
  }

  @Test func theNameInTheOtherSpellingConventionIsNotFlagged() throws {
    let corpus = try inventedCorpus([
      "a.md": """
      The Department of Defense reviewed the request. The Secretary of Defense signed it.
      Officials in Defense policy offices agreed with the Treasury.
      """
    ])
    // "Defence" is "Defense" as British English spells it: the British ministry's own name.
    #expect(flagged("The British Ministry of Defence agreed.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Department of Defanse agreed.", .nameMisspelled, corpus: corpus) == ["Defanse"])
  }
}

@Suite struct QuoteMismatchTests {
  @Test func changedWordIsFlagged() {
    let draft =
      "One analysis warns the measures could \"weaken regional stability-building efforts, and complicate the global non-proliferation regime.\""
    #expect(flagged(draft, .quoteMismatch) == ["global"])
  }

  @Test func droppedWordIsFlaggedWithTheSourceWording() throws {
    let draft =
      "Analysts warn such actions \"might not only exacerbate tensions but embolden Pakistan to deepen its collaboration\"."
    let finding = try #require(findings(draft).first { $0.rule == .quoteMismatch })
    #expect(finding.message.contains("but also embolden"))
    #expect(finding.fixes.first?.edits.map(\.newText) == ["also "])
  }

  /// An article opening a quoted fragment in place of a source word leads into the fragment; any
  /// other word there is a change.
  @Test func anArticleLeadingIntoAFragmentIsNoChange() {
    #expect(flagged("It warned of \"the already delicate security balance\" today.", .quoteMismatch).isEmpty)
    #expect(
      flagged("It warned of \"Europe's already delicate security balance\" today.", .quoteMismatch) == ["Europe's"])
  }

  /// An article the source writes just before the word a quotation's article stands for: a word
  /// dropped after it.
  @Test func anArticleBeforeADroppedWordIsStillAChange() throws {
    let corpus = try inventedCorpus([
      "declaration.md":
        "The Assembly declares that it is in the interest of the very survival of humanity that nuclear weapons are never used again."
    ])
    let draft =
      "It says it is in the interest of \"the survival of humanity that nuclear weapons are never used again\"."
    #expect(!flagged(draft, .quoteMismatch, corpus: corpus).isEmpty)
  }

  @Test func exactPartialAndCurlyQuotesAreNotFlagged() {
    #expect(flagged("It warned of “South Asia’s already delicate security balance” today.", .quoteMismatch).isEmpty)
    #expect(
      flagged("> “The sanctions could inadvertently deepen the security dilemma in South Asia.”", .quoteMismatch)
        .isEmpty)
    #expect(flagged("Officials called it \"unfortunate and biased\" at once.", .quoteMismatch).isEmpty)
  }
}

@Suite struct SuppressionTests {
  @Test func disableNextLineSilencesOneRule() {
    let draft =
      "<!-- dossier-disable-next-line term-variant -->\nThe nonproliferation regime.\nThe nonproliferation regime."
    #expect(flagged(draft, .termVariant).count == 1)
  }

  @Test func disableRegionSilencesAllRules() {
    let draft = "<!-- dossier-disable -->\nIslamabd and nonproliferation.\n<!-- dossier-enable -->\nIslamabd."
    #expect(findings(draft).count == 1)
  }
}
