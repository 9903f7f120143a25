/// `fact-conflict`: a year or count that contradicts what the corpus says about the same thing,
/// or a claim that narrows a relation the corpus states ("solely at private firms" where the
/// sanctions reached state-owned and private organizations).
///
/// A value is compared only with a claim it is bound to: a knowledge-file fact whose claim phrase
/// stands right next to the value (and whose subject the sentence names), or a corpus sentence
/// whose value has the same words on one side. A year of another event, or a value the corpus
/// does not give, binds to nothing and is never reported.
enum FactConflictCheck: BlockCheck {
  static let rule = Rule.factConflict

  /// The most words between a value and a claim phrase it binds to.
  static let maximumGap = 3

  static func findings(in context: CheckContext) -> [Finding] {
    // A finding needs a value (a number, a count word, a value word such as "quarterly"), an
    // exclusive marker ("solely") or a form of a predicate the corpus denies.
    let summary = context.prose.summary
    guard
      summary.hasNumber || !summary.wordClasses.isDisjoint(with: [.count, .valueWord, .exclusiveMarker])
        || !context.cueHits.isEmpty
    else {
      return []
    }
    var findings: [Finding] = []
    let isHeading = if case .heading = context.block.kind { true } else { false }
    let claims = context.corpus.claims
    let facts = context.corpus.facts
    let prose = context.prose
    let phraseHits = context.phraseHits
    let subjectHits = context.subjectHits
    // The subject of the sentence before, for a sentence that opens with "it" or "the order".
    var previousSentence: Range<Int>?
    for sentence in prose.sentences {
      defer { previousSentence = sentence }
      let sentenceRange = prose.normalizedRange(ofTokens: sentence)
      // The facts whose subject the sentence names (a handful at most: a list, not a set), worked
      // out only for a sentence that can use them: one with a claim phrase or a "solely".
      var sentenceSubjects: [Int]?
      func subjects() -> [Int] {
        if let sentenceSubjects { return sentenceSubjects }
        var subjects: [Int] = []
        for hit in subjectHits where sentenceRange.contains(hit.range.lowerBound) && !subjects.contains(hit.payload) {
          subjects.append(hit.payload)
        }
        sentenceSubjects = subjects
        return subjects
      }
      let phrases = phraseHits.filter { sentenceRange.contains($0.range.lowerBound) }
      let typed = ValueReader.values(in: prose, sentence: sentence)
      // The values a knowledge file's facts decided.
      var decided = Set<Int>()
      if !typed.isEmpty {
        // The knowledge file's facts first: a value bound to a claim phrase is decided there.
        if !phrases.isEmpty {
          let values = ValueExtractor.values(of: typed, in: prose)
          for value in values {
            guard
              let outcome = checkAgainstFacts(
                value, values, prose, sentence, phrases, subjects(), facts, claims, context)
            else { continue }
            decided.insert(value.token)
            if case .conflict(let finding) = outcome { findings.append(finding) }
          }
        }
        // Then the claim frames of the corpus's sentences; not for a heading, whose years and
        // dates name what follows ("Support for Ukraine in 2024", "What we announced on
        // February 21"), as the corpus's own headings give no frames.
        let before = previousSentence
        let frames =
          isHeading
          ? []
          : ClaimFrameReader.frames(
            in: prose, sentence: sentence, values: typed,
            previous: { before.map { ClaimFrameReader.leadingSubject(in: prose, sentence: $0) } ?? [] },
            wanted: claims.frames.hasFrames)
        for frame in frames where !frame.value.tokens.contains(where: decided.contains) {
          guard
            case .conflict(let entries) = FrameAlignment.align(
              frame, in: claims.frames, modified: modifiedNoun(of: frame.value, in: prose, sentence: sentence),
              names: {
                ClaimFrameReader.names(of: frame, in: prose, sentence: sentence, values: typed)
              })
          else { continue }
          if namesAnotherOfItsKind(frame, entries, context) { continue }
          if numbersAnotherInstrument(frame, typed, entries, context) { continue }
          if datesAnotherOccasion(frame, typed, entries, context, sentence: sentence) { continue }
          if datesAThingTheStatementsDoNotName(frame, entries, claims.frames, prose, sentence) { continue }
          if statementsDateAThingTheDraftDoesNotName(frame, entries, claims.frames, prose) { continue }
          if writesTheValueWithItsWords(frame.value, context) { continue }
          if namesAStageTheCorpusWrites(frame, prose, context.corpus) { continue }
          if namesAnotherStage(frame, typed, entries, context) { continue }
          if namesAnotherOfASeries(frame, entries, prose, context.corpus) { continue }
          if statesWithAnotherOfTheSentence(frame.value, typed, claims.frames) { continue }
          if writesBesideAnotherOfTheSentence(frame.value, typed, prose, context) { continue }
          if statesInACloserSentence(frame.value, sentence, entries, claims.frames, prose) { continue }
          if writesTheValueInACloserSentence(frame.value, sentence, entries, claims.frames, context) { continue }
          if writesTheDayTheStatementsGiveNot(frame.value, entries, claims.frames, context) { continue }
          if isDateOfACloserDocument(frame.value, sentence, entries, claims.frames, prose, context.corpus) { continue }
          // The sentence states the corpus's value too ("… relative to the 2019 level, and net
          // zero by 2050"): the corpus's claim is that other value's, not this one's.
          let expected = claims.frames.entries[entries[0]].frame.value
          if listsTheStatedMonth(frame.value, expected, prose) { continue }
          if typed.contains(where: {
            $0.tokens != frame.value.tokens && $0.isComparable(with: expected) && $0.agrees(with: expected)
          }) {
            continue
          }
          findings.append(frameConflict(frame, entries, claims.frames, context))
        }
      }
      // A number in a corpus sentence's very words, where the corpus writes another a slip away
      // (`EchoedValue`), whether or not it reads as a value ("4532 of those people"); not in a
      // heading, nor a reference's number (its own rule's).
      if !isHeading, summary.hasNumber {
        findings += echoedValues(in: sentence, typed, decided: decided, reported: findings, context)
      }
      // A predicate the corpus denies, asserted.
      for hit in context.cueHits where sentenceRange.contains(hit.range.lowerBound) {
        if let finding = polarityConflict(
          at: prose.tokenIndex(atNormalizedOffset: hit.range.lowerBound), sentence, context)
        {
          findings.append(finding)
        }
      }
      // Only a sentence with an exclusive marker ("solely", "only") can narrow a relation.
      let markers = prose.tokens.withUnsafeBufferPointer { tokens in
        sentence.filter { tokens[$0].wordClasses.contains(.exclusiveMarker) }
      }
      if !markers.isEmpty, !phrases.isEmpty || !subjects().isEmpty {
        findings += relationConflicts(prose, sentence, markers, phrases, subjects(), facts, claims, context)
      }
      for marker in markers {
        if let finding = scopeConflict(at: marker, sentence, context) { findings.append(finding) }
      }
    }
    return findings
  }

  /// The numbers of `sentence` that echo a corpus sentence with another number (`EchoedValue`),
  /// outside the references, the values a knowledge file's facts `decided`, and the findings
  /// `reported` so far.
  static func echoedValues(
    in sentence: Range<Int>, _ typed: [TypedValue], decided: Set<Int>, reported: [Finding], _ context: CheckContext
  ) -> [Finding] {
    let prose = context.prose
    var findings: [Finding] = []
    // The sentence's words, made when its first number is asked.
    var sentenceWords: EchoedValue.SentenceWords?
    for index in sentence
    where (prose.tokens[index].kind == .number || EchoedValue.isMonthOfADate(at: index, prose.tokens))
      && !decided.contains(index)
    {
      let range = prose.tokens[index].originalRange
      guard !reported.contains(where: { $0.range.overlaps(range) }),
        !context.references.contains(where: { $0.tokens.contains(index) })
      else { continue }
      // (An instrument's date, "Executive Order 13773 of March 9, 2017", is `ReferenceDateCheck`'s.)
      if prose.tokens[index].kind == .word,
        context.references.contains(where: { (index - 2...index).contains($0.tokens.upperBound) })
      {
        continue
      }
      let words = sentenceWords ?? EchoedValue.SentenceWords(prose, sentence)
      sentenceWords = words
      guard
        let echo = EchoedValue.echo(at: index, in: prose, sentence: sentence, words, corpus: context.corpus)
          ?? EchoedValue.transposition(at: index, in: prose, sentence: sentence, words, corpus: context.corpus)
      else { continue }
      let written = context.text(range)
      let isMonth = prose.tokens[index].kind == .word
      let noun =
        isMonth ? "month" : typed.first(where: { $0.tokens.contains(index) }).map { kindName($0.kind) } ?? "number"
      findings.append(
        Finding(
          rule: rule,
          message: echo.isTransposition
            ? "wrong \(noun) \(written): the corpus writes \(echo.written) in a sentence of the same words (two digits swapped?)"
            : "wrong \(noun) \(written): the corpus writes \(echo.written) in the same words",
          range: range, evidence: [echo.evidence],
          fixes: [
            Fix(
              title: "Replace with \(echo.written)", edits: [TextEdit(range: range, newText: echo.written)],
              isCertain: false)
          ]))
    }
    return findings
  }

  /// A year or a date the draft writes before the noun it dates ("before the June 2025 strikes,
  /// the agency assessed …"): the draft dates that thing, and a statement whose words do not name
  /// it ("the agency assessed in May 2025") dates something else.
  static func datesAThingTheStatementsDoNotName(
    _ frame: ClaimFrame, _ entries: [Int], _ index: FrameIndex, _ prose: ProseText, _ sentence: Range<Int>
  ) -> Bool {
    guard frame.value.kind == .year || frame.value.kind == .date, sentence.contains(frame.value.tokens.upperBound),
      frame.value.tokens.lowerBound > sentence.lowerBound
    else { return false }
    guard let dated = datedNoun(of: frame.value.tokens, in: prose.tokens) else { return false }
    let noun = WordForms.stemText(of: dated)
    return !entries.contains { index.entries[$0].frame.subject.contains(noun) }
  }

  /// The noun a year or a date at `value` dates, written between a determiner or an owner and
  /// that noun ("the June 2025 strikes", "Pakistan's 1998 tests", "its 2019 review"): a lower-case
  /// word of content right after it. Nil after a preposition ("declared in 2007 under the order").
  static func datedNoun(of value: Range<Int>, in tokens: [Token]) -> Token? {
    guard value.lowerBound > 0, value.upperBound < tokens.count,
      case let before = tokens[value.lowerBound - 1],
      ClaimFrameReader.articles.contains(before) || WordForms.isPossessive(before),
      case let next = tokens[value.upperBound], next.kind == .word, !next.isCapitalized,
      !next.wordClasses.contains(.function), !next.wordClasses.contains(.valueWord)
    else { return nil }
    return next
  }

  /// The draft's year is the time of its clause, after a preposition ("established the
  /// Mechanism … in 2013"), where each statement it aligned with writes its year between a
  /// determiner or an owner and a noun the draft's clause does not name ("the Mechanism … and its
  /// 2019 review"): that year dates the noun, not what the draft's clause says.
  static func statementsDateAThingTheDraftDoesNotName(
    _ frame: ClaimFrame, _ entries: [Int], _ index: FrameIndex, _ prose: ProseText
  ) -> Bool {
    guard frame.value.kind == .year, frame.value.tokens.lowerBound > 0 else { return false }
    let before = prose.tokens[frame.value.tokens.lowerBound - 1]
    guard before.kind == .word, before.wordClasses.contains(.function), !ClaimFrameReader.articles.contains(before)
    else { return false }
    return entries.allSatisfy { position in
      let entry = index.entries[position]
      guard entry.frame.value.kind == .year else { return false }
      let source = SourceText(entry.evidence.quote)
      let tokens = ProseText(source: source, segments: [.init(range: 0..<source.count, join: .lineBreak)]).tokens
      var dated = false
      for offset in tokens.indices where tokens[offset].kind == .number && tokens[offset].text == entry.written {
        guard let noun = datedNoun(of: offset..<offset + 1, in: tokens),
          !frame.subject.contains(WordForms.stemText(of: noun))
        else { return false }
        dated = true
      }
      return dated
    }
  }

  /// A date whose year the months listed before it share ("in October and December 2016"), one
  /// of them the stated date's month in that year: the sentence states that date too.
  static func listsTheStatedMonth(_ value: TypedValue, _ expected: TypedValue, _ prose: ProseText) -> Bool {
    guard value.kind == .date, expected.kind == .date, value.year == expected.year, let month = expected.month,
      value.month != month
    else { return false }
    var cursor = value.tokens.lowerBound - 1
    while cursor >= 1 {
      let joiner = prose.tokens[cursor]
      guard joiner.hasText("and") || joiner.hasText("or") || joiner.hasText(",") else { break }
      guard let listed = ValueReader.months[token: prose.tokens[cursor - 1]] else { break }
      if listed == month { return true }
      cursor -= 2
    }
    return false
  }

  /// The value's clause dates what it reports ("In March 2023 OFAC added seven newer members
  /// of the commission") and every statement it conflicts with dates nothing itself and comes
  /// from a document its front matter dates in another year ("OFAC is also designating eight
  /// members of the commission", in a release of June 2021): the draft reports another occasion,
  /// which the corpus may not cover. (Not a year or a date itself, which is what may be wrong.)
  ///
  /// Where the clause dates nothing, a date that labels its block does: a list item or paragraph
  /// whose first sentence is a date alone ("**December 16, 2008.** The target range went to 0 to
  /// 1/4 percent; the discount rate fell 75 basis points …", against an October statement's 50).
  /// The times are compared as far as the draft's go: a year by its year, a month by its month, a
  /// day within a week (a release is often dated the day after what it reports).
  static func datesAnotherOccasion(
    _ frame: ClaimFrame, _ typed: [TypedValue], _ entries: [Int], _ context: CheckContext, sentence: Range<Int>
  ) -> Bool {
    guard frame.value.kind != .year, frame.value.kind != .date else { return false }
    // (In the value's own clause: "…; Bank Dabrabyt, bought in 2016, is the eleventh largest"
    // dates another clause's bank.)
    var times = typed.filter {
      $0.tokens != frame.value.tokens && ($0.kind == .year || $0.kind == .date)
        && frame.clause.contains($0.tokens.lowerBound)
    }
    if times.isEmpty, let label = labelDate(of: context.prose, before: sentence) { times = [label] }
    guard !times.isEmpty else { return false }
    let corpus = context.corpus
    for entry in entries {
      let evidence = corpus.claims.frames.entries[entry].evidence
      guard let position = corpus.documents.position(of: evidence),
        let date = corpus.documentDates.date(at: position), !namesAYear(evidence.quote),
        !times.contains(where: { isOnTheDate(Int(date), as: $0) })
      else { return false }
    }
    return true
  }

  /// Whether a document dated `date` (yyyymmdd) is of `time`, as far as `time` goes: its year,
  /// its month, or a week of its day.
  static func isOnTheDate(_ date: Int, as time: TypedValue) -> Bool {
    guard let year = time.year else { return false }
    guard time.kind == .date, let month = time.month else { return year == date / 10_000 }
    guard let day = time.day else { return year == date / 10_000 && month == (date / 100) % 100 }
    // Days counted as if every month had 31: near enough for a week.
    func days(_ year: Int, _ month: Int, _ day: Int) -> Int { (year * 12 + month) * 31 + day }
    return abs(days(year, month, day) - days(date / 10_000, (date / 100) % 100, date % 100)) <= 7
  }

  /// The date that labels the block `sentence` is in: the block's first sentence, before it, when
  /// that sentence is one full date and its punctuation alone ("**December 16, 2008.**").
  static func labelDate(of prose: ProseText, before sentence: Range<Int>) -> TypedValue? {
    guard let first = prose.sentences.first, first.upperBound <= sentence.lowerBound else { return nil }
    let values = ValueReader.values(in: prose, sentence: first)
    guard values.count == 1, let date = values.first, date.kind == .date, date.day != nil,
      first.allSatisfy({ date.tokens.contains($0) || prose.tokens[$0].kind == .punctuation })
    else { return nil }
    return date
  }

  /// Whether a corpus sentence holds a year (four digits from 1900 to 2099, standing alone).
  static func namesAYear(_ quote: String) -> Bool {
    let bytes = Array(quote.utf8)
    var start = 0
    while start < bytes.count {
      guard bytes[start] >= 0x30, bytes[start] <= 0x39 else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
      if end - start == 4,
        bytes[start] == 0x31 && bytes[start + 1] == 0x39 || bytes[start] == 0x32 && bytes[start + 1] == 0x30
      {
        return true
      }
      start = end
    }
    return false
  }

  /// The numbered thing written nearest the value in its clause ("… in August 2026 the President
  /// imposed tariffs under Section 338"), where every statement aligned with it numbers another
  /// one by the same word and not this one ("In August 2025, … under Section 232"): the draft
  /// speaks of another instrument, whatever words the two share. (A capitalised word and the
  /// digits right after it; the nearest of them, for a clause may name two.)
  static func numbersAnotherInstrument(
    _ frame: ClaimFrame, _ values: [TypedValue], _ entries: [Int], _ context: CheckContext
  ) -> Bool {
    let tokens = context.prose.tokens
    var nearest: (word: String, number: String, distance: Int)?
    // (Not a time's words: "January 2023" numbers nothing.)
    for index in frame.clause
    where index + 1 < frame.clause.upperBound
      && !values.contains(where: { value in
        (value.kind == .date || value.kind == .year)
          && (value.tokens.contains(index) || value.tokens.contains(index + 1))
      })
    {
      let (word, number) = (tokens[index], tokens[index + 1])
      guard word.kind == .word, word.isCapitalized, !word.wordClasses.contains(.function), number.kind == .number,
        number.range.lowerBound == word.range.upperBound + 1, number.isDigits
      else { continue }
      let distance =
        index + 1 < frame.value.tokens.lowerBound
        ? frame.value.tokens.lowerBound - (index + 1) : index - frame.value.tokens.upperBound
      guard distance >= 0, nearest.map({ distance < $0.distance }) ?? true else { continue }
      nearest = (context.text(word.originalRange), context.text(number.originalRange), distance)
    }
    guard let nearest else { return false }
    let named = nearest.word + " " + nearest.number
    return entries.allSatisfy { entry in
      let quote = context.corpus.claims.frames.entries[entry].evidence.quote
      guard !quote.contains(named) else { return false }
      // Another number after the same word.
      var rest = quote[...]
      while let found = rest.firstRange(of: nearest.word + " ") {
        if rest[found.upperBound...].first?.isNumber == true { return true }
        rest = rest[found.upperBound...]
      }
      return false
    }
  }

  /// The corpus writes the draft's year or date right after the two words the draft writes
  /// before it ("… shall not apply to small refineries until calendar year 2011", in a statement
  /// no frame reads, for it is negated): the draft states what the corpus states there, whatever
  /// other statement its words aligned with. (Two words, one of four letters or more that is no
  /// function word: "in 2011" says nothing of what.)
  static func writesTheValueWithItsWords(_ value: TypedValue, _ context: CheckContext) -> Bool {
    guard value.kind == .year || value.kind == .date, value.tokens.lowerBound >= 2 else { return false }
    let tokens = context.prose.tokens
    let (first, second) = (tokens[value.tokens.lowerBound - 2], tokens[value.tokens.lowerBound - 1])
    guard first.kind == .word, second.kind == .word,
      [first, second].contains(where: { $0.utf8Count >= 4 && !$0.wordClasses.contains(.function) })
    else { return false }
    let range = first.originalRange.lowerBound..<tokens[value.tokens.upperBound - 1].originalRange.upperBound
    return context.corpus.firstUse(of: context.text(range)) != nil
  }

  /// A rank right before its noun that the corpus writes with that noun too, in a paragraph
  /// naming what the clause names ("the third reading of the Foreshore and Seabed Bill" where
  /// the corpus speaks of the first reading of that bill, and of its third reading in a
  /// heading): a stage of a series the corpus knows, named; the draft may mean another member
  /// of the series than the statement it aligned with. (Anywhere in a large corpus, "second
  /// term" or "fifth test" is written of something.) So is a year right before its noun ("the
  /// 2019 review also established the Santiago network" where the corpus writes of the 2019
  /// review and of the 2024 review of the mechanism, in paragraphs naming that network).
  static func namesAStageTheCorpusWrites(_ frame: ClaimFrame, _ prose: ProseText, _ corpus: Corpus) -> Bool {
    let value = frame.value
    let tokens = prose.tokens
    guard value.kind == .ordinal || value.kind == .year, value.tokens.upperBound < tokens.count,
      case let noun = tokens[value.tokens.upperBound], noun.kind == .word,
      tokens[value.tokens.upperBound - 1].range.upperBound + 1 == noun.range.lowerBound
    else { return false }
    func isName(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.kind == .word && token.isCapitalized && !token.isUpperCaseAcronym && token.utf8Count >= 4
        && !token.wordClasses.contains(.function) && !prose.opensSentence(token: index)
        && ValueReader.months[token: token] == nil
    }
    // What the noun is of, when names follow it ("the eightieth anniversary of the United
    // Nations"); else the clause's names: capitalised words of content inside the sentence, a few.
    var owner: [Int] = []
    var cursor = value.tokens.upperBound + 1
    if cursor + 1 < tokens.count, tokens[cursor].hasText("of") {
      cursor += tokens[cursor + 1].hasText("the") ? 2 : 1
      while cursor < tokens.count, frame.clause.contains(cursor), isName(cursor) {
        owner.append(cursor)
        cursor += 1
      }
    }
    let names = owner.isEmpty ? Array(frame.clause.filter(isName).prefix(3)) : Array(owner.prefix(3))
    guard !names.isEmpty else { return false }
    let written = value.tokens.map { tokens[$0].text }.joined(separator: " ")
    // The rank as the draft writes it, and in figures or in words ("eightieth" or "80th").
    var ranks = [written]
    for form in value.kind == .ordinal ? ValueReader.ordinalForms(of: Int(value.magnitude)) : []
    where WordForms.folded(form) != WordForms.folded(written) {
      ranks.append(form)
    }
    // Names of two words or more in a row may be named by their initials ("United Nations" by
    // "UN").
    let initials: String? =
      names.count >= 2 && zip(names, names.dropFirst()).allSatisfy { $1 - $0 == 1 }
      ? String(names.compactMap { tokens[$0].text.first }) : nil
    return ranks.contains { rank in
      let phrase = "\(rank) \(noun.text)"
      // (Each of them: "Bill" alone is any bill's.)
      return names.allSatisfy { corpus.firstUse(of: phrase, inParagraphNaming: tokens[$0].text) != nil }
        || initials.map { corpus.firstUse(of: phrase, inParagraphNaming: $0) != nil } ?? false
    }
  }

  /// The draft's year names its noun ("The 2019 review also established …") where each statement
  /// it aligned with names the same noun by its own year ("the 2024 review of the Mechanism"),
  /// and the corpus writes of the draft's too: two members of a series the corpus knows, each
  /// with its own doings.
  static func namesAnotherOfASeries(_ frame: ClaimFrame, _ entries: [Int], _ prose: ProseText, _ corpus: Corpus)
    -> Bool
  {
    let value = frame.value
    let tokens = prose.tokens
    guard value.kind == .year, value.tokens.count == 1, value.tokens.upperBound < tokens.count,
      case let noun = tokens[value.tokens.upperBound], noun.kind == .word, !noun.isCapitalized,
      !noun.wordClasses.contains(.function), noun.utf8Count >= 4,
      tokens[value.tokens.lowerBound].range.upperBound + 1 == noun.range.lowerBound,
      corpus.firstUse(of: "\(tokens[value.tokens.lowerBound].text) \(noun.text)") != nil
    else { return false }
    return entries.allSatisfy { position in
      let entry = corpus.claims.frames.entries[position]
      return entry.frame.value.kind == .year
        && WordForms.folded(entry.evidence.quote).contains("\(entry.written) \(noun.text)")
    }
  }

  /// The draft's clause ranks its noun ("the second mid-term round … on March 26, 2025") where
  /// each statement it aligned with ranks the same noun otherwise ("The first mid-term round
  /// took place … in February 2024"): another member of the series, with values of its own.
  static func namesAnotherStage(
    _ frame: ClaimFrame, _ typed: [TypedValue], _ entries: [Int], _ context: CheckContext
  ) -> Bool {
    let tokens = context.prose.tokens
    guard frame.value.kind != .ordinal else { return false }
    let ranks = typed.compactMap { value -> (rank: Double, noun: String)? in
      guard value.kind == .ordinal, value.tokens.count == 1,
        frame.clause.contains(value.tokens.lowerBound), value.tokens.upperBound < tokens.count,
        tokens[value.tokens.upperBound].kind == .word
      else { return nil }
      return (value.magnitude, String(tokens[value.tokens.upperBound].text.prefix(6)))
    }
    guard !ranks.isEmpty else { return false }
    return entries.allSatisfy { entry in
      let words = context.corpus.claims.frames.entries[entry].evidence.quote.lowercased().split(whereSeparator: {
        !$0.isLetter
      })
      return zip(words, words.dropFirst()).contains { word, next in
        guard let rank = ValueReader.ordinals[String(word)] else { return false }
        return ranks.contains { $0.noun == next.prefix(6) && $0.rank != Double(rank) }
      }
    }
  }

  /// A draft clause that asserts what the corpus denies ("the launch posed an immediate threat"
  /// where the corpus says it "did not pose an immediate threat"): the predicate and its object.
  static func polarityConflict(at token: Int, _ sentence: Range<Int>, _ context: CheckContext) -> Finding? {
    let prose = context.prose
    let polarity = context.corpus.claims.polarity
    guard
      let (denials, end) = prose.tokens.withUnsafeBufferPointer({
        polarity.contradiction(at: token, in: $0, sentence: sentence)
      })
    else { return nil }
    var evidence: [Evidence] = []
    for denial in denials {
      let candidate = polarity.denials[denial].evidence
      if !evidence.contains(where: { $0.document == candidate.document && $0.line == candidate.line }) {
        evidence.append(candidate)
      }
    }
    let range = prose.tokens[token].originalRange.lowerBound..<prose.tokens[end].originalRange.upperBound
    return Finding(
      rule: rule,
      message:
        "the corpus says the opposite: \(evidence[0].quote.singleSpaced)",
      range: range, evidence: evidence)
  }

  /// "only A and B" where the corpus lists more members of the same relation, or "only some X"
  /// where the corpus says it of each X.
  static func scopeConflict(at marker: Int, _ sentence: Range<Int>, _ context: CheckContext) -> Finding? {
    let prose = context.prose
    let scope = context.corpus.claims.scope
    guard
      let narrowing = prose.tokens.withUnsafeBufferPointer({
        scope.narrowing(at: marker, in: $0, sentence: sentence)
      })
    else { return nil }
    let evidence: [Evidence]
    let end: Int
    var says: String
    switch narrowing {
    case .list(let lists, let last):
      evidence = lists.map { scope.lists[$0].evidence }
      end = last
      says =
        "the corpus names more: \(scope.lists[lists[0]].written.singleSpaced)"
    case .universal(let statements, let last):
      evidence = statements.map { scope.universals[$0].evidence }
      end = last
      says = "the corpus says it of every one"
    }
    var unique: [Evidence] = []
    for candidate in evidence
    where !unique.contains(where: { $0.document == candidate.document && $0.line == candidate.line }) {
      unique.append(candidate)
    }
    let range = prose.tokens[marker].originalRange.lowerBound..<prose.tokens[end].originalRange.upperBound
    if case .universal = narrowing {
      says += ": " + unique[0].quote.singleSpaced
    }
    return Finding(rule: rule, message: says, range: range, evidence: unique)
  }

  /// A draft value that every aligned corpus frame contradicts with one other value.
  static func frameConflict(
    _ frame: ClaimFrame, _ entries: [Int], _ index: FrameIndex, _ context: CheckContext
  ) -> Finding {
    let prose = context.prose
    let value = frame.value
    let range = prose.originalRange(ofTokens: value.tokens)
    let written = context.text(range)
    let stated = index.entries[entries[0]]
    var replacement = stated.written
    if value.kind == .year, let year = stated.frame.value.year {
      replacement = String(year)
    } else if value.kind == .count, written.first?.isLetter == true, let count = stated.frame.value.integer,
      let word = CountWords.word(for: count)
    {
      replacement = written.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
    // Every supporting sentence, once.
    var evidence: [Evidence] = []
    for entry in entries {
      let candidate = index.entries[entry].evidence
      if !evidence.contains(where: { $0.document == candidate.document && $0.line == candidate.line }) {
        evidence.append(candidate)
      }
    }
    let noun = kindName(value.kind)
    let sources = evidence.count == 1 ? "" : " (\(evidence.count) sources)"
    return Finding(
      rule: rule, message: "wrong \(noun) \(written): the corpus gives \(stated.written)\(sources)",
      range: range, evidence: evidence,
      fixes: [
        Fix(
          title: "Replace with \(replacement)", edits: [TextEdit(range: range, newText: replacement)], isCertain: false)
      ])
  }

  /// The stem of the lower-case content word right after a sum or a share, the noun it modifies
  /// ("the $2,000 cap", "a 25% stake"); empty for other values.
  static func modifiedNoun(of value: TypedValue, in prose: ProseText, sentence: Range<Int>) -> TokenText {
    guard value.kind == .amount || value.kind == .percent, sentence.contains(value.tokens.upperBound) else {
      return .empty
    }
    let next = prose.tokens[value.tokens.upperBound]
    guard next.kind == .word, !next.isCapitalized, !next.wordClasses.contains(.function) else { return .empty }
    return WordForms.stemText(of: next)
  }

  /// The draft's clause names its thing by a name whose last words the corpus statement writes
  /// after another capitalised word: "Serious Needs Assistance" where the statement is of
  /// "Critical Needs Assistance", "the Riverton Harbor Line" where it is of "the Bayside Harbor
  /// Line". Another thing of the same kind, which the statement says nothing of.
  /// A corpus sentence states `value` and another distinctive value of the draft's sentence
  /// (`typed`), of another kind: "nearly 1,200 new business deals … worth $52 billion" in the
  /// corpus and the draft. The draft took both from there, whatever statement its words are
  /// closer to. Distinctive: a sum, a measure, or a count of a hundred or more; never a year, a
  /// date, a share or a small count, which many sentences share ("at least 20 percent
  /// ownership"). Of another kind: a sentence listing sums ("$250 a month in Ohio, … over $350
  /// in New Hampshire") shares two of them with a draft by chance.
  static func statesWithAnotherOfTheSentence(_ value: TypedValue, _ typed: [TypedValue], _ index: FrameIndex) -> Bool {
    let others = typed.filter { other in
      other.tokens != value.tokens && other.kind != value.kind
        && (other.kind == .amount || other.kind == .measure || other.kind == .count && other.magnitude >= 100)
    }
    guard !others.isEmpty else { return false }
    return statements(agreeingWith: value, in: index).contains { entry in
      index.entries[entry].sentence.contains { companion in
        let other = index.entries[companion].frame.value
        return companion != entry && others.contains { $0.isOfTheSameKind(as: other) && $0.agrees(with: other) }
      }
    }
  }

  /// A corpus sentence writes another distinctive value of the draft's sentence (a sum, a
  /// measure or a count of three significant digits, or of a million or more, or a length of time
  /// of a hundred units or more) as the draft does, and the draft's value, with its unit,
  /// in its words, however it reads them: "2.8 million more Americans gained coverage in six months" took its
  /// "six months" from "Six months later, … 2.8 million more Americans have gained access".
  static func writesBesideAnotherOfTheSentence(
    _ value: TypedValue, _ typed: [TypedValue], _ prose: ProseText, _ context: CheckContext
  ) -> Bool {
    // (A value written with its unit: a bare number, "29" of "29 states", is in too many
    // sentences.)
    guard [.duration, .amount, .measure, .percent, .date].contains(value.kind) else { return false }
    let written = context.text(prose.originalRange(ofTokens: value.tokens))
    let needle = QuoteLocator.needle(for: written)
    guard !needle.isEmpty else { return false }
    // (Distinctive: three significant digits, or a million or more; not "$250" beside "$350".)
    // (Or a length of time of a hundred units or more: "up to 15% for up to 150 days" took both
    // from "(15% for up to 150 days)".)
    for other in typed
    where other.tokens != value.tokens
      && ((other.kind == .amount || other.kind == .measure || other.kind == .count)
        && FrameAlignment.isPreciseOrLarge(other)
        || other.kind == .duration && other.kind != value.kind && prose.tokens[other.token].isDigits
          && prose.tokens[other.token].utf8Count >= 3)
    {
      let otherWritten = context.text(prose.originalRange(ofTokens: other.tokens))
      if context.corpus.firstUse(
        of: otherWritten, remembering: "beside \(written)",
        where: { evidence in
          QuoteLocator.firstWordOccurrence(
            of: needle, in: Array(WordForms.folded(evidence.quote.singleSpaced).utf8)[...])
            != nil
        }) != nil
      {
        return true
      }
    }
    return false
  }

  /// The corpus statements of `value` (of its kind, agreeing with it).
  static func statements(agreeingWith value: TypedValue, in index: FrameIndex) -> [Int] {
    index.entries(stating: value).map(Int.init).filter { entry in
      let stated = index.entries[entry].frame.value
      return stated.isOfTheSameKind(as: value) && stated.agrees(with: value)
    }
  }

  /// The most of `words` any of the sentences of `entries` holds.
  static func mostShared(_ words: Set<String>, by entries: [Int], in index: FrameIndex) -> Int {
    entries.map { contentWords(ofQuote: index.entries[$0].evidence.quote).intersection(words).count }.max() ?? 0
  }

  /// A corpus sentence states `value` and shares more words with the draft's whole `sentence` than
  /// the sentence of any statement it conflicts with (`conflicting`): "A further $12 billion from
  /// the Law supports general drinking water investments, including PFAS treatment" and "An
  /// additional $12 billion in funding from the Bipartisan Infrastructure Law supports general
  /// drinking water investments, including PFAS treatment", where the words near each value
  /// differ and another statement of the law's sums shares two of them. The draft took its value
  /// from there. (Whole sentences, beyond the windows claim frames read: content words of three
  /// letters or more, as stems; at least four shared.)
  /// The same is asked of the value's own clause, where the draft joins two ("Treatment success
  /// was 91%, and 99% of new and relapse cases notified in 2022 were pulmonary" of two corpus
  /// sentences, one of them "… 97% of new and relapse TB cases had a documented HIV status").
  static func statesInACloserSentence(
    _ value: TypedValue, _ sentence: Range<Int>, _ conflicting: [Int], _ index: FrameIndex, _ prose: ProseText
  ) -> Bool {
    let stating = statements(agreeingWith: value, in: index)
    guard !stating.isEmpty else { return false }
    let clause = self.clause(around: value.tokens, in: prose.tokens, sentence: sentence)
    for range in clause == sentence ? [sentence] : [sentence, clause] {
      let draftWords = contentWords(prose.tokens[range])
      // (The statements of the value first: most share too little to go on.)
      let closest = mostShared(draftWords, by: stating, in: index)
      if closest >= 4, closest > mostShared(draftWords, by: conflicting, in: index) { return true }
    }
    return false
  }

  /// The corpus writes the draft's value as the draft writes it in a sentence sharing as many of
  /// the draft sentence's words as the sentence of any statement it conflicts with, or more (four
  /// at least), a sentence no claim frame reads: a heading ("India Hosts the 7th BRICS ICT Working
  /// Group Meeting in Pune", for "The 7th Meeting of the BRICS Working Group … opened in Pune",
  /// where a frame aligned with "the 8th Meeting of the BRICS Working Group on Ocean Polar
  /// Science"), or a sentence too long for its frames to reach the value. The draft took its
  /// value from there. A draft's sentence of three or four such words needs them all.
  static func writesTheValueInACloserSentence(
    _ value: TypedValue, _ sentence: Range<Int>, _ conflicting: [Int], _ index: FrameIndex, _ context: CheckContext
  ) -> Bool {
    let written = context.text(context.prose.originalRange(ofTokens: value.tokens))
    let draftWords = contentWords(context.prose.tokens[sentence])
    // (A short sentence's words, three at least, all of them: "Cases have been reported from
    // more than 70 countries".)
    // (As many as the closest statement it conflicts with is as close: which of two the draft
    // took is not for the linter to say.)
    let needed = max(min(4, draftWords.count), mostShared(draftWords, by: conflicting, in: index))
    guard draftWords.count >= max(3, needed) else { return false }
    let key = "sharing \(needed) of " + draftWords.sorted().joined(separator: " ")
    return context.corpus.firstUse(of: written, remembering: key) { evidence in
      contentWords(ofQuote: evidence.quote).intersection(draftWords).count >= needed
    } != nil
  }

  /// The draft's date to the day, which the corpus writes as the draft does ("published on 4 July
  /// 2024", the corpus dating an account so), against statements that give a month alone ("the
  /// Governing Council meeting in September 2023"): a day the corpus knows, of another doing
  /// than those statements'. Said only when the corpus gives the day too.
  static func writesTheDayTheStatementsGiveNot(
    _ value: TypedValue, _ conflicting: [Int], _ index: FrameIndex, _ context: CheckContext
  ) -> Bool {
    guard value.kind == .date, value.day != nil,
      conflicting.allSatisfy({ index.entries[$0].frame.value.kind == .date && index.entries[$0].frame.value.day == nil }
      )
    else { return false }
    return context.corpus.firstUse(of: context.text(context.prose.originalRange(ofTokens: value.tokens))) != nil
  }

  /// The clause of `sentence` that holds the tokens `value`: bounded by a semicolon or a colon,
  /// or by a comma before "and", "but", "while" or "whereas" that opens another clause.
  static func clause(around value: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Range<Int> {
    func opensClause(_ comma: Int) -> Bool {
      tokens[comma].hasText(";") || tokens[comma].hasText(":")
        || tokens[comma].hasText(",") && comma + 1 < sentence.upperBound
          && tokens[comma + 1].hasText(in: ["and", "but", "while", "whereas"])
    }
    var start = value.lowerBound
    while start > sentence.lowerBound, !opensClause(start - 1) { start -= 1 }
    var end = value.upperBound
    while end < sentence.upperBound, !opensClause(end) { end += 1 }
    return start..<end
  }

  /// A corpus document dated on the draft's date in its front matter (`DocumentDates`) holds a
  /// sentence sharing more of the draft sentence's words than the sentence of any statement it
  /// conflicts with: the draft reports that document ("On December 8, 2023, the President
  /// announced $8.2 billion for 10 major passenger rail projects" of a fact sheet dated so, which
  /// says "Today, the President announced …"). At least four words shared, the date's aside.
  /// A year is a document's year so too ("21.3 million Americans signed up for Marketplace
  /// coverage for 2024" of a statement dated in January 2024).
  static func isDateOfACloserDocument(
    _ value: TypedValue, _ sentence: Range<Int>, _ conflicting: [Int], _ index: FrameIndex, _ prose: ProseText,
    _ corpus: Corpus
  ) -> Bool {
    let dated: [Int]
    switch value.kind {
    case .date:
      guard let date = Int32(exactly: value.magnitude.rounded()) else { return false }
      dated = corpus.documentDates.documents(on: date)
    case .year:
      // ("… signed up for Marketplace coverage for 2024" of a statement dated in January 2024.)
      guard let year = Int32(exactly: value.magnitude.rounded()) else { return false }
      dated = corpus.documentDates.documents(inYear: year)
    default: return false
    }
    guard !dated.isEmpty else { return false }
    // A statement it conflicts with is that document's own ("Since February 2022, Treasury has
    // implemented more than 2,500 sanctions" in a release of February 24, 2023, for "By February
    // 24, 2023, Treasury had implemented more than 2,500 sanctions"): the draft dates the
    // document's report, not what it reports.
    if value.kind == .date,
      conflicting.contains(where: { entry in
        corpus.documents.position(of: index.entries[entry].evidence).map(dated.contains) ?? false
      })
    {
      return true
    }
    let draftWords = contentWords(
      sentence.lazy.filter { !value.tokens.contains($0) }.map { prose.tokens[$0] })
    let needed = max(4, mostShared(draftWords, by: conflicting, in: index) + 1)
    guard draftWords.count >= needed else { return false }
    // (A corpus with many documents of one month, a president's orders, is read no further than
    // its first few.)
    for position in dated.prefix(12) {
      for paragraph in corpus.documents[position].paragraphs {
        let tokens = paragraph.prose.tokens
        for words in paragraph.prose.sentences
        where contentWords(tokens[words]).intersection(draftWords).count >= needed {
          return true
        }
      }
    }
    return false
  }

  /// The content words of tokens (three letters or more, no function word), as their stems' first
  /// six letters: what two sentences are compared by ("announced" and "announce", "implement"
  /// and "implementing", which stems alone keep apart).
  static func contentWords(_ tokens: some Sequence<Token>) -> Set<String> {
    var words = Set<String>()
    for token in tokens where token.kind == .word && !token.wordClasses.contains(.function) && token.utf8Count >= 3 {
      words.insert(String(WordForms.stem(of: token).prefix(6)))
    }
    return words
  }

  /// The content words of a corpus quotation.
  static func contentWords(ofQuote quote: String) -> Set<String> {
    let source = SourceText(quote)
    let normalized = NormalizedText(source: source, segments: [.init(range: 0..<source.count, join: .adjacent)])
    return contentWords(Tokenizer.tokens(of: normalized, source: source))
  }

  static func namesAnotherOfItsKind(_ frame: ClaimFrame, _ entries: [Int], _ context: CheckContext) -> Bool {
    let tokens = context.prose.tokens
    func isNameWord(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.kind == .word && (token.isCapitalized || token.isUpperCaseAcronym)
        && !token.wordClasses.contains(.function)
    }
    // The statements' sentences as words (a word that ends in a mark ends a name).
    let sentences = entries.map { entry in
      // (Split at hyphens too: "Agency-Energy Mining" holds the word "Energy".)
      context.corpus.claims.frames.entries[entry].evidence.quote.split(whereSeparator: {
        $0.isWhitespace || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}"
      }).map {
        (
          folded: nameWord(String($0)),
          opensName: $0.first?.isUppercase == true,
          endsName: $0.last.map { !$0.isLetter && !$0.isNumber } ?? true
        )
      }
    }
    var index = frame.clause.lowerBound
    while index < frame.clause.upperBound {
      guard isNameWord(index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < frame.clause.upperBound, isNameWord(end) { end += 1 }
      defer { index = end }
      // A name of three words or more: a first word before a tail of two or more.
      guard end - index >= 3 else { continue }
      let words = (index..<end).map { nameWord(context.text(of: tokens[$0])) }
      // A name of the statement's sentence of three words or more that begins or ends as the
      // draft's does, shares two of its words and differs from it both ways: "the Advanced
      // Energy Manufacturing and Recycling Grant Program" where the statement is of "DOE's
      // Advanced Technology Vehicle Manufacturing program".
      for run in sentences.flatMap(nameRuns) where run.count >= 3 {
        let drafted = Set(words)
        let stated = Set(run)
        if words.first == run.first || words.last == run.last, drafted.intersection(stated).count >= 2,
          !drafted.isSubset(of: stated), !stated.isSubset(of: drafted)
        {
          return true
        }
      }
      for first in 0..<words.count - 2 {
        let tail = Array(words[(first + 1)...])
        for sentence in sentences where sentence.count > tail.count {
          for start in 1...(sentence.count - tail.count) {
            // (Capitalised as a name: not the sentence's first word, nor "The".)
            let before = sentence[start - 1]
            guard start >= 2, before.opensName, !before.endsName, !before.folded.isEmpty,
              before.folded != words[first], !WordForms.functionWords.contains(before.folded),
              (0..<tail.count).allSatisfy({ sentence[start + $0].folded == tail[$0] })
            else { continue }
            return true
          }
        }
      }
    }
    return false
  }

  /// A word of a name as compared: folded, without a possessive ending or marks ("Interior’s" and
  /// "Interior's" are "interior").
  static func nameWord(_ written: String) -> String {
    var word = Substring(written)
    for ending in ["'s", "’s", "'", "’"] where word.hasSuffix(ending) {
      word = word.dropLast(ending.count)
      break
    }
    return WordForms.folded(String(word.filter { $0.isLetter || $0.isNumber }))
  }

  /// The names of a sentence split into words (see `namesAnotherOfItsKind`): its runs of
  /// capitalised words that are not function words, after its first word; a word that ends in a
  /// mark ends its run.
  static func nameRuns(_ sentence: [(folded: String, opensName: Bool, endsName: Bool)]) -> [[String]] {
    var runs: [[String]] = []
    var run: [String] = []
    for (position, word) in sentence.enumerated() {
      if position > 0, word.opensName, !word.folded.isEmpty, !WordForms.functionWords.contains(word.folded) {
        run.append(word.folded)
        if !word.endsName { continue }
      }
      if !run.isEmpty { runs.append(run) }
      run = []
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }

  static func kindName(_ kind: TypedValue.Kind) -> String {
    switch kind {
    case .year: "year"
    case .date: "date"
    case .count: "number"
    case .ordinal: "ordinal"
    case .percent: "percentage"
    case .amount: "amount"
    case .measure: "measure"
    case .duration: "duration"
    case .frequency: "frequency"
    case .identifier: "number"
    case .vote: "vote"
    }
  }

  enum Outcome {
    case agrees
    case conflict(Finding)
  }

  static func checkAgainstFacts(
    _ value: ValueExtractor.Value, _ sentenceValues: [ValueExtractor.Value], _ prose: ProseText, _ sentence: Range<Int>,
    _ phrases: [PatternAutomaton.Match], _ subjects: [Int], _ facts: [Fact], _ claims: ClaimIndex,
    _ context: CheckContext
  ) -> Outcome? {
    let candidates = boundFacts(value, sentenceValues, prose, sentence, phrases, subjects, facts, claims, context)
    guard !candidates.isEmpty else { return nil }
    if candidates.contains(where: { FactReading.number(of: facts[$0].value) == value.number }) { return .agrees }
    // Another fact the sentence states (its claim phrase further away) gives this value: the
    // sentence may be about that one ("Two of the wars … were fought over Kashmir").
    if factStating(value, sentenceValues, prose, phrases, subjects, facts, claims) != nil { return .agrees }
    let fact = facts[candidates[0]]
    guard let expected = FactReading.number(of: fact.value) else { return nil }
    return .conflict(
      conflictFinding(
        prose.tokens[value.token], value: value, expected: expected, statement: fact.statement,
        evidence: fact.evidence, certain: true, context))
  }

  /// A fact whose claim phrase stands anywhere in the sentence, whose subject the sentence names,
  /// and which states `value`.
  /// Its claim phrase must not have a value of its own nearer to it: in "founded in 1996 and
  /// began operations in 1996", "began operations" is the second 1996's.
  static func factStating(
    _ value: ValueExtractor.Value, _ sentenceValues: [ValueExtractor.Value], _ prose: ProseText,
    _ phrases: [PatternAutomaton.Match], _ subjects: [Int], _ facts: [Fact], _ claims: ClaimIndex
  ) -> Int? {
    let values = sentenceValues.filter { $0.kind == value.kind }
    for hit in phrases {
      let fact = claims.phrases[hit.payload].fact
      guard subjects.contains(fact), FactReading.matchesKind(facts[fact].value, value.kind),
        FactReading.number(of: facts[fact].value) == value.number
      else { continue }
      let first = prose.tokenIndex(atNormalizedOffset: hit.range.lowerBound)
      let last = prose.tokenIndex(atNormalizedOffset: hit.range.upperBound - 1)
      let nearest = values.compactMap { other in
        distance(prose, phrase: first...last, value: other.token).map { ($0, other.token) }
      }
      .min { $0.0 < $1.0 }
      if nearest == nil || nearest?.1 == value.token { return fact }
    }
    return nil
  }

  /// The knowledge-file facts a value is bound to: those whose claim phrase stands nearest to it
  /// (within `maximumGap` words, in a sentence naming the fact's subject), in fact order.
  static func boundFacts(
    _ value: ValueExtractor.Value, _ sentenceValues: [ValueExtractor.Value], _ prose: ProseText, _ sentence: Range<Int>,
    _ phrases: [PatternAutomaton.Match], _ subjects: [Int], _ facts: [Fact], _ claims: ClaimIndex,
    _ context: CheckContext
  ) -> [Int] {
    guard !phrases.isEmpty else { return [] }
    let values = sentenceValues.filter { $0.kind == value.kind }
    var bound: [(fact: Int, distance: Int)] = []
    for hit in phrases {
      let phrase = claims.phrases[hit.payload]
      let fact = facts[phrase.fact]
      // The sentence must name what the fact is about ("Pakistan", "the United States").
      guard FactReading.matchesKind(fact.value, value.kind), subjects.contains(phrase.fact) else { continue }
      let first = prose.tokenIndex(atNormalizedOffset: hit.range.lowerBound)
      let last = prose.tokenIndex(atNormalizedOffset: hit.range.upperBound - 1)
      // The name nearest before the claim must be the fact's subject: in "India conducted its
      // nuclear tests in 1974, long before Pakistan" the claim is India's, not Pakistan's.
      if let name = nearestName(before: first, in: prose, sentence: sentence, corpus: context.corpus),
        !claims.subjectWords[phrase.fact].contains(name)
      {
        continue
      }
      guard let words = distance(prose, phrase: first...last, value: value.token), words <= maximumGap else { continue }
      // A phrase binds only the value of this kind nearest to it: in "after India's tests in
      // 1974, Pakistan became a nuclear power in 1998" the phrase belongs to 1998.
      let nearest = values.compactMap { other in
        distance(prose, phrase: first...last, value: other.token).map { ($0, other.token) }
      }
      .min { $0.0 < $1.0 }
      guard nearest?.1 == value.token else { continue }
      bound.append((phrase.fact, words))
    }
    guard let nearest = bound.map(\.distance).min() else { return [] }
    return bound.filter { $0.distance == nearest }.map(\.fact)
  }

  /// The folded proper noun nearest before token `index` in the sentence, if any.
  static func nearestName(before index: Int, in prose: ProseText, sentence: Range<Int>, corpus: Corpus) -> String? {
    var cursor = index - 1
    while cursor >= sentence.lowerBound {
      let token = prose.tokens[cursor]
      if token.kind == .word, token.isCapitalized, corpus.vocabulary.properNouns[token.withoutPossessive] != nil {
        return token.withoutPossessive
      }
      cursor -= 1
    }
    return nil
  }

  /// Words between a claim phrase and a value on either side of it, or nil across a clause break.
  static func distance(_ prose: ProseText, phrase: ClosedRange<Int>, value: Int) -> Int? {
    if phrase.upperBound < value { return FactReading.gap(prose, from: phrase.upperBound + 1, to: value) }
    if phrase.lowerBound > value { return FactReading.gap(prose, from: value + 1, to: phrase.lowerBound) }
    return nil
  }

  static func conflictFinding(
    _ token: Token, value: ValueExtractor.Value, expected: Int, statement: String?, evidence: [Evidence], certain: Bool,
    _ context: CheckContext
  ) -> Finding {
    let written = context.text(of: token)
    var replacement = String(expected)
    if value.kind == .count, written.first?.isLetter == true, let word = CountWords.word(for: expected) {
      replacement = written.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
    let what = value.kind == .year ? "year" : "number"
    let says = statement.map { "the corpus says: \($0)" } ?? "the corpus gives \(replacement) here"
    return Finding(
      rule: rule, message: "wrong \(what) \(written): \(says)", range: token.originalRange,
      evidence: Array(evidence.prefix(2)),
      fixes: [
        Fix(
          title: "Replace with \(replacement)", edits: [TextEdit(range: token.originalRange, newText: replacement)],
          isCertain: certain)
      ])
  }

  /// `markers`: the token indices of the sentence's exclusive markers ("solely", "only"), the
  /// words that can narrow a relation.
  static func relationConflicts(
    _ prose: ProseText, _ sentence: Range<Int>, _ markers: [Int], _ phrases: [PatternAutomaton.Match],
    _ subjects: [Int], _ facts: [Fact], _ claims: ClaimIndex, _ context: CheckContext
  ) -> [Finding] {
    var findings: [Finding] = []
    // In fact order, so the result never depends on hashing.
    let relationFacts = Set(phrases.map { claims.phrases[$0.payload].fact }).union(subjects).filter {
      if case .relation = facts[$0].value { return true }
      return false
    }.sorted()
    for factIndex in relationFacts {
      guard case .relation(let members, let object) = facts[factIndex].value else { continue }
      let foldedMembers = members.map(WordForms.folded)
      for index in markers {
        // The members named within a few words after the marker.
        var named = Set<String>()
        var end = index
        var cursor = index + 1
        var words = 0
        while cursor < sentence.upperBound, words < 5 {
          let token = prose.tokens[cursor]
          if token.kind == .punctuation, !token.hasText("-") { break }
          // Only function words ("at", "against", "the") may stand between the marker and the
          // members: "solely at private firms", not "only hurt private firms".
          if token.kind == .word, named.isEmpty, !token.wordClasses.contains(.function),
            !foldedMembers.contains(where: { matches($0, prose, at: cursor) })
          {
            break
          }
          if token.kind != .punctuation { words += 1 }
          for member in foldedMembers where matches(member, prose, at: cursor) {
            named.insert(member)
            end = cursor + member.split(whereSeparator: { $0 == "-" || $0 == " " }).count * 2 - 2
          }
          cursor += 1
        }
        guard !named.isEmpty, named.count < foldedMembers.count else { continue }
        // Extend over the noun the members qualify ("private firms").
        if end + 1 < sentence.upperBound, prose.tokens[end + 1].kind == .word { end += 1 }
        let range =
          prose.tokens[index].originalRange
          .lowerBound..<prose.tokens[min(end, sentence.upperBound - 1)].originalRange.upperBound
        let fact = facts[factIndex]
        let statement = fact.statement ?? "\(FactValue.joinedList(members))\(object.map { " " + $0 } ?? "")"
        findings.append(
          Finding(
            rule: rule, message: "the corpus says both: \(statement)", range: range,
            evidence: Array(fact.evidence.prefix(2))))
      }
    }
    return findings
  }

  static func matches(_ member: String, _ prose: ProseText, at index: Int) -> Bool {
    let start = prose.tokens[index].range.lowerBound
    let bytes = prose.normalized.bytes
    let needle = Array(member.utf8)
    guard start + needle.count <= bytes.count, Array(bytes[start..<start + needle.count]) == needle else {
      return false
    }
    return PatternAutomaton.isBoundary(bytes, after: start + needle.count)
  }
}
