import DossierCore
import Foundation
import Testing

/// Completion (`Analyzer.completions(at:in:corpus:)`): corpus items whose start the writer typed,
/// replacing every typed word of them.
@Suite struct CompletionTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(LookupTests.files)
  }

  /// The candidates at the end of `typed`, and the text after accepting `label`.
  func accept(_ label: String, after typed: String, then rest: String = " today.") -> String? {
    let text = typed + rest
    let draft = DraftDocument(text)
    let candidates = Analyzer.completions(at: typed.utf8.count, in: draft, corpus: corpus).prefix(10)
    guard let chosen = candidates.first(where: { $0.label == label }) else { return nil }
    let bytes = Array(text.utf8)
    return String(decoding: bytes[..<chosen.replace.lowerBound], as: UTF8.self) + chosen.insertText
      + String(decoding: bytes[chosen.replace.upperBound...], as: UTF8.self)
  }

  @Test func aLengthOfTimeTheCorpusGivesIsOfferedAfterItsClause() throws {
    let rules = try inventedCorpus([
      "rules.txt": """
      Each port must publish the berth fee schedule within six months of the accord.
      The board must dredge the outer channel within 30 days of a storm.
      The board may dredge the outer channel within 60 days of a flood.
      The harbor rules took effect one year after the accord.
      The port authority announced dredging grants of $9.4 million for the outer channel.
      The berth fee rose by 12 per cent in the first year of the accord.
      The port authority cut the berth fee by 40 basis points in the spring.
      """
    ])
    func values(after typed: String) -> [String] {
      Analyzer.completions(at: typed.utf8.count, in: DraftDocument(typed), corpus: rules).filter { $0.kind == .value }
        .map(\.label)
    }
    #expect(values(after: "Every port has to publish the berth fee schedule within ") == ["six months"])
    // Two lengths for the same words: none offered.
    #expect(values(after: "The board has to dredge the outer channel within ").isEmpty)
    // A length of time only after the word the corpus writes before it: not where a date goes.
    #expect(values(after: "The harbor rules took effect on ").isEmpty)
    // A sum, a share and a measure likewise.
    #expect(values(after: "The port authority has announced dredging grants of ") == ["$9.4 million"])
    #expect(values(after: "Last year the berth fee rose by ") == ["12 per cent"])
    #expect(values(after: "The port authority cut the berth fee by ") == ["40 basis points"])
  }

  @Test func aMultiWordItemReplacesEveryTypedWord() {
    #expect(
      accept("Joint Harbor Commission", after: "Reports go to the Joint Harb")
        == "Reports go to the Joint Harbor Commission today.")
    #expect(accept("Port Almarin", after: "Ships wait in Port Al") == "Ships wait in Port Almarin today.")
  }

  @Test func aNameWrittenOnceIsOfferedWholeAndASectionNumberWithItsPeriod() throws {
    let manuals = try inventedCorpus([
      "order.txt": """
      The Secretary shall establish the Cyber Safety Review Board to review significant incidents.
      Interrogation is limited to the techniques in Army Field Manual 2-22.3, as amended.
      The report on the review board follows the summer.
      """
    ])
    func accept(_ label: String, after typed: String) -> String? {
      let text = typed + " then."
      let candidates = Analyzer.completions(at: typed.utf8.count, in: DraftDocument(text), corpus: manuals).prefix(10)
      guard let chosen = candidates.first(where: { $0.label == label }) else { return nil }
      let bytes = Array(text.utf8)
      return String(decoding: bytes[..<chosen.replace.lowerBound], as: UTF8.self) + chosen.insertText
        + String(decoding: bytes[chosen.replace.upperBound...], as: UTF8.self)
    }
    #expect(
      accept("Cyber Safety Review Board", after: "Ask the Cyber Safety Re") == "Ask the Cyber Safety Review Board then."
    )
    #expect(
      accept("Army Field Manual 2-22.3", after: "See Army Field Manual 2-") == "See Army Field Manual 2-22.3 then.")
    // A name goes on with capitalised words only; a lower-case phrase written once does not go on.
    let offered = Analyzer.completions(
      at: "The report on the rev".utf8.count, in: DraftDocument("The report on the rev then."), corpus: manuals
    ).map(\.label)
    #expect(!offered.contains("review board follows the summer"))
  }

  @Test func aLowerCaseTermAndTheWordsThatAlwaysFollowAreOffered() {
    #expect(accept("berth fee", after: "The new berth f") == "The new berth fee today.")
    #expect(accept("tidal surcharge", after: "A tidal sur") == "A tidal surcharge today.")
  }

  @Test func anUndefinedAcronymIsOfferedPlainAndWithItsDefinition() {
    #expect(accept("JHC", after: "The JH") == "The JHC today.")
    #expect(
      accept("Joint Harbor Commission (JHC)", after: "The JH") == "The Joint Harbor Commission (JHC) today.")
  }

  @Test func wholeTypedWordsAreNotTheStartOfALongerWord() throws {
    let corpus = try inventedCorpus([
      "a.md": "Northeast Asia stays calm. North Korea tested again. Northeast Asia watched North Korea."
    ])
    let text = "Sanctions on North "
    let candidates = Analyzer.completions(at: text.utf8.count, in: DraftDocument(text), corpus: corpus)
    // Nothing replaces the whole word "North" with "Northeast …".
    #expect(!candidates.contains { $0.replace.lowerBound < text.utf8.count && !$0.insertText.hasPrefix("North ") })
  }

  @Test func curlyQuotationMarksAndDashesEndAWord() {
    #expect(
      accept("Joint Harbor Commission", after: "He wrote to the \u{201C}Joint Harb", then: "\u{201D}.")
        == "He wrote to the \u{201C}Joint Harbor Commission\u{201D}.")
    #expect(accept("berth fee", after: "fees\u{2014}berth f") == "fees\u{2014}berth fee today.")
  }

  @Test func nothingIsOfferedForWordsTheCorpusNeverWrites() {
    let draft = DraftDocument("The qzxv")
    #expect(Analyzer.completions(at: 8, in: draft, corpus: corpus).isEmpty)
  }

  @Test func typedStartsNeverBeginWithAFunctionWordAndStayOnOneItem() {
    #expect(Analyzer.canStartItem("Joint Harb"))
    #expect(Analyzer.canStartItem("Article 6, para"))
    #expect(Analyzer.canStartItem("loss and dam"))
    #expect(!Analyzer.canStartItem("the Joint Harb"))
    #expect(!Analyzer.canStartItem("Collective progress towards the Paris"))
    #expect(!Analyzer.canStartItem("new nationally determined contrib"))
    #expect(Analyzer.canStartItem("unusual and extraordinary thr"))
    #expect(Analyzer.canStartItem("21st Century Communications and Vid"))
    #expect(!Analyzer.canStartItem("21 new nationally determined contrib"))
    #expect(!Analyzer.canStartItem("2005 Joint Statement of the Six-Pa"))
    #expect(!Analyzer.canStartItem("finds an unusual and extraordinary thr"))
  }
}
