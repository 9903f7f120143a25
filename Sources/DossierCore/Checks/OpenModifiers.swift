/// A compound modifier the draft hyphenates where the corpus writes it open before the same
/// word: "open-market operations" where the corpus writes "open market operations" twice or more
/// and never "open-market" (`Corpus.openModifiers`). A term-variant finding
/// (`TermVariantCheck`), with the corpus's form offered.
///
/// Only before that word: "sea-level data" or "the sea-level" is another use, of which the
/// corpus says nothing. Only two words: inside a longer chain ("nuclear-weapon-free zone") the
/// pair is part of another compound.
enum OpenModifiers {
  static func findings(in context: CheckContext, besides reported: [Finding]) -> [Finding] {
    let corpus = context.corpus
    guard !corpus.openModifiers.isEmpty else { return [] }
    let tokens = context.prose.tokens
    var findings: [Finding] = []
    var index = 0
    while index + 3 < tokens.count {
      defer { index += 1 }
      let (first, hyphen, second) = (tokens[index], tokens[index + 1], tokens[index + 2])
      guard first.kind == .word, hyphen.hasText("-"), second.kind == .word, first.touches(hyphen),
        hyphen.touches(second)
      else { continue }
      // Not inside a longer chain, either side.
      if index >= 2, tokens[index - 1].hasText("-"), tokens[index - 1].touches(first) { continue }
      if tokens[index + 3].hasText("-"), second.touches(tokens[index + 3]) { continue }
      guard let modified = CompoundForms.Scan.follower(after: index + 2, tokens),
        corpus.openModifiers.contains("\(first.text) \(second.text) \(modified)")
      else { continue }
      let range = first.originalRange.lowerBound..<second.originalRange.upperBound
      guard !reported.contains(where: { $0.range.overlaps(range) }) else { continue }
      let open = "\(context.text(first.originalRange)) \(context.text(second.originalRange))"
      let phrase = "\(first.text) \(second.text)"
      guard let evidence = corpus.firstUse(of: "\(phrase) \(tokens[index + 3].text)") ?? corpus.firstUse(of: phrase)
      else { continue }
      findings.append(
        TermVariantCheck.variant(
          preferred: phrase, written: context.text(range), range: range, evidence: [evidence], replacement: open))
    }
    return findings
  }
}
