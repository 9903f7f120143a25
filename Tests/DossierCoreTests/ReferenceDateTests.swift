import Testing

@testable import DossierCore

/// `ReferenceDateCheck` and its hover: the date written right after a reference, against the
/// date its corpus gives it.
@Suite struct ReferenceDateTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "a.md": """
      The Secretary acts under Executive Order 12957 of March 15, 1995, and its successors.

      Executive Order 13100 of May 1, 2000 set up the harbor board.
      """,
      "b.md": """
      The emergency declared in Executive Order 12957 of March 15, 1995 continues.

      The board of Executive Order 13100 of May 2, 2000 was enlarged, as was Executive Order 13200.
      """,
    ])
  }

  func dateFindings(_ draft: String) -> [(text: String, message: String, fix: String?)] {
    let document = DraftDocument(draft)
    return Analyzer.findings(in: document, corpus: corpus).filter { $0.message.hasPrefix("wrong date") }.map {
      (document.text.string(in: $0.range), $0.message, $0.fixes.first?.edits.first?.newText)
    }
  }

  @Test func aDateOtherThanTheCorpussIsWrong() {
    let found = dateFindings("The policy rests on Executive Order 12957 of March 15, 1996.")
    #expect(found.count == 1)
    #expect(found.first?.text == "March 15, 1996")
    #expect(
      found.first?.message == "wrong date March 15, 1996 for Executive Order 12957: the corpus gives March 15, 1995")
    #expect(found.first?.fix == "March 15, 1995")
    // A month and year, or a year, is compared as far as it goes.
    #expect(dateFindings("The policy rests on Executive Order 12957 of March 1996.").count == 1)
    #expect(dateFindings("The policy rests on EO 12957 of 1995.").isEmpty)
  }

  @Test func theRightDateADateNotJoinedByOfAndAnUndatedReferenceAreNot() {
    #expect(dateFindings("The policy rests on Executive Order 12957 of March 15, 1995.").isEmpty)
    #expect(dateFindings("The policy rests on 15 March 1995's Executive Order 12957.").isEmpty)
    // Another event's date in the same sentence.
    #expect(dateFindings("Executive Order 12957 was renewed on March 15, 1996.").isEmpty)
    // The corpus gives Executive Order 13100 two dates, and Executive Order 13200 none.
    #expect(dateFindings("The board of Executive Order 13100 of June 3, 2001 met.").isEmpty)
    #expect(dateFindings("The board of Executive Order 13200 of June 3, 2001 met.").isEmpty)
  }

  @Test func aHoverOnTheDateShowsTheCorpussDate() throws {
    let text = "The policy rests on Executive Order 12957 of March 15, 1996."
    let start = text.utf8.count - text[text.range(of: "1996")!.lowerBound...].utf8.count
    let answer = try #require(Analyzer.knowledge(at: start, in: DraftDocument(text), corpus: corpus))
    #expect(answer.title == "March 15, 1995")
    #expect(answer.note?.hasPrefix("Differs from the corpus") == true)
    #expect(answer.evidence.first?.document == "a.md")
  }

  @Test func eachOrderOfAPluralListKeepsItsOwnDate() throws {
    let corpus = try inventedCorpus([
      "a.md": """
      Nothing here changes Executive Orders 12333 of December 4, 1981, 12829 of January 6, 1993, and 13388 of \
      October 25, 2005.
      """,
      "b.md": "The Director acts under Executive Order 12333 of December 8, 1981, as amended.",
    ])
    func dated(_ draft: String) -> [String] {
      let document = DraftDocument(draft)
      return Analyzer.findings(in: document, corpus: corpus).filter { $0.message.hasPrefix("wrong date") }.map(
        \.message)
    }
    // Every number of the list is a reference the corpus cites, with the date written after it.
    #expect(Set(corpus.references.map(\.identifier)) == ["12333", "12829", "13388"])
    #expect(
      dated("Executive Order 12829 of January 9, 1993 set up the program.") == [
        "wrong date January 9, 1993 for Executive Order 12829: the corpus gives January 6, 1993"
      ])
    #expect(dated("Executive Order 13388 of October 25, 2005 stands.").isEmpty)
    // The corpus gives Executive Order 12333 two dates: neither is wrong.
    #expect(dated("Executive Order 12333 of December 4, 1981 governs this.").isEmpty)
    // A draft's plural list is read the same way.
    let unknown = Analyzer.findings(in: DraftDocument("Executive Orders 12333 and 14111 apply."), corpus: corpus)
      .filter { $0.rule == .unknownReference }
    #expect(unknown.map(\.message).first?.contains("Executive Order 14111") == true)
    #expect(unknown.count == 1)
  }

  /// The UN's style dates a resolution past its year in parentheses ("resolution 1706 (2006) of
  /// 31 August 2006"); a participle that dates the instrument joins its date as "of" does.
  @Test func aYearInParenthesesAndADatingParticipleLeadToTheDate() throws {
    let resolutions = try inventedCorpus([
      "renewal.md": """
      Recalling its previous resolutions, in particular resolution 1706 (2006) of 31 August 2006 and 1679 \
      (2006) of 16 May 2006, the Council decides to extend the mandate.
      """
    ])
    func dates(_ draft: String) -> [String] {
      let document = DraftDocument(draft)
      return Analyzer.findings(in: document, corpus: resolutions).filter { $0.message.hasPrefix("wrong date") }.map {
        document.text.string(in: $0.range)
      }
    }
    #expect(dates("Resolution 1706 (2006), adopted on 31 July 2006, expands the mandate.") == ["31 July 2006"])
    #expect(dates("Resolution 1706 (2006) of 31 July 2006 expands the mandate.") == ["31 July 2006"])
    #expect(dates("Resolution 1706, adopted in 2007, expands the mandate.") == ["2007"])
    #expect(dates("Resolution 1706 (2006), adopted on 31 August 2006, expands the mandate.").isEmpty)
    #expect(dates("Resolution 1679 (2006), adopted on 16 May 2006, was recalled.").isEmpty)
    // A date joined otherwise may be another event's.
    #expect(dates("The Council recalled resolution 1706 on 31 July 2006.").isEmpty)
    #expect(dates("Resolution 1706 (2006) was debated again on 31 July 2006.").isEmpty)
    // And for an order, signed on its date.
    #expect(dateFindings("The policy rests on Executive Order 12957, signed on March 15, 1996.").count == 1)
    #expect(dateFindings("The policy rests on Executive Order 12957, signed on March 15, 1995.").isEmpty)
  }
}
