extension Corpus {
  /// The corpus's first use of a word or phrase (preferring running prose), as evidence quoting
  /// its sentence.
  func firstUse(of phrase: String) -> Evidence? {
    // Remembered: a draft names the same term many times, and a large corpus takes long to search.
    if let known = firstUses.withLock({ $0[phrase] }) { return known }
    let found = searchFirstUse(of: phrase)
    firstUses.withLock { $0[phrase] = .some(found) }
    return found
  }

  /// Document by document, the first paragraph that uses the phrase (its folded text is kept, so
  /// no document is folded again): the answer when that paragraph is running prose, else the
  /// fallback if no document uses it in running prose.
  private func searchFirstUse(of phrase: String) -> Evidence? {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty else { return nil }
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
          if QuoteLocator.firstOccurrence(of: needle, in: stored.text[start..<end]) != nil { found.append(paragraph) }
          start = end
        }
        if found.isEmpty { continue }
        candidates = found
      }
      let document = documents[position]
      for (index, paragraph) in document.paragraphs.enumerated() where candidates?.contains(index) ?? true {
        guard let range = QuoteLocator.locate(needle: needle, in: paragraph.prose.normalized) else { continue }
        let evidence = document.evidence(sentenceAround: range)
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
