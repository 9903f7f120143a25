import Testing

@testable import DossierCore

/// A plain-text source typed double-spaced (a blank line after every line, as harvested press
/// releases are) keeps a sentence whole across one blank line where it goes on in lower case;
/// a blank line after a sentence's end, or before a capital, still ends the paragraph.
@Suite struct DoubleSpacedTextTests {
  @Test func aSentenceGoesOnAcrossOneBlankLine() throws {
    let text = SourceText(
      "  They say so, but over 8000 people arrived by boat in\n\n  the two years after the visas, and the\n\n"
        + "  majority stayed.\n\n  They are living in the past.\n\nNew heading\n\n\nsmall words after two blanks.\n")
    let paragraphs = CorpusDocument.plainTextParagraphs(text).map { block in
      block.segments.map { text.string(in: $0.range) }.joined(separator: " ")
    }
    #expect(
      paragraphs == [
        "They say so, but over 8000 people arrived by boat in the two years after the visas, and the majority stayed.",
        "They are living in the past.", "New heading", "small words after two blanks.",
      ])
  }

  @Test func aDoubleSpacedSourcesNumberIsCompared() throws {
    let corpus = try inventedCorpus([
      "release.txt":
        "  They say they will bring the visas back, but over 8000 people arrived by boat in\n\n  the two years after the visas were introduced.\n"
    ])
    #expect(
      flagged(
        "Over 6000 people arrived by boat in the two years after the visas were introduced.", .factConflict,
        corpus: corpus) == ["6000"])
  }
}
