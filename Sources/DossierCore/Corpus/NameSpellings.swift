/// Proper names of several words as the corpus spaces them: "Inter-Agency Space Debris
/// Coordination Committee", "NewSpace India Limited", "Debris Free Space Mission", "Viet Nam". A
/// draft that writes the same letters with other spaces or hyphens ("Interagency Space Debris
/// Coordination Committee", "New Space India Limited", "Debris-Free Space Mission", "Vietnam")
/// writes a variant of the name (`NameSpacing`, a term-variant finding).
///
/// A name is a run of capitalised words, one space apart, with "of", "and", "for" and the like
/// between them ("Prosecutor-General of Ukraine"); every part of a run that begins and ends with
/// a capitalised word is looked up, by its letters alone. The corpus's spelling counts only when
/// it is one spelling: a name the corpus writes two ways (with and without a hyphen) is no one's
/// variant. And only a name the corpus writes inside a sentence of running text, where its
/// capitals are the name's and not a title's or a sentence start's, of three words or more (or
/// of two the corpus writes only with capitals: "Viet Nam", "Asia-Pacific"), and written twice
/// unless it has three words or more.
public struct NameSpellings: Sendable {
  struct Entry: Sendable, Equatable {
    /// The name as the corpus writes it inside a sentence (possessive left out).
    var spelling: String
    /// The hash of its letters with their spaces and hyphens (`Spelled.separated`).
    var separated: UInt64
  }

  /// Names by the hash of their letters (`Spelled.letters`).
  private(set) var entries: [UInt64: Entry]

  init(entries: [UInt64: Entry] = [:]) { self.entries = entries }

  var isEmpty: Bool { entries.isEmpty }

  func entry(_ spelled: Spelled) -> Entry? { entries[spelled.letters] }

  /// Words that join capitalised words into one name ("Bureau of Industry and Security").
  static let connectors = WordSet(["of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "to"])
  /// Connectors that keep the words around them one name in the corpus's table ("Secretary of
  /// State"); the others ("in", "and") often join a name to another ("Viet Nam in May").
  static let partOfNames = WordSet(["of", "de", "du", "des", "la", "le", "the"])
  /// The longest part of a run looked up, in words.
  static let longestName = 7

  /// One word of a run: tokens joined by hyphens ("Inter-Agency"), or a connector.
  struct Unit {
    var tokens: Range<Int>
    var isConnector: Bool
  }

  /// The runs of capitalised words in `tokens` (of a text whose bytes are `text`), each ending
  /// at a word in the possessive ("ISRO's" ends one). A run neither begins nor ends with a
  /// connector. Runs of one plain word ("The", "Shenzhen"), most of them, only when `withSingleWords`.
  static func runs(in tokens: [Token], text: SourceText, withSingleWords: Bool = true) -> [[Unit]] {
    var runs: [[Unit]] = []
    var current: [Unit] = []
    func close() {
      while current.last?.isConnector == true { current.removeLast() }
      if current.count > 1 || current.count == 1 && (withSingleWords || isJoined(current[0], tokens, in: text)) {
        runs.append(current)
      }
      current.removeAll(keepingCapacity: true)
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word else {
        if !current.isEmpty { close() }
        index += 1
        continue
      }
      var end = index + 1
      while end + 1 < tokens.count, tokens[end].hasText("-"), tokens[end - 1].touches(tokens[end]),
        tokens[end].touches(tokens[end + 1]), tokens[end + 1].kind == .word,
        text.isHyphen(at: tokens[end].originalRange)
      {
        end += 2
      }
      if let last = current.last, tokens[last.tokens.upperBound - 1].range.upperBound + 1 != token.range.lowerBound {
        close()
      }
      if token.isCapitalized {
        current.append(Unit(tokens: index..<end, isConnector: false))
        if WordForms.isPossessive(tokens[end - 1]) { close() }
      } else if end == index + 1, !current.isEmpty, connectors.contains(token) {
        current.append(Unit(tokens: index..<end, isConnector: true))
      } else if !current.isEmpty {
        close()
      }
      index = end
    }
    if !current.isEmpty { close() }
    return runs
  }

  /// The original bytes of `units` (a run's part) in `text`, possessive left out.
  static func original(of units: ArraySlice<Unit>, _ tokens: [Token], in text: SourceText) -> Range<Int> {
    let first = tokens[units.first!.tokens.lowerBound]
    let last = tokens[units.last!.tokens.upperBound - 1]
    var end = last.originalRange.upperBound
    if WordForms.isPossessive(last) {
      let bytes = text.bytes
      if end >= 2, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") { end -= 1 }
      if end >= 1, bytes[end - 1] == UInt8(ascii: "'") {
        end -= 1
      } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x99 {
        end -= 3
      }
    }
    return first.originalRange.lowerBound..<max(first.originalRange.lowerBound, end)
  }

  /// A name's folded letters, hashed (FNV-1a) alone and with the spaces and hyphens between its
  /// words: two spellings of one name have the same `letters` and different `separated`.
  /// Apostrophes, full stops and a final possessive are left out.
  struct Spelled: Equatable {
    private(set) var letters: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var separated: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var letterCount = 0

    /// Adds a unit's words after a space (unless it is the first).
    mutating func add(_ unit: Unit, _ tokens: [Token]) {
      if letterCount > 0 { separate(0x20) }
      for index in unit.tokens {
        let token = tokens[index]
        if token.kind != .word {
          separate(UInt8(ascii: "-"))
          continue
        }
        token.withUTF8 { bytes in
          for byte in bytes[..<WordForms.possessiveStart(bytes)]
          where byte != UInt8(ascii: "'") && byte != UInt8(ascii: ".") {
            letters = (letters ^ UInt64(byte)) &* 0x100_0000_01b3
            separated = (separated ^ UInt64(byte)) &* 0x100_0000_01b3
            letterCount += 1
          }
        }
      }
    }

    private mutating func separate(_ byte: UInt8) { separated = (separated ^ UInt64(byte)) &* 0x100_0000_01b3 }

    init() {}

    init(_ units: ArraySlice<Unit>, _ tokens: [Token]) {
      for unit in units { add(unit, tokens) }
    }
  }

  /// Whether a unit's original text is one word of two capitalised parts ("NewSpace"), or
  /// hyphenated: a name spelt so is worth looking up on its own.
  static func isJoined(_ unit: Unit, _ tokens: [Token], in text: SourceText) -> Bool {
    if unit.tokens.count > 1 { return true }
    let bytes = text.bytes
    let range = tokens[unit.tokens.lowerBound].originalRange
    guard range.count >= 4 else { return false }
    for index in range.lowerBound + 1..<range.upperBound - 1
    where bytes[index] >= 0x61 && bytes[index] <= 0x7A && bytes[index + 1] >= 0x41 && bytes[index + 1] <= 0x5A {
      return true
    }
    return false
  }

  /// The parts of a run the corpus's table keeps: the whole run, each part between connectors
  /// other than "of" ("Viet Nam" of "Philippines and Viet Nam", "Kestrel Harbour Board" of
  /// "Kestrel Harbour Board in March"), and, where the run opens a sentence or is no running
  /// text, those without the run's first word ("Inter-Agency …" of "The Inter-Agency …").
  /// (Not every part: a corpus's table of every part of its names would be several times as
  /// large, for names a draft seldom writes in part.)
  static func storedParts(of run: [Unit], _ tokens: [Token], opensSentence: Bool) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    var start = 0
    for index in run.indices where run[index].isConnector && !partOfNames.contains(tokens[run[index].tokens.lowerBound])
    {
      segments.append(start..<index)
      start = index + 1
    }
    if start > 0 { segments.append(start..<run.count) }
    var parts = [0..<run.count] + segments
    if opensSentence, run.count > 1 {
      parts.append(1..<run.count)
      if let first = segments.first, first.count > 1 { parts.append(1..<first.upperBound) }
    }
    return parts.compactMap { part in
      var part = part
      while !part.isEmpty, run[part.lowerBound].isConnector { part = part.dropFirst() }
      while !part.isEmpty, run[part.upperBound - 1].isConnector { part = part.dropLast() }
      return part.isEmpty ? nil : part
    }
  }

  /// Every name of the documents, read one at a time.
  struct Reading: Sendable {
    struct State: Sendable {
      var separated: UInt64
      var spelling: String
      var uses: Int32
      var nameUses: Int32
      var conflicting: Bool
    }
    private(set) var states: [UInt64: State] = [:]

    mutating func add(_ document: CorpusDocument) {
      let text = document.text
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        let tokens = prose.tokens
        let isText = paragraph.readsAsText && !paragraph.isHeading
        // (Most runs are one word, which the table never keeps alone.)
        for run in NameSpellings.runs(in: tokens, text: text, withSingleWords: false) {
          let opens = !isText || prose.opensSentence(token: run[0].tokens.lowerBound)
          let parts =
            run.count == 1 || !opens && !run.contains(where: \.isConnector)
            ? [0..<run.count] : NameSpellings.storedParts(of: run, tokens, opensSentence: opens)
          for (number, part) in parts.enumerated() where !parts[..<number].contains(part) {
            let units = run[part]
            if units.count == 1, !NameSpellings.isJoined(units.first!, tokens, in: text) { continue }
            let spelled = Spelled(units, tokens)
            guard spelled.letterCount >= 6 else { continue }
            let isName = isText && (part.lowerBound > 0 || !opens)
            // The name as written here, kept from its first use inside a sentence.
            func spelling() -> String {
              text.string(in: NameSpellings.original(of: units, tokens, in: text)).singleSpaced
            }
            if let index = states.index(forKey: spelled.letters) {
              if states.values[index].separated != spelled.separated { states.values[index].conflicting = true }
              states.values[index].uses += 1
              if isName {
                if states.values[index].nameUses == 0 { states.values[index].spelling = spelling() }
                states.values[index].nameUses += 1
              }
            } else {
              states[spelled.letters] = State(
                separated: spelled.separated, spelling: isName ? spelling() : "", uses: 1, nameUses: isName ? 1 : 0,
                conflicting: false)
            }
          }
        }
      }
    }

    /// The names that qualify (see `NameSpellings`), with the corpus's `vocabulary`.
    func finished(vocabulary: Vocabulary) -> NameSpellings {
      var entries: [UInt64: Entry] = [:]
      for (key, state) in states where !state.conflicting && state.nameUses >= 1 {
        let parts = WordForms.folded(state.spelling).split(whereSeparator: { $0 == " " || $0 == "-" })
          .map(String.init)
          .filter { !NameSpellings.connectors.contains($0) }
        let isLong = parts.count >= 3
        guard isLong || parts.count == 2 && parts.allSatisfy({ vocabulary.properNouns[$0] != nil }),
          isLong || state.uses >= 2
        else { continue }
        entries[key] = Entry(spelling: state.spelling, separated: state.separated)
      }
      return NameSpellings(entries: entries)
    }
  }

}

extension NameSpellings {
  func encode(to writer: inout IndexWriter) {
    writer.write(entries.count)
    for key in entries.keys.sorted() {
      let entry = entries[key]!
      writer.writeFixed(key)
      writer.write(entry.spelling)
      writer.writeFixed(entry.separated)
    }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    let count = try reader.readCount()
    var entries: [UInt64: Entry] = [:]
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let key = try reader.readFixed()
      entries[key] = Entry(spelling: try reader.readString(), separated: try reader.readFixed())
    }
    self.init(entries: entries)
  }
}
