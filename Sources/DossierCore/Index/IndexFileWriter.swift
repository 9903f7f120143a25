#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an index file to an open descriptor section by section, fingerprinting each on the way
/// (`ContentHash.chunked`, piece by piece) and writing the header last, so that no section, and
/// never the whole file, has to be held in memory at once.
struct IndexFileWriter {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var pieces = ContentHash.Pieces()
  private var sectionLength = 0
  private var sections: [(length: Int, hash: UInt64)] = []
  /// The first write that failed, if any (what `strerror` says).
  private(set) var failure: String?

  init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(ContentHash.chunkSize)
    // The header's place, filled in by `finish`.
    flush([UInt8](repeating: 0, count: CorpusIndexFile.headerSize))
  }

  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// Appends bytes held elsewhere (a stretch of a larger buffer), without copying them first.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    append(UnsafeRawBufferPointer(bytes))
  }

  /// Appends raw bytes held elsewhere, whatever type they are bound to.
  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    var start = 0
    while start < bytes.count {
      let take = min(bytes.count - start, ContentHash.chunkSize - buffer.count)
      buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<start + take]))
      start += take
      if buffer.count == ContentHash.chunkSize { flushPiece() }
    }
  }

  /// Appends the bytes `values` occupy in memory (fixed-width integers as this machine lays them
  /// out; callers check that this is the file's layout, see `StoredPassages.SectionWriter`).
  mutating func appendMemory<Value: BitwiseCopyable>(of values: [Value]) {
    values.withUnsafeBytes { append($0) }
  }

  /// Gives up: nothing more is written, and `finish` reports `reason`.
  mutating func fail(_ reason: String) {
    if failure == nil { failure = reason }
  }

  /// Ends the section written since the last one ended.
  mutating func endSection() {
    if !buffer.isEmpty { flushPiece() }
    sections.append((sectionLength, pieces.value))
    pieces = ContentHash.Pieces()
    sectionLength = 0
  }

  /// Writes the header: the failure, if anything could not be written.
  mutating func finish() -> String? {
    if let failure { return failure }
    var header = IndexWriter()
    header.append(raw: CorpusIndexFile.magic)
    header.writeFixed(CorpusIndexFile.formatVersion)
    for section in sections {
      header.writeFixed(UInt64(section.length))
      header.writeFixed(section.hash)
    }
    precondition(
      header.bytes.count == CorpusIndexFile.headerSize, "an index has \(CorpusIndexFile.sectionCount) sections")
    if failure == nil {
      header.bytes.withUnsafeBytes { bytes in
        if pwrite(descriptor, bytes.baseAddress!, bytes.count, 0) != bytes.count {
          failure = String(cString: strerror(errno))
        }
      }
    }
    return failure
  }

  private mutating func flushPiece() {
    buffer.withUnsafeBytes { pieces.add($0) }
    sectionLength += buffer.count
    flush(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func flush(_ bytes: [UInt8]) {
    guard failure == nil else { return }
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let wrote = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
        if wrote < 0, errno == EINTR { continue }
        guard wrote > 0 else {
          failure = String(cString: strerror(errno))
          return
        }
        done += wrote
      }
    }
  }
}
