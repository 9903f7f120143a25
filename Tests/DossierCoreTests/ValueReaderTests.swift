import Testing

@testable import DossierCore

/// `ValueReader` on invented sentences: each kind, equal values written differently, and the
/// numbers that are not values (reference numbers, parts of dates, ranges).
@Suite struct ValueReaderTests {
  /// The values of the first sentence of `text`, as (kind, magnitude, unit).
  func read(_ text: String) -> [(TypedValue.Kind, Double, String)] {
    let prose = DraftDocument(text).prose[0]
    return ValueReader.values(in: prose, sentence: prose.sentences[0]).map { ($0.kind, $0.magnitude, $0.unit) }
  }

  /// The first value of `text` as "kind magnitude unit".
  func first(_ text: String) -> String? { read(text).first.map { "\($0.0) \($0.1) \($0.2)" } }

  func kinds(_ text: String) -> [TypedValue.Kind] { read(text).map(\.0) }

  func single(_ text: String) -> TypedValue? {
    let prose = DraftDocument(text).prose[0]
    let values = ValueReader.values(in: prose, sentence: prose.sentences[0]).filter { $0.kind != .identifier }
    return values.count == 1 ? values[0] : nil
  }

  @Test func yearsAndFullDates() {
    #expect(read("The dam opened in 1995 after a long delay.").map(\.0) == [.year])
    for text in [
      "The treaty was signed on July 18, 2023 in Vientiane.", "The treaty was signed on 18 July 2023 in Vientiane.",
      "The treaty was signed on 2023-07-18 in Vientiane.",
    ] {
      #expect(read(text).map(\.0) == [.date], "\(text)")
      #expect(read(text).first?.1 == 20_230_718, "\(text)")
    }
    #expect(read("The treaty was signed in July 2023 by four states.").first?.1 == 20_230_700)
    // A comma between the month and the year.
    #expect(read("The act was enacted in June, 2015 by the Congress.").map(\.0) == [.date])
    #expect(read("The act was enacted in June, 2015 by the Congress.").first?.1 == 20_150_600)
    // "June of 1982": a month and its year; "may of" is no month.
    #expect(read("The President spoke at Westminster in June of 1982 on freedom.").map(\.0) == [.date])
    #expect(read("The President spoke at Westminster in June of 1982 on freedom.").first?.1 == 19_820_600)
    #expect(read("Some may of 1982 vintage remain.").map(\.0) == [.year])
    // The day of a date is never a count, the year of a date never a bare year.
    #expect(!kinds("The board met on 9 May 1992 in Bangkok.").contains(.count))
    #expect(!kinds("The board met on June 12, 2009 in Bangkok.").contains(.year))
  }

  @Test func abbreviatedMonthsWithADayAndAYear() {
    for (text, date) in [
      ("The talks were held on Jul 29, 1987 in Colombo.", 19_870_729.0),
      ("The attacks of Sept. 11, 2001 changed the agenda.", 20_010_911),
      ("The accord was signed on 8 Sept 2016 in Kigali.", 20_160_908),
      ("The accord was signed on 21 Apr. 2021 in Kigali.", 20_210_421),
      ("The minister arrived on Jun 02, 1987 with aides.", 19_870_602),
    ] {
      #expect(read(text).map(\.0) == [.date], "\(text)")
      #expect(read(text).first?.1 == date, "\(text)")
    }
    // Lower case, or no year: a word or a name, not a month.
    #expect(!kinds("The oct 29, 1987 file was lost.").contains(.date))
    #expect(!kinds("Mar 19 of the crew went ashore in 1987.").contains(.date))
    #expect(!kinds("Jan 5 was the score in 1987.").contains(.date))
  }

  @Test func datesWithAnOrdinalDay() {
    for (text, date) in [
      ("There will be a referendum on or before 31st December, 1988 in the province.", 19_881_231.0),
      ("The blockade began on the 2nd of January, 1987 after the talks.", 19_870_102),
      ("The blockade began on the 2nd of January 1987 after the talks.", 19_870_102),
      ("The accord was signed on December 31st, 1988 in Delhi.", 19_881_231),
      ("The accord was signed on Jul 29th, 1987 in Colombo.", 19_870_729),
    ] {
      #expect(read(text).map(\.0) == [.date], "\(text)")
      #expect(read(text).first?.1 == date, "\(text)")
    }
    // No year: a day of the year (year 0), compared only with another written so; never a rank.
    #expect(read("The accord was signed on the 29th of July at noon.").isEmpty)
    #expect(read("The accord was signed on 4th July at noon.").map(\.0) == [.date])
    #expect(read("The accord was signed on 4th July at noon.").first?.1 == 704)
    #expect(read("The board meets on December 2 in Sydney.").first?.1 == 1202)
    // Not a range's first day, nor a list's.
    #expect(read("The summit met on July 9-11 in Vilnius.").isEmpty)
    #expect(read("The summit met on 9 to 11 July in Vilnius.").isEmpty)
    #expect(!read("The summit met on July 9 and 10 in Vilnius.").map(\.0).contains(.date))
    // An ordinal that ranks is still one.
    #expect(kinds("It was the 29th session of the board in 1987.") == [.ordinal, .year])
  }

  @Test func thousandsGroupedBySpacesAndCurrencyLettersOnDigits() {
    #expect(first("The stations will add 10 000 megawatts of capacity.") == "count 10000.0 ")
    #expect(first("The stations will add 10\u{A0}000 megawatts of capacity.") == "count 10000.0 ")
    #expect(first("Some 1 250 000 households were connected last year.") == "count 1250000.0 ")
    #expect(first("Eskom carries an R400 billion debt burden this year.") == "amount 400000000000.0 zar")
    #expect(first("The state will spend Rs500 crore on the scheme.") == "amount 5000000000.0 inr")
    // A number before the groups: a telephone number, not thousands.
    #expect(!read("Call Rachel on 0478 488 874 for details.").contains { $0.1 == 488_874 })
    // Letters and digits without a scale: a road or a report number.
    #expect(read("Take the R40 north of the town.").isEmpty)
    #expect(kinds("CRS Report R47321 covers the sale.") == [])
  }

  @Test func fractionsAndPercentagePoints() {
    #expect(first("Bank Rate is now 5¼% after the meeting.") == "percent 5.25 ")
    #expect(first("The path falls to 3¾ per cent by the end.") == "percent 3.75 ")
    #expect(first("Rates rose by 0.25 percentage points in August.") == "measure 25.0 bp")
    #expect(first("Rates rose by 25 basis points in August.") == "measure 25.0 bp")
  }

  @Test func lengthsWrittenAsModifiers() {
    #expect(first("He ended a 37-year career in medicine.") == "duration \(37 * 365.0) ")
    #expect(first("The order calls for a 90-day review of the rules.") == "duration 90.0 ")
    // A cycle of years is a frequency.
    #expect(first("Parties report on a five-year cycle to the body.") == "frequency 0.2 ")
  }

  @Test func votes() {
    #expect(first("The MPC voted by a majority of 6–3 to increase Bank Rate.") == "vote 6003.0 ")
    #expect(first("The MPC voted 7-2 to keep Bank Rate at 5%.") == "vote 7002.0 ")
    #expect(first("It did so by six votes to three in August.") == "vote 6003.0 ")
    #expect(first("The cut, on 5 votes to 4, reduced Bank Rate.") == "vote 5004.0 ")
    // A range, a score or a ratio is no vote.
    #expect(!kinds("Growth of 2-3 per cent is expected.").contains(.vote))
    #expect(!kinds("The team won 6-3 in the final.").contains(.vote))
  }

  @Test func theEndsOfASpanOfTimeAreNoTimesOfTheClause() {
    #expect(read("Anyone who served between August 13, 1898, and July 4, 1902 is a veteran.").isEmpty)
    #expect(read("The scheme ran from 1 March 2020 to 31 May 2021 in every state.").isEmpty)
    #expect(read("The scheme ran from March 2020 until May 2021 in every state.").isEmpty)
    // Two dates of two things stay: no "between" or "from" opens a span.
    #expect(kinds("The law passed on July 4, 1902 and took effect on August 13, 1903.") == [.date, .date])
    #expect(kinds("It was adopted on 12 December 2015 and entered into force in 2016.") == [.date, .year])
    // A date after "from" that no second date closes is the time of the clause.
    #expect(kinds("The order applies from 1 March 2020 to every vessel.") == [.date])
  }

  @Test func ordinalsInDigitsAndWords() {
    #expect(first("It was the fourth meeting of the board.") == "ordinal 4.0 ")
    #expect(first("It was the 21st session of the board.") == "ordinal 21.0 ")
    #expect(first("It was the twenty-first session of the board.") == "ordinal 21.0 ")
    // An ordinal that qualifies no noun is not a value.
    #expect(read("The board was the first to act.").isEmpty)
  }

  @Test func percentagesAmountsAndMeasures() {
    for text in [
      "Flows fell by 60 per cent over the decade.", "Flows fell by 60 percent over the decade.",
      "Flows fell by 60% over the decade.",
    ] {
      #expect(first(text) == "percent 60.0 ", "\(text)")
    }
    let amounts = [
      "a fund of $10 million for dredging.", "a fund of $10,000,000 for dredging.",
      "a fund of USD 10 million for dredging.", "a fund of $10m for dredging.",
    ]
    for text in amounts {
      #expect(first(text) == "amount 10000000.0 usd", "\(text)")
    }
    // Basis points, however written.
    #expect(first("Rates fell by 43 bps in March.") == "measure 43.0 bp")
    #expect(first("Rates fell by 43 basis points in March.") == "measure 43.0 bp")
    // "US$" is the currency whole; rupees in lakh and crore.
    let reserves = single("Reserves rose to US$ 372 billion by then.")
    #expect(reserves?.kind == .amount && reserves?.magnitude == 372e9 && reserves?.tokens.count == 4)
    #expect(first("Measures of ₹9.42 lakh crore were announced.") == "amount 9420000000000.0 inr")
    #expect(first("Measures of ₹10,000 crore were announced.") == "amount 100000000000.0 inr")
    #expect(first("Water warmed by 1.1 °C since then.") == "measure 1.1 °c")
    #expect(first("Water warmed by 1.5°C since then.") == "measure 1.5 °c")
    #expect(first("Water warmed by 1.1 degrees since then.") == "measure 1.1 °c")
  }

  @Test func durationsAndFrequencies() {
    let every5 = single("The review takes place every five years.")
    let cycle5 = single("The review runs on a five-year cycle.")
    #expect(every5?.kind == .frequency)
    #expect(cycle5?.kind == .frequency)
    #expect(every5.map { cycle5?.agrees(with: $0) ?? false } == true)
    let quarterly = single("The commission meets quarterly.")
    let fourTimes = single("The commission meets four times a year.")
    #expect(quarterly?.kind == .frequency)
    #expect(quarterly.map { fourTimes?.agrees(with: $0) ?? false } == true)
    #expect(single("The commission meets twice a year.")?.magnitude == 2)
    #expect(single("The commission reports annually.")?.magnitude == 1)
    let twoYears = single("Notice is possible after two years from entry.")
    let months = single("Notice is possible after 24 months from entry.")
    #expect(twoYears?.kind == .duration)
    #expect(twoYears.map { months?.agrees(with: $0) ?? false } == true)
    // "two years later" is a point in time, not a length; a window "within" so long "after" an
    // event is a length.
    #expect(single("Two years later the dam was finished.") == nil)
    #expect(single("The report is due 90 days after the date of this order.") == nil)
    // "added up to" is a sum, not a bound.
    #expect(single("The relief measures added up to $9.4 billion.")?.bound == .exact)
    #expect(single("The relief may reach up to $9.4 billion.")?.bound == .atMost)
    let window = single("No aircraft may land within 180 days after departure from the zone.")
    #expect(window?.kind == .duration && window?.magnitude == 180)
    // Calendar days are days, the whole value from its number to its unit; working days are a
    // length of their own.
    let calendar = single("Flaws must be fixed within 15 calendar days of detection.")
    #expect(calendar?.kind == .duration && calendar?.tokens.count == 3)
    #expect(
      calendar.map { single("Flaws must be fixed within 15 days of detection.")?.agrees(with: $0) ?? false } == true)
    let working = single("Flaws must be fixed within 15 business days of detection.")
    #expect(working?.kind == .duration && working?.unit == "working")
    #expect(calendar.map { working?.isComparable(with: $0) ?? true } == false)
    #expect(single("The calendar year 2020 closed.")?.kind != .duration)
  }

  @Test func countsInWordsAndDigits() {
    let ten = single("The panel has ten members from the basin.")
    let digits = single("The panel has 10 members from the basin.")
    #expect(ten?.kind == .count)
    #expect(ten.map { digits?.agrees(with: $0) ?? false } == true)
    #expect(single("The dam employs 1,300 workers.")?.magnitude == 1300)
    #expect(single("The dam employs 1300 workers.") == nil || single("The dam employs 1300 workers.")?.kind != .count)
    // "one" is a pronoun as often as a number.
    #expect(single("One of the dams failed.") == nil)
  }

  @Test func aNumberOpeningTheTextIsACount() {
    // (No identifier stands before the first token: "21" is no reference's number.)
    #expect(first("21 states received allocations over $1 billion.") == "count 21.0 ")
    #expect(read("Resolution 1718 was backed by 21 states.").map(\.0) == [.identifier, .count])
  }

  @Test func howManyTimesSomethingHappened() {
    #expect(first("Quad Leaders have met together six times, including twice virtually.") == "count 6.0 ")
    #expect(first("The ministers have met 8 times since 2021.") == "count 8.0 ")
    #expect(first("The board meets four times a year.") == "frequency 4.0 ")
    // A multiple is no count, nor a number of times after a verb that is not of meeting.
    #expect(first("Prices rose three times faster than wages.") == nil)
    #expect(first("The plant makes five times as many chips.") == nil)
    #expect(first("The board's budget is now three times this year's request.") == nil)
    #expect(first("Since then, the budget has grown three times.") == nil)
    #expect(first("The budget grew three times in size.") == nil)
  }

  @Test func aFrequencyWithAPrefixIsAnotherFrequency() {
    #expect(first("Agencies report weekly to the board.") == "frequency 52.0 ")
    // With a prefix, another frequency: "bi-weekly" every two weeks, "semi-annually" twice a
    // year; "bi-monthly" may be every two months or twice a month, and is not read.
    #expect(first("Agencies report bi-weekly to the board.") == first("Agencies report every two weeks."))
    #expect(first("Agencies report biweekly to the board.") == first("Agencies report every two weeks."))
    #expect(first("Agencies report fortnightly to the board.") == first("Agencies report every two weeks."))
    #expect(first("Agencies report every two weeks.") != nil)
    #expect(first("Agencies report semi-annually to the board.") == "frequency 2.0 ")
    #expect(first("Agencies report bi-monthly to the board.") == nil)
  }

  @Test func hundredsInWords() {
    #expect(first("Two hundred and sixty-five people work at the plant.") == "count 265.0 ")
    #expect(first("Two hundred sixty five people work at the plant.") == "count 265.0 ")
    #expect(first("The plant employs three hundred people.") == "count 300.0 ")
    #expect(first("The plant employs fifteen hundred people.") == "count 1500.0 ")
    #expect(first("The plant employs two hundred and five people.") == "count 205.0 ")
    #expect(first("The program reached three hundred thousand people.") == "count 300000.0 ")
    // "and" before another word is not part of the number, nor is another number's start.
    #expect(first("Two hundred and more people came.") == "count 200.0 ")
    #expect(first("Between two hundred and three hundred people came.") != "count 203.0 ")
  }

  @Test func referenceNumbersAreIdentifiers() {
    #expect(kinds("Article 6 of the treaty covers fishing.") == [.identifier])
    #expect(kinds("Resolutions 1718 and 1874 apply to the basin.") == [.identifier, .identifier])
    #expect(kinds("The Water Act of 2016 set new quotas.") == [.identifier])
    // A value after a reference word and "of" is a value, not the instrument's year.
    #expect(first("The board set a goal of 5 percent for small growers.") == "percent 5.0 ")
    #expect(first("The basin keeps a target of 30% of its flow.") == "percent 30.0 ")
    // A decision symbol and a range are no values at all.
    #expect(!kinds("Under decision 1/CP.21 the parties agreed.").contains(.count))
    #expect(read("It needs 9 to 12 months of study.").isEmpty)
  }

  @Test func bounds() {
    #expect(single("It has at least 55 members today.")?.bound == .atLeast)
    #expect(single("It has more than 55 members today.")?.bound == .moreThan)
    #expect(single("It has about 55 members today.")?.bound == .approximate)
    #expect(single("It has no fewer than 55 members today.")?.bound == .atLeast)
    let atLeast = single("It has at least 55 members today.")!
    let moreThan = single("It has more than 50 members today.")!
    #expect(!atLeast.isComparable(with: moreThan))
  }
}

extension ValueReaderTests {
  /// Digits grouped other than by threes are no number ("220,0000" is a typo of 220,000 or of
  /// 2,200,000; "12,5" a decimal comma); grouped by threes they are.
  @Test func digitsGroupedOtherThanByThreesAreNoNumber() {
    #expect(read("The fund helped more than 220,0000 providers.").isEmpty)
    #expect(read("The levy rose to 12,5 points.").isEmpty)
    #expect(first("The fund helped more than 220,000 providers.") == "count 220000.0 ")
    #expect(first("The fund paid $1,250,000.50 to providers.") == "amount 1250000.5 usd")
    #expect(first("The fund helped 1,234 providers.") == "count 1234.0 ")
  }

  /// A scale in square brackets is an editor's insertion or correction: "$40 [million]" (the
  /// brackets are Markdown's, read as text around the word).
  @Test func aScaleInSquareBracketsScalesTheNumber() {
    #expect(first("We will invest $40 [million] in fisheries.") == "amount 40000000.0 usd")
    #expect(first("We will invest $40 <s>billion</s> [million] in fisheries.") == "amount 40000000.0 usd")
    #expect(first("We will invest $40 <s>billion</s> \\[million\\] in fisheries.") == "amount 40000000.0 usd")
  }
}

extension ValueReaderTests {
  /// "from two months to 12": where a change started is no value of anything now.
  @Test func whereAChangeStartedIsNoValue() {
    #expect(!kinds("States extended coverage from two months to 12 after birth.").contains(.duration))
    #expect(kinds("States extended coverage for two months in the valley.").contains(.duration))
  }
}

extension ValueReaderTests {
  /// A length of time before "into", "mark" or "anniversary" says how long ago something began
  /// (as of its document's date), no length of anything: "three years into the war", "the
  /// one-year mark of the invasion". A length that is one stays one.
  @Test func timeElapsedSinceAnEventIsNoDuration() {
    #expect(!kinds("Almost three years into the war, the fund grew.").contains(.duration))
    #expect(!kinds("At the one-year mark of the invasion, the leaders met.").contains(.duration))
    #expect(!kinds("The town marked the 10-year anniversary of the flood.").contains(.duration))
    #expect(kinds("The programme runs for three years in the valley.").contains(.duration))
  }
}

extension ValueReaderTests {
  /// A time after "by" (with "early", "mid", "late" or "the end of" between) or "no later than"
  /// is a deadline: a time at most. A time something happened is exact.
  @Test func aDeadlineIsATimeAtMost() {
    func bounds(_ text: String) -> [TypedValue.Bound] {
      let prose = DraftDocument(text).prose[0]
      return ValueReader.values(in: prose, sentence: prose.sentences[0]).filter { $0.kind == .date || $0.kind == .year }
        .map(\.bound)
    }
    #expect(bounds("The operators must publish the documents by early July 2025.") == [.atMost])
    #expect(bounds("The plan ends by 2030.") == [.atMost])
    #expect(bounds("The fund closes by the end of 2025.") == [.atMost])
    #expect(bounds("The owner must divest no later than June 6, 2013.") == [.atMost])
    #expect(bounds("The Commission published its opinion on 16 May 2025.") == [.exact])
  }
}

extension ValueReaderTests {
  /// A corpus's deadline is contradicted by another deadline, not by a time something was done
  /// before it.
  @Test func aDeadlineConflictsOnlyWithADeadline() throws {
    let corpus = try inventedCorpus([
      "opinion.md": """
      Following today’s publication, it will now be up to the future hydrogen transmission network operators to adopt and publish, by early July 2025, the final statutory documents, taking into account the Commission’s and ACER’s opinions.

      The agency must publish the register by 2027, the board said.
      """
    ])
    #expect(
      flagged(
        "The Commission published its opinion on the statutory documents on 16 May 2025.", .factConflict,
        corpus: corpus
      ).isEmpty)
    #expect(
      flagged(
        "The operators must adopt and publish the final statutory documents by early June 2025.", .factConflict,
        corpus: corpus) == ["June 2025"])
    #expect(flagged("The agency must publish the register by 2029.", .factConflict, corpus: corpus) == ["2029"])
  }
}
