import Testing

@testable import DossierCore

/// The dates documents give in their front matter.
@Suite struct DocumentDatesTests {
  func date(_ text: String) -> Int32? { DocumentDates.frontMatterDate(Array(text.utf8)) }

  @Test func anISODateUnderADateKey() {
    #expect(date("---\ndate: '2023-12-08'\ntitle: x\n---\nText.") == 20_231_208)
    #expect(date("---\r\ndate: 2023-12-08\r\n---\r\n") == 20_231_208)
    #expect(date("---\npublished_time: 2024-11-15 15:42:15-05:00\n---\n") == 20_241_115)
    #expect(date("---\ndate: \"2021-03-09T05:00:00Z\"\n---\n") == 20_210_309)
    // "date" is preferred to a publication time, in whichever order they come.
    #expect(date("---\npublished_time: 2024-11-16 01:00:00\ndate: '2024-11-15'\n---\n") == 20_241_115)
  }

  @Test func noDateWithoutFrontMatterOrAnISODate() {
    #expect(date("date: 2023-12-08\n") == nil)
    #expect(date("Text first.\n---\ndate: 2023-12-08\n---\n") == nil)
    #expect(date("---\ndate: December 8, 2023\n---\n") == nil)
    #expect(date("---\ndate: 2023-13-08\n---\n") == nil)
    #expect(date("---\ntitle: x\n---\ndate: 2023-12-08\n") == nil)
  }

  @Test func documentsOnADayOrInAMonth() throws {
    let corpus = try inventedCorpus([
      "a.md": "---\ndate: '2023-12-08'\n---\n\nThe valley fund grew again this year.",
      "b.md": "---\ndate: '2023-12-20'\n---\n\nThe valley fund grew again this year.",
      "c.md": "The valley fund grew again this year.",
    ])
    let dates = corpus.documentDates
    func names(_ positions: [Int]) -> [String] { positions.map { corpus.documents.name(at: $0).name } }
    #expect(names(dates.documents(on: 20_231_208)) == ["a.md"])
    #expect(names(dates.documents(on: 20_231_200)) == ["a.md", "b.md"])
    #expect(dates.documents(on: 20_231_100).isEmpty)
  }
}
