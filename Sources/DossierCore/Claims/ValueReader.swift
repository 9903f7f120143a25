/// Reads the values a sentence states (`TypedValue`): years, dates, counts, ordinals,
/// percentages, amounts, measures, durations and frequencies, in digits or in words, and the
/// numbers of references, which are identifiers and never counts. The corpus and the draft are
/// read by this one reader, so the two sides agree on what a value is.
///
/// Only closed lists of English are used: number words, ordinals, months, scale words,
/// currencies, units, frequency words.
public enum ValueReader {
  /// Every value in `sentence` (token indices of `prose`), in order.
  public static func values(in prose: ProseText, sentence: Range<Int>) -> [TypedValue] {
    prose.tokens.withUnsafeBufferPointer {
      var reader = Reader(tokens: $0, sentence: sentence)
      return reader.read()
    }
  }

  // MARK: Closed word lists

  static let months = WordTable(
    [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december",
    ].enumerated().map { ($1, $0 + 1) })
  /// Months abbreviated ("Jul 29, 1987", "Sept. 11, 2001"): read as a month only capitalised,
  /// with a day and a year, since "Mar", "Jan" and "Dec" are names and words too.
  static let monthAbbreviations = WordTable(
    [
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
      ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ])
  static let tens = WordTable(
    [
      ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
      ("ninety", 90), ("hundred", 100),
    ])
  static let ordinalList = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
  ]
  static let ordinalTens = [
    ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70),
    ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100),
  ]
  static let ordinals = WordTable(ordinalList.enumerated().map { ($1, $0 + 1) } + ordinalTens)

  /// The ways `rank` is written: in figures ("80th", "23rd") and, below a hundred and one, in
  /// words ("eightieth", "twenty-third").
  static func ordinalForms(of rank: Int) -> [String] {
    guard rank >= 1 else { return [] }
    let suffix =
      (11...13).contains(rank % 100)
      ? "th" : rank % 10 == 1 ? "st" : rank % 10 == 2 ? "nd" : rank % 10 == 3 ? "rd" : "th"
    var forms = ["\(rank)\(suffix)"]
    if rank <= ordinalList.count {
      forms.append(ordinalList[rank - 1])
    } else if rank <= 100, rank % 10 == 0, let tens = ordinalTens.first(where: { $0.1 == rank }) {
      forms.append(tens.0)
    } else if rank < 100 {
      let tensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
      forms.append("\(tensWords[rank / 10 - 2])-\(ordinalList[rank % 10 - 1])")
    }
    return forms
  }
  /// Times a year of what happens every two weeks ("biweekly", as "every two weeks" is read).
  static let everyTwoWeeks = 365.0 / 14
  /// Words of how often, with times a year (also value words: `valueWordList`).
  static let frequencyWordList: [(String, Double)] = [
    ("quarterly", 4.0), ("annually", 1.0), ("yearly", 1.0), ("monthly", 12.0), ("weekly", 52.0),
    ("biennially", 0.5), ("triennially", 1.0 / 3.0), ("biweekly", everyTwoWeeks), ("fortnightly", everyTwoWeeks),
    ("semiannually", 2.0),
  ]
  static let frequencyWords = WordTable(frequencyWordList)
  static let multipleList = [("once", 1), ("twice", 2), ("thrice", 3)]
  static let multiples = WordTable(multipleList)
  /// Fractions written as one character after a number: "4¼%".
  static let vulgarFractions: [String: Double] = ["¼": 0.25, "½": 0.5, "¾": 0.75]
  static let scales = WordTable([
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6),
    ("m", 1e6), ("k", 1e3), ("tn", 1e12), ("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7),
  ])
  /// Currency letters written onto an amount's digits ("R400 billion", "Rs500 crore",
  /// "KSh2.1bn"), longest first, with their currency.
  static let currencyPrefixes = [("ksh", "kes"), ("rs", "inr"), ("r", "zar")]
  /// Days in a unit of time.
  static let timeUnits = WordTable([
    ("day", 1.0), ("days", 1.0), ("week", 7.0), ("weeks", 7.0), ("month", 365.0 / 12), ("months", 365.0 / 12),
    ("year", 365.0), ("years", 365.0), ("decade", 3650.0), ("decades", 3650.0),
  ])
  static let currencyWords = WordTable([
    ("usd", "usd"), ("us$", "usd"), ("dollars", "usd"), ("dollar", "usd"), ("eur", "eur"), ("euros", "eur"),
    ("euro", "eur"), ("gbp", "gbp"), ("pounds", "gbp"), ("inr", "inr"), ("rupees", "inr"),
  ])
  /// Words after which a number names a reference ("Article 6", "Resolution 2270", "No. 5"); an
  /// acronym before a number is one too (see `readNumber`).
  static let identifierWords = WordTable(
    [
      "no", "no.", "number", "nos", "order", "orders", "resolution", "resolutions", "article",
      "articles", "art", "art.", "section", "sections", "sec", "paragraph", "paragraphs", "para", "decision",
      "decisions", "chapter", "chapters", "annex", "part", "rule", "rules", "proclamation", "proclamations",
      "title", "clause", "clauses", "item", "items", "page", "pages", "p", "pp", "law", "act", "regulation",
      "directive", "volume", "vol", "figure", "table", "box", "step", "phase", "tier", "level", "option", "goal",
      "target", "version", "edition", "appendix", "schedule",
    ].map { ($0, true) })
  /// Words after "six times" that say when, not how much more ("met six times since 2021").
  static let afterCountOfTimes = WordTable(
    ["in", "since", "during", "including", "between", "before", "this", "last", "already", "together"].map {
      ($0, true)
    })
  /// Verbs of meeting and visiting, the occasions "six times" counts ("have met six times"); a
  /// number of times after another verb is as often a multiple ("has grown three times").
  static let occasionVerbs = WordTable(
    [
      "met", "meet", "meets", "convened", "convene", "convenes", "gathered", "visited", "visit", "visits",
      "traveled", "travelled", "spoke", "spoken", "talked", "hosted", "called", "testified", "voted",
    ].map { ($0, true) })
  /// Adverbs that may stand between such a verb and its number ("met together six times").
  static let occasionAdverbs = WordTable(
    ["together", "already", "now", "jointly", "virtually", "personally", "formally"].map { ($0, true) })
  /// Words after a length of time that make it a point in time ("two years later", "three years
  /// into the war", "the one-year mark of the invasion", "its 10-year anniversary"): how long
  /// ago something began, which each document says as of its own date.
  static let relativeTimeWords = WordTable(
    [
      "later", "earlier", "ago", "after", "before", "since", "hence", "previously", "afterwards", "into", "mark",
      "anniversary",
    ].map { ($0, true) })
  /// Words that make a sum a rate, before it or after it ("an annual credit of $5,000", "$800
  /// annually"), with the period they add to its unit.
  static let periodWords = WordTable([
    ("annual", "/365"), ("annually", "/365"), ("yearly", "/365"), ("monthly", "/30"), ("weekly", "/7"),
  ])
  /// Words of the bounds before a value ("more than", "up to", "at least").
  static let boundWords = WordSet(["over", "under", "more", "less", "fewer", "than", "up", "to", "at", "least", "most"])
  /// Words before a value that bound it.
  static let approximateWords = WordTable(
    ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "circa", "estimated", "approx"].map {
      ($0, true)
    })

  /// Word classes a block needs for a value in words ("quarterly", "fourth", "twice", "thirty").
  static var valueWordList: [String] {
    ordinalList + ordinalTens.map(\.0) + frequencyWordList.map(\.0) + multipleList.map(\.0) + [
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ]
  }
}

/// One pass over one sentence.
private struct Reader {
  let tokens: UnsafeBufferPointer<Token>
  let sentence: Range<Int>
  var values: [TypedValue] = []
  /// The end of the last identifier, so "Resolutions 1718 and 1874" reads both as identifiers.
  var identifierEnd = Int.min

  init(tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>) {
    self.tokens = tokens
    self.sentence = sentence
  }

  func token(_ index: Int) -> Token? { sentence.contains(index) ? tokens[index] : nil }
  /// The word token at `index` (words are looked up by their bytes: no String is built).
  func word(_ index: Int) -> Token? {
    guard let token = token(index), token.kind == .word else { return nil }
    return token
  }
  func isText(_ index: Int, _ literal: StaticString) -> Bool { token(index)?.hasText(literal) ?? false }
  func isWord(_ index: Int, _ literal: StaticString) -> Bool { word(index)?.hasText(literal) ?? false }
  /// The tokens touch (no space between them).
  func adjacent(_ left: Int, _ right: Int) -> Bool {
    guard let a = token(left), let b = token(right) else { return false }
    return a.range.upperBound == b.range.lowerBound
  }
  func isNumber(_ index: Int) -> Bool { token(index)?.kind == .number }

  /// The integer a token of ASCII digits spells (as `Int(token.text)` reads it), from its bytes.
  static func integer(_ token: Token) -> Int? {
    guard token.isDigits, token.utf8Count <= 18 else { return Int(token.text.filter { $0 != " " }) }
    return token.withUTF8 { bytes in bytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) } }
  }
  func isWord(_ index: Int) -> Bool { token(index)?.kind == .word }

  mutating func read() -> [TypedValue] {
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      let token = tokens[index]
      switch token.kind {
      case .number: index = readNumber(at: index)
      case .word:
        if token.countValue != nil || token.wordClasses.contains(.valueWord) {
          index = readWord(at: index)
        } else if let end = readPrefixedAmount(at: index) {
          index = end
        } else {
          index += 1
        }
      case .punctuation: index += 1
      }
    }
    return withoutTimeSpans(values)
  }

  /// `values` without the two ends of a span of time ("between August 13, 1898, and July 4,
  /// 1902", "from 1 March 2020 to 31 May 2021"): neither is the time of what the clause says,
  /// which may be any time between them. (A span of plain numbers, "2015-2020", is no value.)
  func withoutTimeSpans(_ values: [TypedValue]) -> [TypedValue] {
    var spans = Set<Int>()
    for (position, start) in values.enumerated().dropLast() {
      let end = values[position + 1]
      guard start.kind == .date || start.kind == .year, end.kind == .date || end.kind == .year,
        start.tokens.upperBound <= end.tokens.lowerBound
      else { continue }
      let between = start.tokens.upperBound..<end.tokens.lowerBound
      let opens: Bool
      if isText(start.tokens.lowerBound - 1, "between") {
        opens = between.allSatisfy { isText($0, ",") || isText($0, "and") } && between.contains { isText($0, "and") }
      } else if isText(start.tokens.lowerBound - 1, "from") {
        opens =
          between.allSatisfy { isText($0, ",") || isText($0, "to") || isText($0, "until") || isText($0, "through") }
          && between.contains { !isText($0, ",") }
      } else {
        opens = false
      }
      if opens { spans.formUnion([position, position + 1]) }
    }
    guard !spans.isEmpty else { return values }
    return values.enumerated().filter { !spans.contains($0.offset) }.map(\.element)
  }

  // MARK: Numbers in digits

  /// The number a digit token spells, with an ordinal or scale suffix. Nil for digits grouped
  /// other than by threes ("220,0000" is a typo of 220,000 or of 2,200,000; "12,5" a decimal
  /// comma): which number is meant is not certain.
  func parse(_ text: String) -> (number: Double, ordinal: Bool, scale: Double, digits: Int)? {
    var digits = ""
    var suffix = ""
    var digitCount = 0
    // Digits since the last comma (nil before the first), and whether a decimal point was read.
    var sinceComma: Int?
    var isFraction = false
    for character in text {
      if suffix.isEmpty, character.isASCII, character.isNumber {
        digits.append(character)
        digitCount += 1
        if !isFraction { sinceComma = sinceComma.map { $0 + 1 } }
      } else if suffix.isEmpty, character == "," || character == " " {
        guard !isFraction, sinceComma == nil ? (1...3).contains(digitCount) : sinceComma == 3 else { return nil }
        sinceComma = 0
        continue
      } else if suffix.isEmpty, character == ".", !digits.isEmpty {
        guard !isFraction, sinceComma == nil || sinceComma == 3 else { return nil }
        isFraction = true
        digits.append(character)
      } else {
        suffix.append(character)
      }
    }
    guard isFraction || sinceComma == nil || sinceComma == 3, let number = Double(digits) else { return nil }
    switch suffix {
    case "": return (number, false, 1, digitCount)
    case "st", "nd", "rd", "th": return (number, true, 1, digitCount)
    default:
      if let fraction = ValueReader.vulgarFractions[suffix] { return (number + fraction, false, 1, digitCount) }
      if let scale = ValueReader.scales[suffix] { return (number, false, scale, digitCount) }
      return nil  // "1990s", "5g"
    }
  }

  /// `parse` for a token of digits alone (nearly every number), read from its bytes.
  func parse(_ token: Token) -> (number: Double, ordinal: Bool, scale: Double, digits: Int)? {
    guard token.isDigits, token.utf8Count <= 15 else { return parse(token.text) }
    let value = token.withUTF8 { bytes in bytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) } }
    return (Double(value), false, 1, token.utf8Count)
  }

  mutating func readNumber(at index: Int) -> Int {
    let token = tokens[index]
    guard let parsed = parse(token) else { return index + 1 }
    let isPlainInteger = token.isDigits
    // A reference's number: "Article 6", "Resolutions 1718 and 1874".
    // An acronym before a number is a label too ("COP 21", "SB 58", "UNSCR 2270").
    if let previous = self.token(index - 1), previous.kind == Token.Kind.word,
      (previous.isUpperCaseAcronym && ValueReader.currencyWords[token: previous] == nil)
        || ValueReader.identifierWords[token: previous] != nil
    {
      return identifier(index)
    }
    // A fiscal year names a budget, one of a series ("the fiscal year 2025 budget", "FY 2024
    // appropriations", "the fiscal 2025 request"): which budget, not when something happened.
    if isPlainInteger, token.utf8Count == 4,
      isWord(index - 1, "year") && isWord(index - 2, "fiscal") || isWord(index - 1, "fy")
        || isWord(index - 1, "fiscal")
    {
      return identifier(index)
    }
    // The year of a named instrument: "the Act of 2016", "the Climate Change Act 2008". (A year
    // only: "a goal of 5 percent", "a target of 30%" state values.)
    if isPlainInteger, token.utf8Count == 4, isText(index - 1, "of"), let name = self.token(index - 2),
      name.kind == .word,
      ValueReader.identifierWords[token: name] != nil || name.wordClasses.contains(.instrument)
    {
      return identifier(index)
    }
    if identifierEnd == index - 1
      || (identifierEnd == index - 2 && (isText(index - 1, ",") || isText(index - 1, "and") || isText(index - 1, "or")))
    {
      return identifier(index)
    }
    // Part of a symbol, a path or a version ("1/CP.21", "v2", "#3").
    if adjacent(index - 1, index), let previous = self.token(index - 1), previous.kind != .word,
      previous.hasText("-") || previous.hasText("/") || previous.hasText(".") || previous.hasText("#")
        || previous.hasText("_")
    {
      return index + 1
    }
    if adjacent(index, index + 1), let next = self.token(index + 1), next.hasText("/") || next.hasText("."),
      isNumber(index + 2)
    {
      return index + 3
    }
    // A date: "July 18, 2023", "July 2023", "18 July 2023", "2023-07-18".
    if let date = readDate(at: index) { return date }
    if parsed.scale == 1, !parsed.ordinal, let vote = readVote(from: index, parsed.number, numberEnd: index + 1) {
      return vote
    }
    // A range: "9 to 12 months", "2.1-2.8 °C", "2015-2020".
    if (isText(index + 1, "-") && adjacent(index, index + 1) && isNumber(index + 2))
      || (isText(index + 1, "to") && isNumber(index + 2)) || (isText(index + 1, "and") && isText(index - 1, "between"))
    {
      return index + 3
    }
    let start = valueStart(before: index)
    var end = index + 1
    var number = parsed.number * parsed.scale
    // A currency before the number: "$6 million", "USD 6 million".
    var currency: String?
    if start < index {
      currency = currencySymbol(index - 1)
    }
    if parsed.ordinal {
      return ordinal(Double(parsed.number), tokens: index..<end, token: index)
    }
    // A vulgar fraction right after the digits: "4¼%", "5½ per cent".
    if adjacent(index, end), let fraction = self.token(end).flatMap({ ValueReader.vulgarFractions[$0.text] }) {
      number += fraction
      end += 1
    }
    // A scale in square brackets, an editor's insertion or correction: "$40 \[million\]" (brackets
    // escaped in Markdown; unescaped ones are read as a link's text, without them).
    if isText(end, "["), let scale = word(end + 1).flatMap({ ValueReader.scales[token: $0] }), isText(end + 2, "]") {
      number *= scale
      end += 3
    }
    // (Scales may follow one another: "₹9.42 lakh crore".)
    while let scale = word(end).flatMap({ ValueReader.scales[token: $0] }), !isText(end, "m") || currency != nil {
      number *= scale
      end += 1
    }
    if currency == nil, let word = word(end), let code = ValueReader.currencyWords[token: word] {
      currency = code
      end += 1
    }
    if let currency {
      let first = valueStart(before: start)
      let period = ratePeriod(after: end)
      return emit(
        .amount, number, currency + (period.isEmpty ? ratePeriod(before: first) : period), tokens: first..<end,
        token: index)
    }
    if let unit = unitAfter(end) {
      return emitUnit(unit, number, from: index, numberEnd: end)
    }
    // A year: four digits, 1500–2100, written without separators.
    if isPlainInteger, parsed.digits == 4, (1500...2100).contains(parsed.number), parsed.scale == 1 {
      return emit(.year, parsed.number, tokens: index..<end, token: index)
    }
    // A count: a number of things ("46 sailors"); "1" is too often "one of".
    let isScaled = end > index + 1 || parsed.scale != 1
    if number >= 2, isWord(end),
      parsed.digits <= 3
        || (!isPlainInteger && token.withUTF8 { $0.contains(UInt8(ascii: ",")) || $0.contains(0x20) }) || isScaled
    {
      return emit(.count, number, tokens: index..<end, token: index)
    }
    return end
  }

  /// A vote whose first number (`number`) ends before `numberEnd`: "by six votes to three", "on
  /// 5 votes to 4", and, after "voted", "a majority of" or "a vote of", "6–3". The index after
  /// it, or nil.
  mutating func readVote(from start: Int, _ number: Double, numberEnd: Int) -> Int? {
    func count(_ index: Int) -> Double? {
      guard let token = token(index) else { return nil }
      if token.kind == .number, token.isDigits { return Self.integer(token).map(Double.init) }
      return token.kind == .word ? token.countValue.map(Double.init) : nil
    }
    guard number == number.rounded(), number < 1000 else { return nil }
    if isWord(numberEnd, "votes") || isWord(numberEnd, "vote"), isWord(numberEnd + 1, "to"),
      let against = count(numberEnd + 2), against < 1000
    {
      return emit(.vote, number * 1000 + against, tokens: start..<numberEnd + 3, token: start)
    }
    let introduced =
      isWord(start - 1, "voted")
      || (isWord(start - 1, "of") && (isWord(start - 2, "majority") || isWord(start - 2, "vote")))
    if introduced, isText(numberEnd, "-"), adjacent(numberEnd - 1, numberEnd), adjacent(numberEnd, numberEnd + 1),
      isNumber(numberEnd + 1), let against = count(numberEnd + 1), against < 1000
    {
      return emit(.vote, number * 1000 + against, tokens: start..<numberEnd + 2, token: start)
    }
    return nil
  }

  mutating func identifier(_ index: Int) -> Int {
    values.append(
      TypedValue(
        kind: .identifier, magnitude: Double(Self.integer(tokens[index]) ?? 0), tokens: index..<index + 1, token: index)
    )
    identifierEnd = index
    return index + 1
  }

  /// An amount whose currency's letters are written onto its digits, with a scale: "R400
  /// billion" (rand), "Rs 500 crore" aside, "Rs500 crore", "KSh2.1bn". Without a scale the
  /// letters and digits are as often a road, a model or a report's number ("R40", "R47321").
  mutating func readPrefixedAmount(at index: Int) -> Int? {
    let token = tokens[index]
    guard token.isCapitalized, token.utf8Count >= 2, token.utf8Count <= 24,
      token.firstByte == UInt8(ascii: "r") || token.firstByte == UInt8(ascii: "k")
    else {
      return nil
    }
    let text = token.text
    guard let prefix = ValueReader.currencyPrefixes.first(where: { text.hasPrefix($0.0) }),
      let first = text.dropFirst(prefix.0.count).first, first.isASCII, first.isNumber,
      let parsed = parse(String(text.dropFirst(prefix.0.count))), !parsed.ordinal
    else { return nil }
    var number = parsed.number * parsed.scale
    var end = index + 1
    while let scale = word(end).flatMap({ ValueReader.scales[token: $0] }), !isText(end, "m") || parsed.scale == 1 {
      number *= scale
      end += 1
    }
    guard end > index + 1 || parsed.scale != 1 else { return nil }
    let period = ratePeriod(after: end)
    return emit(
      .amount, number, prefix.1 + (period.isEmpty ? ratePeriod(before: index) : period), tokens: index..<end,
      token: index)
  }

  func currencySymbol(_ index: Int) -> String? {
    guard let token = token(index) else { return nil }
    if token.hasText("$") { return "usd" }
    if token.hasText("€") { return "eur" }
    if token.hasText("£") { return "gbp" }
    if token.hasText("₹") { return "inr" }
    if token.kind == .word, let code = ValueReader.currencyWords[token: token], !token.hasText("dollars"),
      !token.hasText("pounds"), !token.hasText("euros")
    {
      return code
    }
    return nil
  }

  /// The first token of the value's written form, taking in a currency before the number.
  func valueStart(before index: Int) -> Int {
    guard currencySymbol(index - 1) != nil else { return index }
    // "US$ 372 billion": the country's letters written onto the symbol are the currency's.
    if isText(index - 1, "$"), isText(index - 2, "us"), adjacent(index - 2, index - 1) { return index - 2 }
    return index - 1
  }

  /// A month name at `index`, as its number.
  func month(_ index: Int) -> Int? {
    guard let word = word(index) else { return nil }
    return ValueReader.months[token: word]
  }

  /// An abbreviated month ending at `end` ("Jul", "Sept."), capitalised: its number and first token.
  func abbreviatedMonth(endingAt end: Int) -> (month: Int, start: Int)? {
    var start = end
    if isText(end, "."), adjacent(end - 1, end) { start = end - 1 }
    guard let word = word(start), word.isCapitalized, let month = ValueReader.monthAbbreviations[token: word] else {
      return nil
    }
    return (month, start)
  }

  /// A day of the month in digits at `index`.
  func day(_ index: Int) -> Int? {
    guard let token = token(index), token.kind == .number, token.isDigits, token.utf8Count <= 2,
      let day = Self.integer(token), (1...31).contains(day)
    else { return nil }
    return day
  }

  /// A day of the month in digits at `index`, or as an ordinal in digits ("31st", "2nd"), as
  /// formal and British writing dates ("31st December, 1988", "the 2nd of January").
  func dayOrOrdinalDay(_ index: Int) -> Int? {
    if let day = day(index) { return day }
    guard let token = token(index), token.kind == .number, token.utf8Count <= 4, let parsed = parse(token),
      parsed.ordinal, parsed.digits <= 2, (1...31).contains(parsed.number)
    else { return nil }
    return Int(parsed.number)
  }

  /// A four-digit year at `index`.
  func yearNumber(_ index: Int) -> Int? {
    guard let token = token(index), token.kind == .number, token.isDigits, token.utf8Count == 4,
      let year = Self.integer(token), (1500...2100).contains(year)
    else { return nil }
    return year
  }

  /// A day of the year written without its year ("17 May", "December 2"), as a date of year 0:
  /// not where it opens a range ("July 9-11", "9 to 11 July") or a list of days ("July 9 and
  /// 10"). Returns the index after it.
  mutating func yearlessDate(_ month: Int, _ day: Int, tokens range: Range<Int>, token: Int) -> Int {
    let after = range.upperBound
    if isText(after, "-") || isText(after, "\u{2013}") || isWord(after, "to") || isWord(after, "and")
      || isWord(after, "or") || isText(token - 1, "-") || isText(token - 1, "\u{2013}")
      || isWord(range.lowerBound - 1, "to")
      || isWord(range.lowerBound - 1, "and")
    {
      return after
    }
    return emit(.date, Double(month * 100 + day), tokens: range, token: token)
  }

  /// Reads a date whose first number is at `index`; returns the index after it, or nil.
  mutating func readDate(at index: Int) -> Int? {
    // "July 18, 2023", "July 18 2023", "July 18" (no year: a day of the year, compared only with
    // another written so, `TypedValue.isOfTheSameKind`).
    if let month = month(index - 1), let day = dayOrOrdinalDay(index) {
      var next = index + 1
      if isText(next, ",") { next += 1 }
      if let year = yearNumber(next) {
        return emit(.date, Double(year * 10000 + month * 100 + day), tokens: index - 1..<next + 1, token: index)
      }
      return yearlessDate(month, day, tokens: index - 1..<index + 1, token: index)
    }
    // "Jul 29, 1987", "Sept. 11 2001": abbreviated, only with a day and a year.
    if let (month, start) = abbreviatedMonth(endingAt: index - 1), let day = dayOrOrdinalDay(index) {
      var next = index + 1
      if isText(next, ",") { next += 1 }
      if let year = yearNumber(next) {
        return emit(.date, Double(year * 10000 + month * 100 + day), tokens: start..<next + 1, token: index)
      }
    }
    // "July 2023", "March, 2010".
    if let month = month(index - 1), let year = yearNumber(index) {
      return emit(.date, Double(year * 10000 + month * 100), tokens: index - 1..<index + 1, token: index)
    }
    if isText(index - 1, ","), let month = month(index - 2), let year = yearNumber(index) {
      return emit(.date, Double(year * 10000 + month * 100), tokens: index - 2..<index + 1, token: index)
    }
    // "June of 1982": the month capitalised, as a name ("may of" is no month).
    if isWord(index - 1, "of"), let month = month(index - 2), token(index - 2)?.isCapitalized == true,
      let year = yearNumber(index)
    {
      return emit(.date, Double(year * 10000 + month * 100), tokens: index - 2..<index + 1, token: index)
    }
    // "18 July 2023", "18 July".
    if let day = dayOrOrdinalDay(index), let month = month(index + 1) {
      var next = index + 2
      if isText(next, ",") { next += 1 }
      if let year = yearNumber(next) {
        return emit(.date, Double(year * 10000 + month * 100 + day), tokens: index..<next + 1, token: index)
      }
      return yearlessDate(month, day, tokens: index..<index + 2, token: index)
    }
    // "the 2nd of January, 1987", "the 29th of July" (no year: left unread).
    if let day = dayOrOrdinalDay(index), day != self.day(index), isWord(index + 1, "of"),
      let month = month(index + 2), token(index + 2)?.isCapitalized == true
    {
      var next = index + 3
      if isText(next, ",") { next += 1 }
      if let year = yearNumber(next) {
        return emit(.date, Double(year * 10000 + month * 100 + day), tokens: index..<next + 1, token: index)
      }
      return index + 3
    }
    // "29 Jul 1987", "8 Sept. 2016", "21st Apr 2021".
    if let day = dayOrOrdinalDay(index) {
      let monthEnd = isText(index + 2, ".") && adjacent(index + 1, index + 2) ? index + 2 : index + 1
      if let (month, start) = abbreviatedMonth(endingAt: monthEnd), start == index + 1,
        let year = yearNumber(monthEnd + 1)
      {
        return emit(.date, Double(year * 10000 + month * 100 + day), tokens: index..<monthEnd + 2, token: index)
      }
    }
    // "2023-07-18".
    if let year = yearNumber(index), isText(index + 1, "-"), adjacent(index, index + 1), let month = day(index + 2),
      month <= 12, isText(index + 3, "-"), let day = day(index + 4)
    {
      return emit(.date, Double(year * 10000 + month * 100 + day), tokens: index..<index + 5, token: index)
    }
    return nil
  }

  enum Unit {
    case percent(Int)
    /// A measure: its unit, the index after it, and how many of the unit one written is
    /// ("percentage points" are a hundred basis points each).
    case measure(String, Int, scale: Double = 1)
    /// Days per unit, a qualifier ("working" days) and the index after it.
    case time(Double, String, Int)
    /// "-year cycle": every N years.
    case cycle(Int)
    case timesPer
  }

  /// A unit right after a number that ends before `index`: returns the unit and the index after it.
  func unitAfter(_ index: Int) -> Unit? {
    if isText(index, "%") { return .percent(index + 1) }
    if let word = word(index) {
      if word.hasText("percent") { return .percent(index + 1) }
      if word.hasText("per"), isText(index + 1, "cent") { return .percent(index + 2) }
      if word.hasText("degrees") || word.hasText("degree") {
        if isWord(index + 1, "celsius") || isWord(index + 1, "c") { return .measure("°c", index + 2) }
        if isWord(index + 1, "fahrenheit") || isWord(index + 1, "f") { return .measure("°f", index + 2) }
        return .measure("°c", index + 1)
      }
      // Basis points, however written: "50 basis points", "43 bps".
      if word.hasText("basis"), isWord(index + 1, "points") || isWord(index + 1, "point") {
        return .measure("bp", index + 2)
      }
      if word.hasText("bps") || word.hasText("bp") { return .measure("bp", index + 1) }
      // "0.25 percentage points" is 25 basis points.
      if word.hasText("percentage"), isWord(index + 1, "points") || isWord(index + 1, "point") {
        return .measure("bp", index + 2, scale: 100)
      }
      if word.hasText("times") { return .timesPer }
      if let days = ValueReader.timeUnits[token: word] { return .time(days, "", index + 1) }
      // "15 calendar days" are days; "10 business days", "5 working days" a length of their own,
      // compared only with the same.
      if word.hasText("calendar") || word.hasText("business") || word.hasText("working"),
        let unit = self.word(index + 1),
        let days = ValueReader.timeUnits[token: unit], days < 365
      {
        return .time(days, word.hasText("calendar") ? "" : "working", index + 2)
      }
    }
    if isText(index, "°"), isWord(index + 1, "c") || isWord(index + 1, "f") {
      return .measure(isWord(index + 1, "c") ? "°c" : "°f", index + 2)
    }
    if isText(index, "-"), let unit = word(index + 1), let days = ValueReader.timeUnits[token: unit] {
      // "five-year cycle", "5-year cycle".
      if days == 365.0, isWord(index + 2, "cycle") || isWord(index + 2, "cycles") { return .cycle(index + 3) }
      // "a 37-year career", "a 90-day review": a length, written as the noun's modifier.
      return .time(days, "", index + 2)
    }
    return nil
  }

  /// "six times" counts occasions: after a verb of meeting or visiting, before the clause's end or
  /// a word that goes on to say when.
  func endsCountOfTimes(_ index: Int, numberStart: Int) -> Bool {
    var verb = numberStart - 1
    while let adverb = word(verb), ValueReader.occasionAdverbs[token: adverb] != nil { verb -= 1 }
    guard let before = word(verb), ValueReader.occasionVerbs[token: before] != nil else { return false }
    guard let next = token(index) else { return index >= sentence.upperBound }
    if next.kind == .punctuation {
      return next.hasText(",") || next.hasText(".") || next.hasText(";") || next.hasText(")")
    }
    return ValueReader.afterCountOfTimes[token: next] != nil
  }

  /// The period a sum is paid or spent per, when words right after it say so ("$5,000 a year",
  /// "$800 per year", "$1,200 annually"): "/365" and the like, added to its unit, so that a rate is
  /// compared only with rates (a plan's "$10,000 in mortgage relief" is two years of "$5,000 a
  /// year", no other statement of it); "" for a sum.
  func ratePeriod(after end: Int) -> String {
    guard let next = word(end) else { return "" }
    // (Not "annual", an adjective before its noun.)
    if !next.hasText("annual"), let period = ValueReader.periodWords[token: next] { return period }
    guard next.hasText("a") || next.hasText("per") || next.hasText("each") || next.hasText("every"),
      let unit = word(end + 1), let days = ValueReader.timeUnits[token: unit],
      // ("$46 billion a year ago" is a sum at a time.)
      word(end + 2).map({ ValueReader.relativeTimeWords[token: $0] == nil }) ?? true
    else { return "" }
    return "/\(Int(days.rounded()))"
  }

  /// The same said before the sum: "an annual tax credit of $5,000", "a monthly stipend of about
  /// $1,500", "a monthly $50 fee" (the adjective at most three words before the sum, its bound
  /// and its "of").
  func ratePeriod(before first: Int) -> String {
    var index = first - 1
    while let word = word(index),
      ValueReader.approximateWords[token: word] != nil || ValueReader.boundWords.contains(word)
    {
      index -= 1
    }
    if isWord(index, "of") { index -= 1 }
    for _ in 0..<3 {
      guard let word = word(index) else { return "" }
      // (Not "annually", an adverb after its verb.)
      if !word.hasText("annually"), let period = ValueReader.periodWords[token: word] { return period }
      index -= 1
    }
    return ""
  }

  mutating func emitUnit(_ unit: Unit, _ number: Double, from index: Int, numberEnd: Int) -> Int {
    let start = index
    switch unit {
    case .percent(let end):
      return emit(.percent, number, tokens: start..<end, token: index)
    case .measure(let name, let end, let scale):
      return emit(.measure, number * scale, name, tokens: start..<end, token: index)
    case .time(let days, let qualifier, let end):
      // "from two months to 12", "from 60 days to a year": where a change started, no value of
      // anything now.
      if isText(start - 1, "from"), isText(end, "to") { return end }
      // "every five years", "every 2 years": a frequency.
      if isText(start - 1, "every") {
        return emit(.frequency, 365.0 / (number * days), tokens: start - 1..<end, token: index, boundFrom: start - 1)
      }
      // "two years later", "three days after": a time relative to another, not a length; but
      // "within 180 days after departure" and "in the 12 months after the moratorium" are
      // windows of that length.
      if let next = word(end), ValueReader.relativeTimeWords[token: next] != nil,
        !((isText(start - 1, "within") || isText(start - 1, "the")) && isText(end, "after"))
      {
        return end
      }
      return emit(.duration, number * days, qualifier, tokens: start..<end, token: index)
    case .cycle(let end):
      return emit(.frequency, 1 / number, tokens: start..<end, token: index)
    case .timesPer:
      // "four times a year", "3 times per month".
      if isWord(numberEnd + 1, "a") || isWord(numberEnd + 1, "per") || isWord(numberEnd + 1, "each")
        || isWord(numberEnd + 1, "every"),
        let unit = word(numberEnd + 2), let days = ValueReader.timeUnits[token: unit]
      {
        return emit(.frequency, number * 365.0 / days, tokens: start..<numberEnd + 3, token: index)
      }
      // "have met six times, including …", "six times since 2021": how many times something
      // happened, a count of times. ("Three times as many", "five times higher" multiply.)
      if number >= 2, number == number.rounded(), endsCountOfTimes(numberEnd + 1, numberStart: start) {
        return emit(.count, number, tokens: start..<numberEnd, token: index)
      }
      return numberEnd + 1
    }
  }

  // MARK: Numbers in words

  mutating func readWord(at index: Int) -> Int {
    let token = tokens[index]
    // "quarterly", "annually".
    if let times = ValueReader.frequencyWords[token: token] {
      // A prefix joined by a hyphen makes another frequency: "semi-annually" twice as often,
      // "bi-weekly" every two weeks (as the closed "biweekly"); any other "bi-" is ambiguous
      // ("bi-monthly": every two months, or twice a month), none read.
      if index >= 2, isText(index - 1, "-"), adjacent(index - 2, index - 1), adjacent(index - 1, index) {
        if isWord(index - 2, "semi") {
          return emit(.frequency, times * 2, tokens: index - 2..<index + 1, token: index - 2)
        }
        if isWord(index - 2, "bi") {
          guard token.hasText("weekly") else { return index + 1 }
          return emit(.frequency, ValueReader.everyTwoWeeks, tokens: index - 2..<index + 1, token: index - 2)
        }
      }
      return emit(.frequency, times, tokens: index..<index + 1, token: index)
    }
    // "twice a year", "once every five years" (the latter read at "five").
    if let times = ValueReader.multiples[token: token] {
      var next = index + 1
      if isWord(next, "a") || isWord(next, "per") || isWord(next, "each") {
        next += 1
        if let unit = word(next), let days = ValueReader.timeUnits[token: unit], days <= 365 {
          return emit(.frequency, Double(times) * 365.0 / days, tokens: index..<next + 1, token: index)
        }
      }
      if isWord(next, "yearly") || isWord(next, "annually") {
        return emit(.frequency, Double(times), tokens: index..<next + 1, token: index)
      }
      return index + 1
    }
    // An ordinal: "fourth", "twenty-first"; with the word it ranks by, "second-leading cause",
    // "third-largest" (not "first-time buyers").
    if let rank = ValueReader.ordinals[token: token] {
      if isText(index + 1, "-"), adjacent(index, index + 1), adjacent(index + 1, index + 2),
        let by = word(index + 2),
        by.hasText("leading") || by.withUTF8({ $0.count > 4 && $0.suffix(3).elementsEqual("est".utf8) })
      {
        return ordinal(Double(rank), tokens: index..<index + 3, token: index)
      }
      return ordinal(Double(rank), tokens: index..<index + 1, token: index)
    }
    var number: Double
    var end = index + 1
    if let count = token.countValue {
      number = Double(count)
    } else if let tens = ValueReader.tens[token: token] {
      number = Double(tens)
    } else {
      return index + 1
    }
    if let vote = readVote(from: index, number, numberEnd: end) { return vote }
    // A range in words, "three to five years", "two or three times": no one value.
    if isWord(end, "to") || isWord(end, "or"), let next = word(end + 1),
      next.countValue != nil || ValueReader.tens[token: next] != nil
    {
      return end + 2
    }
    // "twenty-one", "twenty-first", "twenty one".
    if number >= 20, number < 100, isText(end, "-") || isWord(end) {
      let unitIndex = isText(end, "-") ? end + 1 : end
      if let unit = self.token(unitIndex), let count = unit.countValue, (1...9).contains(count) {
        number += Double(count)
        end = unitIndex + 1
      } else if let unit = word(unitIndex), let rank = ValueReader.ordinals[token: unit], rank <= 9 {
        return ordinal(number + Double(rank), tokens: index..<unitIndex + 1, token: index)
      }
    }
    // "two hundred and sixty-five", "fifteen hundred".
    if number < 100, isWord(end, "hundred") {
      number *= 100
      end += 1
      let restStart = isWord(end, "and") ? end + 1 : end
      // (Not another number's start: "between two hundred and three hundred".)
      if let (rest, restEnd) = wordsBelowHundred(at: restStart),
        !isWord(restEnd, "hundred"), word(restEnd).flatMap({ ValueReader.scales[token: $0] }) == nil
      {
        number += rest
        end = restEnd
      }
    }
    if let scale = word(end).flatMap({ ValueReader.scales[token: $0] }), !isText(end, "m"), !isText(end, "k") {
      number *= scale
      end += 1
    }
    if let unit = unitAfter(end) {
      return emitUnit(unit, number, from: index, numberEnd: end)
    }
    // A count: "ten members", "three of the", never "one" (a pronoun as often as a number).
    guard number >= 2, isWord(end) else { return end }
    return emit(.count, number, tokens: index..<end, token: index)
  }

  /// A number from one to ninety-nine written in words at `index` ("five", "sixty-five",
  /// "sixty five"), and where it ends.
  func wordsBelowHundred(at index: Int) -> (Double, Int)? {
    guard let first = word(index) else { return nil }
    if let count = first.countValue, (1...19).contains(count) { return (Double(count), index + 1) }
    guard let tens = ValueReader.tens[token: first], tens < 100 else { return nil }
    let unitIndex = isText(index + 1, "-") ? index + 2 : index + 1
    if let unit = word(unitIndex), let count = unit.countValue, (1...9).contains(count) {
      return (Double(tens + count), unitIndex + 1)
    }
    return (Double(tens), index + 1)
  }

  mutating func ordinal(_ rank: Double, tokens range: Range<Int>, token: Int) -> Int {
    // An ordinal qualifies the noun after it ("fourth meeting"); "the first to", "second," are not values.
    // ("The first US-Pacific Islands Summit": "US" is no pronoun.)
    guard let next = self.token(range.upperBound), next.kind == .word,
      !next.wordClasses.contains(.function) || next.isUpperCaseAcronym
    else {
      return range.upperBound
    }
    return emit(.ordinal, rank, tokens: range, token: token)
  }

  // MARK: Emitting

  mutating func emit(
    _ kind: TypedValue.Kind, _ magnitude: Double, _ unit: String = "", tokens range: Range<Int>, token: Int,
    boundFrom: Int? = nil
  ) -> Int {
    var bound = bound(before: boundFrom ?? range.lowerBound)
    // A deadline ("by early July 2025", "no later than 2030") is a time at most, which a time
    // something was done before it does not contradict.
    if kind == .date || kind == .year, bound == .exact, isDeadline(before: range.lowerBound) { bound = .atMost }
    values.append(TypedValue(kind: kind, magnitude: magnitude, unit: unit, tokens: range, token: token, bound: bound))
    return range.upperBound
  }

  /// The words right before `index` make the time after them a deadline: "by 2030", "by early
  /// July", "by the end of 2025", "no later than June 6, 2013".
  func isDeadline(before index: Int) -> Bool {
    if isWord(index - 1, "by") { return true }
    if isWord(index - 1, "early") || isWord(index - 1, "mid") || isWord(index - 1, "late") {
      return isWord(index - 2, "by")
    }
    if isWord(index - 1, "of"), isWord(index - 2, "end"), isWord(index - 3, "the") { return isWord(index - 4, "by") }
    return isWord(index - 1, "than") && isWord(index - 2, "later")
      && (isWord(index - 3, "no") || isWord(index - 3, "not"))
  }

  /// The bound the words right before `index` put on a value.
  func bound(before index: Int) -> TypedValue.Bound {
    guard let previous = word(index - 1) else { return .exact }
    // (Compared as bytes: no String is built for the words before every value.)
    func before(_ literal: StaticString) -> Bool { isWord(index - 2, literal) }
    if previous.hasText("least"), before("at") { return .atLeast }
    if previous.hasText("most"), before("at") { return .atMost }
    // ("added up to $9.4 billion", "adds up to": a sum, not a bound.)
    if previous.hasText("to"), before("up"),
      !(isText(index - 3, "add") || isText(index - 3, "adds") || isText(index - 3, "added")
        || isText(index - 3, "adding"))
    {
      return .atMost
    }
    if previous.hasText("than") {
      if isText(index - 3, "no") || isText(index - 3, "not") {
        // "no fewer than 55", "not more than 10".
        if before("fewer") || before("less") { return .atLeast }
        if before("more") { return .atMost }
      }
      if before("more") || before("greater") || before("higher") { return .moreThan }
      if before("less") || before("fewer") || before("lower") { return .lessThan }
      return .exact
    }
    if previous.hasText("over") || previous.hasText("above") || previous.hasText("exceeding") { return .moreThan }
    if previous.hasText("under") || previous.hasText("below") { return .lessThan }
    if previous.hasText("estimated"), before("an") {
      // "at least an estimated 55 per cent": the outer bound wins.
      return isText(index - 3, "least") && isText(index - 4, "at") ? .atLeast : .approximate
    }
    if ValueReader.approximateWords[token: previous] != nil { return .approximate }
    return .exact
  }
}
