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

  private func searchFirstUse(of phrase: String) -> Evidence? {
    var fallback: Evidence?
    for document in documents {
      guard let range = QuoteLocator.locate(phrase, in: document.folded) else { continue }
      let evidence = document.evidence(sentenceAround: range)
      let inProse = document.paragraphs.contains { $0.isRunningProse && $0.range.contains(range.lowerBound) }
      if inProse { return evidence }
      if fallback == nil { fallback = evidence }
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
