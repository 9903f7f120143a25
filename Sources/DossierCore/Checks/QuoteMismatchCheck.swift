/// `quote-mismatch`: quoted text that matches a corpus passage except for changed, added or
/// dropped words. Exact quotations (ignoring quote styles, case and white space), partial
/// quotations and quotations with a marked omission ("…") are fine; quotations of anything the
/// corpus does not say closely are not its business.
enum QuoteMismatchCheck: BlockCheck {
  static let rule = Rule.quoteMismatch

  /// Quotations shorter than this (in words) are titles, phrases or scare quotes.
  static let minimumWords = 5

  static func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let quotations = context.quotations
    let prose = context.prose
    for quotation in quotations {
      // Split at ellipses: each part must match on its own.
      var parts: [[Int]] = [[]]
      parts[0].reserveCapacity(quotation.tokens.count)
      var index = quotation.tokens.lowerBound
      while index < quotation.tokens.upperBound {
        let token = prose.tokens[index]
        if token.kind == .punctuation, token.hasText("."),
          index + 2 < quotation.tokens.upperBound, prose.tokens[index + 1].hasText("."),
          prose.tokens[index + 2].hasText(".")
        {
          parts.append([])
          index += 3
          continue
        }
        if token.kind != .punctuation { parts[parts.count - 1].append(index) }
        index += 1
      }
      for part in parts where part.count >= minimumWords {
        if let finding = mismatch(part, prose: prose, context: context, isBlockQuote: quotation.isBlockQuote) {
          findings.append(finding)
        }
      }
    }
    return findings
  }

  static func mismatch(_ tokenIndices: [Int], prose: ProseText, context: CheckContext, isBlockQuote: Bool) -> Finding? {
    let passages = context.corpus.passages
    let words = tokenIndices.map { prose.tokens[$0].textValue }
    // Candidate alignments by shared trigrams: (passage, offset of the quote's first word).
    var alignments: [(passage: Int, offset: Int)] = []
    // About one hit per trigram when the quote is from the corpus.
    alignments.reserveCapacity(words.count)
    if words.count >= 3 {
      for position in 0...(words.count - 3) {
        passages.forEachHit(words[position..<position + 3]) { passage, hitPosition in
          alignments.append((passage, hitPosition - position))
        }
      }
    }
    // Votes: how many trigrams agree on each (passage, offset).
    alignments.sort { ($0.passage, $0.offset) < ($1.passage, $1.offset) }
    var votes: [(passage: Int, offset: Int, count: Int)] = []
    for alignment in alignments {
      if let last = votes.last, last.passage == alignment.passage, last.offset == alignment.offset {
        votes[votes.count - 1].count += 1
      } else {
        votes.append((alignment.passage, alignment.offset, 1))
      }
    }
    var best: (passage: Int, alignment: WordAlignment)?
    // Most votes first; ties in corpus order, so the choice never depends on hashing.
    let ranked = votes.sorted { ($1.count, $0.passage, $0.offset) < ($0.count, $1.passage, $1.offset) }.prefix(8)
    for (passageIndex, offset, _) in ranked {
      let passageWords = passages.words(of: passages.passages[passageIndex])
      let base = passageWords.startIndex
      let lower = max(0, offset - 4)
      let upper = min(passageWords.count, offset + words.count + 4)
      guard lower < upper else { continue }
      // The words at the voted offset are the quotation word for word: an exact quotation, no
      // alignment needed (the alignment would find no edits).
      if offset >= 0, offset + words.count <= passageWords.count,
        passageWords[base + offset..<base + offset + words.count].elementsEqual(words)
      {
        return nil
      }
      let alignment = WordAlignment(
        quote: words, passage: Array(passageWords[base + lower..<base + upper]), passageOffset: lower)
      if alignment.edits == 0 { return nil }  // exact (partial) quotation
      if best == nil || alignment.edits < best!.alignment.edits { best = (passageIndex, alignment) }
    }
    guard let best else { return nil }
    let alignment = best.alignment
    // Close enough to be a misquotation, far enough from chance: at most one edit in four
    // words, and most of the quotation matching in order.
    let allowed = max(1, words.count / 4)
    guard alignment.edits <= allowed, alignment.matched * 4 >= words.count * 3 else { return nil }
    if isBlockQuote, alignment.matched < 6 { return nil }

    let passage = passages.passages[best.passage]
    let document = context.corpus.documents[passage.document]
    let paragraph = document.paragraphs[passage.paragraph]
    // The draft words that differ (for a dropped word, the words on either side of the gap).
    let quoteRange = alignment.differingQuoteRange
    let first = tokenIndices[max(0, min(quoteRange.lowerBound, tokenIndices.count - 1))]
    let last = tokenIndices[max(0, min(quoteRange.upperBound - 1, tokenIndices.count - 1))]
    let range = prose.tokens[first].originalRange.lowerBound..<prose.tokens[max(first, last)].originalRange.upperBound
    // The corpus words for the same stretch.
    let corpusRange = alignment.differingPassageRange
    let corpusText: String
    if corpusRange.isEmpty {
      corpusText = ""
    } else {
      let startToken = passage.tokenIndices[corpusRange.lowerBound]
      let endToken = passage.tokenIndices[corpusRange.upperBound - 1]
      corpusText = document.text.string(
        in: paragraph.prose.tokens[startToken].originalRange
          .lowerBound..<paragraph.prose.tokens[endToken].originalRange.upperBound)
    }
    let written = context.text(range)
    let sentenceEvidence: Evidence = {
      let tokenIndex = passage.tokenIndices[min(alignment.passageStart, passage.tokenIndices.count - 1)]
      let sentence = paragraph.prose.sentence(containingToken: tokenIndex) ?? 0
      return document.evidence(paragraph: passage.paragraph, sentence: sentence)
    }()
    let message: String
    if alignment.kind == .dropped {
      message = "the quoted source reads \"\(corpusText)\" here; the quotation drops words"
    } else if corpusText.isEmpty {
      message = "the quoted source does not have \"\(written)\"; the quotation adds words"
    } else {
      message = "the quoted source reads \"\(corpusText)\", not \"\(written)\""
    }
    return Finding(
      rule: rule, message: message, range: range, evidence: [sentenceEvidence],
      fixes: [
        Fix(
          title: corpusText.isEmpty ? "Remove \"\(written)\"" : "Quote the source: \"\(corpusText)\"",
          edits: [TextEdit(range: range, newText: corpusText.isEmpty ? "" : corpusText)], isCertain: true)
      ].filter { _ in !(corpusText.isEmpty && alignment.kind != .added) })
  }
}

/// A word-level alignment of a quotation against a stretch of a corpus passage: the quotation
/// must align whole; the passage may start and end anywhere (so partial quotations are exact).
struct WordAlignment {
  enum Kind {
    case changed
    case added
    case dropped
  }

  var edits: Int
  var matched: Int
  var kind: Kind
  /// Quote word indices spanning the differences (widened to the neighbours for a drop).
  var differingQuoteRange: Range<Int>
  /// Passage word indices (absolute) of the corresponding corpus words.
  var differingPassageRange: Range<Int>
  /// The absolute passage word index where the quotation starts.
  var passageStart: Int

  init(quote: [TokenText], passage: [TokenText], passageOffset: Int) {
    let n = quote.count
    let m = passage.count
    // cost[i][j]: quote[0..<i] aligned ending at passage j (free start in the passage).
    var cost = CostMatrix(columns: m + 1, rows: n + 1)
    for i in 1...max(1, n) where i <= n { cost[i, 0] = i }
    if n > 0, m > 0 {
      for i in 1...n {
        for j in 1...m {
          let substitution = cost[i - 1, j - 1] + (quote[i - 1] == passage[j - 1] ? 0 : 1)
          cost[i, j] = min(substitution, cost[i - 1, j] + 1, cost[i, j - 1] + 1)
        }
      }
    }
    var endJ = 0
    for j in 0...m where cost[n, j] < cost[n, endJ] { endJ = j }
    // Trace back.
    var i = n
    var j = endJ
    var differingQuote: [Int] = []
    var differingPassage: [Int] = []
    var matched = 0
    var added = 0
    var dropped = 0
    var changed = 0
    while i > 0 {
      if j > 0, cost[i, j] == cost[i - 1, j - 1] + (quote[i - 1] == passage[j - 1] ? 0 : 1) {
        if quote[i - 1] == passage[j - 1] {
          matched += 1
        } else {
          changed += 1
          differingQuote.append(i - 1)
          differingPassage.append(j - 1)
        }
        i -= 1
        j -= 1
      } else if cost[i, j] == cost[i - 1, j] + 1 {
        added += 1
        differingQuote.append(i - 1)
        i -= 1
      } else if j > 0 {
        dropped += 1
        differingPassage.append(j - 1)
        // The quote words on either side of the gap.
        differingQuote.append(max(0, i - 1))
        if i < n { differingQuote.append(i) }
        j -= 1
      } else {
        break
      }
    }
    self.edits = cost[n, endJ]
    self.matched = matched
    self.passageStart = passageOffset + j
    self.kind = changed > 0 ? .changed : (added > 0 ? .added : .dropped)
    let quoteLow = differingQuote.min() ?? 0
    let quoteHigh = (differingQuote.max() ?? 0) + 1
    self.differingQuoteRange = quoteLow..<quoteHigh
    if let low = differingPassage.min(), let high = differingPassage.max() {
      // For additions with no passage words, nothing; otherwise the changed/dropped words, and for
      // a drop also the neighbours so the fix covers the same stretch as the range.
      var lower = low
      var upper = high + 1
      if kind == .dropped {
        lower = max(0, low - 1)
        upper = min(passage.count, high + 2)
      }
      self.differingPassageRange = (passageOffset + lower)..<(passageOffset + upper)
    } else {
      self.differingPassageRange = (passageOffset + endJ)..<(passageOffset + endJ)
    }
  }
}

/// The alignment's cost table in one flat allocation.
private struct CostMatrix {
  private var cells: [Int]
  private let columns: Int

  init(columns: Int, rows: Int) {
    self.columns = columns
    cells = Array(repeating: 0, count: columns * rows)
  }

  subscript(row: Int, column: Int) -> Int {
    get { cells[row * columns + column] }
    set { cells[row * columns + column] = newValue }
  }
}
