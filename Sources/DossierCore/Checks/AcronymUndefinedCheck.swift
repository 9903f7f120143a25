/// `acronym-undefined`: an acronym used before its expansion appears in the draft, or never
/// expanded at all. Only the first such use is reported; uses after "expansion (ACR)" are fine.
enum AcronymUndefinedCheck: DocumentCheck {
  static let rule = Rule.acronymUndefined

  /// Abbreviations every reader knows (a parliament's "MP" as much as "PM", "HM Treasury"'s "His
  /// Majesty's"), currency codes (ISO 4217: "35 EUR/MWh"), units of power and energy, companies'
  /// legal forms, time zones, and all-caps words that are not acronyms: a writer's desk notes
  /// ("byline TBD", "FYI") and the status markings a draft carries ("Status: DRAFT",
  /// "UNCLASSIFIED", "EMBARGOED"). (Roman numerals are exempt too: see `isExempt`.)
  static let exempt = WordSet([
    "US", "USA", "UK", "UN", "EU", "OK", "AM", "PM", "MP", "TV", "ID", "DC", "PS", "HM", "FAQ", "TODO", "NOTE",
    "TBD", "TBA", "TBC", "FYI", "ASAP", "RSVP",
    "DRAFT", "FINAL", "REVISED", "UPDATED", "UNCLASSIFIED", "CONFIDENTIAL", "EMBARGOED", "PREDECISIONAL",
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "INR", "SGD", "HKD", "SEK", "NOK",
    "DKK", "KRW", "BRL", "ZAR", "MXN", "RUB", "PLN",
    // Units of power and energy ("2,400 MW", "5 GWh").
    "KW", "MW", "GW", "TW", "KWh", "MWh", "GWh", "TWh",
    // Companies' legal forms ("Bank JSC", "Holdings LLC").
    "LLC", "LLP", "PLC", "JSC", "PJSC", "OJSC", "CJSC",
    // Time zones ("11:59 PM EDT").
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "BST", "CET",
    "CEST", "EET", "EEST", "AEST", "AEDT", "JST", "KST",
  ])

  /// An upper-case word in a block that may be an acronym needing an expansion.
  struct Use: Sendable {
    /// The word's original bytes, relative to the start of its block (so a block that moved
    /// after an edit keeps its uses).
    var range: Range<Int>
    var acronym: AcronymDefinitions.Acronym
    /// For a hyphenated acronym ("US-ROK"), the uses of its parts, which count instead when
    /// neither the draft nor the corpus defines the whole.
    var parts: [Use] = []
    /// The folded words around it when both are capitalised ("acme hmo plus"): inside a name the
    /// corpus uses, it is no acronym use (see `AcronymNames`).
    var nameKey: String? = nil
    /// The folded acronym and the capitalised word after it ("ul solutions"): a name the corpus
    /// writes so, when it never defines the acronym.
    var trailingNameKey: String? = nil
    /// The capitalised word before it and the acronym ("genera pr"): a name ending in it.
    var leadingNameKey: String? = nil
    /// Written in mixed case ("IoT"): an acronym only where the draft or the corpus defines it.
    var isMixedCase = false
    /// Before a numbered code ("BOD 22-01"): the prefix of a document's identifier.
    var opensCode = false
    /// Before a number, one space or a hyphen apart ("MH 17", "MH-17"): the two as one folded
    /// word ("mh17"), a code the corpus may write closed.
    var codeWithNumber: String? = nil
    /// Hyphenated to a number ("DS-157"), or one space before it ("HC 935"): the designation as
    /// written, a form's, a model's or a paper's identifier when the corpus writes it.
    var designation: String? = nil
  }

  /// The candidate acronym uses of one block: upper-case words outside formal references and
  /// shouted sentences, not common abbreviations.
  static func uses(
    in prose: ProseText, references: [ReferenceScanner.Occurrence], text: SourceText, blockStart: Int
  ) -> [Use] {
    var uses: [Use] = []
    // Words in mixed case ("IoT", "CSpO"): kept for the findings to judge.
    for (index, token) in prose.tokens.enumerated() {
      let range = token.originalRange
      guard let acronym = AcronymDefinitions.Acronym(mixedCase: token, in: text),
        index == 0 || !prose.tokens[index - 1].hasText("(") || index + 1 >= prose.tokens.count
          || !prose.tokens[index + 1].hasText(")")
      else { continue }
      uses.append(
        Use(range: range.lowerBound - blockStart..<range.upperBound - blockStart, acronym: acronym, isMixedCase: true))
    }
    guard prose.summary.hasUpperCaseAcronym else { return uses }
    var referenceTokens: Set<Int>? = nil
    for sentence in prose.sentences {
      var words = 0
      var upperCase = 0
      for index in sentence where prose.tokens[index].kind == .word {
        words += 1
        if prose.tokens[index].isUpperCaseAcronym { upperCase += 1 }
      }
      // A shouted sentence ("DO NOT CIRCULATE") has no acronyms to define.
      guard upperCase > 0, words < 3 || upperCase * 2 <= words else { continue }
      var skipUntil = sentence.lowerBound
      for index in sentence where index >= skipUntil {
        let token = prose.tokens[index]
        guard token.kind == .word,
          token.isUpperCaseAcronym || opensLetteredAcronym(at: index, prose.tokens),
          !token.withUTF8({ $0.contains(UInt8(ascii: ".")) }), !hasDigit(token)
        else { continue }
        if referenceTokens == nil { referenceTokens = Set(references.flatMap { Array($0.tokens) }) }
        // ("21PAS": capitals joined to a number are a name's code, not an acronym of their own.)
        guard !referenceTokens!.contains(index), !isInSymbol(index, prose.tokens),
          !Vocabulary.isInWebAddress(index, prose.tokens),
          index == 0 || prose.tokens[index - 1].kind != .number || !prose.tokens[index - 1].touches(token),
          !endsNumberedCode(index, prose.tokens),
          !isJoinedByAmpersand(index, prose.tokens),
          !isEmphasis(token), !isStageDirection(token, in: text), !isPostalAbbreviation(index, prose.tokens),
          !isShipPrefix(index, prose.tokens), !opensCoinedName(index, prose.tokens, text)
        else { continue }
        // "MS-DRG": capitals joined by hyphens are one acronym.
        func single(_ index: Int) -> Use? {
          let token = prose.tokens[index]
          guard let acronym = AcronymDefinitions.Acronym(spelling: text.string(in: token.originalRange)),
            !isExempt(acronym.singular)
          else { return nil }
          let range = token.originalRange
          return Use(
            range: range.lowerBound - blockStart..<range.upperBound - blockStart, acronym: acronym,
            nameKey: AcronymNames.key(at: index, prose.tokens),
            trailingNameKey: AcronymNames.trailingKey(at: index, prose.tokens),
            leadingNameKey: AcronymNames.leadingKey(at: index, prose.tokens),
            opensCode: opensNumberedCode(index, prose.tokens),
            codeWithNumber: codeWithNumber(index, prose.tokens),
            designation: designation(index, prose.tokens, text))
        }
        if let (acronym, end) = AcronymDefinitions.hyphenated(at: index, prose.tokens) {
          skipUntil = end
          // "Title IV-A", "Part II-B": the label of a numbered part, not an acronym.
          if isRomanNumeral(token),
            stride(from: index + 2, to: end, by: 2).allSatisfy({ prose.tokens[$0].utf8Count == 1 })
          {
            continue
          }
          let range = token.originalRange.lowerBound..<prose.tokens[end - 1].originalRange.upperBound
          let parts = stride(from: index, to: end, by: 2).compactMap(single)
          // "US-UK", "EU-US": parts every reader knows make no acronym either.
          if parts.isEmpty,
            stride(from: index, to: end, by: 2).allSatisfy({ isExempt(prose.tokens[$0].text.uppercased()) })
          {
            continue
          }
          // (Before a name's word, "E-VAC Magnetics", it may open a name the corpus writes.)
          var use = Use(
            range: range.lowerBound - blockStart..<range.upperBound - blockStart, acronym: acronym, parts: parts)
          use.trailingNameKey = AcronymNames.trailingKey(at: end - 1, prose.tokens)
          uses.append(use)
          continue
        }
        if let use = single(index) { uses.append(use) }
      }
    }
    // In the order written, the words in mixed case among the others.
    uses.sort { $0.range.lowerBound < $1.range.lowerBound }
    return uses
  }

  /// The postal abbreviations of U.S. states, districts and territories, Canadian provinces and
  /// territories, and Australian states and territories (folded, as tokens are looked up). Not
  /// South Australia's "SA": after a comma it is as often a company's ("Petroleos de Venezuela,
  /// SA").
  static let postalAbbreviations = WordSet([
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me",
    "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
    "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "pr", "gu", "vi", "as", "mp", "ab",
    "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt", "nsw", "vic", "qld", "tas", "act",
  ])

  /// A state's or province's postal abbreviation after a place and a comma ("Nashua, NH",
  /// "Colorado Springs, CO; Gresham, OR"): part of an address, not an acronym to define.
  private static func isPostalAbbreviation(_ index: Int, _ tokens: [Token]) -> Bool {
    if isInParenthesizedPostalList(index, tokens) { return true }
    guard index >= 2, postalAbbreviations.contains(tokens[index]), tokens[index - 1].hasText(","),
      tokens[index - 2].kind == .word, tokens[index - 2].isCapitalized, !tokens[index - 2].isUpperCaseAcronym
    else { return false }
    // Not a word that goes on: "Austin, TX" ends there, or a list or a sentence goes on.
    return index + 1 >= tokens.count || tokens[index + 1].kind == .punctuation
      || !tokens[index + 1].isCapitalized
  }

  /// Two or more postal abbreviations, and nothing else, in parentheses, between commas ("the
  /// Bloch Tech Hub (IL, IN, WI)"): the states something spans.
  private static func isInParenthesizedPostalList(_ index: Int, _ tokens: [Token]) -> Bool {
    guard postalAbbreviations.contains(tokens[index]) else { return false }
    var open = index - 1
    while open >= 0, index - open <= 12, !tokens[open].hasText("(") { open -= 1 }
    guard open >= 0, tokens[open].hasText("(") else { return false }
    var close = index + 1
    while close < tokens.count, close - index <= 12, !tokens[close].hasText(")") { close += 1 }
    guard close < tokens.count, tokens[close].hasText(")") else { return false }
    // Abbreviations at the odd places, commas between.
    let inside = Array(tokens[open + 1..<close])
    guard inside.count >= 3, inside.count % 2 == 1 else { return false }
    return inside.enumerated().allSatisfy { offset, token in
      offset % 2 == 0
        ? token.kind == .word && token.isUpperCaseAcronym && postalAbbreviations.contains(token) : token.hasText(",")
    }
  }

  /// The capitals at `index` and the digits one space or a hyphen after them, as one folded
  /// word ("MH 17", "MH-17": "mh17"), when nothing else is joined to the digits (not another
  /// hyphen either: "BOD 22-01").
  private static func codeWithNumber(_ index: Int, _ tokens: [Token]) -> String? {
    guard let number = SplitCompounds.numberApart(after: index, tokens),
      !SplitCompounds.hyphenWaits(after: number, tokens)
    else { return nil }
    return tokens[index].text + tokens[number].text
  }

  /// The corpus writes the designation itself: hyphenated, as written; with a space, with no
  /// more after the number ("BOD 22" is no designation where the corpus writes "BOD 22-01").
  static func writesDesignation(_ designation: String, _ corpus: Corpus) -> Bool {
    if designation.contains("-") { return corpus.firstUse(of: designation) != nil }
    guard let space = designation.lastIndex(of: " ") else { return false }
    let prefix = WordForms.folded(String(designation[...space]))
    return corpus.codes(after: prefix, limit: 32).contains(String(designation[designation.index(after: space)...]))
  }

  /// The corpus writes the capitals of `designation` ("FR 2052a", with a space) one space before
  /// a code of digits ("FR 2420"): the prefix of a family of designations.
  static func writesDesignationFamily(_ designation: String, _ corpus: Corpus) -> Bool {
    guard let space = designation.lastIndex(of: " ") else { return false }
    return !corpus.codes(after: WordForms.folded(String(designation[...space])), limit: 1).isEmpty
  }

  /// The capitals at `index` hyphenated to a number ("DS-157", "SF-86"), or one space before it
  /// ("HC 935", a parliamentary paper), as written.
  private static func designation(_ index: Int, _ tokens: [Token], _ text: SourceText) -> String? {
    let number: Int
    if SplitCompounds.hyphenJoins(index, tokens) {
      number = index + 2
    } else if index + 1 < tokens.count, tokens[index].range.upperBound + 1 == tokens[index + 1].range.lowerBound,
      !text.string(in: tokens[index].originalRange).contains(where: { $0 == "'" || $0 == "\u{2019}" }),
      index + 2 >= tokens.count || !tokens[index + 1].touches(tokens[index + 2])
        || tokens[index + 2].kind == .punctuation && !tokens[index + 2].hasText("-")
    {
      // (Not "DFAT's 24-hour centre": a possessive, a number of a compound.)
      number = index + 1
    } else {
      return nil
    }
    guard tokens[number].kind == .number else { return nil }
    return text.string(in: tokens[index].originalRange.lowerBound..<tokens[number].originalRange.upperBound)
  }

  /// Capitals before a numbered code, a space between ("BOD 22-01", "ED 20-02", "CD 2024/17"):
  /// the prefix of a document's identifier, read as the identifier is, not an acronym to define.
  private static func opensNumberedCode(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index + 3 < tokens.count, case let number = tokens[index + 1], number.kind == .number,
      tokens[index].range.upperBound + 1 == number.range.lowerBound,
      tokens[index + 2].hasText("-") || tokens[index + 2].hasText("/"), number.touches(tokens[index + 2]),
      tokens[index + 3].kind == .number, tokens[index + 2].touches(tokens[index + 3])
    else { return false }
    return true
  }

  /// Capitals hyphenated after a number ("Form 1099-DA", "Form 1040-SR"): the end of a form's
  /// or a part's code, read with its number, not an acronym to define.
  private static func endsNumberedCode(_ index: Int, _ tokens: [Token]) -> Bool {
    index >= 2 && tokens[index - 1].hasText("-") && tokens[index - 1].touches(tokens[index])
      && tokens[index - 2].kind == .number && tokens[index - 2].touches(tokens[index - 1])
  }

  /// The prefixes of ships' names ("USS Asheville", "HMAS Stirling"): part of the name, not an
  /// acronym to define.
  /// (Folded, as tokens hold their text.)
  static let shipPrefixes = WordSet([
    "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "rfa", "ins", "roks", "js",
  ])

  /// A ship's prefix before a capitalised word that is no acronym ("USS Asheville", "USS
  /// *Missouri*": past emphasis marks).
  private static func isShipPrefix(_ index: Int, _ tokens: [Token]) -> Bool {
    guard shipPrefixes.contains(tokens[index]) else { return false }
    var next = index + 1
    while next < tokens.count, next - index <= 2, tokens[next].hasText("*") || tokens[next].hasText("_") { next += 1 }
    guard next < tokens.count else { return false }
    return tokens[next].kind == .word && tokens[next].isCapitalized && !tokens[next].isUpperCaseAcronym
  }

  /// Capitals hyphenated to a word in mixed case ("IN-SPACe"): one coined name, whose capitals
  /// are no acronym of their own. (Mixed case: a capital after a lower-case letter, or a
  /// lower-case letter other than a plural's "s" after two capitals; not "Pacific", "ROKs".)
  static func opensCoinedName(_ index: Int, _ tokens: [Token], _ text: SourceText) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].hasText("-"), tokens[index].touches(tokens[index + 1]),
      tokens[index + 1].touches(tokens[index + 2]), tokens[index + 2].kind == .word
    else { return false }
    let word = Array(text.string(in: tokens[index + 2].originalRange).unicodeScalars)
    var capitals = 0
    var sawLowerCase = false
    for (offset, scalar) in word.enumerated() {
      if scalar.properties.isUppercase {
        if sawLowerCase { return true }
        capitals += 1
      } else if scalar.properties.isLowercase {
        if capitals >= 2, !(scalar == "s" && offset == word.count - 1) { return true }
        sawLowerCase = true
      }
    }
    return false
  }

  /// A letter joined to capitals that are an acronym ("C-TPAT"), not to a numeral ("H-II").
  private static func opensLetteredAcronym(at index: Int, _ tokens: [Token]) -> Bool {
    AcronymDefinitions.opensLetteredAcronym(at: index, tokens) && !isExempt(tokens[index + 2].text.uppercased())
  }

  /// The corpus's first use of `word` standing as written (`holdsWord`), remembered per word.
  static func writtenAlone(_ word: String, in corpus: Corpus) -> Evidence? {
    corpus.firstUse(of: word, remembering: "holds") { holdsWord(word, in: $0.quote) }
  }

  /// `word` stands in `text` as written (in the same case), between non-letters, and not before a
  /// capitalised word, opening a name or inside one ("UL Solutions", "Acme HMO Plus").
  static func holdsWord(_ word: String, in text: String) -> Bool {
    let text = Array(text.unicodeScalars)
    let word = Array(word.unicodeScalars)
    guard !word.isEmpty, text.count >= word.count else { return false }
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
    // Whether a name's word follows the occurrence, past spaces and other words in capitals: a
    // capital going on in lower case ("UL Solutions", "JAXPORT EXPRESS Project"; not "FACT
    // SHEET: …", a line in capitals).
    func nextIsCapitalized(from index: Int) -> Bool {
      var cursor = index
      while true {
        while cursor < text.count, text[cursor].properties.isWhitespace { cursor += 1 }
        guard cursor < text.count, text[cursor].properties.isUppercase else { return false }
        var end = cursor + 1
        while end < text.count, isWordScalar(text[end]) {
          if text[end].properties.isLowercase { return true }
          end += 1
        }
        cursor = end
      }
    }
    for start in 0...(text.count - word.count) where text[start] == word[0] {
      guard text[start..<start + word.count].elementsEqual(word) else { continue }
      let end = start + word.count
      let before = start > 0 ? text[start - 1] : " "
      let after = end < text.count ? text[end] : " "
      guard !isWordScalar(before), !isWordScalar(after) else { continue }
      if nextIsCapitalized(from: end) { continue }
      return true
    }
    return false
  }

  /// An exempt word, or a Roman numeral from 2 to 39 ("XVII" in "Title XVII", "XXXIX").
  static func isExempt(_ word: String) -> Bool {
    exempt.contains(word) || word.utf8.count >= 2 && isRomanNumeralUpTo39(word)
  }

  /// Whether `word` is a well-formed Roman numeral made of I, V and X: up to three X, then IX,
  /// IV, or an optional V and up to three I ("XIV", "XXVIII"; not "IIII", "VX" or "IXI").
  static func isRomanNumeralUpTo39(_ word: String) -> Bool {
    word.utf8.withContiguousStorageIfAvailable(isRomanNumeralUpTo39) ?? isRomanNumeralUpTo39(Array(word.utf8))
  }

  private static func isRomanNumeralUpTo39(_ bytes: some Collection<UInt8>) -> Bool {
    var rest = bytes[...]
    var tens = 0
    while rest.first == UInt8(ascii: "X"), tens < 3 {
      rest = rest.dropFirst()
      tens += 1
    }
    if rest.elementsEqual("IX".utf8) || rest.elementsEqual("IV".utf8) { return true }
    if rest.first == UInt8(ascii: "V") { rest = rest.dropFirst() }
    return rest.count <= 3 && rest.allSatisfy { $0 == UInt8(ascii: "I") }
  }

  /// A Roman numeral of up to four letters made of I, V and X ("IV", "XII").
  static func isRomanNumeral(_ token: Token) -> Bool {
    token.withUTF8 { bytes in
      bytes.count <= 4
        && bytes.allSatisfy {
          $0 | 0x20 == UInt8(ascii: "i") || $0 | 0x20 == UInt8(ascii: "v") || $0 | 0x20 == UInt8(ascii: "x")
        }
    }
  }

  /// A function word in capitals ("a 25% Tariff on ALL products"): emphasis, not an acronym. (The
  /// World Health Organization is the one such word that is an acronym too.)
  private static func isEmphasis(_ token: Token) -> Bool {
    token.utf8Count >= 3 && token.wordClasses.contains(.function) && !token.hasText("who")
  }

  /// A word of five capitals or more that opens square brackets closed on its line ("[PAUSE]",
  /// "[APPLAUSE]", "[PAUSE for applause]"): a transcript's or a script's direction, not an acronym.
  private static func isStageDirection(_ token: Token, in text: SourceText) -> Bool {
    let range = token.originalRange
    guard token.utf8Count >= 5, range.lowerBound > 0, text.bytes[range.lowerBound - 1] == UInt8(ascii: "[") else {
      return false
    }
    for byte in text.bytes[range.upperBound..<min(text.bytes.count, range.upperBound + 40)] {
      if byte == UInt8(ascii: "]") { return true }
      if byte == 0x0A || byte == UInt8(ascii: "[") { return false }
    }
    return false
  }

  /// Capitals joined to a letter by "&" with no space ("AT&T", "S&P", "R&D"): a company's name
  /// or a pair of initials read as one word, not an acronym a writer expands.
  static func isJoinedByAmpersand(_ index: Int, _ tokens: [Token]) -> Bool {
    func joins(_ ampersand: Int, _ other: Int) -> Bool {
      tokens.indices.contains(ampersand) && tokens.indices.contains(other) && tokens[ampersand].hasText("&")
        && tokens[other].kind == .word
        && tokens[min(ampersand, other)].touches(tokens[max(ampersand, other)])
        && tokens[min(ampersand, index)].touches(tokens[max(ampersand, index)])
    }
    return joins(index + 1, index + 2) || joins(index - 1, index - 2)
  }

  /// True when the word at `index` is part of a symbol written without spaces that holds a slash
  /// and a number ("FCCC/CP/2015/10", "S/RES/2270"), or two numbers ("1-800-273-TALK", a phone
  /// number spelled in letters): a document's code, not an acronym to define. ("COVID-19", with
  /// one number, is still an acronym.)
  static func isInSymbol(_ index: Int, _ tokens: [Token]) -> Bool {
    func touching(_ first: Int) -> Bool { tokens[first].touches(tokens[first + 1]) }
    var start = index
    while start > 0, index - start < 12, touching(start - 1) { start -= 1 }
    var end = index
    while end + 1 < tokens.count, end - index < 12, touching(end) { end += 1 }
    guard start < end else { return false }
    var slash = false
    var numbers = 0
    for token in tokens[start...end] {
      if token.hasText("/") { slash = true }
      if token.kind == .number { numbers += 1 }
    }
    return slash && numbers > 0 || numbers >= 2
  }

  private static func hasDigit(_ token: Token) -> Bool {
    var isASCII = true
    let hasASCIIDigit = token.withUTF8 { bytes in
      for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 { return true }
        if byte >= 0x80 { isASCII = false }
      }
      return false
    }
    return hasASCIIDigit || (!isASCII && token.text.contains(where: \.isNumber))
  }

  /// Ordinary words written in capitals beside each other ("FACT SHEET: One Year of …", a title
  /// as its document writes it): the word at `range` and a neighbour in capitals, each of four
  /// letters or more, that the corpus writes in lower case ("fact", "sheet") are no acronyms.
  static func isCapitalsOfOrdinaryWords(_ range: Range<Int>, in bytes: [UInt8], corpus: Corpus) -> Bool {
    func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    guard range.count >= 4, range.upperBound <= bytes.count, bytes[range].allSatisfy(isCapital) else { return false }
    // The word of capitals after one space, or before one.
    var neighbour: Range<Int>?
    if range.upperBound + 1 < bytes.count, bytes[range.upperBound] == 0x20, isCapital(bytes[range.upperBound + 1]) {
      var end = range.upperBound + 1
      while end < bytes.count, isCapital(bytes[end]) { end += 1 }
      if end == bytes.count || !(bytes[end] >= 0x61 && bytes[end] <= 0x7A) { neighbour = range.upperBound + 1..<end }
    }
    if neighbour == nil, range.lowerBound >= 2, bytes[range.lowerBound - 1] == 0x20,
      isCapital(bytes[range.lowerBound - 2])
    {
      var start = range.lowerBound - 1
      while start > 0, isCapital(bytes[start - 1]) { start -= 1 }
      if start == 0 || !(bytes[start - 1] >= 0x61 && bytes[start - 1] <= 0x7A) {
        neighbour = start..<range.lowerBound - 1
      }
    }
    guard let neighbour, neighbour.count >= 4 else { return false }
    return [range, neighbour].allSatisfy { word in
      writesWord(String(decoding: bytes[word].map { $0 | 0x20 }, as: UTF8.self), as: "in lower case", in: corpus)
    }
  }

  /// Whether the corpus writes `word` as written (its case too), as a whole word, remembered
  /// under `key`: the form's name ("in lower case").
  static func writesWord(_ word: String, as key: String, in corpus: Corpus) -> Bool {
    corpus.firstUse(of: word, remembering: key) { evidence in
      containsWord(Array(word.utf8), in: Array(evidence.quote.utf8))
    } != nil
  }

  /// Whether `word` stands in `text` as written (case and all), between non-letters.
  static func containsWord(_ word: [UInt8], in text: [UInt8]) -> Bool {
    guard !word.isEmpty, text.count >= word.count else { return false }
    func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
    var start = 0
    while start + word.count <= text.count {
      if text[start..<start + word.count].elementsEqual(word),
        start == 0 || !isLetter(text[start - 1]),
        start + word.count == text.count || !isLetter(text[start + word.count])
      {
        return true
      }
      start += 1
    }
    return false
  }

  /// The word before "(" when the bytes at `range` are all that stands in parentheses there (a
  /// line may end between them: "customer experience\n(CX)").
  private static func wordBeforeParenthesis(around range: Range<Int>, in bytes: [UInt8]) -> String? {
    func isSpace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\t")
    }
    guard range.lowerBound >= 3, range.upperBound < bytes.count, bytes[range.lowerBound - 1] == UInt8(ascii: "("),
      bytes[range.upperBound] == UInt8(ascii: ")"), isSpace(bytes[range.lowerBound - 2])
    else { return nil }
    var end = range.lowerBound - 2
    while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
    var start = end
    while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
    let word = String(decoding: bytes[start..<end], as: UTF8.self)
    return word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) && !word.isEmpty ? word : nil
  }

  /// An acronym of three letters or more that one corpus document alone writes, `evidence`'s,
  /// never in lower or title case (a word or a name in capitals: "WHEREAS", "JOHNSON"), and
  /// written there as the short form of a description (`abbreviatesDescription`). Not one that
  /// reads as a word (`readsAsAWord`): a ship, an operation or a product named in capitals ("the
  /// Palau-flagged ABYSS", "the OLYMPICS"), whose name the draft need not expand.
  static func isOneDocumentsShorthand(
    _ acronym: AcronymDefinitions.Acronym, writtenAt evidence: Evidence, in corpus: Corpus
  ) -> Bool {
    let word = acronym.singular
    guard word.unicodeScalars.count >= 3, word.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
      !readsAsAWord(word), Set([word, acronym.spelling]).allSatisfy({ corpus.acronymDocuments($0).using <= 1 })
    else { return false }
    let lower = word.lowercased()
    let title = String(word.prefix(1) + lower.dropFirst())
    guard !writesWord(lower, as: "in lower case", in: corpus), !writesWord(title, as: "in title case", in: corpus),
      let position = corpus.documents.position(of: evidence)
    else { return false }
    return abbreviatesDescription(acronym, in: corpus.documents[position])
  }

  /// Capitals of five letters or more with two vowels or more ("Y" past the first letter
  /// counted): a word or a name written in capitals ("ABYSS", "OLYMPICS") as likely as initials; a
  /// description's initials seldom have more than one ("CBI", "NDPB", "FSAP").
  static func readsAsAWord(_ capitals: String) -> Bool {
    let letters = Array(capitals.utf8)
    guard letters.count >= 5 else { return false }
    let vowels = letters.indices.filter { index in
      "AEIOU".utf8.contains(letters[index]) || (index > 0 && letters[index] == UInt8(ascii: "Y"))
    }
    return vowels.count >= 2
  }

  /// `document` writes the acronym as the short form of a description: after "the" ("the CBI
  /// should", "the 2024 FSAP recommendations") or in the plural ("principal NDPBs") somewhere,
  /// and never, in the singular, as a name's word: beside a capitalised word ("VTB Bank", "Company NTV
  /// Broadcasting"), another word in capitals ("FACT SHEET", "ENERGY STAR") or before a name
  /// going on with "and" or "of" ("the WIDGETS and Science Act"). A company, a programme or a
  /// disease goes without the article ("FLO builds chargers", "use TRICARE", "COVID-19"), and the
  /// corpus's readers know it by that name.
  static func abbreviatesDescription(_ acronym: AcronymDefinitions.Acronym, in document: CorpusDocument) -> Bool {
    let singular = acronym.singular.lowercased()
    let plural = singular + "s"
    var described = false
    for paragraph in document.paragraphs where paragraph.prose.summary.hasUpperCaseAcronym {
      let tokens = paragraph.prose.tokens
      func isWord(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].kind == .word }
      func isNameWord(_ index: Int) -> Bool {
        isWord(index) && (tokens[index].isCapitalized || tokens[index].isUpperCaseAcronym)
          && !tokens[index].wordClasses.contains(.function)
      }
      for index in tokens.indices where tokens[index].kind == .word && tokens[index].isUpperCaseAcronym {
        let written = tokens[index].withoutPossessive
        guard written == singular || written == plural else { continue }
        // (A name is never in the plural: "IMF SDRs" are the IMF's.)
        if written == plural {
          described = true
          continue
        }
        if isNameWord(index - 1) || isNameWord(index + 1) { return false }
        if isWord(index + 1), ["and", "of", "for"].contains(tokens[index + 1].text), isNameWord(index + 2) {
          return false
        }
        if (isWord(index - 1) && tokens[index - 1].text == "the")
          || (index >= 2 && tokens[index - 1].kind == .number && isWord(index - 2) && tokens[index - 2].text == "the")
        {
          described = true
        }
      }
    }
    return described
  }

  static func findings(in context: DocumentContext) -> [Finding] {
    // Definitions in the draft: acronym → byte offset of the definition.
    var definedAt: [String: Int] = [:]
    var definitionTokens = Set<Int>()
    for (acronym, offset) in context.acronymDefinitions {
      // One defined in mixed case is defined in capitals too: "Department of Defense (DoD)"
      // defines a later "DOD".
      for key in Set([acronym, acronym.uppercased()]) {
        definedAt[key] = min(definedAt[key] ?? offset, offset)
      }
      definitionTokens.insert(offset)
    }
    var reported = Set<String>()
    // Acronyms the corpus writes without expanding them, judged once per draft.
    var unexpandedInCorpus = Set<String>()
    var findings: [Finding] = []
    // Whether the last finding is of an acronym that neither the draft nor the corpus defines.
    var lastIsUndefinedEverywhere = false
    for (blockIndex, scan) in context.scans.enumerated() {
      let blockStart = context.blocks[blockIndex].range.lowerBound
      for chain in scan.acronymUses {
        // A hyphenated acronym is one when the draft or the corpus defines it whole, when the
        // corpus writes it whole without defining it (a name: "SSN-AUKUS"), or when it opens with
        // a single letter ("C-TPAT"); otherwise its parts are read one by one.
        let whole = chain.acronym.singular
        let opensWithLetter = whole.dropFirst().first == "-"
        let isOne =
          chain.parts.isEmpty || opensWithLetter || definedAt[whole] != nil || context.corpus.acronymIndex[whole] != nil
          || writtenAlone(chain.acronym.spelling, in: context.corpus) != nil
        let candidates = isOne ? [chain] : chain.parts
        for use in candidates where use.nameKey.map({ !context.corpus.acronymNames.contains($0) }) ?? true {
          let range = blockStart + use.range.lowerBound..<blockStart + use.range.upperBound
          let acronym = use.acronym
          if use.isMixedCase, definedAt[acronym.singular] == nil, context.corpus.acronymIndex[acronym.singular] == nil {
            continue
          }
          if [use.trailingNameKey, use.leadingNameKey].contains(where: { key in
            key.map { context.corpus.acronymNames.contains($0) } ?? false
          }), context.corpus.acronymIndex[acronym.singular] == nil {
            continue
          }
          // After a name, a title the corpus writes after names of its own ("Hugo Keith KC" where
          // the corpus writes "Mr Stein KC" and "Claire Mitchell KC"), and never defines.
          if let key = use.leadingNameKey, let name = key.split(separator: " ").first, !WordForms.isPossessive(name),
            context.corpus.acronymIndex[acronym.singular] == nil,
            context.corpus.titlesAfterNames.contains(acronym.singular.lowercased())
          {
            continue
          }
          let spelling = acronym.spelling
          // The prefix of a document's identifier whose expansion the corpus gives ("BOD 22-01"
          // where the corpus defines "Binding Operational Directive (BOD)", or spells it out in
          // the document that writes "BOD"): the identifier is read as the corpus writes it, not
          // as an acronym the draft must define.
          if use.opensCode,
            context.corpus.acronymIndex[acronym.singular] != nil
              || writtenAlone(acronym.singular, in: context.corpus).map({
                context.corpus.spellsOut(acronym.singular, inDocumentOf: $0)
              }) ?? false
          {
            continue
          }
          // A code the corpus writes closed ("MH17"), written apart ("MH 17"): a variant of the
          // code (`SplitCompounds`), not an acronym.
          if let code = use.codeWithNumber, (context.corpus.vocabulary.wordCounts[code] ?? 0) >= 2 { continue }
          // A designation the corpus writes ("the DS-157"): a form or a model it names so, not
          // an acronym the draft must define.
          if let designation = use.designation, writesDesignation(designation, context.corpus) { continue }
          // One of a family of designations the corpus writes but never expands ("FR 2052a" where
          // the corpus has "FR 2420"): read as the corpus reads its prefix, whether the report is
          // known or not. (Where the corpus expands the capitals, "House of Commons (HC)", a
          // paper it does not write, "HC 936", is no designation it knows.)
          if let designation = use.designation, context.corpus.acronymIndex[acronym.singular] == nil,
            writesDesignationFamily(designation, context.corpus)
          {
            continue
          }
          guard !reported.contains(acronym.singular), !unexpandedInCorpus.contains(acronym.singular) else { continue }
          // Where the one document that writes it unexpanded does so.
          var shorthandEvidence: Evidence? = nil
          let offset = range.lowerBound
          if definitionTokens.contains(offset) { continue }
          if isCapitalsOfOrdinaryWords(range, in: context.text.bytes, corpus: context.corpus) { continue }
          if let defined = definedAt[acronym.singular], defined <= offset { continue }
          // "nuclear-powered submarines (SSNs)" where the corpus writes "submarines (SSNs)": the
          // writer defines it as the sources do.
          if let word = wordBeforeParenthesis(around: range, in: context.text.bytes),
            context.corpus.firstUse(of: "\(word) (\(spelling))") != nil
          {
            definedAt[acronym.singular] = offset
            continue
          }
          // An acronym the corpus writes, in capitals, without ever expanding it ("COVID",
          // "TRICARE", a company's "CVS"): the sources do not expand it for their readers, nor need
          // the draft. Any of its uses may show it alone, not only the first ("Co-CEO of KKR
          // Joseph Bae" before "KKR announced"). (Never in parentheses either, where a definition puts it, nor spelt out in
          // the document that uses it: "the Federal Trade Commission" beside "The FTC".)
          if definedAt[acronym.singular] == nil, context.corpus.acronymIndex[acronym.singular] == nil,
            // (As written or in the singular: "FLO's" of "FLO".)
            let use = (spelling == acronym.singular ? [spelling] : [spelling, acronym.singular]).lazy.compactMap({
              writtenAlone($0, in: context.corpus)
            }).first,
            !context.corpus.writesInParentheses(spelling), !context.corpus.writesInParentheses(acronym.singular),
            !context.corpus.spellsOut(acronym.singular, inDocumentOf: use),
            // (Nor spelt out in another document: "Department of Foreign Affairs and Trade" in one
            // release, "DFAT" in another. Its readers meet the name; the draft's should too.)
            !context.corpus.acronymsSpelledOut.contains(acronym.singular)
          {
            // Unless one document alone writes it ("the CBI should continue", "ECOWAS" in one
            // statement): that document's shorthand, its expansion left to a page the corpus does
            // not hold, is no currency the corpus's readers share.
            guard isOneDocumentsShorthand(acronym, writtenAt: use, in: context.corpus) else {
              unexpandedInCorpus.insert(acronym.singular)
              continue
            }
            shorthandEvidence = use
          }
          // One the corpus defines in a quarter of the documents that use it at most, six or
          // more ("AUKUS", defined where the partnership was announced and used alone after): its
          // readers know it, and the draft's do too. (Not one a knowledge file defines: a team
          // wants it expanded.)
          if definedAt[acronym.singular] == nil, let known = context.corpus.acronymIndex[acronym.singular],
            known.origin == .derived, case let documents = context.corpus.acronymDocuments(acronym.singular),
            documents.using >= 6, documents.defining * 4 <= documents.using
          {
            unexpandedInCorpus.insert(acronym.singular)
            continue
          }
          // A label opening the block that defines it ("- BRIC: the Building Resilient …
          // (BRIC) program", "**If asked about the AfD:** the Alternative for Deutschland (AfD)
          // …") names what the block then defines: the acronym ends it, at its first colon, a
          // few words in.
          if let defined = definedAt[acronym.singular], defined > offset {
            let block = context.blocks[blockIndex]
            let bytes = context.text.bytes
            if let first = block.segments.first, let last = block.segments.last,
              range.lowerBound - first.range.lowerBound <= 60,
              !bytes[first.range.lowerBound..<range.lowerBound].contains(where: {
                $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!")
              }),
              range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: ":"),
              defined < last.range.upperBound
            {
              continue
            }
          }
          reported.insert(acronym.singular)
          let known = context.corpus.acronymIndex[acronym.singular]
          let laterLine = definedAt[acronym.singular].map { context.text.line(containing: $0) + 1 }
          let message: String
          if let laterLine {
            message = "\"\(spelling)\" is used before its expansion on line \(laterLine)"
          } else if let known {
            message = "\"\(spelling)\" is not expanded in this draft; the corpus defines it as \(known.expansion)"
          } else if shorthandEvidence != nil {
            message = "\"\(spelling)\" is not expanded in this draft; one corpus document uses it, unexpanded"
          } else {
            message = "\"\(spelling)\" is not expanded in this draft"
          }
          var fixes: [Fix] = []
          if let known {
            // Expanding at first use is certain only when the draft does not define it later.
            let text = "\(known.expansion) (\(spelling))"
            fixes.append(
              Fix(
                title: "Expand to \"\(text)\"", edits: [TextEdit(range: range, newText: text)],
                isCertain: laterLine == nil))
          }
          // Two undefined acronyms one space apart that neither draft nor corpus defines are one
          // name's ("ON RRP", the overnight reverse repurchase facility): one finding.
          if known == nil, laterLine == nil, lastIsUndefinedEverywhere, let previous = findings.last,
            previous.range.upperBound + 1 == range.lowerBound,
            context.text.bytes[previous.range.upperBound] == 0x20
          {
            let joined = previous.range.lowerBound..<range.upperBound
            findings[findings.count - 1] = Finding(
              rule: rule, message: "\"\(context.text.string(in: joined))\" is not expanded in this draft",
              range: joined,
              evidence: [], fixes: [])
            continue
          }
          findings.append(
            Finding(
              rule: rule, message: message, range: range,
              evidence: known.map { Array($0.evidence.prefix(1)) } ?? shorthandEvidence.map { [$0] } ?? [],
              fixes: fixes))
          lastIsUndefinedEverywhere = known == nil && laterLine == nil
        }
      }
    }
    return findings
  }
}
