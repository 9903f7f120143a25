/// Which documents of a compiled corpus index write each word, so that a phrase is looked for
/// only in the documents that write all its words (`Corpus.search`): a two-word pair a draft asks
/// of a large corpus ("head line") reads a few documents' folded text, not all of them.
///
/// A word is a run of word bytes (`PatternAutomaton.isWordByte`) in a document's folded text,
/// split as `QuoteLocator.firstWordOccurrence` reads whole words, so that every document holding a
/// phrase is among those that write its words. Words are kept by a 40-bit hash of their bytes:
/// two words sharing one share their documents, which only widens a lookup, never narrows it.
///
/// Section layout (fixed-width, little-endian): the word count and the posting count (64 bits
/// each); the words' hashes in ascending order (64 bits each); where each word's documents start
/// among the postings (32 bits, one more for the end); the postings, each a document's position
/// (32 bits), ascending within a word.
final class StoredPostings: Sendable {
  private let file: IndexFile
  private let wordCount: Int
  private let keys: Int
  private let starts: Int
  private let postings: Int
  private let postingCount: Int
  private let documentCount: Int

  private static let headerSize = 16
  /// The bits of a word's hash that are kept: the rest of 64 hold the document's position while
  /// the section is built.
  static let hashBits: UInt64 = 40
  /// The most documents a corpus may have for its postings to be kept.
  static let mostDocuments = 1 << (64 - 40)

  init(file: IndexFile, section: Range<Int>, documentCount: Int) throws(IndexDamage) {
    var reader = try file.header(of: section, size: Self.headerSize, name: "postings")
    let wordCount = try reader.readFixed()
    let postingCount = try reader.readFixed()
    guard wordCount <= UInt64(Int32.max), postingCount <= UInt64(Int32.max),
      UInt64(Self.headerSize) + wordCount * 8 + (wordCount + 1) * 4 + postingCount * 4 == UInt64(section.count)
    else { throw IndexDamage("the postings section does not add up") }
    self.file = file
    self.wordCount = Int(wordCount)
    self.postingCount = Int(postingCount)
    self.documentCount = documentCount
    keys = section.lowerBound + Self.headerSize
    starts = keys + Int(wordCount) * 8
    postings = starts + (Int(wordCount) + 1) * 4
  }

  /// The hash a word is kept under.
  static func key(_ word: UnsafeRawBufferPointer) -> UInt64 {
    ContentHash.of(word) >> (64 - hashBits)
  }

  /// The documents that write `word` (folded bytes, word bytes only), ascending; empty when none
  /// does; nil when the section cannot be read (then every document may).
  func documents(writing word: ArraySlice<UInt8>) -> [UInt32]? {
    let key = word.withUnsafeBytes { Self.key($0) }
    // The first word whose hash is not below the key.
    var low = 0
    var high = wordCount
    while low < high {
      let middle = (low + high) / 2
      guard let bytes = file.read(keys + middle * 8..<keys + middle * 8 + 8) else { return nil }
      if bytes.loadLittleEndian64(at: 0) < key { low = middle + 1 } else { high = middle }
    }
    guard low < wordCount, let found = file.read(keys + low * 8..<keys + low * 8 + 8) else { return nil }
    guard found.loadLittleEndian64(at: 0) == key else { return [] }
    guard let bounds = file.read(starts + low * 4..<starts + low * 4 + 8) else { return nil }
    let (start, end) = (Int(bounds.loadLittleEndian32(at: 0)), Int(bounds.loadLittleEndian32(at: 4)))
    guard start <= end, end <= postingCount else { return nil }
    guard start < end else { return [] }
    guard let list = file.read(postings + start * 4..<postings + end * 4) else { return nil }
    var documents: [UInt32] = []
    documents.reserveCapacity(end - start)
    for offset in stride(from: 0, to: list.count, by: 4) {
      let document = list.loadLittleEndian32(at: offset)
      // (A position past the documents is a damaged section's: every document may hold it.)
      guard Int(document) < documentCount else { return nil }
      documents.append(document)
    }
    return documents
  }

  /// Builds the section from each document's folded text, in order, keeping one 64-bit number
  /// per word and document (the word's hash above the document's position), sorted once when
  /// written.
  struct SectionWriter: Sendable {
    private var entries: [UInt64] = []
    private var documents = 0
    /// Whether the corpus has too many documents for the positions' bits: then the section is
    /// written empty, and every document may hold any word.
    private var overflowed = false

    init() {}

    /// Adds the next document's folded text.
    mutating func add(folded text: ArraySlice<UInt8>) {
      defer { documents += 1 }
      guard documents < StoredPostings.mostDocuments, !overflowed else {
        overflowed = true
        return
      }
      var seen = Set<UInt64>()
      text.withUnsafeBytes { bytes in
        var index = 0
        while index < bytes.count {
          guard PatternAutomaton.isWordByte(bytes[index]) else {
            index += 1
            continue
          }
          let start = index
          while index < bytes.count, PatternAutomaton.isWordByte(bytes[index]) { index += 1 }
          let key = StoredPostings.key(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
          if seen.insert(key).inserted {
            entries.append(key << (64 - StoredPostings.hashBits) | UInt64(documents))
          }
        }
      }
    }

    consuming func write(to file: inout IndexFileWriter) {
      if overflowed { entries = [] }
      entries.sort()
      var keys: [UInt64] = []
      var starts: [UInt32] = []
      var postings: [UInt32] = []
      postings.reserveCapacity(entries.count)
      let documentMask: UInt64 = (1 << (64 - StoredPostings.hashBits)) - 1
      for entry in entries {
        let key = entry >> (64 - StoredPostings.hashBits)
        if keys.last != key {
          keys.append(key)
          starts.append(UInt32(postings.count))
        }
        postings.append(UInt32(entry & documentMask))
      }
      entries = []
      starts.append(UInt32(postings.count))
      var header = IndexWriter()
      header.writeFixed(UInt64(keys.count))
      header.writeFixed(UInt64(postings.count))
      file.append(header.bytes)
      // (Fixed-width integers as this machine lays them out: little-endian, which `TokenText`
      // already requires of it.)
      file.appendMemory(of: keys)
      file.appendMemory(of: starts)
      file.appendMemory(of: postings)
    }
  }
}
