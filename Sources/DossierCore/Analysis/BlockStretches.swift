/// A long draft cut into consecutive runs of blocks, checked on every core at once
/// (`Analyzer.findings(in:format:corpus:options:)`), and what each run leaves.
enum BlockStretches {
  /// The least draft text worth a stretch of its own: below it, a worker costs more than it saves.
  static let minimumBytes = 64 * 1024

  /// Consecutive runs of blocks of about equal size, up to four per core (so that a core that
  /// finishes early takes another); one run for a short draft or a single core.
  static func stretches(of blocks: [ProseBlock], cores: Int) -> [Range<Int>] {
    guard cores > 1, let first = blocks.first, let last = blocks.last else { return [blocks.indices] }
    let total = last.range.upperBound - first.range.lowerBound
    let count = min(cores * 4, total / minimumBytes, blocks.count)
    guard count > 1 else { return [blocks.indices] }
    var stretches: [Range<Int>] = []
    var start = 0
    for part in 1...count {
      let boundary = first.range.lowerBound + total * part / count
      var end = start
      while end < blocks.count, part == count || blocks[end].range.lowerBound < boundary { end += 1 }
      if end > start { stretches.append(start..<end) }
      start = end
    }
    return stretches
  }
}

/// What checking one stretch of blocks found, in block order.
struct BlockStretchResult: Sendable {
  var findings: [Finding] = []
  var scans: [BlockScan] = []
  var acronymDefinitions: [(acronym: String, offset: Int)] = []
}
