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
    #expect(DraftFormat.readableExtensions == ["md", "markdown", "txt", "text", "html", "htm"])
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

  @Test func blocksFollowTheBlockTags() {
    let document = DraftDocument(text: SourceText(page), format: .html)
    let kinds = document.blocks.map(\.kind)
    #expect(kinds.contains(.heading(level: 2)))
    #expect(kinds.contains(.listItem))
    let texts = document.blocks.map { document.text.string(in: $0.range) }
    #expect(texts.contains("The programme grew."))
    #expect(!texts.contains { $0.contains("color: red") || $0.contains("Home") })
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
}
