/// One trusted source document of a corpus, read into paragraphs.
///
/// Source documents are often web scrapes: a title, headings, and page furniture such as
/// "Post a Comment" or "- 4 min read" around the article. Only *running prose* — paragraphs
/// that read as sentences — yields terms, acronyms and facts; everything else is kept (so a
/// quotation of a heading still matches) but is never a source of knowledge.
public struct CorpusDocument: Sendable {
  public struct Paragraph: Sendable {
    public let prose: ProseText
    /// The paragraph's byte range in the document.
    public let range: Range<Int>
    /// True for sentences of an article; false for titles, headings and page furniture.
    public let isRunningProse: Bool
    /// Running prose, or clauses of six words or more ending in ";" (the operative paragraphs
    /// of a resolution or decision, or "; and", "; or": an order's enumerated clauses), or a
    /// heading that holds the opening text of a section (`opensSection`): text whose words and
    /// capitals are the writer's usage, not a title or a ticker. Usage (compounds, names) is read
    /// from it; facts only from running prose. (Worked out once: corpus passes ask it for every
    /// word.)
    public let readsAsText: Bool
    /// A heading (Markdown `#`, HTML `<h1>`…`<h6>` and `<title>`).
    public let isHeading: Bool

    init(prose: ProseText, range: Range<Int>, isRunningProse: Bool, isHeading: Bool = false) {
      self.prose = prose
      self.range = range
      self.isRunningProse = isRunningProse
      self.isHeading = isHeading
      self.readsAsText =
        isRunningProse || FrameIndex.readsAsClauses(prose) || isHeading && CorpusDocument.opensSection(prose)
    }
  }

  /// The file name within its folder ("000_3a56.txt").
  public let name: String
  /// The corpus folder it came from; nil for the embedded corpus.
  public let folder: String?
  public let text: SourceText
  public let paragraphs: [Paragraph]
  /// For a document read from a PDF (`ExternalFormat`): where each page starts in `text` (pages
  /// are separated by form feeds), so evidence names its page.
  public let pageStarts: [Int]?
  /// The format its text was read in (Markdown, plain text, HTML; converted PDF and Word text is
  /// read as plain text or Markdown).
  public let format: DraftFormat
  /// `format` is the format of `text` (by default the one `name`'s extension implies); `paged`
  /// marks text converted from a PDF, with form feeds between pages.
  public init(name: String, folder: String?, text: SourceText, format: DraftFormat? = nil, paged: Bool = false) {
    self.name = name
    self.folder = folder
    self.text = text
    self.pageStarts = paged ? Self.pageStarts(of: text) : nil
    let format = format ?? DraftFormat(fileName: name)
    self.format = format
    var blocks: [ProseBlock] = []
    if format == .plainText {
      blocks = Self.plainTextParagraphs(text)
    } else {
      var scanner = MarkdownScanner(text: text, format: format, sourceLayout: true)
      scanner.scan()
      blocks = scanner.blocks
    }
    self.paragraphs = blocks.map { block in
      let prose = ProseText(source: text, segments: block.segments)
      let isHeading = if case .heading = block.kind { true } else { false }
      return Paragraph(
        prose: prose, range: block.range, isRunningProse: !isHeading && Self.readsAsProse(prose), isHeading: isHeading)
    }
  }

  /// Plain-text documents: a line is a paragraph (scraped articles put one paragraph per line),
  /// except that a line ending mid-sentence continues on the next when that starts in lower case.
  static func plainTextParagraphs(_ text: SourceText) -> [ProseBlock] {
    var blocks: [ProseBlock] = []
    var current: [ProseBlock.Segment] = []
    // Where the paragraph's last line starts and ends, when it has one.
    var previousStart: Int?
    var previousEnd: Int?
    func close() {
      if !current.isEmpty { blocks.append(ProseBlock(kind: .paragraph, isQuoted: false, segments: current)) }
      current = []
      (previousStart, previousEnd) = (nil, nil)
    }
    // Blank lines since the last line of text: one inside a sentence is a double-spaced page's
    // wrap ("… arrived by boat in" / "" / "the two years after …"), not a paragraph's end.
    var blankLines = 0
    func isLowerCase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    for line in 0..<text.lineCount {
      var range = text.lineRange(line)
      while range.lowerBound < range.upperBound,
        text.bytes[range.lowerBound] == 0x20 || text.bytes[range.lowerBound] == 0x09
      {
        range = range.lowerBound + 1..<range.upperBound
      }
      while range.upperBound > range.lowerBound,
        text.bytes[range.upperBound - 1] == 0x20 || text.bytes[range.upperBound - 1] == 0x09
      {
        range = range.lowerBound..<range.upperBound - 1
      }
      if range.isEmpty {
        blankLines += 1
        continue
      }
      if let previousEnd, let previousStart {
        let last = text.bytes[previousEnd - 1]
        let first = text.bytes[range.lowerBound]
        let continues =
          blankLines > 0
          // After one blank line, a sentence goes on in lower case after a word or a comma: a
          // double-spaced page's wrap.
          ? blankLines == 1 && isLowerCase(first) && (isLowerCase(last) || last == UInt8(ascii: ","))
          // A line goes on in lower case, or in capitals after a long line that stopped inside a
          // sentence, on a word ("… in which the" / "Committee speaks."): text wrapped to a width.
          // (Not after a comma: a preamble's clauses, "Recalling …," each open a paragraph.)
          : ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(last)
            && (isLowerCase(first)
              || first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") && previousEnd - previousStart >= 50
                && isLowerCase(last))
        if !continues { close() }
      }
      blankLines = 0
      (previousStart, previousEnd) = (range.lowerBound, range.upperBound)
      current += ProseBlock.Segment.bracketsLeftOut(range, of: text.bytes, join: .lineBreak)
    }
    close()
    return blocks
  }

  /// Running prose has at least one sentence of six or more words that ends with terminal
  /// punctuation. Titles, headings, tickers and "0 Comments" do not.
  static func readsAsProse(_ prose: ProseText) -> Bool {
    prose.tokens.withUnsafeBufferPointer { tokens in
      for sentence in prose.sentences {
        var words = 0
        for index in sentence where tokens[index].kind == .word {
          words += 1
          if words == 6 { break }
        }
        // (The marks that close a quotation, parentheses or emphasis come after a sentence's
        // end: "… the Law.**", "… the Law.\")".)
        guard words >= 6,
          let last = sentence.reversed().first(where: {
            tokens[$0].kind == .punctuation && !tokens[$0].hasText("\"") && !tokens[$0].hasText("'")
              && !tokens[$0].hasText(")") && !tokens[$0].hasText("*") && !tokens[$0].hasText("_")
          })
        else { continue }
        if tokens[last].hasText(".") || tokens[last].hasText("!") || tokens[last].hasText("?") { return true }
      }
      return false
    }
  }

  /// A heading that is a section's opening text, not its title: scraped orders and laws often
  /// make a heading of a section's first paragraph ("### Section 2. (a) No aircraft in which a
  /// foreign person has an interest … may land at a place in the United States within 180 days
  /// after departure from North Korea"). It opens with "Section N." or "Sec. N." (and perhaps a
  /// subsection's letter), and what follows is a clause: ten words or more, most of them in lower
  /// case. A section's title ("Sec. 2. Definitions.", "Section 4. Prohibited Transactions and
  /// Their Exceptions") is not.
  static func opensSection(_ prose: ProseText) -> Bool {
    let tokens = prose.tokens
    guard tokens.count > 12, tokens[0].kind == .word, tokens[0].hasText(in: ["section", "sec", "sec."]) else {
      return false
    }
    var index = 1
    if tokens[index].hasText(".") { index += 1 }
    guard tokens[index].kind == .number, index + 1 < tokens.count, tokens[index + 1].hasText(".") else { return false }
    var words = 0
    var lowerCase = 0
    for token in tokens[(index + 2)...] where token.kind == .word {
      words += 1
      if !token.isCapitalized { lowerCase += 1 }
    }
    return words >= 10 && lowerCase * 3 >= words * 2
  }

  /// Evidence for the sentence of paragraph `paragraph` that contains token `token`.
  public func evidence(paragraph: Int, sentence: Int) -> Evidence {
    let prose = paragraphs[paragraph].prose
    let range = prose.originalRange(ofSentence: sentence)
    return evidence(range: range)
  }

  /// Evidence quoting the whole sentence that contains `range`.
  public func evidence(sentenceAround range: Range<Int>) -> Evidence {
    for (paragraphIndex, paragraph) in paragraphs.enumerated() where paragraph.range.contains(range.lowerBound) {
      for (sentenceIndex, sentence) in paragraph.prose.sentences.enumerated()
      where paragraph.prose.originalRange(ofTokens: sentence).contains(range.lowerBound) {
        return evidence(paragraph: paragraphIndex, sentence: sentenceIndex)
      }
    }
    return evidence(range: range)
  }

  /// Evidence for an exact byte range of the document.
  public func evidence(range: Range<Int>) -> Evidence {
    Self.evidence(range: range, name: name, folder: folder, text: text, pageStarts: pageStarts)
  }

  static func evidence(range: Range<Int>, name: String, folder: String?, text: SourceText, pageStarts: [Int]?)
    -> Evidence
  {
    var evidence = Evidence(
      document: name, folder: folder, line: text.line(containing: range.lowerBound) + 1, range: range,
      quote: text.string(in: range))
    if let pageStarts { evidence.page = pageStarts.lastIndex { $0 <= range.lowerBound }.map { $0 + 1 } }
    return evidence
  }

  /// Where each page of text converted from a PDF starts (pages are separated by form feeds).
  static func pageStarts(of text: SourceText) -> [Int] {
    [0] + text.bytes.indices.filter { text.bytes[$0] == 0x0C }.map { $0 + 1 }
  }
}
