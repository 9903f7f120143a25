/// Finds formal references in prose: executive orders ("Executive Order 13382", "EO 13382",
/// "E.O. 13382", "Executive Order No. 13382", "EO13382"), resolutions ("UN Security Council
/// Resolution 1540", "Resolution (UNSCR) 2270", "UNSCR 2270", "Resolutions 1718 and 1874"),
/// decision symbols ("decision 1/CP.21", "2/CMA.3"), numbered legal acts ("Regulation (EU)
/// 2021/1119", "Directive 2003/87/EC"), sections of the United States Code ("8 U.S.C. 1373"),
/// public laws ("Public Law 110-84", "Pub. L. No. 110-84"), court cases ("Biden v. Nebraska")
/// and named instruments ("the Lahore Declaration", "Treaty of Versailles").
public enum ReferenceScanner {
  public struct Occurrence: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
      /// "Executive Order 13382", "Resolution 1540", "Lahore Declaration": the full form.
      case full
      /// "EO 13382": the common short form.
      case short
      /// Any other spelling: "E.O. 13382", "Executive Order No. 13382", "EO13382".
      case variant
    }

    /// "executive-order", "resolution", "decision", "regulation", "directive", "statute",
    /// "public-law", "case" or the instrument word ("declaration", "treaty", …).
    public var kind: String
    /// The number ("13382") or the folded name ("lahore declaration").
    public var identifier: String
    /// Token indices of the whole reference.
    public var tokens: Range<Int>
    public var form: Form
    /// The canonical full spelling ("Executive Order 13382").
    public var canonical: String
  }

  /// Words that name an instrument, and the kind of reference each makes.
  static let instrumentList: [(word: String, kind: String)] = [
    ("declaration", "declaration"), ("accord", "agreement"), ("accords", "agreement"),
    ("agreement", "agreement"), ("agreements", "agreement"), ("treaty", "treaty"), ("convention", "treaty"),
    ("protocol", "treaty"), ("protocols", "treaty"),
    ("pact", "agreement"), ("charter", "treaty"), ("act", "law"), ("ordinance", "law"), ("memorandum", "agreement"),
    ("arrangement", "agreement"), ("framework", "framework"), ("communique", "communique"),
    ("communiqué", "communique"), ("statute", "treaty"),
    // Only before a year ("the Space Activities Bill, 2017", "the Remote Sensing Data Policy,
    // 2011", Westminster's statutory instruments: "the Health Protection (Coronavirus,
    // Restrictions) (England) Regulations 2020"): "Bill" is as often a first name, "Policy" a
    // heading's word, "Regulations" any rules.
    ("bill", "law"), ("policy", "policy"), ("regulations", "law"),
  ]
  /// Instrument words that name one only with a year after them (`instrumentList`).
  static let datedInstrumentWords = WordSet(["bill", "policy", "regulations"])
  /// The kinds of reference that carry a number (or symbol) rather than a name.
  public static let numberedKinds: Set<String> = [
    "executive-order", "resolution", "decision", "regulation", "directive", "statute", "numbered-directive",
    "public-law", "code",
  ]

  /// The words of a folded name after its last possessive, when some follow ("national
  /// apprenticeship act of 2021" of "bobby scott's national apprenticeship act of 2021"); the
  /// name itself when it has no possessive.
  static func ownedName(_ identifier: String) -> Substring? {
    var owned = Substring(identifier)
    while let mark = owned.firstRange(of: "'s ") ?? owned.firstRange(of: "\u{2019}s ") {
      owned = owned[mark.upperBound...]
    }
    return owned.contains(" ") ? owned : nil
  }

  static let instrumentWords = WordTable(instrumentList.map { ($0.word, $0.kind) })
  /// The lower-case words that may join two words of an instrument's name.
  static let nameConnectors = WordSet(["and", "of", "for", "on", "to", "with"])

  /// A four-digit year from 1600 to 2199.
  /// The position of the "(" of capitalised words in parentheses that end at the ")" at `close`
  /// ("(Amendment)", "(Regional Processing and Other Measures)"): name words, with a lower-case
  /// connector between two of them, at most eight tokens; not an acronym alone ("(HTC)").
  private static func parenthesizedNameWords(endingAt close: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var position = close - 1
    while position > range.lowerBound, close - position <= 8, !tokens[position].hasText("(") {
      let token = tokens[position]
      let isWord = token.kind == .word && token.isCapitalized && !notNames.contains(token)
      let isConnector =
        token.kind == .word && !token.isCapitalized && nameConnectors.contains(token) || token.hasText(",")
      guard isWord || isConnector else { return nil }
      position -= 1
    }
    guard position >= range.lowerBound, tokens[position].hasText("("), close - position >= 2,
      case let first = tokens[position + 1], first.isCapitalized,
      tokens[close - 1].isCapitalized,
      close - position > 2 || !first.isUpperCaseAcronym
    else { return nil }
    return position
  }

  /// The digits of a number of four digits or more written in groups of three ("14,169"), or nil.
  private static func groupedNumber(_ token: Token) -> String? {
    guard token.kind == .number else { return nil }
    let groups = token.text.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.count >= 2, (1...3).contains(groups[0].count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return groups.joined()
  }

  private static func isYear(_ token: Token) -> Bool {
    guard token.kind == .number, token.isDigits else { return false }
    return token.withUTF8 { bytes in
      bytes.count == 4
        && (bytes[0] == UInt8(ascii: "1") && bytes[1] >= UInt8(ascii: "6")
          || bytes[0] == UInt8(ascii: "2") && bytes[1] <= UInt8(ascii: "1"))
    }
  }

  /// Words that say who issues a kind of document, not which one it is ("Presidential
  /// Memorandum", "Joint Statement", "Ministerial Declaration").
  static let genericIssuers = WordSet([
    "presidential", "joint", "ministerial", "executive", "interagency", "bilateral", "trilateral", "multilateral",
  ])

  static let notNames = WordSet([
    "the", "a", "an", "this", "that", "these", "those", "such", "our", "their", "its", "why", "what", "how", "new",
    "one",
    "each", "every", "any", "some", "no", "under", "in", "on", "of", "and", "to", "for", "with",
  ])

  /// The first words of executive-order and resolution references.
  static let referenceStartList = [
    "executive", "exec", "e.o.", "eo", "un", "u.n.", "united", "security", "general", "unsc", "resolution",
    "resolutions", "unscr", "unscrs", "regulation", "directive", "public", "pub", "p.l.",
  ]

  /// "EO13382" as one word; the first byte turns nearly every word away without a call.
  @inline(__always) private static func startsWithEO(_ token: Token) -> Bool {
    token.firstByte == UInt8(ascii: "e")
      && token.withUTF8 { $0.count >= 2 && $0[0] == UInt8(ascii: "e") && $0[1] == UInt8(ascii: "o") }
  }

  public static func references(in prose: ProseText, tokenRange: Range<Int>? = nil) -> [Occurrence] {
    let tokens = prose.tokens
    let range = tokenRange ?? 0..<tokens.count
    var found: [Occurrence] = []
    var index = range.lowerBound
    while index < range.upperBound {
      // A decision symbol starts with its number ("1/CP.21").
      if tokens[index].kind == .number {
        if let occurrence = decisionSymbol(at: index, tokens, range) ?? statuteSection(at: index, tokens, range) {
          found.append(occurrence)
          index = occurrence.tokens.upperBound
          continue
        }
        index += 1
        continue
      }
      // Every executive order, resolution and legal act starts with one of a few words
      // ("executive", "eo", "un", "security", "resolution", "regulation", …) or is "EO13382"
      // written as one word.
      guard
        tokens[index].wordClasses.contains(.referenceStart)
          || startsWithEO(tokens[index])
      else {
        index += 1
        continue
      }
      if let occurrence = executiveOrder(at: index, tokens, range) ?? legalAct(at: index, tokens, range)
        ?? publicLaw(at: index, tokens, range)
      {
        found.append(occurrence)
        index = occurrence.tokens.upperBound
        continue
      }
      let listed = executiveOrders(at: index, tokens, range) + resolutions(at: index, tokens, range)
      if let last = listed.last {
        found += listed
        index = last.tokens.upperBound
        continue
      }
      index += 1
    }
    found += numberedDirectives(tokens, range, excluding: found)
    if prose.summary.hasNumber {
      found += documentCodes(tokens, range, excluding: found)
    }
    found += courtCases(in: prose, range, excluding: found)
    if prose.summary.wordClasses.contains(.instrument) {
      found += namedInstruments(tokens, range, excluding: found)
    }
    return found.count < 2 ? found : found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  private static func isNumber(_ token: Token) -> Bool {
    token.kind == .number && token.isDigits
  }

  /// "Space Policy Directive 3", "National Security Presidential Memorandum 17", "Binding
  /// Operational Directive 22-01", "Presidential Proclamation 8015": one to four capitalised
  /// words ending in "Directive", "Memorandum" or "Proclamation", then a number (after a space or
  /// a hyphen, "Directive-3"): one of a numbered family of instruments (kind
  /// "numbered-directive"), known by its family's name and number. A year is no such number, nor
  /// a symbol's ("Directive 2003/87/EC" is a legal act).
  private static func numberedDirectives(_ tokens: [Token], _ range: Range<Int>, excluding found: [Occurrence])
    -> [Occurrence]
  {
    var result: [Occurrence] = []
    for index in range
    where tokens[index].kind == .word && tokens[index].isCapitalized
      && (tokens[index].hasText("directive") || tokens[index].hasText("memorandum")
        || tokens[index].hasText("proclamation"))
    {
      var start = index
      while start > range.lowerBound, index - start < 4, tokens[start - 1].kind == .word,
        tokens[start - 1].isCapitalized, !tokens[start - 1].wordClasses.contains(.function),
        // (An issuer's acronym is the owner, not the name: "DHS Binding Operational Directive".)
        !tokens[start - 1].isUpperCaseAcronym,
        tokens[start - 1].range.upperBound + 1 == tokens[start].range.lowerBound,
        // (A possessive is the owner, not the name: "the President's National Security
        // Memorandum 8".)
        tokens[start - 1].withUTF8({ WordForms.possessiveStart($0) == $0.count })
      {
        start -= 1
      }
      guard start < index, index + 1 < range.upperBound else { continue }
      var cursor = index + 1
      if tokens[cursor].hasText("-"), touching(tokens, index), cursor + 1 < range.upperBound, touching(tokens, cursor) {
        cursor += 1
      } else if cursor + 3 < range.upperBound, tokens[cursor].hasText("/"), tokens[cursor + 1].isUpperCaseAcronym,
        tokens[cursor + 2].hasText("-"), (index..<cursor + 3).allSatisfy({ touching(tokens, $0) })
      {
        // "National Security Presidential Memorandum/NSPM-2".
        cursor += 3
      } else if cursor + 3 < range.upperBound, tokens[cursor].hasText("("), tokens[cursor + 1].isUpperCaseAcronym,
        tokens[cursor + 2].hasText(")"), tokens[cursor].range.lowerBound == tokens[index].range.upperBound + 1,
        tokens[cursor + 3].range.lowerBound == tokens[cursor + 2].range.upperBound + 1
      {
        // "Binding Operational Directive (BOD) 18-01": the family's acronym, defined on the way.
        cursor += 3
      } else if tokens[cursor].range.lowerBound != tokens[index].range.upperBound + 1 {
        continue
      }
      guard isNumber(tokens[cursor]), !isYear(tokens[cursor]) else { continue }
      var number = tokens[cursor].text
      var end = cursor + 1
      if end + 1 < range.upperBound, tokens[end].hasText("-"), touching(tokens, end - 1), touching(tokens, end),
        isNumber(tokens[end + 1])
      {
        number += "-" + tokens[end + 1].text
        end += 2
      }
      if end < range.upperBound, tokens[end].hasText("/") || tokens[end].hasText("."), touching(tokens, end - 1),
        end + 1 < range.upperBound, tokens[end + 1].kind == .number
      {
        continue
      }
      guard !found.contains(where: { $0.tokens.overlaps(start..<end) }) else { continue }
      let words = tokens[start...index].map(\.text)
      let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
      result.append(
        Occurrence(
          kind: "numbered-directive", identifier: words.joined(separator: " ") + " " + number, tokens: start..<end,
          form: .full, canonical: "\(name) \(number)"))
    }
    return result
  }

  private static func executiveOrder(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
    let token = tokens[index]
    var cursor = index
    var form = Occurrence.Form.full
    // "EO13382" as one word.
    if token.kind == .word, token.text.utf8.starts(with: "eo".utf8), token.text.utf8.count > 4,
      token.text.utf8.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      token.isUpperCaseAcronym || token.isCapitalized
    {
      let number = String(token.text.dropFirst(2))
      return Occurrence(
        kind: "executive-order", identifier: number, tokens: index..<index + 1, form: .variant,
        canonical: "Executive Order \(number)")
    }
    if token.hasText("executive"), cursor + 1 < range.upperBound, tokens[cursor + 1].hasText("order"),
      token.isCapitalized
    {
      cursor += 2
    } else if token.hasText("exec"), cursor + 2 < range.upperBound, tokens[cursor + 1].hasText("."),
      tokens[cursor + 2].hasText("order")
    {
      cursor += 3
      form = .variant
    } else if token.hasText("e.o.") {
      cursor += 1
      form = .variant
    } else if token.hasText("eo"), token.isUpperCaseAcronym {
      cursor += 1
      form = .short
    } else {
      return nil
    }
    // Its short form in parentheses: "Executive Order (E.O.) 13773", "Executive Order (EO) 14028".
    if form == .full, cursor + 2 < range.upperBound, tokens[cursor].hasText("("),
      tokens[cursor + 1].hasText("e.o.") || tokens[cursor + 1].hasText("eo"), tokens[cursor + 2].hasText(")")
    {
      cursor += 3
    }
    // Optional "No." / "No:" / "no" / "number" / "#".
    if cursor < range.upperBound,
      tokens[cursor].hasText("no") || tokens[cursor].hasText("number") || tokens[cursor].hasText("#")
    {
      cursor += 1
      if cursor < range.upperBound, tokens[cursor].hasText(".") || tokens[cursor].hasText(":") { cursor += 1 }
      form = .variant
    }
    guard cursor < range.upperBound else { return nil }
    let number: String
    if isNumber(tokens[cursor]), tokens[cursor].utf8Count >= 4 {
      number = tokens[cursor].text
    } else if let grouped = groupedNumber(tokens[cursor]) {
      // In groups of three, as legal citations write it ("Exec. Order No. 14,169").
      number = grouped
      form = .variant
    } else {
      return nil
    }
    return Occurrence(
      kind: "executive-order", identifier: number, tokens: index..<cursor + 1, form: form,
      canonical: "Executive Order \(number)")
  }

  /// The list after the plural "Executive Orders": "Executive Orders 13224 and 13382",
  /// "Executive Orders 12333 of December 4, 1981, 12829 of January 6, 1993, and 13388 of October
  /// 25, 2005". One occurrence per number, the first holding the words before it; each number's
  /// date stays after it (`InstrumentDate`).
  private static func executiveOrders(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> [Occurrence] {
    guard index + 2 < range.upperBound, tokens[index].hasText("executive"), tokens[index].isCapitalized,
      tokens[index + 1].hasText("orders"), isNumber(tokens[index + 2]), tokens[index + 2].utf8Count >= 4
    else { return [] }
    var found = [
      Occurrence(
        kind: "executive-order", identifier: tokens[index + 2].text, tokens: index..<index + 3, form: .full,
        canonical: "Executive Order \(tokens[index + 2].text)")
    ]
    var next = index + 3
    while next < range.upperBound {
      var item = datedEnd(from: next, tokens, range)
      let afterNumber = item
      if item < range.upperBound, tokens[item].hasText(",") { item += 1 }
      if item < range.upperBound, tokens[item].hasText("and") { item += 1 }
      guard item > afterNumber, item < range.upperBound, isNumber(tokens[item]), tokens[item].utf8Count >= 4 else {
        break
      }
      found.append(
        Occurrence(
          kind: "executive-order", identifier: tokens[item].text, tokens: item..<item + 1, form: .full,
          canonical: "Executive Order \(tokens[item].text)"))
      next = item + 1
    }
    return found
  }

  /// Past "of December 4, 1981", "of 22 September 2006" or "of May 2001" at `index`, a listed
  /// instrument's date; `index` itself when no date is there.
  private static func datedEnd(from index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int {
    guard index + 2 < range.upperBound, tokens[index].hasText("of") else { return index }
    var month = index + 1
    if isNumber(tokens[month]), tokens[month].utf8Count <= 2 { month += 1 }
    guard month + 1 < range.upperBound, ValueReader.months[token: tokens[month]] != nil else { return index }
    if month > index + 1 { return isYear(tokens[month + 1]) ? month + 2 : index }
    var cursor = index + 2
    if isNumber(tokens[cursor]), tokens[cursor].utf8Count <= 2 {
      cursor += 1
      if cursor < range.upperBound, tokens[cursor].hasText(",") { cursor += 1 }
    }
    guard cursor < range.upperBound, isYear(tokens[cursor]) else { return index }
    return cursor + 1
  }

  /// True when tokens `first` and `first + 1` touch, with no space between them.
  @inline(__always) private static func touching(_ tokens: [Token], _ first: Int) -> Bool {
    tokens[first].touches(tokens[first + 1])
  }

  /// True when the number at `index` starts a slash-joined symbol ("1/CP.21", "2021/1119"): it is
  /// not a resolution's number on its own.
  private static func startsSymbol(_ index: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
    index + 1 < range.upperBound && tokens[index + 1].hasText("/") && touching(tokens, index)
  }

  /// "Resolution 1540", "UN Security Council Resolution 1540", "Security Council resolution 2231",
  /// "Resolution (UNSCR) 2270", "UNSCR 2270", and the lists after a plural ("Resolutions 1718 and
  /// 1874", "UNSCRs 1718, 1874, 2087, and 2094"): one occurrence per number, the first holding the
  /// words before it.
  private static func resolutions(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> [Occurrence] {
    var cursor = index
    let start = index
    /// True when the token `offset` after the cursor is `literal` (compared as bytes).
    func word(_ offset: Int, is literal: StaticString) -> Bool {
      cursor + offset < range.upperBound && tokens[cursor + offset].hasText(literal)
    }
    // Optional body: "UN", "U.N.", "United Nations", then "Security Council" / "General Assembly" / "UNSC".
    if word(0, is: "un") || word(0, is: "u.n.") {
      cursor += 1
    } else if word(0, is: "united"), word(1, is: "nations") {
      cursor += 2
    }
    var hasBody = true
    if word(0, is: "security"), word(1, is: "council") {
      cursor += 2
    } else if word(0, is: "general"), word(1, is: "assembly") {
      cursor += 2
    } else if word(0, is: "unsc") {
      cursor += 1
    } else {
      hasBody = false
    }
    var form = Occurrence.Form.full
    var isPlural = false
    if cursor == start, word(0, is: "unscr") || word(0, is: "unscrs"), tokens[cursor].isUpperCaseAcronym {
      // "UNSCR 2270": the short form of "Security Council Resolution 2270".
      isPlural = word(0, is: "unscrs")
      cursor += 1
      form = .short
    } else {
      // "Resolution", or "resolution" after the body that adopts it (the UN's own style) or before
      // a session's symbol ("resolution 77/276").
      guard word(0, is: "resolution") || word(0, is: "resolutions"),
        tokens[cursor].isCapitalized || hasBody || sessionSymbolEnd(at: cursor + 1, tokens, range) != nil
          || yearInParenthesesEnd(after: cursor + 1, tokens, range) != nil
      else { return [] }
      isPlural = word(0, is: "resolutions")
      cursor += 1
      // "Resolution (UNSCR) 2270": the acronym the text defines for the word.
      if word(0, is: "("), word(2, is: ")"), tokens[cursor + 1].kind == .word, tokens[cursor + 1].isUpperCaseAcronym {
        cursor += 3
      }
    }
    if word(0, is: "no") || word(0, is: "number") || word(0, is: "#") {
      cursor += 1
      if word(0, is: ".") || word(0, is: ":") { cursor += 1 }
      form = .variant
    }
    // The General Assembly's "77/276": the session, a slash and the number, one symbol.
    if let end = sessionSymbolEnd(at: cursor, tokens, range) {
      let symbol = tokens[cursor..<end].map(\.text).joined()
      return [
        Occurrence(
          kind: "resolution", identifier: symbol, tokens: start..<end, form: form, canonical: "resolution \(symbol)")
      ]
    }
    guard cursor < range.upperBound, isNumber(tokens[cursor]), !startsSymbol(cursor, tokens, range) else { return [] }
    let number = tokens[cursor].text
    var found = [
      Occurrence(
        kind: "resolution", identifier: number, tokens: start..<cursor + 1, form: form,
        canonical: "Resolution \(number)")
    ]
    // The UN's style: the number with its year ("1706 (2006)").
    let hasYear = yearInParenthesesEnd(after: cursor, tokens, range) != nil
    // A singular "resolution" goes on as a list only in that style, each number with its year
    // ("resolution 1706 (2006) of 31 August 2006, 1679 (2006) of 16 May 2006").
    let yearsEachNumber = !isPlural && hasYear
    guard isPlural || yearsEachNumber else { return found }
    // "1718, 1874, 2087, and 2094", "1709 (2006) of 22 September 2006, 1706 (2006) …": each
    // further number of the list, alone, past the year and the date of the one before.
    // (Where each number carries its year, the list may also name what some of them are about
    // between them: "1674 (2006) and 1894 (2009) on the protection of civilians …, 1612 (2005)
    // and 1882 (2009) on children …": the next number with its year in the sentence goes on.)
    var next = pastYearAndDate(after: cursor, tokens, range)
    while next < range.upperBound {
      var item = next
      if tokens[item].hasText(",") { item += 1 }
      if item < range.upperBound, tokens[item].hasText("and") { item += 1 }
      if hasYear, item >= range.upperBound || !isNumber(tokens[item]),
        let further = nextNumberWithYear(from: next, tokens, range)
      {
        item = further
      }
      guard item > next, item < range.upperBound, isNumber(tokens[item]), tokens[item].utf8Count >= 2,
        !startsSymbol(item, tokens, range), !yearsEachNumber || yearInParenthesesEnd(after: item, tokens, range) != nil
      else { break }
      let number = tokens[item].text
      found.append(
        Occurrence(
          kind: "resolution", identifier: number, tokens: item..<item + 1, form: .full,
          canonical: "Resolution \(number)"))
      next = pastYearAndDate(after: item, tokens, range)
    }
    return found
  }

  /// After the number at `index`, the end of its year in parentheses ("1706 (2006)", the UN's
  /// way of writing a resolution); nil when there is none.
  private static func yearInParenthesesEnd(after index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    guard index + 3 < range.upperBound, isNumber(tokens[index]), tokens[index + 1].hasText("("),
      isYear(tokens[index + 2]), tokens[index + 3].hasText(")")
    else { return nil }
    return index + 4
  }

  /// "GAO-24-106329", "M-22-09", "FIN-2013-G001": capitals (one to six), then two groups or
  /// more joined by hyphens, no space anywhere, each group of letters and digits holding a digit,
  /// the first opening with one: a document's code (kind "code"), known by its prefix and its
  /// number of groups (`UnknownReferenceCheck` judges one only beside others of its family).
  /// Not "COVID-19" or "F-35" (one group), "SARS-CoV-2" (a group of letters), nor a span of
  /// years ("FY-2023-2024"). In brackets too: "Report (OEI-07-15-00280)".
  private static func documentCodes(_ tokens: [Token], _ range: Range<Int>, excluding found: [Occurrence])
    -> [Occurrence]
  {
    var result: [Occurrence] = []
    var index = range.lowerBound
    while index + 3 < range.upperBound {
      let prefix = tokens[index]
      guard prefix.kind == .word, prefix.isUpperCaseAcronym || prefix.utf8Count == 1 && prefix.isCapitalized,
        prefix.utf8Count <= 6,
        index == range.lowerBound || !tokens[index - 1].touches(prefix) || tokens[index - 1].hasText("(")
          || tokens[index - 1].hasText("["),
        tokens[index + 1].hasText("-"), touching(tokens, index)
      else {
        index += 1
        continue
      }
      var groups: [String] = []
      var cursor = index + 1
      // Each group: a hyphen, then touching numbers and words.
      while cursor + 1 < range.upperBound, tokens[cursor].hasText("-"), touching(tokens, cursor - 1),
        touching(tokens, cursor), tokens[cursor + 1].kind != .punctuation
      {
        var group = ""
        var next = cursor + 1
        while next < range.upperBound, tokens[next].kind != .punctuation,
          next == cursor + 1 || touching(tokens, next - 1)
        {
          group += tokens[next].text
          next += 1
        }
        groups.append(group)
        cursor = next
      }
      let end = cursor
      let isYearGroup = { (group: String) in
        group.utf8.count == 4 && (Int(group).map { (1900...2100).contains($0) } ?? false)
      }
      guard groups.count >= 2, groups.allSatisfy({ $0.contains(where: \.isNumber) }),
        groups[0].first?.isNumber == true, !groups.allSatisfy(isYearGroup),
        end >= range.upperBound || !touching(tokens, end - 1)
          || tokens[end].kind == .punctuation
            && !tokens[end].hasText("-") && !tokens[end].hasText("/"),
        !found.contains(where: { $0.tokens.overlaps(index..<end) })
      else {
        index = max(index + 1, end)
        continue
      }
      let code = ([prefix.text] + groups).joined(separator: "-").uppercased()
      result.append(Occurrence(kind: "code", identifier: code, tokens: index..<end, form: .full, canonical: code))
      index = end
    }
    return result
  }

  /// The next number with its year in parentheses after `index`, within forty tokens and before
  /// the sentence's end or a semicolon ("… on the protection of civilians, 1612 (2005)"); nil
  /// when there is none, or another instrument's word comes first (or "resolution", which
  /// starts a reference of its own).
  private static func nextNumberWithYear(from index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    var cursor = index
    while cursor < min(range.upperBound, index + 40) {
      let token = tokens[cursor]
      if token.hasText(";") || token.hasText(".") { return nil }
      if token.kind == .word, instrumentWords[token: token] != nil || token.hasText("resolution") { return nil }
      if yearInParenthesesEnd(after: cursor, tokens, range) != nil, cursor == 0 || !tokens[cursor - 1].hasText("(") {
        return cursor
      }
      cursor += 1
    }
    return nil
  }

  /// Past the number at `index`, its year in parentheses and its date ("1709 (2006) of 22
  /// September 2006"), each if written.
  private static func pastYearAndDate(after index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int {
    let end = yearInParenthesesEnd(after: index, tokens, range) ?? index + 1
    return datedEnd(from: end, tokens, range)
  }

  /// The end of a session's resolution symbol at `index` ("77/276": two digits, a slash and a
  /// number of up to three digits, touching, and nothing touching after them but a mark; not
  /// "12/2023", a body's number in its year; or an emergency special session's, "ES-11/1",
  /// "ES-10/19"); nil where there is none.
  private static func sessionSymbolEnd(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    if index + 2 < range.upperBound, tokens[index].hasText("es"), tokens[index].isUpperCaseAcronym,
      tokens[index + 1].hasText("-"), touching(tokens, index), touching(tokens, index + 1),
      (1...2).contains(tokens[index + 2].utf8Count)
    {
      return symbolEnd(at: index + 2, tokens, range)
    }
    guard index < range.upperBound, tokens[index].utf8Count == 2 else { return nil }
    return symbolEnd(at: index, tokens, range)
  }

  /// The end of "NN/NNN" at `index`, its session's digits already judged.
  private static func symbolEnd(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
    guard index + 2 < range.upperBound, tokens[index].isDigits,
      tokens[index + 1].hasText("/"), touching(tokens, index), touching(tokens, index + 1),
      tokens[index + 2].isDigits, (1...3).contains(tokens[index + 2].utf8Count)
    else { return nil }
    let end = index + 3
    if end < range.upperBound, touching(tokens, index + 2) {
      // ("77/276." ends a sentence; "1/CP.21" and "2021/1119/EU" are other symbols.)
      guard tokens[end].kind == .punctuation, !tokens[end].hasText("/"),
        end + 1 >= range.upperBound || !touching(tokens, end) || tokens[end + 1].kind == .punctuation
      else { return nil }
    }
    return end
  }

  /// "decision 1/CP.21", "decisions 2/CMA.3", "1/CMA.5": a number, a slash, the capitals of the
  /// body and a period with the session's number, written without spaces. A word "decision" or
  /// "decisions" just before belongs to the reference.
  private static func decisionSymbol(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
    guard index + 4 < range.upperBound else { return nil }
    let body = tokens[index + 2]
    guard isNumber(tokens[index]), tokens[index].utf8Count <= 3, tokens[index + 1].hasText("/"),
      body.kind == .word, body.isUpperCaseAcronym, !body.hasLowerCasePluralS,
      body.withUTF8({ $0.allSatisfy { Tokenizer.isASCIILetter($0) } }),
      tokens[index + 3].hasText("."), isNumber(tokens[index + 4]), tokens[index + 4].utf8Count <= 3,
      (index..<index + 4).allSatisfy({ touching(tokens, $0) })
    else { return nil }
    // Part of a longer symbol ("FCCC/CP/2015/10"): not a decision.
    if index > range.lowerBound, tokens[index - 1].hasText("/"), touching(tokens, index - 1) { return nil }
    if index + 5 < range.upperBound, touching(tokens, index + 4),
      tokens[index + 5].hasText("/") || tokens[index + 5].kind != .punctuation
    {
      return nil
    }
    var start = index
    if index > range.lowerBound, tokens[index - 1].hasText("decision") || tokens[index - 1].hasText("decisions") {
      start = index - 1
    }
    let symbol = "\(tokens[index].text)/\(body.text.uppercased()).\(tokens[index + 4].text)"
    return Occurrence(
      kind: "decision", identifier: WordForms.folded(symbol), tokens: start..<index + 5, form: .full,
      canonical: symbol)
  }

  /// A section of the United States Code: "8 U.S.C. 1373", "42 U.S.C. 2000dd", "50 U.S.C.
  /// § 1701", "44 U.S.C. 2201-2207".
  private static func statuteSection(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
    guard index + 2 < range.upperBound, isNumber(tokens[index]), tokens[index].utf8Count <= 3,
      tokens[index + 1].hasText("u.s.c.")
    else { return nil }
    var cursor = index + 2
    if tokens[cursor].hasText("§"), cursor + 1 < range.upperBound { cursor += 1 }
    // A number, with or without letters ("1373", "2000dd").
    let first = tokens[cursor].firstByte
    guard tokens[cursor].kind != .punctuation, first >= 0x30, first <= 0x39 else { return nil }
    var section = tokens[cursor].text
    var end = cursor + 1
    // Letters joined to the number ("2000dd"), and a range ("2201-2207").
    if end < range.upperBound, tokens[end].kind == .word, touching(tokens, end - 1) {
      section += tokens[end].text
      end += 1
    }
    if end + 1 < range.upperBound, tokens[end].hasText("-"), touching(tokens, end - 1), touching(tokens, end),
      isNumber(tokens[end + 1])
    {
      section += "-" + tokens[end + 1].text
      end += 2
    }
    let canonical = "\(tokens[index].text) U.S.C. \(section)"
    return Occurrence(
      kind: "statute", identifier: "\(tokens[index].text) usc \(section)", tokens: index..<end, form: .full,
      canonical: canonical)
  }

  /// "Public Law 110-84", "Pub. L. No. 110-84", "P.L. 110-84": a law of the United States, by
  /// the Congress that passed it and its number (kind "public-law").
  private static func publicLaw(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
    var cursor = index
    func word(_ offset: Int, is literal: StaticString) -> Bool {
      cursor + offset < range.upperBound && tokens[cursor + offset].hasText(literal)
    }
    var form = Occurrence.Form.full
    if word(0, is: "public"), word(1, is: "law"), tokens[index].isCapitalized, tokens[index + 1].isCapitalized {
      cursor += 2
    } else if word(0, is: "pub"), word(1, is: "."), word(2, is: "l"), word(3, is: "."), tokens[index].isCapitalized,
      tokens[index + 2].isCapitalized
    {
      cursor += 4
      form = .variant
    } else if word(0, is: "p.l."), tokens[index].isCapitalized {
      cursor += 1
      form = .short
    } else {
      return nil
    }
    if word(0, is: "no") {
      cursor += 1
      if word(0, is: ".") || word(0, is: ":") { cursor += 1 }
      form = .variant
    }
    guard cursor + 2 < range.upperBound, isNumber(tokens[cursor]), tokens[cursor].utf8Count <= 3,
      tokens[cursor + 1].hasText("-"), isNumber(tokens[cursor + 2]), touching(tokens, cursor),
      touching(tokens, cursor + 1)
    else { return nil }
    let identifier = "\(tokens[cursor].text)-\(tokens[cursor + 2].text)"
    return Occurrence(
      kind: "public-law", identifier: identifier, tokens: index..<cursor + 3, form: form,
      canonical: "Public Law \(identifier)")
  }

  /// The lower-case words that may stand inside a party's name ("Department of Education",
  /// "Students for Fair Admissions").
  static let partyConnectors = WordSet(["of", "for"])

  /// "Biden v. Nebraska", "West Virginia v. EPA": a court case, by its parties (kind "case"):
  /// capitalised words on each side of a lower-case "v.", "of" or "for" inside a party's name
  /// but not at its ends. ("vs." is as often a comparison: "Medicare vs. Medicaid spending".) A
  /// sentence's first word in "-ing" is no party ("Following Biden v. Nebraska").
  private static func courtCases(in prose: ProseText, _ range: Range<Int>, excluding found: [Occurrence])
    -> [Occurrence]
  {
    let tokens = prose.tokens
    func isPartyWord(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.kind == .word && (token.isCapitalized || token.isUpperCaseAcronym)
        && !token.wordClasses.contains(.function)
    }
    var result: [Occurrence] = []
    // (Or after a colon: "Note: Citing Biden v. Nebraska, …".)
    func opensSentence(_ index: Int) -> Bool {
      prose.opensSentence(token: index) || index > range.lowerBound && tokens[index - 1].hasText(":")
    }
    for index in range where tokens[index].kind == .word && !tokens[index].isCapitalized && tokens[index].hasText("v") {
      guard index + 2 < range.upperBound, tokens[index + 1].hasText("."), touching(tokens, index),
        index > range.lowerBound, isPartyWord(index - 1), isPartyWord(index + 2)
      else { continue }
      var start = index - 1
      var cursor = start - 1
      while cursor >= range.lowerBound, index - cursor <= 7 {
        if isPartyWord(cursor) {
          if opensSentence(cursor),
            tokens[cursor].withUTF8({ $0.count > 4 && $0.suffix(3).elementsEqual("ing".utf8) })
          {
            break
          }
          start = cursor
        } else if !(tokens[cursor].kind == .word && partyConnectors.contains(tokens[cursor])) {
          break
        }
        cursor -= 1
      }
      var end = index + 3
      cursor = end
      while cursor < range.upperBound, cursor - index <= 8 {
        if isPartyWord(cursor) {
          end = cursor + 1
        } else if !(tokens[cursor].kind == .word && partyConnectors.contains(tokens[cursor])) {
          break
        }
        cursor += 1
      }
      guard !found.contains(where: { $0.tokens.overlaps(start..<end) }) else { continue }
      func party(_ words: Range<Int>) -> [String] {
        words.map { word in
          let text = tokens[word].text
          return tokens[word].isCapitalized && !tokens[word].isUpperCaseAcronym
            ? text.prefix(1).uppercased() + text.dropFirst()
            : tokens[word].isUpperCaseAcronym ? text.uppercased() : text
        }
      }
      let first = party(start..<index)
      let second = party(index + 2..<end)
      result.append(
        Occurrence(
          kind: "case",
          identifier: (first.map { $0.lowercased() } + ["v."] + second.map { $0.lowercased() }).joined(separator: " "),
          tokens: start..<end, form: .full,
          canonical: (first + ["v."] + second).joined(separator: " ")))
    }
    return result
  }

  /// "Regulation (EU) 2021/1119", "Directive 2003/87/EC", "Regulation (EC) No 1907/2006": a
  /// capitalised "Regulation" or "Directive", an optional body in parentheses and "No", then a
  /// year and a number joined by a slash.
  private static func legalAct(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
    let head = tokens[index]
    let kind: String
    if head.hasText("regulation") {
      kind = "regulation"
    } else if head.hasText("directive") {
      kind = "directive"
    } else {
      return nil
    }
    guard head.isCapitalized else { return nil }
    var cursor = index + 1
    func word(_ offset: Int, is literal: StaticString) -> Bool {
      cursor + offset < range.upperBound && tokens[cursor + offset].hasText(literal)
    }
    if word(0, is: "("), word(2, is: ")"), tokens[cursor + 1].kind == .word, tokens[cursor + 1].isCapitalized {
      cursor += 3
    }
    if word(0, is: "no") {
      cursor += 1
      if word(0, is: ".") || word(0, is: ":") { cursor += 1 }
    }
    guard cursor + 2 < range.upperBound, isNumber(tokens[cursor]), tokens[cursor + 1].hasText("/"),
      isNumber(tokens[cursor + 2]), touching(tokens, cursor), touching(tokens, cursor + 1),
      tokens[cursor].utf8Count == 4 || tokens[cursor + 2].utf8Count == 4
    else { return nil }
    let identifier = "\(tokens[cursor].text)/\(tokens[cursor + 2].text)"
    let name = kind == "regulation" ? "Regulation" : "Directive"
    return Occurrence(
      kind: kind, identifier: identifier, tokens: index..<cursor + 3, form: .full, canonical: "\(name) \(identifier)")
  }

  /// "Lahore Declaration", "Simla Agreement", "Treaty of Versailles", "Arms Export Control Act".
  private static func namedInstruments(_ tokens: [Token], _ range: Range<Int>, excluding: [Occurrence]) -> [Occurrence]
  {
    var found: [Occurrence] = []
    // The lexicon tagged instrument words (see `WordClasses.instrument`): one bit per token.
    for index in range where tokens[index].wordClasses.contains(.instrument) && tokens[index].isCapitalized {
      guard let kind = instrumentWords[token: tokens[index]] else { continue }
      if excluding.contains(where: { $0.tokens.contains(index) }) { continue }
      // "Bill" and "Policy" name an instrument only with its year right after them, or after a
      // comma, as Indian ones are written ("the Space Activities Bill, 2017"; the year after a
      // comma is no part of the span, as "the Basin Act, 1991" may end a clause). Never by what
      // follows ("Policy of the United States" opens a section).
      if datedInstrumentWords.contains(tokens[index]) {
        let next = index + 1
        let dated =
          next < range.upperBound && isYear(tokens[next])
          || next + 1 < range.upperBound && tokens[next].hasText(",") && tokens[index].touches(tokens[next])
            && isYear(tokens[next + 1])
        guard dated else { continue }
      }
      // An instrument word before a code names a numbered instrument, not one by its name: "OMB
      // Memorandum M-13-13".
      if index + 2 < range.upperBound, tokens[index + 1].kind != .punctuation, tokens[index + 2].hasText("-"),
        tokens[index + 1].originalRange.upperBound == tokens[index + 2].originalRange.lowerBound
      {
        continue
      }
      // Name words before: capitalized, not a determiner; one "and", "of", "for", "on", "to" or
      // "with" between two of them ("Federal Property and Administrative Services Act"), not
      // after another instrument ("the Convention and Paris Agreement" are two).
      func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !notNames.contains(token)
      }
      var start = index
      while start > range.lowerBound {
        let previous = tokens[start - 1]
        if isNameWord(previous) {
          start -= 1
          continue
        }
        // Capitalised words joined by hyphens inside the name: "Comprehensive Nuclear-Test-Ban
        // Treaty".
        if previous.hasText("-"), start - 2 >= range.lowerBound, start < index, touching(tokens, start - 1),
          touching(tokens, start - 2), isNameWord(tokens[start - 2])
        {
          start -= 2
          continue
        }
        // A plural's possessive inside the name: "G20 Leaders' Declaration", "Hiroshima Leaders'
        // Communique"; and as pages scraped with a space on each side of it write it ("BRICS
        // Tourism Ministers ’ Communiqué"). (Not a quotation mark before the name: "‘Leaders
        // ’Declaration".)
        if previous.hasText("'"), start - 2 >= range.lowerBound,
          touching(tokens, start - 2) || !touching(tokens, start - 1),
          isNameWord(tokens[start - 2]), tokens[start - 2].text.hasSuffix("s")
        {
          start -= 2
          continue
        }
        // Capitalised words in parentheses inside the name: "Epidemic Diseases (Amendment) Act",
        // "Migration Legislation Amendment (Regional Processing and Other Measures) Act 2012".
        // (Not an acronym: "Harbor Trade Council (HTC) Agreement" names the council by it.) Several
        // of them, commas inside, as Westminster's statutory instruments are named: "the Health
        // Protection (Coronavirus, Restrictions) (England) Regulations 2020".
        if previous.hasText(")"), let opening = parenthesizedNameWords(endingAt: start - 1, tokens, range),
          opening - 1 >= range.lowerBound
        {
          if isNameWord(tokens[opening - 1]) {
            start = opening - 1
            continue
          }
          if tokens[opening - 1].hasText(")") {
            start = opening
            continue
          }
        }
        // The connector: a lower-case one, or a capitalised one with "the" after it ("Trading
        // With the Enemy Act").
        var connector = start - 1
        if previous.hasText("the"), !previous.isCapitalized, connector - 1 >= range.lowerBound,
          tokens[connector - 1].isCapitalized, nameConnectors.contains(tokens[connector - 1])
        {
          connector -= 1
        }
        let word = tokens[connector]
        // (An instrument named by "of" is part of the name: "Treaty of Waitangi Act".)
        guard start < index, connector - 1 >= range.lowerBound, word.kind == .word, nameConnectors.contains(word),
          isNameWord(tokens[connector - 1]),
          instrumentWords[token: tokens[connector - 1]] == nil || word.hasText("of") && !word.isCapitalized
        else { break }
        // A sentence opening "Consistent with", "Pursuant to" is no part of a name.
        if connector - 1 == range.lowerBound, !word.isCapitalized, word.hasText("with") || word.hasText("to") { break }
        start = connector - 1
      }
      // A name whose first word ends a hyphenated word starts before the hyphen ("All-Hazards
      // Preparedness Act", "NATO-Russia Founding Act", "Stand-By Arrangement").
      if start - 2 >= range.lowerBound, tokens[start - 1].hasText("-"), touching(tokens, start - 1),
        touching(tokens, start - 2), tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized
      {
        start -= 2
      }
      var end = index + 1
      // An owner before "Treaty of …" is no part of its name: "the South Pacific's Treaty of
      // Rarotonga". (A plural's possessive is the name's: "the G20 Rome Leaders' Declaration of
      // October 2021".)
      if start < index, end + 1 < range.upperBound, tokens[end].hasText("of"),
        WordForms.isPossessive(tokens[index - 1]), !tokens[index - 1].text.hasSuffix("'")
      {
        start = index
      }
      // "Treaty of Versailles", "Declaration on …", "Convention against Torture".
      if start == index, end + 1 < range.upperBound,
        tokens[end].hasText("of") || tokens[end].hasText("on") || tokens[end].hasText("against")
      {
        var cursor = end + 1
        if cursor < range.upperBound, tokens[cursor].hasText("the") { cursor += 1 }
        var named = cursor
        // The name's capitalised words, joined by hyphens ("Non-Proliferation"), and by "of" or
        // "for" before more of them: "Treaty on the Prohibition of Nuclear Weapons", "Convention
        // on the Rights of the Child" (read whole, the "Treaty on the Prohibition of Chemical
        // Weapons" is another treaty). (Not a date's month: "Memorandum on May 9, 2013".)
        func continuesName(_ position: Int) -> Bool {
          position < range.upperBound && tokens[position].kind == .word && tokens[position].isCapitalized
            && ValueReader.months[token: tokens[position]] == nil
        }
        while continuesName(named) {
          named += 1
          if named + 1 < range.upperBound, tokens[named].hasText("-"), touching(tokens, named - 1),
            touching(tokens, named), continuesName(named + 1)
          {
            named += 1
            continue
          }
          if named > cursor, named + 1 < range.upperBound,
            tokens[named].hasText("of") || tokens[named].hasText("for")
          {
            let next = tokens[named + 1].hasText("the") ? named + 2 : named + 1
            if continuesName(next) { named = next }
          }
        }
        if named > cursor { end = named }
      }
      guard start < index || end > index + 1 else { continue }
      // A kind of document, not one: "the Presidential Memorandum of November 5, 2009", "a Joint
      // Declaration" (each office issues many; the date or the parties tell them apart).
      if end == index + 1, (start..<index).allSatisfy({ genericIssuers.contains(tokens[$0]) }) { continue }
      // Title-case lines (headings) make every word look like a name: require the sentence to
      // have lower-case words too.
      let nameTokens = tokens[start..<end].filter { $0.kind == .word }
      let identifier = nameTokens.map(\.text).joined(separator: " ")
      // An act's year is part of how it is written, not of what it is: "the Homeland Security
      // Act of 2002" is the Homeland Security Act.
      if kind == "law", end == index + 1, end + 1 < range.upperBound, tokens[end].hasText("of"),
        isYear(tokens[end + 1])
      {
        end += 2
      } else if kind == "law" || kind == "policy", end == index + 1, end < range.upperBound, isYear(tokens[end]),
        tokens[index].originalRange.upperBound + 1 == tokens[end].originalRange.lowerBound
      {
        // Or right after it, as Westminster parliaments write: "the Resource Management Act 1991".
        end += 1
      }

      // (An instrument inside this one's name is no reference of its own: "Treaty of Waitangi"
      // in "Treaty of Waitangi Act 1975".)
      found.removeAll { start <= $0.tokens.lowerBound && $0.tokens.upperBound <= end }
      found.append(
        Occurrence(
          kind: kind, identifier: identifier, tokens: start..<end, form: .full,
          canonical: identifier))
    }
    return found
  }
}
