import DossierCore
import Foundation
import Testing

@Suite struct KnowledgeFileTests {
  let document = "The Treaty Office reported that the Mekong River Commission was founded in 1995 by four countries.\n"

  func load(_ knowledge: String) throws(DossierError) -> Corpus {
    let folder = try! temporaryCorpus(["river.txt": document, "knowledge.json": knowledge])
    return try Corpus.load(folders: [folder], includeEmbedded: false)
  }

  func error(_ knowledge: String) -> DossierError? {
    do {
      _ = try load(knowledge)
      return nil
    } catch {
      return error
    }
  }

  @Test func embeddedKnowledgeFileVerifies() throws {
    try Corpus.verifyEmbeddedKnowledge()
    #expect(Corpus.embedded.facts.count >= 5)
    #expect(Corpus.embedded.references.contains { $0.preferred == "Executive Order 13382" })
  }

  @Test func validFileLoadsTermsAndFacts() throws {
    let corpus = try load(
      """
      {"version": 1,
       "terms": [{"preferred": "water-sharing", "kind": "term", "rejected": ["water sharing"],
                  "evidence": [{"document": "river.txt", "quote": "Mekong River Commission"}]}],
       "facts": [{"id": "founded", "subject": "Mekong River Commission", "claim": ["was founded"],
                  "value": {"type": "year", "value": 1995},
                  "evidence": [{"document": "river.txt", "quote": "was founded in 1995"}]}]}
      """)
    #expect(corpus.facts.first?.value == .year(1995))
    #expect(corpus.facts.first?.evidence.first?.line == 1)
    #expect(flagged("The Mekong River Commission was founded in 1997.", .factConflict, corpus: corpus) == ["1997"])
  }

  @Test func malformedJSONIsReportedWithLineAndColumn() throws {
    let problem = try #require(error("{\n  \"terms\": [\n    {\"preferred\": \"x\",}\n  ]\n}"))
    #expect(problem.line == 3)
    #expect(problem.column != nil)
    #expect(problem.description.contains("knowledge.json:3:"))
  }

  @Test func quoteNotInTheDocumentIsAnError() throws {
    let problem = try #require(
      error(
        """
        {"terms": [{"preferred": "dam", "evidence": [{"document": "river.txt", "quote": "a sentence nobody wrote"}]}]}
        """))
    #expect(problem.message.contains("quote not found"))
    #expect(problem.line == 1)
  }

  @Test func quotesMatchAcrossCurlyQuotesAndWhitespace() throws {
    let corpus = try load(
      """
      {"terms": [{"preferred": "commission", "evidence": [{"document": "river.txt", "quote": "Mekong   River\\nCommission"}]}]}
      """)
    #expect(corpus.terms.contains { $0.preferred == "commission" })
  }

  @Test(arguments: ["", " ", "\\t \\n"])
  func blankStringsAreErrors(blank: String) throws {
    let problem = try #require(
      error(#"{"terms": [{"preferred": "\#(blank)", "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#))
    #expect(problem.message.contains("must be a non-empty string"))
    #expect(problem.line == 1)
  }

  @Test func quotesWithSpacesAroundThemAreFound() throws {
    let corpus = try load(
      #"{"terms": [{"preferred": "dam", "evidence": [{"document": "river.txt", "quote": "  four countries \n "}]}]}"#)
    #expect(corpus.terms.first { $0.preferred == "dam" }?.evidence.first?.line == 1)
    #expect(
      error(#"{"terms": [{"preferred": "dam", "evidence": [{"document": "river.txt", "quote": "   "}]}]}"#) != nil)
  }

  @Test func unknownFieldsAndDocumentsAreErrors() throws {
    #expect(
      error(#"{"terms": [{"preferred": "x", "colour": 1, "evidence": []}]}"#)?.message.contains("unknown field") == true
    )
    #expect(
      error(#"{"terms": [{"preferred": "x", "evidence": [{"document": "missing.txt", "quote": "x"}]}]}"#)?.message
        .contains("no document") == true)
    #expect(
      error(
        #"{"facts": [{"id": "a", "subject": "s", "claim": ["c"], "value": {"type": "colour", "value": 1}, "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#
      )?.message.contains("unknown value type") == true)
  }

  /// A knowledge file with one fact whose value is `value` (JSON text), written over lines so
  /// positions are checked: the value is on line 3, at column 14.
  func factError(_ value: String, id: String = "founded") -> DossierError? {
    error(
      """
      {"facts": [{"id": "\(id)", "subject": "Mekong River Commission", "claim": ["was founded"],
        "value": {"type": "year",
          "value": \(value)},
        "evidence": [{"document": "river.txt", "quote": "was founded in 1995"}]}]}
      """)
  }

  @Test func duplicateKeysAreErrorsAtTheSecondOccurrence() throws {
    let problem = try #require(
      error(
        """
        {"facts": [{"id": "founded", "subject": "Mekong River Commission", "claim": ["was founded"],
          "value": {"type": "year", "value": 1995,
                    "value": 1996},
          "evidence": [{"document": "river.txt", "quote": "was founded in 1995"}]}]}
        """))
    #expect(problem.message == #"duplicate key "value" (first at line 2, column 29)"#)
    #expect(problem.line == 3)
    #expect(problem.column == 13)
    #expect(problem.description.contains("knowledge.json:3:13: duplicate key \"value\""))
    // At the top level too: two "terms" arrays would silently drop the first.
    let top = try #require(error("{\"terms\": [],\n \"terms\": []}"))
    #expect(top.message == #"duplicate key "terms" (first at line 1, column 2)"#)
    #expect(top.line == 2 && top.column == 2)
  }

  @Test(arguments: [
    ("-9223372036854775808", "year -9223372036854775808 out of range: a year is a whole number from 1000 to 2999"),
    ("999", "year 999 out of range: a year is a whole number from 1000 to 2999"),
    ("3000", "year 3000 out of range: a year is a whole number from 1000 to 2999"),
    ("1e30", "year 1e+30 out of range: a year is a whole number from 1000 to 2999"),
    ("1995.5", "a year is a whole number from 1000 to 2999"),
    ("\"1995\"", "a year is a whole number from 1000 to 2999"),
  ])
  func yearsOutOfRangeAreErrors(value: String, message: String) throws {
    let problem = try #require(factError(value))
    #expect(problem.message == message)
    #expect(problem.line == 3 && problem.column == 14)
  }

  @Test func yearsAtTheEndsOfTheRangeLoad() throws {
    for year in [1000, 2999, 1995] {
      let corpus = try load(
        #"{"facts": [{"id": "f", "subject": "s", "claim": ["c"], "value": {"type": "year", "value": \#(year)}, "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#
      )
      #expect(corpus.facts.first?.value == .year(year))
    }
  }

  @Test func countsOutOfRangeAreErrors() throws {
    func count(_ value: String) -> String {
      #"{"facts": [{"id": "f", "subject": "s", "claim": ["c"], "value": {"type": "count", "value": \#(value)}, "evidence": [{"document": "river.txt", "quote": "four countries"}]}]}"#
    }
    #expect(
      error(count("-1"))?.message == "count -1 out of range: a count is a whole number from 0 to 1000000000000")
    #expect(
      error(count("9223372036854775807"))?.message
        == "count 9223372036854775807 out of range: a count is a whole number from 0 to 1000000000000")
    #expect(error(count("1000000000001"))?.message.contains("out of range") == true)
    #expect(try load(count("0")).facts.first?.value == .count(0))
    #expect(try load(count("1000000000000")).facts.first?.value == .count(1_000_000_000_000))
  }

  @Test(arguments: [
    "\"1995-13\"", "\"1995-02-29\"", "\"0995-01-01\"", "\"1995-1-1\"", "\"1995-04-31\"", "\"yesterday\"", "1995",
  ])
  func invalidDatesAreErrors(value: String) throws {
    let fact =
      #"{"facts": [{"id": "f", "subject": "s", "claim": ["c"], "value": {"type": "date", "value": \#(value)}, "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#
    let problem = try #require(error(fact))
    #expect(problem.message.contains("a date is YYYY-MM-DD or YYYY-MM, with a year from 1000 to 2999"))
    #expect(problem.line == 1)
  }

  @Test func validDatesLoad() throws {
    for date in ["1995-07", "1996-02-29", "2000-02-29", "1995-12-31"] {
      let corpus = try load(
        #"{"facts": [{"id": "f", "subject": "s", "claim": ["c"], "value": {"type": "date", "value": "\#(date)"}, "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#
      )
      #expect(corpus.facts.first?.value == .date(date))
    }
  }

  @Test(arguments: ["Founded", "-founded", "founded_year", "founded year", "fondé"])
  func factIDsFollowTheSchemaPattern(id: String) throws {
    let problem = try #require(factError("1995", id: id))
    #expect(problem.message.contains("must be lower-case letters, digits and hyphens"))
    #expect(problem.line == 1 && problem.column == 19)
  }

  @Test func blankIdentifiersAreErrors() throws {
    let problem = try #require(
      error(
        #"{"facts": [{"id": "f", "subject": "s", "claim": ["c"], "value": {"type": "identifier", "value": " "}, "evidence": [{"document": "river.txt", "quote": "1995"}]}]}"#
      ))
    #expect(problem.message.contains("must be a non-empty string"))
  }

  @Test func missingFolderIsAClearError() {
    #expect(throws: DossierError.self) { try Corpus.load(folders: ["/nonexistent/corpus"], includeEmbedded: false) }
  }

  @Test func twoCorporaThatDisagreeCancelOut() throws {
    let british = try temporaryCorpus([
      "a.txt": "The programme of regional talks began with a long opening session last year.\n"
    ])
    let american = try temporaryCorpus([
      "b.txt": "The program of regional talks began with a long opening session last year.\n"
    ])
    let onlyAmerican = try Corpus.load(folders: [american], includeEmbedded: false)
    #expect(flagged("The programme grew.", .termVariant, corpus: onlyAmerican) == ["programme"])
    let both = try Corpus.load(folders: [british, american], includeEmbedded: false)
    #expect(flagged("The programme grew.", .termVariant, corpus: both).isEmpty)
    #expect(flagged("The program grew.", .termVariant, corpus: both).isEmpty)
  }
}
