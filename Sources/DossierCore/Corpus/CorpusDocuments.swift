import FoundationEssentials
import Synchronization

/// A corpus's documents, in order. Either held parsed (a corpus read from its folders), or kept
/// in the compiled corpus index on disk and parsed when one is asked for (a corpus opened from
/// its index): a draft's analysis reads a handful of documents, for evidence, so a large corpus
/// opened from its index holds only the few it last read.
public struct CorpusDocuments: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case parsed([CorpusDocument])
    case stored(StoredDocuments)
  }

  private let storage: Storage

  init(_ documents: [CorpusDocument]) {
    storage = .parsed(documents)
  }

  init(stored: StoredDocuments) {
    storage = .stored(stored)
  }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .parsed(let documents): documents.count
    case .stored(let stored): stored.entries.count
    }
  }

  public subscript(position: Int) -> CorpusDocument {
    switch storage {
    case .parsed(let documents): documents[position]
    case .stored(let stored): stored.document(at: position)
    }
  }

  /// The document's name and folder, without reading it.
  public func name(at position: Int) -> (name: String, folder: String?) {
    switch storage {
    case .parsed(let documents): (documents[position].name, documents[position].folder)
    case .stored(let stored): (stored.entries[position].name, stored.entries[position].folder)
    }
  }

  /// How many paragraphs the document has (without reading a stored one).
  func paragraphCount(at position: Int) -> Int {
    switch storage {
    case .parsed(let documents): documents[position].paragraphs.count
    case .stored(let stored): stored.entries[position].paragraphLengths.count
    }
  }

  /// The first `limit` bytes of the document's text, without parsing a stored one.
  func leadingBytes(at position: Int, limit: Int) -> [UInt8] {
    switch storage {
    case .parsed(let documents): return Array(documents[position].text.bytes.prefix(limit))
    case .stored(let stored):
      let range = stored.entries[position].text
      return stored.file.read(range.lowerBound..<Swift.min(range.upperBound, range.lowerBound + limit)) ?? []
    }
  }

  /// The position of the document named `name` (in `folder`, when given), without reading any.
  public func position(named name: String, folder: String? = nil) -> Int? {
    indices.first { position in
      let entry = self.name(at: position)
      return entry.name == name && (folder == nil || entry.folder == folder)
    }
  }

  /// The position of the document `evidence` quotes.
  func position(of evidence: Evidence) -> Int? {
    position(named: evidence.document, folder: evidence.folder)
  }

  /// A stored document's text as its file gave it, read without parsing it; nil for documents
  /// held parsed, or a read that failed.
  func storedText(at position: Int) -> [UInt8]? {
    guard case .stored(let documents) = storage else { return nil }
    return documents.text(at: position)
  }

  /// The document at `position`, parsed from `storedText(at:)`'s answer for it, not read again.
  func document(at position: Int, storedText: [UInt8]) -> CorpusDocument {
    guard case .stored(let documents) = storage else { return self[position] }
    return documents.document(at: position, text: storedText)
  }

  /// Each paragraph's folded text (`ProseText.normalized`), one slice per paragraph in order, for
  /// searching every document without parsing them (`Corpus.firstUse(of:)`); nil for documents
  /// held parsed, whose paragraphs are at hand.
  func foldedParagraphTexts(at position: Int) -> [ArraySlice<UInt8>]? {
    guard case .stored(let documents) = storage else { return nil }
    let stored = documents.foldedParagraphs(at: position)
    var texts: [ArraySlice<UInt8>] = []
    texts.reserveCapacity(stored.lengths.count)
    var start = 0
    for length in stored.lengths {
      texts.append(stored.text[start..<start + Int(length)])
      start += Int(length)
    }
    return texts
  }
}

/// The documents of a compiled corpus index: where each one's text and folded paragraphs lie in
/// the index file, read and parsed on demand. The few most recently read stay parsed.
final class StoredDocuments: Sendable {
  struct Entry: Sendable {
    var name: String
    var folder: String?
    var format: DraftFormat
    var paged: Bool
    /// Byte ranges in the index file.
    var text: Range<Int>
    var folded: Range<Int>
    /// Each paragraph's folded length, and whether it is running prose.
    var paragraphLengths: [Int32]
    var runningProse: [Bool]
  }

  let file: IndexFile
  let entries: [Entry]
  /// The documents read last, most recent last.
  private let recent = Mutex<[(position: Int, document: CorpusDocument)]>([])
  private static let recentCapacity = 32

  init(file: IndexFile, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// The document at `position`: one read last, or read now (`text`: its text, when the caller
  /// read it already, `text(at:)`).
  func document(at position: Int, text: [UInt8]? = nil) -> CorpusDocument {
    if let found = recent.withLock({ recent -> CorpusDocument? in
      guard let index = recent.firstIndex(where: { $0.position == position }) else { return nil }
      let hit = recent.remove(at: index)
      recent.append(hit)
      return hit.document
    }) {
      return found
    }
    let entry = entries[position]
    // The file was checked whole when opened and is never written in place, so this read fails
    // only if the disk (or a network file system) does: then the document is read from its
    // folder, as a corpus without an index would be, or else stands empty (evidence from it is
    // left out), rather than the process stopping.
    let bytes =
      text ?? file.read(entry.text)
      ?? entry.folder.flatMap { folder in
        FileManager.default.contents(atPath: PathName.appending(entry.name, to: folder)).map { [UInt8]($0) }
      } ?? []
    let document = CorpusDocument(
      name: entry.name, folder: entry.folder, text: SourceText(bytes: bytes), format: entry.format,
      paged: entry.paged)
    recent.withLock { recent in
      recent.append((position, document))
      if recent.count > Self.recentCapacity { recent.removeFirst() }
    }
    return document
  }

  /// The text of the document at `position`, as read into the index (a document read last is not
  /// read again); nil when the read fails.
  func text(at position: Int) -> [UInt8]? {
    if let recent = recent.withLock({ $0.last(where: { $0.position == position })?.document }) {
      return recent.text.bytes
    }
    return file.read(entries[position].text)
  }

  func foldedParagraphs(at position: Int) -> (text: [UInt8], lengths: [Int32]) {
    let entry = entries[position]
    // Unreadable (the disk failed): searched as a document without paragraphs.
    guard let folded = file.read(entry.folded) else { return ([], []) }
    return (folded, entry.paragraphLengths)
  }
}
