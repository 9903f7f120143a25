import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Prepares the heap before a large lint: reading and checking a draft fills a few bytes of fresh
/// heap per draft byte (the draft itself, its blocks, one block's tokens at a time, findings and
/// the report), and on Linux every 4 KB page of it costs a page fault on first touch, more
/// than a tenth of a 1 MB lint. For large inputs the heap is
/// grown once, up front, by the expected amount, kept (not trimmed back), and marked for
/// transparent huge pages, so it faults in 2 MB at a time. Small inputs, other systems and a
/// kernel that says no are left exactly as they were: this changes timing, never results.
enum HeapReservation {
  /// Inputs smaller than this are not worth it: huge pages are zeroed whole.
  static let minimumInput = 256 * 1024
  /// Fresh heap per draft byte, with room to spare: the benchmark's 1 MB draft peaks at 2.5 MB
  /// with the seed corpus (measured with valgrind's massif), and a draft dense with findings
  /// needs more.
  static let bytesPerInputByte = 8
  /// Below glibc's largest mmap threshold (32 MB), with room for its chunk header and page
  /// rounding: a request of 32 MB becomes a chunk just over the threshold, which glibc does not
  /// raise the threshold to, so the reservation would be mapped and unmapped again for nothing.
  static let largest = 30 * 1024 * 1024
  static let hugePage = 2 * 1024 * 1024
  /// The block kept before the first huge page (its address), so it stays reachable.
  private static let padding = Atomic<UInt>(0)

  /// Reserves heap for checking `inputBytes` bytes of drafts; returns the bytes marked, or 0.
  @discardableResult
  static func prepare(forInputBytes inputBytes: Int) -> Int {
    #if canImport(Glibc)
      guard inputBytes >= minimumInput else { return 0 }
      let wanted = min(largest, inputBytes.multipliedReportingOverflow(by: bytesPerInputByte).partialValue)
      let size = (wanted + hugePage - 1) / hugePage * hugePage
      // glibc serves a block this large with mmap, and freeing it raises the mmap threshold to
      // its size and the trim threshold to twice that (its documented dynamic thresholds). So
      // the same request, made again, grows the heap itself by `size`; freed, that space stays
      // as the heap's top, where the analysis allocates next.
      guard let mapped = malloc(size) else { return 0 }
      escape(mapped)
      free(mapped)
      guard let block = malloc(size) else { return 0 }
      escape(block)
      let start = UInt(bitPattern: block)
      free(block)
      // ...and ask for huge pages over the whole 2 MB pages inside it.
      let first = (start + UInt(hugePage) - 1) / UInt(hugePage) * UInt(hugePage)
      let end = (start + UInt(size)) / UInt(hugePage) * UInt(hugePage)
      guard end > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return 0 }
      guard madvise(address, Int(end - first), MADV_HUGEPAGE) == 0 else { return 0 }
      // The space before the first whole huge page would be used first, 4 KB page by 4 KB page
      // (a 1 MB draft read there faults about 250 times). One block that fills it exactly (a
      // chunk spans its 16-byte header to the next chunk's) moves what comes next to the
      // huge pages. It is kept, untouched but for its header, so it costs no memory.
      let gap = Int(first - start)
      if gap >= 64, let padding = malloc(gap - 8) {
        if UInt(bitPattern: padding) == start {
          HeapReservation.padding.store(UInt(bitPattern: padding), ordering: .relaxed)
        } else {
          free(padding)  // Served from elsewhere: nothing to fill.
        }
      }
      return Int(end - first)
    #else
      return 0
    #endif
  }

  #if canImport(Glibc)
    /// Hands the pointer to the kernel (a zero-length `madvise`, which does nothing), so the
    /// optimizer cannot drop the `malloc`/`free` pairs above as unused.
    private static func escape(_ pointer: UnsafeMutableRawPointer) {
      _ = madvise(pointer, 0, MADV_NORMAL)
    }
  #endif
}
