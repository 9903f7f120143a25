import Testing

@testable import DossierCore

/// A draft that names a corpus document ("under Ordinance 4471", "the Coastal Survey found")
/// names what the document's statements are about; a closing attribution (", the council
/// warned.") names who said a claim, not what it is about. End to end through `fact-conflict`,
/// on an invented corpus about a port city (no knowledge file).
@Suite struct DocumentNamingTests {
  static let files = [
    "ordinance-4471.md": """
    # Ordinance 4471: Ferry Safety Standards

    The ferry safety board has 9 members appointed by the city council.

    Lakeport Ferries must carry life jackets for 110 percent of their certified capacity.

    The emergency declared in Ordinance 3920 of June 5, 2015, remains in effect for the harbor.
    """,
    "coastal-survey-2022.txt": """
    Erosion along the dunes has advanced by around 12 per cent.
    """,
    "harbor-report.txt": """
    Erosion along the northern dunes has advanced by around 12 per cent since the baseline.
    Inspectors counted 48 breaches in the seawall during the winter storms.
    """,
    "transit/annual-report.md": """
    ---
    title: "Riverton Transit Annual Report"
    ---
    The Harbor Line opened in March 2019 and was extended to Eastgate Station in 2022.
    """,
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  func conflicts(_ draft: String, in corpus: Corpus? = nil) -> [String] {
    flagged(draft, .factConflict, corpus: corpus ?? self.corpus)
  }

  @Test func aStatementOfTheDocumentANamedOrderGives() {
    // The ordinance's own sentence does not say "4471": its title does.
    #expect(
      conflicts("Under Ordinance 4471, the ferry safety board has 7 members appointed by the city council.") == ["7"])
    #expect(
      conflicts("Under Ordinance 4471, the ferry safety board has 9 members appointed by the city council.").isEmpty)
    // Another order's number is not this document's.
    #expect(
      conflicts("Under Ordinance 5120, the ferry safety board has 7 members appointed by the city council.").isEmpty)
  }

  @Test func aDocumentNamedIsNotEnoughWithoutWhatIsSaid() {
    // "Lakeport Ferries" and the ordinance are all the draft shares with the life-jacket rule.
    #expect(conflicts("Under Ordinance 4471, Lakeport Ferries cut fares by 15 percent.").isEmpty)
    // The statement is about Ordinance 3920's emergency, not one Ordinance 4471 declared.
    #expect(conflicts("Ordinance 4471 kept the harbor emergency in effect since June 5, 2016.").isEmpty)
  }

  @Test func aNameTheDocumentSharesIsNotTheDocument() {
    // "Riverton" is in the report's title, but "Riverton's older streetcar line" does not name
    // the report: it is another line than the Harbor Line.
    #expect(conflicts("Riverton's older streetcar line had opened in 1952 with six stations.").isEmpty)
    #expect(conflicts("Riverton's Harbor Line opened in March 2018.") == ["March 2018"])
  }

  @Test func aClosingAttributionIsTheSourceNotTheSubject() {
    #expect(
      conflicts("Inspectors counted 40 breaches in the seawall during the winter storms, the Lakeport council warned.")
        == ["40"])
    #expect(
      conflicts("Inspectors counted 40 breaches in the seawall during the winter storms, said the mayor.") == ["40"])
    #expect(
      conflicts(
        "Inspectors counted 40 breaches in the seawall during the winter storms, according to the port engineers.")
        == ["40"])
    #expect(
      conflicts("Inspectors counted 48 breaches in the seawall during the winter storms, the Lakeport council warned.")
        .isEmpty)
    // A closing clause that is not an attribution still says where: another city's seawall.
    #expect(
      conflicts("Inspectors counted 40 breaches in the seawall during the winter storms, in Kenya's Tana delta.")
        .isEmpty)
  }

  @Test func aCloserStatementSetAsideThatGivesTheSameValue() throws {
    // The harbor report's sentence is closer to the draft's words, but the draft names the
    // survey: the survey's statement is aligned, and the report's, set aside, gives the same
    // value, so the conflict is certain.
    let draft =
      "The Coastal Survey found that erosion along the northern dunes has advanced by around 20 per cent since the baseline."
    #expect(conflicts(draft) == ["20 per cent"])
    // When the closer statement gives another value, the draft may be about that one.
    var files = Self.files
    files["harbor-report.txt"] =
      "Erosion along the northern dunes has advanced by around 15 per cent since the baseline.\n"
    let other = try inventedCorpus(files)
    #expect(conflicts(draft, in: other).isEmpty)
  }

  @Test func theWordsADocumentIsKnownBy() throws {
    func words(_ name: String, _ text: String) -> [String] {
      DocumentTitle.words(of: CorpusDocument(name: name, folder: nil, text: SourceText(text))).map(\.string)
    }
    #expect(words("E-eo-13810_2017.md", "Some text.\n") == ["e", "eo", "13810", "2017"])
    #expect(
      words("notes.md", "---\ntitle: 'Washington Declaration'\ndate: 2023\n---\nText.\n") == [
        "note", "washington", "declar",
      ])
    #expect(words("notes.md", "+++\ntitle = \"What is a COP?\"\n+++\nText.\n").contains("cop"))
    #expect(
      words("order.md", "Intro line.\n\n# Executive Order 13810: Imposing Sanctions\n\nText.\n").contains("13810"))
    #expect(
      words("page.html", "<html><body><h1>Glasgow Climate Pact</h1><p>Text.</p></body></html>").contains("glasgow"))
    // A front matter's other keys are not its title.
    #expect(!words("notes.md", "---\nsubtitle: Other\n---\nText.\n").contains("other"))
  }
}

/// A front matter's title as YAML writes it: folded over indented lines, quoted, escaped.
@Suite struct FrontMatterTitleTests {
  func title(_ text: String) -> String? { DocumentTitle.frontMatterTitle(SourceText(text)) }

  @Test func aTitleFoldedOverLinesWithEscapes() {
    #expect(
      title(
        """
        ---
        date: '2023-07-13'
        title: "FACT SHEET: Biden-\\u2060Harris Administration Publishes the National Cybersecurity\\
          \\ Strategy Implementation\\_Plan"
        ---
        Text.
        """)
        == "FACT SHEET: Biden-\u{2060}Harris Administration Publishes the National Cybersecurity Strategy Implementation\u{A0}Plan"
    )
    #expect(
      title(
        """
        ---
        title: 'Fact Sheet: The President''s New Age of American Space
          Achievement'
        tags: fact-sheets
        ---
        """) == "Fact Sheet: The President's New Age of American Space Achievement")
    #expect(title("---\ntitle: Washington Declaration\n---\n") == "Washington Declaration")
    #expect(title("+++\ntitle = \"What is a COP?\"\n+++\n") == "What is a COP?")
    #expect(title("---\ntitle:\n---\n") == nil)
  }
}
