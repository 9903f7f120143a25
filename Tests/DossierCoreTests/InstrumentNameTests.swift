import Testing

@testable import DossierCore

/// The names of acts and other instruments, read whole: with the "and", "of" or "With the"
/// inside them, and with the year an act is written with.
@Suite struct InstrumentNameTests {
  /// Each reference of `text` as written, with its identifier.
  func references(_ text: String) -> [String] {
    let prose = DraftDocument(text).prose[0]
    return ReferenceScanner.references(in: prose).map { occurrence in
      let range = prose.originalRange(ofTokens: occurrence.tokens)
      let written = String(decoding: Array(text.utf8)[range], as: UTF8.self)
      return "\(written) = \(occurrence.identifier)"
    }
  }

  @Test func theWordsThatJoinANamesParts() {
    #expect(
      references("Orders cite the Federal Property and Administrative Services Act as authority.")
        == ["Federal Property and Administrative Services Act = federal property and administrative services act"])
    #expect(
      references("The Trading With the Enemy Act was amended.")
        == ["Trading With the Enemy Act = trading with the enemy act"])
    // Not across "the", nor from one instrument to the next.
    #expect(
      references("Both the President and the Homeland Security Act matter here.")
        == ["Homeland Security Act = homeland security act"])
    #expect(
      references("They ratified the Minamata Convention and Paris Agreement together.")
        == ["Minamata Convention = minamata convention", "Paris Agreement = paris agreement"])
  }

  @Test func anActsYearIsHowItIsWrittenNotWhatItIs() {
    #expect(
      references("The board was set up under the Homeland Security Act of 2002 as amended.")
        == ["Homeland Security Act of 2002 = homeland security act"])
    // Only a year, and only after an act.
    #expect(
      references("The Homeland Security Act of Congress was passed.") == [
        "Homeland Security Act = homeland security act"
      ])
    #expect(references("The Paris Agreement of 2015 was adopted.") == ["Paris Agreement = paris agreement"])
  }
}
