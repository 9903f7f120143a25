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
    #expect(EchoedValue.isYear(Array("2004".utf8)))
    #expect(!EchoedValue.isYear(Array("2400".utf8)))
  }
}
