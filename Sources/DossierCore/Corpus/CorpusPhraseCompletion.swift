extension Corpus {
  /// A phrase of the corpus that starts with what a writer typed.
  struct PhraseCompletion: Sendable, Hashable {
    /// As the corpus writes it (its first use).
    var text: String
    /// How often the corpus writes it.
    var count: Int
  }

  /// The most words a completion adds after the word being typed.
  static let phraseCompletionWords = 6

  /// The phrases of the corpus that start with `typed` (folded; the last word may be unfinished):
  /// the word finished, and the words that nearly always follow it there ("nationally determined"
  /// → "nationally determined contributions", "Subsidiary Body for Scien" → "Subsidiary Body for
  /// Scientific and Technological Advice"), most used first. Found by reading the corpus's folded
  /// paragraphs, so it needs no table built ahead of time.
  /// `lowerCase`: whether the writer began the typed words in lower case (the corpus's spelling in
  /// that case is preferred).
  func phraseCompletions(of typed: String, lowerCase: Bool, limit: Int = 8) -> [PhraseCompletion] {
    let needle = Array(typed.utf8)
    guard !needle.isEmpty else { return [] }
    // Each continuation (folded) → its count and where it was first seen.
    var counts: [String: (count: Int, seen: [(position: Int, paragraph: Int, offset: Int)])] = [:]
    // Each continuation's continuations, one word longer.
    var children: [String: [String]] = [:]
    // Enough uses to judge by: a short prefix in a large corpus stops here.
    var occurrences = 0
    let enough = 5_000
    func read(_ text: ArraySlice<UInt8>, position: Int, paragraph: Int) {
      var from = text.startIndex
      while occurrences < enough, from < text.endIndex,
        let found = QuoteLocator.firstOccurrence(of: needle, in: text[from...])
      {
        let start = from + found
        from = start + 1
        guard start == text.startIndex || !PatternAutomaton.isWordByte(text[start - 1]) else { continue }
        var end = start + needle.count
        // The word being typed, finished.
        end = Self.wordEnd(in: text, from: end)
        var ends = [end]
        // Then whole words, one space apart.
        while ends.count <= Self.phraseCompletionWords, end + 1 < text.endIndex, text[end] == 0x20,
          PatternAutomaton.isWordByte(text[end + 1])
        {
          end = Self.wordEnd(in: text, from: end + 1)
          ends.append(end)
        }
        var parent: String?
        for end in ends {
          let key = String(decoding: text[start..<end], as: UTF8.self)
          if counts[key] != nil {
            counts[key]!.count += 1
            if counts[key]!.seen.count < 6 { counts[key]!.seen.append((position, paragraph, start - text.startIndex)) }
          } else {
            counts[key] = (1, [(position, paragraph, start - text.startIndex)])
            if let parent { children[parent, default: []].append(key) }
          }
          parent = key
        }
        occurrences += 1
      }
    }
    // The documents holding an earlier, shorter text the writer typed hold this one too: a
    // writer typing on reads fewer documents with each letter.
    let searched = phraseSearches.withLock { searches in
      searches.filter { typed.hasPrefix($0.typed) }.max { $0.typed.count < $1.typed.count }?.documents
    }
    var holding: [Int] = []
    for position in searched ?? Array(documents.indices) where occurrences < enough {
      if let texts = documents.foldedParagraphTexts(at: position) {
        guard texts.contains(where: { QuoteLocator.firstOccurrence(of: needle, in: $0) != nil }) else { continue }
        holding.append(position)
        for (paragraph, text) in texts.enumerated() { read(text, position: position, paragraph: paragraph) }
      } else {
        holding.append(position)
        for (index, paragraph) in documents[position].paragraphs.enumerated() {
          read(paragraph.prose.normalized.bytes[...], position: position, paragraph: index)
        }
      }
    }
    if occurrences < enough {
      phraseSearches.withLock { searches in
        searches.append((typed, holding))
        if searches.count > 32 { searches.removeFirst() }
      }
    }
    guard !counts.isEmpty else { return [] }
    // The finished words, and each one's longest continuation that nearly always follows it
    // (in at least two uses, and not ending on a function word).
    var chosen: [String] = []
    let finished = counts.keys.filter { key in
      !key.utf8.dropFirst(needle.count).contains(0x20)
    }
    // The longest continuation of `key` that nearly always follows it (in at least two uses),
    // not ending on a function word.
    // A name goes on with the capitalised words the corpus writes after it, even once ("Cyber
    // Safety Review" → "Cyber Safety Review Board"): the last word of `key` as written where it
    // was first seen is capitalised or a number.
    func endsCapitalized(_ key: String) -> Bool {
      guard let seen = counts[key]?.seen.first else { return false }
      let paragraphs = documents[seen.position].paragraphs
      guard seen.paragraph < paragraphs.count else { return false }
      let folded = paragraphs[seen.paragraph].prose.normalized
      let lastStart = key.utf8.lastIndex(of: 0x20).map { key.utf8.distance(from: key.utf8.startIndex, to: $0) + 1 } ?? 0
      let start = seen.offset + lastStart
      guard start < folded.bytes.count else { return false }
      let original = folded.originalRange(start..<start + 1)
      guard let first = documents[seen.position].text.bytes[original].first else { return false }
      return (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
    }
    func dominantChain(from key: String) -> String? {
      var current = key
      var best: String?
      while let next = children[current]?.max(by: { (counts[$0]!.count, $1) < (counts[$1]!.count, $0) }),
        counts[next]!.count >= 2 || !lowerCase && endsCapitalized(current) && endsCapitalized(next),
        counts[next]!.count * 4 >= counts[current]!.count * 3
      {
        current = next
        let last = current.split(separator: " ").last.map(String.init) ?? ""
        if !WordForms.isFunctionWord(last) { best = current }
      }
      return best
    }
    for word in finished {
      chosen.append(word)
      if let chain = dominantChain(from: word) {
        chosen.append(chain)
        continue
      }
      // No one way on: the few most used next words ("Article 6, paragraph 2", "… 4"), each
      // followed as far as it nearly always goes.
      let next = (children[word] ?? []).filter { counts[$0]!.count >= 2 }
        .sorted { (counts[$1]!.count, $0) < (counts[$0]!.count, $1) }.prefix(3)
      for child in next {
        let last = child.split(separator: " ").last.map(String.init) ?? ""
        if let chain = dominantChain(from: child) {
          chosen.append(chain)
        } else if !WordForms.isFunctionWord(last) {
          chosen.append(child)
        }
      }
    }
    // Most used first, each as the corpus writes it most often among its first uses.
    let ranked = chosen.sorted { (counts[$1]!.count, $0) < (counts[$0]!.count, $1) }.prefix(limit * 2)
    let typedLower = lowerCase
    let found: [PhraseCompletion] = ranked.compactMap { key in
      var spellings: [(text: String, count: Int)] = []
      for seen in counts[key]!.seen {
        // (A document the index could not read is parsed from its file, which may have changed.)
        let paragraphs = documents[seen.position].paragraphs
        guard seen.paragraph < paragraphs.count else { continue }
        let paragraph = paragraphs[seen.paragraph]
        let folded = paragraph.prose.normalized
        guard seen.offset + key.utf8.count <= folded.bytes.count else { continue }
        let range = folded.originalRange(seen.offset..<seen.offset + key.utf8.count)
        let written = documents[seen.position].text.string(in: range).split(whereSeparator: \.isWhitespace)
          .joined(separator: " ")
        if let index = spellings.firstIndex(where: { $0.text == written }) {
          spellings[index].count += 1
        } else {
          spellings.append((written, 1))
        }
      }
      // The writer's own case where the corpus writes it so too ("loss and damage" typed in lower
      // case, though headings write "Loss and damage").
      let matching = spellings.filter { typedLower == ($0.text.first?.isLowercase ?? false) }
      guard let spelling = (matching.isEmpty ? spellings : matching).max(by: { $0.count < $1.count }) else {
        return nil
      }
      return PhraseCompletion(text: spelling.text, count: counts[key]!.count)
    }
    // Those written in the writer's case first ("Gre" → "Green Climate Fund" before "greenhouse
    // gases"), then the most used.
    let inCase = found.filter { ($0.text.first?.isLowercase ?? false) == typedLower }
    let otherCase = found.filter { ($0.text.first?.isLowercase ?? false) != typedLower }
    return Array((inCase + otherCase).prefix(limit))
  }

  /// Where the word going on at `from` ends: letters and digits, joined by a hyphen or an
  /// apostrophe to more of them, and digits by a period to more digits ("2-22.3").
  static func wordEnd(in text: ArraySlice<UInt8>, from start: Int) -> Int {
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    var end = start
    while end < text.endIndex {
      if PatternAutomaton.isWordByte(text[end]) {
        end += 1
      } else if text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: "'"), end + 1 < text.endIndex,
        PatternAutomaton.isWordByte(text[end + 1])
      {
        end += 1
      } else if text[end] == UInt8(ascii: "."), end > start, isDigit(text[end - 1]), end + 1 < text.endIndex,
        isDigit(text[end + 1])
      {
        end += 1
      } else {
        break
      }
    }
    return end
  }
}
