/// A multi-pattern matcher over bytes: all patterns in one trie (flat arrays), walked once from
/// each word boundary of the text, so finding every occurrence of every pattern costs the same
/// however many patterns there are. Each pattern carries a payload (an index into the caller's
/// table).
///
/// Matches are reported only at word boundaries: the byte before a match and the byte after it
/// must not be letters or digits. That is why no Aho–Corasick failure links are needed: a match
/// can only start where a word boundary is, and the walk from there follows the trie alone.
/// Patterns are folded text (see `NormalizedText`).
public struct PatternAutomaton: Sendable {
  public struct Match: Sendable, Hashable {
    /// The folded range matched.
    public var range: Range<Int>
    public var payload: Int
  }

  // Trie nodes in flat arrays. Transitions of node n are edgeLabels/edgeTargets[edgeStart[n]..<edgeStart[n+1]],
  // sorted by label, once `compile()` has run.
  private var edgeStart: [Int32] = []
  private var edgeLabels: [UInt8] = []
  private var edgeTargets: [Int32] = []
  /// Payloads of the patterns ending at each node: outputPayloads[outputStart[n]..<outputStart[n+1]].
  private var outputStart: [Int32] = []
  private var outputPayloads: [Int32] = []
  /// Root transitions for every byte, for speed.
  private var rootNext: [Int32] = Array(repeating: 0, count: 256)

  public private(set) var patternCount = 0

  public init(patterns: [(pattern: [UInt8], payload: Int)]) {
    // Sorted patterns build the trie in one sweep: each pattern shares its prefix with the one
    // before it, and every node's children appear in label order.
    let order = patterns.indices.filter { !patterns[$0].pattern.isEmpty }.sorted { left, right in
      let a = patterns[left].pattern
      let b = patterns[right].pattern
      if a == b { return left < right }
      return a.lexicographicallyPrecedes(b)
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
    edgeStart = Array(repeating: 0, count: Int(nodeCount) + 1)
    for parent in edgeParents { edgeStart[Int(parent) + 1] += 1 }
    for node in 0..<Int(nodeCount) { edgeStart[node + 1] += edgeStart[node] }
    edgeLabels = Array(repeating: 0, count: labels.count)
    edgeTargets = Array(repeating: 0, count: labels.count)
    var fill = Array(edgeStart.dropLast())
    for (edge, parent) in edgeParents.enumerated() {
      let slot = Int(fill[Int(parent)])
      fill[Int(parent)] += 1
      edgeLabels[slot] = labels[edge]
      edgeTargets[slot] = Int32(edge + 1)
    }
    outputStart = Array(repeating: 0, count: Int(nodeCount) + 1)
    for output in nodeOutputs { outputStart[Int(output.node) + 1] += 1 }
    for node in 0..<Int(nodeCount) { outputStart[node + 1] += outputStart[node] }
    outputPayloads = Array(repeating: 0, count: nodeOutputs.count)
    var outputFill = Array(outputStart.dropLast())
    for output in nodeOutputs {
      outputPayloads[Int(outputFill[Int(output.node)])] = output.payload
      outputFill[Int(output.node)] += 1
    }
    // A target with patterns ending at it carries `hasOutput`, so the walk reads the output
    // table only there.
    for edge in edgeTargets.indices where outputStart[Int(edgeTargets[edge])] < outputStart[Int(edgeTargets[edge]) + 1]
    {
      edgeTargets[edge] |= Self.hasOutput
    }
    for edge in Int(edgeStart[0])..<Int(edgeStart[1]) { rootNext[Int(edgeLabels[edge])] = edgeTargets[edge] }
  }

  /// The bit of a node number that says patterns end at the node.
  private static let hasOutput: Int32 = 1 << 30

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
        rootNext.withUnsafeBufferPointer { rootNext in
          edgeStart.withUnsafeBufferPointer { edgeStart in
            edgeLabels.withUnsafeBufferPointer { edgeLabels in
              edgeTargets.withUnsafeBufferPointer { edgeTargets in
                outputStart.withUnsafeBufferPointer { outputStart in
                  outputPayloads.withUnsafeBufferPointer { outputPayloads in
                    let count = text.count
                    var start = 0
                    while start < count {
                      // `start` is a boundary: the text's start or just after a non-word byte.
                      var target = rootNext[Int(text[start])]
                      var end = start + 1
                      while target != 0 {
                        let node = Int(target & ~Self.hasOutput)
                        if target & Self.hasOutput != 0, end >= count || !wordBytes[Int(text[end])] {
                          for slot in Int(outputStart[node])..<Int(outputStart[node + 1]) {
                            result.append(Match(range: start..<end, payload: Int(outputPayloads[slot])))
                          }
                        }
                        guard end < count else { break }
                        // The child labelled with the next byte: binary search of the sorted edges.
                        let byte = text[end]
                        var low = Int(edgeStart[node])
                        var high = Int(edgeStart[node + 1]) - 1
                        var next: Int32 = 0
                        while low <= high {
                          let middle = (low + high) >> 1
                          let label = edgeLabels[middle]
                          if label == byte {
                            next = edgeTargets[middle]
                            break
                          }
                          if label < byte { low = middle + 1 } else { high = middle - 1 }
                        }
                        target = next
                        end += 1
                      }
                      // The next boundary: after this non-word byte, or after the word that starts here.
                      if wordBytes[Int(text[start])] {
                        start += 1
                        while start < count, wordBytes[Int(text[start])] { start += 1 }
                      }
                      start += 1
                    }
                  }
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
