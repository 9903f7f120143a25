/// A proper name of several words written with other spaces or hyphens than the corpus's
/// (`Corpus.nameSpellings`): "Interagency Space Debris Coordination Committee" where the corpus
/// writes "Inter-Agency Space Debris Coordination Committee", "New Space India Limited" for
/// "NewSpace India Limited", "Vietnam" for "Viet Nam". A term-variant finding
/// (`TermVariantCheck`), with the corpus's spelling offered.
///
/// The longest part of each run of capitalised words that is a corpus name counts; a single word
/// only when the corpus's name has two or more, and, written closed, when the corpus never writes
/// the word itself.
enum NameSpacing {
  static func findings(in context: CheckContext, besides reported: [Finding]) -> [Finding] {
    let corpus = context.corpus
    guard !corpus.nameSpellings.isEmpty else { return [] }
    let tokens = context.prose.tokens
    let text = context.text
    var findings: [Finding] = []
    for run in NameSpellings.runs(in: tokens, text: text) {
      var start = 0
      while start < run.count {
        guard !run[start].isConnector else {
          start += 1
          continue
        }
        // The longest part from `start` that is a corpus name.
        var spelled = NameSpellings.Spelled()
        var found: (end: Int, spelled: NameSpellings.Spelled, entry: NameSpellings.Entry)?
        for end in start + 1...min(run.count, start + NameSpellings.longestName) {
          spelled.add(run[end - 1], tokens)
          guard !run[end - 1].isConnector, let entry = corpus.nameSpellings.entry(spelled) else { continue }
          found = (end, spelled, entry)
        }
        guard let found else {
          start += 1
          continue
        }
        defer { start = found.end }
        // The corpus's own spelling (in any case).
        if found.spelled.separated == found.entry.separated { continue }
        let units = run[start..<found.end]
        if let finding = variant(units, of: found.entry, in: context, besides: reported) { findings.append(finding) }
      }
    }
    return findings
  }

  /// The finding that `units` of the draft write `entry` otherwise, or nil when they are a single
  /// word that may be one of its own.
  private static func variant(
    _ units: ArraySlice<NameSpellings.Unit>, of entry: NameSpellings.Entry, in context: CheckContext,
    besides reported: [Finding]
  ) -> Finding? {
    let corpus = context.corpus
    let tokens = context.prose.tokens
    let text = context.text
    let preferred = entry.spelling
    // One word: a variant of a name of two or more, and, closed, no word the corpus writes.
    if units.count == 1 {
      let unit = units.first!
      guard
        preferred.contains(" ") || preferred.contains("-") || preferred.contains("\u{2010}")
          || preferred.contains("\u{2011}")
      else { return nil }
      if unit.tokens.count == 1, corpus.vocabulary.contains(tokens[unit.tokens.lowerBound].withoutPossessive) {
        return nil
      }
    }
    let range = NameSpellings.original(of: units, tokens, in: text)
    guard !range.isEmpty, !reported.contains(where: { $0.range.overlaps(range) }) else { return nil }
    let written = context.text(range)
    // The draft's spelling inside a longer name of the corpus's ("North American Free Trade
    // Agreement" beside "the Free-Trade Agreement"), or in lower case, is the corpus's too.
    guard corpus.firstUse(of: written) == nil, let evidence = corpus.firstUse(of: preferred) else { return nil }
    // Nor where the corpus writes the piece the two differ in as the draft does, in capitals too
    // ("Secretary General" of "Secretary General Mark Rutte", beside "Secretary-General Jens
    // Stoltenberg"): it writes both spellings of that piece, and neither is its own.
    // (A name broken across lines is one name: "Secretary General Jens\nStoltenberg".)
    if let piece = differingPiece(of: written.singleSpaced, and: preferred), piece != written.singleSpaced,
      corpus.firstUse(of: piece, remembering: "as written", where: { $0.quote.contains(piece) }) != nil
    {
      return nil
    }
    // Nor in the other spelling convention ("Organisation for Economic Cooperation and
    // Development" where the corpus writes "Organization for Economic Cooperation …" too).
    let words = WordForms.folded(written).split(separator: " ").map(String.init)
    let converted = words.map { SpellingVariants.counterparts(of: $0).first ?? $0 }
    if converted != words, corpus.firstUse(of: converted.joined(separator: " ")) != nil { return nil }
    let replacement = TermVariantCheck.replacement(for: written, preferred: preferred, at: range, in: text)
    return TermVariantCheck.variant(
      preferred: preferred, written: written, range: range, evidence: [evidence], replacement: replacement)
  }

  /// The words of `written` around where it differs from `preferred`, spaces and hyphens aside
  /// and in any case: "Secretary General" of "Secretary General Jens Stoltenberg" against
  /// "Secretary-General Jens Stoltenberg". Nil unless it holds two words or more.
  static func differingPiece(of written: String, and preferred: String) -> String? {
    let a = Array(written.unicodeScalars)
    let b = Array(preferred.unicodeScalars)
    func same(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> Bool {
      x == y || x.properties.lowercaseMapping == y.properties.lowercaseMapping
    }
    var prefix = 0
    while prefix < a.count, prefix < b.count, same(a[prefix], b[prefix]) { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, same(a[a.count - 1 - suffix], b[b.count - 1 - suffix]) {
      suffix += 1
    }
    func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
    var start = prefix
    while start > 0, !isSeparator(a[start - 1]) { start -= 1 }
    // Back past the separator the two differ in, to the word before it.
    if start == prefix, start > 0 { start -= 1 }
    while start > 0, !isSeparator(a[start - 1]) { start -= 1 }
    var end = a.count - suffix
    while end < a.count, !isSeparator(a[end]) { end += 1 }
    if end == a.count - suffix, end < a.count { end += 1 }
    while end < a.count, !isSeparator(a[end]) { end += 1 }
    let piece = String(String.UnicodeScalarView(a[start..<max(start, end)]))
    return piece.unicodeScalars.contains(where: isSeparator) ? piece : nil
  }
}
