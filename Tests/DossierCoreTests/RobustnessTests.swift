import DossierCore
import Testing

/// Whatever bytes a writer (or a broken tool) produces, analysis finishes and every range lies
/// inside the text on character boundaries.
@Suite struct RobustnessTests {
  static let pieces = [
    "Pakistan", " became a nuclear power in ", "1999", "\"", "“", "”", "'", "’", "`", "```\n", "---\n", "<!--", "-->",
    "[", "](", ")", "# ", "> ", "- ", "\n", "\n\n", "WMD", "(WMD)", "Executive Order ", "13383", "E.O. ", "No. ",
    "…", "...", "é", "😀", "\u{0}", "|", "    ", "\t", "http://x.y/z", "Islamabd", "non proliferation", "solely ",
    "private", "three wars", "the quoted source", ".", ",", ";", "\r\n", "\u{2014}", "\\", "*", "_",
  ]

  @Test(arguments: 0..<200)
  func randomDraftsAnalyseSafely(seed: Int) {
    var generator = SplitMix(seed: UInt64(seed) &+ 0x9E37)
    var draft = ""
    for _ in 0..<Int(generator.next() % 80) {
      draft += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
    }
    for format in DraftFormat.allCases {
      let document = DraftDocument(draft, format: format)
      for finding in Analyzer.findings(in: document, corpus: .embedded) {
        #expect(finding.range.lowerBound <= finding.range.upperBound)
        #expect(finding.range.upperBound <= document.text.count)
        #expect(String(validating: document.text.bytes[finding.range], as: UTF8.self) != nil)
        for edit in finding.fixes.flatMap(\.edits) { #expect(edit.range.upperBound <= document.text.count) }
      }
    }
  }

  @Test func invalidUTF8AndEmptyDraftsAreFine() {
    #expect(
      Analyzer.findings(
        in: DraftDocument(text: SourceText(bytes: [0xFF, 0xFE, 0x41]), format: .markdown), corpus: .embedded
      ).isEmpty)
    #expect(Analyzer.findings(in: DraftDocument(""), corpus: .embedded).isEmpty)
  }
}

/// A small deterministic random generator for reproducible tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
