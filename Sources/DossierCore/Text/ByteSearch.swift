/// Finding short ASCII markers in a document's bytes ("<!--", "-->", "</"): what the Markdown
/// and HTML scanners both need.
enum ByteSearch {
  /// Whether `bytes` holds `prefix` at `index`, ending at or before `end`.
  static func hasPrefix(_ prefix: StaticString, in bytes: [UInt8], at index: Int, end: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard index >= 0, index + count <= min(end, bytes.count) else { return false }
    let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
    for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }

  /// The first place in `range` of `bytes` where `needle` stands whole, or nil.
  static func find(_ needle: StaticString, in bytes: [UInt8], range: Range<Int>) -> Int? {
    let count = needle.utf8CodeUnitCount
    guard count > 0 else { return nil }
    let first = needle.utf8Start.pointee
    var index = max(0, range.lowerBound)
    let end = min(range.upperBound, bytes.count)
    while index + count <= end {
      if bytes[index] == first, hasPrefix(needle, in: bytes, at: index, end: end) { return index }
      index += 1
    }
    return nil
  }
}
