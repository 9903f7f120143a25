/// What every check reads: the draft, the corpus, and the work shared between checks (term
/// matches, references, quotations), computed once per block.
struct CheckContext {
  let draft: DraftDocument
  let corpus: Corpus
  let options: AnalysisOptions
  /// Term-table matches per block.
  let termMatches: [[(range: Range<Int>, form: TermTable.Form)]]
  /// Formal references per block.
  let references: [[ReferenceScanner.Occurrence]]
  /// Quotations per block.
  let quotations: [[Quotation]]

  init(draft: DraftDocument, corpus: Corpus, options: AnalysisOptions) {
    self.draft = draft
    self.corpus = corpus
    self.options = options
    self.termMatches = draft.prose.map { corpus.termTable.matches(in: $0.normalized) }
    self.references = draft.prose.map { ReferenceScanner.references(in: $0) }
    self.quotations = zip(draft.blocks, draft.prose).map { Quotation.quotations(in: $1, block: $0) }
  }

  /// The draft's own text for a byte range.
  func text(_ range: Range<Int>) -> String { draft.text.string(in: range) }

  /// The draft's own text of a token.
  func text(of token: Token) -> String { draft.text.string(in: token.originalRange) }
}

/// A check: one rule's logic. Each rule lives in its own file under `Checks/`.
protocol Check {
  static var rule: Rule { get }
  static func findings(in context: CheckContext) -> [Finding]
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
    for index in tokens.indices where tokens[index].text == "\"" {
      if let start = open {
        if index > start + 1 { found.append(Quotation(tokens: start + 1..<index, isBlockQuote: false)) }
        open = nil
      } else {
        open = index
      }
    }
    // Single quotes: an opening mark after a space or the start, a closing one before a non-word.
    var singleOpen: Int?
    for index in tokens.indices where tokens[index].text == "'" {
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
