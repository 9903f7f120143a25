/// What a block check reads about one block: the block's prose, the work shared between checks
/// (term matches, claim phrases, quotations, references), and the draft and corpus around it.
/// The analyzer builds one per block and runs every block check on it before the next block, so
/// a block's tokens are read while they are still in the cache.
struct CheckContext {
  /// The draft's text (for the writer's own spelling in messages and fixes).
  let text: SourceText
  let corpus: Corpus
  let options: AnalysisOptions
  let block: ProseBlock
  let prose: ProseText
  /// Term-table matches in the block's folded text.
  let termMatches: [(range: Range<Int>, form: TermTable.Form)]
  /// Rejected variants that begin inside an earlier match of a spelling the corpus uses and run
  /// past it (`TermTable.overlappingVariants`), not among `termMatches`.
  let overlappingVariants: [(range: Range<Int>, form: TermTable.Form)]
  /// Quotations in the block.
  let quotations: [Quotation]
  /// Knowledge-file claim phrases and fact subjects in the block.
  let phraseHits: ArraySlice<PatternAutomaton.Match>
  let subjectHits: ArraySlice<PatternAutomaton.Match>
  /// Forms of predicates the corpus denies, in the block (see `PolarityIndex`).
  let cueHits: ArraySlice<PatternAutomaton.Match>
  /// Formal references in the block.
  let references: [ReferenceScanner.Occurrence]

  init(
    text: SourceText, corpus: Corpus, options: AnalysisOptions, block: ProseBlock,
    prose: ProseText, scan: BlockScan
  ) {
    self.text = text
    self.corpus = corpus
    self.options = options
    self.block = block
    self.prose = prose
    let found = corpus.patterns.matches(in: prose.normalized.bytes)
    self.termMatches = corpus.termTable.resolve(found.terms)
    self.overlappingVariants = corpus.termTable.overlappingVariants(found.terms, resolved: termMatches)
    self.phraseHits = found.phrases
    self.subjectHits = found.subjects
    self.cueHits = found.cues
    self.quotations = Quotation.quotations(in: prose, block: block)
    self.references = scan.references
  }

  /// The draft's own text for a byte range.
  func text(_ range: Range<Int>) -> String { text.string(in: range) }

  /// The draft's own text of a token.
  func text(of token: Token) -> String { text.string(in: token.originalRange) }
}

/// What a document check reads: the draft's text and blocks, the corpus, and what every block
/// yielded. No block's tokens: a streaming analysis has let them go by the time document checks run.
struct DocumentContext {
  let text: SourceText
  let blocks: [ProseBlock]
  /// Acronym definitions ("expansion (ACR)") in the draft: the acronym and the byte offset of its
  /// defining use, in document order.
  let acronymDefinitions: [(acronym: String, offset: Int)]
  let corpus: Corpus
  let options: AnalysisOptions
  /// What each block yields for document-level checks (reused from the previous analysis where
  /// a block did not change).
  let scans: [BlockScan]
}

/// What one block yields that document-level checks need, in block-relative token indices, so a
/// block whose bytes did not change yields the same scan wherever it moved.
struct BlockScan: Sendable {
  /// Formal references ("Executive Order 13382").
  var references: [ReferenceScanner.Occurrence]
  /// Upper-case words that may be acronyms needing an expansion, in order.
  var acronymUses: [AcronymUndefinedCheck.Use]

  init(prose: ProseText, block: ProseBlock, text: SourceText) {
    references = ReferenceScanner.references(in: prose)
    acronymUses = AcronymUndefinedCheck.uses(
      in: prose, references: references, text: text, blockStart: block.range.lowerBound)
  }
}

/// A check: one rule's logic. Each rule lives in its own file under `Checks/`.
protocol Check: SendableMetatype {
  static var rule: Rule { get }
}

/// A check whose findings in a block depend only on that block (and the corpus and options), so
/// the findings of blocks an edit did not touch can be reused.
protocol BlockCheck: Check {
  static func findings(in context: CheckContext) -> [Finding]
}

/// A check that reads the whole draft every time ("used before its definition").
protocol DocumentCheck: Check {
  static func findings(in context: DocumentContext) -> [Finding]
}

/// Text inside quotation marks, or a block quote.
struct Quotation {
  /// Token indices of the quoted words, marks excluded.
  var tokens: Range<Int>
  /// True for a `>` block quote without quotation marks.
  var isBlockQuote: Bool

  static func quotations(in prose: ProseText, block: ProseBlock) -> [Quotation] {
    let tokens = prose.tokens
    // No quotation mark at all (most paragraphs): at most the block quote itself.
    guard prose.summary.hasQuotationMark else {
      return block.isQuoted && !tokens.isEmpty ? [Quotation(tokens: 0..<tokens.count, isBlockQuote: true)] : []
    }
    var found: [Quotation] = []
    var open: Int?
    // Quotation marks are one-byte punctuation tokens (folding made every kind of mark `"` or `'`).
    func isMark(_ index: Int, _ mark: UInt8) -> Bool {
      tokens[index].kind == .punctuation && tokens[index].range.count == 1
        && prose.normalized.bytes[tokens[index].range.lowerBound] == mark
    }
    for index in tokens.indices where isMark(index, UInt8(ascii: "\"")) {
      if let start = open {
        if index > start + 1 { found.append(Quotation(tokens: start + 1..<index, isBlockQuote: false)) }
        open = nil
      } else {
        open = index
      }
    }
    // Single quotes: an opening mark after a space or the start, a closing one before a non-word.
    var singleOpen: Int?
    for index in tokens.indices where isMark(index, UInt8(ascii: "'")) {
      let text = prose.normalized.bytes
      let before = tokens[index].range.lowerBound == 0 ? 0x20 : text[tokens[index].range.lowerBound - 1]
      let afterIndex = tokens[index].range.upperBound
      let after = afterIndex < text.count ? text[afterIndex] : 0x20
      if singleOpen == nil, !PatternAutomaton.isWordByte(before), PatternAutomaton.isWordByte(after) {
        singleOpen = index
      } else if let start = singleOpen, !PatternAutomaton.isWordByte(after) {
        if index > start + 1, !found.contains(where: { $0.tokens.contains(start) }) {
          found.append(Quotation(tokens: start + 1..<index, isBlockQuote: false))
        }
        singleOpen = nil
      }
    }
    if block.isQuoted, found.isEmpty, !tokens.isEmpty {
      found.append(Quotation(tokens: 0..<tokens.count, isBlockQuote: true))
    }
    return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
