import Synchronization

/// The compiled corpus index on disk: one file per corpus selection, holding what was derived
/// from the documents (terms, names, acronyms, references, facts, claim frames and denials, the
/// vocabulary) and the documents' text, so that a later run opens the corpus without reading
/// and deriving it again.
///
/// Layout: a header (magic, format version, and the length and fingerprint of each section),
/// then the sections:
/// - the *manifest* (`IndexManifest`): what the index was built from;
/// - *scope*: the lists and universal statements, read when a draft first narrows a claim with
///   "only" (`ScopeIndex`), and *restrictions*, read when such a narrowing first aligns;
/// - *documents*: each document's text and its paragraphs' folded text, read one document at a
///   time when asked for;
/// - *knowledge*: the derived parts a draft's analysis reads, and where each document lies;
/// - *assertions*: the affirmative clauses of denied predicates, read when a draft first needs
///   them (`PolarityIndex`);
/// - *passages*: the trigram index of every paragraph's words, looked up in place when a draft
///   quotes (`StoredPassages`);
/// - *postings*: the documents that write each word, so that a phrase is looked for only in
///   those that write all its words (`StoredPostings`).
///
/// Every section is fingerprinted and checked when the file is opened (those read later a piece
/// at a time, not held). An index that does not check out is damaged: never used, rebuilt.
enum CorpusIndexFile {
  /// Changes whenever the layout or anything encoded changes.
  static let formatVersion: UInt64 = 82
  static let magic = Array("DOSSIER-INDEX\n\u{0}\u{0}".utf8)
  static let sectionCount = 8
  static let headerSize = 16 + 8 + sectionCount * 16

  enum Section: Int {
    case manifest, scope, restrictions, documents, knowledge, assertions, passages, postings
  }

  /// Reads the documents of `sources` for what they say (with the `knowledge` files' entries)
  /// and writes the index, section by section. The documents are parsed a batch at a time and
  /// let go, each time they are read (`ParsedSources`): what is held is the sources' text, what
  /// was derived (until its sections are written), every passage's words (from the second
  /// reading to the end), and the section being written.
  ///
  /// Two readings: the first derives everything and the scope index's lists and universals
  /// (whose section is then written and let go); the second reads again what deriving needs a
  /// second look at (closed compounds' first uses, the affirmative clauses of denied predicates)
  /// and, on the other core, every passage's words and the restrictions of the universals'
  /// heads. When deriving needs no second look, the second reading is one of its own, after
  /// deriving, for the passages and restrictions alone. The passages' trigram index is made from
  /// the kept words once what was derived is written and let go. The sections come in that
  /// order.
  static func write(
    sources: [CorpusSource], knowledge: [KnowledgeFile], notes: [DossierError], manifest: IndexManifest,
    to file: inout IndexFileWriter
  ) {
    var manifestWriter = IndexWriter()
    manifest.encode(to: &manifestWriter)
    file.append(manifestWriter.bytes)
    file.endSection()

    // The first reading: everything derived, each document's paragraphs (for the documents
    // section), and the scope index's lists and universals.
    let textBytes = sources.reduce(0) { $0 + $1.text.count }
    var reading = CorpusReading(textBytes: textBytes)
    let layouts = Mutex<[(lengths: [Int32], runningProse: [Bool])]>([])
    let scope = Mutex(ScopeIndex.SectionWriter())
    for batch in ParsedSources(sources).batches {
      reading.add(batch) { document in
        scope.withLock { $0.add(document) }
        var lengths: [Int32] = []
        var runningProse: [Bool] = []
        for paragraph in document.paragraphs {
          lengths.append(Int32(paragraph.prose.normalized.bytes.count))
          runningProse.append(paragraph.isRunningProse)
        }
        layouts.withLock { $0.append((lengths, runningProse)) }
      }
    }
    // The scope section is whole: written now, and its lists let go.
    scope.withLock { $0.writeScopeSection(to: &file) }
    file.endSection()
    // The parsed documents were let go on the threads that read them, each into its own arena,
    // where the second reading's threads may not reuse them: handed back to the system first
    // (a few milliseconds).
    CorpusIndexStore.returnFreedMemory()
    var foldedText = reading.words.foldedText
    let foldedStarts = reading.words.foldedStarts

    // Where each document will lie in the documents section.
    var entries: [StoredDocuments.Entry] = []
    var offset = 0
    for (source, layout) in zip(sources, layouts.withLock { $0 }) {
      let text = offset..<offset + source.text.count
      let folded = text.upperBound..<text.upperBound + layout.lengths.reduce(0) { $0 + Int($1) }
      offset = folded.upperBound
      entries.append(
        StoredDocuments.Entry(
          name: source.name, folder: source.folder, format: source.format, paged: source.paged, text: text,
          folded: folded, paragraphLengths: layout.lengths, runningProse: layout.runningProse))
    }

    // The second reading reads every document for the passages (and for the restrictions, when
    // there are universal statements) on one core and, on the other, hands each to `each` for
    // what deriving needs read again, until it wants no more. When deriving needs no second look,
    // it is a reading of its own, after deriving.
    let passages = Mutex(StoredPassages.SectionWriter(textBytes: textBytes))
    var postings = StoredPostings.SectionWriter()
    let restrictions = scope.withLock { $0.wantsRestrictions }
    var secondReadingDone = false
    func secondReading(alongside each: (@Sendable (CorpusDocument) -> Bool)?) {
      var wanted = each != nil
      var read = 0
      for batch in ParsedSources(sources).batches {
        let (stillWanted, start) = (wanted, read)
        read += batch.count
        (wanted, _) = Parallel.both(
          worthIt: stillWanted && batch.reduce(0) { $0 + $1.text.count } >= Parallel.worthwhileBytes,
          {
            guard stillWanted, let each else { return false }
            for document in batch where !each(document) { return false }
            return true
          },
          {
            passages.withLock { passages in
              for (offset, document) in batch.enumerated() { passages.add(document, at: start + offset) }
            }
            guard restrictions else { return }
            scope.withLock { scope in
              for document in batch { scope.addRestrictions(from: document) }
            }
          })
      }
      // The restrictions are whole: written now, and let go before deriving goes on.
      scope.withLock { $0.writeRestrictionsSection(to: &file) }
      file.endSection()
      // So are the second reading's parsed documents, before deriving builds its tables.
      CorpusIndexStore.returnFreedMemory()
      secondReadingDone = true
    }
    do {
      let derived = (consume reading).derived(
        knowledge: knowledge, notes: notes,
        reread: { each in withoutActuallyEscaping(each) { secondReading(alongside: $0) } },
        document: { sources[$0].parsed() }, scope: BuiltOnFirstUse { ScopeIndex(documents: ParsedSources(sources)) })
      if !secondReadingDone { secondReading(alongside: nil) }
      // The documents, now that deriving is done with their folded text, which is let go; and,
      // from that text, the documents that write each word (written last, its own section): built
      // here, after deriving, so that deriving's peak does not hold them too.
      for (position, source) in sources.enumerated() {
        let end = position + 1 < foldedStarts.count ? foldedStarts[position + 1] : foldedText.count
        postings.add(folded: foldedText[foldedStarts[position]..<end])
        file.append(source.text.bytes)
        // Each paragraph's folded text, without the line feed that follows it in `foldedText`.
        var start = foldedStarts[position]
        foldedText.withUnsafeBufferPointer { folded in
          for length in entries[position].paragraphLengths {
            file.append(UnsafeBufferPointer(rebasing: folded[start..<start + Int(length)]))
            start += Int(length) + 1
          }
        }
      }
      file.endSection()
      foldedText = []
      do {
        var knowledge = IndexWriter()
        knowledge.write(entries) { writer, entry in entry.encode(to: &writer) }
        knowledge.write(derived.terms) { writer, term in term.encode(to: &writer) }
        knowledge.write(derived.acronyms) { writer, acronym in acronym.encode(to: &writer) }
        knowledge.write(derived.references) { writer, reference in reference.encode(to: &writer) }
        knowledge.write(derived.facts) { writer, fact in fact.encode(to: &writer) }
        derived.vocabulary.encode(to: &knowledge)
        knowledge.write(derived.claims.frames.entries) { writer, entry in entry.encode(to: &writer) }
        knowledge.write(derived.claims.frames.titles) { writer, title in title.encode(to: &writer) }
        derived.claims.polarity.encodeDenials(to: &knowledge)
        knowledge.write(derived.acronymNames.sorted())
        knowledge.write(derived.acronymsSpelledOut.sorted())
        knowledge.write(derived.splitWritten.sorted())
        knowledge.write(derived.openModifiers.sorted())
        derived.nameSpellings.encode(to: &knowledge)
        knowledge.write(derived.notes) { writer, note in note.encode(to: &writer) }
        // The evidence the entries refer to by number comes first.
        var table = IndexWriter()
        table.write(knowledge.evidenceTable) { writer, evidence in evidence.encodeFields(to: &writer) }
        file.append(table.bytes)
        file.append(knowledge.bytes)
        file.endSection()
      }
      var assertions = IndexWriter()
      derived.claims.polarity.encodeAssertions(to: &assertions)
      file.append(assertions.bytes)
      file.endSection()
    }
    // What was derived is let go, and handed back to the system: glibc would keep it in the
    // arenas of the threads that derived it, where the building below cannot reuse it.
    CorpusIndexStore.returnFreedMemory()

    // The passages' trigrams, made from the words the second reading kept.
    passages.withLock { passages in
      var written = StoredPassages.SectionWriter()
      swap(&written, &passages)
      written.write(to: &file)
    }
    file.endSection()
    CorpusIndexStore.returnFreedMemory()
    postings.write(to: &file)
    file.endSection()

  }

  /// Writes `opened` again with another manifest: every other section copied as it is, a piece at
  /// a time.
  static func copy(_ opened: Opened, with manifest: IndexManifest, to file: inout IndexFileWriter) {
    var manifestWriter = IndexWriter()
    manifest.encode(to: &manifestWriter)
    file.append(manifestWriter.bytes)
    file.endSection()
    for section in opened.sections.dropFirst() {
      var start = section.range.lowerBound
      while start < section.range.upperBound {
        let end = min(start + ContentHash.chunkSize, section.range.upperBound)
        guard let piece = opened.file.read(start..<end) else {
          file.fail("cannot read the index being copied")
          return
        }
        file.append(piece)
        start = end
      }
      file.endSection()
    }
  }

  /// An index file opened as far as its manifest: whether it may be used is for the caller to
  /// judge (`CorpusIndexStore`), before the rest is read.
  struct Opened: Sendable {
    let file: IndexFile
    let manifest: IndexManifest
    fileprivate let sections: [(range: Range<Int>, hash: UInt64)]
  }

  /// Opens the file at `path` and reads its manifest: nil when there is no file; `IndexDamage`
  /// when it is not a whole index of this format.
  static func open(path: String) throws(IndexDamage) -> Opened? {
    guard let file = IndexFile(path: path) else { return nil }
    guard let header = file.read(0..<min(headerSize, file.size)), header.count == headerSize,
      Array(header[0..<16]) == magic
    else { throw IndexDamage("not a Dossier corpus index") }
    var reader = IndexReader(header, range: 16..<headerSize)
    guard try reader.readFixed() == formatVersion else {
      throw IndexDamage("an index of another format version", isOtherVersion: true)
    }
    var sections: [(range: Range<Int>, hash: UInt64)] = []
    var start = headerSize
    for _ in 0..<sectionCount {
      let length = try reader.readFixed()
      let hash = try reader.readFixed()
      guard length <= UInt64(file.size - start) else { throw IndexDamage("the index is cut short") }
      sections.append((start..<start + Int(length), hash))
      start += Int(length)
    }
    guard start == file.size else { throw IndexDamage("the index has bytes past its end") }
    guard let manifestBytes = file.read(sections[0].range),
      manifestBytes.withUnsafeBytes({ ContentHash.chunked($0) }) == sections[0].hash
    else {
      throw IndexDamage("the manifest does not match its fingerprint")
    }
    var manifestReader = IndexReader(manifestBytes)
    let manifest = try IndexManifest(from: &manifestReader)
    guard manifestReader.isAtEnd else { throw IndexDamage("the manifest has bytes past its end") }
    return Opened(file: file, manifest: manifest, sections: sections)
  }

  /// The sections a corpus reads later, when a draft needs them, checked whole against their
  /// fingerprints, a piece at a time. `isWanted` is asked between the sections, as in `corpus`.
  static func verifyLaterSections(_ opened: Opened, isWanted: () -> Bool = { true }) throws(IndexDamage) {
    for section in [Section.assertions, .passages, .postings, .scope, .restrictions, .documents] {
      guard isWanted() else { throw IndexDamage("no longer wanted") }
      guard opened.file.hash(of: opened.sections[section.rawValue].range) == opened.sections[section.rawValue].hash
      else {
        throw IndexDamage("the \(section) section does not match its fingerprint")
      }
    }
  }

  /// The corpus an opened index holds, its documents read from the file on demand.
  ///
  /// The sections read later are checked here too (`verifyLaterSections`) unless
  /// `verifyingLaterSections` is false: the caller checks them itself, perhaps on another core,
  /// and uses the corpus only if they check out.
  ///
  /// `isWanted` is asked between the costly steps: once it says no (another thread found the
  /// index stale, and nothing will serve from it), the opening stops with `IndexDamage`.
  static func corpus(
    _ opened: Opened, verifyingLaterSections: Bool = true, isWanted: () -> Bool = { true }
  ) throws(IndexDamage) -> Corpus {
    let file = opened.file
    func stopUnlessWanted() throws(IndexDamage) {
      guard isWanted() else { throw IndexDamage("no longer wanted") }
    }
    let knowledgeRange = opened.sections[Section.knowledge.rawValue].range
    let documentsRange = opened.sections[Section.documents.rawValue].range
    let assertionsSection = opened.sections[Section.assertions.rawValue]
    let scopeSection = opened.sections[Section.scope.rawValue]
    let restrictionsSection = opened.sections[Section.restrictions.rawValue]
    guard let bytes = file.read(knowledgeRange),
      bytes.withUnsafeBytes({ ContentHash.chunked($0) }) == opened.sections[Section.knowledge.rawValue].hash
    else {
      throw IndexDamage("the knowledge section does not match its fingerprint")
    }
    if verifyingLaterSections { try verifyLaterSections(opened, isWanted: isWanted) }
    try stopUnlessWanted()
    var reader = IndexReader(bytes)
    reader.evidenceTable = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try Evidence(fieldsFrom: &reader)
    }
    let base = documentsRange.lowerBound
    let entries = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      var entry = try StoredDocuments.Entry(from: &reader)
      guard entry.text.lowerBound >= 0, entry.folded.lowerBound >= 0, entry.text.upperBound <= documentsRange.count,
        entry.folded.upperBound <= documentsRange.count,
        entry.paragraphLengths.reduce(0, { $0 + Int($1) }) == entry.folded.count
      else { throw IndexDamage("a document lies outside its section") }
      entry.text = base + entry.text.lowerBound..<base + entry.text.upperBound
      entry.folded = base + entry.folded.lowerBound..<base + entry.folded.upperBound
      return entry
    }
    let terms = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try Term(from: &reader) }
    let acronyms = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try AcronymDefinition(from: &reader)
    }
    let references = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try Reference(from: &reader)
    }
    let facts = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try Fact(from: &reader) }
    let vocabulary = try Vocabulary(from: &reader)
    let frames = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try FrameIndex.Entry(from: &reader)
    }
    for entry in frames where entry.sentence.lowerBound < 0 || entry.sentence.upperBound > frames.count {
      throw IndexDamage("a claim frame's sentence lies outside the frames")
    }
    let titles = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try [TokenText](from: &reader)
    }
    for entry in frames where Int(entry.title) >= titles.count {
      throw IndexDamage("a claim frame's document title lies outside the titles")
    }
    let denials = try PolarityIndex.decodeDenials(from: &reader)
    let acronymNames = Set(try reader.readStrings())
    let acronymsSpelledOut = Set(try reader.readStrings())
    let splitWritten = Set(try reader.readStrings())
    let openModifiers = Set(try reader.readStrings())
    let nameSpellings = try NameSpellings(from: &reader)
    let notes = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try DossierError(from: &reader)
    }
    guard reader.isAtEnd else { throw IndexDamage("the knowledge section has bytes past its end") }
    let documents = CorpusDocuments(stored: StoredDocuments(file: file, entries: entries))
    // Read when a draft first needs them.
    let polarity = PolarityIndex(
      denials: denials,
      assertions: BuiltOnFirstUse {
        // Checked when opened; the file is never written in place.
        guard let bytes = file.read(assertionsSection.range) else { return [:] }
        var reader = IndexReader(bytes)
        return (try? PolarityIndex.decodeAssertions(from: &reader)) ?? [:]
      })
    return Corpus(
      documents: documents,
      derived: Corpus.DerivedParts(
        terms: terms, acronyms: acronyms, references: references, facts: facts, vocabulary: vocabulary,
        claims: ClaimIndex(
          frames: FrameIndex(entries: frames, titles: titles), polarity: polarity,
          scope: BuiltOnFirstUse {
            let restrictions = BuiltOnFirstUse<[String: [ScopeIndex.Statement]]> {
              guard let bytes = file.read(restrictionsSection.range) else { return [:] }
              var reader = IndexReader(bytes)
              return (try? ScopeIndex.decodeRestrictions(from: &reader)) ?? [:]
            }
            let empty = ScopeIndex(lists: [], universals: [], restrictions: BuiltOnFirstUse(built: [:]))
            guard let bytes = file.read(scopeSection.range) else { return empty }
            var reader = IndexReader(bytes)
            return (try? ScopeIndex(from: &reader, restrictions: restrictions)) ?? empty
          }, facts: facts),
        acronymNames: acronymNames, acronymsSpelledOut: acronymsSpelledOut, splitWritten: splitWritten,
        openModifiers: openModifiers, nameSpellings: nameSpellings, notes: notes,
        passages: try StoredPassages(
          file: file, section: opened.sections[Section.passages.rawValue].range, documents: documents),
        postings: try StoredPostings(
          file: file, section: opened.sections[Section.postings.rawValue].range, documentCount: entries.count)))
  }
}

extension StoredDocuments.Entry {
  func encode(to writer: inout IndexWriter) {
    writer.write(name)
    writer.write(folder)
    writer.write(UInt8(DraftFormat.allCases.firstIndex(of: format)!))
    writer.write(paged)
    writer.write(text)
    writer.write(folded)
    writer.write(paragraphLengths.map(Int.init)) { writer, length in writer.write(length) }
    writer.write(runningProse) { writer, flag in writer.write(flag) }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    name = try reader.readString()
    folder = try reader.readOptionalString()
    let format = Int(try reader.readUInt8())
    guard format < DraftFormat.allCases.count else { throw IndexDamage("an unknown document format") }
    self.format = DraftFormat.allCases[format]
    paged = try reader.readBool()
    text = try reader.readRange()
    folded = try reader.readRange()
    paragraphLengths = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      let length = try reader.readInt()
      guard length >= 0, length <= Int(Int32.max) else { throw IndexDamage("a paragraph length is out of range") }
      return Int32(length)
    }
    runningProse = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try reader.readBool() }
    guard runningProse.count == paragraphLengths.count else { throw IndexDamage("a document's paragraphs disagree") }
  }
}
