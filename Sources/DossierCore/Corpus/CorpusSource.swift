import Dispatch
import Synchronization

/// A corpus document as read from its file, before it is read into paragraphs: its name, its
/// folder, its text and the format the text is in. A large corpus is derived from its sources a
/// few documents at a time (`CorpusReading`), each parsed when it is read and let go after.
struct CorpusSource: Sendable {
  var name: String
  var folder: String?
  var text: SourceText
  var format: DraftFormat
  /// Text converted from a PDF, with form feeds between pages.
  var paged: Bool
  /// The fingerprint of the file's bytes, when the text is not those bytes (a file not in UTF-8,
  /// read with `TextRepair`); nil: the text's own.
  var fileHash: UInt64? = nil

  init(name: String, folder: String?, text: SourceText, format: DraftFormat? = nil, paged: Bool = false) {
    self.name = name
    self.folder = folder
    self.text = text
    self.format = format ?? DraftFormat(fileName: name)
    self.paged = paged
  }

  /// The document read into paragraphs.
  func parsed() -> CorpusDocument {
    CorpusDocument(name: name, folder: folder, text: text, format: format, paged: paged)
  }

  /// Every source parsed, on every core when there is enough text to share.
  static func parsed(_ sources: [CorpusSource]) -> [CorpusDocument] {
    Parallel.map(sources, worthIt: sources.reduce(0) { $0 + $1.text.count } >= Parallel.worthwhileBytes) {
      $0.parsed()
    }
  }

  /// The whole text folded, for locating a knowledge file's quotes.
  var folded: NormalizedText {
    NormalizedText(source: text, segments: [.init(range: 0..<text.count, join: .adjacent)])
  }

  /// Evidence for an exact byte range of the text.
  func evidence(range: Range<Int>) -> Evidence {
    CorpusDocument.evidence(
      range: range, name: name, folder: folder, text: text,
      pageStarts: paged ? CorpusDocument.pageStarts(of: text) : nil)
  }
}

extension CorpusDocument {
  /// The document as its source, before it was read into paragraphs.
  var source: CorpusSource {
    CorpusSource(name: name, folder: folder, text: text, format: format, paged: pageStarts != nil)
  }
}

/// Sources parsed a batch at a time as they are iterated (each batch on every core) and let go
/// once passed: a large corpus read again, in order, without holding it parsed.
struct ParsedSources: Sequence, Sendable {
  let sources: [CorpusSource]

  init(_ sources: [CorpusSource]) {
    self.sources = sources
  }

  /// About this much text is parsed at once.
  static let batchBytes = 1 << 20

  /// The sources parsed, a batch of documents at a time. The next batch is parsed while the
  /// caller reads the one it was given.
  var batches: some Sequence<[CorpusDocument]> {
    AnySequence { [sources] in
      var start = 0
      /// The sources of the next batch, if any.
      func nextBatch() -> ArraySlice<CorpusSource>? {
        guard start < sources.count else { return nil }
        var end = start
        var bytes = 0
        while end < sources.count, end == start || bytes < Self.batchBytes {
          bytes += sources[end].text.count
          end += 1
        }
        defer { start = end }
        return sources[start..<end]
      }
      var pending: ParsedBatch? = nextBatch().map(ParsedBatch.init)
      return AnyIterator { () -> [CorpusDocument]? in
        guard let current = pending else { return nil }
        pending = nextBatch().map(ParsedBatch.init)
        return current.documents
      }
    }
  }

  func makeIterator() -> some IteratorProtocol<CorpusDocument> {
    var batches = self.batches.makeIterator()
    var batch: [CorpusDocument] = []
    var position = 0
    return AnyIterator { () -> CorpusDocument? in
      while position == batch.count {
        guard let next = batches.next() else { return nil }
        batch = next
        position = 0
      }
      defer { position += 1 }
      return batch[position]
    }
  }
}

/// A batch of sources being parsed on other threads (started when it is made); `documents` waits
/// for them.
private final class ParsedBatch: Sendable {
  private let parsed = Mutex<[CorpusDocument]>([])
  private let done = DispatchSemaphore(value: 0)

  init(_ sources: ArraySlice<CorpusSource>) {
    DispatchQueue.global().async { [self] in
      let documents = CorpusSource.parsed(Array(sources))
      parsed.withLock { $0 = documents }
      done.signal()
    }
  }

  var documents: [CorpusDocument] {
    done.wait()
    done.signal()
    return parsed.withLock { $0 }
  }
}
