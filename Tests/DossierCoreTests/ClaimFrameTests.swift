import Testing

@testable import DossierCore

/// Claim frames and their alignment, end to end through `fact-conflict`, on an invented corpus
/// about a river commission (no knowledge file).
@Suite struct ClaimFrameTests {
  static let files = [
    "charter.txt": """
    The river commission shall consist of 12 members with recognized expertise in hydrology, elected by the basin states on the basis of equitable representation, with two members each from the upstream states.
    The basin states shall review the sediment plan in 2026 and every five years thereafter unless otherwise decided.
    The secretariat estimates that dam operations have reduced sediment flows by around 40 per cent since the baseline.
    The commission held its inaugural meeting on March 3, 2011, in Vientiane.
    The river commission meets quarterly at the level of senior officials.
    The fishery fund is supported by a budget of at least $8 million for the delta provinces.
    Article 6 of the charter sets out the sediment plan.
    Article 13 of the charter sets out the dispute procedure.
    """,
    "report.md": """
    # Annual report

    Delegates of the commission met 14 times with the fishing cooperatives in the upper basin.
    Observers counted 30 delegates with the fishing cooperatives in the lower basin.
    """,
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }

  /// The claim frames of the first sentence of `text`, read as a draft's.
  static func frames(of text: String) -> [ClaimFrame] {
    let prose = DraftDocument(text).prose[0]
    let sentence = prose.sentences[0]
    let values = ValueReader.values(in: prose, sentence: sentence)
    return ClaimFrameReader.frames(in: prose, sentence: sentence, values: values, previous: [])
  }

  @Test func countAlignedOnHeadAndSubject() {
    #expect(conflicts("The river commission consists of ten members with recognized expertise.") == ["ten"])
    #expect(conflicts("The river commission consists of 12 members with recognized expertise.").isEmpty)
    // The same number of something else, or of members of another body, is not about this claim.
    #expect(conflicts("The drafting group had ten members from the ministries.").isEmpty)
  }

  @Test func frequencyDurationPercentAmount() {
    #expect(conflicts("The basin states review the sediment plan on a four-year cycle.") == ["four-year cycle"])
    #expect(conflicts("The basin states review the sediment plan every five years.").isEmpty)
    #expect(conflicts("The river commission meets twice a year at the level of senior officials.") == ["twice a year"])
    #expect(conflicts("The river commission meets four times a year at the level of senior officials.").isEmpty)
    #expect(conflicts("Dam operations have reduced sediment flows by around 60 per cent.") == ["60 per cent"])
    #expect(conflicts("Dam operations have reduced sediment flows by about 40% since then.").isEmpty)
    #expect(conflicts("The fishery fund has a budget of at least $80 million for the delta.") == ["$80 million"])
    #expect(conflicts("The fishery fund has a budget of at least $8,000,000 for the delta.").isEmpty)
  }

  @Test func datesAndYears() {
    #expect(
      conflicts("The commission's inaugural meeting was held on March 13, 2011, in Vientiane.") == ["March 13, 2011"])
    #expect(conflicts("The commission's inaugural meeting was held on 3 March 2011 in Vientiane.").isEmpty)
    // A date of another event, with some of the same words, is not a conflict.
    #expect(conflicts("The commission's website was relaunched on March 13, 2015.").isEmpty)
  }

  @Test func aYearIsTheTimeOfWhatTookPlace() {
    func frame(_ text: String) -> ClaimFrame? { Self.frames(of: text).first { $0.value.kind == .year } }
    // "took place", "was held": the year is the time of the thing, named or not, and the verb's
    // words are no subject words.
    let summit = frame("The second basin summit took place in Vientiane in 2019.")
    #expect(summit?.anchor == TokenText(WordForms.stem("summit")))
    #expect(summit?.subject.contains(TokenText("place")) == false)
    #expect(frame("COP21 took place in Paris in 2015.")?.anchor == TokenText(WordForms.stem("cop21")))
    #expect(
      frame("The inaugural meeting was held in Vientiane in 2011.")?.anchor == TokenText(WordForms.stem("meeting")))
    // Otherwise the nearest word before the year is what it is the time of.
    #expect(frame("The basin states adopted the charter in 2011.")?.anchor == TokenText(WordForms.stem("charter")))
    #expect(frame("The basin states took the plan in 2011.")?.anchor == TokenText(WordForms.stem("plan")))
  }

  @Test func aHeadingsValuesNameWhatFollows() {
    #expect(conflicts("The commission held its inaugural meeting on March 4, 2011, in Vientiane.") == ["March 4, 2011"])
    #expect(conflicts("## The commission held its inaugural meeting on March 4, 2011, in Vientiane\n\nText.").isEmpty)
  }

  @Test func aCountIsOfTheNounNotOfTheSizeAfterIt() {
    func head(_ text: String) -> TokenText? { Self.frames(of: text).first?.head }
    #expect(head("Passwords must be at least 8 characters long.") == TokenText(WordForms.stem("characters")))
    #expect(head("The delegation was 40 members strong.") == TokenText(WordForms.stem("members")))
    #expect(head("The board held three long sessions.") == TokenText(WordForms.stem("sessions")))
  }

  @Test func aCountIsOfTheNounNotOfTheVerbAfterIt() {
    func head(_ text: String) -> TokenText? { Self.frames(of: text).first?.head }
    #expect(head("Twelve countries signed the pact.") == TokenText(WordForms.stem("countries")))
    #expect(head("Nine agencies completed risk assessments.") == TokenText(WordForms.stem("agencies")))
    // Before the noun, a word in "-ed" describes it.
    #expect(head("The raid left 46 injured sailors.") == TokenText(WordForms.stem("sailors")))
    #expect(head("The fleet sent three red flags.") == TokenText(WordForms.stem("flags")))
    // A word in "-ing" after a plural noun is what the noun does.
    #expect(
      head("It reached 150 electricity utilities representing 90 million customers.")
        == TokenText(WordForms.stem("utilities")))
    #expect(
      head("At least 55 Parties accounting for most emissions ratified it.") == TokenText(WordForms.stem("parties")))
    // A name counted whole ends with its plural; one that does not is counted by its first word.
    #expect(
      head("The Administration counts nine Investing in America Workforce Hubs.") == TokenText(WordForms.stem("hubs")))
    #expect(head("The board seated 12 Members of Parliament.") == TokenText(WordForms.stem("members")))
    #expect(head("It runs 12 Field Offices in Texas.") == TokenText(WordForms.stem("offices")))
    #expect(head("It funds nine Centers in Texas.") == TokenText(WordForms.stem("centers")))
    #expect(head("It funds 40 Universities and Research Institutes.") == TokenText(WordForms.stem("universities")))
    // Before the noun, it describes it.
    #expect(head("The region has two mining companies.") == TokenText(WordForms.stem("companies")))
    #expect(head("The plan funds 12 training centres.") == TokenText(WordForms.stem("centres")))
  }

  @Test func abstainsOnAmbiguityAndIdentifiers() {
    // The corpus gives 14 and 30 for things near "fishing cooperatives": ambiguous.
    #expect(conflicts("Delegates met 20 times with the fishing cooperatives in the basin.").isEmpty)
    // "two members each" is per group, not the size of the commission.
    #expect(conflicts("The upstream states hold three members each on the river commission.").isEmpty)
    // An article number is a reference, not a count.
    #expect(conflicts("Article 6 of the charter sets out the dispute procedure.").isEmpty)
    // A negated clause states no value.
    #expect(conflicts("The river commission does not consist of ten members with recognized expertise.").isEmpty)
  }

  @Test func messageAndEvidence() {
    let draft = DraftDocument("The river commission consists of ten members with recognized expertise.")
    let finding = Analyzer.findings(in: draft, corpus: corpus).first { $0.rule == .factConflict }
    #expect(finding?.message.contains("12") == true)
    #expect(finding?.evidence.first?.document == "charter.txt")
    #expect(finding?.evidence.first?.line == 1)
  }

  /// A list item of an order ending "; and" states what it says, as one ending ";" does.
  @Test func aListItemEndingWithSemicolonAndIsAClause() throws {
    let corpus = try inventedCorpus([
      "order.md": """
      The board shall report on:

      (a) the sediment plan of the upper basin, which shall be reviewed by a panel of 12 members; and

      (b) the fishery fund.
      """
    ])
    #expect(
      flagged("The sediment plan is reviewed by a panel of 10 members.", .factConflict, corpus: corpus) == ["10"])
    #expect(flagged("The sediment plan is reviewed by a panel of 12 members.", .factConflict, corpus: corpus).isEmpty)
  }

  /// An acronym in parentheses is part of its clause, not the end of it.
  @Test func anAcronymInParenthesesDoesNotEndTheClause() throws {
    let corpus = try inventedCorpus([
      "order.md": "The Secretary of State shall suspend the Refugee Admissions Program (USRAP) for 120 days."
    ])
    #expect(
      flagged("The order suspended the Refugee Admissions Program for 180 days.", .factConflict, corpus: corpus)
        == ["180 days"])
    #expect(
      flagged("The order suspended the Refugee Admissions Program for 120 days.", .factConflict, corpus: corpus)
        .isEmpty)
    // Parentheses around anything else still end the clause.
    let aside = try inventedCorpus([
      "order.md": "The Secretary of State shall suspend the Refugee Admissions Program (as amended) for 120 days."
    ])
    #expect(
      flagged("The order suspended the Refugee Admissions Program for 180 days.", .factConflict, corpus: aside).isEmpty)
  }

  /// A statement set aside for the names it lacks, yet closer to the draft's words than the one
  /// that names them: the draft may be about it, so nothing is reported. (A closing attribution
  /// names the claim's source, not what it is about: it sets nothing aside.)
  @Test func aCloserStatementSetAsideForItsNamesLeavesNoConflict() throws {
    let corpus = try inventedCorpus([
      "pact.txt": "Human activities have caused around 1.1 °C of warming to date across every region.",
      "summit.md": "Paris set the goal of limiting warming, aiming for 1.5 degrees, and Glasgow must deliver it.",
    ])
    #expect(
      flagged(
        "In Glasgow, human activities have already caused around 1.2 °C of warming, and Paris set the goal.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Human activities have already caused around 1.2 °C of warming, the Glasgow summit warned.",
        .factConflict, corpus: corpus) == ["1.2 °C"])
    // Without the name, the closer statement aligns, and its value is the corpus's.
    #expect(
      flagged("Human activities have already caused around 1.2 °C of warming to date.", .factConflict, corpus: corpus)
        == ["1.2 °C"])
  }
}

extension ClaimFrameTests {
  /// A date of the very thing an order's own text dates ("its missile test of March 3, 2021"),
  /// in a clause that names the order, shares one word fewer: the order is what ties them. Not
  /// without the order, nor the time of something else the same sentence dates.
  @Test func aDateOfTheSameThingNamedThroughItsOrderAligns() throws {
    let corpus = try inventedCorpus([
      "order-14901.md": """
      # Executive Order 14901 of April 2, 2021

      The actions of the Government of the Republic, including its cruise missile launches of February 9 and February 27, 2021, and its missile test of March 3, 2021, constitute a threat to the region.
      """
    ])
    #expect(
      flagged(
        "Executive Order 14901 followed months of rising tension and the missile test of March 4, 2021.",
        .factConflict, corpus: corpus) == ["March 4, 2021"])
    #expect(
      flagged(
        "Executive Order 14901 followed months of rising tension and the missile test of March 3, 2021.",
        .factConflict, corpus: corpus
      ).isEmpty)
    // Without the order, another missile test may be meant.
    #expect(flagged("The first missile test, on March 4, 2021, came earlier.", .factConflict, corpus: corpus).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A value in parentheses restates the words before them; a sum in the draft's clause says
  /// which statement it means: another statement with another sum is not the draft's.
  @Test func aValueInParenthesesAndASumBesideItSayWhichStatementIsMeant() throws {
    let may = try inventedCorpus([
      "may.md": "The board announced relief measures of $9.4 billion (4.6 per cent of national output) in May."
    ])
    #expect(
      flagged("The board's relief measures came to 5.6 per cent.", .factConflict, corpus: may) == ["5.6 per cent"])
    #expect(flagged("The board's relief measures came to 4.6 per cent.", .factConflict, corpus: may).isEmpty)
    let october = try inventedCorpus([
      "october.md":
        "The board said relief measures of $12.3 billion or 6.1 per cent of national output kept liquidity abundant."
    ])
    #expect(
      flagged(
        "The relief measures added up to $9.4 billion, about 4.6 per cent of national output.", .factConflict,
        corpus: october
      ).isEmpty)
    #expect(
      flagged("The relief measures added up to about 4.6 per cent of national output.", .factConflict, corpus: october)
        == ["4.6 per cent"])
  }
}

extension ClaimFrameTests {
  /// Of the statements a draft's value aligns with, those whose sentences give the draft's other
  /// values (its date) are the ones it is compared with; without a date, several levels stated at
  /// several times leave nothing certain.
  @Test func theStatementGivingTheDraftsDateIsTheOneComparedWith() throws {
    let corpus = try inventedCorpus([
      "february.md": "The country's foreign exchange reserves stood at $363.1 billion, a comfortable level.",
      "january.md": "The country's foreign exchange reserves were placed at $576.8 billion as on January 27, 2023.",
      "march.md":
        "At the end of March 2021, the country's foreign exchange reserves increased to $577.0 billion, held mostly in bonds.",
    ])
    // (A statement of another time, closer in words, is set aside; unless it states the draft's
    // value, when the draft may have its date wrong instead.)
    #expect(
      flagged(
        "At the end of January 2023 the country held $577.0 billion in foreign exchange reserves.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "At the end of January 2023 the country held $567.8 billion in foreign exchange reserves.", .factConflict,
        corpus: corpus) == ["$567.8 billion"])
    #expect(
      flagged(
        "At the end of January 2023 the country held $576.8 billion in foreign exchange reserves.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged("The country held $567.8 billion in foreign exchange reserves.", .factConflict, corpus: corpus).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A statement giving the draft's other value ("to 4.90 per cent") is the one the draft means,
  /// even when another one, giving none, states the draft's value.
  @Test func theStatementGivingTheDraftsOtherValueOutweighsOneGivingNone() throws {
    let corpus = try inventedCorpus([
      "june.md": "The committee decided to increase the policy repo rate by 50 basis points to 4.90 per cent.",
      "august.md": "One member would like to cut the policy repo rate by 40 bps at this meeting.",
    ])
    #expect(
      flagged(
        "The committee lifted the policy repo rate by 40 basis points to 4.90 per cent.", .factConflict, corpus: corpus)
        == ["40 basis points"])
    #expect(
      flagged(
        "The committee lifted the policy repo rate by 50 basis points to 4.90 per cent.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged("The committee lifted the policy repo rate by 40 basis points.", .factConflict, corpus: corpus).isEmpty)
  }
}

extension ClaimFrameTests {
  /// The times and sums of a clause coordinated after a comma ("…, and wants … by 2030") are that
  /// clause's own: they do not say which statement the value before them means.
  @Test func aCoordinatedClausesValuesAreNotTheValuesCompanions() throws {
    let corpus = try inventedCorpus([
      "order.md": "The order aims at attracting $50 billion of additional investment in regional ports by 2028.",
      "station.md": "A commercial station should replace the old platform by 2030.",
    ])
    let draft = "It aims at attracting $15 billion of additional investment in regional ports by 2028"
    #expect(
      flagged(
        draft + ", and wants a commercial station to replace the platform by 2030.", .factConflict, corpus: corpus)
        == ["$15 billion"])
    // Without the comma and "and", 2030 is a time of the same clause, which the order does not give.
    #expect(
      flagged(draft + " or by 2030 at the latest.", .factConflict, corpus: corpus).isEmpty)
    // A list of years goes on after ", and 2030".
    #expect(
      flagged(
        "It aims at attracting $15 billion of additional investment in regional ports in 2026, 2027, and 2030.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A rank of a series the corpus tells is no conflict with another member's rank.
  @Test func aRankTheCorpusGivesOfTheSameThingIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "summit.md": "The leaders welcomed the first cohort of river fellows at the summit in Hanoi.",
      "later.md": "A second cohort of fellows began its studies a year later.",
    ])
    #expect(
      flagged("The leaders welcomed the second cohort of river fellows.", .factConflict, corpus: corpus).isEmpty)
    #expect(
      flagged("The leaders welcomed the third cohort of river fellows at the summit.", .factConflict, corpus: corpus)
        == ["third"])
  }
}

extension ClaimFrameTests {
  /// Of statements giving other values, one far closer to the draft's words is the one it means.
  @Test func aFarCloserStatementIsTheOneMeant() throws {
    let corpus = try inventedCorpus([
      "export.md":
        "The ministry is imposing new export restrictions on nearly 100 entities for providing backdoor support to the smuggling network.",
      "sanctions.md": "Today the ministry is imposing new sanctions on nearly 400 entities in the region.",
    ])
    #expect(
      flagged(
        "New export restrictions hit nearly 300 entities for giving backdoor support to the smuggling network.",
        .factConflict,
        corpus: corpus) == ["300"])
    // Not far closer: either may be meant.
    #expect(flagged("New measures on nearly 300 entities were imposed.", .factConflict, corpus: corpus).isEmpty)
  }

  /// The date of an order numbered in the corpus is that order's: a draft's date for orders it
  /// does not number is about others.
  @Test func aNumberedOrdersDateIsNotAnUnnumberedOnes() throws {
    let corpus = try inventedCorpus([
      "sheet.md":
        "The working group supported efforts against organized crime under Executive Order 13773 of February 9, 2017."
    ])
    #expect(
      flagged(
        "The administration issued two executive orders on organized crime in December 2021.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "The working group supported efforts against organized crime under Executive Order 13773 of March 9, 2017.",
        .factConflict, corpus: corpus) == ["March 9, 2017"])
  }
}

extension ClaimFrameTests {
  /// A precise value the corpus states of something the draft's clause names is the corpus's own.
  @Test func aPreciseValueTheCorpusStatesIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "cost.md": """
      - **Loss of life:** $1.11 trillion. This estimate multiplies the lives lost by the value of a statistical life.

      The analysts adjusted the $10.1 million value of a statistical life for inflation.
      """
    ])
    #expect(
      flagged(
        "Loss of life is put at $1.11 trillion, using the value of a statistical life.", .factConflict, corpus: corpus
      ).isEmpty)
    #expect(FrameAlignment.hasThreeSignificantDigits(ClaimFrameTests.frames(of: "It cost $1.11 trillion.")[0].value))
    #expect(!FrameAlignment.hasThreeSignificantDigits(ClaimFrameTests.frames(of: "It cost $13.0 million.")[0].value))
    #expect(!FrameAlignment.hasThreeSignificantDigits(ClaimFrameTests.frames(of: "It rose 28%.")[0].value))
    #expect(FrameAlignment.hasThreeSignificantDigits(ClaimFrameTests.frames(of: "It rose 11.2%.")[0].value))
    // However large, a sum is read without overflowing.
    #expect(
      FrameAlignment.hasThreeSignificantDigits(
        ClaimFrameTests.frames(of: "It holds $123000000000000000000000 in reserves.")[0].value))
    #expect(
      !FrameAlignment.hasThreeSignificantDigits(
        ClaimFrameTests.frames(of: "It holds $100000000000000000000 in reserves.")[0].value))
  }
}

extension ClaimFrameTests {
  /// "The first decline in five years" gives the time since the last decline, not a length of
  /// time something lasts.
  @Test func theTimeSinceARankIsNoLengthOfTime() throws {
    let corpus = try inventedCorpus([
      "deaths.md": "Overdose deaths fell over the 12 months ending in March, the data show, and treatment expanded.",
      "trend.md": "It was the first decline in overdose deaths in five years.",
    ])
    #expect(
      flagged("Overdose deaths fell 10 percent, the first decline in five years.", .factConflict, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("It was the first decline in overdose deaths in six years.", .factConflict, corpus: corpus) == [
        "six years"
      ])
    #expect(
      flagged("Overdose deaths fell over the 10 months ending in March.", .factConflict, corpus: corpus) == [
        "10 months"
      ])
    // With a verb between, the time is the verb's.
    let head = { (text: String) in ClaimFrameTests.frames(of: text).first { $0.value.kind == .duration }?.head }
    #expect(head("The first tranche will be disbursed in two years.") == ClaimFrameReader.durationHead)
    #expect(head("It was the first decline in five years.") == ClaimFrameReader.durationSinceHead)
  }
}

extension ClaimFrameTests {
  /// "Another" says nothing of what a sum is for.
  @Test func aDeterminerIsNoSharedWord() throws {
    let corpus = try inventedCorpus([
      "aid.md": "The ministry pledged another $1 billion for the delta provinces."
    ])
    #expect(flagged("The governor pledged another $800 million for schools.", .factConflict, corpus: corpus).isEmpty)
    #expect(
      flagged("The ministry pledged another $2 billion for the delta provinces.", .factConflict, corpus: corpus) == [
        "$2 billion"
      ])
  }
}

/// Statements a periodic corpus repeats (every meeting sets a rate, every set of minutes dates its
/// meeting): a share of a named thing is of that thing, and a value the corpus states of the
/// same thing elsewhere is no conflict.
@Suite struct RepeatedStatementTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "august.md": """
      The Monetary Policy Committee sets policy to meet the 2% inflation target and sustain growth.

      These are the minutes of the Monetary Policy Committee meeting ending on 2 August 2023.
      """,
      "rates.md": "In August the MPC voted to increase Bank Rate by 0.25 percentage points, to 5.25%.",
      "may.md": """
      The Monetary Policy Committee sets policy to meet the 2% inflation target and sustain growth.

      The minutes of the Committee meeting ending on 8 May 2024 will be published by the Bank on 9 May 2024.

      At its meeting ending on 8 May 2024, the MPC voted by a majority of 7–2 to maintain Bank Rate at 5.25%.
      """,
    ])
  }

  func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }

  @Test func aShareOfANamedThingIsOfThatThing() {
    func head(_ text: String) -> String? { ClaimFrameTests.frames(of: text).first?.head.string }
    #expect(head("The Committee kept the 2% inflation target.") == "%" + WordForms.stem("target"))
    #expect(head("The Committee cut Bank Rate to 5% in August.") == "%")
    // A rate per time is of nothing after it.
    #expect(head("The budget grows 10 percent year over year.") == "%")
    // Bank Rate at 5% is no share of the inflation target.
    #expect(conflicts("The Monetary Policy Committee cut Bank Rate to 5% in August 2024.").isEmpty)
    #expect(conflicts("The Monetary Policy Committee sets policy to meet a 3% inflation target.") == ["3%"])
  }

  @Test func aValueTheCorpusStatesOfTheSameThingIsNoConflict() {
    // The corpus dates two meetings; this one's date is stated, in the minutes' opening line.
    let draft =
      "The last increase came at the meeting ending on 2 August 2023, when the Committee raised Bank Rate by 25 basis points."
    #expect(conflicts(draft).isEmpty)
  }

  @Test func anotherMeetingsValueWithAnotherRateIsNoWitness() throws {
    let corpus = try inventedCorpus([
      "june.md":
        "In June 2022 the committee decided to increase the policy repo rate by 50 basis points to 4.90 per cent.",
      "may.md":
        "In May 2022 the committee decided to increase the policy repo rate by 40 basis points to 4.40 per cent.",
    ])
    #expect(
      flagged(
        "In June 2022 the committee lifted the policy repo rate by 40 basis points to 4.90 per cent.", .factConflict,
        corpus: corpus) == ["40 basis points"])
  }

  @Test func aVoteIsComparedWithTheVoteOfTheSameDecision() {
    #expect(conflicts("In May 2024 the MPC voted 8–1 to maintain Bank Rate at 5.25%.") == ["8–1"])
    #expect(conflicts("In May 2024 the MPC voted by seven votes to two to maintain Bank Rate at 5.25%.").isEmpty)
  }

  @Test func aPeriodsRankAndAComparisonsBaseClaimNothing() throws {
    let corpus = try inventedCorpus([
      "q1.md": """
      Solar power generation reached 45 TWh, a record level for the first quarter of the year.

      Gas consumption was 8% higher than the same quarter of 2023, and imports rose too.
      """
    ])
    #expect(
      flagged("Solar power generation reached a record level in the second quarter.", .factConflict, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("Gas consumption in the first quarter of 2025 was 8% higher year on year.", .factConflict, corpus: corpus)
        .isEmpty)
    // A deadline is the clause's own time.
    func frameKinds(_ text: String) -> [TypedValue.Kind] { ClaimFrameTests.frames(of: text).map(\.value.kind) }
    #expect(frameKinds("The owner must divest no later than June 6, 2013.") == [.date])
    #expect(frameKinds("Consumption was 8% higher than in 2023.") == [.percent])
  }

  @Test func percentagePointsAreBasisPoints() {
    #expect(conflicts("In August the MPC voted to increase Bank Rate by 25 basis points, to 5.25%.").isEmpty)
    #expect(
      conflicts("In August the MPC voted to increase Bank Rate by 50 basis points, to 5.25%.") == ["50 basis points"])
  }
}

/// Clauses that say the same thing in other forms: a verb in another form ("saved", "saving"),
/// a length written as a modifier ("a 37-year career"); and generic words that do not make two
/// clauses one ("came down", "coming down").
@Suite struct ClauseFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "fund.md": """
      Over the past 20 years, the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund) has invested \
      more than $53 billion, saving 44 million lives and reducing the combined death rate from HIV, TB, and malaria \
      by more than half.
      """,
      "director.md": "Over the course of his 37-year career, the director has led military hospitals.",
      "agenda.md": "Initially, the GHSA was launched as a 5-year effort that began in 2014.",
      "minutes.md": "With inflation forecast coming down, quarterly growth forecasts were revised downwards.",
    ])
  }

  func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }

  @Test func aVerbInAnotherFormStatesTheSameClause() {
    #expect(
      conflicts("Over twenty years the Global Fund has invested more than $53 billion and saved 40 million lives.")
        == ["40 million"])
    #expect(conflicts("The Global Fund has invested more than $53 billion and saved 44 million lives.").isEmpty)
  }

  @Test func aLengthWrittenAsAModifierIsALength() {
    #expect(conflicts("The director brings a 35-year career in military hospitals.") == ["35-year"])
    #expect(conflicts("The director brings a 37-year career in military hospitals.").isEmpty)
    // Its unit stays a word of the clause: two clauses about one five-year effort share it.
    #expect(conflicts("The GHSA began in 2015 as a five-year effort.") == ["2015"])
  }

  @Test func particlesAndShortVerbsDoNotMakeOneClause() {
    let draft = "When the talks came down to the wire, the parties agreed. They promised to come back every five years."
    #expect(conflicts(draft).isEmpty)
  }
}

extension ClaimFrameTests {
  /// "lower tariffs by 115%" says how much a tariff changed; "stood at 20%" what it came to: the
  /// one is no statement of the other. Changes compare with changes, levels with levels, and a
  /// value that says neither with both.
  @Test func aChangeIsNoStatementOfALevel() throws {
    let corpus = try inventedCorpus([
      "deal.md": "Freedonia and Sylvania will each lower tariffs by 115% while retaining an additional 10% tariff.",
      "copper.md": "The tariff on copper imports stood at 50% after the review.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("By April the tariff on Sylvania stood at 20%.").isEmpty)
    #expect(conflicts("Freedonia and Sylvania will each lower tariffs by 90%.") == ["90%"])
    #expect(conflicts("The tariff on copper imports stood at 40% after the review.") == ["40%"])
    #expect(conflicts("Freedonia and Sylvania will each lower tariffs 90% while retaining a tariff.") == ["90%"])
    #expect(ClaimFrameTests.frames(of: "Tariffs fell by about 20% in May.").map(\.relation) == [.change])
    #expect(ClaimFrameTests.frames(of: "Tariffs rose to at least 20% in May.").map(\.relation) == [.level])
    #expect(ClaimFrameTests.frames(of: "The budget holds a 20% reserve.").map(\.relation) == [.unstated])
  }

  /// A statement that shares only the draft's year is not the draft's when another shares more of
  /// its words: "with 31% of gas imports in the first quarter of 2025" is the "share of 31% in
  /// total gas imports", not "refill gas storage to 90%" for "summer 2025".
  @Test func aStatementSharingOnlyTheYearIsNotCloserThanOneSharingTheWords() throws {
    let corpus = try inventedCorpus([
      "quarter.md": "Norway remained the largest gas supplier with a share of 31% in total gas imports of the union.",
      "storage.md":
        "To meet summer 2025 gas needs and refill gas storage of the union to 90% by next winter, the agency estimates that flows must remain high.",
    ])
    #expect(
      flagged(
        "Norway remained the largest supplier in the first quarter of 2025, with 31% of the union's gas imports.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Norway remained the largest gas supplier with a share of 41% in total gas imports.", .factConflict,
        corpus: corpus)
        == ["41%"])
  }
}

extension ClaimFrameTests {
  /// Through its document, a statement aligns only where no name of the draft's clause is named
  /// in part: "Ensuring American Space Superiority" is another name than a fact sheet's "American
  /// Space Achievement".
  @Test func aNameTheDocumentsTitleNamesInPartIsAnotherName() throws {
    let corpus = try inventedCorpus([
      "fact-sheet-american-space-achievement.md": """
      In August 2025, President Trump signed an executive order to enable competition in the commercial space industry.
      """
    ])
    #expect(
      flagged(
        "The meeting is on Ensuring American Space Superiority, the executive order the President signed on December 18, 2025.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "As American Space Achievement recalls, President Trump signed in December 2025 an executive order to enable competition in the commercial space industry.",
        .factConflict, corpus: corpus) == ["December 2025"])
  }

  /// A corpus sentence naming everything the draft's clause names, and giving its value, may be
  /// the draft's statement even when its clause's words are others.
  @Test func aSentenceNamingAllTheClausesNamesWithItsValueLeavesNoConflict() throws {
    let corpus = try inventedCorpus([
      "order.md": """
      Within 180 days, the Administrator of NASA and the Secretary of State shall review the national space launch plan.

      Within 120 days of the date of this order, the Administrator of NASA, in coordination with the Secretary of State and the APST, shall ensure that international civil space cooperation arrangements involving NASA support the policy priorities in this order.
      """
    ])
    #expect(
      flagged(
        "Within 120 days, NASA, with the Secretary of State and the APST, makes sure its international civil space cooperation arrangements support the order.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// Sums of money the corpus sentence does not give, beside a larger one it does, break that
  /// one down: the statement is the draft's. A smaller share beside a stated one is no breakdown.
  @Test func smallerSumsBesideAStatedTotalBreakItDown() throws {
    let corpus = try inventedCorpus([
      "readout.md": """
      Today, at the Summit for Peace, and in her sixth meeting with President Zelenskyy, the Vice President announced over $1.5 billion for the people of Ukraine.

      The steel industry briefly achieved 80% capacity utilization in 2021.
      """
    ])
    #expect(
      flagged(
        "At the Summit for Peace, in her fifth meeting with President Zelenskyy, the Vice President announced over $1.5 billion: $500 million for energy and $300 million for border guards.",
        .factConflict, corpus: corpus) == ["fifth"])
    // A sum larger than the stated one is no part of it.
    #expect(
      flagged(
        "At the Summit for Peace, in her fifth meeting with President Zelenskyy, the Vice President announced over $1.5 billion and $2 billion more in loans.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "The steel industry reached a capacity utilization of 75.3% in 2023 against a goal of at least 80%.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A time the sentence opens with is the time of the first lower-case content word after it:
  /// "On April 13, 2023, the Advisor convened …" dates the convening, as does a draft's label
  /// "*April 3, 2023:* the Advisor convenes …".
  @Test func aTimeTheSentenceOpensWithIsTheTimeOfTheVerbAfterIt() throws {
    let corpus = try inventedCorpus([
      "statement.md": """
      On April 13, 2023, Homeland Security Advisor Elizabeth Sherwood-Randall convened the first meeting of the trilateral committee.

      On May 2, 2023, the Advisor announced new sanctions on traffickers.
      """
    ])
    #expect(
      flagged(
        "On April 3, 2023, Homeland Security Advisor Elizabeth Sherwood-Randall convened the first meeting of the trilateral committee.",
        .factConflict, corpus: corpus) == ["April 3, 2023"])
    #expect(
      flagged(
        "- *April 3, 2023:* Homeland Security Advisor Elizabeth Sherwood-Randall convenes the first meeting of the committee.",
        .factConflict, corpus: corpus) == ["April 3, 2023"])
    // The time of another verb is no statement of the convening.
    #expect(
      flagged(
        "On April 3, 2023, Homeland Security Advisor Elizabeth Sherwood-Randall visited the border with the trilateral committee.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "On April 13, 2023, Homeland Security Advisor Elizabeth Sherwood-Randall convened the first meeting of the trilateral committee.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A short label that names something, before a colon, is part of the clause after it: its
  /// names say what the sum is of. A label naming nothing is not.
  @Test func aLabelNamingSomethingBeforeAColonJoinsTheClause() throws {
    let corpus = try inventedCorpus([
      "release.md": """
      Under Public Service Loan Forgiveness, the Department has approved $62.5 billion for 871,000 public service workers.

      For every additional $1,000 in loans they took out (up to $21,000 total for undergraduate loans and $26,000 total for graduate loans), a borrower is eligible for relief after an additional year of repayment.
      """
    ])
    #expect(
      flagged(
        "- Public Service Loan Forgiveness (PSLF): $26.5 billion so far.",
        .factConflict, corpus: corpus) == ["$26.5 billion"])
    #expect(
      flagged(
        "- Borrowers with a total and permanent disability: $14 billion for over 548,000 borrowers.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }

  /// Words a sentence borrows from the one before it (after "It") do not align it by
  /// themselves: each side shares a word of its own sentence.
  @Test func wordsBorrowedFromTheSentenceBeforeDoNotAlignAlone() throws {
    let corpus = try inventedCorpus([
      "release.md": """
      That includes fixing Public Service Loan Forgiveness and Income-Driven Repayment plans. It also includes launching the SAVE plan, which helps drop millions of borrowers' monthly payments down to $0.
      """
    ])
    #expect(
      flagged("- August 2023: $45.7 billion for 662,000 public service workers.", .factConflict, corpus: corpus).isEmpty
    )
    #expect(
      flagged(
        "It also includes the SAVE plan, which helps drop millions of borrowers' monthly payments down to $10.",
        .factConflict, corpus: corpus) == ["$10"])
  }
}

extension ClaimFrameTests {
  /// After a time the sentence opens with, an acronym in parentheses does not end the search for
  /// what the time is of, and the clause's words are read as far as before a value.
  @Test func aTimeTheSentenceOpensWithReachesPastANamesAcronym() throws {
    let corpus = try inventedCorpus([
      "bridges.md": """
      In January 2022, the Department of Transportation (DOT) launched the new Bridge Formula Program for states.
      """
    ])
    #expect(
      flagged("The Bridge Formula Program, launched in January 2023, pays states.", .factConflict, corpus: corpus)
        == ["January 2023"])
    #expect(
      flagged("The Bridge Formula Program, launched in January 2022, pays states.", .factConflict, corpus: corpus)
        .isEmpty)
  }
}

extension ClaimFrameTests {
  /// A place written with its state, before a colon, is a label too: its names keep another
  /// city's sum away.
  @Test func aPlaceWithItsStateBeforeAColonIsALabel() throws {
    let corpus = try inventedCorpus([
      "pipes.md": """
      Since the Vice President visited Pittsburgh, the city has received $42 million from the law for lead pipe replacement.

      Denver, Colorado has accelerated its efforts through $76 million from the law to replace all lead pipes.
      """
    ])
    #expect(
      flagged(
        "- **Denver, Colorado:** $76 million from the law for lead pipe replacement keeps the city on track.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A corpus sentence that breaks its total down itself is contradicted by the draft's other
  /// part: it is no statement of the draft's.
  @Test func aTotalTheCorpusBreaksDownItselfIsNoBreakdownOfTheDrafts() throws {
    let corpus = try inventedCorpus([
      "ports.md": """
      In the first round, the port program awarded $1 billion to 30 ports, including $100 million for rail links.
      """
    ])
    #expect(
      flagged(
        "The port program awarded $1 billion to 25 ports, including $300 million for rail links.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "The port program awarded $1 billion to 25 ports, including $100 million for rail links.", .factConflict,
        corpus: corpus) == ["25"])
  }
}

extension ClaimFrameTests {
  /// A sum per period ("$5,000 a year", "an annual credit of $5,000") is a rate: compared with
  /// rates only, never with a total ("$10,000 in relief" over two years).
  @Test func aSumPerYearIsComparedWithRatesOnly() throws {
    let corpus = try inventedCorpus([
      "plan.md": """
      The plan would provide $10,000 in mortgage relief to first-time homebuyers.
      The fishery fund pays each cooperative $4,000 a year for boat repairs.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The plan would provide $5,000 a year in mortgage relief to first-time homebuyers.").isEmpty)
    #expect(conflicts("The plan would provide an annual mortgage relief of $5,000 to first-time homebuyers.").isEmpty)
    #expect(conflicts("The plan would provide $8,000 in mortgage relief to first-time homebuyers.") == ["$8,000"])
    // Rates are compared with rates, however the period is written.
    #expect(conflicts("The fishery fund pays each cooperative $6,000 per year for boat repairs.") == ["$6,000"])
    #expect(conflicts("The fishery fund pays each cooperative $4,000 annually for boat repairs.").isEmpty)
    // (The period before the sum, past its bound and its "of".)
    #expect(
      conflicts("The fishery fund pays each cooperative a yearly grant of about $6,000 for boat repairs.") == ["$6,000"]
    )
  }

  /// "In the 12 months after the moratorium" is a length of time; "two years after" a point.
  @Test func theMonthsAfterAnEventAreALength() throws {
    let corpus = try inventedCorpus([
      "filings.md": """
      Eviction filings stayed below pre-pandemic levels in the 18 months after the end of the moratorium.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("Eviction filings stayed below pre-pandemic levels for 18 months.").isEmpty)
    #expect(conflicts("Eviction filings stayed below pre-pandemic levels for 12 months.") == ["12 months"])
  }
}

extension ClaimFrameTests {
  /// A name whose last words the corpus statement writes after another capitalised word is
  /// another thing of the same kind ("Serious Needs Assistance" beside "Critical Needs
  /// Assistance"): the statement says nothing of it.
  @Test func aNameWithAnotherFirstWordIsAnotherThing() throws {
    let corpus = try inventedCorpus([
      "relief.md": """
      The agency authorized Critical Needs Assistance (CNA), which provides a onetime payment of $700 per household.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("Serious Needs Assistance provides a onetime payment of $750 per household.").isEmpty)
    #expect(
      conflicts("The agency's Critical Needs Assistance provides a onetime payment of $750 per household.") == ["$750"])
    // (A hyphen joins the name's words: "Agency-Energy Mining Innovations" is the same name.)
    let joined = try inventedCorpus([
      "awards.md":
        "The Projects Agency-Energy Mining Innovations Program awarded grants to 16 projects across the basin."
    ])
    #expect(
      flagged(
        "The Projects Agency-Energy Mining Innovations Program awarded grants to 61 projects.", .factConflict,
        corpus: joined) == ["61"])
  }
}

extension ClaimFrameTests {
  /// Who reports a claim ("Minister Okafor reminded the delegates that …", "…, Minister Okafor
  /// explained, …") is its source: the names before the report are not what the claim is about.
  @Test func theSpeakerBeforeAReportedClaimIsNotItsSubject() {
    #expect(
      conflicts(
        "Minister Okafor reminded the delegates that the river commission consists of ten members with recognized expertise."
      ) == ["ten"])
    #expect(
      conflicts("For the delta, Minister Okafor explained, the fishery fund has a budget of at least $80 million.")
        == ["$80 million"])
    // A name in the claim itself still says what it is about.
    #expect(
      conflicts(
        "Minister Okafor reminded the delegates that the Mekong commission consists of ten members with recognized expertise."
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A short name in parentheses ("(Harbor Plan)", like "(HP)") names what the clause is about:
  /// the clause goes on past it.
  @Test func aShortNameInParenthesesEndsNoClause() throws {
    let corpus = try inventedCorpus([
      "order.md": """
      The port authority shall issue a Coastal Dredging Strategic Plan (Harbor Plan) within 180 days of the date of this order.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The port authority must issue the dredging strategic plan within 90 days.") == ["90 days"])
    #expect(conflicts("The port authority must issue the dredging strategic plan within 180 days.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// A name the draft spells out before its acronym ("the National Health Service (NHS)") is the
  /// acronym the corpus writes: its words are no names the corpus statement lacks.
  @Test func aNameSpelledOutBeforeItsAcronymIsTheAcronym() throws {
    let corpus = try inventedCorpus([
      "address.md": """
      Good evening. Our extraordinary NHS has now succeeded in vaccinating more than 17.7 million people across \
      the United Kingdom.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "The Prime Minister said the National Health Service (NHS) had vaccinated more than 15.7 million people "
          + "across the United Kingdom.") == ["15.7 million"])
    #expect(
      conflicts(
        "The Prime Minister said the National Health Service (NHS) had vaccinated more than 17.7 million people "
          + "across the United Kingdom."
      ).isEmpty)
    // Another body's name, spelled out before other capitals, is still a name the corpus lacks.
    #expect(
      conflicts(
        "The Prime Minister said the National Vaccine Taskforce (NVT) had vaccinated more than 15.7 million people "
          + "across the United Kingdom."
      ).isEmpty)
  }

  /// ", and Denver has accelerated … through $76 million" is a clause of its own: its sum is no
  /// companion of the year before it.
  @Test func aNamedClauseAfterACommaSaysItsOwnSums() throws {
    let corpus = try inventedCorpus([
      "cities.md": """
      Pittsburgh has received $98 million to replace lead pipes, and is on track to replace every lead pipe by 2026.
      Denver will replace another 5,000 this year and is on target to replace every lead pipe by 2031, accelerating its lead pipe replacement.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "Pittsburgh is on track to replace every lead pipe by 2026, and Denver has accelerated its efforts through $76 million."
      ).isEmpty)
    // (Past the commas of a place.)
    let frames = Self.frames(
      of:
        "Tucson received $33 million for its inventory, and Wilmington, North Carolina received over $4 million to replace 325 lead pipes."
    )
    #expect(frames.first { $0.value.kind == .count }?.companions.map(\.magnitude) == [4_000_000])
  }
}

extension ClaimFrameTests {
  /// A statement sharing only a name with the draft's clause is not certainly the draft's where
  /// the corpus gives the draft's value of the same thing elsewhere.
  @Test func aStatementSharingOnlyANameYieldsToTheDraftsValueElsewhere() throws {
    let corpus = try inventedCorpus([
      "network.md": """
      The new network will reach all 50 states and the District of Columbia.
      The agency received an unprecedented response, with over 1,700 proposals across 45 states and D.C. as well as 34 countries.
      Patients missed more than 9.5 million cancer screenings in the United States during the pandemic.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The Sprint drew over 1,700 proposals from 45 states, the District of Columbia and 34 countries.")
        .isEmpty)
    // (With no statement of the draft's value, the name's statement stands.)
    #expect(
      conflicts("Americans missed more than 19.5 million cancer screenings in the United States.") == ["19.5 million"])
  }
}

extension ClaimFrameTests {
  /// "Not more than 20 members" bounds the value; it denies nothing.
  @Test func notMoreThanIsABoundNotADenial() throws {
    let corpus = try inventedCorpus([
      "charter.md": """
      The review board shall be composed of not more than 20 members appointed by the governors.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The review board shall be composed of no more than 25 members appointed by the governors.") == ["25"])
    #expect(
      conflicts("The review board shall be composed of no more than 20 members appointed by the governors.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// "eight teams across the country" counts teams: a preposition ends the counted noun.
  @Test func aPrepositionEndsTheCountedNoun() throws {
    let corpus = try inventedCorpus([
      "awards.md": """
      The surgery program supports researchers from eight teams across the country.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The surgery program supports researchers from ten teams.") == ["ten"])
    #expect(conflicts("The surgery program supports researchers from eight teams.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// "the second-leading cause", "the third-largest": a rank with the word it ranks by.
  @Test func aRankJoinedToTheWordItRanksBy() throws {
    let corpus = try inventedCorpus([
      "deaths.md": """
      River floods were the second-leading cause of crop losses in the delta in 2020.
      The first-time farmers of the delta received support.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("River floods were the third-leading cause of crop losses in the delta.") == ["third-leading"])
    #expect(conflicts("River floods were the second-leading cause of crop losses in the delta.").isEmpty)
    // "first-time" ranks nothing.
    #expect(conflicts("The second-time farmers of the delta received support.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// "The fiscal year 2025 budget" names one budget of a series: its year is no time of what the
  /// budget asks, to be compared with another budget's.
  @Test func aFiscalYearNamesABudget() throws {
    let corpus = try inventedCorpus([
      "budget.md": """
      President Lee's fiscal year 2023 budget calls on Congress to deliver the funding needed for the river commission.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "Congress should deliver the funding President Lee requested in his fiscal year 2025 budget for the river commission."
      ).isEmpty)
    // "fiscal 2025" names one just the same.
    let requests = try inventedCorpus([
      "request.md": "And for 2023, I have requested $825 million in assistance to the river commission, a record."
    ])
    #expect(
      flagged("- Fully fund the fiscal 2025 request for the river commission.", .factConflict, corpus: requests).isEmpty
    )
    // A year not written as a fiscal year is read as before.
    #expect(
      flagged("- Fully fund the 2025 request for the river commission.", .factConflict, corpus: requests) == ["2025"])
  }
}

extension ClaimFrameTests {
  /// "three to five years" in words is a range: no one length of time.
  @Test func aRangeInWordsIsNoValue() {
    #expect(
      !Self.frames(of: "The strategy will guide investment over the next three to five years.").contains {
        $0.value.kind == .duration
      })
    #expect(
      Self.frames(of: "The strategy will guide investment over the next five years.").contains {
        $0.value.kind == .duration
      })
  }
}

extension ClaimFrameTests {
  /// "… by 2020 and did not meet that goal": the words of another predicate are not the value's.
  @Test func anotherPredicateAfterAndIsNotTheValuesClause() {
    let frame = Self.frames(of: "Donors committed to mobilise funds by 2020 and did not meet that goal on time.").first
    {
      $0.value.kind == .year
    }
    #expect(frame.map { !$0.subject.contains(TokenText("goal")) } == true)
  }
}

extension ClaimFrameTests {
  /// "17% compared to last year": a verb after a share is no noun it is a share of.
  @Test func aVerbAfterAShareIsNotWhatItIsAShareOf() throws {
    let corpus = try inventedCorpus([
      "crime.md": "From January to June, river thefts dropped 17% compared to the same time last year."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("River thefts dropped 27% from January to June.") == ["27%"])
    #expect(conflicts("River thefts dropped 17% from January to June.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// "1,500 troops now supplementing …" counts troops: an adverb ends the counted noun.
  @Test func anAdverbEndsTheCountedNoun() throws {
    let corpus = try inventedCorpus([
      "response.md": "The governor reported a total of 1,500 troops now supplementing the ground effort in the valley."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The governor reported a total of 1,000 troops supplementing the ground effort.") == ["1,000"])
    #expect(conflicts("The governor reported a total of 1,500 troops supplementing the ground effort.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// The names of a clause coordinated after the value with a subject of its own (", and
  /// Emergency Rental Assistance delivered …") are not the value's clause's.
  @Test func aNamedCoordinatedClauseNamesItsOwnThing() throws {
    let corpus = try inventedCorpus([
      "eviction.md": "The Administration kept the national eviction moratorium in place until August 2021."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "The national eviction moratorium, which the Administration kept in place until October 2021, helped renters, and Emergency Rental Assistance delivered payments."
      ) == ["October 2021"])
  }
}

extension ClaimFrameTests {
  /// A sentence the draft's statement aligns with gives the draft's sum per a period the draft
  /// leaves to its context ("nearly $140" after "$130 per month"): no conflict is certain.
  @Test func theDraftsSumPerAPeriodItLeavesToItsContextIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "fees.md": "In Ohio, a family of three earning $52,000 could save nearly $140.00 per month on river fees."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("In Ohio, the same family of three could save nearly $140 on river fees.").isEmpty)
    #expect(conflicts("In Ohio, a family of three could save nearly $190 per month on river fees.") == ["$190"])
  }

  /// A corpus statement of the draft's value whose sentence gives the draft's other sum too is
  /// the draft's statement, whatever statement its words are closer to.
  @Test func aStatementGivingTheDraftsValueAndItsOtherSumIsTheDrafts() throws {
    let corpus = try inventedCorpus([
      "remarks.md":
        "Thanks to the River Act, 13 million farmers are going to continue — continue to save an average of $800 a year on irrigation.",
      "statement.md": "As a result, 19 million farmers are expected to save an average of $400 each.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("He said that 13 million farmers would continue to save an average of $800 a year on irrigation.")
        .isEmpty)
    #expect(
      conflicts("As a result, 17 million farmers are expected to save an average of $400 each.") == ["17 million"])
  }

  /// A count before "such" counts the noun after it ("36 such plans"): that statement is about
  /// plans, and closer to a draft's "Thirty-six plans covering …" than another count of plans.
  @Test func aCountBeforeSuchCountsTheNounAfterIt() throws {
    let corpus = try inventedCorpus([
      "relief.md": """
      - **Delivered assistance to 83 orchard plans covering over one million growers and retirees**.
      - **Restored cuts for thousands of growers in 36 orchard plans**. Prior to enactment of the law, however, \
      36 such plans covering 120,000 growers and retirees already had suffered deep cuts due to their orchard plans \
      failing.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("Thirty-six plans covering 120,000 growers and retirees had cuts restored by June 2024.").isEmpty)
    #expect(
      conflicts("Prior to enactment of the law, 38 plans covering 120,000 growers and retirees had suffered deep cuts.")
        == ["38"])
  }

  /// A corpus sentence stating the draft's value and another distinctive value of the draft's
  /// sentence ("nearly 1,200 new deals … worth $52 billion") is where the draft took both from,
  /// even where another statement's words are closer to the draft's.
  @Test func aSentenceStatingTwoOfTheDraftsValuesIsTheDrafts() throws {
    let corpus = try inventedCorpus([
      "aid.md": "In addition, the President announced $2 billion of new emergency assistance for the valley.",
      "remarks.md": """
      And we have announced nearly 1,200 new orchard contracts between valley and river growers, and the growers' total \
      will be worth $52 billion, including investments in irrigation.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("In May the President cited nearly 1,200 new orchard contracts worth $52 billion.").isEmpty)
    #expect(conflicts("In May the President announced $3 billion of new emergency assistance.") == ["$3 billion"])
  }

  /// A corpus sentence stating the draft's value and sharing more of the draft sentence's words
  /// than any statement it conflicts with is where the draft took it from, even where the words
  /// next to each value differ.
  @Test func aCloserSentenceStatingTheDraftsValueIsTheDrafts() throws {
    let corpus = try inventedCorpus([
      "law.md": """
      The River Law is investing nearly $31 billion to secure clean drinking water for every valley town.

      An additional $12 billion in funding from the River Law supports general drinking water investments, \
      including orchard irrigation.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "A further $12 billion from the Law supports general drinking water investments, including orchard irrigation."
      )
      .isEmpty)
    #expect(
      conflicts("The River Law is investing nearly $13 billion to secure clean drinking water.") == ["$13 billion"])
  }

  /// A full date the corpus states of something the draft's clause shares a word with is the
  /// draft's, whatever statement its other words are closer to.
  @Test func aFullDateTheCorpusStatesIsTheDrafts() throws {
    let corpus = try inventedCorpus([
      "d-memo.md":
        "Recognizing pollution’s ability to corrode the valley, on June 3, 2021, President Biden established the fight against river pollution as a core interest.",
      "j-strategy.md":
        "On December 6, 2021, President Biden issued the first United States Strategy on River Pollution.",
      "m-order.md":
        "In March 2023, President Biden signed the ground-breaking Executive Order Prohibiting the Use of River Permits.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("On June 3, 2021, President Biden signed the first NSSM of his term.").isEmpty)
    #expect(
      conflicts("On June 4, 2021, President Biden established the fight against river pollution as a core interest.")
        == ["June 4, 2021"])
  }

  /// A document dated on the draft's date in its front matter, whose sentence shares more of the
  /// draft sentence's words than the conflicting statement's, is what the draft reports, though
  /// its text says only "Today".
  @Test func aDocumentDatedOnTheDraftsDateIsWhatItReports() throws {
    let corpus = try inventedCorpus([
      "a-tunnel.md":
        "In May 2023, the President’s Budget included the river tunnel project on its list of projects recommended for funding.",
      "b-awards.md": """
      ---
      date: '2023-12-08'
      title: "Rail awards"
      ---

      Today, the President announced $8.2 billion for 10 major passenger rail projects across the valley, \
      including the first high-speed rail projects in its history.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "On December 8, 2023, the President announced $8.2 billion for 10 major passenger rail projects, including the first high-speed rail projects."
      ).isEmpty)
    #expect(
      conflicts("In June 2023, the President’s Budget included the river tunnel project on its list of projects.")
        == ["June 2023"])
  }

  /// A date after months that share its year ("in October and December 2016") states each of
  /// those months too.
  @Test func monthsListedBeforeADateShareItsYear() throws {
    let corpus = try inventedCorpus([
      "minutes.md":
        "The committee held its first meeting on October 18, 2016, and all six members voted to cut the rate."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The committee held its first meetings in October and December 2016, and all six members voted to cut.")
        .isEmpty)
    #expect(
      conflicts("The committee held its first meeting in December 2016, and all six members voted.") == [
        "December 2016"
      ])
  }

  /// A draft dating a statement on the date of the document that makes it ("By March 3, 2024, the
  /// board had approved 310 grants" of a release of that day saying "Since May 2022, …") dates
  /// the report, not what it reports.
  @Test func theDateOfTheStatementsOwnDocumentIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "a-grants.md": """
      ---
      date: '2024-03-03'
      ---

      Since May 2022, the board has approved more than 310 grants for river crossings.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("By March 3, 2024, the board had approved more than 310 grants for river crossings.").isEmpty)
    #expect(
      conflicts("Since May 2021, the board has approved more than 310 grants for river crossings.") == ["May 2021"])
  }

  /// A year or a date between a determiner or an owner and a noun dates that thing ("before the
  /// June 2025 strikes"): a statement whose words do not name it dates something else.
  @Test func aDateBeforeTheNounItDatesIsThatThingsDate() throws {
    let corpus = try inventedCorpus([
      "assessment.md": """
      The Valley Intelligence Agency assessed in May 2025 that the river authority would have needed about a week to restore the dam.

      The valley held its first dam tests in 1998, after years of delay.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "Before the June 2025 strikes, the Valley Intelligence Agency assessed that the river authority would have needed about a week to restore the dam."
      ).isEmpty)
    // The date of the assessment itself, or of the thing the statement names, still conflicts.
    #expect(
      conflicts(
        "In June 2025, the Valley Intelligence Agency assessed that the river authority would have needed about a week to restore the dam."
      ) == ["June 2025"])
    #expect(conflicts("The valley's 1999 dam tests came after years of delay.") == ["1999"])
  }

  /// A statement's year between an owner and a noun ("and its 2019 review") dates that noun: a
  /// draft's year of another thing its clause says ("established … in 2013") is not compared.
  @Test func aStatementsYearBeforeANounDatesThatNoun() throws {
    let corpus = try inventedCorpus([
      "review.txt": """
      Warsaw Mechanism for Loss and Damage associated with Climate Change Impacts and its 2019 review
      \tThe Conference of the Parties serving as the meeting of the Parties to the Paris Agreement,
      \tRecalling decision 2/CP.19,
      """,
      "founding.md": "The river compact of the valley states was signed in 1998 at the dam.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "Decision 2/CP.19 established the Warsaw Mechanism for Loss and Damage associated with Climate Change Impacts in 2013."
      ).isEmpty)
    // A statement's year of the time of its clause still conflicts.
    #expect(conflicts("The river compact of the valley states was signed in 1999 at the dam.") == ["1999"])
  }

  /// A year before its noun where the corpus writes of that noun with that year and the statement
  /// with another ("the 2019 review", "the 2024 review"): another member of a series.
  @Test func aYearNamingAnotherMemberOfASeriesTheCorpusKnows() throws {
    let later =
      "Requests the subsidiary bodies to continue consideration of the 2024 joint annual report of the Executive Committee and the Delta network and the 2024 review of the river compact at their sessions."
    let corpus = try inventedCorpus([
      "a.md": "The parties concluded the 2019 review of the river compact at the dam.", "b.md": later,
    ])
    let draft =
      "The 2019 review also established the Delta network to catalyse the technical assistance of organizations."
    #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty)
    // Where the corpus never writes of the draft's, it still conflicts.
    #expect(flagged(draft, .factConflict, corpus: try inventedCorpus(["b.md": later])) == ["2019"])
  }

  /// A day written without its year is compared with another written so ("the task force
  /// announced on February 26"), never with a full date or a year.
  @Test func aDayWithoutItsYearIsComparedWithAnotherWithout() throws {
    let corpus = try inventedCorpus([
      "taskforce.md": """
      The leaders committed to launching a transatlantic task force, which the task force announced on February 26.
      The ministers met in Brussels on 3 March 2022 to review the sanctions.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The transatlantic task force was announced on 28 February.") == ["28 February"])
    #expect(conflicts("The transatlantic task force was announced on 26 February.").isEmpty)
    // A full date or a year is not compared with a day of no year, nor the other way round.
    #expect(conflicts("The transatlantic task force was announced on 28 February 2022.").isEmpty)
    #expect(conflicts("The ministers met in Brussels on 4 March to review the sanctions.").isEmpty)
  }

  /// A date that labels a list item ("**December 16, 2008.** …") dates what the item's sentences
  /// report, as far as it goes: a statement from a document of another day is another occasion's.
  @Test func aDateLabellingTheItemDatesItsSentences() throws {
    let corpus = try inventedCorpus([
      "cuts.md": """
      ---
      date: 2008-10-08
      ---

      The Federal Open Market Committee has decided to lower its target for the federal funds rate 50 basis points to \
      1-1/2 percent.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    let lowered = "The Committee lowered its target for the federal funds rate 75 basis points."
    #expect(conflicts("- **December 16, 2008.** \(lowered)").isEmpty)
    #expect(conflicts("- **October 8, 2008.** \(lowered)") == ["75 basis points"])
    // A release is often dated a day or two after what it reports.
    #expect(conflicts("- **October 7, 2008.** \(lowered)") == ["75 basis points"])
    #expect(conflicts("- **October 2008.** \(lowered)") == ["75 basis points"])
    #expect(conflicts("- \(lowered)") == ["75 basis points"])
    // A first sentence that says more than its date labels nothing.
    #expect(conflicts("- It was December 16, 2008. \(lowered)") == ["75 basis points"])
  }

  /// A draft sentence dating what it reports in another year than the document of every
  /// statement it conflicts with, whose sentence dates nothing, reports another occasion.
  @Test func aSentenceDatedInAnotherYearThanTheStatementsDocumentReportsAnotherOccasion() throws {
    let corpus = try inventedCorpus([
      "a-designations.md": """
      ---
      date: '2021-06-21'
      ---

      The Office is also designating eight members of the previously designated election commission.
      """,
      "b-undated.md": "The board is also designating nine members of the previously designated audit chamber.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("In March 2023 the Office designated seven newer members of the election commission.").isEmpty)
    // The document's year, or no year at all: the same occasion.
    #expect(
      conflicts("In June 2021 the Office designated seven members of the previously designated election commission.")
        == ["seven"])
    #expect(
      conflicts("The Office designated seven members of the previously designated election commission.") == ["seven"])
    // A year of another clause dates that clause.
    #expect(
      conflicts(
        "The Office designated seven members of the previously designated election commission; the courts, built in 2019, are next."
      ) == ["seven"])
    // An undated document tells no occasion.
    #expect(
      conflicts("In March 2023 the board designated six members of the previously designated audit chamber.") == ["six"]
    )
  }

  /// An irregular past tense after a counted noun ends it, as a regular one does: "100 community
  /// grants went to …" counts grants, not "went", and is no statement about awards that went
  /// somewhere.
  @Test func anIrregularPastTenseEndsTheCountedNoun() throws {
    let corpus = try inventedCorpus([
      "grants.md":
        "86 of the 100 grants announced for communities today are also going to areas considered underserved.",
      "awards.md":
        "All of the nearly 400 awards went to disadvantaged communities in line with the President’s Justice40 Initiative.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "It funds communities in 22 states and seven Tribes, and 86 of the 100 community grants went to underserved areas, in line with Justice40."
      ).isEmpty)
    #expect(conflicts("All of the nearly 300 awards went to disadvantaged communities.") == ["300"])
  }

  /// A count of "other" things, or of "more", is of another set than a count of the things alone:
  /// "the United States and thirteen other partners" and "fourteen partners, the United States
  /// among them" agree.
  @Test func aCountOfOtherThingsIsAnotherSet() throws {
    let corpus = try inventedCorpus([
      "ceremony.md":
        "In June, the United States and thirteen other partners held a signing ceremony for the valley framework agreement."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "In June, fourteen partners, the United States among them, held a signing ceremony for the valley framework."
      )
      .isEmpty)
    #expect(
      conflicts(
        "In June, the United States and twelve other partners held a signing ceremony for the valley framework.")
        == ["twelve"])
    // So is a count after a name and "and".
    let partners = try inventedCorpus([
      "partnership.md": "On January 27, the United States and 11 partner countries advanced the valley partnership.",
      "declaration.md": "Over the last two years, the 22 endorsing countries have achieved substantial progress.",
    ])
    #expect(
      flagged(
        "A statement should credit the 22 endorsing countries, not the United States alone.", .factConflict,
        corpus: partners
      ).isEmpty)
    #expect(
      flagged(
        "The United States and 12 partner countries advanced the valley partnership.", .factConflict, corpus: partners)
        == ["12"])
  }

  /// The corpus states the draft's sum of the noun it modifies ("the $2,000 cap"): the draft says
  /// what the corpus says of that thing.
  @Test func theDraftsSumOfTheNounItModifiesIsTheCorpuss() throws {
    let corpus = try inventedCorpus([
      "law.md": "Last year, I signed a law to cap fertilizer at $35 for growers and I called on suppliers to act.",
      "seed.md": "When the $2,000 seasonal cap on seed costs applies in 2025, growers will save more.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("He described the $2,000 cap in the law to growers in the simplest terms.").isEmpty)
    #expect(conflicts("The law will cap fertilizer at $40 for growers.") == ["$40"])
  }

  /// A name of the statement's sentence that begins or ends as the draft's does but differs from
  /// it both ways names another thing of that kind.
  @Test func aNameDifferingFromTheStatementsNamesAnotherThing() throws {
    let corpus = try inventedCorpus([
      "loans.md":
        "Through DOE’s Advanced Technology Vehicle Manufacturing program, the Department of Energy announced a $2.5 billion loan to General Motors."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "The Department of Energy announced $750 million for the Advanced Energy Manufacturing and Recycling Grant Program."
      )
      .isEmpty)
    #expect(
      conflicts(
        "Through the Advanced Technology Vehicle Manufacturing program, the Department of Energy announced a $3.5 billion loan to General Motors."
      ) == ["$3.5 billion"])
  }

  /// A rank of a name ranks the thing the name's last word names.
  @Test func aRankOfANameRanksItsLastWord() throws {
    let frame = Self.frames(of: "Leaders met at the first U.S.-Pacific Island Country Summit in Washington.").first {
      $0.value.kind == .ordinal
    }
    #expect(frame?.head.string == "summit")
    let corpus = try inventedCorpus([
      "summits.md": """
      We held the first US-River Nations Summit in Hanoi in the spring.

      The ministers looked forward to the Second U.S.-River Nations Summit in Hanoi later this year.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The ministers held the first U.S.-River Nations Summit in Hanoi.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// "announced that month": a "that" before a time is its determiner, no reporting "that".
  @Test func thatBeforeATimeIsNoReportingThat() {
    let frame = Self.frames(of: "The board awarded $95 million announced that month in grants across 25 states.").first
    {
      $0.value.kind == .count
    }
    #expect(frame.map { $0.subject.contains(TokenText("announc")) } == true)
  }

  /// "Founded in 1879, the school …": a verb capitalised only to open the sentence is what the
  /// year is the time of.
  @Test func aSentenceOpeningVerbIsTheTimesWord() throws {
    let corpus = try inventedCorpus([
      "school.md": "Founded in 1879, the Riverton Industrial School trained thousands of children along the valley."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("Founded in 1897, the Riverton Industrial School trained thousands of children.") == ["1897"])
    #expect(conflicts("Founded in 1879, the Riverton Industrial School trained thousands of children.").isEmpty)
  }

  /// In a sentence listing values, the statement whose own clause gives the draft's other sum is
  /// the one it means ("$626 million (74.6%)" among "$1.4 billion (16.9%)" and others); a
  /// possessive name is the same name whatever its apostrophe.
  @Test func aListsStatementIsTheOneGivingTheDraftsOtherSum() throws {
    let corpus = try inventedCorpus([
      "awards.md": """
      In 2023, the River Health Service awarded $444 million (30.6%), the Department of the Valley awarded over
      $1.4 billion (16.9%), and Valley’s Delta Affairs Bureaus awarded $626 million (74.6%) of eligible contract
      dollars to local businesses.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("Valley's Delta Affairs Bureaus awarded $626 million (64.6%) of eligible contract dollars.") == [
        "64.6%"
      ])
    #expect(
      conflicts("Valley's Delta Affairs Bureaus awarded $626 million (74.6%) of eligible contract dollars.").isEmpty)
  }

  /// A share beside the draft's value in another statement ("at least 20 percent ownership")
  /// does not make that statement the draft's: shares stand beside many things.
  @Test func aShareBesideTheValueDoesNotMakeAnotherStatementTheDrafts() throws {
    let corpus = try inventedCorpus([
      "loans.md": """
      Businesses with at least 20 percent ownership by a person convicted of fraud within the previous five years
      cannot apply. Currently, a business with at least 20 percent ownership by an individual who has defaulted
      within the last seven years on a federal debt cannot apply for a loan.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "A business with at least 20 percent ownership by someone who had defaulted within the last five years on a federal debt could not get a loan."
      ) == ["five years"])
  }
}

extension ClaimFrameTests {
  /// A sentence in bold inside a paragraph ("… dam safety. **The board has … projects.** Such
  /// projects include:") is running prose: its values are statements of the corpus.
  @Test func aBoldSentenceInAParagraphStatesItsValues() throws {
    let corpus = try inventedCorpus([
      "water.md": """
      The law includes $8.3 billion over five years for the valley board, including dam safety.
      **The valley board has already provided more than $2.9 billion to fund 425 river projects through the law.**
      Such projects include:

      -   A canal in the north of the valley.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The valley board has already provided more than $3.9 billion to fund river projects through the law.")
        == ["$3.9 billion"])
    #expect(
      conflicts("The valley board has already provided more than $2.9 billion to fund river projects through the law.")
        .isEmpty)
  }
}

extension ClaimFrameTests {
  /// A corpus statement of another value of the draft's sentence is that value's statement: the
  /// draft's other value is compared with the statements left.
  @Test func aStatementOfTheDraftsOtherValueIsNotThisValuesStatement() throws {
    let corpus = try inventedCorpus([
      "grants.md": """
      For the first time, the valley board asks towns to exceed the existing statutory goal of 5 percent by spending \
      11 percent of Fiscal Year 2022 orchard grant dollars on small growers.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "The valley board asked towns to spend 11 percent of Fiscal Year 2022 orchard grant dollars, above the statutory goal of 3 percent."
      ) == ["3 percent"])
    #expect(
      conflicts(
        "The valley board asked towns to spend 11 percent of Fiscal Year 2022 orchard grant dollars, above the statutory goal of 5 percent."
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A corpus sentence that names nothing past its first word is about what the sentences
  /// before it in its paragraph name ("this $2.7 billion project" after the project's name).
  @Test func aSentenceNamingNothingIsAboutWhatItsParagraphNamed() throws {
    let corpus = try inventedCorpus([
      "works.md": """
      # What the river board built

      The board met in May. In December 2022, the river board broke ground on the first contracts for the Rio Verde Levee Renewal Project. \
      When completed, this $2.7 billion project will reduce severe flood risk for thousands of homes.

      The Harbor Wall Project was finished in 2021. It cost $1.2 billion.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The Rio Verde Levee Renewal Project is a $1.7 billion project that will reduce flood risk for homes.")
        == ["$1.7 billion"])
    #expect(
      conflicts("The Rio Verde Levee Renewal Project is a $2.7 billion project that will reduce flood risk for homes.")
        .isEmpty)
    // Another project is not the Rio Verde one.
    #expect(
      conflicts("The Lakeside Dam is a $1.7 billion project that will reduce flood risk for homes.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// A statement aligned by the fewest words is not certainly the draft's where the corpus gives
  /// the draft's very count of the same noun of something sharing a word with it.
  @Test func aWeaklyAlignedStatementYieldsToTheDraftsCountElsewhere() throws {
    let corpus = try inventedCorpus([
      "relief.md": """
      Since launching in 2022, the Harbor County orchard relief program has already benefited over 200,000 growers.

      To date, the initiative has already helped over 160,000 growers.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("Over 200,000 growers were already helped.").isEmpty)
    #expect(conflicts("Over 300,000 growers were already helped.") == ["300,000"])
  }
}

extension ClaimFrameTests {
  /// A corpus sentence giving a part ("$95 million of this total") of the draft's total, which
  /// the sentence before gives, contradicts no total of the draft's.
  @Test func aStatementMayGiveAPartOfTheDraftsTotalGivenBefore() throws {
    let corpus = try inventedCorpus([
      "orchards.md": """
      Thanks to the Orchard Act, the Department of Orchard Health (DOH) has awarded more than $280 million in funding \
      to bolster the pipeline of valley growers. Earlier this week, the Department of Orchard Health announced $95 million of this total was \
      awarded in orchard grants across 35 towns to increase access to valley-based services.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "By May the Department of Orchard Health had awarded more than $280 million in Orchard Act funding, including $95 million announced that month in orchard grants across 25 towns."
      ) == ["25"])
    #expect(
      conflicts(
        "By May the Department of Orchard Health had awarded more than $280 million in Orchard Act funding, including $95 million announced that month in orchard grants across 35 towns."
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A statement that shares only the draft clause's names, and no more words than the fewest
  /// required, is not certainly the draft's.
  @Test func aStatementSharingOnlyTwoNamesIsNotCertainlyTheDrafts() throws {
    let corpus = try inventedCorpus([
      "premiums.md": """
      Over four in ten growers found a plan for $10 or less per month. Twenty states and the District of Columbia \
      saw premiums decrease by more than $75 a month.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "Waitlists would grow in the 37 states that have them and start in the 13 states and the District of Columbia."
      )
      .isEmpty)
    #expect(
      conflicts("Thirteen states and the District of Columbia saw premiums decrease by more than $75 a month.")
        == ["Thirteen"])
  }
}

extension ClaimFrameTests {
  /// A corpus sentence writing another distinctive value of the draft's sentence and the draft's
  /// value with its unit, however it reads them ("Six months later"), is where the draft took it.
  @Test func aSentenceWritingTheDraftsValueBesideAnotherOfItsValuesIsTheDrafts() throws {
    let corpus = try inventedCorpus([
      "coverage.md": """
      We opened the orchard office for special enrollment on February 15. In the first two weeks alone, more than \
      200,000 growers gained coverage.

      Six months later, I am pleased to report that 2.8 million more growers have gained orchard coverage.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("After the orchard office reopened, 2.8 million more growers gained coverage in six months.").isEmpty)
    #expect(
      conflicts(
        "After the orchard office reopened, more than 200,000 growers gained coverage in the first three weeks.")
        == ["three weeks"])
  }
}

extension ClaimFrameTests {
  /// A year is the year of a document its front matter dates so, when that document holds a
  /// sentence closer to the draft's than the conflicting statement's.
  @Test func aDocumentDatedInTheDraftsYearIsWhatItReports() throws {
    let corpus = try inventedCorpus([
      "a-sheet.md": """
      Over 16 million growers have signed up for orchard marketplace coverage for 2023.
      """,
      "b-record.md": """
      ---
      date: '2024-01-24'
      ---

      Today we broke another record: 21.3 million growers have signed up for orchard coverage through the \
      marketplaces, a record.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("Instead, 21.3 million growers signed up for orchard marketplace coverage for 2024, a record.").isEmpty)
    #expect(conflicts("Over 16 million growers have signed up for orchard marketplace coverage for 2022.") == ["2022"])
  }
}

extension ClaimFrameTests {
  /// A statement sharing only names with the draft's clause is not certainly the draft's where
  /// the corpus gives the draft's value of the same noun anywhere, with no word in common.
  @Test func aNamesOnlyStatementYieldsToTheDraftsValueOfTheNounAnywhere() throws {
    let corpus = try inventedCorpus([
      "a-sheet.md": """
      The office welcomed initial commitments from seven major orchard companies including Alder Farms, Birch \
      Growers and Cedar Fruit.
      """,
      "b-sheet.md": "The office announced that a total of fourteen major orchard companies have made pledges.",
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("Growers did their part: fourteen companies, from Alder Farms and Birch Growers to Cedar Fruit.")
        .isEmpty)
    #expect(
      conflicts("Growers did their part: nine companies, from Alder Farms and Birch Growers to Cedar Fruit.") == [
        "nine"
      ])
  }
}

extension ClaimFrameTests {
  /// A sum per period the corpus gives of something sharing a word with the draft's ("will save
  /// consumers more than $4 billion annually") makes another rate the draft's words are closer to
  /// no certain conflict; a rate the corpus never gives still conflicts.
  @Test func aRateTheCorpusGivesElsewhereIsNoCertainConflict() throws {
    let corpus = try inventedCorpus([
      "fees.md": """
      The bureau finalized two rules this week. Together, these actions will save consumers more than $4 billion annually.

      Overdraft and late fees cost consumers more than $30 billion a year combined, with the biggest impacts on low-income families.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The rules make bounced-check fees unlawful, worth more than $4 billion a year to consumers.").isEmpty)
    #expect(conflicts("Overdraft and late fees cost consumers more than $9 billion a year combined.") == ["$9 billion"])
  }
}

extension ClaimFrameTests {
  /// A corpus statement agrees with a draft's date only as precisely as it gives its own: "enacted
  /// in June, 2015" leaves the draft's "June 12, 2015" to the statement that gives the day.
  @Test func aLessPreciseTimeDoesNotAttestTheDraftsDate() throws {
    let corpus = try inventedCorpus([
      "release.md": """
      Progress is the result of the Harbor Safety Act, which was enacted in June, 2015. The Act addressed most of the board's recommendations.
      """,
      "report.md": """
      The Harbor Safety Act, enacted on June 2, 2015, ended the bulk dredging program, along the lines of the board's recommendation.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("The Harbor Safety Act, enacted on June 12, 2015, ended bulk dredging and set up a new system.") == [
        "June 12, 2015"
      ])
    #expect(
      conflicts("The Harbor Safety Act, enacted on June 2, 2015, ended bulk dredging and set up a new system.").isEmpty)
    // A month the corpus gives is agreed with as far as it goes.
    #expect(conflicts("The Harbor Safety Act, enacted in June 2015, ended bulk dredging.").isEmpty)
  }
}

extension ClaimFrameTests {
  /// A count of a noun the corpus gives as the draft does, in a statement sharing a word with the
  /// draft's clause and not far from its words, leaves another count of that noun no certain
  /// conflict; a count the corpus never gives still conflicts.
  @Test func aCountTheCorpusGivesOfTheSameNounIsNoCertainConflict() throws {
    let corpus = try inventedCorpus([
      "storm.md": """
      Over 300 people died in the storm that week, the worst week for the coast since the flood, including 46 sailors.
      """,
      "rescue.md": """
      We mark 100 days of searching for the more than 100 missing people, including as many as 6 sailors, who are still held at sea.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "A year later the figures were over 300 people dead, including 46 sailors, and more than 90 still held."
      ).isEmpty)
    #expect(
      conflicts(
        "A year later the figures were over 300 people dead, including 19 sailors, and more than 90 still held.") == [
          "19"
        ])
  }
}

extension ClaimFrameTests {
  /// A value no slip of the pen turns into the corpus's is about something else the words share:
  /// no certain conflict. Slips stay conflicts: a digit changed, added, dropped or two swapped, a
  /// power of ten, years a decade apart.
  @Test func onlyAPlausibleSlipIsACertainConflict() throws {
    func value(_ kind: TypedValue.Kind, _ magnitude: Double) -> TypedValue {
      TypedValue(kind: kind, magnitude: magnitude, tokens: 0..<1, token: 0)
    }
    func slip(_ kind: TypedValue.Kind, _ written: Double, _ stated: Double) -> Bool {
      FrameAlignment.isPlausibleSlip(value(kind, written), for: value(kind, stated))
    }
    #expect(slip(.year, 1999, 1998) && slip(.year, 1986, 1996) && slip(.year, 1897, 1879))
    #expect(slip(.date, 20_240_701, 20_240_315))
    #expect(!slip(.date, 20_240_701, 19_330_319) && !slip(.year, 2021, 1971))
    #expect(slip(.amount, 10e6, 10e9) && slip(.count, 6_000, 16_000) && slip(.count, 61, 16))
    #expect(slip(.percent, 3, 31) && slip(.amount, 8_000, 1_600) && slip(.count, 139, 129))
    #expect(!slip(.amount, 60e6, 33.6e12) && !slip(.amount, 2e9, 12_000) && !slip(.amount, 32e9, 226e6))
    #expect(!slip(.amount, 4e9, 50e6) && !slip(.duration, 100, 7_300))

    let corpus = try inventedCorpus([
      "order.md": "Any pension being paid on March 19, 1933, under the laws then in effect shall continue."
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(conflicts("The pension laws take effect on July 1, 2024, and shall continue.").isEmpty)
    #expect(
      conflicts("Any pension being paid on March 19, 1934, under the laws then in effect shall continue.") == [
        "March 19, 1934"
      ])
  }
}

extension ClaimFrameTests {
  /// A clause coordinated after the value with a subject of its own (", and the Government
  /// expects …") lends the value no words: here they would align it with another statement's.
  /// A list's last item (", and private investment") is still the value's.
  @Test func aCoordinatedClauseLendsTheValueNoWords() throws {
    let corpus = try inventedCorpus([
      "ageing.md": """
      In 2010, 9% of our population were aged 65 and above. Last year, this became 16%.
      Government expenditure is expected to rise sharply from 43% to nearly 60%.
      The fund will mobilize $200 billion over the next 5 years through grants, loans, and private investment.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("By 2021 the share had reached 16%, and the Government expects expenditure to rise sharply.").isEmpty)
    #expect(
      conflicts(
        "The fund will mobilize $200 billion over the next 7 years through grants, loans, and private investment.")
        == ["7 years"])
  }

  /// Adverbs that only place a statement in time ("now") are none of its subject's words.
  @Test func emptyAdverbsAreNoSubjectWords() throws {
    let corpus = try inventedCorpus([
      "seats.md": """
      The Department acted quickly this year. DOT launched the dashboard, and now all 10 major U.S. airlines
      guarantee free rebooking and meals, and nine guarantee hotel stays.

      Four airlines guarantee fee-free family seating for parents.
      """
    ])
    #expect(
      flagged(
        "Four airlines now guarantee it, and the department is working on a rule to ban family seating fees.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A rank right before its noun that the corpus writes with that noun anywhere, a heading's
  /// included ("third reading"), names a stage of a series the corpus knows: no conflict with
  /// the rank the corpus gives another stage of the same thing. A rank the corpus never writes
  /// with the noun still conflicts.
  @Test func aStageOfASeriesTheCorpusWritesIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "first.md": "Members objected to the first reading of the Harbour Lands Bill in the House.",
      "third.md": """
      # Speech For Third Reading Of Harbour Lands Bill

      The member spoke at length in the House, and the whips counted the votes.
      """,
    ])
    #expect(
      flagged("Members objected to the third reading of the Harbour Lands Bill.", .factConflict, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("Members objected to the second reading of the Harbour Lands Bill.", .factConflict, corpus: corpus)
        == ["second"])
    // A third reading the corpus writes only of another bill names no stage of this one.
    let other = try inventedCorpus([
      "first.md": "Members objected to the first reading of the Harbour Lands Bill in the House.",
      "valley.md": """
      # Speech For Third Reading Of Valley Water Bill

      The member spoke at length in the House, and the whips counted the votes.
      """,
    ])
    #expect(
      flagged("Members objected to the third reading of the Harbour Lands Bill.", .factConflict, corpus: other)
        == ["third"])
  }
}

extension ClaimFrameTests {
  /// A clause that ranks its noun ("the second mid-term round") where the statement it aligns
  /// with ranks the same noun otherwise ("the first mid-term round") is of another member of the
  /// series: its date is no conflict. Of the same rank, or unranked, it still conflicts.
  @Test func anotherRankOfTheSameNounIsAnotherMember() throws {
    let corpus = try inventedCorpus([
      "rounds.md": "The first mid-term round of joint gas buying took place in February 2024 in Brussels."
    ])
    #expect(
      flagged(
        "The second mid-term round of joint gas buying took place in March 2025 in Brussels.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "The first mid-term round of joint gas buying took place in March 2025 in Brussels.", .factConflict,
        corpus: corpus) == ["March 2025"])
  }
}

extension ClaimFrameTests {
  /// The date of an instrument numbered by a serial number with a leading zero ("ED 21-01") is
  /// that instrument's: a clause that numbers no instrument ("issued the directive on …") is no
  /// statement of it; one that numbers it still conflicts.
  @Test func theDateOfASerialNumberedInstrumentIsItsOwn() throws {
    let corpus = try inventedCorpus([
      "directive.md": "On December 13, 2020, the agency issued ED 21-01 to mitigate the harbor network compromise."
    ])
    #expect(
      flagged(
        "The agency issued the directive on September 18, 2020, once the harbor network flaw was public.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "On September 18, 2020, the agency issued ED 21-01 to mitigate the harbor network compromise.",
        .factConflict, corpus: corpus) == ["September 18, 2020"])
  }
}

extension ClaimFrameTests {
  /// A clause coordinated by ", and" with a named subject of its own ("…, and USCIS has issued
  /// …") is the value's whole clause: the names before the "and" are another clause's.
  @Test func aCoordinatedClauseWithItsOwnNamedSubject() throws {
    let corpus = try inventedCorpus([
      "permits.md": "USCIS has issued over 71,000 work permits to those Afghans who were evacuated."
    ])
    #expect(
      flagged(
        "Through Operation Allies Welcome the United States has welcomed roughly 80,000 Afghans, and USCIS has issued over 17,000 work permits to evacuees.",
        .factConflict, corpus: corpus) == ["17,000"])
    #expect(
      flagged(
        "Through Operation Allies Welcome the United States has welcomed roughly 80,000 Afghans, and USCIS has issued over 71,000 work permits to evacuees.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A count precise enough to have been taken from the corpus ("12.2 million people", three
  /// significant digits) that the corpus states of the same people is no conflict, though another
  /// of its statements ("9.3 million", a year earlier) is closer in words; a round count, or one
  /// the corpus never states, still is.
  @Test func aPreciseCountTheCorpusStatesOfTheSameThingIsNoConflict() throws {
    let corpus = try inventedCorpus([
      "early.md": "The agency estimates 9.3 million people inside the region are in need of assistance this winter.",
      "later.md":
        "The conflict has entered its fifth year and an estimated 12.2 million people are now in need of humanitarian assistance inside the region.",
    ])
    #expect(
      flagged("By then 12.2 million people inside the region needed assistance.", .factConflict, corpus: corpus)
        .isEmpty)
    #expect(
      flagged("By then 12.7 million people inside the region needed assistance.", .factConflict, corpus: corpus)
        == ["12.7 million"])
  }
}

extension ClaimFrameTests {
  /// A rank the corpus writes with the same noun of the same thing, in figures where the draft
  /// spells it ("80th" for "eightieth") and by the thing's initials ("RC" for "River
  /// Commission"), is another stage of a series the corpus knows; without it, the rank is a
  /// conflict.
  @Test func aRankInFiguresOrWordsOfTheSameThingByItsInitialsIsNoConflict() throws {
    let earlier =
      "As we approach the seventy-fifth anniversary of the River Commission next year, it is timely to reflect on the role of the River Commission and the relevance of cooperation."
    let later =
      "We are approaching the 80th anniversary of the founding of the RC and we must double down on our commitment to a rules-based basin system."
    let draft =
      "Expect the same argument this year, framed around the eightieth anniversary of the River Commission and the follow-up to the Compact for the Delta."
    let corpus = try inventedCorpus(["2019.md": earlier, "2024.md": later])
    #expect(flagged(draft, .factConflict, corpus: corpus).isEmpty)
    #expect(flagged(draft, .factConflict, corpus: try inventedCorpus(["2019.md": earlier])) == ["eightieth"])
    #expect(ValueReader.ordinalForms(of: 80) == ["80th", "eightieth"])
    #expect(ValueReader.ordinalForms(of: 75) == ["75th", "seventy-fifth"])
    #expect(ValueReader.ordinalForms(of: 13) == ["13th", "thirteenth"])
    #expect(ValueReader.ordinalForms(of: 22) == ["22nd", "twenty-second"])
    #expect(ValueReader.ordinalForms(of: 101) == ["101st"])
  }
}

extension ClaimFrameTests {
  /// A draft clause joined to another ("…, and 99% of new and relapse cases notified in 2022 were
  /// pulmonary") that shares more words with the corpus sentence stating its value than with the
  /// one its sentence as a whole is nearer: the draft took the value from there. A wrong value
  /// in the nearer clause is still a conflict.
  @Test func aClauseCloserToTheSentenceStatingItsValue() throws {
    let corpus = try inventedCorpus([
      "review.md": """
      The review found progress in case finding. Among the 282 184 new and relapse TB cases notified in 2022, 99% were pulmonary, of which 80% were confirmed.
      Despite the sharp increase in case notifications, the NTP maintained the quality of services offered in 2022: treatment success was 91%, and 97% of new and relapse TB cases had a documented HIV status at diagnosis.
      """
    ])
    #expect(
      flagged(
        "Treatment success was 91%, and 99% of new and relapse cases notified in 2022 were pulmonary.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Treatment success was 91%, and 95% of new and relapse TB cases had a documented HIV status at diagnosis.",
        .factConflict, corpus: corpus) == ["95%"])
  }
}

extension ClaimFrameTests {
  /// A sentence opening with a noun whose "of" names its own thing ("The presence of community
  /// health worker programmes …") does not take the previous sentence's subject: its count is no
  /// statement of the draft's frameworks, which the corpus gives elsewhere.
  @Test func aNounWithItsOwnOfTakesNoPreviousSubject() throws {
    let corpus = try inventedCorpus([
      "review.md": """
      The availability of external funding for community and civil society engagement was confirmed by all those 27 countries; however, only nine of the countries (33%) had reported available domestic funding. The presence of community health worker programmes as part of the national ministry of health responses was confirmed in 25 countries (95%), with 24 countries (89%) indicating that TB services are being delivered as part of these programmes. Legal or policy frameworks for the engagement of communities and civil society on TB are in place in 20 of the 27 countries (74%).
      """
    ])
    #expect(
      flagged(
        "Legal or policy frameworks for engaging communities were in place in 20 countries, and 22 reported a functional national coordinating body.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }
}

extension ClaimFrameTests {
  /// A counted noun written hyphenated is the one written closed ("start-ups", "startups"), and
  /// a noun after a hyphenated modifier is what is counted ("three long-range missiles").
  @Test func aCountedNounWrittenHyphenated() throws {
    let corpus = try inventedCorpus([
      "portal.md": """
      As per the Start-up India Portal, around 440 space technology startups are registered in India. The agency has granted 113 authorisations.

      The navy fired three long-range missiles in May, and the army tested two new drones.
      """
    ])
    #expect(
      flagged(
        "As per the portal, there are around 540 space technology start-ups registered in India.", .factConflict,
        corpus: corpus) == ["540"])
    #expect(
      flagged(
        "As per the portal, around 440 space technology start-ups are registered in India.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(flagged("The navy fired five long-range missiles in May.", .factConflict, corpus: corpus) == ["five"])
  }
}

extension ClaimFrameTests {
  /// A length of time of a hundred units or more, written beside the draft's value in a corpus
  /// sentence, ties the draft to that sentence ("up to 15% for up to 150 days" of "(15% for up
  /// to 150 days)"), whatever statement of the value's kind its words are closer to.
  @Test func aLongLengthOfTimeBesideTheValueIsTheSentenceItCameFrom() throws {
    let corpus = try inventedCorpus([
      "tariffs.md": """
      In 1975, Congress enacted Section 122, authorizing tariffs on terms (15% for up to 150 days) similar to \
      those imposed by President Varro (10% for 127 days).

      President Varro proclaimed a surcharge up to 10% on certain imports and suspended the convertibility of \
      the crown.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts("Section 122 lets the President impose a surcharge of up to 15% for up to 150 days to end deficits.")
        .isEmpty)
    // Without it, the closer statement is the draft's.
    #expect(conflicts("President Varro proclaimed a surcharge up to 15% on certain imports.") == ["15%"])
  }
}

extension ClaimFrameTests {
  /// A verb's irregular past ("grew") states the claim its participle ("has grown") does.
  @Test func anIrregularPastStatesTheParticiplesClaim() throws {
    let corpus = try inventedCorpus([
      "outlook.md": """
      The domestic economy of the delta, as measured by modified gross income, is estimated to have grown by \
      about 4 percent in 2025.
      """
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    #expect(
      conflicts(
        "The domestic economy of the delta, measured by modified gross income, grew by about 6 percent in 2025.")
        == ["6 percent"])
    #expect(
      conflicts(
        "The domestic economy of the delta, measured by modified gross income, grew by about 4 percent in 2025."
      )
      .isEmpty)
  }
}

extension ClaimFrameTests {
  /// A heading no frame reads writes the draft's value with more of its sentence's words than
  /// the statement a frame aligned with: the draft took its value from there.
  @Test func aHeadingWithTheValueAndMoreOfTheWordsTiesTheDraftToIt() throws {
    let corpus = try inventedCorpus([
      "ocean.md": """
      # Ocean meeting held in Goa

      The ministry organized the 8th Meeting of the Delta Working Group on Ocean Polar Science at Goa in August.
      """,
      "networks.md": """
      # India Hosts the 7th Delta Network Working Group Meeting in Pune on Future Network Technologies

      Delegations arrived in the city for talks on shared standards.
      """,
    ])
    #expect(
      flagged(
        "The 7th Meeting of the Delta Working Group for Cooperation in network technologies opened in Pune.",
        .factConflict, corpus: corpus
      ).isEmpty)
    // Without the heading's words, the statement it aligned with decides.
    #expect(
      flagged(
        "The 7th Meeting of the Delta Working Group on Ocean Polar Science was held.", .factConflict, corpus: corpus)
        == ["7th"])
  }
}

extension ClaimFrameTests {
  /// A short sentence whose every word a corpus sentence with the draft's value holds, as closely
  /// as the statement it conflicts with ("Cases have been reported from more than 70 countries"):
  /// which of the two the draft took is not for the linter to say.
  @Test func aSentenceAsCloseWithTheDraftsValueLeavesItUnsaid() throws {
    let corpus = try inventedCorpus([
      "leprosy.md":
        "Leprosy still occurs in more than 120 countries, with around 200 000 new cases reported every year.",
      "trematodes.md":
        "Although cases of trematode infection have been reported from more than 70 countries worldwide, data are scarce.",
    ])
    #expect(flagged("Cases have been reported from more than 70 countries.", .factConflict, corpus: corpus).isEmpty)
  }

  /// A date to the day the corpus writes as the draft does ("published on 4 July 2024") against
  /// statements giving a month alone is a day of another doing; a day the corpus never writes is
  /// still judged.
  @Test func aDayTheCorpusWritesAgainstAMonthIsAnotherDoing() throws {
    let corpus = try inventedCorpus([
      "account.md": """
      Account of the monetary policy meeting of the Governing Council

      4 July 2024

      Since the Governing Council meeting in September 2023, inflation has fallen by more than 2.5 percentage points.
      """
    ])
    #expect(
      flagged(
        "Since the Governing Council meeting on 4 July 2024, inflation has fallen by more than 2.5 percentage points.",
        .factConflict, corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "Since the Governing Council meeting on 5 July 2024, inflation has fallen by more than 2.5 percentage points.",
        .factConflict, corpus: corpus) == ["5 July 2024"])
  }
}
