/// One block of prose, folded and split into tokens and sentences: the unit every check reads.
/// Draft blocks and corpus paragraphs are both `ProseText`, so they match the same way.
public struct ProseText: Sendable, Hashable {
  public let normalized: NormalizedText
  public let tokens: [Token]
  /// Sentences as ranges of `tokens` indices.
  public let sentences: [Range<Int>]
  /// What kinds of tokens there are at all.
  public let summary: ProseSummary

  public init(source: SourceText, segments: [ProseBlock.Segment]) {
    let normalized = NormalizedText(source: source, segments: segments)
    self.normalized = normalized
    var summary = ProseSummary()
    let tokens = Tokenizer.tokens(of: normalized, source: source, summary: &summary)
    self.tokens = tokens
    self.summary = summary
    self.sentences = SentenceSplitter.sentences(of: tokens, normalized: normalized)
  }

  private init(normalized: NormalizedText, tokens: [Token], sentences: [Range<Int>], summary: ProseSummary) {
    self.normalized = normalized
    self.tokens = tokens
    self.sentences = sentences
    self.summary = summary
  }

  /// The same prose for a block that moved by `delta` bytes in its document (after an edit
  /// before it): only original offsets change, nothing is folded or tokenised again.
  func shifted(by delta: Int) -> ProseText {
    guard delta != 0 else { return self }
    var tokens = tokens
    for index in tokens.indices { tokens[index].shiftOriginal(by: delta) }
    return ProseText(normalized: normalized.shifted(by: delta), tokens: tokens, sentences: sentences, summary: summary)
  }

  /// The original byte range of sentence `index`.
  public func originalRange(ofSentence index: Int) -> Range<Int> {
    originalRange(ofTokens: sentences[index])
  }

  public func originalRange(ofTokens range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return tokens[range.lowerBound].originalRange.lowerBound..<tokens[range.upperBound - 1].originalRange.upperBound
  }

  /// The folded range covering tokens `range`.
  public func normalizedRange(ofTokens range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
  }

  /// The index of the sentence containing token `index`.
  public func sentence(containingToken index: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if sentences[mid].upperBound <= index {
        low = mid + 1
      } else if sentences[mid].lowerBound > index {
        high = mid - 1
      } else {
        return mid
      }
    }
    return nil
  }

  /// Whether token `index` opens its sentence (only punctuation before it there), so that a
  /// capital says nothing of it; a token in no sentence does too.
  func opensSentence(token index: Int) -> Bool {
    guard let sentence = sentence(containingToken: index) else { return true }
    return tokens[sentences[sentence].lowerBound..<index].allSatisfy { $0.kind == .punctuation }
  }

  /// The index of the first token whose folded range ends after `offset`.
  public func tokenIndex(atNormalizedOffset offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

enum Tokenizer {
  static func tokens(of text: NormalizedText, source: SourceText) -> [Token] {
    var summary = ProseSummary()
    return tokens(of: text, source: source, summary: &summary)
  }

  static func tokens(of text: NormalizedText, source: SourceText, summary: inout ProseSummary) -> [Token] {
    text.bytes.withUnsafeBufferPointer { bytes in
      source.bytes.withUnsafeBufferPointer { original in
        text.withOriginCursor { origins in
          tokens(of: bytes, original, &origins, &summary)
        }
      }
    }
  }

  private static func tokens(
    of bytes: UnsafeBufferPointer<UInt8>, _ original: UnsafeBufferPointer<UInt8>,
    _ origins: inout NormalizedText.OriginCursor, _ summary: inout ProseSummary
  ) -> [Token] {
    let lexicon = Lexicon.table
    // The summary, gathered as bits (see `ProseSummary`).
    var wordClasses: UInt8 = 0
    var upperCaseAcronym = false
    var number = false
    var quotationMark = false
    defer {
      summary.wordClasses = WordClasses(rawValue: wordClasses)
      summary.hasUpperCaseAcronym = upperCaseAcronym
      summary.hasNumber = number
      summary.hasQuotationMark = quotationMark
    }
    var tokens: [Token] = []
    // About one token per five folded bytes in prose.
    tokens.reserveCapacity(bytes.count / 5 + 1)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == NormalizedText.barrier {
        index += 1
        continue
      }
      let start = index
      let kind: Token.Kind
      if isDigit(byte) {
        kind = .number
        number = true
        index += 1
        // Thousands grouped by spaces ("10 000", "2 600 MW"; a no-break space is one once
        // folded): one number, when it stands alone (no number before it, "0478 488 874").
        if tokens.last?.kind != .number {
          index = spaceGroupedEnd(bytes, from: start)
        }
        while index < bytes.count {
          if isDigit(bytes[index]) {
            index += 1
          } else if bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "."),
            index + 1 < bytes.count, isDigit(bytes[index + 1])
          {
            index += 2
          } else {
            break
          }
        }
        // "1990s", "20th", "3rd": a number with a short letter suffix stays one token.
        var suffixEnd = index
        while suffixEnd < bytes.count, suffixEnd - index < 2, isASCIILetter(bytes[suffixEnd]) { suffixEnd += 1 }
        if suffixEnd > index, suffixEnd == bytes.count || !isWordByte(bytes, suffixEnd) {
          index = suffixEnd
        }
      } else if isWordByte(bytes, index) {
        kind = .word
        // Most words are a run of ASCII letters ended by a space or plain punctuation: take the
        // run eight bytes at a time and leave apostrophes, periods and non-ASCII to `wordEnd`.
        if byte < 0x80, index + 8 <= bytes.count {
          let run = ASCIIWords.alphanumericRun(bytes, at: index)
          let next = index + run
          if run < 8, bytes[next] < 0x80, bytes[next] != UInt8(ascii: "'"), bytes[next] != UInt8(ascii: ".") {
            index = next
          } else {
            index = wordEnd(bytes, from: index)
          }
        } else {
          index = wordEnd(bytes, from: index)
        }
      } else {
        kind = .punctuation
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quotationMark = true }
        index += max(1, scalarLength(bytes[index]))
      }
      let range = start..<min(index, bytes.count)
      let originalRange = origins.originalRange(range)
      let (capitalized, upper, pluralS) = casing(of: original, in: originalRange)
      let token = Token(
        kind: kind, start: range.lowerBound, storage: TokenText(bytes, range),
        originalRange: originalRange, isCapitalized: capitalized, isUpperCaseAcronym: upper,
        hasLowerCasePluralS: pluralS, lexicon: lexicon)
      wordClasses |= token.wordClasses.rawValue
      // Flags count for words only, as `isUpperCaseAcronym` does.
      if upper, kind == .word { upperCaseAcronym = true }
      tokens.append(token)
    }
    return tokens
  }

  /// The end of the digits starting at `start` when they are thousands grouped by single spaces
  /// ("10 000", "1 250 000"): a first group of one to three digits, not led by a zero, then
  /// groups of exactly three, the last followed by neither a digit nor a letter. Otherwise the
  /// position after the first digit, where reading goes on as for any number.
  private static func spaceGroupedEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var first = start
    while first < bytes.count, first - start <= 3, isDigit(bytes[first]) { first += 1 }
    guard first - start <= 3, bytes[start] != UInt8(ascii: "0") else { return start + 1 }
    var end = first
    while end + 4 <= bytes.count, bytes[end] == 0x20, isDigit(bytes[end + 1]), isDigit(bytes[end + 2]),
      isDigit(bytes[end + 3]), end + 4 == bytes.count || !(isDigit(bytes[end + 4]) || isWordByte(bytes, end + 4))
    {
      end += 4
    }
    return end == first ? start + 1 : end
  }

  /// ASCII letters and digits (by arithmetic: a table would cost a once-check per call).
  @inline(__always) private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
  }

  @inline(__always) private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    var letters = 0
    while index < bytes.count {
      // A run of ASCII letters and digits, the bulk of every word: eight bytes at a time.
      let runStart = index
      while index + 8 <= bytes.count {
        let run = ASCIIWords.alphanumericRun(bytes, at: index)
        index += run
        if run < 8 { break }
      }
      if index + 8 > bytes.count {
        while index < bytes.count, isASCIIAlphanumeric(bytes[index]) { index += 1 }
      }
      letters += index - runStart
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte >= 0x80, isNonASCIIWordByte(bytes, index) {
        index += max(1, scalarLength(byte))
        letters += 1
        continue
      }
      // Inner apostrophe: "pakistan's", "don't"; and a trailing possessive "states'" is left out.
      if byte == UInt8(ascii: "'"), index + 1 < bytes.count, isWordByte(bytes, index + 1) {
        index += 1
        continue
      }
      // Initials and dotted abbreviations: "u.s.", "a.q.", "e.o.", "u.n.".
      if byte == UInt8(ascii: "."), letters == 1 || isDottedAbbreviation(bytes, start: start, dot: index) {
        if index + 1 < bytes.count, isASCIILetter(bytes[index + 1]),
          index + 2 >= bytes.count || bytes[index + 2] == UInt8(ascii: ".")
        {
          index += 1
          letters = 0
          continue
        }
        if isDottedAbbreviation(bytes, start: start, dot: index) {
          return index + 1
        }
      }
      break
    }
    return index
  }

  /// True when the word before `dot` is a run of single letters separated by periods ("u.s").
  private static func isDottedAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, dot: Int) -> Bool {
    let length = dot - start
    guard length >= 3, length % 2 == 1 else { return false }
    var index = start
    while index < dot {
      guard isASCIILetter(bytes[index]) else { return false }
      if index + 1 < dot, bytes[index + 1] != UInt8(ascii: ".") { return false }
      index += 2
    }
    return true
  }

  /// Whether the original spelling is capitalised (its first scalar is an upper-case letter), an
  /// upper-case acronym, and ends in a plural "s" after capitals, read straight from the bytes.
  @inline(__always) static func casing(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> (
    capitalized: Bool, upper: Bool, pluralS: Bool
  ) {
    // Up to sixteen ASCII bytes (nearly every token): two words of byte classes, counted.
    if range.count <= 16, range.lowerBound + 16 <= bytes.count, !range.isEmpty {
      let first = ASCIIWords.load(bytes, at: range.lowerBound)
      let second = ASCIIWords.load(bytes, at: range.lowerBound + 8)
      let firstMask = ASCIIWords.firstBytes(range.count)
      let secondMask = range.count > 8 ? ASCIIWords.firstBytes(range.count - 8) : 0
      if (first & firstMask) | (second & secondMask) & ASCIIWords.highBits == 0 {
        let upperFirst = ASCIIWords.upperCase(first) & firstMask
        let upperSecond = ASCIIWords.upperCase(second) & secondMask
        // No capital (most words): nothing to count.
        if upperFirst | upperSecond == 0 { return (false, false, false) }
        let upper = upperFirst.nonzeroBitCount + upperSecond.nonzeroBitCount
        let letters =
          upper + (ASCIIWords.lowerCase(first) & firstMask).nonzeroBitCount
          + (ASCIIWords.lowerCase(second) & secondMask).nonzeroBitCount
        let capitalized = upperFirst & 0x80 != 0
        let pluralS = letters >= 3 && upper == letters - 1 && bytes[range.upperBound - 1] == UInt8(ascii: "s")
        return (capitalized, letters >= 2 && (upper == letters || pluralS), pluralS)
      }
    }
    return casingByBytes(of: bytes, in: range)
  }

  /// `casing`, one byte at a time (any length, any script).
  static func casingByBytes(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> (
    capitalized: Bool, upper: Bool, pluralS: Bool
  ) {
    // ASCII: count letters and capitals in one tight loop.
    var asciiLetters = 0
    var asciiUpper = 0
    var highBits: UInt8 = 0
    // Branch-free: mixed case would defeat branch prediction.
    for index in range {
      let byte = bytes[index]
      highBits |= byte
      let isUpper = byte &- UInt8(ascii: "A") < 26
      let isLower = byte &- UInt8(ascii: "a") < 26
      asciiUpper &+= isUpper ? 1 : 0
      asciiLetters &+= (isUpper || isLower) ? 1 : 0
    }
    if highBits < 0x80, !range.isEmpty {
      let first = bytes[range.lowerBound]
      let capitalized = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
      let pluralS =
        asciiLetters >= 3 && asciiUpper == asciiLetters - 1 && bytes[range.upperBound - 1] == UInt8(ascii: "s")
      return (capitalized, asciiLetters >= 2 && (asciiUpper == asciiLetters || pluralS), pluralS)
    }
    var letters = 0
    var upper = 0
    var capitalized = false
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      let isLetter: Bool
      let isUpper: Bool
      let start = index
      if byte < 0x80 {
        isLetter = isASCIILetter(byte)
        isUpper = byte <= UInt8(ascii: "Z")
        index += 1
      } else {
        let length = min(max(1, scalarLength(byte)), range.upperBound - index)
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
          .unicodeScalars.first
        index += length
        // General punctuation (curly quotes, dashes) is common in prose and never a letter.
        if let scalar, !(0x2000...0x206F).contains(scalar.value), scalar.properties.isAlphabetic {
          isLetter = true
          isUpper = scalar.properties.isUppercase
        } else {
          isLetter = false
          isUpper = false
        }
      }
      guard isLetter else { continue }
      if start == range.lowerBound { capitalized = isUpper }
      letters += 1
      if isUpper { upper += 1 }
    }
    let pluralS = letters >= 3 && upper == letters - 1 && bytes[range.upperBound - 1] == UInt8(ascii: "s")
    return (capitalized, letters >= 2 && (upper == letters || pluralS), pluralS)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  @inline(__always) static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
    return isNonASCIIWordByte(bytes, index)
  }

  @inline(never) static func isNonASCIIWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    guard (byte & 0xC0) != 0x80 else { return true }
    let length = min(scalarLength(byte), bytes.count - index)
    guard
      let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
        .unicodeScalars.first
    else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  static func scalarLength(_ lead: UInt8) -> Int { SourceText.scalarLength(lead) }
}

enum SentenceSplitter {
  /// Abbreviations after which a period does not end a sentence.
  static let abbreviationList = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr",
    "sr", "no", "nos", "vol", "vs", "etc", "e.g", "i.e", "cf", "inc", "ltd", "co", "corp", "dept",
    "art", "sec", "para", "fig", "approx", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "pres", "amb", "adm", "capt", "maj", "hon", "rev",
  ]

  /// The one-byte mark a punctuation token is, or 0 for any other token (the marks that end,
  /// close and open sentences are all one byte once folded).
  @inline(__always) private static func mark(_ token: Token) -> UInt8 {
    token.utf8Count == 1 && token.kind == .punctuation ? token.firstByte : 0
  }

  /// Marks a sentence end swallows: closing quotes and brackets, further terminal punctuation.
  @inline(__always) private static func isClosing(_ mark: UInt8) -> Bool {
    switch mark {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "."),
      UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// Marks that may open a sentence.
  @inline(__always) private static func isOpening(_ mark: UInt8) -> Bool {
    switch mark {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "-"),
      UInt8(ascii: "*"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  static func sentences(of tokens: [Token], normalized: NormalizedText) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    // About one sentence per twenty tokens.
    sentences.reserveCapacity(tokens.count / 16 + 1)
    tokens.withUnsafeBufferPointer { tokens in
      var start = 0
      var index = 0
      while index < tokens.count {
        let terminal = mark(tokens[index])
        guard terminal == UInt8(ascii: ".") || terminal == UInt8(ascii: "!") || terminal == UInt8(ascii: "?") else {
          index += 1
          continue
        }
        var ends = true
        if terminal == UInt8(ascii: "."), index > 0 {
          let previous = tokens[index - 1]
          let adjacent = previous.range.upperBound == tokens[index].range.lowerBound
          if adjacent, previous.kind == .word, previous.wordClasses.contains(.abbreviation) { ends = false }
          // "Pub. L. No. 110-84": a public law's abbreviated name.
          if adjacent, index + 1 < tokens.count,
            previous.hasText("pub") && previous.isCapitalized && tokens[index + 1].hasText("l")
              || previous.hasText("l") && previous.isCapitalized && index >= 3 && tokens[index - 2].hasText(".")
                && tokens[index - 3].hasText("pub")
          {
            ends = false
          }
          // A court case's "v." between capitalised parties ("Biden v. Nebraska"); never a capital
          // V ("Title V.").
          if adjacent, index >= 2, index + 1 < tokens.count, previous.hasText("v"), !previous.isCapitalized,
            tokens[index - 2].isCapitalized, tokens[index + 1].isCapitalized
          {
            ends = false
          }
          if adjacent, previous.kind == .number, index + 1 < tokens.count, tokens[index + 1].kind == .number {
            ends = false
          }
          // A middle initial ("Sylvia M. Burwell"): one capital after a capitalised word, before
          // another. (Not I, V or X, nor after a word naming a part: "Annex I." and "Annex B." may
          // end a sentence.)
          if adjacent, index >= 2, index + 1 < tokens.count, isInitial(previous), tokens[index - 2].kind == .word,
            tokens[index - 2].isCapitalized, !lettered.contains(tokens[index - 2]),
            tokens[index - 2].range.upperBound < previous.range.lowerBound,
            tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized
          {
            ends = false
          }
        }
        // A word ending in a period ("u.s.") would end a sentence only when the next word starts
        // one unambiguously (a quote or an upper-case word followed by a lower-case verb is too
        // fragile to call): it never splits.
        if ends {
          // Swallow closing quotes, brackets and further terminal punctuation.
          var end = index + 1
          while end < tokens.count, isClosing(mark(tokens[end])) { end += 1 }
          if end >= tokens.count || startsSentence(tokens[end]) {
            sentences.append(start..<end)
            start = end
            index = end
            continue
          }
        }
        index += 1
      }
      if start < tokens.count { sentences.append(start..<tokens.count) }
    }
    return sentences
  }

  /// Words a letter follows as a part's or a kind's name ("Annex B", "Plan B", "Class A").
  static let lettered = WordSet([
    "annex", "appendix", "schedule", "part", "section", "article", "exhibit", "table", "figure", "plan", "option",
    "phase", "class", "category", "group", "type", "grade", "level", "tier", "form", "attachment", "enclosure",
    "division", "title", "chapter", "list", "item", "step", "stage", "block", "zone", "area", "unit", "vitamin",
  ])

  /// One capital letter other than I, V and X.
  @inline(__always) private static func isInitial(_ token: Token) -> Bool {
    guard token.kind == .word, token.utf8Count == 1, token.isCapitalized else { return false }
    let letter = token.firstByte | 0x20
    return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && letter != UInt8(ascii: "i")
      && letter != UInt8(ascii: "v") && letter != UInt8(ascii: "x")
  }

  private static func startsSentence(_ token: Token) -> Bool {
    switch token.kind {
    case .word: return token.isCapitalized
    case .number: return true
    case .punctuation: return isOpening(mark(token))
    }
  }
}
