/// Finds formal references in prose: executive orders ("Executive Order 13382", "EO 13382",
/// "E.O. 13382", "Executive Order No. 13382", "EO13382"), resolutions ("UN Security Council
/// Resolution 1540") and named instruments ("the Lahore Declaration", "Treaty of Versailles").
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

    /// "executive-order", "resolution" or the instrument word ("declaration", "treaty", …).
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
    ("agreement", "agreement"), ("treaty", "treaty"), ("convention", "treaty"), ("protocol", "treaty"),
    ("pact", "agreement"), ("charter", "treaty"), ("act", "law"), ("memorandum", "agreement"),
  ]
  static let instrumentWords = WordTable(instrumentList.map { ($0.word, $0.kind) })

  static let notNames = WordSet([
    "the", "a", "an", "this", "that", "our", "their", "its", "why", "what", "how", "new", "one",
    "each", "every", "any", "some", "no", "under", "in", "on", "of", "and", "to", "for", "with",
  ])

  /// The first words of executive-order and resolution references.
  static let referenceStartList = [
    "executive", "exec", "e.o.", "eo", "un", "u.n.", "united", "security", "general", "unsc", "resolution",
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
      // Every executive order and resolution starts with one of a few words ("executive", "eo",
      // "un", "security", "resolution", …) or is "EO13382" written as one word.
      guard
        tokens[index].wordClasses.contains(.referenceStart)
          || startsWithEO(tokens[index])
      else {
        index += 1
        continue
      }
      if let occurrence = executiveOrder(at: index, tokens, range) ?? resolution(at: index, tokens, range) {
        found.append(occurrence)
        index = occurrence.tokens.upperBound
        continue
      }
      index += 1
    }
    if prose.summary.wordClasses.contains(.instrument) {
      found += namedInstruments(tokens, range, excluding: found)
    }
    return found.count < 2 ? found : found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  private static func isNumber(_ token: Token) -> Bool {
    token.kind == .number && token.isDigits
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
    // Optional "No." / "no" / "number" / "#".
    if cursor < range.upperBound,
      tokens[cursor].hasText("no") || tokens[cursor].hasText("number") || tokens[cursor].hasText("#")
    {
      cursor += 1
      if cursor < range.upperBound, tokens[cursor].hasText(".") { cursor += 1 }
      form = .variant
    }
    guard cursor < range.upperBound, isNumber(tokens[cursor]), tokens[cursor].utf8Count >= 4 else { return nil }
    let number = tokens[cursor].text
    return Occurrence(
      kind: "executive-order", identifier: number, tokens: index..<cursor + 1, form: form,
      canonical: "Executive Order \(number)")
  }

  private static func resolution(at index: Int, _ tokens: [Token], _ range: Range<Int>) -> Occurrence? {
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
    if word(0, is: "security"), word(1, is: "council") {
      cursor += 2
    } else if word(0, is: "general"), word(1, is: "assembly") {
      cursor += 2
    } else if word(0, is: "unsc") {
      cursor += 1
    }
    guard word(0, is: "resolution"), tokens[cursor].isCapitalized else { return nil }
    cursor += 1
    var form = Occurrence.Form.full
    if word(0, is: "no") || word(0, is: "number") || word(0, is: "#") {
      cursor += 1
      if word(0, is: ".") { cursor += 1 }
      form = .variant
    }
    guard cursor < range.upperBound, isNumber(tokens[cursor]) else { return nil }
    let number = tokens[cursor].text
    return Occurrence(
      kind: "resolution", identifier: number, tokens: start..<cursor + 1, form: form,
      canonical: "Resolution \(number)")
  }

  /// "Lahore Declaration", "Simla Agreement", "Treaty of Versailles", "Arms Export Control Act".
  private static func namedInstruments(_ tokens: [Token], _ range: Range<Int>, excluding: [Occurrence]) -> [Occurrence]
  {
    var found: [Occurrence] = []
    // The lexicon tagged instrument words (see `WordClasses.instrument`): one bit per token.
    for index in range where tokens[index].wordClasses.contains(.instrument) && tokens[index].isCapitalized {
      guard let kind = instrumentWords[token: tokens[index]] else { continue }
      if excluding.contains(where: { $0.tokens.contains(index) }) { continue }
      // Name words before: capitalized, not a determiner.
      var start = index
      while start > range.lowerBound {
        let previous = tokens[start - 1]
        guard previous.kind == .word, previous.isCapitalized, !notNames.contains(previous) else { break }
        start -= 1
      }
      var end = index + 1
      // "Treaty of Versailles", "Declaration on …".
      if start == index, end + 1 < range.upperBound, tokens[end].hasText("of") || tokens[end].hasText("on") {
        var cursor = end + 1
        if cursor < range.upperBound, tokens[cursor].hasText("the") { cursor += 1 }
        var named = cursor
        while named < range.upperBound, tokens[named].kind == .word, tokens[named].isCapitalized { named += 1 }
        if named > cursor { end = named }
      }
      guard start < index || end > index + 1 else { continue }
      // Title-case lines (headings) make every word look like a name: require the sentence to
      // have lower-case words too.
      let nameTokens = tokens[start..<end].filter { $0.kind == .word }
      let identifier = nameTokens.map(\.text).joined(separator: " ")
      found.append(
        Occurrence(
          kind: kind, identifier: identifier, tokens: start..<end, form: .full,
          canonical: identifier))
    }
    return found
  }
}
