import Testing

@testable import DossierCore

/// A draft's unknown reference one character from a known one: a typo of it only when the draft
/// ties it to the known one (`NearMissReading`), else an instrument the corpus does not cite.
@Suite struct NearMissReadingTests {
  /// An invented corpus citing six orders, each in boilerplate ("national emergency") and in
  /// words of its own.
  let manyOrders: Corpus

  init() throws {
    manyOrders = try inventedCorpus([
      "a.md": """
      Executive Order 14100 of March 3, 2021 continued the national emergency and blocked property of the harbor authority.

      Executive Order 14210 of April 9, 2022 continued the national emergency and blocked property of timber exporters.
      """,
      "b.md": """
      Executive Order 14320 of May 5, 2023 continued the national emergency and blocked property of fishing fleets.

      Executive Order 14430 of June 6, 2024 continued the national emergency over lithium smelters and blocked property.
      """,
      "c.md": """
      Executive Order 14540 of July 7, 2025 continued the national emergency and blocked property of shipping insurers.

      Executive Order 14650 of August 8, 2026 continued the national emergency and blocked property of cement traders.
      """,
    ])
  }

  func reported(_ draft: String, corpus: Corpus) -> [(rule: Rule, text: String, message: String, fix: String?)] {
    let document = DraftDocument(draft)
    return Analyzer.findings(in: document, corpus: corpus).filter {
      $0.rule == .unknownReference || $0.message.hasPrefix("the corpus cites")
    }.map { ($0.rule, document.text.string(in: $0.range), $0.message, $0.fixes.first?.edits.first?.newText) }
  }

  @Test func theKnownOnesOwnWordsTieIt() {
    // "lithium smelters" is said of 14430 alone.
    let found = reported("Executive Order 14431 blocked the lithium smelters' assets.", corpus: manyOrders)
    #expect(found.count == 1)
    #expect(found.first?.rule == .factConflict)
    #expect(found.first?.message == "the corpus cites Executive Order 14430, not Executive Order 14431")
    #expect(found.first?.fix == "14430")
  }

  @Test func boilerplateEveryOrderSharesDoesNotTieIt() {
    let found = reported(
      "Executive Order 14431 continued the national emergency and blocked property.", corpus: manyOrders)
    #expect(found.count == 1)
    #expect(found.first?.rule == .unknownReference)
    #expect(
      found.first?.message
        == "the corpus does not cite \"Executive Order 14431\" (it cites Executive Order 14430, one character away, in other terms)"
    )
    // Still offered, as a suggestion.
    #expect(found.first?.fix == "14430")
  }

  @Test func theKnownOnesDateTiesItAndAnotherDateMakesItAnotherInstrument() {
    let same = reported("The smelters fall under Executive Order 14431 of June 6, 2024.", corpus: manyOrders)
    #expect(same.map(\.rule) == [.factConflict])
    let other = reported(
      "Executive Order 14431 of June 9, 2024 blocked the lithium smelters' assets.", corpus: manyOrders)
    #expect(other.map(\.rule) == [.unknownReference])
    #expect(
      other.first?.message
        == "the corpus does not cite \"Executive Order 14431\" (it cites Executive Order 14430 of June 6, 2024, one character away: another instrument)"
    )
    // Nothing to replace: the draft means another order.
    #expect(other.first?.fix == nil)
  }

  @Test func aCorpusCitingOneOrderNeedsOneSharedWord() {
    // The seed corpus cites one order, "The measures, implemented under Executive Order 13382".
    #expect(reported("The measures rest on Executive Order 13383.", corpus: .embedded).map(\.rule) == [.factConflict])
    #expect(
      reported("A legal memo explains why Executive Order 13383 was chosen.", corpus: .embedded).map(\.rule) == [
        .unknownReference
      ])
  }

  @Test func aReferenceBrokenOverALineIsQuotedOnOne() {
    let found = reported("The regulators cited Executive\nOrder 14999 in passing.", corpus: manyOrders)
    #expect(found.first?.message.contains("\"Executive Order 14999\"") == true)
  }
}
