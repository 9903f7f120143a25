/// The words a corpus uses and how it spells them, counted over running prose.
public struct Vocabulary: Sendable {
  /// Every folded word (possessives removed) → occurrences, anywhere in the documents.
  public private(set) var wordCounts: [String: Int] = [:]
  /// Proper nouns: folded word → (spelling as written, occurrences). A proper noun is a word the
  /// corpus capitalises away from the start of a sentence and never writes in lower case.
  public private(set) var properNouns: [String: (spelling: String, count: Int)] = [:]
  /// Multi-word names: the folded word before a proper noun inside a name ("phnom" in "Phnom
  /// Penh", "el" in "Sharm el-Sheikh") → the proper nouns that follow it, as spelt.
  public private(set) var nameSequels: [String: [String]] = [:]
  /// The same names the other way: a proper noun that ends a name (folded) → the folded words
  /// before it ("mae" → "fannie"), when a draft first asks.
  var namePrequels: [String: [String]] { builtNamePrequels.value }
  private let builtNamePrequels: BuiltOnFirstUse<[String: [String]]>
  /// Where each proper noun first appears in running prose (document index, byte range).
  public private(set) var firstUse: [String: (document: Int, range: Range<Int>)] = [:]
  /// The proper nouns written only in lists and tables of names, never capitalised in running
  /// prose ("State Representative Christine Hunschofsky", "Puerto Castilla, Honduras"): a draft
  /// word is a near miss of one only inside the name, beside its other words.
  public private(set) var listNames: Set<String> = []

  init(documents: [CorpusDocument]) {
    var counting = Counting()
    for (index, document) in documents.enumerated() { counting.add(document, at: index) }
    self.init(counting: counting)
  }

  /// The words of a corpus's documents counted one document at a time, in order.
  struct Counting: Sendable {
    // Words are counted by their folded text as plain data (`WordCounter`), not as Strings: a
    // corpus has thousands of word tokens and a String is built once per distinct word.
    fileprivate var counter = WordCounter()
    // Each distinct (word before, proper noun) pair once, in order of first use: a large corpus
    // has the same pairs thousands of times.
    fileprivate var sequelCandidates = PlainHashTable<SequelCandidate, Void>()

    mutating func add(_ document: CorpusDocument, at documentIndex: Int) {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        for sentence in prose.sentences {
          for index in sentence where prose.tokens[index].kind == .word {
            // ("consumerfinance.gov" is an address, not a word the corpus writes.)
            if Vocabulary.isInWebAddress(index, prose.tokens) { continue }
            let token = prose.tokens[index]
            let word = counter.index(of: token)
            counter.counts[word] += 1
            guard paragraph.readsAsText else {
              // A list or a table of names is no usage of words, but its names are names: a
              // capitalised word after a capitalised one or a name's "of" ("City of Tucson",
              // "State Representative Christine Hunschofsky"). So are a heading's: a memo's
              // "### FROM: Shaun Donovan, Director" (its title-case words are written in lower
              // case elsewhere, so no names; and a list's names are matched beside their others).
              if token.isCapitalized, !token.isUpperCaseAcronym, index > sentence.lowerBound,
                Vocabulary.continuesName(at: index, prose.tokens)
              {
                let previous = prose.tokens[index - 1]
                if previous.kind == .word, previous.isCapitalized {
                  sequelCandidates.update(SequelCandidate(previous: previous.textValue, word: word), initial: ()) {
                    _ in
                  }
                }
                countCapitalizedInside(word, token, document: document, at: documentIndex)
              }
              continue
            }
            if !token.isCapitalized {
              counter.seenInLowerCase[word] = true
              continue
            }
            if token.isUpperCaseAcronym || token.withUTF8({ $0.contains(UInt8(ascii: ".")) }) { continue }
            let atStart =
              index == sentence.lowerBound || prose.tokens[index - 1].hasText("\"")
              || prose.tokens[index - 1].hasText(":")
            // (At a start, capitalised anyway, unless a name's next word follows: "Dartmouth
            // College (Hanover, NH)" opening a list item.)
            if atStart, !Vocabulary.opensName(at: index, sentence, prose.tokens) { continue }
            // The word before, capitalised or joined by a hyphen: a name's earlier word (none at
            // a start).
            let previous = atStart ? nil : prose.tokens[index - 1]
            if let previous, previous.kind == .word, previous.isCapitalized,
              previous.range.upperBound + 1 == token.range.lowerBound
            {
              sequelCandidates.update(SequelCandidate(previous: previous.textValue, word: word), initial: ()) { _ in }
            } else if let previous, index >= sentence.lowerBound + 2, previous.hasText("-"),
              previous.range.upperBound == token.range.lowerBound, prose.tokens[index - 2].kind == .word,
              prose.tokens[index - 2].range.upperBound == previous.range.lowerBound
            {
              sequelCandidates.update(
                SequelCandidate(previous: prose.tokens[index - 2].textValue, word: word), initial: ()
              ) { _ in }
            }
            countCapitalizedInside(word, token, document: document, at: documentIndex)
            counter.capitalizedInProse[word] = true
          }
        }
      }
    }

    private mutating func countCapitalizedInside(
      _ word: Int, _ token: Token, document: CorpusDocument, at documentIndex: Int
    ) {
      if counter.capitalizedInside[word] == nil {
        let spelling = document.text.string(in: token.originalRange)
        counter.capitalizedInside[word] = (WordForms.withoutPossessive(spelling), 0, documentIndex, token.originalRange)
      }
      counter.capitalizedInside[word]!.count += 1
    }
  }

  /// Whether the word at `index` follows a capitalised word of letters, or "of" after one, with
  /// one space between.
  static func continuesName(at index: Int, _ tokens: [Token]) -> Bool {
    guard index >= 1 else { return false }
    var previous = index - 1
    if tokens[previous].hasText("of"), previous >= 1 { previous -= 1 }
    let before = tokens[previous]
    return before.kind == .word && before.isCapitalized && !before.isUpperCaseAcronym
      && !before.wordClasses.contains(.function) && before.range.upperBound < tokens[previous + 1].range.lowerBound
  }

  /// Whether the word at `index` is part of a web address written as text: joined by a dot to
  /// a top-level domain after it ("consumerfinance.gov", "vote.gov/register"), or after "www.".
  static func isInWebAddress(_ index: Int, _ tokens: [Token]) -> Bool {
    if index + 2 < tokens.count, tokens[index + 1].hasText("."), tokens[index].touches(tokens[index + 1]),
      tokens[index + 1].touches(tokens[index + 2]), tokens[index + 2].kind == .word,
      topLevelDomains.contains(tokens[index + 2])
    {
      return true
    }
    return index >= 2 && tokens[index - 1].hasText(".") && tokens[index - 1].touches(tokens[index])
      && tokens[index - 2].touches(tokens[index - 1]) && tokens[index - 2].hasText("www")
  }

  /// The top-level domains of the addresses prose cites.
  static let topLevelDomains = WordSet([
    "gov", "com", "org", "net", "edu", "int", "mil", "io", "info", "uk", "eu",
  ])

  /// The capitalised word at `index` is followed by the capitalised noun of an institution or
  /// a place, right after it: the first word of a name ("Dartmouth College", "Tulane
  /// University"), even where a sentence or a list item starts ("Underscores Article 2" is a
  /// verb).
  static func opensName(at index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    guard index + 1 < sentence.upperBound, !tokens[index].wordClasses.contains(.function) else { return false }
    let next = tokens[index + 1]
    return next.kind == .word && next.isCapitalized && nameHeads.contains(next)
      && tokens[index].range.upperBound + 1 == next.range.lowerBound
  }
  /// Nouns that end the name of an institution or a place.
  static let nameHeads = WordSet([
    "college", "university", "institute", "school", "hospital", "foundation", "corporation", "company", "bank",
    "county", "city", "island", "islands", "river", "valley", "lake", "bay", "mountain", "mountains",
  ])

  /// A folded word that may be a word of a name before another: not a function word ("The
  /// President", "On June") nor a word that edges phrases.
  static func mayBeInName(_ word: String) -> Bool {
    !WordForms.isFunctionWord(word) && !Analyzer.edgeStopWords.contains(word)
  }

  /// A folded word of a name as the corpus capitalises it, or capitalised.
  func spelling(ofNameWord word: String) -> String {
    properNouns[word]?.spelling ?? word.prefix(1).uppercased() + word.dropFirst()
  }

  /// What `counting` counted.
  init(counting: Counting) {
    let (counter, sequelCandidates) = (counting.counter, counting.sequelCandidates)
    wordCounts = Dictionary(zip(counter.words, counter.counts), uniquingKeysWith: +)
    // A proper noun is capitalised inside a sentence and never written in lower case. The
    // counter holds each String once (a word of folded text that is all ASCII equals no other
    // spelling), so an entry's flags are its word's; should two entries ever spell one String,
    // their flags are merged by String.
    var lowercase: Set<String>? = nil
    if wordCounts.count != counter.words.count {
      lowercase = Set(zip(counter.words, counter.seenInLowerCase).filter(\.1).map(\.0))
    }
    for (number, entry) in counter.capitalizedInside.enumerated() {
      let word = counter.words[number]
      guard let entry, !(lowercase?.contains(word) ?? counter.seenInLowerCase[number]) else { continue }
      properNouns[word, default: (entry.spelling, 0)].count += entry.count
      if firstUse[word] == nil { firstUse[word] = (entry.document, entry.range) }
      if !counter.capitalizedInProse[number] { listNames.insert(word) }
    }
    // (A word two entries spell is a list's name only when neither is capitalised in prose.)
    for (number, word) in counter.words.enumerated() where counter.capitalizedInProse[number] {
      listNames.remove(word)
    }
    var listed: [String: Set<String>] = [:]
    for candidate in sequelCandidates.keys {
      let word = counter.words[candidate.word]
      guard let spelling = properNouns[word]?.spelling else { continue }
      let previous = candidate.previous.string
      if listed[previous, default: []].insert(spelling).inserted { nameSequels[previous, default: []].append(spelling) }
    }
    table = WordTable(counter.words.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    builtNamePrequels = Self.prequels(of: nameSequels)
  }

  /// `namePrequels`, built from `sequels` when first asked.
  static func prequels(of sequels: [String: [String]]) -> BuiltOnFirstUse<[String: [String]]> {
    BuiltOnFirstUse {
      var prequels: [String: [String]] = [:]
      for (previous, names) in sequels.sorted(by: { $0.key < $1.key }) {
        for name in names { prequels[WordForms.folded(name), default: []].append(previous) }
      }
      return prequels
    }
  }

  /// The names of two words the corpus writes ("Camp David", "New Delhi"), each once, in a fixed
  /// order: each name's first word as the corpus capitalises it inside a name, then the proper
  /// noun that follows it. (Longer names come from the corpus's phrases, `phraseCompletions`.)
  var multiWordNames: [String] {
    var names: [String] = []
    for (previous, sequels) in nameSequels.sorted(by: { $0.key < $1.key }) {
      // Not "The President" nor "On June": a function word before a name is no part of it.
      guard previous.count >= 2, previous.allSatisfy(\.isLetter), Self.mayBeInName(previous) else { continue }
      let first = spelling(ofNameWord: previous)
      for sequel in sequels { names.append("\(first) \(sequel)") }
    }
    return names
  }

  /// Writes what was counted, for the compiled corpus index (in key order: the same corpus writes
  /// the same bytes).
  func encode(to writer: inout IndexWriter) {
    writer.write(wordCounts) { writer, count in writer.write(count) }
    writer.write(properNouns) { writer, noun in
      writer.write(noun.spelling)
      writer.write(noun.count)
    }
    writer.write(nameSequels) { writer, sequels in writer.write(sequels) }
    writer.write(firstUse) { writer, use in
      writer.write(use.document)
      writer.write(use.range)
    }
    writer.write(listNames.sorted())
  }

  /// Reads what `encode(to:)` wrote.
  init(from reader: inout IndexReader) throws(IndexDamage) {
    wordCounts = try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in try reader.readInt() }
    properNouns = try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in
      (try reader.readString(), try reader.readInt())
    }
    nameSequels = try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in
      try reader.readStrings()
    }
    firstUse = try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in
      (try reader.readInt(), try reader.readRange())
    }
    listNames = Set(try reader.readStrings())
    table = WordTable(wordCounts.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    builtNamePrequels = Self.prequels(of: nameSequels)
  }

  /// The ASCII words again, looked up by their bytes (no String hashing): checks ask per draft
  /// word. Other words are looked up as Strings, whose equality is Unicode's (two byte sequences
  /// can spell the same word).
  private var table = WordTable<Bool>([String]())

  /// `contains` for an ASCII word's bytes.
  func contains(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count < 64 else { return contains(String(decoding: bytes, as: UTF8.self)) }
    return table[bytes] != nil
  }

  /// A bit per length (up to 63 bytes) that an ASCII word of the vocabulary whose first four
  /// bytes (all of a shorter one) are `prefixKey`'s may have (see `WordTable.prefixKey(_:)`).
  func asciiWordLengths(prefixKey: UInt32) -> UInt64 { table.lengths(prefixKey: prefixKey) }

  public func contains(_ word: String) -> Bool {
    let utf8 = word.utf8
    return utf8.count < 64 && utf8.allSatisfy({ $0 < 0x80 }) ? table[word] != nil : wordCounts[word] != nil
  }
}

/// A word before a capitalised word (its text) and that word's entry in `WordCounter`.
private struct SequelCandidate: PlainHashable {
  var previous: TokenText
  var word: Int

  var plainHash: UInt64 { (previous.hashWord ^ UInt64(truncatingIfNeeded: word)) &* 0xFF51_AFD7_ED55_8CCD }
}

/// The distinct words of a corpus (each String once) in order of first use, each with its count and what the
/// vocabulary needs to know about its capitalisation. A plain-ASCII word is keyed by its folded
/// text as plain data (two machine words, see `TokenText`), so counting it builds no String and
/// hashes no String; any other word is keyed by its String, whose equality is Unicode's.
private struct WordCounter {
  /// The word (possessive removed) of each entry.
  var words: [String] = []
  var counts: [Int] = []
  var seenInLowerCase: [Bool] = []
  /// Capitalised away from a sentence start: the first spelling, occurrences, and first use.
  var capitalizedInside: [(spelling: String, count: Int, document: Int, range: Range<Int>)?] = []
  /// Capitalised away from a sentence start in running prose (not only in lists of names).
  var capitalizedInProse: [Bool] = []

  /// Entry numbers of the plain-ASCII words of at most 15 bytes, keyed by their text as plain
  /// data; `others`, of every other word.
  private var numbers = PlainHashTable<TokenText, Int>(minimumCapacity: 512)
  private var others: [String: Int] = [:]

  /// The entry of a word token, added on first sight.
  mutating func index(of token: Token) -> Int {
    token.withUTF8 { bytes in
      let word = UnsafeBufferPointer(rebasing: bytes[..<WordForms.possessiveStart(bytes)])
      guard word.count <= TokenText.inlineCapacity, word.allSatisfy({ $0 < 0x80 }) else {
        let text = String(decoding: word, as: UTF8.self)
        if let number = others[text] { return number }
        others[text] = words.count
        return add(text)
      }
      let key = TokenText(word)
      if let number = numbers[key] { return number }
      let number = add(String(decoding: word, as: UTF8.self))
      numbers.update(key, initial: number) { _ in }
      return number
    }
  }

  private mutating func add(_ word: String) -> Int {
    words.append(word)
    counts.append(0)
    seenInLowerCase.append(false)
    capitalizedInside.append(nil)
    capitalizedInProse.append(false)
    return words.count - 1
  }
}
