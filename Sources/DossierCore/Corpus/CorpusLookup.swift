extension Corpus {
  /// The corpus's first use of a word or phrase (preferring running prose), as evidence quoting
  /// its sentence. Whole words only: "Tel" is not used in "immediately".
  func firstUse(of phrase: String) -> Evidence? {
    // Remembered: a draft names the same term many times, and a large corpus takes long to search.
    if let known = firstUses.withLock({ $0[phrase] }) { return known }
    let found = searchFirstUse(of: phrase, where: { _, _ in true })
    firstUses.withLock { $0[phrase] = .some(found) }
    return found
  }

  /// The corpus sentence that defines a word or phrase formally, if any: "the term "X" means …",
  /// "X means …", "X refers to …", "X is defined as …".
  func formalDefinition(of phrase: String) -> Evidence? {
    if let known = formalDefinitions.withLock({ $0[phrase] }) { return known }
    let found = searchFirstUse(of: phrase, where: Self.isDefined)
    formalDefinitions.withLock { $0[phrase] = .some(found) }
    return found
  }

  /// Whether the phrase at `range` of folded paragraph text `bytes` is being defined: it opens its
  /// clause (or stands in quotation marks) and a defining verb follows.
  static func isDefined(_ bytes: ArraySlice<UInt8>, _ range: Range<Int>) -> Bool {
    func isQuote(_ index: Int) -> Bool {
      bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        || (bytes[index] >= 0x98 && bytes[index] <= 0x9D && index >= bytes.startIndex + 2 && bytes[index - 2] == 0xE2
          && bytes[index - 1] == 0x80)
    }
    // After: closing quotation marks, then the verb.
    var after = range.upperBound
    while after < bytes.endIndex {
      if bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: "'") {
        after += 1
      } else if after + 2 < bytes.endIndex, bytes[after] == 0xE2, bytes[after + 1] == 0x80,
        bytes[after + 2] >= 0x98 && bytes[after + 2] <= 0x9D
      {
        after += 3
      } else {
        break
      }
    }
    let rest = bytes[after...]
    guard
      [" means ", " shall mean ", " refers to ", " is defined as "].contains(where: {
        rest.starts(with: $0.utf8)
      })
    else { return false }
    // Before: the clause's start, a quotation mark, or "the term".
    var before = range.lowerBound
    while before > bytes.startIndex, bytes[before - 1] == 0x20 { before -= 1 }
    if before == bytes.startIndex { return true }
    if isQuote(before - 1) { return true }
    if [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(bytes[before - 1]) {
      return true
    }
    return bytes[bytes.startIndex..<before].reversed().starts(with: "mret".utf8)
  }

  /// Document by document, the first paragraph that uses the phrase as whole words where
  /// `accept` holds (its folded text is kept, so no document is folded again): the answer when
  /// that paragraph is running prose, else the fallback if no document uses it in running prose.
  private func searchFirstUse(
    of phrase: String, where accept: (ArraySlice<UInt8>, Range<Int>) -> Bool
  ) -> Evidence? {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty else { return nil }
    // The first accepted whole-word occurrence in folded text, as a range of it.
    func occurrence(in text: ArraySlice<UInt8>) -> Range<Int>? {
      var from = text.startIndex
      while from < text.endIndex, let found = QuoteLocator.firstWordOccurrence(of: needle, in: text[from...]) {
        let range = from + found..<from + found + needle.count
        if accept(text, range) { return range }
        from = range.lowerBound + 1
      }
      return nil
    }
    var fallback: Evidence?
    for position in documents.indices {
      // A document kept in the compiled index is searched in its paragraphs' folded text first,
      // and read only when one of them holds the phrase.
      var candidates: [Int]?
      if let stored = documents.foldedParagraphs(at: position) {
        var found: [Int] = []
        var start = 0
        for (paragraph, length) in stored.lengths.enumerated() {
          let end = start + Int(length)
          if occurrence(in: stored.text[start..<end]) != nil { found.append(paragraph) }
          start = end
        }
        if found.isEmpty { continue }
        candidates = found
      }
      let document = documents[position]
      for (index, paragraph) in document.paragraphs.enumerated() where candidates?.contains(index) ?? true {
        let folded = paragraph.prose.normalized
        guard let range = occurrence(in: folded.bytes[...]) else { continue }
        let evidence = document.evidence(sentenceAround: folded.originalRange(range))
        if paragraph.isRunningProse { return evidence }
        if fallback == nil { fallback = evidence }
        break
      }
    }
    return fallback
  }

  /// The known reference of `kind` with `identifier`, if any.
  func reference(kind: String, identifier: String) -> Reference? {
    let folded = WordForms.folded(identifier)
    return references.first { $0.kind == kind && WordForms.folded($0.identifier) == folded }
  }

  func knowsReference(kind: String, identifier: String) -> Bool {
    knownReferenceKeys.contains("\(kind):\(WordForms.folded(identifier))")
  }
}
