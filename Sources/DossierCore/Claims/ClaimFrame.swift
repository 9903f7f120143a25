/// A shallow frame of one value in one sentence: what the value is, what it counts or ranks (its
/// head), what the clause around it is about (its subject words), the year that qualifies it
/// ("60 per cent by 2035"), and whether it is negated or distributive ("two members each").
/// Corpus sentences and draft sentences are framed the same way, so they can be aligned.
struct ClaimFrame: Sendable {
  var value: TypedValue
  /// The stem of the noun a count or an ordinal belongs to ("member", "session"); the unit for a
  /// percentage, an amount, a measure, a duration or a frequency; empty for a year or a date.
  /// (Stems are plain values, `WordForms.stemText(of:)`: frames are read on every block with a
  /// value, and compared by two machine words, never as Strings.)
  var head: TokenText
  /// Distinct content-word stems (and reference numbers) of the value's clause, nearest first;
  /// with the previous sentence's subject when the clause opens with a pronoun.
  var subject: [TokenText]
  /// The nearest lower-case content word before the value in its clause ("entered into force
  /// on …" → "force"): what a date or a year is the time of.
  var anchor: TokenText
  /// A year the value is stated for ("by 2035", "in 2023").
  var qualifier: Int?
  /// A "not", "no" or "never" in the clause before the value.
  var isNegated: Bool
  /// "two members each": a number per group, not a total.
  var isDistributive: Bool
  /// The tokens of the value's whole clause, beyond the subject's window: where its names are
  /// read (`ClaimFrameReader.names(of:in:sentence:values:)`), only for a draft frame that some
  /// corpus frames could align with.
  var clause: Range<Int> = 0..<0
  /// The other years, dates, sums and shares of the value's clause ("a 2019 survey", "₹9.42
  /// lakh crore, about 4.6 per cent of GDP"): they say which event the value belongs to.
  var companions: [TypedValue] = []
  /// Whether a share, a sum or a measure is how much something changed or what it came to.
  var relation: Relation = .unstated
  /// How many of the last subject words are the previous sentence's (after a pronoun).
  var inheritedSubject: Int = 0

  /// The subject words of the value's own sentence.
  var ownSubject: ArraySlice<TokenText> { subject.dropLast(inheritedSubject) }

  /// What a share, a sum or a measure says of its thing, where the word before it says so.
  enum Relation: UInt8, Sendable {
    /// Nothing certain ("a 20% tariff", "an increase of 20%").
    case unstated
    /// How much it changed: "lower tariffs by 115%", "cut by $2 billion".
    case change
    /// What it stood at or came to: "stood at 20%", "rose to 20%", "from 10%".
    case level

    /// Whether a value said to be a change and one said to be a level may be the same claim:
    /// never ("stood at 20%" is no statement of "lowered by 115%").
    func isCompatible(with other: Relation) -> Bool {
      self == other || self == .unstated || other == .unstated
    }
  }
}

enum ClaimFrameReader {
  /// Words after which the clause has ended.
  static let clauseBreaks = WordSet([";", ":", "(", ")", "\"", ".", "!", "?"])
  /// Conjunctions that open another clause after a comma (", while the extension opened in 2022").
  static let contrastingConjunctions = WordSet(["but", "while", "whereas", "although", "though", "yet"])

  /// A clause ends at `index`: a clause mark, or a comma before a contrasting conjunction. The
  /// parentheses around an acronym do not end it ("the Refugee Admissions Program (USRAP) for
  /// 120 days").
  static func endsClause(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    if token.hasText("("), shortNameEnd(from: index, tokens, sentence) != nil { return false }
    if token.hasText(")"),
      let open = stride(from: index - 2, through: max(sentence.lowerBound, index - 8), by: -1).first(where: {
        tokens[$0].hasText("(")
      }), shortNameEnd(from: open, tokens, sentence) == index
    {
      return false
    }
    if token.hasText(":"), isAfterLabel(index, tokens, sentence) { return false }
    if clauseBreaks.contains(token) { return true }
    return token.hasText(",") && index + 1 < sentence.upperBound && contrastingConjunctions.contains(tokens[index + 1])
  }
  /// The closing parenthesis of parentheses opening at `index` around a short name the text
  /// goes on to use: an acronym ("(USRAP)") or up to four capitalised words ("(Military-Connected
  /// Plan)", "(the “Council”)"). Such parentheses name what the clause is about; they end nothing.
  static func shortNameEnd(from index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
    guard tokens[index].hasText("(") else { return nil }
    var names = 0
    var cursor = index + 1
    while cursor < sentence.upperBound, cursor - index <= 7 {
      let token = tokens[cursor]
      if token.hasText(")") { return names > 0 && names <= 4 ? cursor : nil }
      switch token.kind {
      case .word:
        if token.isCapitalized || token.isUpperCaseAcronym {
          names += 1
        } else if !token.hasText("the") {
          return nil
        }
      case .number: return nil
      case .punctuation:
        guard token.hasText("-") || token.hasText("\"") || token.hasText("'") else { return nil }
      }
      cursor += 1
    }
    return nil
  }

  /// Token `index` opens parentheses around an acronym alone ("(USRAP)").
  static func opensAcronymParentheses(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> Bool
  {
    index + 2 < sentence.upperBound && tokens[index].hasText("(") && tokens[index + 1].isUpperCaseAcronym
      && tokens[index + 2].hasText(")")
  }

  /// The negation at `index` opens the value's bound, not a denial: "not more than 20 members",
  /// "no fewer than 55".
  static func opensBound(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ value: TypedValue) -> Bool {
    index + 3 == value.tokens.lowerBound && comparatives.contains(tokens[index + 1])
      && tokens[index + 2].hasText("than")
  }
  static let comparatives = WordSet(["more", "less", "fewer", "greater", "higher", "lower"])

  /// A Markdown emphasis mark, which stays in the prose ("*April 3, 2023:* the Advisor …").
  static func isEmphasisMark(_ token: Token) -> Bool {
    token.kind == .punctuation && (token.hasText("*") || token.hasText("**") || token.hasText("_"))
  }

  /// A colon after a short label that opens the sentence and names something or a time ("Public
  /// Service Loan Forgiveness (PSLF): $62.5 billion for 871,000 workers", "August 2023: $45.7
  /// billion …"): the label names what the rest says, in the same clause.
  static func isAfterLabel(_ colon: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
    guard colon > sentence.lowerBound, colon - sentence.lowerBound <= 8 else { return false }
    var names = 0
    for index in sentence.lowerBound..<colon {
      let token = tokens[index]
      switch token.kind {
      case .word:
        if token.isUpperCaseAcronym || token.isCapitalized && index > sentence.lowerBound {
          names += 1
        } else if !token.isCapitalized, !token.wordClasses.contains(.function) {
          // A lower-case word of content: a clause ("The Secretary said:"), not a label.
          return false
        }
      case .number: names += 1
      case .punctuation:
        // (A comma only inside a date, "April 3, 2023:", or a place, "Denver, Colorado:".)
        let inDateOrPlace =
          token.hasText(",") && index > sentence.lowerBound
          && (tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
            || tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized
              && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized)
        guard inDateOrPlace || token.hasText("(") || token.hasText(")") || isEmphasisMark(token) || token.hasText("-")
        else { return false }
      }
    }
    return names > 0
  }

  // Words that negate the clause around a value when they stand close before it ("did not
  // consist of 12 members") are `ClauseWords.negatorList` (tagged `WordClasses.negation`); "no"
  // is not one ("with no or limited overshoot" negates nothing).
  /// Verbs that report what someone said or found: ", the report warned.", ", officials said."
  /// (A closed list; "states" is left out, for "the United States".)
  static let reportingVerbs = WordSet([
    "said", "says", "say", "warned", "warns", "noted", "notes", "found", "finds", "reported", "reports",
    "added", "adds", "argued", "argues", "concluded", "concludes", "estimated", "estimates", "wrote", "writes",
    "observed", "observes", "announced", "announces", "acknowledged", "acknowledges", "claimed", "claims",
    "explained", "explains", "insisted", "insists", "cautioned", "cautions", "confirmed", "confirms",
    "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "stresses", "recalled", "recalls", "told",
    "tells", "declared", "declares", "predicted", "predicts", "projected", "projects", "showed", "shows",
  ])

  /// Token `index` ends who said what follows: the "that" after a verb of reporting, with up to
  /// two words between them ("said that", "reminded the room that"), or a comma right after one
  /// ("the President explained, it means …", "As the report noted, …").
  static func endsAttribution(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
    func reports(_ token: Token) -> Bool { reportingVerbs.contains(token) || otherReportingVerbs.contains(token) }
    if tokens[index].hasText(","), index > sentence.lowerBound {
      return tokens[index - 1].kind == .word && reports(tokens[index - 1])
    }
    guard tokens[index].hasText("that") else { return false }
    // ("$95 million announced that month": the month's determiner.)
    if index + 1 < sentence.upperBound, ValueReader.timeUnits[token: tokens[index + 1]] != nil { return false }
    for before in stride(from: index - 1, through: max(sentence.lowerBound, index - 3), by: -1) {
      guard tokens[before].kind == .word else { return false }
      if reports(tokens[before]) { return true }
    }
    return false
  }
  /// Verbs that report before a "that" only ("the President reminded the room that …").
  static let otherReportingVerbs = WordSet(["reminded", "reminds", "stated", "believes", "believed"])

  /// Where a sentence's closing attribution starts: its comma, before a few words that report
  /// who said it (", the Glasgow decision warned.", ", said the minister.", ", according to the
  /// report."). What they name is the claim's source, not what the claim is about.
  static func reportingTail(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
    // The sentence's last word, before its closing marks.
    guard
      let last = sentence.reversed().first(where: { tokens[$0].kind != .punctuation }),
      let comma = (sentence.lowerBound..<last).last(where: { tokens[$0].kind == .punctuation })
    else { return nil }
    guard tokens[comma].hasText(","), comma > sentence.lowerBound else { return nil }
    let words = comma + 1...last
    guard words.count <= 6 else { return nil }
    let first = tokens[comma + 1]
    let reports =
      reportingVerbs.contains(tokens[last]) || reportingVerbs.contains(first)
      || (first.hasText("according") && words.count >= 3 && tokens[comma + 2].hasText("to"))
    return reports ? comma : nil
  }

  /// Determiners the function words do not list: "another $800 million" and "another $1
  /// billion" share no word by them.
  static let determiners = WordSet(["another", "every", "either", "neither", "other"])

  /// Pronouns and determiners that take their subject from the sentence before.
  static let pronouns = WordSet(pronounWords)
  private static let pronounWords = ["it", "its", "they", "their", "this", "these", "he", "she", "his", "her"]
  /// Words before the noun of a noun phrase ("the agency", "its board").
  static let articles = WordSet(articleWords)
  private static let articleWords = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
  ]

  /// The time a sentence opens with ("On April 13, 2023, the Advisor convened …", "April 3,
  /// 2023: the Advisor convenes …") is the time of the first lower-case word after it that is
  /// not a function word nor a subject's noun right after an article ("the agency announced" is
  /// the time of "announced"): mostly the clause's verb. Only function words may come before
  /// the time, and a comma or colon after it.
  static func openingTimeAnchor(
    of value: TypedValue, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>,
    isCovered: (Int) -> Bool
  ) -> TokenText {
    var cursor = value.tokens.upperBound
    while cursor < sentence.upperBound, isEmphasisMark(tokens[cursor]) { cursor += 1 }
    guard cursor < sentence.upperBound, tokens[cursor].hasText(",") || tokens[cursor].hasText(":"),
      (sentence.lowerBound..<value.tokens.lowerBound).allSatisfy({
        tokens[$0].wordClasses.contains(.function) || isEmphasisMark(tokens[$0])
      })
    else { return .empty }
    cursor += 1
    var words = 0
    while cursor < sentence.upperBound, words < 12 {
      let token = tokens[cursor]
      // (An acronym in parentheses after a name: "the Department of Transportation (DOT)".)
      if opensAcronymParentheses(cursor, tokens, sentence) {
        cursor += 3
        continue
      }
      if token.kind == .punctuation, !token.hasText("-"), !token.hasText("."), !isEmphasisMark(token) { return .empty }
      if token.kind == .word {
        words += 1
        if !token.isCapitalized, !token.wordClasses.contains(.function), !isCovered(cursor),
          !articles.contains(tokens[cursor - 1])
        {
          return WordForms.stemText(of: token)
        }
      }
      cursor += 1
    }
    return .empty
  }

  /// The most words of the clause, on each side of the value, that make up its subject.
  static let leftWindow = 8
  static let rightWindow = 6

  /// The frames of a sentence's values; `previous` is the subject of the sentence before (for a
  /// clause that opens with a pronoun).
  static func frames(
    in prose: ProseText, sentence: Range<Int>, values: [TypedValue], previous: [TokenText]
  ) -> [ClaimFrame] {
    frames(in: prose, sentence: sentence, values: values, previous: { previous })
  }

  /// The same, with the previous sentence's subject worked out only for a clause that needs it.
  static func frames(
    in prose: ProseText, sentence: Range<Int>, values: [TypedValue], previous readPrevious: () -> [TokenText],
    wanted: (TypedValue.Kind, TokenText) -> Bool = { _, _ in true }
  ) -> [ClaimFrame] {
    guard values.contains(where: { $0.kind != .identifier }) else { return [] }
    var previousCache: [TokenText]?
    func previousSubject() -> [TokenText] {
      if let previousCache { return previousCache }
      let subject = readPrevious()
      previousCache = subject
      return subject
    }
    return prose.tokens.withUnsafeBufferPointer { tokens in
      // Whether a value covers a token (reference numbers are subject words, not values; see
      // `TypedValue.coveredTokens`). A sentence has a few values: their ranges are searched, no
      // set is built.
      let coveredRanges = values.compactMap { $0.kind != .identifier ? $0.coveredTokens(in: tokens) : nil }
      func isCovered(_ index: Int) -> Bool {
        coveredRanges.contains { $0.contains(index) }
      }
      let opensWithPronoun = sentence.first.map { pronouns.contains(tokens[$0]) } ?? false
      let tail = reportingTail(tokens, sentence)
      let whole = sentence
      var frames: [ClaimFrame] = []
      for value in values where value.kind != .identifier {
        // A value before a closing attribution is read in the sentence without it.
        let sentence = tail.map { value.tokens.upperBound <= $0 ? whole.lowerBound..<$0 : whole } ?? whole
        let (head, headEnd) = self.head(of: value, tokens, sentence)
        // A frame nothing could align with is not worth reading further.
        guard wanted(value.kind, head) else { continue }
        // "the second quarter", "the first half of 2025": a rank that names a period of time
        // dates the clause, it claims nothing.
        if value.kind == .ordinal, periodWords.contains(head) { continue }
        // "8% higher than the same quarter of 2023": the time after "than" is what the clause is
        // compared with, not its own time.
        if value.kind == .year || value.kind == .date, isComparisonBase(value, tokens, sentence) { continue }
        var subject: [TokenText] = []
        subject.reserveCapacity(leftWindow + rightWindow + 4)
        func add(_ index: Int) {
          let token = tokens[index]
          let word: TokenText
          switch token.kind {
          case .word:
            // Particles ("came down", "set up") are no more a subject's than function words are.
            // (Nor adverbs that only place it in time or stress it: "now" says nothing of what
            // is counted.)
            guard !token.wordClasses.contains(.function), !CompoundForms.particleWords.contains(token),
              !determiners.contains(token), !emptyAdverbs.contains(token),
              !isCovered(index)
            else { return }
            word = WordForms.stemText(of: token)

          case .number:
            guard !isCovered(index) else { return }
            word = token.textValue
          case .punctuation: return
          }
          if word != head, !subject.contains(word) { subject.append(word) }
        }
        var isNegated = false
        var anchor = TokenText.empty
        // Where "took place" or "was held" starts, once passed.
        var occurrenceVerb: Int?
        var clauseStart = sentence.lowerBound
        var count = 0
        var cursor = value.tokens.lowerBound - 1
        while cursor >= sentence.lowerBound {
          let token = tokens[cursor]
          // "The President reminded the room that …", "the report found that …": who said it is
          // the claim's source, not what it is about.
          if endsAttribution(cursor, tokens, sentence) {
            clauseStart = cursor + 1
            break
          }
          // ", and USCIS has issued over 71,000 work permits": a clause of its own, with its own
          // named subject; what comes before the "and" is another clause's.
          if cursor + 2 < value.tokens.lowerBound, tokens[cursor + 2].isCapitalized,
            opensCoordinatedClause(at: cursor, tokens)
          {
            clauseStart = cursor + 2
            break
          }
          if endsClause(cursor, tokens, sentence) {
            // A value in parentheses restates the words before them: its clause goes on outside
            // ("measures of ₹9.42 lakh crore (4.6 per cent of GDP)").
            if token.hasText("("),
              matchingParenthesis(of: cursor, tokens, sentence).map({ $0 >= value.tokens.upperBound }) ?? false
            {
              cursor -= 1
              continue
            }
            clauseStart = cursor + 1
            break
          }
          if count < leftWindow, token.wordClasses.contains(.negation), !opensBound(cursor, tokens, value) {
            isNegated = true
          }
          if anchor.isEmpty, count < leftWindow, token.kind == .word, !token.wordClasses.contains(.function),
            !isCovered(cursor)
          {
            if occurrenceVerb == nil, let start = occurrenceVerbStart(at: cursor, tokens, sentence) {
              // "took place in 2015", "was held in 2015": the year is the time of what took
              // place, named or not ("COP21 took place in Paris in 2015").
              occurrenceVerb = start
            } else if cursor < occurrenceVerb ?? Int.max,
              !token.isCapitalized || occurrenceVerb != nil
                // ("Founded in 1879, the school …": a verb capitalised only to open the sentence.)
                || (cursor == sentence.lowerBound && isPastTense(token))
            {
              anchor = WordForms.stemText(of: token)
            }
          }
          // (The words of "took place" say nothing of what took place.)
          let inOccurrenceVerb = occurrenceVerb.map { cursor == $0 || cursor == $0 + 1 } ?? false
          if token.kind != .punctuation, count < leftWindow, !inOccurrenceVerb {
            add(cursor)
            if !isCovered(cursor) { count += 1 }
          }
          cursor -= 1
        }
        // A time the sentence opens with: its clause goes on past the comma or colon after it.
        var opensWithTime = false
        var clauseGoesOn = false
        if anchor.isEmpty, value.kind == .year || value.kind == .date {
          anchor = openingTimeAnchor(of: value, tokens, sentence, isCovered: isCovered)
          opensWithTime = !anchor.isEmpty
          if opensWithTime, !subject.contains(anchor) { subject.append(anchor) }
        }
        count = 0
        cursor = headEnd
        var clauseEnd = sentence.upperBound
        // (After a time the sentence opens with, the clause's subject comes first: a window as
        // long as the one before a value.)
        let window = opensWithTime ? leftWindow + 4 : rightWindow
        while cursor < sentence.upperBound, count < window {
          let token = tokens[cursor]
          // (Past the comma or colon, and any emphasis mark before it.)
          if opensWithTime, cursor == value.tokens.upperBound || !clauseGoesOn && token.kind == .punctuation {
            clauseGoesOn = clauseGoesOn || token.hasText(",") || token.hasText(":")
            cursor += 1
            continue
          }
          // "… by 2020 and did not meet that goal": another predicate of the subject, not this
          // value's words.
          let opensPredicate =
            (token.hasText("and") || token.hasText("but")) && cursor + 1 < sentence.upperBound
            && auxiliaryVerbs.contains(tokens[cursor + 1])
          // ", and the Government expects …": a clause of its own, with its own subject (not a
          // list's last item: ", and private sector investment").
          let opensClause =
            cursor >= value.tokens.upperBound && cursor + 2 < sentence.upperBound
            && opensCoordinatedClause(at: cursor, tokens)
            && (tokens[cursor + 2].isCapitalized || clauseSubjectStarts.contains(tokens[cursor + 2]))
          if opensPredicate || opensClause || endsClause(cursor, tokens, sentence) {
            if token.hasText(")"),
              matchingParenthesis(of: cursor, tokens, sentence).map({ $0 < value.tokens.lowerBound }) ?? false
            {
              cursor += 1
              continue
            }
            clauseEnd = cursor
            break
          }
          if token.kind != .punctuation {
            add(cursor)
            count += 1
          }
          cursor += 1
        }
        let ownSubjectCount = subject.count
        if opensWithPronoun || clauseStart == sentence.lowerBound && startsWithDefiniteNoun(tokens, sentence) {
          for word in previousSubject() where !subject.contains(word) && word != head { subject.append(word) }
        }
        // The first "by 2035", "in 2023" after the value in its clause, within a few words.
        var qualifier: Int?
        var next = value.tokens.upperBound
        while next + 1 < sentence.upperBound, next < value.tokens.upperBound + rightWindow {
          if tokens[next].kind == .punctuation, clauseBreaks.contains(tokens[next]) { break }
          if tokens[next].wordClasses.contains(.function),
            tokens[next].hasText("by") || tokens[next].hasText("in") || tokens[next].hasText("for"),
            let year = values.first(where: { $0.tokens.lowerBound == next + 1 && $0.kind == .year })
          {
            qualifier = year.year
            break
          }
          next += 1
        }
        let isDistributive = headEnd < sentence.upperBound && tokens[headEnd].hasText("each")
        // The names of the whole clause, beyond the subject's window ("… unaware of it in Kenya").
        var trueClauseEnd = clauseEnd
        if trueClauseEnd == sentence.upperBound {
          trueClauseEnd =
            (value.tokens.upperBound..<sentence.upperBound).first { endsClause($0, tokens, sentence) }
            ?? sentence.upperBound
        }
        // (Not into a clause coordinated after it with a subject of its own: ", and Emergency
        // Rental Assistance delivered …" names what that clause is about.)
        if let start = coordinatedClauseStart(after: value.tokens.upperBound, to: trueClauseEnd, tokens),
          tokens[start + 2].isCapitalized
        {
          trueClauseEnd = start
        }
        // A clause coordinated after a comma ("…by 2028, and wants … by 2030") says its own
        // times and sums: they are no companions of this value.
        let companionStart = coordinatedClauseStart(before: value.tokens.lowerBound, from: clauseStart, tokens)
        let companionEnd = coordinatedClauseStart(after: value.tokens.upperBound, to: clauseEnd, tokens) ?? clauseEnd
        let companions = values.filter { other in
          other.tokens != value.tokens
            && (other.kind == .year || other.kind == .date || other.kind == .amount || other.kind == .percent)
            && other.tokens.lowerBound >= companionStart && other.tokens.upperBound <= companionEnd
        }
        frames.append(
          ClaimFrame(
            value: value, head: head, subject: subject, anchor: anchor, qualifier: qualifier, isNegated: isNegated,
            isDistributive: isDistributive, clause: clauseStart..<trueClauseEnd, companions: companions,
            relation: relation(of: value, tokens, sentence), inheritedSubject: subject.count - ownSubjectCount))
      }
      return frames
    }
  }

  /// Words between a value and the preposition before it that bound the value ("by about 20%",
  /// "to more than $2 billion", "at least"), not what it relates to.
  static let boundWords = WordSet([
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "just", "over", "under", "more",
    "less", "fewer", "than", "least", "most", "up", "only",
  ])

  /// Whether a share, a sum or a measure is a change ("by 115%") or a level ("at 20%", "to 20%",
  /// "from 10%"), by the preposition before it and its bounding words.
  static func relation(of value: TypedValue, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> ClaimFrame.Relation
  {
    guard value.kind == .percent || value.kind == .amount || value.kind == .measure else { return .unstated }
    var cursor = value.tokens.lowerBound - 1
    // "at least" bounds the value; "at" alone is a level's.
    while cursor >= sentence.lowerBound, tokens[cursor].kind == .word, boundWords.contains(tokens[cursor]) {
      cursor -= 1
      if cursor >= sentence.lowerBound, tokens[cursor + 1].hasText("least") || tokens[cursor + 1].hasText("most"),
        tokens[cursor].hasText("at")
      {
        cursor -= 1
      }
    }
    guard cursor >= sentence.lowerBound, tokens[cursor].kind == .word else { return .unstated }
    let word = tokens[cursor]
    if word.hasText("by") { return .change }
    if word.hasText("at") || word.hasText("to") || word.hasText("from") { return .level }
    return .unstated
  }

  /// The parenthesis that closes the one opened at `index`, or opens the one closed there, in
  /// the sentence; nil when it is not there.
  static func matchingParenthesis(of index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> Int?
  {
    let forward = tokens[index].hasText("(")
    var depth = 0
    var cursor = index
    while sentence.contains(cursor) {
      if tokens[cursor].hasText("(") { depth += forward ? 1 : -1 }
      if tokens[cursor].hasText(")") { depth += forward ? -1 : 1 }
      if depth == 0 { return cursor }
      cursor += forward ? 1 : -1
    }
    return nil
  }

  /// Irregular past tenses that are never nouns, which end the noun after a value as a regular
  /// one ("-ed") does: "100 community grants went to …" counts grants. (Not "cut", "set", "led" or
  /// "left", which name things too: "a 25% cut".)
  static let irregularPastTenses = WordSet([
    "went", "came", "became", "began", "took", "gave", "grew", "rose", "fell", "made", "saw", "won", "spent",
    "sent", "brought", "bought", "built", "held", "kept", "lost", "paid", "said", "told", "wrote", "ran", "got",
    "stood", "thought", "knew", "drew", "flew", "chose", "broke", "spoke", "fought", "taught", "sought", "caught",
    "meant", "felt", "sold", "met",
  ])

  /// Adjectives that follow a counted noun to give its size ("8 characters long").
  static let sizeAdjectives = WordSet(["long", "wide", "deep", "high", "tall", "old", "strong", "thick"])
  /// Adverbs that end the noun after a value ("1,500 troops now supplementing …").
  static let adverbsAfterNoun = WordSet(
    emptyAdverbWords + ["already", "today", "yesterday", "together", "alone", "ago"])

  /// Words that start a clause's subject after ", and" ("…, and the Government expects"),
  /// where a list's last item would be a noun or its modifier.
  static let clauseSubjectStarts = WordSet(articleWords + pronounWords + ["we", "i", "you", "there"])

  /// Adverbs that say nothing of what a value counts ("four airlines now guarantee").
  static let emptyAdverbs = WordSet(emptyAdverbWords)
  private static let emptyAdverbWords = [
    "now", "still", "also", "currently", "recently", "so", "yet", "just", "even",
  ]

  static let takeForms = WordSet(["take", "takes", "took", "taken", "taking"])
  static let beForms = WordSet(["is", "are", "was", "were", "be", "been", "being"])

  /// Where a verb saying that something happened ends at `index` ("took place", "was held"),
  /// where it starts; nil when none does.
  static func occurrenceVerbStart(at index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> Int?
  {
    guard index > sentence.lowerBound else { return nil }
    let token = tokens[index]
    if token.hasText("place"), takeForms.contains(tokens[index - 1]) { return index - 1 }
    if token.hasText("held"), beForms.contains(tokens[index - 1]) { return index - 1 }
    return nil
  }

  /// What a draft frame's whole clause names: the stems of its capitalised words and acronyms
  /// (not the sentence's first word, unless possessive; not a value's words), the named things
  /// the claim is about ("Harbor Line", "Kenya", "Riverton's"), and its pairs of neighbouring
  /// words (function words aside) of which one is capitalised or a number ("Glasgow decision",
  /// "Order 13810"), by which it may name a document. A corpus frame is matched by its
  /// sentence's names instead (`FrameIndex.Entry.names`).
  struct ClauseNames {
    var names: [TokenText] = []
    var pairs: [(TokenText, TokenText)] = []
    /// The names written one after another, each run one name ("Ensuring American Space
    /// Superiority", "National Security Advisor Jake Sullivan"); a possessive ends one
    /// ("Riverton's Harbor Line").
    var runs: [[TokenText]] = []
    /// The acronym each word of a name spelled out before it in parentheses stands in
    /// ("national", "health", "service" → "nhs" of "the National Health Service (NHS)").
    var acronymOf: [TokenText: TokenText] = [:]

    /// `named`, or, for a word of a name spelled out before its acronym, its acronym `named`: a
    /// corpus statement that writes only "NHS" names the National Health Service.
    func namedOrByItsAcronym(_ named: @escaping (TokenText) -> Bool) -> (TokenText) -> Bool {
      let acronymOf = acronymOf
      return { word in named(word) || acronymOf[word].map(named) ?? false }
    }

    /// Some pair of the clause's words are both among `words`: the clause names what `words`
    /// name ("the Glasgow decision" names "decision-1-cma3-glasgow-climate-pact.txt").
    func namesTwo(of words: [TokenText]) -> Bool {
      pairs.contains { words.contains($0.0) && words.contains($0.1) }
    }
  }

  static func names(
    of frame: ClaimFrame, in prose: ProseText, sentence: Range<Int>, values: [TypedValue]
  ) -> ClauseNames {
    prose.tokens.withUnsafeBufferPointer { tokens in
      let firstWord = sentence.first { tokens[$0].kind != .punctuation } ?? sentence.lowerBound
      var found = ClauseNames()
      let spelledOut = expansionWords(in: tokens, frame.clause, sentence: sentence)
      for (word, acronym) in spelledOut {
        found.acronymOf[WordForms.stemText(of: tokens[word])] = WordForms.stemText(of: tokens[acronym])
      }
      // The word before, and whether it is capitalised or a number.
      var previous: (word: TokenText, isName: Bool)?
      // The last name word read, for the runs.
      var lastName: (index: Int, isPossessive: Bool)?
      for index in frame.clause {
        let token = tokens[index]
        guard token.kind != .punctuation,
          !values.contains(where: { $0.kind != .identifier && $0.tokens.contains(index) })
        else {
          previous = nil
          continue
        }
        if token.wordClasses.contains(.function) { continue }
        let word = token.kind == .number ? token.textValue : WordForms.stemText(of: token)
        let isCapitalized = token.kind == .word && (token.isCapitalized || token.isUpperCaseAcronym)
        if let before = previous, before.isName || isCapitalized || token.kind == .number {
          found.pairs.append((before.word, word))
        }
        previous = (word, isCapitalized || token.kind == .number)
        // A sentence's first word is capitalised anyway: a name only when possessive ("Riverton's").
        let isPossessive = token.kind == .word && WordForms.isPossessive(token)
        guard token.kind == .word, isCapitalized, index != firstWord || isPossessive else { continue }
        if word != frame.head, !found.names.contains(word) { found.names.append(word) }
        if let last = lastName, last.index == index - 1, !last.isPossessive, !found.runs.isEmpty {
          found.runs[found.runs.count - 1].append(word)
        } else {
          found.runs.append([word])
        }
        lastName = (index, isPossessive)
      }
      return found
    }
  }

  /// The capitalised words, in `range`, of a name spelled out before its acronym in parentheses
  /// ("the National Health Service (NHS) had vaccinated"), each with the acronym's index: the
  /// acronym names the same thing, and a corpus statement that writes only the acronym ("Our NHS
  /// has now succeeded") names it too.
  static func expansionWords(in tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, sentence: Range<Int>)
    -> [Int: Int]
  {
    var found: [Int: Int] = [:]
    let last = min(range.upperBound, sentence.upperBound - 3)
    guard range.lowerBound < last else { return found }
    for open in range.lowerBound + 1...last
    where tokens[open].hasText("(") && tokens[open + 1].isUpperCaseAcronym && tokens[open + 2].hasText(")") {
      // The acronym's capitals ("GPs": "GP").
      let capitals = tokens[open + 1].withUTF8 { Array($0.filter { $0 >= 0x61 && $0 <= 0x7A }) }
      let letters = tokens[open + 1].hasLowerCasePluralS ? Array(capitals.dropLast()) : capitals
      // The name before it, read back: capitalised words, and the small words between them.
      var initials: [UInt8] = []
      var words: [Int] = []
      var index = open - 1
      while index >= range.lowerBound, tokens[index].kind == .word {
        let token = tokens[index]
        if token.isCapitalized, !token.isUpperCaseAcronym {
          initials.insert(token.withUTF8 { $0.first ?? 0 }, at: 0)
          words.append(index)
        } else if !DerivedKnowledge.AcronymReading.smallWords.contains(token) {
          break
        }
        if initials.count == letters.count { break }
        index -= 1
      }
      if initials == letters {
        for word in words { found[word] = open + 1 }
      }
    }
    return found
  }

  /// Where a clause coordinated with a comma and "and" or "but" opens (", and wants …"), from
  /// `start` up to `end`: the comma. Not before a number (", and 2024" continues a list) nor a
  /// capitalised word (", and Japan" may be one).
  static func coordinatedClauseStart(after start: Int, to end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
    var cursor = start
    while cursor + 2 < end {
      if opensCoordinatedClause(at: cursor, tokens) { return cursor }
      cursor += 1
    }
    return nil
  }

  /// Where the last clause coordinated before `end` (see above) starts its words, from `start`:
  /// `start` when none is.
  static func coordinatedClauseStart(before end: Int, from start: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
    var cursor = end - 3
    while cursor >= start {
      if opensCoordinatedClause(at: cursor, tokens) { return cursor + 1 }
      cursor -= 1
    }
    return start
  }

  /// A comma, "and" or "but", and a lower-case word that is not a number, or a name and a verb
  /// (", and Denver has accelerated …", ", and Wilmington, North Carolina received …"; ", and
  /// Japan." alone ends a list).
  private static func opensCoordinatedClause(at index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
    guard
      tokens[index].kind == .punctuation && tokens[index].hasText(",")
        && (tokens[index + 1].hasText("and") || tokens[index + 1].hasText("but"))
        && tokens[index + 2].kind == .word
    else { return false }
    guard tokens[index + 2].isCapitalized else { return true }
    // The name goes on through capitalised words and the commas of a place ("Wilmington, North
    // Carolina"); a verb after it opens a clause.
    var cursor = index + 3
    while cursor < tokens.count, cursor - index <= 7 {
      let token = tokens[cursor]
      if token.kind == .punctuation, token.hasText(","), cursor + 1 < tokens.count,
        tokens[cursor + 1].kind == .word, tokens[cursor + 1].isCapitalized
      {
        cursor += 1
        continue
      }
      guard token.kind == .word else { return false }
      if auxiliaryVerbs.contains(token) { return true }
      if !token.isCapitalized { return !token.wordClasses.contains(.function) }
      cursor += 1
    }
    return false
  }
  /// Verbs that follow a clause's subject ("Denver has", "the city will").
  static let auxiliaryVerbs = WordSet([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
  ])

  /// "The order …", "The Agreement …": a sentence that opens with a definite noun phrase of one
  /// word may name the previous sentence's subject by its kind. Not a noun whose "of" names its
  /// own thing ("The presence of community health worker programmes …"); "The cost of the
  /// project" and "The rest of its funds" still may.
  static func startsWithDefiniteNoun(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
    guard sentence.count > 3 else { return false }
    let first = tokens[sentence.lowerBound]
    let second = tokens[sentence.lowerBound + 1]
    let third = tokens[sentence.lowerBound + 2]
    guard first.hasText("the"), second.kind == .word, !second.wordClasses.contains(.function), third.kind == .word,
      third.wordClasses.contains(.function)
    else { return false }
    if third.hasText("of"), sentence.count > 4, case let fourth = tokens[sentence.lowerBound + 3], fourth.kind == .word,
      !articles.contains(fourth), !pronouns.contains(fourth)
    {
      return false
    }
    return true
  }

  /// Periods of time a rank names ("the first quarter"), as heads (stems).
  static let periodWords = Set(
    ["day", "week", "month", "quarter", "half", "year", "decade", "century", "semester"].map {
      TokenText(WordForms.stem($0))
    })

  /// Whether the year or date `value` is what its clause is compared with: "than" at most five
  /// tokens before it, with no punctuation between. (A base named by "relative to" stays a value
  /// of its sentence: what other values are checked against.)
  static func isComparisonBase(_ value: TypedValue, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> Bool
  {
    var cursor = value.tokens.lowerBound - 1
    while cursor >= sentence.lowerBound, value.tokens.lowerBound - cursor <= 5 {
      let token = tokens[cursor]
      if token.kind == .punctuation { return false }
      // ("no later than June 6, 2013" is a deadline: the clause's own time.)
      if token.hasText("than") {
        return cursor == sentence.lowerBound
          || !(tokens[cursor - 1].hasText("later") || tokens[cursor - 1].hasText("earlier")
            || tokens[cursor - 1].hasText("sooner"))
      }
      cursor -= 1
    }
    return false
  }

  /// Words after a count that make it a count of others, or of more ("thirteen other partners",
  /// "five more states"), and the mark its head gets.
  static let incrementWords = WordSet(["other", "more", "additional", "further"])
  static let incrementHead = TokenText("+")

  /// The heads of the kinds that have no noun of their own.
  static let percentHead = TokenText("%")
  static let durationHead = TokenText("duration")
  static let durationSinceHead = TokenText("duration-since")
  static let frequencyHead = TokenText("frequency")
  /// Not "vote": a subject leaves out its head's word, and "voted" is the subject's verb.
  static let voteHead = TokenText("for–against")

  /// The head of a value and the token after it.
  static func head(
    of value: TypedValue, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>
  ) -> (TokenText, Int) {
    let end = value.tokens.upperBound
    // The last of up to three content words right after the value: "46 sailors", "three
    // nuclear tests", "fourth meeting", "the 2% inflation target".
    // ("8 characters long", "12 members strong": an adjective of size after the noun is not
    // what is counted.)
    func noun() -> Int? {
      var cursor = end
      // ("36 such plans", "two such cases": what is counted follows "such".)
      if cursor < sentence.upperBound, tokens[cursor].hasText("such") { cursor += 1 }
      var words = 0
      var last: Int?
      while cursor < sentence.upperBound {
        // (Through a hyphen joining two words, one word with them: "space technology
        // start-ups", "long-range missiles".)
        if let previous = last, cursor == previous + 1, cursor + 1 < sentence.upperBound, tokens[cursor].hasText("-"),
          tokens[previous].touches(tokens[cursor]), tokens[cursor].touches(tokens[cursor + 1]),
          tokens[cursor + 1].kind == .word
        {
          cursor += 1
          words -= 1
        }
        guard words < 3 else { break }
        let token = tokens[cursor]
        // ("eight teams across the country": a preposition ends the noun.)
        guard token.kind == .word, !token.wordClasses.contains(.function), !CompoundForms.particleWords.contains(token),
          !adverbsAfterNoun.contains(token)
        else { break }
        if let previous = last,
          sizeAdjectives.contains(token) || isPastTense(token) || irregularPastTenses.contains(token)
            || isParticipleAfterPlural(token, tokens[previous])
        {
          break
        }
        last = cursor
        words += 1
        cursor += 1
      }
      // A name counted whole, through the small words inside it, ends with its plural: "nine
      // Investing in America Workforce Hubs" counts hubs.
      if let first = last, tokens[first].isCapitalized, !looksPlural(tokens[first]),
        let named = pluralEndOfName(from: first, tokens, sentence)
      {
        return named
      }
      return last
    }
    switch value.kind {
    case .ordinal:
      // A rank of a name ranks the thing its last word names: "the first U.S.-Pacific Island
      // Country Summit", "the Second U.S.-Pacific Islands Summit".
      if let last = endOfName(from: end, tokens, sentence) {
        return (WordForms.stemText(of: tokens[last]), last + 1)
      }
      guard let last = noun() else { return (.empty, end) }
      return (WordForms.stemText(of: tokens[last]), last + 1)
    case .count:
      guard let last = noun() else { return (.empty, end) }
      // A noun written hyphenated is the same written closed: "start-ups", "startups".
      let joined =
        last - 2 >= end && tokens[last - 1].hasText("-") && tokens[last - 2].touches(tokens[last - 1])
        && tokens[last - 1].touches(tokens[last])
      // "thirteen other partners", "five more states": a count beside something named, or added
      // to a count, is of another set than a count of the noun alone ("fourteen partners").
      // So is a count after a name and "and": "the United States and 11 partner countries".
      let start = value.tokens.lowerBound
      let afterName =
        start - 2 >= sentence.lowerBound && tokens[start - 1].hasText("and") && tokens[start - 2].kind == .word
        && tokens[start - 2].isCapitalized
      let noun = joined ? WordForms.stem(tokens[last - 2].text + tokens[last].text) : WordForms.stem(of: tokens[last])
      if end < last && incrementWords.contains(tokens[end]) || afterName {
        return (TokenText(incrementHead.string + noun), last + 1)
      }
      return (joined ? TokenText(noun) : WordForms.stemText(of: tokens[last]), last + 1)
    case .percent:
      // A share of the noun after it is a share of that ("the 2% inflation target", "a 25%
      // stake"), never of another ("Bank Rate at 5%"). (A share "of" something may be said
      // without it: "came to 4.6 per cent" of "4.6 per cent of national output".)
      // ("10 percent year over year", "5% a month": a rate per time, of nothing after it.)
      // ("17% compared to last year": a verb after it, no noun.)
      if let last = noun(), end < sentence.upperBound, ValueReader.timeUnits[token: tokens[end]] == nil,
        !isPastTense(tokens[end])
      {
        return (TokenText(percentHead.string + WordForms.stem(of: tokens[last])), last + 1)
      }
      return (percentHead, end)
    case .amount, .measure: return (TokenText(value.unit), end)
    case .duration:
      // "the first decline in five years", "the lowest level in a decade": the time since the
      // last such thing, not how long something lasts.
      return (isTimeSinceARank(value, tokens, sentence) ? durationSinceHead : durationHead, end)
    case .frequency: return (frequencyHead, end)
    case .vote: return (voteHead, end)
    case .year, .date, .identifier: return (.empty, end)
    }
  }

  /// Words of rank after which "in five years" is the time since the last such thing.
  static let rankWords = WordSet([
    "first", "last", "highest", "lowest", "largest", "biggest", "smallest", "fastest", "slowest", "worst", "best",
    "strongest", "weakest", "deepest", "sharpest", "steepest",
  ])

  /// "… first decline in five years", "the first decline in overdose deaths in five years": the
  /// duration follows "in", and a word of rank stands at most six words before, with no verb
  /// between.
  static func isTimeSinceARank(_ value: TypedValue, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>)
    -> Bool
  {
    let before = value.tokens.lowerBound - 1
    guard before > sentence.lowerBound, tokens[before].hasText("in") else { return false }
    var cursor = before - 1
    while cursor >= sentence.lowerBound, before - cursor <= 6 {
      let token = tokens[cursor]
      // A verb between them makes the time the verb's: "the first tranche will be disbursed in two
      // years".
      if token.kind == .punctuation || beForms.contains(token) || verbMarkers.contains(token) || isPastTense(token) {
        return false
      }
      if rankWords.contains(token) { return true }
      cursor -= 1
    }
    return false
  }

  /// Auxiliaries that show a verb follows.
  static let verbMarkers = WordSet([
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had",
  ])

  /// The small words a name's capitalised words may stand around ("Investing in America").
  static let nameConnectors = WordSet(["in", "of", "for", "on", "the"])

  /// Where a name of capitalised words from `start`, through small words inside it, ends with a
  /// capitalised plural past the first small word ("Investing in America Workforce Hubs"): that
  /// plural's index; nil when the name has no small word or does not end so ("Offices in Texas"
  /// is counted by its first word, which the caller asks first).
  /// The last word of a name of two words or more starting at `start` (capitalised words, joined
  /// by hyphens, or by "of" or "for" before another capitalised word; not "in": "the first Summit
  /// in Washington"): nil when no such name starts there.
  static func endOfName(from start: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
    func isNameWord(_ index: Int) -> Bool {
      index < sentence.upperBound && tokens[index].kind == .word
        && (tokens[index].isUpperCaseAcronym
          || tokens[index].isCapitalized && !tokens[index].wordClasses.contains(.function))
    }
    guard isNameWord(start) else { return nil }
    var last = start
    var cursor = start + 1
    while cursor < sentence.upperBound, cursor - start < 10 {
      if isNameWord(cursor), tokens[cursor - 1].kind == .word {
        last = cursor
        cursor += 1
      } else if tokens[cursor].hasText("-"), tokens[cursor - 1].touches(tokens[cursor]), isNameWord(cursor + 1),
        tokens[cursor].touches(tokens[cursor + 1])
      {
        last = cursor + 1
        cursor += 2
      } else if tokens[cursor].hasText("of") || tokens[cursor].hasText("for"), isNameWord(cursor + 1) {
        last = cursor + 1
        cursor += 2
      } else {
        break
      }
    }
    return last > start ? last : nil
  }

  static func pluralEndOfName(from start: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
    var cursor = start
    var lastCapitalized = start
    var crossedConnector = false
    while cursor + 1 < sentence.upperBound, cursor - start < 8 {
      let next = tokens[cursor + 1]
      if next.kind == .word, next.isCapitalized, !next.wordClasses.contains(.function) {
        cursor += 1
        lastCapitalized = cursor
      } else if next.kind == .word, nameConnectors.contains(next), cursor + 2 < sentence.upperBound,
        tokens[cursor + 2].kind == .word, tokens[cursor + 2].isCapitalized
      {
        cursor += 1
        crossedConnector = true
      } else {
        break
      }
    }
    guard crossedConnector, lastCapitalized > start, looksPlural(tokens[lastCapitalized]) else { return nil }
    return lastCapitalized
  }

  /// A word that reads as a plural: it ends in "s", not in "ss", "us", "is" or "as" ("Hubs",
  /// "utilities"; not "process", "campus", "Paris", "Texas").
  static func looksPlural(_ token: Token) -> Bool {
    token.withUTF8 { bytes in
      guard bytes.count >= 3, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return false }
      return !"suia".utf8.contains(bytes[bytes.count - 2])
    }
  }

  /// A word in "-ing" after a plural noun opens what the noun does, not part of the noun: "150
  /// utilities representing 90 million customers", "36 countries including Japan" ("two mining
  /// companies": the "-ing" word comes first).
  static func isParticipleAfterPlural(_ token: Token, _ noun: Token) -> Bool {
    // (Tokens hold their text folded: lower case.)
    let isParticiple = token.withUTF8 { bytes in
      bytes.count >= 6 && bytes[bytes.count - 3] == UInt8(ascii: "i") && bytes[bytes.count - 2] == UInt8(ascii: "n")
        && bytes[bytes.count - 1] == UInt8(ascii: "g")
    }
    return isParticiple && looksPlural(noun)
  }

  /// A word in "-ed" (not "-eed": "seed", "need") after a counted noun is the verb of what the
  /// noun did, not part of the noun: "twelve countries signed the pact", "46 sailors died".
  static func isPastTense(_ token: Token) -> Bool {
    token.withUTF8 { bytes in
      bytes.count >= 5 && bytes[bytes.count - 2] | 0x20 == UInt8(ascii: "e")
        && bytes[bytes.count - 1] | 0x20 == UInt8(ascii: "d") && bytes[bytes.count - 3] | 0x20 != UInt8(ascii: "e")
    }
  }

  /// The first few content words of a sentence: what a following "it" or "the order" refers to.
  static func leadingSubject(in prose: ProseText, sentence: Range<Int>) -> [TokenText] {
    var words: [TokenText] = []
    for index in sentence {
      let token = prose.tokens[index]
      if token.kind == .punctuation, clauseBreaks.contains(token) || token.hasText(",") {
        if !words.isEmpty { break }
        continue
      }
      guard token.kind == .word, !token.wordClasses.contains(.function), !pronouns.contains(token) else { continue }
      words.append(WordForms.stemText(of: token))
      if words.count == 4 { break }
    }
    return words
  }
}
