/// A completion the corpus offers at a place in a draft.
public struct CompletionCandidate: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case term, entity, acronym, reference, value
  }

  public var label: String
  public var kind: Kind
  /// A short line shown beside the label.
  public var detail: String
  /// The text inserted over `replace`.
  public var insertText: String
  /// The draft bytes the insertion replaces: every word already typed of the item ("Executive
  /// Order 138" for "Executive Order 13846"), so accepting it never repeats a word.
  public var replace: Range<Int>
  /// What a client filters the item by against the replaced text.
  public var filterText: String
  /// Orders candidates: lower first.
  public var rank: Int
}

extension Analyzer {
  /// The most words of a multi-word item a writer may have typed before asking.
  static let typedWordLimit = 6

  /// The candidates at `offset`: corpus terms, names, acronyms and references whose start the
  /// writer has typed (the last word's start, or several words of a multi-word item; then
  /// fuzzy on the last word), and, where the sentence already states a fact's subject and claim,
  /// the corpus value first.
  public static func completions(at offset: Int, in draft: DraftDocument, corpus: Corpus, limit: Int = 50)
    -> [CompletionCandidate]
  {
    let bytes = draft.text.bytes
    let offset = max(0, min(offset, bytes.count))
    let starts = typedStarts(before: offset, in: bytes)
    let wordStart = starts.first ?? offset
    let prefix = WordForms.folded(draft.text.string(in: wordStart..<offset))
    var candidates: [CompletionCandidate] = []
    var seen = Set<String>()
    for value in factValues(before: wordStart, in: draft, corpus: corpus)
      + frameValues(before: wordStart, in: draft, corpus: corpus)
    where value.label.lowercased().hasPrefix(prefix) {
      var value = value
      value.replace = wordStart..<offset
      candidates.append(value)
      seen.insert(WordForms.folded(value.label) + "|" + value.insertText)
    }
    // The typed text from each earlier word start, longest first: "executive order 138",
    // "order 138".
    let typed = starts.dropFirst().reversed().map { start in
      (
        start: start,
        text: WordForms.folded(draft.text.string(in: start..<offset)).split(separator: " ").joined(
          separator: " ")
      )
    }
    let defined = definedAcronyms(before: offset, in: draft)
    for entry in corpus.completionEntries {
      // An acronym's definition is offered until the draft defines it.
      if entry.definesAcronym, let acronym = entry.acronym, defined.contains(acronym) { continue }
      var rank: Int
      var start = wordStart
      // After a space the typed words are whole: the entry must go on after them with a space
      // ("North " is not the start of "Northeast Asia").
      if let earlier = typed.first(where: {
        entry.folded.hasPrefix($0.text) && entry.folded.count > $0.text.count
          && (!prefix.isEmpty || entry.folded.dropFirst($0.text.count).first == " ")
      }) {
        // Several words typed: the most specific match there is.
        rank = entry.rank - 5
        start = earlier.start
      } else if prefix.isEmpty {
        rank = entry.rank + 200
      } else if entry.folded.hasPrefix(prefix) {
        rank = entry.rank
      } else if prefix.count >= 2, isSubsequence(prefix, of: entry.folded) {
        rank = entry.rank + 100
      } else {
        continue
      }
      let insert = entry.insertText ?? entry.label
      guard seen.insert(entry.folded + "|" + insert).inserted else { continue }
      candidates.append(
        CompletionCandidate(
          label: entry.label, kind: entry.kind, detail: entry.detail, insertText: insert, replace: start..<offset,
          filterText: entry.filterText ?? entry.label, rank: rank))
    }
    // Phrases the corpus writes that start with what is typed ("loss and dam" → "loss and
    // damage"), from each of the few typed starts an item can have: one that several typed words
    // start before entries that only the last word's letters start ("Section 508 Exception
    // Request F" → "… Form" before "FAR").
    // (Only while a word is being typed: after a space the writer is between items.)
    let itemStarts = (prefix.isEmpty ? [] : typed + [(start: wordStart, text: prefix)]).filter { start in
      start.text.count >= 3 && canStartItem(draft.text.string(in: start.start..<offset))
    }
    for (round, start) in itemStarts.prefix(3).enumerated() {
      let lowerCase = draft.text.string(in: start.start..<offset).first?.isLowercase ?? true
      for (order, phrase) in corpus.phraseCompletions(of: start.text, lowerCase: lowerCase, limit: 4).enumerated()
      where WordForms.folded(phrase.text) != start.text {
        guard seen.insert(WordForms.folded(phrase.text) + "|" + phrase.text).inserted else { continue }
        let kind: CompletionCandidate.Kind = phrase.text.first?.isUppercase == true ? .entity : .term
        candidates.append(
          CompletionCandidate(
            label: phrase.text, kind: kind, detail: "in the corpus (\(phrase.count)×)", insertText: phrase.text,
            replace: start.start..<offset, filterText: phrase.text,
            rank: (start.text.contains(" ") ? 0 : 15) + round * 4 + order))
      }
    }
    candidates.sort { ($0.rank, $0.label.count, $0.label) < ($1.rank, $1.label.count, $1.label) }
    return Array(candidates.prefix(limit))
  }

  /// Whether typed words can be the start of one corpus item: not a function word first; a name's
  /// words in capitals (or numbers, or small words inside: "Paris Committee on Cap", "Article 6,
  /// para"), the word being typed aside; or at most three words in lower case ("loss and dam"),
  /// four when a small word joins them ("unusual and extraordinary thr").
  public static func canStartItem(_ typed: String) -> Bool {
    let words = typed.split(whereSeparator: { $0 == " " || $0 == "," })
    guard let first = words.first else { return false }
    guard !WordForms.isFunctionWord(first.lowercased()) else { return false }
    if words.count == 1 { return true }
    // A name may open with an ordinal ("21st Century Communications and Vid"; not a year: "2005
    // Joint Statement" is the year's statement).
    let isOrdinal = first.first?.isNumber == true && first.contains(where: \.isLetter)
    if first.first?.isUppercase == true || isOrdinal && words[1].first?.isUppercase == true {
      return words.dropLast().allSatisfy { word in
        word.first?.isUppercase == true || word.first?.isNumber == true || WordForms.isFunctionWord(word.lowercased())
      }
    }
    // Four with a small word joining them ("unusual and extraordinary thr").
    let joined = words.dropFirst().dropLast().contains { WordForms.isFunctionWord($0.lowercased()) }
    return (words.count <= 3 || words.count == 4 && joined) && words.allSatisfy { $0.first?.isUppercase != true }
  }

  /// Where the words before `offset` on its line start, nearest first: the last word's start
  /// (letters, digits, hyphens and periods; the offset itself when none is typed), then up to
  /// `typedWordLimit` earlier words' starts.
  static func typedStarts(before offset: Int, in bytes: [UInt8]) -> [Int] {
    // Curly quotation marks, dashes and a no-break space end a word, though their bytes are
    // above ASCII as letters' are.
    func endsSeparator(_ end: Int) -> Bool {
      if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
        (0x93...0x94).contains(bytes[end - 1]) || (0x98...0x9F).contains(bytes[end - 1])
      {
        return true
      }
      return end >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0
    }
    func isWordPart(_ end: Int) -> Bool {
      let byte = bytes[end - 1]
      return
        (PatternAutomaton.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "'")) && !endsSeparator(end)
    }
    var start = offset
    while start > 0, isWordPart(start) { start -= 1 }
    // (Never a start inside a character.)
    while start < offset, bytes[start] >= 0x80, bytes[start] & 0xC0 == 0x80 { start += 1 }
    while start < offset, [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "'")].contains(bytes[start]) {
      start += 1
    }
    var starts = [start]
    var cursor = start
    while starts.count <= typedWordLimit {
      // One space (or a few) back to the previous word on the same line.
      var gap = cursor
      while gap > 0, bytes[gap - 1] == 0x20 { gap -= 1 }
      // "Article 6, para": a comma between the parts of one item.
      if gap < cursor, gap > 1, bytes[gap - 1] == UInt8(ascii: ",") { gap -= 1 }
      guard gap < cursor, gap > 0, isWordPart(gap) else { break }
      var previous = gap
      while previous > 0, isWordPart(previous) { previous -= 1 }
      starts.append(previous)
      cursor = previous
    }
    // The last word typed is the one being completed; an empty one means the cursor follows a space.
    return starts
  }

  static func isSubsequence(_ needle: String, of haystack: String) -> Bool {
    var iterator = haystack.makeIterator()
    for character in needle {
      var found = false
      while let next = iterator.next() {
        if next == character {
          found = true
          break
        }
      }
      if !found { return false }
    }
    return true
  }

  /// The prose of the block at `offset`, the sentence being typed there, and the end of its
  /// tokens typed before `offset`.
  static func sentenceBefore(_ offset: Int, in draft: DraftDocument) -> (
    prose: ProseText, sentence: Range<Int>, tokenEnd: Int
  )? {
    guard let blockIndex = blockIndex(around: offset, in: draft.blocks) else { return nil }
    let prose = draft.prose[blockIndex]
    let tokenEnd = prose.tokens.firstIndex { $0.originalRange.lowerBound >= offset } ?? prose.tokens.count
    guard tokenEnd > 0, let sentence = prose.sentence(containingToken: tokenEnd - 1) else { return nil }
    return (prose, prose.sentences[sentence], tokenEnd)
  }

  /// The first block whose range, or the place just past it, holds `offset` (found by halving:
  /// completion asks on every keystroke, and a long draft has thousands of blocks).
  static func blockIndex(around offset: Int, in blocks: [ProseBlock]) -> Int? {
    guard !blocks.isEmpty else { return nil }
    var candidate = block(containing: offset, in: blocks)
    while candidate > 0, blocks[candidate - 1].range.upperBound + 1 >= offset { candidate -= 1 }
    let range = blocks[candidate].range
    return range.lowerBound <= offset && offset <= range.upperBound + 1 ? candidate : nil
  }

  /// Acronyms the draft defines before `offset`.
  static func definedAcronyms(before offset: Int, in draft: DraftDocument) -> Set<String> {
    Set(draft.acronymDefinitions.filter { $0.offset < offset }.map(\.acronym))
  }

  /// "Pakistan became a nuclear power in |" → 1998: a fact whose claim phrase ends within a few
  /// words before the cursor, in a sentence that names the fact's subject.
  static func factValues(before offset: Int, in draft: DraftDocument, corpus: Corpus) -> [CompletionCandidate] {
    guard let (prose, whole, tokenEnd) = sentenceBefore(offset, in: draft) else { return [] }
    let sentence = whole.lowerBound..<tokenEnd
    let sentenceRange = prose.normalizedRange(ofTokens: sentence)
    let found = corpus.patterns.matches(in: prose.normalized.bytes)
    let hits = found.phrases.filter {
      sentenceRange.contains($0.range.lowerBound) && $0.range.upperBound <= sentenceRange.upperBound
    }
    let subjects = Set(found.subjects.filter { sentenceRange.contains($0.range.lowerBound) }.map(\.payload))
    var result: [CompletionCandidate] = []
    for hit in hits {
      let fact = corpus.claims.phrases[hit.payload].fact
      guard subjects.contains(fact), let number = FactReading.number(of: corpus.facts[fact].value) else {
        continue
      }
      let last = prose.tokenIndex(atNormalizedOffset: hit.range.upperBound - 1)
      guard let gap = FactReading.gap(prose, from: last + 1, to: tokenEnd), gap <= 2 else { continue }
      let label = corpus.facts[fact].value.description
      let text = String(number) == label || CountWords.word(for: number) == label ? label : String(number)
      if result.contains(where: { $0.insertText == text }) { continue }
      result.append(
        CompletionCandidate(
          label: text, kind: .value, detail: corpus.facts[fact].statement ?? "corpus value", insertText: text,
          replace: offset..<offset, filterText: text, rank: 0))
    }
    return result
  }
}

extension Analyzer {
  /// "The Paris Agreement entered into force on |" → "4 November 2016", "implement the policy
  /// within |" → "six months": the date (or year), length of time, share, sum or measure that
  /// every corpus sentence about the same words gives (sharing as many of the clause's subject
  /// words as an alignment needs, and the word the value is the time of). Corpus sentences that
  /// give different values give none.
  static func frameValues(before offset: Int, in draft: DraftDocument, corpus: Corpus) -> [CompletionCandidate] {
    let index = corpus.claims.frames
    let kinds: [(kind: TypedValue.Kind, head: TokenText)] =
      [(.date, .empty), (.duration, ClaimFrameReader.durationHead)].filter {
        index.hasFrames(kind: $0.kind, head: $0.head)
      } + index.heads(of: .percent).map { (.percent, $0) } + index.heads(of: .amount).map { (.amount, $0) }
      + index.heads(of: .measure).map { (.measure, $0) }
    guard !kinds.isEmpty, let (prose, sentence, tokenEnd) = sentenceBefore(offset, in: draft) else { return [] }
    let tokens = prose.tokens
    // The clause before the cursor, read as a frame's left window is.
    var subject: [TokenText] = []
    var anchor = TokenText.empty
    var cursor = tokenEnd - 1
    while cursor >= sentence.lowerBound, subject.count < ClaimFrameReader.leftWindow {
      let token = tokens[cursor]
      if tokens.withUnsafeBufferPointer({ ClaimFrameReader.endsClause(cursor, $0, sentence) }) { break }
      if token.kind == .word, !token.wordClasses.contains(.function) {
        let stem = WordForms.stemText(of: token)
        if anchor.isEmpty, !token.isCapitalized { anchor = stem }
        if !subject.contains(stem) { subject.append(stem) }
      } else if token.kind == .number, !subject.contains(token.textValue) {
        subject.append(token.textValue)
      }
      cursor -= 1
    }
    guard !anchor.isEmpty else { return [] }
    var candidates: [(candidate: CompletionCandidate, shared: Int)] = []
    for (kind, head) in kinds {
      let required = FrameAlignment.requiredOverlap(kind)
      guard subject.count >= required else { continue }
      var stated: [FrameIndex.Entry] = []
      var mostShared = 0
      for (entry, shared) in index.overlaps(kind: kind, head: head, subject: subject) where shared >= required {
        let other = index.entries[entry]
        guard other.frame.subject.contains(anchor), !other.frame.isNegated else { continue }
        stated.append(other)
        mostShared = max(mostShared, shared)
      }
      // One value in every such sentence (for a date, its year; the most precise one offered).
      guard let first = stated.first else { continue }
      let best: FrameIndex.Entry
      if kind == .date {
        guard stated.allSatisfy({ $0.frame.value.year == first.frame.value.year }) else { continue }
        let dates = stated.filter { $0.frame.value.kind == .date }
        guard dates.allSatisfy({ $0.frame.value.agrees(with: dates[0].frame.value) }) else { continue }
        best = dates.first ?? first
      } else {
        guard stated.allSatisfy({ $0.frame.value.agrees(with: first.frame.value) }) else { continue }
        best = first
        // A length of time, a share, a sum or a measure after the word the corpus writes before
        // it ("within six months", "a hike of 250 basis points"), not after "on", where a date
        // goes.
        let lastWord = tokenEnd > sentence.lowerBound ? prose.tokens[tokenEnd - 1].text : ""
        guard !lastWord.isEmpty,
          WordForms.folded(best.evidence.quote).singleSpaced.contains(
            lastWord + " " + WordForms.folded(best.written).singleSpaced)
        else { continue }
      }
      let written = best.written.singleSpaced
      candidates.append(
        (
          CompletionCandidate(
            label: written, kind: .value, detail: Corpus.shorten(best.evidence.quote, limit: 80), insertText: written,
            replace: offset..<offset, filterText: written, rank: 0), mostShared
        ))
    }
    // Values of several kinds: those of the statements closest to the typed words ("cut the
    // berth fee by" → the cut's "40 basis points", not the rise's "12 per cent").
    let closest = candidates.map(\.shared).max() ?? 0
    return candidates.filter { $0.shared == closest }.map(\.candidate)
  }

}

/// A completion the corpus can offer, prepared once per corpus.
struct CompletionEntry: Sendable {
  var label: String
  /// What the typed text is matched with (folded): the label, or an acronym for its definition.
  var folded: String
  var kind: CompletionCandidate.Kind
  var detail: String
  /// Text inserted instead of the label.
  var insertText: String?
  /// What a client filters by, when not the label.
  var filterText: String?
  var rank: Int
  /// For acronym entries: the acronym, and whether the entry inserts its definition (offered
  /// until the draft defines it).
  var acronym: String? = nil
  var definesAcronym = false

  static func entries(
    for corpus: (
      terms: [Term], acronyms: [AcronymDefinition], references: [Reference], nouns: [(String, Int)],
      names: [String]
    )
  )
    -> [CompletionEntry]
  {
    var entries: [CompletionEntry] = []
    func add(
      _ label: String, _ kind: CompletionCandidate.Kind, _ detail: String, insert: String? = nil, key: String? = nil,
      rank: Int, acronym: String? = nil, definesAcronym: Bool = false
    ) {
      // Inserted text never holds a line break (a name wrapped across lines in a source).
      let flat = { (text: String) in text.split(whereSeparator: \.isNewline).joined(separator: " ") }
      entries.append(
        CompletionEntry(
          label: flat(label), folded: WordForms.folded(flat(key ?? label)), kind: kind, detail: flat(detail),
          insertText: insert.map(flat), filterText: key.map(flat), rank: rank, acronym: acronym,
          definesAcronym: definesAcronym))
    }
    for acronym in corpus.acronyms {
      let expanded = "\(acronym.expansion) (\(acronym.acronym))"
      add(acronym.acronym, .acronym, acronym.expansion, rank: 10, acronym: acronym.acronym)
      // Its definition, for a draft that has not given it yet: found by the acronym too.
      add(
        expanded, .acronym, "defines \(acronym.acronym)", key: acronym.acronym, rank: 11, acronym: acronym.acronym,
        definesAcronym: true)
      add(acronym.expansion, .acronym, acronym.acronym, rank: 12, acronym: acronym.acronym)
      add(
        expanded, .acronym, "defines \(acronym.acronym)", key: acronym.expansion, rank: 13, acronym: acronym.acronym,
        definesAcronym: true)
    }
    for reference in corpus.references {
      add(reference.preferred, .reference, reference.kind.replacingAll("-", with: " "), rank: 20)
      for accepted in reference.accepted { add(accepted, .reference, reference.preferred, rank: 22) }
    }
    for term in corpus.terms {
      let kind: CompletionCandidate.Kind =
        term.kind == "term" || term.kind == "spelling" ? .term : .entity
      let detail = term.definition.map { String($0.prefix(80)) } ?? (term.kind == "spelling" ? "term" : term.kind)
      add(term.preferred, kind, detail, rank: 30)
      for alias in term.aliases { add(alias, kind, term.preferred, rank: 32) }
    }
    for name in corpus.names { add(name, .entity, "name in the corpus", rank: 38) }
    for (spelling, count) in corpus.nouns {
      add(spelling, .entity, "name in the corpus (\(count)×)", rank: 40)
    }
    return entries
  }
}
