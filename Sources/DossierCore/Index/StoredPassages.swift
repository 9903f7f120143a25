/// The passage index (`PassageIndex`) kept in the compiled corpus index and looked up there: a
/// quotation's trigrams are found with two small reads each, and only the passages that win the
/// vote are read, from their documents. A large corpus's passages are never all in memory.
///
/// Section layout (fixed-width, little-endian): the passage count, the bucket bits, the entry
/// count and the size of the words; per passage its document and paragraph (two 32-bit numbers);
/// the bucket directory (per bucket, where its entries start, and one past the last); the
/// entries, grouped by bucket and in corpus order within one: the trigram's key (64 bits), the
/// passage and the word's position (32 bits each); where each passage's words start (64 bits,
/// one more for the end); then the words themselves, each its length and bytes (`IndexWriter`),
/// so a passage that wins a vote is compared without reading its document.
///
/// Keys are a 64-bit hash of the three words' bytes, the same in every process; a hit is not
/// confirmed word for word (the memory index confirms its weaker keys), so two trigrams would
/// have to share all 64 bits to add a wrong vote.
final class StoredPassages: Sendable {
  private let file: IndexFile
  private let section: Range<Int>
  private let documents: CorpusDocuments
  private let passageCount: Int
  /// How many passages there are.
  var count: Int { passageCount }
  private let bucketBits: Int
  private let entryCount: Int
  private let wordBytes: Int

  private static let headerSize = 32
  private static let entrySize = 16

  init(file: IndexFile, section: Range<Int>, documents: CorpusDocuments) throws(IndexDamage) {
    var reader = try file.header(of: section, size: Self.headerSize, name: "passages")
    let passageCount = try reader.readFixed()
    let bucketBits = try reader.readFixed()
    let entryCount = try reader.readFixed()
    let wordBytes = try reader.readFixed()
    guard bucketBits >= 1, bucketBits <= 40, passageCount <= UInt64(Int32.max), entryCount <= UInt64(Int32.max),
      wordBytes <= UInt64(section.count),
      UInt64(Self.headerSize) + passageCount * 8 + ((1 << bucketBits) + 1) * 4 + entryCount * UInt64(Self.entrySize)
        + (passageCount + 1) * 8 + wordBytes == UInt64(section.count)
    else { throw IndexDamage("the passages section does not add up") }
    self.wordBytes = Int(wordBytes)
    // Every passage's document and paragraph, and where its words lie, are checked now: a lookup
    // then never reads past a document or the words.
    let places = section.lowerBound + Self.headerSize
    let starts = places + Int(passageCount) * 8 + ((1 << Int(bucketBits)) + 1) * 4 + Int(entryCount) * Self.entrySize
    guard let table = file.read(places..<places + Int(passageCount) * 8),
      let offsets = file.read(starts..<starts + (Int(passageCount) + 1) * 8)
    else { throw IndexDamage("the passages section cannot be read") }
    var previous: UInt64 = 0
    for index in 0..<Int(passageCount) {
      let document = Int(table.loadLittleEndian32(at: index * 8))
      let paragraph = Int(table.loadLittleEndian32(at: index * 8 + 4))
      guard document < documents.count, paragraph < documents.paragraphCount(at: document) else {
        throw IndexDamage("a passage lies outside the documents")
      }
    }
    for index in 0...Int(passageCount) {
      let offset = offsets.loadLittleEndian64(at: index * 8)
      guard offset >= previous, offset <= wordBytes, index > 0 || offset == 0 else {
        throw IndexDamage("a passage's words lie outside the section")
      }
      previous = offset
    }
    self.file = file
    self.section = section
    self.documents = documents
    self.passageCount = Int(passageCount)
    self.bucketBits = Int(bucketBits)
    self.entryCount = Int(entryCount)
  }

  private var passageTable: Int { section.lowerBound + Self.headerSize }
  private var directory: Int { passageTable + passageCount * 8 }
  private var entries: Int { directory + ((1 << bucketBits) + 1) * 4 }
  private var wordStarts: Int { entries + entryCount * Self.entrySize }
  private var words: Int { wordStarts + (passageCount + 1) * 8 }

  func forEachHit(_ words: ArraySlice<TokenText>, _ body: (_ passage: Int, _ position: Int) -> Void) {
    let first = words.startIndex
    let key = Self.key(words[first], words[first + 1], words[first + 2])
    let bucket = Int(key >> UInt64(64 - bucketBits))
    guard let bounds = file.read(directory + bucket * 4..<directory + bucket * 4 + 8) else { return }
    let start = Int(bounds.loadLittleEndian32(at: 0))
    let end = Int(bounds.loadLittleEndian32(at: 4))
    guard start >= 0, start < end, end <= entryCount,
      let hits = file.read(entries + start * Self.entrySize..<entries + end * Self.entrySize)
    else { return }
    for offset in stride(from: 0, to: hits.count, by: Self.entrySize) where hits.loadLittleEndian64(at: offset) == key {
      let passage = Int(hits.loadLittleEndian32(at: offset + 8))
      guard passage < passageCount else { continue }
      body(passage, Int(hits.loadLittleEndian32(at: offset + 12)))
    }
  }

  func passage(at index: Int) -> PassageIndex.Passage {
    let place = file.read(passageTable + index * 8..<passageTable + index * 8 + 8) ?? []
    let bounds = file.read(wordStarts + index * 8..<wordStarts + index * 8 + 16) ?? []
    guard place.count == 8, bounds.count == 16 else {
      return PassageIndex.Passage(document: 0, paragraph: 0, words: [])
    }
    // Checked when the section was opened.
    let start = Int(truncatingIfNeeded: bounds.loadLittleEndian64(at: 0))
    let end = Int(truncatingIfNeeded: bounds.loadLittleEndian64(at: 8))
    var words: [TokenText] = []
    if start <= end, end <= wordBytes, let bytes = file.read(self.words + start..<self.words + end) {
      var reader = IndexReader(bytes)
      while !reader.isAtEnd {
        guard let word = try? reader.readTokenText() else { break }
        words.append(word)
      }
    }
    return PassageIndex.Passage(
      document: Int(place.loadLittleEndian32(at: 0)), paragraph: Int(place.loadLittleEndian32(at: 4)), words: words[...]
    )
  }

  /// The token indices of a passage's words in its paragraph (its document is read).
  func tokenIndices(of passage: PassageIndex.Passage) -> [Int] {
    guard documents.indices.contains(passage.document),
      documents[passage.document].paragraphs.indices.contains(passage.paragraph)
    else { return [] }
    return PassageIndex.words(of: documents[passage.document].paragraphs[passage.paragraph]).indices
  }

  /// Builds the section from documents read one at a time, in order, and writes it holding what
  /// it writes once: each passage's words are kept as they will be written, and the trigram
  /// entries are made from them when the section is written (allocated once, their number known
  /// by then), put in bucket order in place, and written as they lie.
  struct SectionWriter: Sendable {
    /// One trigram of a passage.
    struct Entry {
      var key: UInt64
      var passage: UInt32
      var position: UInt32

      /// The entry's place in the corpus's order.
      var order: UInt64 { UInt64(passage) << 32 | UInt64(position) }
    }

    /// A passage's document and paragraph.
    struct Place {
      var document: UInt32
      var paragraph: UInt32
    }

    private var places: [Place] = []
    private var wordStarts: [UInt64] = [0]
    private var words = IndexWriter()
    private var entryCount = 0

    init() {}

    /// A writer for documents of `textBytes` of text in all, their words' room reserved at once
    /// (about as many bytes as the text): never copied to grow.
    init(textBytes: Int) {
      words.reserveCapacity(textBytes)
    }

    /// Reads one more document (the next in the corpus's order).
    mutating func add(_ document: CorpusDocument, at documentIndex: Int) {
      for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
        places.append(Place(document: UInt32(documentIndex), paragraph: UInt32(paragraphIndex)))
        let paragraphWords = PassageIndex.words(of: paragraph).words
        for word in paragraphWords { word.encode(to: &words) }
        wordStarts.append(UInt64(words.bytes.count))
        entryCount += max(0, paragraphWords.count - 2)
      }
    }

    /// Every passage's trigrams, in the corpus's order.
    private func entries() -> [Entry] {
      var entries: [Entry] = []
      entries.reserveCapacity(entryCount)
      var reader = IndexReader(words.bytes)
      var hashes: [UInt64] = []
      for passage in places.indices {
        hashes.removeAll(keepingCapacity: true)
        while reader.position < Int(wordStarts[passage + 1]) {
          // The words were written by `add` just before: they always read back.
          guard let word = try? reader.readTokenText() else {
            preconditionFailure("a passage's words do not read back")
          }
          hashes.append(StoredPassages.wordHash(word))
        }
        guard hashes.count >= 3 else { continue }
        for position in 0...(hashes.count - 3) {
          entries.append(
            Entry(
              key: StoredPassages.key(hashes[position], hashes[position + 1], hashes[position + 2]),
              passage: UInt32(passage), position: UInt32(position)))
        }
      }
      return entries
    }

    /// Whether the memory of `places`, `starts`, `entries` and `wordStarts` is laid out as the
    /// section is: fields in order, no padding (and little-endian integers, which `TokenText`
    /// already requires of the machine). Swift lays these structs out so; checked all the same.
    private static let memoryIsFileLayout =
      MemoryLayout<Place>.stride == 8 && MemoryLayout<Place>.offset(of: \Place.paragraph) == 4
      && MemoryLayout<Entry>.stride == 16 && MemoryLayout<Entry>.offset(of: \Entry.passage) == 8
      && MemoryLayout<Entry>.offset(of: \Entry.position) == 12

    /// Writes the section to `file`.
    consuming func write(to file: inout IndexFileWriter) {
      var entries = entries()
      // About four entries per bucket.
      var bucketBits = 1
      while (1 << bucketBits) * 4 < entries.count { bucketBits += 1 }
      let shift = UInt64(64 - bucketBits)
      var starts = [UInt32](repeating: 0, count: (1 << bucketBits) + 1)
      for entry in entries { starts[Int(entry.key >> shift) + 1] += 1 }
      for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
      // Into bucket order in place, in two rounds that each keep their working set in the cache:
      // by the bucket's top bits first, then each such stretch by the rest; then each bucket's
      // few entries back into corpus order.
      let topBits = min(8, bucketBits)
      let lowBits = bucketBits - topBits
      // Read through a buffer: a captured variable would be checked for exclusive access on
      // every read.
      starts.withUnsafeBufferPointer { starts in
        entries.withUnsafeMutableBufferPointer { entries in
          StoredPassages.distribute(
            entries, buckets: 0..<(1 << topBits), bucket: { Int($0.key >> shift) >> lowBits },
            start: { Int(starts[$0 << lowBits]) })
          if lowBits > 0 {
            for top in 0..<(1 << topBits) {
              StoredPassages.distribute(
                entries, buckets: top << lowBits..<(top + 1) << lowBits, bucket: { Int($0.key >> shift) },
                start: { Int(starts[$0]) })
            }
          }
          // A bucket holds a few trigrams, or one trigram many times over (boilerplate every
          // document repeats): sorted by insertion, or by the library's sort when large.
          for bucket in 0..<starts.count - 1 {
            let range = Int(starts[bucket])..<Int(starts[bucket + 1])
            if range.count > 16 {
              var stretch = UnsafeMutableBufferPointer(rebasing: entries[range])
              stretch.sort { $0.order < $1.order }
              continue
            }
            for index in range.dropFirst() {
              let entry = entries[index]
              var place = index
              while place > range.lowerBound, entries[place - 1].order > entry.order {
                entries[place] = entries[place - 1]
                place -= 1
              }
              entries[place] = entry
            }
          }
        }
      }

      // The arrays' memory is the section's layout: written as it is.
      precondition(Self.memoryIsFileLayout, "the passage tables are not laid out as the index file is")
      var header = IndexWriter()
      header.writeFixed(UInt64(places.count))
      header.writeFixed(UInt64(bucketBits))
      header.writeFixed(UInt64(entries.count))
      header.writeFixed(UInt64(words.bytes.count))
      file.append(header.bytes)
      file.appendMemory(of: places)
      places = []
      file.appendMemory(of: starts)
      starts = []
      file.appendMemory(of: entries)
      entries = []
      file.appendMemory(of: wordStarts)
      file.append(words.bytes)
    }
  }

  /// Puts the entries of `buckets` (lying from the first one's start to the last one's end,
  /// each bucket starting at `start` of it) in order of `bucket`, in place: each entry is swapped
  /// into its bucket's next free place.
  fileprivate static func distribute(
    _ entries: UnsafeMutableBufferPointer<SectionWriter.Entry>, buckets: Range<Int>,
    bucket: (SectionWriter.Entry) -> Int,
    start: (Int) -> Int
  ) {
    var fill = buckets.map(start)
    for current in buckets {
      let end = start(current + 1)
      while fill[current - buckets.lowerBound] < end {
        let index = fill[current - buckets.lowerBound]
        let target = bucket(entries[index])
        if target == current {
          fill[current - buckets.lowerBound] += 1
        } else {
          entries.swapAt(index, fill[target - buckets.lowerBound])
          fill[target - buckets.lowerBound] += 1
        }
      }
    }
  }

  /// A word's hash from its bytes alone (a long word's own `hashWord` depends on the number this
  /// process interned it under).
  static func wordHash(_ word: TokenText) -> UInt64 {
    if let words = word.inlineWords { return TokenText.hash(words) }
    return word.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
  }

  static func key(_ first: TokenText, _ second: TokenText, _ third: TokenText) -> UInt64 {
    key(wordHash(first), wordHash(second), wordHash(third))
  }

  static func key(_ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
    var hash = first &* 0x9E37_79B9_7F4A_7C15
    hash = ((hash ^ second) << 27 | (hash ^ second) >> 37) &* 0xC2B2_AE3D_27D4_EB4F
    hash = ((hash ^ third) << 31 | (hash ^ third) >> 33) &* 0x9E37_79B9_7F4A_7C15
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    return hash
  }
}
