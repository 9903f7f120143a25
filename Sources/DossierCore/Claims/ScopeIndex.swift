/// What the corpus says of several or of all members of something, for a draft that narrows it
/// with "only", "solely" or "exclusively":
/// - lists: the members of a coordination bound to one head noun ("the construction, energy,
///   fishing, or transportation industries"), with the words of the document's title;
/// - universals: a statement made of each member ("Each Party shall prepare, communicate and
///   maintain …", "all Parties are to …"), with the words of its predicate;
/// - restrictions: the same heads with modifiers before them ("developed country Parties shall
///   …"), so a draft restriction the corpus itself states is never taken for a narrowing.
/// Built once at load, one pass over the running prose.
struct ScopeIndex: Sendable {
  struct List: Sendable {
    var head: String
    /// Each member's keys ("financial services" → ["financial", "servic"]).
    var members: [[String]]
    /// The content keys of the list's sentence (and its document's title), as plain values.
    var context: SortedTextSet
    /// The tokens of the list, from its first member to its head, in its sentence.
    var tokens: Range<Int>
    /// The list as the corpus writes it ("construction, energy, … or transportation industries").
    var written = ""
    var evidence: Evidence
  }

  struct Statement: Sendable {
    var head: String
    /// Modifier keys before the head (empty for a universal).
    var modifiers: [String]
    /// The folded content words after the head, in order.
    var predicate: [String]
    var evidence: Evidence
  }

  static let predicateWindow = 8
  /// Words that mark a statement as made of every member.
  static let universals = WordSet(["each", "every", "all"])
  /// Words that narrow a claim to some members.
  static let exclusives = WordSet(["only", "solely", "exclusively"])

  let lists: [List]
  let listsByHead: [String: [Int32]]
  let universals: [Statement]
  let universalsByHead: [String: [Int32]]
  var restrictions: [String: [Statement]] { builtRestrictions.value }
  /// Read from the compiled corpus index only when a draft's narrowing first aligns.
  private let builtRestrictions: BuiltOnFirstUse<[String: [Statement]]>

  init(documents: some Sequence<CorpusDocument>) {
    var lists: [List] = []
    var restrictions: [String: [Statement]] = [:]
    let universals = Self.read(
      documents, list: { lists.append($0) }, restriction: { restrictions[$0.head, default: []].append($0) })
    self.init(lists: lists, universals: universals, restrictions: BuiltOnFirstUse(built: restrictions))
  }

  /// Reads the lists of `documents`, their universal statements, and the restricted statements
  /// of the universals' heads (the documents are read twice, in order); each list and
  /// restriction is handed over as it is found.
  static func read(
    _ documents: some Sequence<CorpusDocument>, list onList: (List) -> Void,
    restriction onRestriction: (Statement) -> Void
  ) -> [Statement] {
    var reading = Reading()
    for document in documents { reading.add(document, list: onList) }
    let restrictions = RestrictionReading(universals: reading.universals)
    if restrictions.wantsDocuments {
      for document in documents { restrictions.add(document, restriction: onRestriction) }
    }
    return reading.universals
  }

  /// The sentences lists and universals are read from: running prose, clauses, or one long
  /// sentence of clauses (a Federal Register paragraph of "(i) …; (ii) …;" items that ends
  /// without a period); never the document's title.
  static func forEachSentence(
    of document: CorpusDocument, _ body: (_ paragraph: Int, _ sentenceIndex: Int, ProseText, Range<Int>) -> Void
  ) {
    for (paragraph, block) in document.paragraphs.enumerated() where paragraph > 0 || block.isRunningProse {
      let prose = block.prose
      for (sentenceIndex, sentence) in prose.sentences.enumerated()
      where block.isRunningProse || FrameIndex.readsAsClauses(prose)
        || prose.tokens[sentence].lazy.filter({ $0.kind == .word }).count >= 12
          && prose.tokens[sentence].contains(where: { $0.hasText(";") })
      {
        body(paragraph, sentenceIndex, prose, sentence)
      }
    }
  }

  /// The lists and universal statements of documents read one at a time, in order.
  struct Reading: Sendable {
    private(set) var universals: [Statement] = []

    /// Reads one more document; each of its lists is handed to `onList`.
    mutating func add(_ document: CorpusDocument, list onList: (List) -> Void) {
      let title = ScopeIndex.titleKeys(document)
      ScopeIndex.forEachSentence(of: document) { paragraph, sentenceIndex, prose, sentence in
        prose.tokens.withUnsafeBufferPointer { tokens in
          var evidence: Evidence?
          func sentenceEvidence() -> Evidence {
            if let evidence { return evidence }
            let made = document.evidence(paragraph: paragraph, sentence: sentenceIndex)
            evidence = made
            return made
          }
          // The sentence's content keys, worked out once for all its lists (a long clause of a
          // Federal Register order holds dozens of "and"s).
          var sentenceKeys: SortedTextSet?
          func contextKeys() -> SortedTextSet {
            if let sentenceKeys { return sentenceKeys }
            let keys = ScopeIndex.contentKeys(tokens, sentence)
            sentenceKeys = keys
            return keys
          }
          for index in sentence {
            let token = tokens[index]
            if token.kind == .word, token.hasText("and") || token.hasText("or"),
              var list = ScopeIndex.list(at: index, tokens, sentence, context: contextKeys)
            {
              list.context = list.context.union(title)
              list.written = document.text.string(in: prose.originalRange(ofTokens: list.tokens))
              list.evidence = sentenceEvidence()
              onList(list)
            } else if ScopeIndex.universals.contains(token),
              var statement = ScopeIndex.universal(at: index, tokens, sentence)
            {
              statement.evidence = sentenceEvidence()
              universals.append(statement)
            }
          }
        }
      }
    }
  }

  /// The restricted statements of the heads of universals, read from documents one at a time
  /// (those the universals were read from, again, in order).
  struct RestrictionReading: Sendable {
    // Every content word is asked whether it is a head: by its key as a plain value.
    private var heads = PlainHashTable<TokenText, String>()
    /// False when there is no universal: nothing to read.
    let wantsDocuments: Bool

    init(universals: [Statement]) {
      for head in Set(universals.map(\.head)) { heads.update(TokenText(head), initial: head) { _ in } }
      wantsDocuments = !universals.isEmpty
    }

    /// Reads one more document; each restricted statement is handed to `onRestriction`.
    func add(_ document: CorpusDocument, restriction onRestriction: (Statement) -> Void) {
      guard wantsDocuments else { return }
      ScopeIndex.forEachSentence(of: document) { _, _, prose, sentence in
        prose.tokens.withUnsafeBufferPointer { tokens in
          for index in sentence where ClauseWords.isContent(tokens[index]) {
            guard let head = heads[ClauseWords.keyText(of: tokens[index])] else { continue }
            var modifiers: [String] = []
            var cursor = index - 1
            while cursor >= sentence.lowerBound, ClauseWords.isContent(tokens[cursor]) || tokens[cursor].hasText("-") {
              if tokens[cursor].kind != .punctuation { modifiers.append(ClauseWords.key(of: tokens[cursor])) }
              cursor -= 1
            }
            guard !modifiers.isEmpty else { continue }
            onRestriction(
              Statement(
                head: head, modifiers: modifiers, predicate: ScopeIndex.predicate(after: index + 1, tokens, sentence),
                evidence: Evidence(document: "", folder: nil, line: 0, range: 0..<0, quote: "")))
          }
        }
      }
    }
  }

  /// The index of what was read (from the documents, or from the compiled corpus index).
  init(lists: [List], universals: [Statement], restrictions: BuiltOnFirstUse<[String: [Statement]]>) {
    var listsByHead: [String: [Int32]] = [:]
    for (index, list) in lists.enumerated() { listsByHead[list.head, default: []].append(Int32(index)) }
    var universalsByHead: [String: [Int32]] = [:]
    for (index, statement) in universals.enumerated() {
      universalsByHead[statement.head, default: []].append(Int32(index))
    }
    self.lists = lists
    self.listsByHead = listsByHead
    self.universals = universals
    self.universalsByHead = universalsByHead
    self.builtRestrictions = restrictions
  }

  /// Single-word members with a longer last one ("northern, eastern, or western harbour
  /// districts"): the last member's further words qualify the head ("harbour district").
  static func normalized(_ members: [[String]], _ head: String) -> ([[String]], String) {
    guard let last = members.last, last.count > 1, members.dropLast().allSatisfy({ $0.count == 1 }) else {
      return (members, head)
    }
    var members = members
    members[members.count - 1] = [last[0]]
    return (members, (last.dropFirst() + [head]).joined(separator: " "))
  }

  /// The content keys of a document's first heading (its title), if it has one.
  static func titleKeys(_ document: CorpusDocument) -> SortedTextSet {
    guard let first = document.paragraphs.first, !first.isRunningProse else { return SortedTextSet([]) }
    return SortedTextSet(first.prose.tokens.filter(ClauseWords.isContent).map(ClauseWords.keyText(of:)))
  }

  /// The folded content words after `index` in its clause, up to `predicateWindow`.
  static func predicate(after index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> [String] {
    var words: [String] = []
    var cursor = index
    while cursor < sentence.upperBound, words.count < predicateWindow {
      let token = tokens[cursor]
      if token.kind == .punctuation, ClauseWords.hardBreaks.contains(token) { break }
      if ClauseWords.isContent(token) { words.append(token.text) }
      cursor += 1
    }
    return words
  }

  /// The members before and after a coordinating "and"/"or" at `index`, read as a list of at
  /// least three members bound to the head noun after the last one, or nil.
  /// The content keys of a sentence: what a list in it is said in the context of.
  static func contentKeys(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> SortedTextSet {
    SortedTextSet(
      sentence.lazy.filter { ClauseWords.isContent(tokens[$0]) }.map { ClauseWords.keyText(of: tokens[$0]) })
  }

  static func list(
    at index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>,
    context sentenceKeys: () -> SortedTextSet? = { nil }
  ) -> List? {
    // The last member and the head: content words after the conjunction, up to four.
    var cursor = index + 1
    var last: [String] = []
    while cursor < sentence.upperBound, last.count < 5, tokens[cursor].kind == .word,
      ClauseWords.isContent(tokens[cursor])
    {
      last.append(ClauseWords.key(of: tokens[cursor]))
      cursor += 1
    }
    guard last.count >= 2, last.count <= 4, !tokens[cursor - 1].isCapitalized else { return nil }
    let head = last.removeLast()
    var members = [last]
    var first = index + 1
    // The members before the conjunction, each one to three content words after a comma.
    cursor = index - 1
    if cursor >= sentence.lowerBound, tokens[cursor].hasText(",") { cursor -= 1 }
    while cursor >= sentence.lowerBound {
      var member: [String] = []
      while cursor >= sentence.lowerBound, tokens[cursor].kind == .word, ClauseWords.isContent(tokens[cursor]) {
        member.insert(ClauseWords.key(of: tokens[cursor]), at: 0)
        cursor -= 1
      }
      guard !member.isEmpty, member.count <= 3 else { break }
      members.insert(member, at: 0)
      first = cursor + 1
      guard cursor >= sentence.lowerBound, tokens[cursor].hasText(",") else { break }
      cursor -= 1
    }
    guard members.count >= 2 else { return nil }
    let context = (sentenceKeys() ?? contentKeys(tokens, sentence))
      .subtracting(members.flatMap { $0.map(TokenText.init) } + [TokenText(head)])
    let (normalizedMembers, normalizedHead) = normalized(members, head)
    return List(
      head: normalizedHead, members: normalizedMembers, context: context, tokens: first..<index + last.count + 2,
      evidence: Evidence(document: "", folder: nil, line: 0, range: 0..<0, quote: ""))
  }

  /// "Each Party shall …", "all Parties are to …": a statement of every member of the head
  /// right after the quantifier, in a clause neither negated nor hedged.
  static func universal(at index: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Statement? {
    let next = index + 1
    guard next < sentence.upperBound, tokens[next].kind == .word, ClauseWords.isContent(tokens[next]) else {
      return nil
    }
    // The head is the quantifier's noun itself, followed by its verb (a function word or a verb).
    guard next + 1 < sentence.upperBound, !ClauseWords.isContent(tokens[next + 1]) || tokens[next + 1].hasText("-")
    else { return nil }
    let before = ClauseWords.before(index, in: tokens, sentence: sentence, limit: 4)
    guard !before.negated else { return nil }
    let predicate = predicate(after: next + 1, tokens, sentence)
    guard predicate.count >= 2 else { return nil }
    return Statement(
      head: ClauseWords.key(of: tokens[next]), modifiers: [], predicate: predicate,
      evidence: Evidence(document: "", folder: nil, line: 0, range: 0..<0, quote: ""))
  }

  // MARK: - The draft side

  /// An exclusive marker at `index` that narrows a scope the corpus states more widely: the
  /// entries (lists or universals) and the last token of the narrowed phrase.
  enum Narrowing {
    case list([Int], end: Int)
    case universal([Int], end: Int)
  }

  func narrowing(
    at index: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>, acronymInitials: Bool = true
  ) -> Narrowing? {
    guard Self.exclusives.contains(tokens[index]) else { return nil }
    // "not only", "the only", "if only", "its only": another sense.
    if index > sentence.lowerBound {
      let previous = tokens[index - 1]
      if ClauseWords.isNegator(previous)
        || previous.hasText(in: ["the", "an", "a", "if", "its", "their", "his", "her"])
      {
        return nil
      }
    }
    // A question or a hedged clause asserts nothing.
    if let last = sentence.last, tokens[last].hasText("?") { return nil }
    // Up to two function words, then the narrowed phrase ("only the textiles and fishing
    // industries", "solely at private firms"); "only after", "only if", "only one" are other senses.
    var cursor = index + 1
    var skipped = 0
    while cursor < sentence.upperBound, tokens[cursor].kind == .word, !ClauseWords.isContent(tokens[cursor]),
      skipped < 2
    {
      guard tokens[cursor].hasText(in: ["the", "in", "at", "on", "to", "for", "against", "with"]) else { return nil }
      cursor += 1
      skipped += 1
    }
    guard cursor < sentence.upperBound, tokens[cursor].kind == .word, ClauseWords.isContent(tokens[cursor]),
      !tokens[cursor].wordClasses.contains(.count), !tokens[cursor].wordClasses.contains(.valueWord)
    else { return nil }
    if let list = listNarrowing(from: cursor, tokens, sentence) { return list }
    if skipped == 0, let universal = universalNarrowing(from: cursor, tokens, sentence) { return universal }
    return nil
  }

  /// "only the textiles and fishing industries": every draft member in corpus lists of the same
  /// head, each of them longer, and the draft's sentence names the list's context.
  func listNarrowing(from start: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Narrowing? {
    // Members separated by "and", "or" or commas, then the head.
    var members: [[String]] = [[]]
    var cursor = start
    var end = start
    while cursor < sentence.upperBound {
      let token = tokens[cursor]
      if token.kind == .word, ClauseWords.isContent(token) {
        members[members.count - 1].append(ClauseWords.key(of: token))
        end = cursor
      } else if token.hasText(in: ["and", "or"]) || token.hasText(",") {
        if !members[members.count - 1].isEmpty { members.append([]) }
      } else {
        break
      }
      cursor += 1
    }
    if members.count > 1, members[members.count - 1].isEmpty { members.removeLast() }
    guard var last = members.last, last.count >= 2, members.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else {
      return nil
    }
    let lastWord = last.removeLast()
    members[members.count - 1] = last
    let (normalizedMembers, head) = Self.normalized(members, lastWord)
    members = normalizedMembers
    guard let candidates = listsByHead[head] else { return nil }
    var sentenceKeys = Set<TokenText>()
    for index in sentence where ClauseWords.isContent(tokens[index]) && !(start...end).contains(index) {
      sentenceKeys.insert(ClauseWords.keyText(of: tokens[index]))
    }
    // The words of the draft's clause before the marker ("Riverton's new night buses serve"): what
    // the restriction is about. Most of them must belong to the list's context too: another
    // city's night buses are not the authority that serves five districts.
    var subjectKeys: [TokenText] = []
    var back = start - 1
    while back >= sentence.lowerBound, subjectKeys.count < 8 {
      let token = tokens[back]
      if token.kind == .punctuation, token.hasText(",") || ClaimFrameReader.clauseBreaks.contains(token) { break }
      if ClauseWords.isContent(token), !token.wordClasses.contains(.exclusiveMarker) {
        let key = ClauseWords.keyText(of: token)
        if !subjectKeys.contains(key) { subjectKeys.append(key) }
      }
      back -= 1
    }
    var aligned: [Int] = []
    for candidate in candidates {
      let list = lists[Int(candidate)]
      guard members.allSatisfy({ list.members.contains($0) }) else { continue }
      // The corpus names exactly these members somewhere: the restriction is its own.
      if list.members.count <= members.count { return nil }
      // Two members may be a pair of words, not an enumeration: only longer lists are stated scopes.
      guard list.members.count >= 3 else { continue }
      guard sentenceKeys.filter(list.context.contains).count >= 2,
        subjectKeys.filter(list.context.contains).count * 2 >= subjectKeys.count
      else { continue }
      aligned.append(Int(candidate))
    }
    return aligned.isEmpty ? nil : .list(aligned, end: end)
  }

  /// "Only developed country Parties are obliged to prepare …": a head with modifiers whose
  /// predicate the corpus states of each member, and never of members so modified.
  func universalNarrowing(
    from start: Int, _ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>
  ) -> Narrowing? {
    var cursor = start
    var modifiers: [String] = []
    while cursor + 1 < sentence.upperBound, tokens[cursor + 1].kind == .word, ClauseWords.isContent(tokens[cursor + 1])
    {
      modifiers.append(ClauseWords.key(of: tokens[cursor]))
      cursor += 1
    }
    guard !modifiers.isEmpty, modifiers.count <= 3 else { return nil }
    let head = ClauseWords.key(of: tokens[cursor])
    guard let candidates = universalsByHead[head] else { return nil }
    let words = Self.predicate(after: cursor + 1, tokens, sentence)
    let draftTokens = (cursor + 1..<sentence.upperBound).filter { ClauseWords.isContent(tokens[$0]) }.prefix(
      words.count)
    var aligned: [Int] = []
    var best = 0
    for candidate in candidates {
      let shared = Self.shared(draftTokens.map { tokens[$0] }, universals[Int(candidate)].predicate)
      guard shared >= 3, shared * 3 >= words.count * 2 else { continue }
      aligned.append(Int(candidate))
      best = max(best, shared)
    }
    guard !aligned.isEmpty else { return nil }
    // The corpus says it of members so modified: the restriction is its own.
    for restriction in restrictions[head] ?? [] where modifiers.contains(where: restriction.modifiers.contains) {
      let shared = Self.shared(draftTokens.map { tokens[$0] }, restriction.predicate)
      if shared >= 2 { return nil }
    }
    return .universal(aligned, end: cursor)
  }

  /// How many draft words the corpus words state: by lemma key, and an acronym by the initials
  /// of consecutive corpus words ("NDCs" for "nationally determined contributions").
  static func shared(_ draft: [Token], _ corpus: [String]) -> Int {
    let keys = Set(corpus.map(ClauseWords.key))
    var count = 0
    for token in draft {
      if keys.contains(ClauseWords.key(of: token)) {
        count += 1
      } else if token.isUpperCaseAcronym, spellsInitials(token, corpus) {
        count += 1
      }
    }
    return count
  }

  static func spellsInitials(_ token: Token, _ words: [String]) -> Bool {
    var letters = Array(token.text.utf8)
    if token.hasLowerCasePluralS, letters.last == UInt8(ascii: "s") { letters.removeLast() }
    guard letters.count >= 2, words.count >= letters.count else { return false }
    let initials = words.map { $0.utf8.first ?? 0 }
    for start in 0...(initials.count - letters.count)
    where initials[start..<start + letters.count].elementsEqual(letters) {
      return true
    }
    return false
  }
}
