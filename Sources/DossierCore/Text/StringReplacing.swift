extension String {
  /// Replaces every occurrence of `target`, compared as UTF-8 bytes (so "\r" is found inside
  /// "\r\n", unlike a comparison of Characters).
  public func replacingAll(_ target: String, with replacement: String) -> String {
    let pattern = Array(target.utf8)
    guard !pattern.isEmpty else { return self }
    let bytes = Array(utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == pattern[0], index + pattern.count <= bytes.count,
        bytes[index..<index + pattern.count].elementsEqual(pattern)
      {
        result += replacement.utf8
        index += pattern.count
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}

extension String {
  /// The words one space apart: a phrase read across a source's wrapped lines ("HTTP\nStrict
  /// Transport Security") as it is shown and compared.
  public var singleSpaced: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
