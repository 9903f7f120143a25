import DossierCore
import Foundation
import Testing

/// HTML drafts and corpus documents: the text between tags is prose, block tags make blocks,
/// character references are read as characters, and findings point at the HTML's own bytes.
struct HTMLFormatTests {
  let page = """
    <!DOCTYPE html>
    <html><head><title>Memo</title><style>p { color: red }</style>
    <script>var note = "Executive Order 13383";</script></head>
    <body>
    <nav><a href="/">Home</a> | Executive Order 13384</nav>
    <h2>Sanctions</h2>
    <p>The <em>nonproliferation</em> regime held, and Executive&nbsp;Order 13383 applied.</p>
    <ul><li>The programme grew.</li></ul>
    <p>Run <code>Executive Order 13385</code> later.</p>
    <!-- dossier-disable-next-line term-variant -->
    <p>A second programme.</p>
    </body></html>

    """

  func flaggedWords(_ draft: String) -> [String] {
    let document = DraftDocument(text: SourceText(draft), format: .html)
    return Analyzer.findings(in: document, corpus: .embedded).map { document.text.string(in: $0.range) }
  }

  @Test func formatsComeFromExtensionsAndLanguageIDs() {
    #expect(DraftFormat(fileName: "memo.HTML") == .html)
    #expect(DraftFormat(fileName: "a/b/memo.htm") == .html)
    #expect(DraftFormat(fileName: "memo.txt") == .plainText)
    #expect(DraftFormat(fileName: "memo.md") == .markdown)
    #expect(DraftFormat(fileName: "memo") == .markdown)
    #expect(DraftFormat(languageID: "html") == .html)
    #expect(DraftFormat(languageID: "plaintext") == .plainText)
    #expect(DraftFormat(languageID: "rust") == nil)
    #expect(DraftFormat(fileName: "record.XML") == .xml)
    #expect(DraftFormat(languageID: "xml") == .xml)
    #expect(DraftFormat(fileName: "transcript.rst") == .plainText)
    #expect(DraftFormat(languageID: "restructuredtext") == .plainText)
    #expect(DraftFormat.readableExtensions == ["md", "markdown", "txt", "text", "rst", "html", "htm", "xml"])
    // A folder searched for drafts leaves out XML and reStructuredText.
    #expect(DraftFormat.draftSearchExtensions == ["md", "markdown", "txt", "text", "html", "htm"])
  }

  @Test func onlyTheProseOfThePageIsChecked() {
    let flagged = flaggedWords(page)
    // Prose: the paragraph (a character reference between words) and the list item.
    #expect(flagged.contains("nonproliferation"))
    #expect(flagged.contains("Executive&nbsp;Order 13383"))
    #expect(flagged.contains("programme"))
    // Not prose: the script, the navigation, the code; the suppressed line.
    #expect(!flagged.contains { $0.contains("13384") || $0.contains("13385") })
    #expect(flagged.filter { $0 == "programme" }.count == 1)
  }

  @Test func aHeadWhoseEndTagAnIncludeWroteEndsWhereTheBodyBegins() {
    // A page saved from its server's source: the include that closed the head is a comment now.
    let saved = """
      <html><head><title>Memo</title>
      <script>document.write("<div>Executive Order 13384</div>");</script>
      <!--#include virtual="/layout/head-body-tags.asp" -->
      <div id="main">
      <p>The nonproliferation regime held, and Executive Order 13383 applied.</p>
      </div></html>

      """
    let flagged = flaggedWords(saved)
    #expect(flagged.contains("nonproliferation"))
    #expect(flagged.contains("Executive Order 13383"))
    // The script in the head is still no prose.
    #expect(!flagged.contains { $0.contains("13384") })
    // A head that closes is read as before: the page's own head is skipped whole.
    #expect(!flaggedWords(page).contains { $0.contains("13383\";") })
  }

  @Test func blocksFollowTheBlockTags() {
    let document = DraftDocument(text: SourceText(page), format: .html)
    let kinds = document.blocks.map(\.kind)
    #expect(kinds.contains(.heading(level: 2)))
    #expect(kinds.contains(.listItem))
    let texts = document.blocks.map { document.text.string(in: $0.range) }
    #expect(texts.contains("The programme grew."))
    #expect(!texts.contains { $0.contains("color: red") || $0.contains("Home") })
  }

  @Test func aFootnotesMarkIsNoPartOfTheNumberBeforeIt() {
    let text = SourceText(
      ##"<p>The economy contracted in 2026,<sup><a href="#fn7">7</a></sup> and in the 21<sup>st</sup> century.</p>"##)
    let document = DraftDocument(text: text, format: .html)
    let prose = ProseText(source: text, segments: document.blocks[0].segments)
    let words = prose.tokens.map(\.text)
    #expect(words.contains("2026"))
    #expect(!words.contains { $0.contains("2026,7") || $0 == "7" })
    // An ordinal's letters are its own.
    #expect(words.contains("21st"))
  }

  @Test func characterReferencesReadAsTheirCharacters() {
    let text = SourceText("<p>AT&amp;T&#8217;s &ldquo;non&#x2011;proliferation&rdquo; &bogus; &amp</p>")
    let document = DraftDocument(text: text, format: .html)
    let prose = ProseText(source: text, segments: document.blocks[0].segments)
    #expect(prose.normalized.string == "at&t's \"non-proliferation\" &bogus; &amp")
    // Folded text that holds a reference maps back to the bytes that wrote it ("AT&amp;T").
    #expect(prose.normalized.originalRange(0..<4) == 3..<11)
    let quoteStart = text.string.range(of: "&ldquo;")!
    let offset = text.string.utf8.distance(from: text.string.startIndex, to: quoteStart.lowerBound)
    let token = prose.tokens.first { $0.originalRange.lowerBound == offset }
    #expect(token.map { text.string(in: $0.originalRange) } == "&ldquo;")
  }

  @Test func anHTMLCorpusDocumentIsEvidence() throws {
    let folder = try temporaryCorpus([
      "statements/2019.html": """
      <html><body><nav>Home</nav><h1>Statement</h1>
      <p>The Mekong River Commission was founded in 1995 by four member countries.</p>
      </body></html>
      """
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    let conflicts = findings("The Mekong River Commission was founded in 1997.\n", corpus: corpus)
      .filter { $0.rule == .factConflict }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.evidence.first?.document == "statements/2019.html")
    #expect(conflicts.first?.evidence.first?.line == 2)
  }

  /// An XML record: each field on a line of its own is a block, a CDATA section is read as the
  /// HTML it holds (its paragraphs are blocks), and an element inside a line stays inline.
  @Test func anXMLRecordsFieldsAndCDATAAreRead() throws {
    let record = """
      <?xml version="1.0" encoding="UTF-8" ?>
      <transcripts>
        <transcript>
          <transcript-id>16491</transcript-id>
          <title>New River Network</title>
          <release-date>07/04/2009</release-date>
          <content><![CDATA[<p>The Commission today announced a <b>new</b> river network.</p>
      <p>It will connect 90 percent of towns.</p>
      ]]></content>
          <note>Issued by the <office>Press Office</office> today.</note>
        </transcript>
      </transcripts>

      """
    let document = DraftDocument(text: SourceText(record), format: .xml)
    let texts = document.blocks.map { block in
      ProseText(source: document.text, segments: block.segments).normalized.string
    }
    #expect(
      texts == [
        "16491", "new river network", "07/04/2009", "the commission today announced a new river network.",
        "it will connect 90 percent of towns.", "issued by the press office today.",
      ])
    let folder = try temporaryCorpus(["records/2009.xml": record])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    let conflicts = findings(
      "The Commission announced that the network will connect 80 percent of towns.\n", corpus: corpus
    )
    .filter { $0.rule == .factConflict }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.evidence.first?.document == "records/2009.xml")
    #expect(conflicts.first?.evidence.first?.line == 8)
  }
}
