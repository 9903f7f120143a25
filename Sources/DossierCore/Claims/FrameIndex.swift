/// Every claim frame of a corpus's running prose, built once at load, with postings from (kind,
/// head, subject word) to frames, so a draft frame finds the corpus frames that share its head and
/// counts the subject words it shares with each, without comparing it to every frame.
struct FrameIndex: Sendable {
  struct Entry: Sendable {
    var frame: ClaimFrame
    /// The value as the corpus writes it ("$6 million", "twenty-first").
    var written: String
    var evidence: Evidence
    /// The entries of the same corpus sentence.
    var sentence: Range<Int>
    /// The stems of the sentence's capitalised words and acronyms: the things it names, for a
    /// draft name that stands outside the frame's own clause.
    var names: [TokenText] = []
    /// The words its document is known by: its position in `FrameIndex.titles`.
    var title: Int32 = 0
  }

  struct Key: PlainHashable, Sendable {
    /// A kind group: years and dates share one (a bare year compares with a date's year).
    var group: UInt8
    var head: TokenText
    var word: TokenText

    var plainHash: UInt64 {
      (head.hashWord ^ (word.hashWord >> 7) &+ UInt64(group)) &* 0xFF51_AFD7_ED55_8CCD
    }
  }

  let entries: [Entry]
  /// The words each document is known by (`DocumentTitle`), in the documents' order: a draft
  /// that names the document names what its statements are about, and the instruments titles
  /// name are known (`Corpus.titleNames`).
  let titles: [[TokenText]]
  /// (Looked up about fifteen times per draft frame: a `PlainHashTable`, no SipHash per key.)
  let postings: PlainHashTable<Key, [Int32]>
  /// Every (kind group, head) some frame has: a draft value whose pair is not here aligns with
  /// nothing, and is not framed at all.
  let heads: PlainHashTable<HeadKey, Void>
  /// The entries stating each distinctive value (`ValueKey`), built when a draft's value first
  /// asks: what the corpus says of a value no claim of the draft's aligns with.
  private let valuePostings: BuiltOnFirstUse<[ValueKey: [Int32]]>

  /// A value precise enough to identify what a sentence is about: a full date, a sum, a share, a
  /// measure, a length of time or a precise or large count (not a bare year or a small count,
  /// which many statements share).
  struct ValueKey: Hashable, Sendable {
    var kind: UInt8
    var magnitude: UInt64
    var unit: String

    init?(_ value: TypedValue) {
      switch value.kind {
      case .date: guard value.day != nil else { return nil }
      case .amount, .percent, .measure, .duration: break
      // (A count of three significant digits, or of a million or more: "12.2 million people",
      // not "20 people".)
      case .count:
        guard FrameAlignment.isPreciseOrLarge(value) else { return nil }
      default: return nil
      }
      kind = value.kind.rawValue
      magnitude = value.magnitude.bitPattern
      unit = value.unit
    }
  }

  /// The entries that state `value` (see `ValueKey`), in the corpus's order.
  func entries(stating value: TypedValue) -> [Int32] {
    guard let key = ValueKey(value) else { return [] }
    return valuePostings.value[key] ?? []
  }

  struct HeadKey: PlainHashable, Sendable {
    var group: UInt8
    var head: TokenText

    var plainHash: UInt64 { (head.hashWord &+ UInt64(group)) &* 0xFF51_AFD7_ED55_8CCD }
  }

  /// True when some corpus frame could align with a value of `kind` counting `head`.
  func hasFrames(kind: TypedValue.Kind, head: TokenText) -> Bool {
    heads.index(of: HeadKey(group: Self.group(of: kind), head: head)) != nil
  }

  /// The heads of the corpus frames of `kind` (the currencies of its sums, the units of its
  /// measures), in a fixed order.
  func heads(of kind: TypedValue.Kind) -> [TokenText] {
    let group = Self.group(of: kind)
    return heads.keys.filter { $0.group == group }.map(\.head).sorted { $0.string < $1.string }
  }

  static func group(of kind: TypedValue.Kind) -> UInt8 {
    kind == .date ? TypedValue.Kind.year.rawValue : kind.rawValue
  }

  /// The frames of documents read one at a time, in order.
  struct Reading: Sendable {
    private(set) var entries: [Entry] = []
    private(set) var titles: [[TokenText]] = []

    mutating func add(_ document: CorpusDocument) {
      // The document's title (every document's: a draft may name a document stating no value).
      let title = Int32(titles.count)
      titles.append(DocumentTitle.words(of: document))
      // The sentence before (its subject is read only for a clause that opens with a pronoun).
      var previous: (prose: ProseText, sentence: Range<Int>)?
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
        guard paragraph.readsAsText else {
          previous = nil
          continue
        }
        let prose = paragraph.prose
        // The names of the paragraph's last few sentences, and the names it has since referred
        // back to by their last word ("… the Riverton Flood Barrier Project. When completed, this
        // project …").
        var earlierNames: [[Self.NameRun]] = []
        var referredNames: [TokenText] = []
        for (sentenceIndex, sentence) in prose.sentences.enumerated() {
          let values = ValueReader.values(in: prose, sentence: sentence)
          let before = previous
          let frames = ClaimFrameReader.frames(
            in: prose, sentence: sentence, values: values,
            previous: { before.map { ClaimFrameReader.leadingSubject(in: $0.prose, sentence: $0.sentence) } ?? [] })
          let runs = Self.nameRuns(in: prose, sentence: sentence)
          // (The sentence's lower-case words are stemmed only when an earlier name could be
          // referred to: one of two words or more.)
          let candidates = earlierNames.joined().filter { $0.words.count >= 2 }
          if !candidates.isEmpty {
            let lowerCase = Self.lowerCaseStems(in: prose, sentence: sentence)
            for run in candidates where lowerCase.contains(run.last) {
              for word in run.words where !referredNames.contains(word) { referredNames.append(word) }
            }
          }
          earlierNames.append(runs)
          if earlierNames.count > Self.sentencesNamingBack { earlierNames.removeFirst() }
          if !frames.isEmpty {
            let evidence = document.evidence(paragraph: paragraphIndex, sentence: sentenceIndex)
            var names: [TokenText] = []
            for run in runs {
              for word in run.words where !names.contains(word) { names.append(word) }
            }
            // A sentence that names nothing past its first word is about what its paragraph
            // referred back to: "When completed, this $2.7 billion project will reduce …".
            if !Self.namesPastItsFirstWord(in: prose, sentence: sentence) {
              for word in referredNames where !names.contains(word) { names.append(word) }
            }
            let first = entries.count
            for frame in frames {
              let range = prose.originalRange(ofTokens: frame.value.tokens)
              entries.append(
                Entry(
                  frame: frame, written: document.text.string(in: range).singleSpaced, evidence: evidence,
                  sentence: first..<first + frames.count, names: names, title: title))
            }
          }
          previous = (prose, sentence)
        }
      }
    }

    /// How many sentences back in its paragraph a name may be referred to by its last word.
    static let sentencesNamingBack = 3

    /// Capitalised words and acronyms in a row: the stems of those that are no function words,
    /// and the stem of the last.
    struct NameRun {
      var words: [TokenText]
      var last: TokenText
    }

    /// The names of `sentence`, in order.
    static func nameRuns(in prose: ProseText, sentence: Range<Int>) -> [NameRun] {
      var runs: [NameRun] = []
      var current: [TokenText] = []
      var last: TokenText?
      func close() {
        if let last, !current.isEmpty { runs.append(NameRun(words: current, last: last)) }
        current = []
        last = nil
      }
      for index in sentence {
        let token = prose.tokens[index]
        guard token.kind == .word, token.isCapitalized || token.isUpperCaseAcronym else {
          close()
          continue
        }
        guard !token.wordClasses.contains(.function) else {
          last = nil
          continue
        }
        let stem = WordForms.stemText(of: token)
        current.append(stem)
        last = stem
      }
      close()
      return runs
    }

    /// The stems of the lower-case content words of `sentence`: a name of two words or more whose
    /// last word is among them is referred back to ("this project", "the model").
    static func lowerCaseStems(in prose: ProseText, sentence: Range<Int>) -> Set<TokenText> {
      var stems = Set<TokenText>()
      for index in sentence {
        let token = prose.tokens[index]
        guard token.kind == .word, !token.isCapitalized, !token.isUpperCaseAcronym,
          !token.wordClasses.contains(.function)
        else { continue }
        stems.insert(WordForms.stemText(of: token))
      }
      return stems
    }

    /// Whether a word of `sentence` past its first is capitalised or an acronym.
    static func namesPastItsFirstWord(in prose: ProseText, sentence: Range<Int>) -> Bool {
      guard let first = sentence.first(where: { prose.tokens[$0].kind == .word }) else { return false }
      return sentence.contains { index in
        index > first && prose.tokens[index].kind == .word
          && (prose.tokens[index].isCapitalized || prose.tokens[index].isUpperCaseAcronym)
      }
    }
  }

  /// The postings of `entries` (read from the documents, or from the compiled corpus index),
  /// whose documents are known by `titles`.
  init(entries: [Entry], titles: [[TokenText]]) {
    precondition(entries.allSatisfy { $0.title >= 0 && Int($0.title) < titles.count })
    var postings = PlainHashTable<Key, [Int32]>()
    var heads = PlainHashTable<HeadKey, Void>()
    for (index, entry) in entries.enumerated() {
      let frame = entry.frame
      guard !frame.isNegated, !frame.isDistributive, frame.value.kind != .identifier else { continue }
      let group = Self.group(of: frame.value.kind)
      heads.update(HeadKey(group: group, head: frame.head), initial: ()) { _ in }
      for word in frame.subject {
        postings.update(Key(group: group, head: frame.head, word: word), initial: []) { $0.append(Int32(index)) }
      }
    }
    self.entries = entries
    self.titles = titles
    self.postings = postings
    self.heads = heads
    self.valuePostings = BuiltOnFirstUse { [entries] in
      var postings: [ValueKey: [Int32]] = [:]
      // (A negated statement states its value too: it is shown, never compared.)
      for (index, entry) in entries.enumerated() {
        guard let key = ValueKey(entry.frame.value) else { continue }
        postings[key, default: []].append(Int32(index))
      }
      return postings
    }
  }

  /// A paragraph of clauses: decisions and treaties end their paragraphs with ";" ("Decides
  /// that the committee … shall consist of 12 members …;"), and the items of a list in an order
  /// or a law with "; and" or "; or" before the last ("(b) financing needs … limiting global
  /// average temperature rise to 1.5 degrees Celsius, …; and"), or ":" opening a list.
  static func readsAsClauses(_ prose: ProseText) -> Bool {
    prose.sentences.contains { sentence in
      guard var last = sentence.last else { return false }
      if prose.tokens[last].hasText("and") || prose.tokens[last].hasText("or"), last > sentence.lowerBound {
        last -= 1
      }
      // (Or ":" before the list it opens: "(i) by June 30, 2012, submit to the CPO an Agency Plan
      // …, including:"; or "," after a preamble's clause: "Emphasizing with serious concern the
      // urgent need to address …,".)
      guard prose.tokens[last].hasText(";") || prose.tokens[last].hasText(":") || prose.tokens[last].hasText(",")
      else { return false }
      return prose.tokens[sentence].lazy.filter { $0.kind == .word }.count >= 6
    }
  }

  /// The frames that share `frame`'s kind group and head, with the number of subject words each
  /// shares with it.
  func overlaps(with frame: ClaimFrame) -> [(entry: Int, shared: Int)] {
    overlaps(kind: frame.value.kind, head: frame.head, subject: frame.subject)
  }

  /// The same for a frame's parts: its value's kind, its head and its subject words.
  func overlaps(kind: TypedValue.Kind, head: TokenText, subject: [TokenText]) -> [(entry: Int, shared: Int)] {
    let group = Self.group(of: kind)
    // The entries of every posting list, sorted: each run is one entry, its length the number
    // of subject words it shares (a frame's subject words are distinct).
    var hits: [Int32] = []
    for word in subject {
      guard let list = postings[Key(group: group, head: head, word: word)] else { continue }
      hits += list
    }
    guard !hits.isEmpty else { return [] }
    hits.sort()
    var overlaps: [(entry: Int, shared: Int)] = []
    var start = 0
    for index in 1...hits.count where index == hits.count || hits[index] != hits[start] {
      overlaps.append((Int(hits[start]), index - start))
      start = index
    }
    return overlaps
  }
}
