import Testing

@testable import DossierCore

/// Edge inputs for the readings added for source layouts, coded identifiers and instrument
/// dates: every character of each answers, and nothing traps.
@Suite struct LayoutEdgeTests {
  static let inputs = [
    "-1-2", "a-1-b-2-", "M-", "M--15-13", "(i)", "    (i)", "\t\t(ii) x y z w v u;", "    \n    (", "(a) ",
    "Executive Order 1 of", "Executive Order 12957 of March", "Executive Order 12957 of 32 March 1995.",
    "Directive 22-01-", "NIST SP 800-177(a) and CVE-2021-44228-x", "“M-15-13”", "(AA20-352A)",
    "    {code} = 1;\n    (ii) the rest of it reads as prose here;", "1/CP.21-5 and 2021-2022 and January 15-20",
  ]

  @Test func everyCharacterOfAnEdgeInputAnswers() throws {
    let corpus = try inventedCorpus(["a.md": Self.inputs.joined(separator: "\n\n") + "\n"])
    for input in Self.inputs {
      let draft = DraftDocument(input)
      for offset in 0...input.utf8.count {
        _ = Analyzer.knowledge(at: offset, in: draft, corpus: corpus)
      }
      _ = Analyzer.findings(in: draft, corpus: corpus)
      let document = CorpusDocument(name: "b.md", folder: nil, text: SourceText(input))
      #expect(document.paragraphs.allSatisfy { $0.range.upperBound <= input.utf8.count })
    }
  }
}
