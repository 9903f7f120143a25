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
  /// "solely", "only": see `FactReading.exclusiveMarkers`.
  public static let exclusiveMarker = WordClasses(rawValue: 1 << 3)
  /// Abbreviations after which a period does not end a sentence ("mr", "e.g").
  public static let abbreviation = WordClasses(rawValue: 1 << 4)
  /// The words that name a kind of instrument ("declaration", "treaty"): see
  /// `ReferenceScanner.instrumentList`.
  public static let instrument = WordClasses(rawValue: 1 << 5)
  /// Words that state a value without digits ("quarterly", "fourth", "twice", "thirty"): see
  /// `ValueReader.valueWordList`.
  public static let valueWord = WordClasses(rawValue: 1 << 6)
  /// "not", "never", "cannot": see `ClauseWords.negatorList`.
  public static let negation = WordClasses(rawValue: 1 << 7)
}

enum Lexicon {
  struct Entry: Sendable {
    var classes: WordClasses
    /// The number a count word names, or -1.
    var count: Int8

    /// A word in no class.
    static var none: Entry { Entry(classes: [], count: -1) }
  }

  /// Every listed word with its classes, keyed by its inline token text (every listed word is
  /// short enough to be held inline): a lookup hashes two machine words and compares two, with
  /// no loop over bytes. Open addressing over one flat array of slots (key and entry side by side,
  /// one cache line); a slot whose `high` word is 0 is empty (a non-empty inline text always has
  /// its length in `high`). An interned text never equals a key: its `high` word is marked.
  struct Table: Sendable {
    private struct Slot {
      var low: UInt64
      var high: UInt64
      var entry: Entry
    }
    private var slots: [Slot]
    private let mask: Int
    /// One bit per hash of a listed word (16,384 bits, 2 KB, so it stays in cache while the
    /// tokenizer streams through a draft): most unlisted words are turned away here without
    /// reading the table, whose slots for them would be cold.
    private var filter: [UInt64] = Array(repeating: 0, count: 1 << (Self.filterBits - 6))
    private static let filterBits = 14

    init(_ words: [String: Entry]) {
      // A quarter full at most: most lookups end at the first slot.
      var capacity = 16
      while capacity < words.count * 4 { capacity *= 2 }
      mask = capacity - 1
      slots = Array(repeating: Slot(low: 0, high: 0, entry: .none), count: capacity)
      for (word, entry) in words {
        var word = word
        guard let key = word.withUTF8({ TokenText($0) }).inlineWords, key.1 != 0 else { continue }
        let hash = TokenText.hash(key)
        filter[Self.filterBit(hash) >> 6] |= 1 << UInt64(Self.filterBit(hash) & 63)
        var slot = Self.slot(hash) & mask
        while slots[slot].high != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(low: key.0, high: key.1, entry: entry)
      }
    }

    @inline(__always) private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 40) }

    @inline(__always) private static func filterBit(_ hash: UInt64) -> Int {
      Int(truncatingIfNeeded: hash >> UInt64(64 - filterBits))
    }

    /// The word's entry, or `Entry.none`. Most unlisted words stop at the filter; a listed one
    /// is nearly always in its first slot (the table is at most a quarter full).
    @inline(__always) func entry(_ text: TokenText) -> Entry {
      let key = text.rawWords
      let hash = TokenText.hash(key)
      let bit = Self.filterBit(hash)
      guard filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return .none }
      return slots.withUnsafeBufferPointer { slots in
        var slot = Self.slot(hash) & mask
        var candidate = slots[slot]
        var differs = (candidate.low ^ key.0) | (candidate.high ^ key.1)
        guard differs != 0, candidate.high != 0 else {
          return differs == 0 ? candidate.entry : .none
        }
        repeat {
          slot = (slot + 1) & mask
          candidate = slots[slot]
          differs = (candidate.low ^ key.0) | (candidate.high ^ key.1)
          if differs == 0 { return candidate.entry }
        } while candidate.high != 0
        return .none
      }
    }
  }

  static let table: Table = {
    var entries: [String: Entry] = [:]
    func add(_ words: [String], _ wordClass: WordClasses) {
      for word in words { entries[word, default: .none].classes.insert(wordClass) }
    }
    add(WordForms.functionWordList, .function)
    add(ReferenceScanner.referenceStartList, .referenceStart)
    add(FactReading.exclusiveMarkers, .exclusiveMarker)
    add(SentenceSplitter.abbreviationList, .abbreviation)
    add(ReferenceScanner.instrumentList.map(\.word), .instrument)
    add(ValueReader.valueWordList, .valueWord)
    add(ClauseWords.negatorList, .negation)
    for (count, word) in CountWords.words.enumerated() {
      entries[word, default: .none].classes.insert(.count)
      entries[word]!.count = Int8(count)
    }
    return Table(entries)
  }()
}
