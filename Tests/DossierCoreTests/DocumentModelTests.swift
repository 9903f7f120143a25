import DossierCore
import Testing

@Suite struct SourceTextTests {
  @Test func convertsBetweenUnits() {
    let text = SourceText("a😀b\nçd")
    // "b" is after one 4-byte scalar.
    #expect(text.position(of: 5, in: .utf8) == (0, 5))
    #expect(text.position(of: 5, in: .utf16) == (0, 3))
    #expect(text.position(of: 5, in: .scalar) == (0, 2))
    #expect(text.offset(line: 0, column: 3, in: .utf16) == 5)
    #expect(text.offset(line: 1, column: 1, in: .scalar) == 9)
  }

  @Test func clampsPositionsPastTheEnd() {
    let text = SourceText("ab\ncd")
    #expect(text.offset(line: 0, column: 99, in: .utf16) == 2)
    #expect(text.offset(line: 9, column: 0, in: .utf16) == 5)
    #expect(text.offset(line: 0, column: 2, in: .utf16) == 2)
  }

  @Test func aByteOrderMarkIsNoColumnOfTheFirstLine() {
    let text = SourceText("\u{FEFF}ab\ncd")
    // "b" is byte 4: column 1 on the first line, as an editor shows it.
    #expect(text.position(of: 4, in: .scalar) == (0, 1))
    #expect(text.position(of: 4, in: .utf16) == (0, 1))
    #expect(text.position(of: 1, in: .utf8) == (0, 0))
    #expect(text.offset(line: 0, column: 1, in: .scalar) == 4)
    #expect(text.offset(line: 1, column: 1, in: .utf16) == 7)
    #expect(text.lineRange(0) == 3..<5)
    // A heading and front matter after the mark are read as such.
    #expect(DraftDocument("\u{FEFF}# Title\n\nBody text.").prose.map(\.normalized.string) == ["title", "body text."])
    #expect(DraftDocument("\u{FEFF}---\ntitle: x\n---\nBody text.").prose.map(\.normalized.string) == ["body text."])
  }

  @Test func repairsInvalidUTF8() {
    let text = SourceText(bytes: [0x61, 0xFF, 0x62])
    #expect(text.string == "a\u{FFFD}b")
  }
}

@Suite struct MarkdownScannerTests {
  func prose(_ markdown: String) -> [String] {
    let draft = DraftDocument(markdown)
    return draft.prose.map(\.normalized.string)
  }

  @Test func skipsFrontMatterCodeAndComments() {
    let blocks = prose(
      "---\ntitle: x\n---\n\nText `code` here.\n\n```\nfenced\n```\n\n<!-- hidden -->\n\n    indented code\n")
    #expect(blocks == ["text \n here."])
    // TOML front matter (Hugo) too; a "+++" that opens nothing is text.
    #expect(prose("+++\ntitle = \"What is a COP?\"\nweight = 1\n+++\nBody text.\n") == ["body text."])
    #expect(prose("+++ more to come.\n") == ["+++ more to come."])
  }

  /// A list interrupts a paragraph only as CommonMark allows: a hard-wrapped sentence whose next
  /// line starts with a number and a period goes on.
  @Test func aNumberOpeningAWrappedLineContinuesTheParagraph() {
    #expect(
      prose("The fund grew from 150 to\n200. That was in 2019.\n") == [
        "the fund grew from 150 to 200. that was in 2019."
      ])
    #expect(prose("Two steps follow:\n1. Apply.\n2. Wait.\n") == ["two steps follow:", "apply.", "wait."])
    #expect(prose("Steps:\n- Apply.\n") == ["steps:", "apply."])
    #expect(prose("Text.\n\n3. Third.\n") == ["text.", "third."])
    #expect(prose("An empty item:\n*\nends nothing.\n").count == 1)
  }

  @Test func formattingTagsJoinTheirWordsOtherTagsSeparate() {
    // "21<sup>st</sup>" is "21st"; a tag of structure stands between words.
    #expect(prose("In the 21<sup>st</sup> Century, <em>we</em> won.\n") == ["in the 21st century, we won."])
    // Struck-through text is what the text no longer says: "$40 <s>billion</s> [million]".
    let struck = prose("We will invest $40 <s>billion</s> [million] in <del>fish</del> ports.\n").joined()
    #expect(!struck.contains("billion") && !struck.contains("fish") && struck.contains("ports"))
    #expect(prose("It was <strike>not</strike> done.\n").joined().contains("not") == false)
    #expect(prose("It was <b>not</b> done.\n").joined().contains("not"))
    #expect(prose("One<br>two.\n").first?.contains("onetwo") == false)
  }

  /// A link whose text opens with a capital right after a lower-case letter starts a word (a
  /// page's lost space); a bracketed letter still joins its word.
  @Test func aLinkRightAfterAWordStartsAnotherWhenItOpensWithACapital() {
    let read = prose("Read the advisories[FIN-2019-A002](https://example.gov/a.pdf) now.\n").joined()
    #expect(!read.contains("advisoriesfin") && read.contains("fin-2019-a002"))
    #expect(prose("The soldier[s] left.\n") == ["the soldiers left."])
  }

  /// A footnote's mark raised after a word is no part of the word: "people<sup>10</sup>" reads
  /// "people", as does the mark written as a link; a raised ending or power is kept.
  @Test func footnoteMarksRaisedAfterAWordAreLeftOut() {
    #expect(
      prose("Safety of the American people<sup>[10](#myfootnote1)</sup>. Agencies act.\n") == [
        "safety of the american people. agencies act."
      ])
    #expect(
      prose("The people<sup>3,4</sup> and the states<SUP>*</SUP> agree.\n") == ["the people and the states agree."])
    #expect(
      prose("An area of 40 km<sup>2</sup> in the 21<sup>st</sup> year.\n") == ["an area of 40 km2 in the 21st year."])
    // Not a mark: kept.
    #expect(prose("The agency<sup>note</sup> said.\n") == ["the agencynote said."])
  }

  /// Emphasis opened or closed inside a word leaves the word whole ("o**ver"); elsewhere its
  /// marks stay punctuation, and a plain-text draft keeps them.
  @Test func emphasisInsideAWordLeavesTheWordWhole() {
    #expect(
      prose("We committed o**ver $1.2 billion in 2024 alone**, and mo*re*.\n") == [
        "we committed over $1.2 billion in 2024 alone**, and more*."
      ])
    #expect(prose("It was **not** done, and 2**10 is large.\n") == ["it was **not** done, and 2**10 is large."])
    #expect(
      DraftDocument("We committed o**ver.\n", format: .plainText).prose.map(\.normalized.string) == [
        "we committed o**ver."
      ])
    // The word's range in the draft spans the marks.
    let draft = DraftDocument("Say o**ver.\n")
    #expect(draft.prose[0].tokens.map(\.text) == ["say", "over", "."])
    #expect(draft.prose[0].tokens[1].originalRange == 4..<10)
  }

  @Test func aSourceDocumentsIndentedClausesAreProse() throws {
    let markdown =
      "Sec. 1. The Secretary may prohibit any transaction:\n\n"
      + "    (i) with the National Iranian Oil Company (NIOC) or any entity it owns;\n"
      + "    (ii) for the purchase of petroleum or petroleum products from Iran; or\n"
      + "    (iii) for the purchase of petrochemical products from Iran.\n\n"
      + "    let x = compute(a, b) { return a + b }\n\n    ./configure --prefix=/usr\n"
    // In a draft, Markdown's reading: indented lines are code.
    #expect(prose(markdown) == ["sec. 1. the secretary may prohibit any transaction:"])
    // In a corpus document, each enumerated clause is a paragraph; the code stays code.
    let document = CorpusDocument(name: "eo.md", folder: nil, text: SourceText(markdown))
    #expect(
      document.paragraphs.map(\.prose.normalized.string) == [
        "sec. 1. the secretary may prohibit any transaction:",
        "(i) with the national iranian oil company (nioc) or any entity it owns;",
        "(ii) for the purchase of petroleum or petroleum products from iran; or",
        "(iii) for the purchase of petrochemical products from iran.",
      ])
    // Clauses ending "; or" read as text, so the acronym it defines is read; and so does one
    // opening a list with ":".
    #expect(document.paragraphs[1].readsAsText && document.paragraphs[2].readsAsText)
    let opening = CorpusDocument(
      name: "eo.md", folder: nil,
      text: SourceText("    (i) by June 30, 2012, submit to the board a plan for the dredging works, including:\n"))
    #expect(opening.paragraphs.count == 1 && opening.paragraphs[0].readsAsText)
    #expect(
      !CorpusDocument(name: "eo.md", folder: nil, text: SourceText("(b) Each agency shall:\n")).paragraphs[0]
        .readsAsText)
    // A preamble's clause ends with a comma, and reads as text; a short line with one does not.
    let preamble = CorpusDocument(
      name: "decision.txt", folder: nil,
      text: SourceText(
        "Emphasizing with serious concern the urgent need to address the gap in pledges,\nParis, France,\n"))
    #expect(preamble.paragraphs.map(\.readsAsText) == [true, false])
    // A heading a scrape made of a section's opening text reads as text (no closing period); a
    // section's title does not.
    let sections = CorpusDocument(
      name: "order.md", folder: nil,
      text: SourceText(
        "### Section 2. (a) No vessel that has called at a port in the zone may call at a port in the Republic within 90 days\n\n"
          + "### Sec. 3. Definitions of Terms Used in This Order and Their Application\n\n"
          + "### Section 4. Prohibited Transactions With Respect to the Government of the Zone and Its Agencies\n"))
    #expect(sections.paragraphs.map(\.readsAsText) == [true, false, false])
    #expect(sections.paragraphs.allSatisfy { $0.isHeading })
    let corpus = try inventedCorpus(["eo.md": markdown])
    #expect(corpus.acronyms.map(\.acronym) == ["NIOC"])
  }

  @Test func keepsLinkTextDropsDestinations() {
    #expect(prose("See [the notice](https://example.gov/a-b) now.") == ["see the notice\n now."])
    #expect(prose("Visit https://example.gov/eo-13382 today.") == ["visit \n today."])
  }

  @Test func bareURLsStartOnlyWithHTTPOrWWW() {
    // Words starting with "h" or "w" stay prose; URLs in any case, anywhere in the line, do not.
    #expect(prose("He has the whale's wing, which was wide.") == ["he has the whale's wing, which was wide."])
    #expect(prose("www.example.org and HTTP://A.gov, then Https://b.org.") == [" and \n, then \n."])
    #expect(prose("whhttp://x.org wwww.x.org http:/ www") == ["whhttp://x.org wwww.x.org http:/ www"])
    #expect(prose("ends with http") == ["ends with http"])
  }

  /// Only "===" and "---" underline a paragraph into a heading; "*****" or "___" right under a
  /// paragraph is a thematic break that ends it as a paragraph.
  @Test func aThematicBreakUnderAParagraphMakesNoHeading() {
    func kinds(_ markdown: String) -> [ProseBlock.Kind] { DraftDocument(markdown).blocks.map(\.kind) }
    #expect(kinds("The fund grew in 2019.\n*****\n") == [.paragraph])
    #expect(kinds("The fund grew in 2019.\n___\nMore text.\n") == [.paragraph, .paragraph])
    #expect(kinds("Title\n---\n") == [.heading(level: 2)])
    #expect(kinds("Title\n=====\n") == [.heading(level: 1)])
  }

  /// A release whose lines form one paragraph and end in a "*****" break (as scraped press
  /// releases do) keeps its facts: the paragraph is read, not taken for a heading.
  @Test func aSourceEndingInABreakKeepsItsFacts() throws {
    let corpus = try inventedCorpus([
      "release.md":
        "The agency has granted 113 authorisations to 52 firms since 2021.\nThe fund holds 90 projects.\n*****\nNKR/AK\n"
    ])
    #expect(flagged("The agency has granted 131 authorisations to 52 firms.", .factConflict, corpus: corpus) == ["131"])
  }

  @Test func headingsListsAndQuotesAreBlocks() {
    #expect(
      prose("# Title\n\n- one item\n- two item\n\n> quoted text") == ["title", "one item", "two item", "quoted text"])
  }

  @Test func foldsQuotesDashesAndCase() {
    #expect(prose("“Pakistan’s” U.S.–India") == ["\"pakistan's\" u.s.-india"])
  }

  @Test func reportsOriginalRanges() throws {
    let draft = DraftDocument("Hello “Islamabd”.")
    let finding = try #require(Analyzer.findings(in: draft, corpus: .embedded).first)
    #expect(draft.text.string(in: finding.range) == "Islamabd")
  }

  /// Every folded byte maps back to exactly the original bytes it came from, through runs of
  /// white space, multi-byte letters, curly quotes, dashes, ellipses and invisible characters.
  @Test func mapsEveryFoldedByteBackToItsOrigin() {
    let original = "Ünited  \r\n  “Pakistan’s”\u{00A0}\u{00A0}program — 1998… É\u{200B}x a\t\tB"
    let source = SourceText(original)
    let folded = NormalizedText(source: source, segments: [.init(range: 0..<source.bytes.count, join: .adjacent)])
    let expected: [(String, String)] = [
      ("ü", "Ü"), ("ünited", "Ünited"), (" ", "  \r\n  "), ("\"", "“"), ("pakistan's", "Pakistan’s"),
      (" ", "\u{00A0}\u{00A0}"), ("-", "—"), ("...", "…"), ("é", "É"), ("x", "x"), (" ", " "), ("a", "a"),
      (" ", "\t\t"), ("b", "B"),
    ]
    var cursor = 0
    for (foldedPiece, originalPiece) in expected {
      guard let found = folded.bytes[cursor...].firstRange(of: Array(foldedPiece.utf8)) else {
        Issue.record("\(foldedPiece) not in \(folded.string)")
        continue
      }
      let range = found.lowerBound..<found.upperBound
      cursor = foldedPiece == "ü" ? 0 : range.upperBound
      #expect(source.string(in: folded.originalRange(range)) == originalPiece, "\(foldedPiece)")
    }
    // A range shifted with its block maps to the shifted original.
    let prefix = SourceText("abc" + original)
    let moved = NormalizedText(source: prefix, segments: [.init(range: 3..<prefix.bytes.count, join: .adjacent)])
    #expect(moved.bytes == folded.bytes)
    for start in 0..<folded.count {
      #expect(moved.originalRange(start..<start + 1) == folded.originalRange(start..<start + 1).shifted(3))
    }
  }
}

extension Range<Int> {
  fileprivate func shifted(_ delta: Int) -> Range<Int> { (lowerBound + delta)..<(upperBound + delta) }
}

/// Checks skip prose by its summary, so the summary must say exactly what the tokens hold.
@Suite struct ProseSummaryTests {
  static func summary(_ text: String) -> ProseSummary {
    let source = SourceText(text)
    return ProseText(source: source, segments: [.init(range: 0..<source.count, join: .adjacent)]).summary
  }

  @Test func recordsWhatTheTokensHold() {
    let plain = Self.summary("The programme grew after the tests.")
    #expect(!plain.hasUpperCaseAcronym && !plain.hasNumber && !plain.hasQuotationMark)
    #expect(plain.wordClasses.contains(.function) && !plain.wordClasses.contains(.count))

    let rich = Self.summary("Only the IAEA’s “three” reports in 1998 cite the Lahore Declaration.")
    #expect(rich.hasUpperCaseAcronym && rich.hasNumber && rich.hasQuotationMark)
    #expect(rich.wordClasses.isSuperset(of: [.exclusiveMarker, .count, .instrument]))

    // Capitals in a number ("20TH") or a single capital are no acronym; an apostrophe is a mark.
    let edge = Self.summary("The 20TH report of A. Q. Khan's network")
    #expect(!edge.hasUpperCaseAcronym && edge.hasNumber && !edge.hasQuotationMark)
    #expect(Self.summary("the 'so-called' deal").hasQuotationMark)
  }

  @Test func summaryMatchesEveryToken() {
    var generator = SeededGenerator(seed: 11)
    let pieces = ["WMD", "WMDs", "the", "3", "1998", "\"", "'", "’", "solely", "two", "Treaty", "x", " ", ". "]
    for _ in 0..<500 {
      let text = (0..<generator.next(12)).map { _ in pieces[generator.next(pieces.count)] + " " }.joined()
      let source = SourceText(text)
      let prose = ProseText(source: source, segments: [.init(range: 0..<source.count, join: .adjacent)])
      let tokens = prose.tokens
      #expect(prose.summary.hasUpperCaseAcronym == tokens.contains { $0.kind == .word && $0.isUpperCaseAcronym })
      #expect(prose.summary.hasNumber == tokens.contains { $0.kind == .number })
      #expect(
        prose.summary.hasQuotationMark
          == tokens.contains { $0.kind == .punctuation && ($0.hasText("\"") || $0.hasText("'")) })
      #expect(prose.summary.wordClasses == tokens.reduce(WordClasses()) { $0.union($1.wordClasses) })
    }
  }

  @Test func aMiddleInitialEndsNoSentenceButALetteredPartMay() {
    func sentences(_ text: String) -> Int { DraftDocument(text).prose[0].sentences.count }
    #expect(sentences("The memo was signed by Sylvia M. Burwell and three others.") == 1)
    #expect(sentences("The terms are in Annex B. The Parties agreed.") == 2)
    #expect(sentences("They chose Plan B. Nobody objected.") == 2)
    #expect(sentences("The list is in Annex I. The Parties agreed.") == 2)
  }
}

/// Square brackets in plain text and HTML are read as Markdown reads them: an editor's letter
/// ("[O]ne") joins its word, so a quotation matches across formats.
@Suite struct EditorialBracketTests {
  @Test func aBracketedLetterJoinsItsWordInEveryFormat() {
    func words(_ text: String, _ format: DraftFormat) -> [String] {
      DraftDocument(text: SourceText(text), format: format).prose.flatMap { prose in
        prose.tokens.filter { $0.kind == .word }.map(\.text)
      }
    }
    for format in [DraftFormat.markdown, .plainText, .html] {
      #expect(words("[O]ne should govern[ment] act", format) == ["one", "should", "government", "act"], "\(format)")
    }
  }

  @Test func aQuotationOfAPlainTextSourceMatchesItsBrackets() throws {
    let corpus = try inventedCorpus([
      "speech.txt": """
      The Chair explained, "[O]ne should not look to the dot plot, so to speak, as the primary way in which the
      Committee speaks."
      """
    ])
    for draft in [
      "She put it this way: “[O]ne should not look to the dot plot, so to speak, as the primary way in which the Committee speaks.”",
      "She put it this way: “One should not look to the dot plot, so to speak.”",
    ] {
      #expect(flagged(draft, .quoteMismatch, corpus: corpus).isEmpty)
    }
    #expect(
      flagged(
        "She said: “[O]ne should not look to the dot plot, so to speak, as the main way.”", .quoteMismatch,
        corpus: corpus)
        == ["main"])
  }

  /// A plain-text source wrapped to a width goes on past a line that stops inside a sentence,
  /// even where the next line opens with a capital; a short line (a title) still ends its
  /// paragraph.
  @Test func aWrappedPlainTextLineGoesOnBeforeACapital() throws {
    let corpus = try inventedCorpus([
      "statement.txt": """
      Harbor Statement
      We call on every member of the board to support the Harbor Fund and the
      Coastal Partnership before the end of the year, as agreed in Suva.
      """
    ])
    #expect(
      flagged(
        "The board said it must “support the Harbor Fund and the Coastal Partnership before the end of the year”.",
        .quoteMismatch, corpus: corpus
      )
      .isEmpty)
    let document = try #require(corpus.documents.first)
    #expect(document.paragraphs.count == 2)
  }
}
