/// A closed word of the corpus that a draft writes in two, open or hyphenated: "cyber space" or
/// "cyber-space" where the corpus writes "cyberspace", "rule-making" where it writes "rulemaking".
/// (Part of `term-variant`.)
///
/// The corpus's own compound terms (`CompoundForms`) split a closed word only into words the
/// corpus also uses alone; a draft's split shows its parts are words, so the draft's pairs are
/// asked of the corpus's vocabulary directly. Guards keep ordinary English quiet:
/// - the closed word has seven letters or more (one fewer where the corpus writes it ten times or
///   more: "seabed"), is written twice or more, in lower case, and is never written split
///   anywhere in the corpus (`Corpus.splitWritten`);
/// - written open, neither part is a function word or a particle ("may be", "every day", "set
///   up", "break down" are other words than "maybe", "everyday", "setup", "breakdown"); joined by
///   a hyphen, they are the word itself ("off-shoring", "snap-back", "roll-out"), but a dash
///   that only touches them ("roll—out") joins nothing;
/// - each part has three letters or more, except a common prefix ("re-entries"); after a prefix
///   that makes other words when hyphenated ("re-sign"), only where a vowel is doubled;
/// - one letter hyphenated to a word ("e-mail") is a prefix too, and then the closed word may
///   have five letters ("email").
enum SplitCompounds {
  /// The findings of `context`'s block, outside `taken` (ranges already reported).
  static func findings(in context: CheckContext, outside taken: [Range<Int>]) -> [Finding] {
    let prose = context.prose
    let tokens = prose.tokens
    let vocabulary = context.corpus.vocabulary
    var findings: [Finding] = []
    var index = 0
    while index + 1 < tokens.count {
      defer { index += 1 }
      let first = tokens[index]
      let next = tokens[index + 1]
      // (Each kind of split asked only where the tokens' kinds allow it.)
      // "Justice 40" where the corpus writes the name "Justice40".
      if first.kind == .word,
        next.kind == .number || index + 2 < tokens.count && tokens[index + 2].kind == .number,
        let finding = nameSplitFromItsNumber(at: index, context, vocabulary, outside: taken)
      {
        findings.append(finding)
        index += 1
        continue
      }
      // "Aggregate EU" where the corpus writes the name "AggregateEU".
      if first.isCapitalized, next.isCapitalized || next.isUpperCaseAcronym,
        let finding = nameSplitInTwo(at: index, context, vocabulary, outside: taken)
      {
        findings.append(finding)
        index += 1
        continue
      }
      // "healthcare" where the corpus writes "health care".
      if first.isASCIILetters,
        let finding = openPairWrittenClosed(at: index, context, vocabulary, outside: taken)
      {
        findings.append(finding)
        continue
      }
      guard first.isASCIILetters,
        !first.isCapitalized || !first.isUpperCaseAcronym && prose.opensSentence(token: index),
        index < 2 || !joinsByHyphen(index - 2, index, tokens)
      else { continue }
      // "a b" (one space) or "a-b" (a hyphen touching both).
      let secondIndex: Int
      if tokens[index + 1].kind == .word, tokens[index + 1].range.lowerBound == first.range.upperBound + 1 {
        secondIndex = index + 1
      } else if index + 2 < tokens.count, joinsByHyphen(index, index + 2, tokens) {
        secondIndex = index + 2
      } else {
        continue
      }
      let second = tokens[secondIndex]
      // Nor a pair whose second word is hyphenated to a third ("cyber space-based") or whose
      // hyphen waits for a later word ("cover age- and developmentally appropriate" is no
      // "coverage").
      let isHyphenated = secondIndex == index + 2
      // "e-mail" where the corpus writes "email": one letter hyphenated to a word. A word of six
      // letters may be written hyphenated too ("sub-sea", "on-shore", "co-pays").
      let isLetterPrefix = isHyphenated && first.utf8Count == 1
      let minimumLength = isLetterPrefix ? 5 : isHyphenated ? 6 : 7
      // Asked of the flags and bytes first: nearly every pair of a draft is short, has a
      // function word written open, or joins to no corpus word.
      guard second.isASCIILetters, !second.isCapitalized, !hyphenWaits(after: secondIndex, tokens),
        first.utf8Count + second.utf8Count >= minimumLength - 1,
        isHyphenated || first.hasText("per")
          || !first.wordClasses.contains(.function) && !second.wordClasses.contains(.function),
        mayJoinToAWord(first, second, in: vocabulary, inflected: true)
      else { continue }
      let firstText = first.text
      let secondText = second.text
      // "per cent" where the corpus writes "percent": the two spellings of one word, whatever
      // "per" is elsewhere.
      let isPerCent = firstText == "per" && secondText == "cent"
      guard firstText.utf8.count + secondText.utf8.count >= minimumLength - 1,
        isPerCent || partsQualify(firstText, secondText, hyphenated: isHyphenated),
        isPerCent || !isHyphenated || partsAreFunctionFree(firstText, secondText)
          || context.text.isHyphen(at: first.originalRange.upperBound..<second.originalRange.lowerBound),
        // (A closed word one letter shorter, "seabed", only where the corpus writes it often.)
        let closed = closedWord(
          firstText + secondText, in: vocabulary, corpus: context.corpus, minimumLength: minimumLength)
          ?? closedWord(
            firstText + secondText, in: vocabulary, corpus: context.corpus, minimumLength: minimumLength - 1,
            minimumUses: frequentClosedUses)
      else { continue }
      let range = first.originalRange.lowerBound..<second.originalRange.upperBound
      guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
      let written = context.text(range)
      let replacement = TermVariantCheck.matchCase(
        of: written, preferred: firstText + secondText, inCapitalsLine: false)
      findings.append(finding(range, written, corpusForm: closed, replacement: replacement, context))
      index = secondIndex
    }
    return findings
  }

  /// A name the corpus writes with a number joined to its word ("Justice40", "MH17", "G7"), twice
  /// or more and never split, that the draft splits at `index` ("Justice 40", "MH 17", "MH-17",
  /// "G-7"): the word (capitals, or three letters), one space or a hyphen, the digits.
  static func nameSplitFromItsNumber(
    at index: Int, _ context: CheckContext, _ vocabulary: Vocabulary, outside taken: [Range<Int>]
  ) -> Finding? {
    let tokens = context.prose.tokens
    guard index + 1 < tokens.count else { return nil }
    let word = tokens[index]
    // (One capital too: "G-7" for "G7".)
    guard word.kind == .word,
      word.utf8Count >= 3 || word.utf8Count == 2 && word.isUpperCaseAcronym
        || word.utf8Count == 1 && word.isCapitalized,
      let number = numberApart(after: index, tokens).map({ tokens[$0] }),
      let (name, range, written) = nameWrittenApart(word, number, context, vocabulary, outside: taken)
    else { return nil }
    return finding(range, written, corpusForm: name, replacement: name, context)
  }

  /// The name the corpus writes as one word, twice or more, that `first` and `second` spell
  /// together, with their range and the draft's text of it, where the corpus never writes them
  /// apart and no finding in `taken` covers them.
  private static func nameWrittenApart(
    _ first: Token, _ second: Token, _ context: CheckContext, _ vocabulary: Vocabulary, outside taken: [Range<Int>]
  ) -> (name: String, range: Range<Int>, written: String)? {
    guard mayJoinToAWord(first, second, in: vocabulary, inflected: false) else { return nil }
    let joined = first.text + second.text
    // A code of capitals and digits ("MH17") is no proper noun: the corpus's word in capitals.
    let name: String
    if let noun = vocabulary.properNouns[joined], noun.count >= 2 {
      name = noun.spelling
    } else if first.isUpperCaseAcronym, second.kind == .number, (vocabulary.wordCounts[joined] ?? 0) >= 2 {
      name = joined.uppercased()
    } else {
      return nil
    }
    let range = first.originalRange.lowerBound..<second.originalRange.upperBound
    let written = context.text(range)
    guard !taken.contains(where: { $0.overlaps(range) }), context.corpus.firstUse(of: written) == nil else {
      return nil
    }
    return (name, range, written)
  }

  /// Two capitalised words one space apart ("Aggregate EU", "Skills Future") that together spell
  /// a name the corpus writes as one word, twice or more, and never split ("AggregateEU"): the
  /// name written in two.
  static func nameSplitInTwo(
    at index: Int, _ context: CheckContext, _ vocabulary: Vocabulary, outside taken: [Range<Int>]
  ) -> Finding? {
    let tokens = context.prose.tokens
    guard index + 1 < tokens.count else { return nil }
    let first = tokens[index]
    let second = tokens[index + 1]
    guard first.kind == .word, second.kind == .word, first.isCapitalized, !first.isUpperCaseAcronym,
      second.isCapitalized || second.isUpperCaseAcronym, first.utf8Count >= 3, second.utf8Count >= 2,
      second.range.lowerBound == first.range.upperBound + 1,
      index + 2 >= tokens.count || !tokens[index + 2].touches(second) || tokens[index + 2].kind == .punctuation
    else { return nil }
    let corpus = context.corpus
    guard let (name, range, written) = nameWrittenApart(first, second, context, vocabulary, outside: taken) else {
      return nil
    }
    // Inside a longer name of the draft's own ("Project Next Gen" where the corpus's "NextGen" is
    // another thing), only where the corpus writes the longer name with its one word. (A
    // function word, or a sentence's capitalised first word, "The", opens no name.)
    func isNameWord(_ position: Int) -> Bool {
      let token = tokens[position]
      return token.kind == .word && token.isCapitalized && !token.wordClasses.contains(.function)
        && !context.prose.opensSentence(token: position)
    }
    if index > 0, isNameWord(index - 1), tokens[index - 1].range.upperBound + 1 == first.range.lowerBound,
      corpus.firstUse(of: "\(context.text(of: tokens[index - 1])) \(name)") == nil
    {
      return nil
    }
    if index + 2 < tokens.count, isNameWord(index + 2),
      second.range.upperBound + 1 == tokens[index + 2].range.lowerBound,
      corpus.firstUse(of: "\(name) \(context.text(of: tokens[index + 2]))") == nil
    {
      return nil
    }
    return finding(range, written, corpusForm: name, replacement: name, context)
  }

  /// A lower-case word the corpus never writes that joins two content words of four letters or
  /// more which the corpus writes as a pair, three times or more ("healthcare" where it writes
  /// "health care"): split in exactly one such way, and neither part a function word or a
  /// particle ("setback" is no "set back", "overall" no "over all").
  static func openPairWrittenClosed(
    at index: Int, _ context: CheckContext, _ vocabulary: Vocabulary, outside taken: [Range<Int>]
  ) -> Finding? {
    let token = context.prose.tokens[index]
    guard token.utf8Count >= 8,
      isLowerCaseLetters(token)
        || isCapitalizedLetters(token)
          && context.prose.opensSentence(token: index),
      !token.isUpperCaseAcronym
    else { return nil }
    // The one split into two corpus words, neither a function word nor a particle, asked of the
    // bytes (no text is made until one is found). The first part's lengths come from the
    // vocabulary's words that begin as the token does.
    var split: Int?
    let isOneSplit = token.withUTF8 { bytes in
      let firstLengths = vocabulary.asciiWordLengths(prefixKey: WordTable<Bool>.prefixKey(bytes))
      for point in 4...(bytes.count - 4) where point >= 64 || firstLengths & (1 << UInt64(point)) != 0 {
        let first = UnsafeBufferPointer(rebasing: bytes[..<point])
        let second = UnsafeBufferPointer(rebasing: bytes[point...])
        guard vocabulary.contains(asciiBytes: first), vocabulary.contains(asciiBytes: second),
          !CompoundForms.isFunctionWord(first), !CompoundForms.isFunctionWord(second)
        else { continue }
        if split != nil { return false }
        split = point
      }
      return split != nil
    }
    // (Its forms in either number, asked of the bytes: a word the corpus writes is no pair's.)
    guard isOneSplit, let split, !mayJoinToAWord(token, nil, in: vocabulary, inflected: true) else { return nil }
    let word = token.text
    let first = String(word.utf8.prefix(split))!
    let second = String(word.utf8.dropFirst(split))!
    let pair = "\(first) \(second)"
    let range = token.originalRange
    guard !taken.contains(where: { $0.overlaps(range) }),
      context.corpus.uses(of: pair, upTo: 3).count >= 3
    else { return nil }
    let written = context.text(range)
    let replacement = TermVariantCheck.matchCase(of: written, preferred: pair, inCapitalsLine: false)
    return finding(range, written, corpusForm: pair, replacement: replacement, context)
  }

  /// Whether the vocabulary may hold `first` and `second` written as one word (or `first` alone,
  /// when `second` is nil), and, `inflected`, that word in the other number (`CompoundForms
  /// .withNumber`): asked of the folded bytes, with no text made. False only when it surely
  /// holds none; words not of ASCII, or long, are left to the full lookup (true).
  static func mayJoinToAWord(_ first: Token, _ second: Token?, in vocabulary: Vocabulary, inflected: Bool) -> Bool {
    let length = first.utf8Count + (second?.utf8Count ?? 0)
    guard length >= 1, length + 2 <= 60 else { return true }
    // Words of ASCII letters whose first four bytes are the first word's: asked of the lengths
    // the vocabulary's words so begun have, before any byte is copied or hashed.
    // (Five bytes at least: every form tried, the singular too, keeps the first four.)
    if first.isASCIILetters, second?.isASCIILetters ?? true, first.utf8Count >= 4, length >= 5,
      let (low, _) = first.textValue.inlineWords
    {
      var wanted: UInt64 = 1 << UInt64(length)
      if inflected { wanted |= 1 << UInt64(length - 1) | 1 << UInt64(length + 1) | 1 << UInt64(length + 2) }
      guard vocabulary.asciiWordLengths(prefixKey: UInt32(truncatingIfNeeded: low)) & wanted != 0 else { return false }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      // The two texts copied one after the other (no closure capturing the count: a captured
      // variable is boxed, and every access to it checked).
      guard let base = buffer.baseAddress else { return true }
      let firstCount = first.withUTF8 { bytes in copyASCII(bytes, to: base) }
      guard firstCount >= 0 else { return true }
      var count = firstCount
      if let second {
        let secondCount = second.withUTF8 { bytes in copyASCII(bytes, to: base + firstCount) }
        guard secondCount >= 0 else { return true }
        count += secondCount
      }
      let vocabularyWord = { (length: Int) -> Bool in
        vocabulary.contains(asciiBytes: UnsafeBufferPointer(start: base, count: length))
      }
      if vocabularyWord(count) { return true }
      guard inflected else { return false }
      if base[count - 1] == UInt8(ascii: "s"), count > 1, vocabularyWord(count - 1) { return true }
      base[count] = UInt8(ascii: "s")
      if vocabularyWord(count + 1) { return true }
      base[count] = UInt8(ascii: "e")
      base[count + 1] = UInt8(ascii: "s")
      return vocabularyWord(count + 2)
    }
  }

  /// Copies `bytes` to `destination` and returns their count, or -1 (nothing promised of the
  /// destination) when one is not ASCII.
  @inline(__always) private static func copyASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var nonASCII: UInt8 = 0
    for (offset, byte) in bytes.enumerated() {
      nonASCII |= byte
      destination[offset] = byte
    }
    return nonASCII >= 0x80 ? -1 : bytes.count
  }

  /// The finding that the draft writes `written` at `range` where the corpus writes `corpusForm`,
  /// with the corpus's first use as evidence and `replacement` (the corpus form in the draft's
  /// case) as the fix.
  private static func finding(
    _ range: Range<Int>, _ written: String, corpusForm: String, replacement: String, _ context: CheckContext
  ) -> Finding {
    Finding(
      rule: .termVariant, message: "the corpus writes \"\(corpusForm)\", not \"\(written)\"", range: range,
      evidence: context.corpus.firstUse(of: corpusForm).map { [$0] } ?? [],
      fixes: [Fix(title: "Replace with \"\(replacement)\"", edits: [TextEdit(range: range, newText: replacement)])])
  }

  /// How often the corpus writes a closed word one letter shorter than the usual minimum for a
  /// draft's split of it to count ("seabed", written often in a corpus of the seabed).
  static let frequentClosedUses = 10

  /// The corpus's closed word for `joined` (the draft's two parts together), or the same word in
  /// the other number ("space ports" for "spaceport"): written twice or more in either number
  /// ("decisionmaker" and "decisionmakers" once each), `minimumUses` times in all, in lower case,
  /// never split. Nil when there is none.
  static func closedWord(
    _ joined: String, in vocabulary: Vocabulary, corpus: Corpus, minimumLength: Int = 7,
    minimumUses: Int = CompoundForms.minimumClosedUses
  ) -> String? {
    let forms = CompoundForms.withNumber(joined).filter { $0.utf8.count >= minimumLength }
    guard let form = forms.first(where: { vocabulary.wordCounts[$0] != nil }) else { return nil }
    let uses = Set(forms).reduce(0) { $0 + (vocabulary.wordCounts[$1] ?? 0) }
    guard uses >= minimumUses,
      !forms.contains(where: { vocabulary.properNouns[$0] != nil || corpus.splitWritten.contains($0) })
    else { return nil }
    return form
  }

  /// Whether two words may be the parts of a closed word, written open or `hyphenated`.
  static func partsQualify(_ first: String, _ second: String, hyphenated: Bool) -> Bool {
    guard hyphenated || partsAreFunctionFree(first, second) else { return false }
    guard second.utf8.count >= 3 else { return false }
    // One letter hyphenated to a word ("e-mail") is that word's prefix.
    if hyphenated, first.utf8.count == 1 { return true }
    if CompoundForms.openablePrefixes.contains(first) {
      guard CompoundForms.ambiguousPrefixes.contains(first) else { return true }
      // "re-entries", "co-operation": a doubled vowel.
      guard let last = first.utf8.last, let next = second.utf8.first else { return false }
      if last == next && "aeiou".utf8.contains(last) { return true }
      // Hyphenated before a word of four letters or more, unless the closed word is a word of its
      // own, not the prefix's ("re-open", "co-pays"; not "re-sign" for "resign", "re-cover").
      return hyphenated && second.utf8.count >= 4 && !CompoundForms.isWordOfItsOwn(first + second)
    }
    // Two letters hyphenated to a word ("on-shore", "on-line") are a prefix too.
    return first.utf8.count >= 3 || hyphenated && first.utf8.count == 2
  }

  /// Neither word is a function word or a particle.
  private static func partsAreFunctionFree(_ first: String, _ second: String) -> Bool {
    !CompoundForms.isFunctionWord(first) && !CompoundForms.isFunctionWord(second)
  }

  /// A capitalised word of ASCII letters, not in capitals ("Under" of "Under-sea"; tokens hold
  /// their text folded).
  private static func isCapitalizedLetters(_ token: Token) -> Bool {
    token.isCapitalized && !token.isUpperCaseAcronym && token.isASCIILetters
  }

  /// A lower-case word of ASCII letters.
  private static func isLowerCaseLetters(_ token: Token) -> Bool {
    !token.isCapitalized && token.isASCIILetters
  }

  /// A hyphen touches the word at `index` from after it ("age-" in "age- and developmentally
  /// appropriate", "age-appropriate"): the word opens a compound with a later word.
  static func hyphenWaits(after index: Int, _ tokens: [Token]) -> Bool {
    index + 1 < tokens.count && tokens[index + 1].hasText("-") && tokens[index].touches(tokens[index + 1])
  }

  /// A hyphen touches the token at `index` and the one after it ("MH-17", "stock-take").
  static func hyphenJoins(_ index: Int, _ tokens: [Token]) -> Bool {
    index + 2 < tokens.count && hyphenWaits(after: index, tokens) && tokens[index + 1].touches(tokens[index + 2])
  }

  /// The position of the digits one space or a hyphen after the token at `index` ("Justice 40",
  /// "MH 17", "MH-17"), when nothing but a mark is joined to them after.
  static func numberApart(after index: Int, _ tokens: [Token]) -> Int? {
    guard index + 1 < tokens.count else { return nil }
    let hyphenated = hyphenJoins(index, tokens)
    let numberIndex = hyphenated ? index + 2 : index + 1
    let number = tokens[numberIndex]
    guard number.kind == .number, number.isDigits,
      hyphenated || number.range.lowerBound == tokens[index].range.upperBound + 1,
      numberIndex + 1 >= tokens.count || !tokens[numberIndex + 1].touches(number)
        || tokens[numberIndex + 1].kind == .punctuation
    else { return nil }
    return numberIndex
  }

  /// The tokens at `first` and `second` are two words joined by the hyphen between them.
  private static func joinsByHyphen(_ first: Int, _ second: Int, _ tokens: [Token]) -> Bool {
    second == first + 2 && hyphenJoins(first, tokens) && tokens[first].kind == .word && tokens[second].kind == .word
  }
}
