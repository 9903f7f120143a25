/// Closed classes of words the checks ask about for nearly every token: function words, count
/// words, the words references start with, exclusive markers, abbreviations. The lists live with
/// the code that uses them; the lexicon puts them in one `WordTable`, and the tokenizer tags each
/// word once (`Token.wordClasses`), so a check tests a bit instead of looking the word up again.
public struct WordClasses: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// "the", "of", "which": see `WordForms.functionWords`.
  public static let function = WordClasses(rawValue: 1 << 0)
  /// "two", "three": see `CountWords`.
  public static let count = WordClasses(rawValue: 1 << 1)
  /// The first words of executive-order and resolution references ("executive", "un").
  public static let referenceStart = WordClasses(rawValue: 1 << 2)
  /// "solely", "only": see `FactConflictCheck.exclusiveMarkers`.
  public static let exclusiveMarker = WordClasses(rawValue: 1 << 3)
  /// Abbreviations after which a period does not end a sentence ("mr", "e.g").
  public static let abbreviation = WordClasses(rawValue: 1 << 4)
}

enum Lexicon {
  struct Entry: Sendable {
    var classes: WordClasses
    /// The number a count word names, or -1.
    var count: Int8
  }

  /// Every listed word with its classes, keyed by its inline token text (every listed word is
  /// short enough to be held inline): a lookup hashes two machine words and compares two, with
  /// no loop over bytes. Open addressing over flat arrays; a slot whose `high` word is 0 is empty
  /// (a non-empty inline text always has its length in `high`).
  struct Table: Sendable {
    private var lows: [UInt64]
    private var highs: [UInt64]
    private var entries: [Entry]
    private let mask: Int

    init(_ words: [String: Entry]) {
      var capacity = 16
      while capacity < words.count * 4 { capacity *= 2 }
      mask = capacity - 1
      lows = Array(repeating: 0, count: capacity)
      highs = Array(repeating: 0, count: capacity)
      entries = Array(repeating: Entry(classes: [], count: -1), count: capacity)
      for (word, entry) in words {
        var word = word
        guard let key = word.withUTF8({ TokenText($0) }).inlineWords, key.1 != 0 else { continue }
        var slot = Self.slot(key) & mask
        while highs[slot] != 0 { slot = (slot + 1) & mask }
        lows[slot] = key.0
        highs[slot] = key.1
        entries[slot] = entry
      }
    }

    @inline(__always) static func slot(_ key: (UInt64, UInt64)) -> Int {
      Int(truncatingIfNeeded: ((key.0 ^ (key.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD) >> 40)
    }

    @inline(__always) func entry(_ text: TokenText) -> Entry? {
      guard let key = text.inlineWords else { return nil }
      return lows.withUnsafeBufferPointer { lows in
        highs.withUnsafeBufferPointer { highs in
          var slot = Self.slot(key) & mask
          while highs[slot] != 0 {
            if highs[slot] == key.1, lows[slot] == key.0 { return entries[slot] }
            slot = (slot + 1) & mask
          }
          return nil
        }
      }
    }
  }

  static let table: Table = {
    var entries: [String: Entry] = [:]
    func add(_ words: [String], _ wordClass: WordClasses) {
      for word in words { entries[word, default: Entry(classes: [], count: -1)].classes.insert(wordClass) }
    }
    add(WordForms.functionWordList, .function)
    add(ReferenceScanner.referenceStartList, .referenceStart)
    add(FactConflictCheck.exclusiveMarkerList, .exclusiveMarker)
    add(SentenceSplitter.abbreviationList, .abbreviation)
    for (count, word) in CountWords.words.enumerated() {
      entries[word, default: Entry(classes: [], count: -1)].classes.insert(.count)
      entries[word]!.count = Int8(count)
    }
    return Table(entries)
  }()
}
