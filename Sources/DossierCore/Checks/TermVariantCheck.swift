/// `term-variant`: a spelling of a term the corpus writes another way ("nonproliferation" for
/// "non-proliferation", "programme" for "program", "E.O. 13382" for "Executive Order 13382").
enum TermVariantCheck: BlockCheck {
  static let rule = Rule.termVariant

  /// A chain of three words around a function word ("whole-of-government") written open right
  /// after "a" or "an" and before a word: a modifier before any word ("a whole of government
  /// effort"), since "a" takes no such phrase as a noun ("the whole of government" can be one).
  static func isChainAfterArticle(_ term: Term, at start: Int, in prose: ProseText) -> Bool {
    let parts = term.preferred.split(separator: "-")
    guard parts.count == 3, WordForms.isFunctionWord(String(parts[1])) else { return false }
    let first = prose.tokenIndex(atNormalizedOffset: start)
    guard first >= 1, first < prose.tokens.count, prose.tokens[first].range.lowerBound == start else { return false }
    let before = prose.tokens[first - 1]
    return (before.hasText("a") || before.hasText("an")) && before.range.upperBound + 1 == start
  }

  /// Whether the words at `range` (folded offsets) are joined by a hyphen, with no space, to a
  /// word before or after them.
  static func isInsideLongerChain(_ range: Range<Int>, _ prose: ProseText) -> Bool {
    let tokens = prose.tokens
    let first = prose.tokenIndex(atNormalizedOffset: range.lowerBound)
    let next = prose.tokenIndex(atNormalizedOffset: range.upperBound)
    func joins(_ hyphen: Int, _ word: Int) -> Bool {
      tokens.indices.contains(hyphen) && tokens.indices.contains(word) && tokens[hyphen].hasText("-")
        && tokens[word].kind == .word && tokens[min(hyphen, word)].touches(tokens[max(hyphen, word)])
    }
    let joinedAfter = next < tokens.count && tokens[next].range.lowerBound == range.upperBound && joins(next, next + 1)
    let joinedBefore =
      first >= 1 && first < tokens.count && tokens[first].range.lowerBound == range.lowerBound
      && tokens[first - 1].range.upperBound == range.lowerBound && joins(first - 1, first - 2)
    return joinedAfter || joinedBefore
  }

  /// The finding that the corpus writes `preferred` where the draft writes `written` (at
  /// `range`, which `replacement` replaces).
  static func variant(
    preferred: String, written: String, range: Range<Int>, evidence: [Evidence], replacement: String
  ) -> Finding {
    Finding(
      rule: rule, message: "the corpus writes \"\(preferred)\", not \"\(written)\"", range: range, evidence: evidence,
      fixes: [Fix(title: "Replace with \"\(replacement)\"", edits: [TextEdit(range: range, newText: replacement)])])
  }

  static func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let corpus = context.corpus
    // (Rarely any overlapping variant: the resolved matches, already in order, serve alone.)
    let matches =
      context.overlappingVariants.isEmpty
      ? context.termMatches
      : (context.termMatches + context.overlappingVariants).sorted { $0.range.lowerBound < $1.range.lowerBound }
    let prose = context.prose
    for match in matches where match.form.status == .rejected {
      let range = prose.normalized.originalRange(match.range)
      let written = context.text(range)
      // The match's last token.
      let last = prose.tokenIndex(atNormalizedOffset: match.range.upperBound) - 1
      // A pair whose hyphen waits for a later word opens another compound ("cover age- and
      // developmentally appropriate", "cyber space- and ground-based").
      if match.form.spelling.contains(" "), last >= 0, SplitCompounds.hyphenWaits(after: last, prose.tokens) {
        continue
      }
      // A hyphenated variant inside a longer chain ("nuclear-weapon" in "nuclear-weapon-free
      // zone"): the chain is another compound, which the corpus may never write.
      if match.form.spelling.contains("-"), isInsideLongerChain(match.range, prose) { continue }
      let preferred: String
      let evidence: [Evidence]
      let isLowerCaseTerm: Bool
      switch match.form.entry {
      case .term(let index):
        let term = corpus.terms[index]
        preferred = term.preferred
        evidence = term.evidence.isEmpty ? corpus.firstUse(of: term.preferred).map { [$0] } ?? [] : term.evidence
        isLowerCaseTerm = term.preferred.first?.isLowercase ?? false
        // A title's words in lower case are other words ("in the long term" beside "Long-Term").
        if term.kind == CompoundForms.titleKind, written.first?.isLowercase == true { continue }
        // A compound modifier written open is a variant only before the word it modifies.
        // (Before a word the corpus writes it before, when the corpus says which.)
        // (Or before the word a compound coordinated with it modifies: "home based and
        // center-based providers".)
        if term.kind == CompoundForms.modifierKind || !term.modifies.isEmpty, match.form.spelling.contains(" ") {
          // (The word it modifies is found as the corpus's was: `CompoundForms.Scan.modifiedWord`.)
          guard last >= 0, prose.tokens[last].range.upperBound == match.range.upperBound,
            let modified = CompoundForms.Scan.modifiedWord(after: last, prose.tokens),
            term.modifies.isEmpty || term.modifies.contains(modified)
              || isChainAfterArticle(term, at: match.range.lowerBound, in: prose)
          else { continue }
          // Written hyphenated once, and open twice or more elsewhere ("no ex-ante limit" beside
          // "not restricted ex ante"): too little to call the hyphen the corpus's form.
          if corpus.uses(of: term.preferred, upTo: 2).count < 2,
            corpus.uses(of: match.form.spelling, upTo: 2).count >= 2
          {
            continue
          }
        }
        // An open pair the draft hyphenates before a word it modifies ("supply-chain
        // enforcement"), the usual style there, is a variant only where the corpus writes the
        // pair open before a word too ("supply chain audits"): a corpus that writes it only as
        // a noun ("disrupt the supply chain") says nothing of it as a modifier.
        let foldedWritten = WordForms.folded(written)
        if term.kind != CompoundForms.modifierKind, term.modifies.isEmpty, foldedWritten.contains("-"),
          String(foldedWritten.map { $0 == "-" ? " " : $0 }) == WordForms.folded(term.preferred)
        {
          if last >= 0, prose.tokens[last].range.upperBound == match.range.upperBound,
            CompoundForms.Scan.modifiedWord(after: last, prose.tokens) != nil,
            !corpus.writesBeforeAWord(term.preferred)
          {
            continue
          }
        }
      case .reference(let index):
        let reference = corpus.references[index]
        if writesFormForOthers(written, identifier: reference.identifier, corpus) { continue }
        preferred = reference.preferred
        evidence = reference.evidence
        isLowerCaseTerm = false
      }
      // A lower-case term written with a capital away from a sentence start is part of a proper
      // name ("Bureau of International Security and Nonproliferation"): names keep their
      // owners' spelling.
      if isLowerCaseTerm, written.first?.isUppercase == true {
        if !prose.opensSentence(token: prose.tokenIndex(atNormalizedOffset: match.range.lowerBound)) { continue }
      }
      // A plural variant ("programmes") is replaced by the preferred form's plural ("programs").
      let preferredForm = match.form.isPlural ? TermTable.plural(of: preferred) : preferred
      let replacement = self.replacement(for: written, preferred: preferredForm, at: range, in: context.text)
      findings.append(
        variant(
          preferred: preferredForm, written: written, range: range, evidence: Array(evidence.prefix(2)),
          replacement: replacement))
    }
    // Closed corpus words the draft writes in two ("cyber space").
    findings += SplitCompounds.findings(in: context, outside: findings.map(\.range))
    // Reference spellings the corpus does not use ("Executive Order No. 13382") where no curated
    // variant matched.
    for occurrence in context.references where occurrence.form == .variant {
      guard let reference = corpus.reference(kind: occurrence.kind, identifier: occurrence.identifier) else {
        continue
      }
      let range = prose.originalRange(ofTokens: occurrence.tokens)
      if findings.contains(where: { $0.range.overlaps(range) }) { continue }
      if context.termMatches.contains(where: {
        prose.normalized.originalRange($0.range) == range && $0.form.status != .rejected
      }) {
        continue
      }
      let written = context.text(range)
      // A spelling the corpus writes itself ("E.O. 14017" in its own fact sheets) is its own.
      if corpus.firstUse(of: written) != nil { continue }
      if writesFormForOthers(written, identifier: reference.identifier, corpus) { continue }
      findings.append(
        variant(
          preferred: reference.preferred, written: written, range: range, evidence: Array(reference.evidence.prefix(2)),
          replacement: reference.preferred))
    }
    // A name with a rank the corpus writes the other way ("5th Fleet" for "Fifth Fleet").
    findings += OrdinalNames.findings(in: context, besides: findings)
    // A compound modifier the corpus writes open before the same word ("open market operations").
    findings += OpenModifiers.findings(in: context, besides: findings)
    // A name of several words spaced otherwise than the corpus's ("Interagency Space Debris
    // Coordination Committee").
    findings += NameSpacing.findings(in: context, besides: findings)
    return findings
  }

  /// The corpus writes references of this kind with the draft's words before their numbers, for
  /// two numbers or more ("E.O. 13692", "E.O. 13850", where the draft's "E.O. 13884" is written
  /// "Executive Order (E.O.) 13884"): the draft's form is the corpus's own short form.
  static func writesFormForOthers(_ written: String, identifier: String, _ corpus: Corpus) -> Bool {
    guard written.hasSuffix(identifier), written.count > identifier.count else { return false }
    let prefix = WordForms.folded(String(written.dropLast(identifier.count)))
    guard prefix.last == " " || prefix.last == "-" else { return false }
    return corpus.codes(after: prefix, limit: 2).count >= 2
  }

  /// `matchCase` for the draft's `written` at `range` of `text`: only a variant written in
  /// capitals needs its line read.
  static func replacement(for written: String, preferred: String, at range: Range<Int>, in text: SourceText) -> String {
    let isCapitals = written.count > 1 && written == written.uppercased() && written.lowercased() != written
    return matchCase(of: written, preferred: preferred, inCapitalsLine: isCapitals && isInCapitalsLine(range, of: text))
  }

  /// The preferred form as the corpus writes it in running prose, in the case the draft's position
  /// asks for: capitalised where the writer capitalised a lower-case term (a sentence start), and
  /// in capitals only inside a line the writer set all in capitals ("## THE NONPROLIFERATION
  /// REGIME"). A variant that is itself in capitals ("E.O. 13382", "PROGRAMME" in a sentence) is
  /// an abbreviation or emphasis, never a reason to shout the replacement.
  static func matchCase(of written: String, preferred: String, inCapitalsLine: Bool) -> String {
    var result = preferred
    if written.first?.isUppercase == true, result.first?.isLowercase == true {
      result = result.prefix(1).uppercased() + result.dropFirst()
    }
    if inCapitalsLine, written == written.uppercased(), written.lowercased() != written {
      result = result.uppercased()
    }
    return result
  }

  /// True when the line around `range` has letters besides the range's and all of them are
  /// capitals. Reads bytes, and stops at the first lower-case ASCII letter.
  static func isInCapitalsLine(_ range: Range<Int>, of text: SourceText) -> Bool {
    let bytes = text.bytes
    let start = text.lineRange(text.line(containing: range.lowerBound)).lowerBound
    let end = text.lineRange(text.line(containing: range.upperBound)).upperBound
    var letters = 0
    var nonASCII: [UInt8] = []
    for index in start..<end where index < range.lowerBound || index >= range.upperBound {
      let byte = bytes[index]
      if byte >= 0x61 && byte <= 0x7A { return false }
      if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte >= 0x80 { nonASCII.append(byte) }
    }
    // Letters outside ASCII (rare): read as text.
    if !nonASCII.isEmpty {
      for scalar in String(decoding: nonASCII, as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
        if scalar.properties.isLowercase { return false }
        letters += 1
      }
    }
    return letters >= 2
  }
}
