/// What the corpus denies: every clause of its running prose whose predicate a "not" (or
/// "never", "didn't", "cannot") negates ("INDOPACOM has assessed it did not pose an immediate
/// threat to U.S. personnel"), with the predicate, the clause's words before it and the words
/// after it; and, for those predicates, every clause that states one affirmatively. Built once at
/// load, in two linear passes.
///
/// A draft clause that asserts a denied predicate conflicts when it aligns with one denied
/// clause on most of its object words and some subject words, and no affirmative clause of the
/// corpus states that object as well (`PolarityIndex.contradiction`). Otherwise it abstains.
struct PolarityIndex: Sendable {
  struct Denial: Sendable {
    /// The keys of the negated verb and of the verbs coordinated with it ("involve or provide").
    var predicates: [String]
    /// Up to `subjectWindow` content words before the negator in its clause.
    var subject: [String]
    /// Up to `objectWindow` content words after the predicate in its clause.
    var object: [String]
    var evidence: Evidence
  }

  struct Assertion: Sendable {
    var object: [String]
  }

  static let subjectWindow = 8
  static let objectWindow = 6

  let denials: [Denial]
  /// Predicate key → denials.
  let denialsByPredicate: [String: [Int32]]
  /// Predicate key → the objects of the corpus clauses that state it without a negator.
  var assertions: [String: [Assertion]] { builtAssertions.value }
  /// Read from the compiled corpus index only when a draft first asserts a denied predicate.
  private let builtAssertions: BuiltOnFirstUse<[String: [Assertion]]>
  /// The folded forms a draft may write each denied predicate in ("pose", "poses", "posed",
  /// "posing"): patterns for the corpus's automaton, so a draft block without one costs nothing.
  let cuePatterns: [(pattern: [UInt8], payload: Int)]

  /// The denials of documents read one at a time, in order.
  struct DenialReading: Sendable {
    private(set) var denials: [Denial] = []

    mutating func add(_ document: CorpusDocument) {
      PolarityIndex.forEachSentence(CollectionOfOne(document)) { document, paragraph, sentenceIndex, prose, sentence in
        prose.tokens.withUnsafeBufferPointer { tokens in
          for index in sentence where ClauseWords.isNegator(tokens[index]) {
            guard var denial = PolarityIndex.denial(at: index, tokens, sentence) else { continue }
            denial.evidence = document.evidence(paragraph: paragraph, sentence: sentenceIndex)
            denials.append(denial)
          }
        }
      }
    }
  }

  /// The affirmative clauses of denied predicates, read from documents one at a time (those the
  /// denials were read from, again, in order).
  struct AssertionReading: Sendable {
    // Every content word of the corpus is asked whether it is a denied predicate: by its key as
    // a plain value (no String and no SipHash per word).
    private var predicates = PlainHashTable<TokenText, String>()
    /// Each predicate's objects, each once (a clause repeated across the corpus, boilerplate,
    /// says nothing more the second time), in the order first read.
    private(set) var assertions: [String: [Assertion]] = [:]
    private var read: Set<Read> = []
    /// False when no denial has a predicate: nothing to read.
    let wantsDocuments: Bool

    private struct Read: Hashable {
      var predicate: String
      var object: [String]
    }

    init(denials: [Denial]) {
      for denial in denials {
        for predicate in denial.predicates { predicates.update(TokenText(predicate), initial: predicate) { _ in } }
      }
      wantsDocuments = denials.contains { !$0.predicates.isEmpty }
    }

    mutating func add(_ document: CorpusDocument) {
      guard wantsDocuments else { return }
      PolarityIndex.forEachSentence(CollectionOfOne(document)) { _, _, _, prose, sentence in
        prose.tokens.withUnsafeBufferPointer { tokens in
          for index in sentence where tokens[index].kind == .word && ClauseWords.isContent(tokens[index]) {
            guard let key = predicates[ClauseWords.keyText(of: tokens[index])],
              !PolarityIndex.isDenied(index, tokens, sentence)
            else { continue }
            let object = ClauseWords.after(index + 1, in: tokens, sentence: sentence, limit: PolarityIndex.objectWindow)
              .keys
            if read.insert(Read(predicate: key, object: object)).inserted {
              assertions[key, default: []].append(Assertion(object: object))
            }
          }
        }
      }
    }
  }

  /// The index of `denials` and the `assertions` of their predicates (read from the documents,
  /// or from the compiled corpus index).
  init(denials: [Denial], assertions: BuiltOnFirstUse<[String: [Assertion]]>) {
    var byPredicate: [String: [Int32]] = [:]
    for (index, denial) in denials.enumerated() {
      for predicate in denial.predicates { byPredicate[predicate, default: []].append(Int32(index)) }
    }
    var cues: [(pattern: [UInt8], payload: Int)] = []
    for key in byPredicate.keys.sorted() {
      for form in Self.forms(of: key) { cues.append((Array(form.utf8), 0)) }
    }
    self.denials = denials
    self.denialsByPredicate = byPredicate
    self.builtAssertions = assertions
    self.cuePatterns = cues
  }

  static func forEachSentence(
    _ documents: some Sequence<CorpusDocument>,
    _ body: (CorpusDocument, Int, Int, ProseText, Range<Int>) -> Void
  ) {
    for document in documents {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated()
      where paragraph.isRunningProse || FrameIndex.readsAsClauses(paragraph.prose) {
        for (sentenceIndex, sentence) in paragraph.prose.sentences.enumerated() {
          body(document, paragraphIndex, sentenceIndex, paragraph.prose, sentence)
        }
      }
    }
  }

  /// The predicate a negator at `index` denies: the first content word within three words after
  /// it, with only function words between ("did not pose", "has not been assessed").
  static func predicate(after index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
    var cursor = index + 1
    while cursor < sentence.upperBound, cursor <= index + 3 {
      let token = tokens[cursor]
      guard token.kind == .word else { return nil }
      // "not only … but also", "not just", "not merely": no denial.
      if ClauseWords.hedges.contains(token) || ClauseWords.isNegator(token) { return nil }
      if ClauseWords.isContent(token) { return token.isCapitalized ? nil : cursor }
      cursor += 1
    }
    return nil
  }

  /// A denial read around the negator at `index`, or nil when the clause is conditional,
  /// hypothetical, doubly negated or has no predicate (the evidence is filled in by the caller).
  static func denial(at index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Denial? {
    guard let first = predicate(after: index, tokens, sentence) else { return nil }
    let before = ClauseWords.before(index, in: tokens, sentence: sentence, limit: subjectWindow)
    guard !before.negated, !before.hedged, !before.keys.isEmpty else { return nil }
    // A modal right before the negator ("shall not", "must not") states a rule, not a fact.
    var predicates = [ClauseWords.key(of: tokens[first])]
    var last = first
    while last + 2 < sentence.upperBound, tokens[last + 1].hasText(in: ["or", "and", "nor"]),
      tokens[last + 2].kind == .word, ClauseWords.isContent(tokens[last + 2]), !tokens[last + 2].isCapitalized
    {
      last += 2
      predicates.append(ClauseWords.key(of: tokens[last]))
    }
    let object = ClauseWords.after(last + 1, in: tokens, sentence: sentence, limit: objectWindow).keys
    guard object.count >= 2 else { return nil }
    return Denial(
      predicates: predicates, subject: before.keys, object: object,
      evidence: Evidence(document: "", folder: nil, line: 0, range: 0..<0, quote: ""))
  }

  /// A negator (or "no") among the three words before `index`, or "no", "not" right after it.
  static func isDenied(_ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
    var cursor = index - 1
    while cursor >= sentence.lowerBound, cursor >= index - 3 {
      if ClauseWords.isNegator(tokens[cursor]) || tokens[cursor].hasText("no") { return true }
      cursor -= 1
    }
    var next = index + 1
    while next < sentence.upperBound, next <= index + 2 {
      if ClauseWords.isNegator(tokens[next]) || tokens[next].hasText(in: ["no", "none", "nothing"]) { return true }
      next += 1
    }
    return false
  }

  /// Folded forms whose key is `key`: the word and its inflections ("pos" → "pose", "poses",
  /// "posed", "posing").
  static func forms(of key: String) -> [String] {
    var candidates = [key, key + "e", key + "s", key + "es", key + "d", key + "ed", key + "ing"]
    if let last = key.last, !"aeiouy".contains(last) {
      candidates += [key + String(last) + "ed", key + String(last) + "ing"]
    }
    if key.hasSuffix("y") { candidates += [key.dropLast() + "ies", key.dropLast() + "ied"] }
    var forms: [String] = []
    for form in candidates where !forms.contains(form) && ClauseWords.key(form) == key { forms.append(form) }
    return forms
  }

  /// The denials a draft clause contradicts: the draft asserts the predicate at `index` (no
  /// negator or hedge in its clause before it, no "no" after it) and aligns with denials of it,
  /// and no affirmative corpus clause of that predicate states its object as well. Returns the
  /// denials and the last token of the draft's object.
  func contradiction(
    at index: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>
  ) -> (denials: [Int], end: Int)? {
    let token = tokens[index]
    guard token.kind == .word, !token.isCapitalized || index == sentence.lowerBound, ClauseWords.isContent(token)
    else { return nil }
    let key = ClauseWords.key(of: token)
    guard let candidates = denialsByPredicate[key] else { return nil }
    // A question asserts nothing.
    if let last = sentence.last, tokens[last].hasText("?") { return nil }
    let before = ClauseWords.before(index, in: tokens, sentence: sentence, limit: Self.subjectWindow)
    guard !before.negated, !before.hedged, !Self.isDenied(index, tokens, sentence),
      !ClauseWords.isKeptFrom(index, in: tokens, sentence: sentence)
    else { return nil }
    let after = ClauseWords.after(index + 1, in: tokens, sentence: sentence, limit: Self.objectWindow)
    guard after.keys.count >= 2 else { return nil }
    // A negator or a hedge inside the object ("posed a threat to no one") changes what it says.
    for cursor in index + 1...after.end
    where ClauseWords.isNegator(tokens[cursor]) || ClauseWords.hedges.contains(tokens[cursor]) {
      return nil
    }
    // The numbers of the draft's object ("its guidance for 2023"): a denial about another year
    // or amount is about something else.
    let numbers = after.keys.filter { $0.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    var aligned: [Int] = []
    var best = 0
    for candidate in candidates {
      let denial = denials[Int(candidate)]
      let object = Set(denial.object + denial.predicates)
      guard numbers.allSatisfy(object.contains) else { continue }
      let shared = after.keys.filter { object.contains($0) }.count
      let subjects = before.keys.filter { denial.subject.contains($0) }.count
      guard shared >= 2, shared * 3 >= after.keys.count * 2, shared * 2 >= denial.object.count, subjects >= 1
      else { continue }
      aligned.append(Int(candidate))
      best = max(best, shared)
    }
    guard !aligned.isEmpty else { return nil }
    // The corpus also states the predicate of that object affirmatively: no contradiction.
    for assertion in assertions[key] ?? [] {
      let shared = after.keys.filter { assertion.object.contains($0) }.count
      if shared >= 2, shared * 3 >= best * 2 { return nil }
    }
    return (aligned, after.end)
  }
}
