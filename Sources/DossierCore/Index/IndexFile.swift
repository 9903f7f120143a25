#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An index file held open for reading parts of it on demand (`pread`). A newer index written
/// meanwhile replaces the file by renaming over it, never in place, so what this descriptor reads
/// stays the file that was opened and verified.
final class IndexFile: Sendable {
  private let descriptor: Int32
  let size: Int

  init?(path: String) {
    // Non-blocking, so a FIFO of that name does not hang the open; only a regular file is read.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.size = Int(status.st_size)
  }

  deinit { close(descriptor) }

  /// Sets the file's modification time to now: when an index last served (never read as a
  /// corpus file's time). Best effort.
  func markUsed() {
    _ = futimens(descriptor, nil)
  }

  /// The bytes of `range`, or nil when they cannot be read whole.
  func read(_ range: Range<Int>) -> [UInt8]? {
    guard range.lowerBound >= 0, range.upperBound <= size else { return nil }
    if range.isEmpty { return [] }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
      var done = 0
      while done < range.count {
        let got = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
        if got < 0, errno == EINTR { continue }
        guard got > 0 else {
          failed = true
          break
        }
        done += got
      }
      count = failed ? 0 : range.count
    }
    return failed ? nil : bytes
  }

  /// A reader of the fixed-size header that opens `section`, which a section read in place
  /// (`StoredPassages`, `StoredPostings`) starts with; `name` says which section is cut short.
  func header(of section: Range<Int>, size: Int, name: String) throws(IndexDamage) -> IndexReader {
    guard let header = read(section.lowerBound..<min(section.upperBound, section.lowerBound + size)),
      header.count == size
    else { throw IndexDamage("the \(name) section is cut short") }
    return IndexReader(header)
  }

  /// Private, read-only mappings, filled in one go where the system can (one call instead of a
  /// fault per page).
  #if os(Linux)
    private static let mappingFlags = MAP_PRIVATE | MAP_POPULATE
  #else
    private static let mappingFlags = MAP_PRIVATE
  #endif

  /// `ContentHash.chunked` of `range`, a piece at a time through a mapping of the file (no copy
  /// of its bytes, and never more than a piece mapped, so verifying a large index neither holds
  /// it nor counts it as resident).
  func hash(of range: Range<Int>) -> UInt64? {
    guard range.lowerBound >= 0, range.upperBound <= size else { return nil }
    var pieces = ContentHash.Pieces()
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    var start = range.lowerBound
    while start < range.upperBound {
      let end = min(start + ContentHash.chunkSize, range.upperBound)
      // Mappings start on a page boundary.
      let mappedStart = start - start % page
      let length = end - mappedStart
      guard let base = mmap(nil, length, PROT_READ, Self.mappingFlags, descriptor, off_t(mappedStart)),
        base != MAP_FAILED
      else { return nil }
      pieces.add(UnsafeRawBufferPointer(start: base + (start - mappedStart), count: end - start))
      munmap(base, length)
      start = end
    }
    return pieces.value
  }
}
