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

  static let table: WordTable<Entry> = {
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
    return WordTable(entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }()

  /// The classes and count value of a folded word.
  static func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? { table[bytes] }
}
