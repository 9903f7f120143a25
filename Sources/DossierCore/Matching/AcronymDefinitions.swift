/// Finds acronym definitions in prose: "weapons of mass destruction (WMDs)", "National
/// Development Complex (NDC)", "intercontinental ballistic missile (ICBM)", and the reverse
/// "NDC (National Development Complex)". The expansion's initials must spell the acronym.
public enum AcronymDefinitions {
  public struct Acronym: Sendable, Hashable {
    /// "WMD" for both "WMD" and "WMDs".
    public var singular: String
    /// As written: "WMDs".
    public var spelling: String
    public var isPlural: Bool

    private enum ASCIIReading {
      case acronym(singular: String, plural: Bool)
      case notAnAcronym
      case notASCII
    }

    /// The rules of `init(spelling:)` on the bytes of an ASCII spelling (nearly every acronym),
    /// read in place.
    private static func readASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIReading {
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return .notASCII }
      let hyphen = UInt8(ascii: "-")
      guard bytes.allSatisfy({ Tokenizer.isASCIILetter($0) || $0 == UInt8(ascii: "'") || $0 == hyphen }) else {
        return .notAnAcronym
      }
      // "MS-DRG": hyphens only between capitals, one at a time.
      for (offset, byte) in bytes.enumerated() where byte == hyphen {
        guard offset > 0, offset + 1 < bytes.count, bytes[offset - 1] != hyphen, bytes[offset + 1] != hyphen,
          bytes[offset + 1] != UInt8(ascii: "s") || offset + 2 < bytes.count
        else { return .notAnAcronym }
      }
      func isUpper(_ byte: UInt8) -> Bool { (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == hyphen }
      var end = bytes.count
      var plural = false
      if end >= 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] == UInt8(ascii: "s") {
        end -= 2
        plural = true
      } else if end >= 1, bytes[end - 1] == UInt8(ascii: "s"), bytes[..<(end - 1)].allSatisfy(isUpper) {
        end -= 1
        plural = true
      }
      guard end >= 2, bytes[..<end].allSatisfy(isUpper), bytes[end - 1] != hyphen else { return .notAnAcronym }
      return .acronym(
        singular: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self), plural: plural)
    }

    /// Reads an acronym written in mixed case ("IoT", "CSpO", "DoD"): two to six ASCII letters,
    /// the first a capital, two capitals or more and a lower-case letter. Such a word is an
    /// acronym only where it is defined (names are written so too: "McKinsey", "GitHub").
    public init?(mixedCase spelling: String) {
      var spelling = spelling
      guard spelling.withUTF8(Self.isMixedCase) else { return nil }
      singular = spelling
      self.spelling = spelling
      isPlural = false
    }

    /// Two to six ASCII letters, the first and at least one other upper case, and at least one
    /// lower case ("DoD", "FinCEN"; not "Iran" or "WMD").
    private static func isMixedCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard (2...6).contains(bytes.count), bytes[0] &- UInt8(ascii: "A") < 26 else { return false }
      var upper = 0
      var lower = 0
      for byte in bytes {
        if byte &- UInt8(ascii: "A") < 26 {
          upper += 1
        } else if byte &- UInt8(ascii: "a") < 26 {
          lower += 1
        } else {
          return false
        }
      }
      return upper >= 2 && lower >= 1
    }

    /// The acronym in mixed case a token is, as written in `source` (`init(mixedCase:)`); nil
    /// for any other token, settled on its flags and original bytes before any text is made.
    init?(mixedCase token: Token, in source: SourceText) {
      guard token.kind == .word, token.isCapitalized, !token.isUpperCaseAcronym, token.utf8Count <= 6 else {
        return nil
      }
      let range = token.originalRange
      guard range.upperBound <= source.bytes.count,
        source.bytes.withUnsafeBufferPointer({ Self.isMixedCase(UnsafeBufferPointer(rebasing: $0[range])) })
      else { return nil }
      // (Settled on the bytes: the spelling is not tested again.)
      let spelling = source.string(in: range)
      singular = spelling
      self.spelling = spelling
      isPlural = false
    }

    /// Reads an acronym token's original spelling: two or more capitals, optionally a plural "s".
    public init?(spelling: String) {
      var text = spelling
      switch text.withUTF8(Self.readASCII) {
      case .acronym(let singular, let plural):
        self.singular = singular
        self.spelling = spelling
        self.isPlural = plural
        return
      case .notAnAcronym: return nil
      case .notASCII: break
      }
      let letters = spelling.unicodeScalars.filter { $0.properties.isAlphabetic }
      guard letters.count >= 2, spelling.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" })
      else { return nil }
      var body = spelling
      var plural = false
      if body.hasSuffix("'s") {
        body.removeLast(2)
        plural = true
      } else if body.hasSuffix("s"), body.dropLast().allSatisfy(\.isUppercase) {
        body.removeLast()
        plural = true
      }
      guard body.count >= 2, body.allSatisfy(\.isUppercase) else { return nil }
      self.singular = body
      self.spelling = spelling
      self.isPlural = plural
    }
  }

  public struct Definition: Sendable, Hashable {
    public var acronym: Acronym
    /// Token index of the acronym.
    public var acronymToken: Int
    /// Tokens of the expansion.
    public var expansion: Range<Int>
    /// Tokens of the whole definition, parentheses included.
    public var tokens: Range<Int>
  }

  static let skippable: Set<String> = ["of", "and", "the", "for", "on", "in", "to", "&", "de", "a", "an", "at", "by"]

  /// `source` is the text `prose` was read from: with it, acronyms in mixed case ("IoT") are read
  /// too.
  /// `sharedExpansions` (a draft's definitions, not a corpus's): whether two acronyms in one
  /// parenthesis, spelt together by the words before, are each defined by those words ("(CAM
  /// NC)"), and an acronym alone in parentheses after a long name is defined whatever its letters
  /// ("the Organization of Defensive Innovation and Research (SPND)"). A draft's use is then
  /// defined, but there is no expansion of its own to show, so a corpus derives none from these.
  public static func definitions(in prose: ProseText, source: SourceText? = nil, sharedExpansions: Bool = false)
    -> [Definition]
  {
    let tokens = prose.tokens
    var found: [Definition] = []
    // "Internet of Things (IoT)": an acronym in mixed case, alone in parentheses, read from the
    // text as written.
    if let source {
      for index in tokens.indices.dropFirst() where index + 1 < tokens.count && tokens[index - 1].hasText("(") {
        guard tokens[index + 1].hasText(")"), let acronym = Acronym(mixedCase: tokens[index], in: source),
          let definition = backwardDefinition(of: acronym, at: index, closing: index + 1, tokens)
        else { continue }
        found.append(definition)
      }
    }
    // Every other definition holds an upper-case acronym.
    guard prose.summary.hasUpperCaseAcronym else { return found }
    for index in tokens.indices
    where tokens[index].kind == .word && (tokens[index].isUpperCaseAcronym || opensLetteredAcronym(at: index, tokens)) {
      // "COPs – which stands for ‘Conference of the Parties’".
      if tokens[index].isUpperCaseAcronym, let definition = standsFor(at: index, tokens, prose) {
        found.append(definition)
        continue
      }
      // "(MS-DRG)": a hyphenated acronym in parentheses.
      if index > 0, tokens[index - 1].hasText("("), let (acronym, end) = hyphenated(at: index, tokens),
        end < tokens.count, tokens[end].hasText(")")
      {
        if let definition = backwardDefinition(of: acronym, at: index, closing: end, tokens) {
          found.append(definition)
        } else if let cut = acronym.singular.lastIndex(of: "-"),
          acronym.singular.index(after: cut) == acronym.singular.index(before: acronym.singular.endIndex),
          let shorter = Acronym(spelling: String(acronym.singular[..<cut])),
          var definition = backwardDefinition(of: shorter, at: index, closing: end, tokens)
        {
          // "H-II Transfer Vehicle (HTV-X)": a last letter of its own names a version, which the
          // expansion need not spell.
          definition.acronym = acronym
          found.append(definition)
        }
        continue
      }
      // (A single letter opens no other kind of definition.)
      guard tokens[index].isUpperCaseAcronym else { continue }
      // "what was known as the reasonable worst case scenario, the RWCS,": an acronym in
      // apposition, after a comma and "the", ending the clause, names the words before the comma
      // that spell it.
      if index >= 4, tokens[index - 1].hasText("the"), tokens[index - 2].hasText(","),
        index + 1 >= tokens.count || tokens[index + 1].kind == .punctuation && !tokens[index + 1].hasText("-"),
        let acronym = acronym(tokens[index], prose),
        let definition = definition(of: acronym, at: index, endingAt: index - 2, closing: index, tokens),
        hasWords(definition, tokens)
      {
        found.append(definition)
        continue
      }
      // "the South African National Roads Agency – SANRAL – has awarded", "(Servicio Bolivariano
      // de Inteligencia Nacional – SEBIN)": an acronym after a dash with a space either side
      // names the words before the dash that spell it.
      if index >= 3, tokens[index - 1].hasText("-"), !tokens[index - 2].touches(tokens[index - 1]),
        !tokens[index - 1].touches(tokens[index]), tokens[index - 2].kind == .word,
        let acronym = acronym(tokens[index], prose),
        let definition = definition(of: acronym, at: index, endingAt: index - 1, closing: index, tokens),
        hasWords(definition, tokens)
      {
        found.append(definition)
        continue
      }
      // "Submarine Rotational Force-West (SRF-West)": an acronym and a word joined by a hyphen,
      // after words ending in that word joined so: the words before it spell the acronym.
      // (Or written apart: "ASEAN Defence Ministers’ Meeting Plus (ADMM-Plus)".)
      if index >= 4, index + 3 < tokens.count, tokens[index - 1].hasText("("), tokens[index + 1].hasText("-"),
        tokens[index + 2].kind == .word, !tokens[index + 2].isUpperCaseAcronym, tokens[index + 3].hasText(")"),
        tokens[index].touches(tokens[index + 1]), tokens[index + 1].touches(tokens[index + 2]),
        tokens[index - 2].textValue == tokens[index + 2].textValue,
        case let joined = tokens[index - 3].hasText("-") && tokens[index - 3].touches(tokens[index - 2]),
        joined || tokens[index - 3].kind == .word,
        let acronym = acronym(tokens[index], prose),
        let definition = definition(
          of: acronym, at: index, endingAt: joined ? index - 3 : index - 2, closing: index + 3, tokens)
      {
        found.append(definition)
        continue
      }
      // "Agriculture Innovation Mission for Climate (AIM for Climate)": an acronym and up to
      // three words, after words ending in those words: the words before them spell the acronym.
      // (Or the number the name ends with: "Presidential Determination 2021-05 (PD 2021-05)".)
      if index >= 2, index + 2 < tokens.count, tokens[index - 1].hasText("("),
        let closing = (index + 2...min(index + 4, tokens.count - 1)).first(where: { tokens[$0].hasText(")") }),
        case let tail = closing - index - 1, index - 1 - tail > 0,
        (1...tail).allSatisfy({ offset in
          let token = tokens[index + offset]
          let isPart =
            token.kind == .word && !token.isUpperCaseAcronym || token.kind == .number
            || token.hasText("-") && offset > 1 && offset < tail
          return isPart && token.textValue == tokens[index - 1 - tail + offset - 1].textValue
        }),
        let acronym = acronym(tokens[index], prose),
        let definition = definition(of: acronym, at: index, endingAt: index - 1 - tail, closing: closing, tokens)
      {
        found.append(definition)
        continue
      }
      // "Sudan People's Liberation Movement/Army (SPLM/A)": an acronym and a letter after a slash,
      // after two words joined so, the second opening with that letter: the words before the
      // slash spell the acronym.
      if index >= 4, index + 3 < tokens.count, tokens[index - 1].hasText("("), tokens[index + 1].hasText("/"),
        tokens[index + 2].kind == .word, tokens[index + 2].utf8Count == 1, tokens[index + 2].isCapitalized,
        tokens[index + 3].hasText(")"), tokens[index].touches(tokens[index + 1]),
        tokens[index + 1].touches(tokens[index + 2]), tokens[index - 3].hasText("/"),
        tokens[index - 4].touches(tokens[index - 3]), tokens[index - 3].touches(tokens[index - 2]),
        tokens[index - 2].kind == .word, tokens[index - 2].isCapitalized,
        tokens[index - 2].text.first == tokens[index + 2].text.first,
        let acronym = acronym(tokens[index], prose),
        let definition = definition(of: acronym, at: index, endingAt: index - 3, closing: index + 3, tokens)
      {
        found.append(definition)
        continue
      }
      // "(COVID-19)": an acronym with a number joined by a hyphen defines the acronym.
      if index > 0, index + 3 < tokens.count, tokens[index - 1].hasText("("), tokens[index + 1].hasText("-"),
        tokens[index + 2].kind == .number, tokens[index + 3].hasText(")"),
        tokens[index].touches(tokens[index + 1]),
        let acronym = acronym(tokens[index], prose),
        let definition = backwardDefinition(of: acronym, at: index, closing: index + 3, tokens)
      {
        found.append(definition)
        continue
      }
      // "(CAM NC)", "(NC TAR)": two acronyms in one parenthesis name one thing; the expansion
      // spells them together, and defines each.
      // So do two joined by a slash: "anti-money laundering and countering the financing of
      // terrorism (AML/CFT)".
      let slashed = index + 1 < tokens.count && tokens[index + 1].hasText("/")
      let secondIndex = slashed ? index + 2 : index + 1
      if sharedExpansions, index > 0, secondIndex + 1 < tokens.count, tokens[index - 1].hasText("("),
        tokens[secondIndex].kind == .word, tokens[secondIndex].isUpperCaseAcronym,
        tokens[secondIndex + 1].hasText(")"),
        !slashed || tokens[index].touches(tokens[index + 1]) && tokens[index + 1].touches(tokens[secondIndex]),
        let first = acronym(tokens[index], prose), let second = acronym(tokens[secondIndex], prose),
        let joined = Acronym(spelling: first.singular + second.singular),
        let definition = backwardDefinition(of: joined, at: index, closing: secondIndex + 1, tokens)
          ?? shortening(of: joined, at: index, closing: secondIndex + 1, tokens)
      {
        found.append(
          Definition(acronym: first, acronymToken: index, expansion: definition.expansion, tokens: definition.tokens))
        found.append(
          Definition(
            acronym: second, acronymToken: secondIndex, expansion: definition.expansion, tokens: definition.tokens))
        continue
      }
      // "the New Strategic Arms Reduction Treaty (New START)": a short name of a capitalised word
      // and the acronym, the words before its parenthesis (past that word) spelling the acronym.
      if index >= 2, index + 1 < tokens.count, tokens[index - 2].hasText("("), tokens[index + 1].hasText(")"),
        tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized, !tokens[index - 1].isUpperCaseAcronym,
        let acronym = acronym(tokens[index], prose),
        let definition = backwardDefinition(of: acronym, at: index - 1, closing: index + 1, tokens)
      {
        found.append(
          Definition(acronym: acronym, acronymToken: index, expansion: definition.expansion, tokens: definition.tokens))
        continue
      }
      // "the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive
      // Arms (New START Treaty)": a short name of a capitalised word, the acronym and an
      // instrument's word, right after a long name, is the writer's definition, as "(SPND)" is.
      if sharedExpansions, index >= 2, index + 2 < tokens.count, tokens[index - 2].hasText("("),
        tokens[index + 2].hasText(")"), tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
        !tokens[index - 1].isUpperCaseAcronym, tokens[index + 1].kind == .word,
        tokens[index + 1].wordClasses.contains(.instrument), let acronym = acronym(tokens[index], prose),
        isLongName(endingAt: index - 2, tokens)
      {
        found.append(
          Definition(
            acronym: acronym, acronymToken: index, expansion: index - 2..<index - 2, tokens: index - 2..<index + 3))
        continue
      }
      guard index > 0, index + 1 < tokens.count, tokens[index - 1].hasText("("), tokens[index + 1].hasText(")") else {
        // A transcript editor's "ACR [expansion]" ("OMT [Outright Monetary Transactions]"): the
        // brackets are left out of prose, so they are read from the text.
        if let source, let acronym = acronym(tokens[index], prose),
          let expansion = bracketedExpansion(after: index, tokens, source),
          expansionMatches(acronym.singular, words: Array(tokens[expansion]))
        {
          found.append(
            Definition(
              acronym: acronym, acronymToken: index, expansion: expansion, tokens: index..<expansion.upperBound))
          continue
        }
        // "ACR (expansion)"
        if index + 2 < tokens.count, tokens[index + 1].hasText("("), let acronym = acronym(tokens[index], prose),
          let close = tokens[(index + 2)...].firstIndex(where: { $0.hasText(")") }),
          // (Twelve words at most, whatever commas and hyphens are between them: "DREAMS
          // (Determined, Resilient, Empowered, AIDS-Free, Mentored, and Safe)".)
          tokens[(index + 2)..<close].count(where: { $0.kind == .word }) <= 12,
          expansionMatches(acronym.singular, words: Array(tokens[(index + 2)..<close]))
        {
          found.append(
            Definition(acronym: acronym, acronymToken: index, expansion: index + 2..<close, tokens: index..<close + 1))
        }
        continue
      }
      guard let acronym = acronym(tokens[index], prose) else { continue }
      if let definition = backwardDefinition(of: acronym, at: index, closing: index + 1, tokens) {
        found.append(definition)
      } else if sharedExpansions, let definition = shortening(of: acronym, at: index, closing: index + 1, tokens) {
        found.append(definition)
      } else if sharedExpansions, isLongName(endingAt: index - 1, tokens) {
        // "the Organization of Defensive Innovation and Research (SPND)": an acronym alone in
        // parentheses right after a name of three capitalised words or more is the writer's
        // definition, whatever language or letters it is made from. A draft's use after it is
        // defined; the name is no expansion a corpus could derive.
        found.append(
          Definition(
            acronym: acronym, acronymToken: index, expansion: index - 1..<index - 1, tokens: index - 1..<index + 2))
      }
    }
    // "VTB Bank (VTB)", "the CHIPS and Science Act (CHIPS)": a name holding the acronym itself
    // gives its short form, not the acronym's expansion.
    return found.filter { definition in
      let folded = definition.acronym.singular.lowercased()
      return !tokens[definition.expansion].contains { $0.kind == .word && $0.text == folded }
    }
  }

  /// A writer's own shortening of a lower-case phrase before the parenthesis at `index - 1`
  /// (closing at `closing`), which a draft's use after it takes as defined; a corpus derives no
  /// expansion from it:
  /// - "perfluorobutane sulfonic acid (PFBS)": a common noun ending the name gives no letter;
  /// - "the interest rate paid on required and excess reserve balances (IOER)", "interest rate
  ///   paid on reserve balances (IORB)": the letters are the initials of some of its words, in
  ///   order, from its first (three words at most give none), its last word giving one or not.
  private static func shortening(of acronym: Acronym, at index: Int, closing: Int, _ tokens: [Token])
    -> Definition?
  {
    guard index >= 3, tokens[index - 2].kind == .word, !tokens[index - 2].isCapitalized else { return nil }
    for (end, silent) in [(index - 2, 0), (index - 2, 3), (index - 1, 3)] {
      guard
        let definition = definition(
          of: acronym, at: index, endingAt: end, closing: closing, tokens, silentWords: silent),
        hasWords(definition, tokens)
      else { continue }
      return Definition(
        acronym: acronym, acronymToken: index, expansion: definition.expansion.lowerBound..<index - 1,
        tokens: definition.tokens)
    }
    return nil
  }

  /// The words in square brackets right after the token at `index` ("OMT [Outright Monetary
  /// Transactions]"), twelve at most, as the text writes them (prose leaves brackets out).
  private static func bracketedExpansion(after index: Int, _ tokens: [Token], _ source: SourceText) -> Range<Int>? {
    let bytes = source.bytes
    func gap(_ after: Int) -> ArraySlice<UInt8> {
      let start = tokens[after].originalRange.upperBound
      // (After the last word, the bytes up to the line's end.)
      let end =
        after + 1 < tokens.count
        ? tokens[after + 1].originalRange.lowerBound
        : bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      return start < end ? bytes[start..<end] : []
    }
    let opening = gap(index)
    guard index + 1 < tokens.count, opening.contains(UInt8(ascii: "[")),
      opening.allSatisfy({ $0 == UInt8(ascii: "[") || $0 == 0x20 })
    else { return nil }
    var last = index + 1
    while last < tokens.count, last - index <= 12 {
      if gap(last).contains(UInt8(ascii: "]")) { return index + 1..<last + 1 }
      if gap(last).contains(UInt8(ascii: "[")) { return nil }
      last += 1
    }
    return nil
  }

  /// Whether the words before `end` (a parenthesis) are a name of three capitalised words or
  /// more, with only function words ("of", "and") between them.
  private static func isLongName(endingAt end: Int, _ tokens: [Token]) -> Bool {
    var cursor = end - 1
    // A company's legal form ends its name: "Russian Financial Corporation Bank JSC (RFC)".
    var last = end
    while cursor >= 1, legalForms.contains(tokens[cursor]) {
      cursor -= 1
      last = cursor + 1
    }
    guard last > 0 else { return false }
    var capitalised = 0
    while cursor >= 0, tokens[cursor].kind == .word {
      let token = tokens[cursor]
      // (A sentence's first word is capitalised whatever it is.)
      let opensSentence = cursor == 0 || tokens[cursor - 1].hasText(in: [".", "!", "?", ":", ";"])
      if token.isCapitalized, !token.isUpperCaseAcronym, !token.wordClasses.contains(.function), !opensSentence {
        capitalised += 1
      } else if !token.wordClasses.contains(.function) || token.isCapitalized {
        break
      }
      cursor -= 1
    }
    return capitalised >= 3 && tokens[last - 1].isCapitalized
  }

  /// Companies' legal forms, which close their names.
  static let legalForms = WordSet([
    "jsc", "pjsc", "ojsc", "cjsc", "llc", "ltd", "plc", "inc", "corp", "gmbh", "ag", "sa", "nv", "bv", "spa", "llp",
    "lp",
  ])

  /// "expansion (ACR)": walks back from the "(" before `index` collecting words (hyphens and "&"
  /// included) until their initials spell the acronym.
  private static func backwardDefinition(of acronym: Acronym, at index: Int, closing: Int, _ tokens: [Token])
    -> Definition?
  {
    if let quoted = quotedDefinition(of: acronym, at: index, closing: closing, tokens) { return quoted }
    // "the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA)": a
    // citation in parentheses between the expansion and the acronym is read past, and so are two
    // ("… Act of 2012 (subtitle D of title XII of Public Law 112-239) (22 U.S.C. 8801) (IFCA)").
    let start = pastParentheses(before: index - 1, tokens)
    if let definition = definition(of: acronym, at: index, endingAt: start, closing: closing, tokens) {
      return definition
    }
    // "the Protecting Europe's Energy Security Act of 2019 (…), as amended by section 1242 of the
    // National Defense Authorization Act for Fiscal Year 2021 (Public Law 116-283) (PEESA)": the
    // instrument as amended is the one named.
    var cursor = start - 1
    while cursor > 1, start - cursor <= 30 {
      if tokens[cursor].hasText("as"), cursor + 1 < start, tokens[cursor + 1].hasText("amended"),
        tokens[cursor - 1].hasText(",")
      {
        let end = pastParentheses(before: cursor - 1, tokens)
        return definition(of: acronym, at: index, endingAt: end, closing: closing, tokens).flatMap {
          hasWords($0, tokens) ? $0 : nil
        }
      }
      cursor -= 1
    }
    return nil
  }

  /// Where a definition's words may end, before `end`: before one or two citations in
  /// parentheses right before it.
  private static func pastParentheses(before end: Int, _ tokens: [Token]) -> Int {
    var start = end
    for _ in 0..<2 where start >= 2 && tokens[start - 1].hasText(")") {
      var cursor = start - 2
      while cursor > 0, start - cursor <= 24, !tokens[cursor].hasText("("), !tokens[cursor].hasText(")") { cursor -= 1 }
      guard cursor > 0, tokens[cursor].hasText("(") else { break }
      start = cursor
    }
    return start
  }

  /// Read past anything, the expansion must be two words at least ("the Commission of 2020
  /// (CO)" defines nothing).
  private static func hasWords(_ definition: Definition, _ tokens: [Token]) -> Bool {
    definition.expansion.filter { tokens[$0].kind == .word }.count >= 2
  }

  /// The expansion of `acronym` (at `index`, its parenthesis closing at `closing`) in the words
  /// that end at `start`.
  private static func definition(
    of acronym: Acronym, at index: Int, endingAt start: Int, closing: Int, _ tokens: [Token], silentWords: Int = 0
  ) -> Definition? {
    let letters = acronym.singular.utf8.filter { $0 != UInt8(ascii: "-") }.count
    // The words before `end`, walked back until their initials spell the acronym. A comma between
    // two capitalised words is read past: a name that lists ("Comprehensive Iran Sanctions,
    // Accountability, and Divestment Act").
    func walk(from end: Int) -> Definition? {
      var start = end
      var last = end
      var words: [Token] = []
      while start > 0, words.count < letters + 4 {
        let previous = tokens[start - 1]
        if previous.hasText(","), start >= 2, tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized,
          let next = words.first, next.isCapitalized || next.hasText("and")
        {
          start -= 1
          continue
        }
        // So is a comma of a list of words the "and" or "or" after it closes: "illegal,
        // unreported and unregulated (IUU)".
        if previous.hasText(","), start >= 2, tokens[start - 2].kind == .word, words.first?.kind == .word,
          words.contains(where: { $0.hasText("and") || $0.hasText("or") })
        {
          start -= 1
          continue
        }
        // A company's abbreviation right before the parenthesis: "Petroleos de Venezuela, SA.
        // (PDVSA)".
        if start == end, previous.hasText("."), start >= 2, tokens[start - 2].kind == .word,
          tokens[start - 2].touches(previous)
        {
          start -= 1
          last = start
          continue
        }
        // A plural's possessive apostrophe is part of its word: "North American Leaders' Summit".
        if isPossessiveApostrophe(start - 1, tokens) {
          start -= 1
          continue
        }
        // (A slash between two words joins two names spelt together: "myalgic
        // encephalomyelitis/chronic fatigue syndrome (ME/CFS)".)
        if previous.kind == .punctuation, !previous.hasText("-"), !previous.hasText("&"),
          !(previous.hasText("/") && start >= 2 && tokens[start - 2].kind == .word
            && tokens[start - 2].touches(previous) && previous.touches(tokens[start]))
        {
          break
        }
        words.insert(previous, at: 0)
        start -= 1
        if previous.kind != .punctuation, expansionMatches(acronym.singular, words: words, silentWords: silentWords),
          !skippable.contains(previous.text)
        {
          return Definition(
            acronym: acronym, acronymToken: index, expansion: start..<last, tokens: start..<closing + 1)
        }
      }
      return nil
    }
    func hasWords(_ definition: Definition) -> Bool { Self.hasWords(definition, tokens) }
    if let definition = walk(from: start), start == index - 1 || hasWords(definition) { return definition }
    // "… Treaty of 1996 (CTBT)", "…, signed July 1, 1968 (NPT)", "…, 50 U.S.C. 1601 (NEA)", "…
    // Act for Fiscal Year 2012 (NDAA)": a year, a date or a citation after a comma, "of" or "for"
    // is read past.
    var cut = start - 1
    while cut > 0, start - cut <= 10 {
      if tokens[cut].hasText(",") || tokens[cut].hasText("of") || tokens[cut].hasText("for"),
        (cut + 1..<start).contains(where: { tokens[$0].kind == .number })
      {
        if let definition = walk(from: cut), hasWords(definition) { return definition }
        // "the Syria Accountability and Lebanese Sovereignty Restoration Act of 2003, Public Law
        // 108-175 (SAA)".
        if let definition = capitalisedName(of: acronym, at: index, before: cut, closing: closing, tokens) {
          return definition
        }
      }
      cut -= 1
    }
    return capitalisedName(of: acronym, at: index, before: start, closing: closing, tokens)
  }

  /// "ACR stands for Expansion", "ACRs – which stands for ‘Expansion’", "“NARA” refers to the
  /// National Archives and Records Administration", "“CISA” means …": the acronym, a few
  /// punctuation marks or "which", "stands for" (or "refers to", "means", "shall mean", "is short
  /// for"), and the words whose initials spell it (in quotation marks or up to the clause's end).
  private static func standsFor(at index: Int, _ tokens: [Token], _ prose: ProseText) -> Definition? {
    var cursor = index + 1
    while cursor < tokens.count, cursor - index <= 3,
      tokens[cursor].kind == .punctuation || tokens[cursor].hasText("which")
    {
      cursor += 1
    }
    // "stands for", "refers to", "means", "shall mean", "is short for".
    var start: Int
    if cursor + 1 < tokens.count, tokens[cursor].hasText("stands") || tokens[cursor].hasText("refers"),
      tokens[cursor + 1].hasText("for") || tokens[cursor + 1].hasText("to")
    {
      start = cursor + 2
    } else if cursor < tokens.count, tokens[cursor].hasText("means") {
      start = cursor + 1
    } else if cursor + 1 < tokens.count, tokens[cursor].hasText("shall"), tokens[cursor + 1].hasText("mean") {
      start = cursor + 2
    } else if cursor + 2 < tokens.count, tokens[cursor].hasText("is"), tokens[cursor + 1].hasText("short"),
      tokens[cursor + 2].hasText("for")
    {
      start = cursor + 3
    } else {
      return nil
    }
    guard let acronym = acronym(tokens[index], prose) else { return nil }
    let quotes: [StaticString] = ["'", "\"", "\u{2018}", "\u{201C}", "\u{2019}", "\u{201D}"]
    if start < tokens.count, tokens[start].hasText(in: quotes) { start += 1 }
    // A leading article gives no letter ("refers to the National Archives …").
    if start + 1 < tokens.count,
      tokens[start].hasText("the") || tokens[start].hasText("a") || tokens[start].hasText("an"),
      tokens[start + 1].isCapitalized
    {
      start += 1
    }
    var words: [Token] = []
    var end = start
    while end < tokens.count, end - start < 16 {
      let token = tokens[end]
      if token.kind == .punctuation, !token.hasText("-"), !token.hasText("&") { break }
      words.append(token)
      end += 1
      if token.kind != .punctuation, expansionMatches(acronym.singular, words: words) {
        var close = end
        if close < tokens.count, tokens[close].hasText(in: quotes) { close += 1 }
        return Definition(acronym: acronym, acronymToken: index, expansion: start..<end, tokens: index..<close)
      }
    }
    return nil
  }

  /// "‘information to facilitate clarity, transparency and understanding’ (ICTU)": an expansion
  /// in quotation marks right before the parenthesis, its commas and "and" read past.
  private static func quotedDefinition(of acronym: Acronym, at index: Int, closing: Int, _ tokens: [Token])
    -> Definition?
  {
    let quotes: [StaticString] = ["'", "\"", "\u{2019}", "\u{201D}"]
    let opening: [StaticString] = ["'", "\"", "\u{2018}", "\u{201C}"]
    guard index >= 3, tokens[index - 2].hasText(in: quotes) else { return nil }
    var cursor = index - 3
    var words: [Token] = []
    while cursor >= 0, index - 3 - cursor < 24 {
      let token = tokens[cursor]
      if token.hasText(in: opening) {
        // "‘the Joint Harbor Commission’": a leading "the" gives no letter.
        var first = cursor + 1
        while first < index - 2, tokens[first].kind == .word, skippable.contains(tokens[first].text) {
          words.removeFirst()
          first += 1
        }
        // Quotation marks set the expansion apart: one word inside may give no letter ("to
        // facilitate" in ICTU), so long as the first and the last words give theirs.
        guard !words.isEmpty, expansionMatches(acronym.singular, words: words, silentWords: 1) else { return nil }
        return Definition(
          acronym: acronym, acronymToken: index, expansion: first..<index - 2, tokens: cursor..<closing + 1)
      }
      if token.kind != .punctuation {
        words.insert(token, at: 0)
      } else if !token.hasText(",") && !token.hasText("-") {
        return nil
      }
      cursor -= 1
    }
    return nil
  }

  /// An apostrophe that closes a plural's possessive: right after a word in "s", with a space or
  /// the end after it ("Leaders' Summit").
  private static func isPossessiveApostrophe(_ index: Int, _ tokens: [Token]) -> Bool {
    guard index >= 1, index + 1 < tokens.count, tokens[index].hasText("'") else { return false }
    let word = tokens[index - 1]
    return word.kind == .word && word.touches(tokens[index])
      && word.text.hasSuffix("s") && tokens[index].range.upperBound < tokens[index + 1].range.lowerBound
  }

  /// "International Organization for Standardization (ISO)", "European Committee for
  /// Standardization (CEN)": a name of two or more capitalised words right before the
  /// parenthesis defines the acronym even when its initials are in another order or language,
  /// provided they hold at least half of the acronym's letters. `end` is where the name ends:
  /// the parenthesis, or what is read past after the name.
  private static func capitalisedName(
    of acronym: Acronym, at index: Int, before end: Int, closing: Int, _ tokens: [Token]
  ) -> Definition? {
    var start = end
    var capitalised = 0
    var initials = Set<UInt8>()
    var cursor = end - 1
    while cursor >= 0, end - cursor <= 12 {
      let token = tokens[cursor]
      // (A word joined by a hyphen to a number is one word of the name: "COVID-19 Vaccine Global
      // Access (COVAX)".)
      let joinedToNumber =
        cursor + 2 < end && tokens[cursor + 1].hasText("-") && tokens[cursor + 2].kind == .number
        && tokens[cursor].touches(tokens[cursor + 1])
      if token.kind == .word, token.isCapitalized, !token.isUpperCaseAcronym || joinedToNumber {
        capitalised += 1
        if let first = token.text.utf8.first { initials.insert(first) }
        start = cursor
      } else if token.kind == .number, cursor >= 2, tokens[cursor - 1].hasText("-"),
        tokens[cursor - 1].touches(token), tokens[cursor - 2].kind == .word
      {
      } else if token.kind == .word, skippable.contains(token.text) || token.hasText("&") {
        // "for", "of", "and" inside a name; a name never starts with one.
      } else if token.hasText("-") || token.hasText("&") || isPossessiveApostrophe(cursor, tokens) {
      } else if token.kind == .word, !token.isCapitalized, cursor >= 1, tokens[cursor - 1].kind == .word,
        tokens[cursor - 1].isCapitalized, cursor == end - 1 || token.utf8Count <= 3
      {
        // Inside a name, or last in it, a lower-case word after a capitalised one: a short word
        // of another language ("Magyar Energetikai és …"), or a name's last, common word
        // ("Network Code on Harmonised Transmission Tariff structures (NC TAR)").
      } else if token.kind == .word, !token.isCapitalized, cursor >= 2, tokens[cursor - 1].hasText("-"),
        tokens[cursor - 1].touches(token), tokens[cursor - 2].kind == .word,
        tokens[cursor - 2].isCapitalized
      {
        // The lower-case part of a hyphenated word of the name ("Közmű-szabályozási").
      } else {
        break
      }
      cursor -= 1
    }
    let letters = Set(acronym.singular.lowercased().utf8.filter { $0 != UInt8(ascii: "-") })
    guard capitalised >= 2, letters.filter(initials.contains).count * 2 >= letters.count else { return nil }
    // A title before the name whose initial the acronym lacks is no part of it: "the Director of
    // the Bureau of Consumer Financial Protection (CFPB)" defines the Bureau.
    var nameStart = start
    var kept = capitalised
    while nameStart < end, kept > 2, tokens[nameStart].kind == .word, tokens[nameStart].isCapitalized,
      let initial = tokens[nameStart].text.utf8.first, !letters.contains(initial)
    {
      var next = nameStart + 1
      while next < end, tokens[next].kind == .word, skippable.contains(tokens[next].text) { next += 1 }
      guard next < end, tokens[next].kind == .word, tokens[next].isCapitalized else { break }
      nameStart = next
      kept -= 1
    }
    start = nameStart
    return Definition(acronym: acronym, acronymToken: index, expansion: start..<end, tokens: start..<closing + 1)
  }

  /// A capital letter joined by a hyphen to the capitals after it ("Q-CHAMP", "C-TPAT"): the
  /// first part of a hyphenated acronym (see `hyphenated`).
  static func opensLetteredAcronym(at index: Int, _ tokens: [Token]) -> Bool {
    index + 2 < tokens.count && tokens[index].kind == .word && tokens[index].utf8Count == 1
      && tokens[index].isCapitalized && tokens[index + 1].hasText("-") && tokens[index].touches(tokens[index + 1])
      && tokens[index + 1].touches(tokens[index + 2]) && tokens[index + 2].kind == .word
      && tokens[index + 2].isUpperCaseAcronym
  }

  /// A hyphenated acronym starting at `index` ("MS-DRG", "MS-DRGs", "Q-CHAMP"): upper-case words
  /// joined by hyphens with no space, and the index just past it. Nil for a single word.
  static func hyphenated(at index: Int, _ tokens: [Token]) -> (acronym: Acronym, end: Int)? {
    func touching(_ first: Int) -> Bool { tokens[first].touches(tokens[first + 1]) }
    // Most acronyms are not hyphenated: settled before any text is built.
    // A part: capitals ("DRG"), or one capital letter that ends the acronym ("EPS-R", "HTV-X"),
    // possessive or not ("ARPA-H's").
    func isLetterWithPossessive(_ token: Token) -> Bool {
      token.utf8Count == 3 && token.isCapitalized && token.withUTF8 { WordForms.possessiveStart($0) == 1 }
    }
    func isPart(_ token: Token) -> Bool {
      token.kind == .word
        && (token.isUpperCaseAcronym || token.utf8Count == 1 && token.isCapitalized || isLetterWithPossessive(token))
    }
    guard !tokens[index].hasLowerCasePluralS, index + 2 < tokens.count, tokens[index + 1].hasText("-"),
      touching(index), touching(index + 1), isPart(tokens[index + 2])
    else { return nil }
    var end = index + 1
    var spelling = tokens[index].text.uppercased()
    while end + 1 < tokens.count, tokens[end].hasText("-"), touching(end - 1), touching(end), isPart(tokens[end + 1]) {
      let part = tokens[end + 1]
      if isLetterWithPossessive(part) {
        spelling += "-" + part.text.prefix(1).uppercased()
        end += 2
        break
      }
      spelling +=
        "-" + (part.hasLowerCasePluralS ? String(part.text.dropLast()).uppercased() + "s" : part.text.uppercased())
      end += 2
      if part.hasLowerCasePluralS || !part.isUpperCaseAcronym { break }
    }
    guard end > index + 1, let acronym = Acronym(spelling: spelling) else { return nil }
    return (acronym, end)
  }

  static func acronym(_ token: Token, _ prose: ProseText) -> Acronym? {
    // The folded text is lower case; rebuild the written form's capitals from the token flags.
    guard token.isUpperCaseAcronym else { return nil }
    // "WMDs": a trailing lower-case s is a plural; "ETS" is all capitals.
    let spelling =
      token.hasLowerCasePluralS ? String(token.text.dropLast()).uppercased() + "s" : token.text.uppercased()
    return Acronym(spelling: spelling)
  }

  /// True when the words' initials (skipping function words, counting hyphenated parts, and
  /// letting a word give more than its first letter in order) spell `acronym` exactly.
  /// `silentWords` content words between the first and the last may give no letter.
  static func expansionMatches(_ acronym: String, words: [Token], silentWords: Int = 0) -> Bool {
    let letters = Array(acronym.lowercased().utf8.filter { $0 != UInt8(ascii: "-") })
    // Each word, and whether it continues a hyphenated compound ("sized" in "medium-sized",
    // "operation" in "Co-operation"): such a part may give no letter.
    var parts: [(bytes: [UInt8], continuation: Bool)] = []
    // Numbers give no letter ("Coronavirus disease 2019 (COVID-19)").
    for (offset, word) in words.enumerated() where word.kind == .word {
      let continuation =
        offset >= 2 && words[offset - 1].hasText("-")
        && words[offset - 1].range.lowerBound == words[offset - 2].range.upperBound
        && words[offset - 1].touches(word)
      parts.append((Array(word.text.utf8), continuation))
    }
    guard let first = parts.first, !skippable.contains(String(decoding: first.bytes, as: UTF8.self)) else {
      return false
    }
    return match(letters[...], parts[...], silent: silentWords, isFirst: true)
  }

  private static func match(
    _ letters: ArraySlice<UInt8>, _ parts: ArraySlice<(bytes: [UInt8], continuation: Bool)>, silent: Int,
    isFirst: Bool = false
  ) -> Bool {
    guard let first = parts.first else { return letters.isEmpty }
    let part = first.bytes
    let rest = parts.dropFirst()
    let word = String(decoding: part, as: UTF8.self)
    if skippable.contains(word) || first.continuation, match(letters, rest, silent: silent) { return true }
    // A content word that gives no letter: never the first word, nor the last.
    if silent > 0, !isFirst, !rest.isEmpty, match(letters, rest, silent: silent - 1) { return true }
    guard let letter = letters.first, part.first == letter else { return false }
    // This word gives its first letter, and possibly further letters found in order inside it.
    var remaining = letters.dropFirst()
    if match(remaining, rest, silent: silent) { return true }
    var position = part.index(after: part.startIndex)
    while let next = remaining.first, position < part.endIndex {
      guard let found = part[position...].firstIndex(of: next) else { break }
      remaining = remaining.dropFirst()
      position = found + 1
      if match(remaining, rest, silent: silent) { return true }
    }
    return false
  }
}
