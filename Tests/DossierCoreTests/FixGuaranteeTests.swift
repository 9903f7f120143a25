import DossierCore
import Testing

/// A certain fix edits exactly the words that differ, yields what the corpus says, and applied
/// twice changes nothing the second time.
@Suite struct FixGuaranteeTests {
  /// The draft after every certain fix of its findings.
  static func fixed(_ draft: String) -> String {
    let document = DraftDocument(draft)
    let findings = Analyzer.findings(in: document, corpus: .embedded)
    let result = FixApplication.applyCertainFixes(of: findings, to: document.text)
    return String(decoding: result.bytes, as: UTF8.self)
  }

  @Test func quoteFixKeepsTheWritersWordsAndQuotesTheSource() throws {
    let draft =
      "Critics say such actions \"might not only exacerbate tensions but embolden Pakistan to deepen its collaboration with other nations, such as Russia, to counterbalance U.S. pressures\"."
    let finding = try #require(findings(draft).first { $0.rule == .quoteMismatch })
    // The message names both differences, from the same alignment as the fix.
    #expect(finding.message.contains("\"but also embolden\", not \"but embolden\""))
    #expect(finding.message.contains("\"China\", not \"Russia\""))
    let fix = try #require(finding.fixes.first)
    #expect(fix.isCertain)
    // Two edits: "also " inserted, "Russia" replaced; nothing else touched.
    #expect(fix.edits.map(\.newText) == ["also ", "China"])
    #expect(fix.edits[0].range.isEmpty)
    let result = Self.fixed(draft)
    #expect(
      result
        == "Critics say such actions \"might not only exacerbate tensions but also embolden Pakistan to deepen its collaboration with other nations, such as China, to counterbalance U.S. pressures\"."
    )
    #expect(findings(result).filter { $0.rule == .quoteMismatch }.isEmpty)
    #expect(Self.fixed(result) == result)
  }

  @Test func addedWordIsRemovedWithItsSpaceOnly() throws {
    let draft =
      "Critics say the actions \"might not only exacerbate tensions but also really embolden Pakistan to deepen its collaboration\"."
    let finding = try #require(findings(draft).first { $0.rule == .quoteMismatch })
    #expect(finding.fixes.first?.edits.map(\.newText) == [""])
    #expect(
      Self.fixed(draft)
        == "Critics say the actions \"might not only exacerbate tensions but also embolden Pakistan to deepen its collaboration\"."
    )
  }

  @Test func changedWordIsReplacedAlone() throws {
    let draft =
      "One commentary put it this way: \"Pakistan has defended its missile program as a cornerstone of its national defense strategy.\""
    let finding = try #require(findings(draft).first { $0.rule == .quoteMismatch })
    #expect(finding.fixes.first?.edits.count == 1)
    #expect(finding.fixes.first?.edits.first?.newText == "security")
  }

  @Test func aQuoteFixAcrossALineBreakIsOnlyASuggestion() throws {
    let draft =
      "> \"might not only exacerbate tensions but also embolden Pakistan to deepen its\n> partnership with other nations\""
    let finding = try #require(findings(draft).first { $0.rule == .quoteMismatch })
    let fix = try #require(finding.fixes.first)
    #expect(fix.edits.contains { !$0.range.isEmpty })
    // The edit itself stays on one line, so it can be certain; but no edit may span the break.
    for edit in fix.edits where fix.isCertain {
      #expect(!DraftDocument(draft).text.string(in: edit.range).contains("\n"))
    }
  }

  @Test func variantReplacementTakesTheCorpusCasingNotTheVariants() {
    #expect(
      Self.fixed("The designation under E.O. 13382 stands.") == "The designation under Executive Order 13382 stands.")
    #expect(Self.fixed("Nonproliferation matters here.") == "Non-proliferation matters here.")
    #expect(Self.fixed("Programme funding rose.") == "Program funding rose.")
  }

  @Test func aLineSetInCapitalsKeepsItsCapitals() {
    #expect(Self.fixed("# THE E.O. 13382 DESIGNATIONS\n") == "# THE EXECUTIVE ORDER 13382 DESIGNATIONS\n")
  }

  @Test func overlappingFixesAreNotBothAppliedAndAFixAppliesWhole() {
    let bytes = Array("abcdefghij".utf8)
    let first = Fix(title: "1", edits: [TextEdit(range: 0..<2, newText: "X"), TextEdit(range: 5..<6, newText: "Y")])
    // Overlaps the first fix's second edit: skipped whole, its other edit too.
    let second = Fix(title: "2", edits: [TextEdit(range: 3..<4, newText: "Z"), TextEdit(range: 5..<7, newText: "W")])
    let third = Fix(title: "3", edits: [TextEdit(range: 8..<8, newText: "+")])
    let result = FixApplication.apply(fixes: [first, second, third, third], to: bytes)
    #expect(String(decoding: result.bytes, as: UTF8.self) == "XcdeYgh+ij")
    #expect(result.applied.count == 3)
    #expect(result.skipped.count == 2)
  }

  @Test func insertionsAtOnePointCollide() {
    let bytes = Array("abc".utf8)
    let result = FixApplication.apply(
      [
        TextEdit(range: 1..<1, newText: "x"), TextEdit(range: 1..<1, newText: "y"),
        TextEdit(range: 3..<3, newText: "!"),
      ],
      to: bytes)
    #expect(String(decoding: result.bytes, as: UTF8.self) == "axbc!")
    // An insertion inside a replaced stretch cannot apply with it.
    let inside = FixApplication.apply(
      [TextEdit(range: 0..<3, newText: "z"), TextEdit(range: 1..<1, newText: "x")], to: bytes)
    #expect(String(decoding: inside.bytes, as: UTF8.self) == "z")
  }

  @Test func secondFixRunChangesNothingOnEveryDevelopmentDraft() throws {
    let drafts = try developmentDrafts()
    try #require(!drafts.isEmpty)
    for draft in drafts {
      let once = Self.fixed(draft)
      #expect(Self.fixed(once) == once)
    }
  }
}
