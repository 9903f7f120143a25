import Testing

@testable import DossierCore

/// A number written in a corpus sentence's very words, where the corpus writes another a slip
/// away (`EchoedValue`).
struct EchoedValueTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "monrovia.md": """
      The river opens north of the largest slum, West Point, home to 75,000 of Monrovia's 1.3 million residents.

      The survey team mapped the drainage channels of the township in eleven weeks, with 120 volunteers from the university.

      Clinics in the north reported 340 cases in the first week, and clinics in the south reported 310 cases in the first week.

      Under Section 701 of the act, the agency reviews every grant within 30 days of the request.
      """
    ])
  }

  func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }

  @Test func aNumberMistypedInTheSourcesWordsConflicts() {
    // Two digits swapped, in other words before it.
    #expect(
      conflicts("West Point, the city's largest slum, is home to 57,000 of Monrovia's 1.3 million residents.") == [
        "57,000"
      ])
    // One digit changed.
    #expect(
      conflicts(
        "They mapped the drainage channels of the township in eleven weeks, with 150 volunteers from the university.")
        == ["150"])
  }

  @Test func otherNumbersAndOtherWordsDoNot() {
    // The corpus's own number.
    #expect(conflicts("West Point is home to 75,000 of Monrovia's 1.3 million residents.").isEmpty)
    // More than a slip away: another figure, perhaps of another time.
    #expect(conflicts("West Point is home to 40,000 of Monrovia's 1.3 million residents.").isEmpty)
    // Too few of the corpus's words around it.
    #expect(conflicts("By now 57,000 of them have left.").isEmpty)
    // The corpus writes two numbers in these words: no one of them is the draft's.
    #expect(conflicts("Clinics in the east reported 370 cases in the first week.").isEmpty)
    // A number after a capitalised word is an identifier's.
    #expect(conflicts("Under Section 301 of the act, the agency reviews every grant.").isEmpty)
  }

  @Test func theDraftsNumberBesideItsWordsInTheCorpusIsNoSlip() throws {
    let corpus = try inventedCorpus([
      "grants.md": """
      The agency reviews every grant within 30 days of the request, and every appeal within 90 days.
      """
    ])
    #expect(
      flagged("The agency reviews every grant within 90 days of the request.", .factConflict, corpus: corpus).isEmpty)
    // (Another number there is a conflict, read by the claim frames too.)
    #expect(
      !flagged("The agency reviews every grant within 20 days of the request.", .factConflict, corpus: corpus).isEmpty)
  }

  @Test func aNameInThePossessiveIsOneTheDocumentNames() throws {
    let corpus = try inventedCorpus([
      "aid.md": """
      Minister Carr announced a further $10 million in assistance to the region.

      The new funding brings our total contribution for the crisis to $41.5 million.
      """
    ])
    #expect(
      flagged(
        "Minister Carr's further $10 million brought the total contribution for the crisis to $31.5 million.",
        .factConflict, corpus: corpus) == ["31.5"])
    // A name the document does not write: perhaps another's contribution.
    #expect(
      flagged(
        "Minister Wong's further $10 million brought the total contribution for the crisis to $31.5 million.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }

  @Test func theMostWordsAroundANumberTellWhichSentenceIsEchoed() throws {
    let corpus = try inventedCorpus([
      "network.md": """
      Armidale has embraced the network, with more than 87 per cent of people signing up to have fibre connected to their homes. The network will reach the University of New England.

      Technology drives 78 per cent of productivity gains in services, and 31 per cent of people work in services.
      """
    ])
    // "78 per cent" written of productivity gains says nothing of people signing up; "31 per cent
    // of people" shares two words fewer than "more than 87 per cent of people".
    #expect(
      flagged(
        "More than 78 per cent of people there signed up to have fibre connected to their homes, including the University of New England.",
        .factConflict, corpus: corpus) == ["78"])
    // As many words, or one fewer, around two numbers: neither is the one echoed.
    let split = try inventedCorpus([
      "casualties.md": """
      At least 185 people were killed in the attack, including 13 service members on duty. More than 150 people, including 18 service members, were wounded.
      """
    ])
    #expect(
      flagged("The bombing killed 185 people, including 11 service members.", .factConflict, corpus: split).isEmpty)
  }

  @Test func anotherNumberOfTheSentenceTiesItToTheCorpusSentence() throws {
    let corpus = try inventedCorpus([
      "visas.md": """
      As of 2 September, 6678 visas have been issued and 3532 of these people have settled in Australia.
      """
    ])
    #expect(
      flagged(
        "As of 2 September, 6678 visas had been issued and 4532 of those people had settled in Australia.",
        .factConflict, corpus: corpus) == ["4532"])
    // Without it, one content word around the number is too few.
    #expect(
      flagged(
        "By then some visas had been issued and 4532 of those people had settled in Australia.", .factConflict,
        corpus: corpus
      ).isEmpty)
  }

  @Test func aMonthIsADatesWordNotAName() throws {
    let corpus = try inventedCorpus([
      "call.md": """
      The Call grew quickly: 31 new countries and 2 organisations joined, bringing the total to 48 countries and 3 international organisations.
      """
    ])
    #expect(
      flagged(
        "By that September, 31 new countries and two organisations had joined, bringing the total to 58 countries and three international organisations.",
        .factConflict, corpus: corpus) == ["58"])
    // A name the document does not write still leaves the sentence to another occasion.
    #expect(
      flagged(
        "By then Canada and 31 new countries had joined, bringing the total to 58 countries and three international organisations.",
        .factConflict, corpus: corpus
      ).isEmpty)
  }

  @Test func slipsAreSwapsAndSingleDigits() {
    func slip(_ a: String, _ b: String) -> Bool { EchoedValue.isSlip(Array(a.utf8), Array(b.utf8)) }
    #expect(slip("57000", "75000"))
    #expect(slip("227", "277"))
    #expect(slip("18", "8"))
    #expect(slip("200000", "20000"))
    #expect(!slip("968", "689"))
    #expect(!slip("3", "5"))
    #expect(!slip("120", "120"))
    #expect(!slip("1200", "12"))
    // Zeros that end the decimals make no other number.
    #expect(EchoedValue.digits(of: TokenText("1.50")) == EchoedValue.digits(of: TokenText("1.5")))
    #expect(EchoedValue.digits(of: TokenText("150")) != EchoedValue.digits(of: TokenText("1.5")))
    // Digits a comma does not group in threes are no number ("2026,7": a year and a footnote's).
    #expect(EchoedValue.digits(of: TokenText("2026,7")) == nil)
    #expect(EchoedValue.digits(of: TokenText("1,234,567.50")) == Array("12345675".utf8))
    #expect(EchoedValue.digits(of: TokenText("12,34")) == nil)
    #expect(EchoedValue.isYear(Array("2004".utf8)))
    #expect(!EchoedValue.isYear(Array("2400".utf8)))
  }
}

extension EchoedValueTests {
  /// A date's month written in a corpus sentence's very words, where the corpus writes another
  /// month beside the same day ("on July 1" for "on June 1").
  @Test func aMonthInTheSourcesWordsConflicts() throws {
    let board = try inventedCorpus([
      "statement.md": """
      In addition, the board decided to begin reducing its holdings of harbour bonds and delta \
      securities on June 1, as described in the plan issued today.

      The board will meet again on 14 March to review the plan.
      """
    ])
    let finding = try #require(
      findings(
        "The board decided in May to begin reducing its holdings of harbour bonds and delta securities on July 1.",
        corpus: board
      ).first { $0.rule == .factConflict })
    // (A day of the year written without its year is a date of its own: the statement's "June 1".)
    #expect(finding.message == "wrong date July 1: the corpus gives June 1")
    #expect(finding.fixes.first?.edits.first?.newText == "June 1")
    // The corpus's month, another day's words, and "May" as a verb say nothing.
    #expect(
      flagged(
        "The board decided to begin reducing its holdings of harbour bonds and delta securities on June 1.",
        .factConflict, corpus: board
      ).isEmpty)
    #expect(flagged("The board may meet again on 14 April to hear the banks.", .factConflict, corpus: board).isEmpty)
    #expect(
      flagged("The board will meet again on 14 April to review the plan.", .factConflict, corpus: board) == [
        "April"
      ])
  }
}

extension EchoedValueTests {
  /// Two neighbouring digits swapped, in a corpus sentence that shares the draft sentence's words
  /// though not the words right around the number ("an additional $76.4 million" where the corpus
  /// gives the regulator "an additional $67.4 million"), conflict where no claim frame decides;
  /// a digit changed there, a swap in a sentence of other words, or a number the corpus writes
  /// elsewhere, does not.
  @Test func twoDigitsSwappedInASentenceOfTheSameWordsConflict() throws {
    let corpus = try inventedCorpus([
      "package.md": """
      - Strengthen the Valley Energy Regulator by providing it with an additional $67.4 million to stop energy network companies gaming the system and overturning rulings in the courts.

      To back this, we will strengthen the Regulator by providing it with an additional $67.4 million to ensure it is fully equipped.

      The harbour board spent $21.9 million on dredging in 2019.
      """,
      "fund.md": """
      The Valley Government is establishing a $1 billion Clean Energy Innovation Fund to support emerging technologies make the leap from demonstration to commercial deployment.
      """,
    ])
    func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }
    let swapped =
      "The answer was to end the appeals route and to give the Valley Energy Regulator an additional $76.4 million."
    #expect(conflicts(swapped) == ["76.4"])
    let finding = try #require(findings(swapped, corpus: corpus).first { $0.rule == .factConflict })
    #expect(finding.message.contains("two digits swapped"))
    #expect(finding.evidence.first?.document == "package.md")
    // A digit changed is another figure as often as a slip.
    #expect(
      conflicts(
        "The answer was to end the appeals route and to give the Valley Energy Regulator an additional $77.4 million."
      ).isEmpty)
    // A swap in a sentence of other words, and a number the corpus writes.
    #expect(conflicts("The city spent $12.9 million on parks.").isEmpty)
    #expect(
      conflicts(
        "The answer was to end the appeals route and to give the Valley Energy Regulator an additional $21.9 million."
      ).isEmpty)
  }
}
