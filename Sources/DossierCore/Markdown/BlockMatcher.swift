#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds, for a block of an edited document, the identical block of the document before the
/// edit: same kind, same bytes, same markup layout. Identity is checked byte for byte (the key
/// is only a hash that narrows the search), so a reused result is always right.
struct BlockMatcher {
  let previousText: SourceText
  let previousBlocks: [ProseBlock]
  private var index: [Int: [Int]] = [:]

  init(previousText: SourceText, previousBlocks: [ProseBlock], previousKeys: [Int]) {
    self.previousText = previousText
    self.previousBlocks = previousBlocks
    index.reserveCapacity(previousKeys.count)
    for (position, key) in previousKeys.enumerated() { index[key, default: []].append(position) }
  }

  /// A hash of a block's kind, markup layout (segments relative to its start) and bytes.
  static func key(_ block: ProseBlock, _ text: SourceText) -> Int {
    var hasher = Hasher()
    hasher.combine(block.kind)
    hasher.combine(block.isQuoted)
    let start = block.range.lowerBound
    for segment in block.segments {
      hasher.combine(segment.range.lowerBound - start)
      hasher.combine(segment.range.upperBound - start)
      hasher.combine(segment.join)
    }
    hasher.combine(text.bytes.withUnsafeBufferPointer { bytesHash(UnsafeBufferPointer(rebasing: $0[block.range])) })
    return hasher.finalize()
  }

  /// A hash of a block's bytes, eight at a time (a match is confirmed byte for byte, so this only
  /// has to spread blocks apart; SipHash over every byte cost more than the rest of the key).
  static func bytesHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var index = 0
    while index + 8 <= bytes.count {
      let word = ASCIIWords.load(bytes, at: index)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      index += 8
    }
    while index < bytes.count {
      hash = (hash ^ UInt64(base[index])) &* 0x100_0000_01B3
      index += 1
    }
    return hash
  }

  static func sameBytes(_ left: [UInt8], _ leftRange: Range<Int>, _ right: [UInt8], _ rightRange: Range<Int>) -> Bool {
    guard leftRange.count == rightRange.count else { return false }
    if leftRange.isEmpty { return true }
    return left.withUnsafeBytes { leftBuffer in
      right.withUnsafeBytes { rightBuffer in
        memcmp(
          leftBuffer.baseAddress! + leftRange.lowerBound, rightBuffer.baseAddress! + rightRange.lowerBound,
          leftRange.count) == 0
      }
    }
  }

  /// The matching previous block's index and how far it moved, if there is one.
  func match(_ block: ProseBlock, key: Int, in text: SourceText) -> (index: Int, delta: Int)? {
    guard let candidates = index[key] else { return nil }
    for candidate in candidates {
      let old = previousBlocks[candidate]
      guard old.kind == block.kind, old.isQuoted == block.isQuoted, old.range.count == block.range.count,
        old.segments.count == block.segments.count,
        Self.sameBytes(previousText.bytes, old.range, text.bytes, block.range)
      else { continue }
      let delta = block.range.lowerBound - old.range.lowerBound
      let sameLayout = zip(old.segments, block.segments).allSatisfy { previous, current in
        previous.join == current.join && previous.range.lowerBound + delta == current.range.lowerBound
          && previous.range.upperBound + delta == current.range.upperBound
      }
      if sameLayout { return (candidate, delta) }
    }
    return nil
  }
}
