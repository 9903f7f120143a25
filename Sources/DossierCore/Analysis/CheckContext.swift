/// What every check reads: the draft, the corpus, and the work shared between checks (term
/// matches, references, quotations), computed once per block.
struct CheckContext {
  let draft: DraftDocument
  let corpus: Corpus
  let options: AnalysisOptions
  /// The blocks the block-level checks look at (all of them, or only those an edit touched).
  let blockIndices: [Int]
  /// Term-table matches per block (computed for `blockIndices` only).
  let termMatches: [[(range: Range<Int>, form: TermTable.Form)]]
  /// Quotations per block (computed for `blockIndices` only).
  let quotations: [[Quotation]]
  /// Knowledge-file claim phrases and fact subjects per block (for `blockIndices` only).
  let phraseHits: [[PatternAutomaton.Match]]
  let subjectHits: [[PatternAutomaton.Match]]
  /// What each block yields for document-level checks (all blocks; reused from the previous
  /// analysis where a block did not change).
  let scans: [BlockScan]

  init(
    draft: DraftDocument, corpus: Corpus, options: AnalysisOptions, blocks: [Int]? = nil,
    reusedScans: [BlockScan?]? = nil
  ) {
    self.draft = draft
    self.corpus = corpus
    self.options = options
    let indices = blocks ?? Array(draft.prose.indices)
    self.blockIndices = indices
    var termMatches = Array(repeating: [(range: Range<Int>, form: TermTable.Form)](), count: draft.prose.count)
    var quotations = Array(repeating: [Quotation](), count: draft.prose.count)
    var phraseHits = Array(repeating: [PatternAutomaton.Match](), count: draft.prose.count)
    var subjectHits = Array(repeating: [PatternAutomaton.Match](), count: draft.prose.count)
    for index in indices {
      let found = corpus.patterns.matches(in: draft.prose[index].normalized.bytes)
      termMatches[index] = corpus.termTable.resolve(found.terms)
      phraseHits[index] = found.phrases
      subjectHits[index] = found.subjects
      quotations[index] = Quotation.quotations(in: draft.prose[index], block: draft.blocks[index])
    }
    self.termMatches = termMatches
    self.quotations = quotations
    self.phraseHits = phraseHits
    self.subjectHits = subjectHits
    self.scans = draft.prose.indices.map { index in
      if let reused = reusedScans?[index] { return reused }
      return BlockScan(prose: draft.prose[index], text: draft.text)
    }
  }

  /// Formal references in block `index`.
  func references(_ index: Int) -> [ReferenceScanner.Occurrence] { scans[index].references }

  /// The draft's own text for a byte range.
  func text(_ range: Range<Int>) -> String { draft.text.string(in: range) }

  /// The draft's own text of a token.
  func text(of token: Token) -> String { draft.text.string(in: token.originalRange) }
}

/// What one block yields that document-level checks need, in block-relative token indices, so a
/// block whose bytes did not change yields the same scan wherever it moved.
struct BlockScan: Sendable {
  /// Formal references ("Executive Order 13382").
  var references: [ReferenceScanner.Occurrence]
  /// Upper-case words that may be acronyms needing an expansion, in order.
  var acronymUses: [AcronymUndefinedCheck.Use]

  init(prose: ProseText, text: SourceText) {
    references = ReferenceScanner.references(in: prose)
    acronymUses = AcronymUndefinedCheck.uses(in: prose, references: references, text: text)
  }
}

/// A check: one rule's logic. Each rule lives in its own file under `Checks/`. A block check's
/// findings depend only on the blocks in `context.blockIndices` (and the corpus and options), so
/// the findings of blocks an edit did not touch can be reused; a document check reads the whole
/// draft every time.
protocol Check: SendableMetatype {
  static var rule: Rule { get }
  static var isDocumentLevel: Bool { get }
  static func findings(in context: CheckContext) -> [Finding]
}

extension Check {
  static var isDocumentLevel: Bool { false }
}

/// Text inside quotation marks, or a block quote.
struct Quotation {
  /// Token indices of the quoted words, marks excluded.
  var tokens: Range<Int>
  /// True for a `>` block quote without quotation marks.
  var isBlockQuote: Bool

  static func quotations(in prose: ProseText, block: ProseBlock) -> [Quotation] {
    let tokens = prose.tokens
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
