extension Corpus {
  /// The corpus's first running-prose use of a word or phrase, as evidence.
  func firstUse(of phrase: String) -> Evidence? {
    for document in documents {
      for paragraph in document.paragraphs where paragraph.isRunningProse {
        if let range = QuoteLocator.locate(phrase, in: SourceText(document.text.string(in: paragraph.range))) {
          // Widen to the sentence.
          let absolute = range.lowerBound + paragraph.range.lowerBound
          for (index, sentence) in paragraph.prose.sentences.enumerated() {
            let sentenceRange = paragraph.prose.originalRange(ofTokens: sentence)
            if sentenceRange.contains(absolute) {
              return document.evidence(
                paragraph: document.paragraphs.firstIndex { $0.range == paragraph.range } ?? 0, sentence: index)
            }
          }
          return document.evidence(range: absolute..<absolute + range.count)
        }
      }
    }
    return nil
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
