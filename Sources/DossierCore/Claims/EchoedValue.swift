/// A number a draft writes in a corpus sentence's very words, where the corpus writes another a
/// slip away ("home to 57,000 of Monrovia's 1.3 million residents" where the corpus writes "home
/// to 75,000 of Monrovia's 1.3 million residents"): the writer took the sentence from the source
/// and mistyped its number. Claim frames miss such a sentence when its words are no frame the
/// reader knows (an apposition, a list of figures); the words around the number tie it instead.
///
/// Nearness alone proves nothing, and neither do common words, so all of these must hold:
/// - the two numbers are a slip apart: two neighbouring digits swapped, or one digit changed,
///   added or dropped (separators aside), with two digits at least in the longer;
/// - the draft's words around its number are the corpus's for four words or more, two of them
///   content words (numbers and function words do not count);
/// - wherever the corpus writes those words around a number, it never writes the draft's, and
///   the places where it writes the most of them (or one word fewer) all write one number;
/// - the corpus's sentence is text (running prose or a resolution's clause), not a title or a
///   table;
/// - the numbers are not two years (`isYear`);
/// - the corpus never writes the draft's number beside one of the words the draft writes beside
///   it, nor in the paragraph it echoes; and the number follows no capitalised word inside the
///   sentence (a name's or an identifier's: "Section 301", "March 31");
/// - it is the sentence's one slip: the corpus's document has the sentence's other numbers and
///   the words of its names (`isInDocument`), and the number has the same decimal points.
enum EchoedValue {
  /// The corpus's number, as its folded text, and the sentence that writes it.
  struct Echo {
    var written: String
    var evidence: Evidence
    /// Found by `transposition`: two of the draft's digits swapped, in a sentence of its words.
    var isTransposition = false
  }

  /// Fewest words around the number that must be the corpus's, and content words among them.
  static let contextWords = 4
  static let contentWords = 2

  /// Words that make a number a share or a scale, and nothing more.
  static let quantityWords: Set<TokenText> = Set(
    ["per", "cent", "percent", "thousand", "million", "billion", "trillion"].map(TokenText.init))

  /// A sentence's words (punctuation left out), as the passages keep them, and their tokens:
  /// made once for all the sentence's numbers.
  struct SentenceWords {
    var words: [TokenText] = []
    var tokens: [Int] = []

    init(_ prose: ProseText, _ sentence: Range<Int>) {
      for position in sentence where prose.tokens[position].kind != .punctuation {
        words.append(prose.tokens[position].textValue)
        tokens.append(position)
      }
    }
  }

  /// The corpus's number where the draft's number at token `index` of `sentence` (whose words
  /// are `sentenceWords`) echoes a corpus sentence with another, or nil.
  static func echo(
    at index: Int, in prose: ProseText, sentence: Range<Int>, _ sentenceWords: SentenceWords, corpus: Corpus
  ) -> Echo? {
    let tokens = prose.tokens
    let value = tokens[index]
    // A date's month beside its day ("on July 1" where the corpus writes "on June 1" in the same
    // words): echoed as a number is, the slip a month.
    let isMonth = isMonthOfADate(at: index, tokens)
    let valueDigits = isMonth ? [] : digits(of: value.textValue)
    guard isMonth || value.kind == .number, let valueDigits else { return nil }
    let words = sentenceWords.words
    let wordTokens = sentenceWords.tokens
    guard let at = wordTokens.firstIndex(of: index) else { return nil }
    // A number right after a capitalised word is a name's or an identifier's ("Section 301",
    // "Increment 2", "March 31"), not a figure.
    if index > sentence.lowerBound, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
      !prose.opensSentence(token: index - 1)
    {
      return nil
    }
    let passages = corpus.passages
    // The corpus writes the draft's number with a word beside it ("within 90 days", "23
    // individuals and"): the draft states what the corpus states, in other words.
    for start in max(0, at - 2)...at where start + 3 <= words.count {
      // (A share's or a scale's words say nothing of what is counted: "78 per cent" written of
      // productivity gains is no statement of how many people signed up.)
      if (start..<start + 3).allSatisfy({ $0 == at || quantityWords.contains(words[$0]) }) { continue }
      var written = false
      passages.forEachHit(words[start..<start + 3]) { _, _ in written = true }
      if written { return nil }
    }
    // Every place the corpus writes the three words after the number, or the three before.
    var places = Set<Place>()
    if at + 3 < words.count {
      passages.forEachHit(words[at + 1...at + 3]) { passage, position in
        if position >= 1 { places.insert(Place(passage: passage, position: position - 1)) }
      }
    }
    if at >= 3 {
      passages.forEachHit(words[at - 3..<at]) { passage, position in
        places.insert(Place(passage: passage, position: position + 3))
      }
    }
    // The sentence's other numbers that could tie it to a corpus sentence: not years, and of
    // two digits at least.
    let anchors = sentence.compactMap { position -> TokenText? in
      guard position != index, tokens[position].kind == .number, let digits = digits(of: tokens[position].textValue),
        digits.count >= 2, !isYear(digits)
      else { return nil }
      return tokens[position].textValue
    }
    var candidates: [(written: TokenText, place: Place, matched: Int)] = []
    // In a fixed order, so that the evidence never depends on hashing.
    for place in places.sorted(by: { ($0.passage, $0.position) < ($1.passage, $1.position) }) {
      let passageWords = passages.passage(at: place.passage).words
      let base = passageWords.startIndex
      guard place.position < passageWords.count else { continue }
      let written = passageWords[base + place.position]
      // How far the words around match, and how many of them are content words.
      var matched = 0
      var content = 0
      func count(_ draftPosition: Int) {
        matched += 1
        let token = tokens[wordTokens[draftPosition]]
        if token.kind == .word, !token.wordClasses.contains(.function) { content += 1 }
      }
      var left = 1
      while at - left >= 0, place.position - left >= 0,
        words[at - left] == passageWords[base + place.position - left]
      {
        count(at - left)
        left += 1
      }
      var right = 1
      while at + right < words.count, place.position + right < passageWords.count,
        words[at + right] == passageWords[base + place.position + right]
      {
        count(at + right)
        right += 1
      }
      // (One content word is enough beside another of the sentence's numbers that the corpus's
      // paragraph writes too: "6678 visas had been issued and 4532 of those people" of "6678
      // visas have been issued and 3532 of these people".)
      // (A month twice as many: any month differs from another, where few numbers are a slip
      // apart.)
      guard matched >= (isMonth ? 2 * contextWords : contextWords),
        content >= contentWords
          || content >= 1 && anchors.contains(where: { passageWords.contains($0) })
      else { continue }
      // The corpus writes the draft's number in these words: no slip.
      if written == value.textValue { return nil }
      candidates.append((written, place, matched))
    }
    // The place with the most words around the number is the sentence echoed, by two words at
    // least ("more than 87 per cent of people signing up", not "31 per cent of people"): places
    // nearly as near must agree ("185 people, including 18 U.S. service members, were wounded"
    // and "185 people were killed …, including 13 U.S. service members" leave "killed at least
    // 185 people, including 11 U.S. service members" undecided).
    let found = candidates.max { $0.matched < $1.matched }
    guard let found,
      !candidates.contains(where: { $0.matched + 1 >= found.matched && $0.written != found.written })
    else { return nil }
    if isMonth {
      guard ValueReader.months[found.written.string] != nil else { return nil }
    } else {
      guard let foundDigits = digits(of: found.written), isSlip(valueDigits, foundDigits),
        !(isYear(valueDigits) && isYear(foundDigits)),
        // (A decimal point is no digit: "25" is no slip of "0.25".)
        decimalPoints(value.textValue) == decimalPoints(found.written)
      else { return nil }
    }
    let passage = passages.passage(at: found.place.passage)
    // The corpus's paragraph writes the draft's number too ("62 IFPC Increment 2 launchers").
    if passage.words.contains(value.textValue) { return nil }
    let document = corpus.documents[passage.document]
    // One slip in what the corpus's document says: the draft's sentence names nothing and states
    // no other number the document does not ("Serious Needs Assistance" where it names "Critical
    // Needs Assistance"; "$1 billion to 25 ports" where it gives 30; "in Kenya's Tana delta").
    var documentWords = Set<TokenText>()
    for paragraph in document.paragraphs {
      for token in paragraph.prose.tokens where token.kind != .punctuation { documentWords.insert(token.textValue) }
    }
    for position in sentence where position != index && !isInDocument(position, prose, sentence, documentWords) {
      return nil
    }
    guard document.paragraphs.indices.contains(passage.paragraph), document.paragraphs[passage.paragraph].readsAsText
    else { return nil }
    let passageTokens = passages.tokenIndices(of: passage, at: found.place.passage)
    guard found.place.position < passageTokens.count else { return nil }
    let paragraph = document.paragraphs[passage.paragraph]
    let token = paragraph.prose.tokens[passageTokens[found.place.position]]
    // (A month as the corpus writes it, capitalised.)
    let written = isMonth ? document.text.string(in: token.originalRange) : found.written.string
    return Echo(written: written, evidence: document.evidence(sentenceAround: token.originalRange))
  }

  /// Most places a trigram of the draft's sentence may stand in the corpus and still tie it to a
  /// passage (a commoner one, "of the united", ties nothing).
  static let mostTrigramPlaces = 64

  /// The corpus's number where the draft's number at token `index` has two neighbouring digits
  /// of it swapped, in a corpus sentence that shares the draft sentence's words though not the
  /// words right around the number ("give the Australian Energy Regulator an additional $76.4
  /// million" where the corpus writes "Strengthen the Australian Energy Regulator by providing it
  /// with an additional $67.4 million"; "ARENA provided $435,000 for an initial feasibility study"
  /// for "ARENA, provided $453,000 in funding to conduct an initial feasibility study"), or nil.
  /// A swap of two digits is a typist's slip, where a changed digit may be another figure, so all
  /// of these must hold:
  /// - the number has three digits or more and is no year; the corpus's has as many, the same
  ///   decimal points, and the same mark or word before it ("$") and scale after it ("million");
  /// - the corpus's paragraph holds two or more of the draft sentence's word trigrams (of two
  ///   content words at least, each standing in few places) and its sentence four or more of the
  ///   draft sentence's content words;
  /// - the corpus never writes the draft's number, and the passages found give one number only.
  static func transposition(
    at index: Int, in prose: ProseText, sentence: Range<Int>, _ sentenceWords: SentenceWords, corpus: Corpus
  ) -> Echo? {
    let tokens = prose.tokens
    let value = tokens[index]
    guard value.kind == .number, let valueDigits = digits(of: value.textValue), valueDigits.count >= 3,
      !isYear(valueDigits)
    else { return nil }
    let words = sentenceWords.words
    let wordTokens = sentenceWords.tokens
    guard let at = wordTokens.firstIndex(of: index) else { return nil }
    func isContent(_ word: TokenText) -> Bool {
      word.count >= 3 && word.withUTF8({ $0.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } })
        && !WordForms.isFunctionWord(word.string)
    }
    // The passages holding the sentence's trigrams (away from the number), and how many each.
    let passages = corpus.passages
    var trigramsHeld: [Int: Int] = [:]
    if words.count >= 3 {
      for start in 0...(words.count - 3) where !(start...start + 2).contains(at) {
        guard words[start..<start + 3].filter(isContent).count >= 2 else { continue }
        var places: [Int] = []
        var tooMany = false
        passages.forEachHit(words[start..<start + 3]) { passage, _ in
          if places.count >= mostTrigramPlaces { tooMany = true } else { places.append(passage) }
        }
        if tooMany { continue }
        for passage in Set(places) { trigramsHeld[passage, default: 0] += 1 }
      }
    }
    let draftContent = Set(words.filter(isContent))
    func scaleAfter(_ position: Int, in words: ArraySlice<TokenText>) -> TokenText? {
      position + 1 < words.endIndex && quantityWords.contains(words[position + 1]) ? words[position + 1] : nil
    }
    let draftScale = scaleAfter(at, in: words[...])
    let draftMark = index > 0 && tokens[index - 1].kind == .punctuation ? tokens[index - 1].textValue : nil
    var found: Echo?
    for passageIndex in trigramsHeld.keys.sorted() where trigramsHeld[passageIndex]! >= 2 {
      let passage = passages.passage(at: passageIndex)
      if passage.words.contains(value.textValue) { return nil }
      for position in passage.words.indices {
        let written = passage.words[position]
        guard let writtenDigits = digits(of: written), writtenDigits.count == valueDigits.count,
          WordForms.differByANeighbourSwap(valueDigits, writtenDigits),
          decimalPoints(written) == decimalPoints(value.textValue),
          scaleAfter(position, in: passage.words) == draftScale
        else { continue }
        let document = corpus.documents[passage.document]
        guard document.paragraphs.indices.contains(passage.paragraph),
          document.paragraphs[passage.paragraph].readsAsText
        else { continue }
        let paragraph = document.paragraphs[passage.paragraph]
        let passageTokens = passages.tokenIndices(of: passage, at: passageIndex)
        let offset = position - passage.words.startIndex
        guard offset < passageTokens.count else { continue }
        let tokenIndex = passageTokens[offset]
        let corpusTokens = paragraph.prose.tokens
        let mark =
          tokenIndex > 0 && corpusTokens[tokenIndex - 1].kind == .punctuation
          ? corpusTokens[tokenIndex - 1].textValue : nil
        guard mark == draftMark else { continue }
        let evidence = document.evidence(sentenceAround: corpusTokens[tokenIndex].originalRange)
        let sentenceContent = Set(
          evidence.quote.lowercased().split(whereSeparator: { !$0.isLetter }).map { TokenText(String($0)) }
        ).filter(isContent)
        guard sentenceContent.intersection(draftContent).count >= 4 else { continue }
        if let found, found.written != written.string { return nil }
        found = Echo(written: written.string, evidence: evidence, isTransposition: true)
      }
    }
    guard let found, corpus.firstUse(of: value.textValue.string) == nil else { return nil }
    return found
  }

  /// A capitalised month name beside a day's number ("July 1", "1 July"): a date's month.
  static func isMonthOfADate(at index: Int, _ tokens: [Token]) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.isCapitalized, ValueReader.months[token: token] != nil else { return false }
    func isDay(_ position: Int) -> Bool {
      tokens.indices.contains(position) && tokens[position].kind == .number
        && tokens[position].utf8Count <= 2 && tokens[position].isDigits
    }
    return isDay(index + 1) && tokens[index].range.upperBound + 1 == tokens[index + 1].range.lowerBound
      || isDay(index - 1) && tokens[index - 1].range.upperBound + 1 == tokens[index].range.lowerBound
  }

  /// Whether the draft's token at `position` is one of the corpus document's `words`, or need not
  /// be: only numbers and the capitalised words of names are asked (a sentence's first word only
  /// where a capitalised word follows it, opening a name).
  private static func isInDocument(
    _ position: Int, _ prose: ProseText, _ sentence: Range<Int>, _ words: Set<TokenText>
  ) -> Bool {
    let tokens = prose.tokens
    let token = tokens[position]
    switch token.kind {
    case .punctuation:
      return true
    case .number:
      return words.contains(token.textValue)
    case .word:
      guard token.isCapitalized, !token.wordClasses.contains(.function) else { return true }
      // A month is a date's, not a name: the date's year is a number, asked as one ("By that
      // September" of a document dated in September).
      if ValueReader.months[token: token] != nil { return true }
      if position == sentence.lowerBound || prose.opensSentence(token: position) {
        guard position + 1 < sentence.upperBound, tokens[position + 1].kind == .word, tokens[position + 1].isCapitalized
        else { return true }
      }
      if words.contains(token.textValue) { return true }
      // A name in the possessive is the name ("Senator Carr's" of a document naming Senator Carr).
      return token.textValue.withUTF8 { bytes in
        let end = WordForms.possessiveStart(bytes)
        return end > 0 && end < bytes.count && words.contains(TokenText(UnsafeBufferPointer(rebasing: bytes[..<end])))
      }
    }
  }

  private struct Place: Hashable {
    var passage: Int
    var position: Int
  }

  /// A number's digits without its separators ("75,000" → "75000"), and without the zeros that
  /// end its decimals ("1.50" → "15", the digits of "1.5": the same number); nil for any other
  /// token ("1990s", "3rd"), and for digits a comma does not group in threes ("2026,7": a year
  /// and a footnote's number that a page's markup ran together).
  static func digits(of text: TokenText) -> [UInt8]? {
    text.withUTF8 { bytes in
      var digits: [UInt8] = []
      var decimals = false
      var trailingZeros = 0
      // Digits since the last comma, while the integer part is grouped (nil before any comma).
      var grouped: Int?
      for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 {
          digits.append(byte)
          trailingZeros = byte == UInt8(ascii: "0") ? trailingZeros + 1 : 0
          if !decimals, let count = grouped { grouped = count + 1 }
        } else if byte == UInt8(ascii: ".") {
          guard grouped == nil || grouped == 3 else { return nil }
          decimals = true
          trailingZeros = 0
        } else if byte == UInt8(ascii: ",") || byte == 0x20 {
          guard !decimals, grouped == nil || grouped == 3 else { return nil }
          grouped = 0
        } else {
          return nil
        }
      }
      guard decimals || grouped == nil || grouped == 3 else { return nil }
      if decimals { digits.removeLast(trailingZeros) }
      return digits.isEmpty ? nil : digits
    }
  }

  static func decimalPoints(_ text: TokenText) -> Int {
    text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) } }
  }

  /// Four digits from 1900 to 2099: a year. Years a digit apart are as often two years of one
  /// recurring thing ("the 2023 report", "the 2024 report") as a slip, so they are left to the
  /// claim frames.
  static func isYear(_ digits: [UInt8]) -> Bool {
    digits.count == 4
      && (digits[0] == UInt8(ascii: "1") && digits[1] == UInt8(ascii: "9")
        || digits[0] == UInt8(ascii: "2") && digits[1] == UInt8(ascii: "0"))
  }

  /// Two neighbouring digits swapped, or one digit changed, added or dropped; the longer has two
  /// digits at least.
  static func isSlip(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b, max(a.count, b.count) >= 2 else { return false }
    if a.count == b.count {
      return a.indices.filter({ a[$0] != b[$0] }).count == 1 || WordForms.differByANeighbourSwap(a, b)
    }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.count == short.count + 1 else { return false }
    // One digit added: the rest in order.
    for skipped in long.indices {
      var rest = long
      rest.remove(at: skipped)
      if rest == short { return true }
    }
    return false
  }
}
