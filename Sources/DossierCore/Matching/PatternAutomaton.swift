#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A multi-pattern matcher over bytes: all patterns in one trie, walked once from each word
/// boundary of the text, so finding every occurrence of every pattern costs the same however
/// many patterns there are. Each pattern carries a payload (an index into the caller's table).
///
/// Matches are reported only at word boundaries: the byte before a match and the byte after it
/// must not be letters or digits. That is why no Aho–Corasick failure links are needed: a match
/// can only start where a word boundary is, and the walk from there follows the trie alone.
/// Patterns are folded text (see `NormalizedText`).
///
/// The trie is stored as a double array: node `s`'s child on byte `b` is cell `base(s) + b`,
/// and it is a child of `s` exactly when that cell's `check` is `s`. A step of the walk is two
/// loads and one comparison, with no search among a node's children and so no branch that
/// depends on which child it is.
public struct PatternAutomaton: Sendable {
  public struct Match: Sendable, Hashable {
    /// The folded range matched.
    public var range: Range<Int>
    public var payload: Int
  }

  /// One cell of the double array. `base` carries `hasOutput` when patterns end at the node.
  private struct Cell {
    var base: Int32
    /// The node whose child this cell is; -1 for a free cell.
    var check: Int32
  }

  /// Nodes are cells; the root is cell 0. The array runs 256 cells past the largest base, so a
  /// transition on any byte stays inside it.
  private var cells: [Cell] = []
  /// Payloads of the patterns ending at cell s: outputPayloads[outputStart[s]..<outputStart[s+1]].
  private var outputStart: [Int32] = []
  private var outputPayloads: [Int32] = []

  public private(set) var patternCount = 0

  /// A filter in front of the walk: one bit per hash of a pattern's first word (its leading run
  /// of word bytes, see `firstWordHash`). A match covers the whole word it starts with, so a word
  /// whose bit is clear starts no match and is not walked. Most words of prose start no pattern,
  /// and the filter's 8 KB stay in cache, where the walk's cells do not.
  private var firstWords = [UInt64](repeating: 0, count: 1 << (Self.firstWordBits - 6))
  /// The first bytes of patterns that start with a non-word byte.
  private var nonWordFirstBytes = [Bool](repeating: false, count: 256)
  private static let firstWordBits = 16
  /// Where the walk stands after a whole first word of at most 15 bytes, keyed by the word as a
  /// `TokenText` keeps it (two machine words): a word that passed the filter is looked up once
  /// instead of walked byte by byte (most walks never leave their first word). Open addressing;
  /// slot `i` is `firstWordKeys[2i]`, `firstWordKeys[2i+1]` (0, 0: empty) and `firstWordCells[i]`.
  private var firstWordKeys: [UInt64] = []
  private var firstWordCells: [Int32] = []

  public init(patterns: [(pattern: [UInt8], payload: Int)]) {
    // Sorted patterns build the trie in one sweep: each pattern shares its prefix with the one
    // before it, and every node's children appear in label order. A node is numbered after its
    // parent.
    // Byte order by memcmp (a large corpus has tens of thousands of patterns); equal patterns
    // keep their given order.
    let order = patterns.withUnsafeBufferPointer { patterns in
      patterns.indices.filter { !patterns[$0].pattern.isEmpty }.sorted { left, right in
        patterns[left].pattern.withUnsafeBufferPointer { a in
          patterns[right].pattern.withUnsafeBufferPointer { b in
            let order = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
            if order != 0 { return order < 0 }
            return a.count != b.count ? a.count < b.count : left < right
          }
        }
      }
    }
    var edgeParents: [Int32] = []
    var labels: [UInt8] = []
    var nodeOutputs: [(node: Int32, payload: Int32)] = []
    var path: [Int32] = [0]
    var previous: [UInt8] = []
    var nodeCount: Int32 = 1
    for index in order {
      let pattern = patterns[index].pattern
      var common = 0
      while common < min(previous.count, pattern.count), previous[common] == pattern[common] { common += 1 }
      path.removeLast(path.count - 1 - common)
      for depth in common..<pattern.count {
        edgeParents.append(path[path.count - 1])
        labels.append(pattern[depth])
        path.append(nodeCount)
        nodeCount += 1
      }
      nodeOutputs.append((path[path.count - 1], Int32(patterns[index].payload)))
      previous = pattern
      patternCount += 1
    }
    // Group edges by parent (counting sort keeps label order). Edge k leads to node k + 1.
    var edgeStart = Array(repeating: Int32(0), count: Int(nodeCount) + 1)
    for parent in edgeParents { edgeStart[Int(parent) + 1] += 1 }
    for node in 0..<Int(nodeCount) { edgeStart[node + 1] += edgeStart[node] }
    var edgeLabels = Array(repeating: UInt8(0), count: labels.count)
    var edgeTargets = Array(repeating: Int32(0), count: labels.count)
    var fill = Array(edgeStart.dropLast())
    for (edge, parent) in edgeParents.enumerated() {
      let slot = Int(fill[Int(parent)])
      fill[Int(parent)] += 1
      edgeLabels[slot] = labels[edge]
      edgeTargets[slot] = Int32(edge + 1)
    }
    // Place the nodes in the double array, parents first (node numbers grow away from the root).
    var layout = DoubleArrayLayout(expectedNodes: Int(nodeCount))
    var cellOfNode = Array(repeating: Int32(0), count: Int(nodeCount))
    for node in 0..<Int(nodeCount) {
      let edges = Int(edgeStart[node])..<Int(edgeStart[node + 1])
      guard !edges.isEmpty else { continue }
      let cell = cellOfNode[node]
      let base = layout.place(edgeLabels[edges], parent: cell)
      for edge in edges { cellOfNode[Int(edgeTargets[edge])] = Int32(base) + Int32(edgeLabels[edge]) }
    }
    cells = layout.cells
    outputStart = Array(repeating: 0, count: cells.count + 1)
    for output in nodeOutputs { outputStart[Int(cellOfNode[Int(output.node)]) + 1] += 1 }
    for cell in 0..<cells.count { outputStart[cell + 1] += outputStart[cell] }
    outputPayloads = Array(repeating: 0, count: nodeOutputs.count)
    var outputFill = Array(outputStart.dropLast())
    for output in nodeOutputs {
      let cell = Int(cellOfNode[Int(output.node)])
      outputPayloads[Int(outputFill[cell])] = output.payload
      outputFill[cell] += 1
      // The walk reads the output table only at cells that carry `hasOutput`.
      cells[cell].base |= Self.hasOutput
    }
    indexFirstWords(patterns.map(\.pattern))
  }

  /// Fills what the walk reads before it starts, from each pattern's first word: the filter
  /// (`firstWords`, `nonWordFirstBytes`) and the table of cells after a whole first word of at
  /// most 15 bytes (`firstWordKeys`, `firstWordCells`).
  private mutating func indexFirstWords(_ patterns: [[UInt8]]) {
    var words: [(key: (UInt64, UInt64), cell: Int32)] = []
    for pattern in patterns where !pattern.isEmpty {
      let run = pattern.prefix { Self.isWordByte($0) }.count
      guard run > 0 else {
        nonWordFirstBytes[Int(pattern[0])] = true
        continue
      }
      var head: UInt64 = 0
      for offset in 0..<min(run, 8) { head |= UInt64(pattern[offset]) << (8 * UInt64(offset)) }
      let hash = Self.firstWordHash(head, run)
      firstWords[hash >> 6] |= 1 << UInt64(hash & 63)
      guard run <= TokenText.inlineCapacity else { continue }
      var cell = 0
      for byte in pattern[..<run] { cell = Int(cells[cell].base & ~Self.hasOutput) + Int(byte) }
      let key = pattern.withUnsafeBufferPointer { TokenText(UnsafeBufferPointer(rebasing: $0[..<run])).rawWords }
      words.append((key, Int32(cell)))
    }
    var capacity = 16
    while capacity < words.count * 2 { capacity *= 2 }
    firstWordKeys = Array(repeating: 0, count: capacity * 2)
    firstWordCells = Array(repeating: 0, count: capacity)
    for word in words {
      var slot = Self.firstWordSlot(word.key) & (capacity - 1)
      while firstWordKeys[2 * slot + 1] != 0,
        firstWordKeys[2 * slot] != word.key.0 || firstWordKeys[2 * slot + 1] != word.key.1
      {
        slot = (slot + 1) & (capacity - 1)
      }
      firstWordKeys[2 * slot] = word.key.0
      firstWordKeys[2 * slot + 1] = word.key.1
      firstWordCells[slot] = word.cell
    }
  }

  /// The cell the trie reaches after a whole first word (its `TokenText` words), or nil when no
  /// pattern starts with that word.
  @inline(__always) private func cell(afterFirstWord key: (UInt64, UInt64)) -> Int? {
    let mask = firstWordCells.count - 1
    var slot = Self.firstWordSlot(key) & mask
    while firstWordKeys[2 * slot + 1] != 0 {
      if firstWordKeys[2 * slot] == key.0, firstWordKeys[2 * slot + 1] == key.1 { return Int(firstWordCells[slot]) }
      slot = (slot + 1) & mask
    }
    return nil
  }

  @inline(__always) private static func firstWordSlot(_ key: (UInt64, UInt64)) -> Int {
    Int(truncatingIfNeeded: TokenText.hash(key) >> 32)
  }

  /// Finds a free place for each node's children and keeps the cells.
  private struct DoubleArrayLayout {
    var cells: [Cell]
    /// One bit per cell: taken (by a child or the root). Two nodes may share a base: their
    /// children take different cells, and `check` tells whose child a cell is.
    private var taken: [UInt64]
    /// Where the search for free cells starts. It moves past stretches that are nearly full, so
    /// placing a node never rescans them: the few cells left free there stay unused.
    private var searchStart = 1

    init(expectedNodes: Int) {
      let capacity = max(512, expectedNodes + expectedNodes / 4 + 256)
      cells = Array(repeating: Cell(base: 0, check: -1), count: capacity)
      taken = Array(repeating: 0, count: capacity / 64 + 1)
      taken[0] = 1  // the root
    }

    private func isTaken(_ cell: Int) -> Bool { taken[cell >> 6] & (1 << UInt64(cell & 63)) != 0 }

    /// The first free cell at or after `cell`.
    private func nextFree(from cell: Int) -> Int {
      var word = cell >> 6
      guard word < taken.count else { return cell }
      var bits = ~taken[word] & (~0 << UInt64(cell & 63))
      while bits == 0 {
        word += 1
        guard word < taken.count else { return word << 6 }
        bits = ~taken[word]
      }
      return word << 6 | bits.trailingZeroBitCount
    }

    private mutating func grow(toHold count: Int) {
      guard count > cells.count else { return }
      let capacity = max(count, cells.count * 2)
      cells.append(contentsOf: repeatElement(Cell(base: 0, check: -1), count: capacity - cells.count))
      let words = capacity / 64 + 1
      taken.append(contentsOf: repeatElement(0, count: words - taken.count))
    }

    /// Chooses a base for the children labelled `labels` (ascending) of the node in cell
    /// `parent`, takes their cells and returns the base.
    mutating func place(_ labels: ArraySlice<UInt8>, parent: Int32) -> Int {
      let first = Int(labels.first!)
      var candidate = nextFree(from: max(searchStart, first))
      var rejected = 0
      var base = 0
      while true {
        base = candidate - first
        grow(toHold: base + 257)
        if labels.dropFirst().allSatisfy({ !isTaken(base + Int($0)) }) { break }
        rejected += 1
        candidate = nextFree(from: candidate + 1)
      }
      // Fewer than one free cell in twenty between where the search began and where it ended:
      // later searches start here.
      let span = candidate - max(searchStart, first) + 1
      if span >= 64, (rejected + 1) * 20 < span { searchStart = candidate }
      cells[Int(parent)].base = Int32(base)
      for label in labels {
        let cell = base + Int(label)
        taken[cell >> 6] |= 1 << UInt64(cell & 63)
        cells[cell].check = parent
      }
      if isTaken(searchStart) { searchStart = nextFree(from: searchStart) }
      return base
    }
  }

  /// The filter bit of a first word: its first eight bytes (fewer when it is shorter, the rest
  /// zero), as a little-endian word, and its length.
  @inline(__always) private static func firstWordHash(_ head: UInt64, _ length: Int) -> Int {
    Int(truncatingIfNeeded: TokenText.hash((head, UInt64(length))) >> 48)
  }

  /// The bit of a cell's base that says patterns end at the node.
  private static let hasOutput: Int32 = 1 << 30

  /// How many of the eight bytes at `index` are word bytes (see `isWordByte`) before the first
  /// that is not (8: all of them).
  @inline(__always) private static func wordRun(_ word: UInt64) -> Int {
    (~(ASCIIWords.alphanumeric(word) | word) & ASCIIWords.highBits).trailingZeroBitCount >> 3
  }

  /// Letters, digits and every byte of a non-ASCII scalar: the bytes a match may not cut.
  private static let wordBytes: [Bool] = (0..<256).map { isWordByte(UInt8($0)) }

  /// Every pattern occurrence in `text` that starts and ends on a word boundary, ordered by
  /// where it ends, longer before shorter.
  public func matches(in text: [UInt8]) -> [Match] {
    var result: [Match] = []
    // About one match per 32 bytes of prose: one allocation instead of doubling from empty.
    result.reserveCapacity(text.count / 32 + 4)
    // Raw buffers for the walk: it runs over every byte of every draft.
    text.withUnsafeBufferPointer { text in
      Self.wordBytes.withUnsafeBufferPointer { wordBytes in
        cells.withUnsafeBufferPointer { cells in
          outputStart.withUnsafeBufferPointer { outputStart in
            outputPayloads.withUnsafeBufferPointer { outputPayloads in
              firstWords.withUnsafeBufferPointer { firstWords in
                let count = text.count
                var start = 0
                while start < count {
                  // `start` is a boundary: the text's start or just after a non-word byte. The run
                  // of word bytes there (empty at a non-word byte), eight bytes at a time while
                  // they are ASCII letters and digits, and its first eight bytes.
                  var runEnd = start
                  var head: UInt64 = 0
                  if start + 8 <= count {
                    let word = ASCIIWords.load(text, at: start)
                    let run = Self.wordRun(word)
                    runEnd += run
                    if run == 8 {
                      head = word
                      while runEnd + 8 <= count {
                        let more = Self.wordRun(ASCIIWords.load(text, at: runEnd))
                        runEnd += more
                        if more < 8 { break }
                      }
                      while runEnd < count, wordBytes[Int(text[runEnd])] { runEnd += 1 }
                    } else {
                      head = word & ((1 << (8 * UInt64(run))) &- 1)
                    }
                  } else {
                    while runEnd < count, wordBytes[Int(text[runEnd])] { runEnd += 1 }
                    for offset in 0..<min(runEnd - start, 8) {
                      head |= UInt64(text[start + offset]) << (8 * UInt64(offset))
                    }
                  }
                  let mayMatch: Bool
                  if runEnd > start {
                    let hash = Self.firstWordHash(head, runEnd - start)
                    mayMatch = firstWords[hash >> 6] & (1 << UInt64(hash & 63)) != 0
                  } else {
                    mayMatch = nonWordFirstBytes[Int(text[start])]
                  }
                  if mayMatch {
                    var node = 0
                    var end = start
                    // A first word of up to 15 bytes (with 16 bytes readable from its start): one
                    // lookup takes the walk to the cell after it, or shows that no pattern starts
                    // with it (a filter false positive). A match ending there ends at a boundary.
                    let run = runEnd - start
                    if run <= TokenText.inlineCapacity, start + 16 <= count, run > 0 {
                      var high = UInt64(run) << 56
                      if run > 8 {
                        high |= ASCIIWords.load(text, at: start + 8) & ((1 << (8 * UInt64(run - 8))) &- 1)
                      }
                      guard let cell = cell(afterFirstWord: (head, high)) else {
                        start = runEnd + 1
                        continue
                      }
                      node = cell
                      end = runEnd
                      if cells[node].base & Self.hasOutput != 0 {
                        for slot in Int(outputStart[node])..<Int(outputStart[node + 1]) {
                          result.append(Match(range: start..<end, payload: Int(outputPayloads[slot])))
                        }
                      }
                      if end >= count {
                        start = runEnd + 1
                        continue
                      }
                    }
                    repeat {
                      let child = Int(cells[node].base & ~Self.hasOutput) &+ Int(text[end])
                      guard cells[child].check == Int32(truncatingIfNeeded: node) else { break }
                      node = child
                      end += 1
                      if cells[child].base & Self.hasOutput != 0, end >= count || !wordBytes[Int(text[end])] {
                        for slot in Int(outputStart[child])..<Int(outputStart[child + 1]) {
                          result.append(Match(range: start..<end, payload: Int(outputPayloads[slot])))
                        }
                      }
                    } while end < count
                  }
                  // The next boundary: just after the non-word byte that ends the run.
                  start = runEnd + 1
                }
              }
            }
          }
        }
      }
    }
    guard result.count > 1 else { return result }
    // By end, then longest first; ties keep the patterns' order. Matches come out by start, so
    // they are already in that order unless two of them overlap.
    func inOrder(_ a: Match, _ b: Match) -> Bool {
      a.range.upperBound < b.range.upperBound
        || (a.range.upperBound == b.range.upperBound && a.range.lowerBound <= b.range.lowerBound)
    }
    if zip(result, result.dropFirst()).allSatisfy({ inOrder($0, $1) }) { return result }
    return result.enumerated().sorted {
      ($0.element.range.upperBound, -$0.element.range.count, $0.offset)
        < ($1.element.range.upperBound, -$1.element.range.count, $1.offset)
    }.map(\.element)
  }

  @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }

  static func isBoundary(_ text: [UInt8], before start: Int) -> Bool {
    start == 0 || !isWordByte(text[start - 1])
  }

  static func isBoundary(_ text: [UInt8], after end: Int) -> Bool {
    end >= text.count || !isWordByte(text[end])
  }
}
