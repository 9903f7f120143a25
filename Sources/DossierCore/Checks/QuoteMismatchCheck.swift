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
    guard let finding = wordMismatch(tokenIndices, prose: prose, context: context, isBlockQuote: isBlockQuote) else {
      return nil
    }
    // An acronym the writer adds in parentheses ("surface-to-air missiles (SAMs)") is the
    // writer's gloss, not words put in the source's mouth: the quotation is read without it
    // (exact, or misquoted where the words differ).
    let withoutGlosses = tokenIndices.filter { index in
      !(index > 0 && index + 1 < prose.tokens.count && prose.tokens[index - 1].hasText("(")
        && prose.tokens[index + 1].hasText(")") && isAcronymGloss(context.text(prose.tokens[index].originalRange)))
    }
    guard withoutGlosses.count < tokenIndices.count else { return finding }
    return wordMismatch(withoutGlosses, prose: prose, context: context, isBlockQuote: isBlockQuote)
  }

  private static func wordMismatch(
    _ tokenIndices: [Int], prose: ProseText, context: CheckContext, isBlockQuote: Bool
  ) -> Finding? {
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
      let passageWords = passages.passage(at: passageIndex).words
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
        quote: words, passage: withoutGluedNumbers(Array(passageWords[base + lower..<base + upper]), quoting: words),
        passageOffset: lower)
      if alignment.edits == 0 { return nil }  // exact (partial) quotation
      if best == nil || alignment.edits < best!.alignment.edits { best = (passageIndex, alignment) }
    }
    guard let best else { return nil }
    // (Any candidate's: a closer wording elsewhere may have drawn more votes.)
    if ranked.contains(where: { isQuotedAcrossParagraphs(words, around: $0.passage, passages) }) { return nil }
    let alignment = best.alignment
    // Close enough to be a misquotation, far enough from chance: at most one edit in four
    // words, and most of the quotation matching in order.
    let allowed = max(1, words.count / 4)
    guard alignment.edits <= allowed, alignment.matched * 4 >= words.count * 3 else { return nil }
    if isBlockQuote, alignment.matched < 6 { return nil }

    let passage = passages.passage(at: best.passage)
    let passageTokens = passages.tokenIndices(of: passage, at: best.passage)
    guard passageTokens.count == passage.words.count, !passageTokens.isEmpty else { return nil }
    let document = context.corpus.documents[passage.document]
    guard document.paragraphs.indices.contains(passage.paragraph) else { return nil }
    let paragraph = document.paragraphs[passage.paragraph]
    let corpusTokens = paragraph.prose.tokens
    // The range, the message and the fix all read the same alignment, difference by difference,
    // so the fix repairs exactly what the message names.
    let clusters = alignment.clusters
    guard let firstCluster = clusters.first, let lastCluster = clusters.last else { return nil }
    // An article opening the quotation in place of a source word is the writer's lead into a
    // fragment ("say \"the reduction in Bank Rate\"" of "a 0.25 percentage point reduction in
    // Bank Rate"), no word of the source changed.
    // (Unless the source has the article just before that word: "the survival" of "the very
    // survival" drops a word.)
    if clusters.count == 1, firstCluster.quoteWords == 0...0, words.count >= 4,
      ["the", "a", "an"].contains(words[0].string),
      !(firstCluster.passageWords.map { replaced in
        replaced.lowerBound > 0 && passage.words[passage.words.startIndex + replaced.lowerBound - 1] == words[0]
      } ?? false)
    {
      return nil
    }

    func draftRange(_ words: ClosedRange<Int>) -> Range<Int> {
      prose.tokens[tokenIndices[words.lowerBound]].originalRange
        .lowerBound..<prose.tokens[tokenIndices[words.upperBound]].originalRange.upperBound
    }
    func corpusRange(_ words: ClosedRange<Int>) -> Range<Int> {
      corpusTokens[passageTokens[words.lowerBound]].originalRange
        .lowerBound..<corpusTokens[passageTokens[words.upperBound]].originalRange.upperBound
    }
    func corpusText(_ range: Range<Int>) -> String { oneLine(document.text.string(in: range)) }
    func draftText(_ words: ClosedRange<Int>) -> String { oneLine(context.text(draftRange(words))) }
    /// The quotation words a difference is shown on: a drop on the words either side of the gap.
    func shownWords(_ cluster: WordAlignment.Cluster) -> ClosedRange<Int> {
      if let quoteWords = cluster.quoteWords { return quoteWords }
      let before = max(0, cluster.quotePosition - 1)
      return before...min(words.count - 1, max(before, cluster.quotePosition))
    }
    let range = draftRange(shownWords(firstCluster)).lowerBound..<draftRange(shownWords(lastCluster)).upperBound

    // What the source reads against what the quotation has, for each difference.
    var pairs: [(reading: String, writing: String)] = []
    for cluster in clusters {
      if let passageWords = cluster.passageWords {
        var reading = passageWords
        if cluster.quoteWords == nil {
          // A drop: the quotation's words either side of the gap, in the corpus's wording too.
          let shown = shownWords(cluster)
          if shown.lowerBound < cluster.quotePosition { reading = (reading.lowerBound - 1)...reading.upperBound }
          if shown.upperBound >= cluster.quotePosition { reading = reading.lowerBound...(reading.upperBound + 1) }
        }
        pairs.append((corpusText(corpusRange(reading)), draftText(shownWords(cluster))))
      } else {
        pairs.append(("", draftText(shownWords(cluster))))
      }
    }
    let message: String
    if pairs.count == 1, alignment.kind == .dropped {
      message = "the quoted source reads \"\(pairs[0].reading)\" here; the quotation drops words"
    } else if pairs.count == 1, pairs[0].reading.isEmpty {
      message = "the quoted source does not have \"\(pairs[0].writing)\"; the quotation adds words"
    } else {
      message =
        "the quoted source reads "
        + pairs.map { $0.reading.isEmpty ? "no \"\($0.writing)\"" : "\"\($0.reading)\", not \"\($0.writing)\"" }
        .joined(separator: "; ")
    }
    let sentenceEvidence: Evidence = {
      let tokenIndex = passageTokens[min(alignment.passageStart, passageTokens.count - 1)]
      let sentence = paragraph.prose.sentence(containingToken: tokenIndex) ?? 0
      return document.evidence(paragraph: passage.paragraph, sentence: sentence)
    }()

    // The fix: one edit per difference, touching only the words that differ.
    var edits: [TextEdit] = []
    var isClean = true
    let bytes = context.text.bytes
    for cluster in clusters {
      switch (cluster.quoteWords, cluster.passageWords) {
      case (let quoteWords?, let passageWords?):
        // Changed words: the corpus's words in their place.
        edits.append(TextEdit(range: draftRange(quoteWords), newText: corpusText(corpusRange(passageWords))))
      case (nil, let passageWords?):
        // Dropped words: inserted before the quotation word after the gap, with the corpus's own
        // separator after them (a space, or a comma and a space). A drop always has a matched word
        // after it (the alignment's end in the passage is free).
        guard cluster.quotePosition < words.count, passageWords.upperBound + 1 < alignment.passageEnd else {
          isClean = false
          continue
        }
        let insertion = draftRange(cluster.quotePosition...cluster.quotePosition).lowerBound
        let inserted =
          corpusTokens[passageTokens[passageWords.lowerBound]].originalRange
          .lowerBound..<corpusTokens[passageTokens[passageWords.upperBound + 1]].originalRange.lowerBound
        edits.append(TextEdit(range: insertion..<insertion, newText: corpusText(inserted)))
      case (let quoteWords?, nil):
        // Added words: removed with the white space after them (before them at the quotation's
        // end). Punctuation in that stretch would go too: then the fix is only a suggestion.
        var removed = draftRange(quoteWords)
        if quoteWords.upperBound + 1 < words.count {
          let next = draftRange((quoteWords.upperBound + 1)...(quoteWords.upperBound + 1)).lowerBound
          if !bytes[removed.upperBound..<next].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { isClean = false }
          removed = removed.lowerBound..<next
        } else {
          var start = removed.lowerBound
          while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
          removed = start..<removed.upperBound
        }
        edits.append(TextEdit(range: removed, newText: ""))
      case (nil, nil):
        continue
      }
    }
    // An edit across a line break would join lines or drop markup ("> "): never certain.
    if edits.contains(where: { bytes[$0.range].contains(0x0A) }) { isClean = false }
    // Certain only when the quotation, so edited and read again, is the passage word for word.
    let quotationRange = draftRange(0...(words.count - 1))
    let edited = FixApplication.apply(
      edits.map {
        TextEdit(
          range: ($0.range.lowerBound - quotationRange.lowerBound)..<($0.range.upperBound - quotationRange.lowerBound),
          newText: $0.newText)
      }, to: Array(bytes[quotationRange]))
    let passageWords = passage.words
    let expected = passageWords[
      (passageWords.startIndex + alignment.passageStart)..<(passageWords.startIndex + alignment.passageEnd)]
    let isCertain = isClean && edited.skipped.isEmpty && Self.words(of: edited.bytes).elementsEqual(expected)
    let title =
      pairs.count > 1
      ? "Quote the source word for word"
      : pairs[0].reading.isEmpty ? "Remove \"\(pairs[0].writing)\"" : "Quote the source: \"\(pairs[0].reading)\""
    return Finding(
      rule: rule, message: message, range: range, evidence: [sentenceEvidence],
      fixes: edits.isEmpty ? [] : [Fix(title: title, edits: edits, isCertain: isCertain)])
  }

  /// The passage's words with a list number or note mark glued to a word's front by the text's
  /// extraction ("7to" of "Task 7To monitor …") read as the word, where the quotation writes
  /// the word and not the two together.
  static func withoutGluedNumbers(_ passage: [TokenText], quoting words: [TokenText]) -> [TokenText] {
    var passage = passage
    // (Most words open with a letter: no text is made for them.)
    for index in passage.indices where passage[index].firstByte >= 0x30 && passage[index].firstByte <= 0x39 {
      let word = passage[index].string
      let digits = word.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
      guard digits >= 1, digits <= 3, word.utf8.count - digits >= 2 else { continue }
      let rest = TokenText(String(word.dropFirst(digits)))
      guard rest.string.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), words.contains(rest),
        !words.contains(passage[index])
      else { continue }
      passage[index] = rest
    }
    return passage
  }

  /// Two capitals or more, perhaps with a plural "s" ("SAMs").
  static func isAcronymGloss(_ written: String) -> Bool {
    let capitals = written.utf8.last == UInt8(ascii: "s") ? written.utf8.dropLast() : written.utf8[...]
    return capitals.count >= 2 && capitals.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }

  /// The quotation stands word for word in the paragraphs around `index` read together, in one
  /// document: a sentence the source breaks over paragraphs (a letter printed a line at a time,
  /// a page break inside a sentence) is quoted exactly.
  static func isQuotedAcrossParagraphs(_ words: [TokenText], around index: Int, _ passages: PassageIndex) -> Bool {
    guard let first = words.first else { return false }
    let document = passages.passage(at: index).document
    var joined: [TokenText] = []
    for neighbour in max(0, index - 3)...min(passages.count - 1, index + 3) {
      let passage = passages.passage(at: neighbour)
      if passage.document == document { joined += passage.words }
    }
    guard words.count <= joined.count else { return false }
    for start in 0...(joined.count - words.count) where joined[start] == first {
      if joined[start..<start + words.count].elementsEqual(words) { return true }
    }
    return false
  }

  /// The words of a stretch of text, folded as a draft's are (punctuation left out).
  static func words(of bytes: [UInt8]) -> [TokenText] {
    let source = SourceText(bytes: bytes)
    let prose = ProseText(source: source, segments: [ProseBlock.Segment(range: 0..<bytes.count, join: .adjacent)])
    return prose.tokens.filter { $0.kind != .punctuation }.map(\.textValue)
  }

  /// Text on one line: each run of white space (a line break of a wrapped source) becomes one space.
  static func oneLine(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (nearly every quotation): the same on bytes, without Characters.
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      var inSpace = false
      var changed = false
      for byte in text.utf8 {
        if isSpace(byte) {
          if inSpace || byte != 0x20 { changed = true }
          if !inSpace { bytes.append(0x20) }
          inSpace = true
        } else {
          bytes.append(byte)
          inSpace = false
        }
      }
      return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
    return oneLineByCharacters(text)
  }

  /// `oneLine` for any text, by Characters (Unicode white space, "\r\n" as one).
  static func oneLineByCharacters(_ text: String) -> String {
    guard text.contains(where: { $0.isWhitespace && $0 != " " }) || text.contains("  ") else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var inSpace = false
    for character in text {
      if character.isWhitespace {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.append(character)
        inSpace = false
      }
    }
    return result
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

  /// One difference: a run of quotation words and passage words between two matched words.
  struct Cluster: Equatable {
    /// The quotation words that differ (nil for dropped words only).
    var quoteWords: ClosedRange<Int>?
    /// The passage words (absolute) in their place (nil for added words only).
    var passageWords: ClosedRange<Int>?
    /// The index of the first quotation word at or after the difference.
    var quotePosition: Int
  }

  var edits: Int
  var matched: Int
  var kind: Kind
  /// The differences in quotation order.
  var clusters: [Cluster]
  /// The absolute passage word indices the quotation aligns with.
  var passageStart: Int
  var passageEnd: Int

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
    // Trace back into an edit script: (quote index or nil, passage index or nil), last first.
    var script: [(quote: Int?, passage: Int?, same: Bool)] = []
    var i = n
    var j = endJ
    var matched = 0
    var added = 0
    var dropped = 0
    var changed = 0
    while i > 0 {
      if j > 0, cost[i, j] == cost[i - 1, j - 1] + (quote[i - 1] == passage[j - 1] ? 0 : 1) {
        let same = quote[i - 1] == passage[j - 1]
        if same { matched += 1 } else { changed += 1 }
        script.append((i - 1, j - 1, same))
        i -= 1
        j -= 1
      } else if cost[i, j] == cost[i - 1, j] + 1 {
        added += 1
        script.append((i - 1, nil, false))
        i -= 1
      } else if j > 0 {
        dropped += 1
        script.append((nil, j - 1, false))
        j -= 1
      } else {
        break
      }
    }
    // Runs of differences between matched words, in quotation order.
    var clusters: [Cluster] = []
    var open: Cluster?
    var nextQuote = 0
    for step in script.reversed() {
      if step.same {
        if let cluster = open { clusters.append(cluster) }
        open = nil
      } else {
        var cluster = open ?? Cluster(quoteWords: nil, passageWords: nil, quotePosition: nextQuote)
        if let q = step.quote {
          cluster.quoteWords = (cluster.quoteWords?.lowerBound ?? q)...q
        }
        if let p = step.passage {
          let absolute = passageOffset + p
          cluster.passageWords = (cluster.passageWords?.lowerBound ?? absolute)...absolute
        }
        open = cluster
      }
      if let q = step.quote { nextQuote = q + 1 }
    }
    if let cluster = open { clusters.append(cluster) }
    self.edits = cost[n, endJ]
    self.matched = matched
    self.clusters = clusters
    self.passageStart = passageOffset + j
    self.passageEnd = passageOffset + endJ
    self.kind = changed > 0 ? .changed : (added > 0 ? .added : .dropped)
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
