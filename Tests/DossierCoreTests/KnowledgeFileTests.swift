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
