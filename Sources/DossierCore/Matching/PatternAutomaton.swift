/// An Aho–Corasick automaton over bytes: finds every occurrence of every pattern in one pass
/// over the text, however many patterns there are. Each pattern carries a payload (an index
/// into the caller's table).
///
/// Matches are reported only at word boundaries: the byte before a match and the byte after it
/// must not be letters or digits. Patterns are folded text (see `NormalizedText`).
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
  private var failure: [Int32] = []
  /// Payloads ending at each node: outputs[outputStart[n]..<outputStart[n+1]] as (length, payload).
  private var outputStart: [Int32] = []
  private var outputLengths: [Int32] = []
  private var outputPayloads: [Int32] = []
  /// The nearest node on the failure chain that has outputs (or -1).
  private var dictionarySuffix: [Int32] = []
  /// Root transitions for every byte, for speed.
  private var rootNext: [Int32] = Array(repeating: 0, count: 256)

  public private(set) var patternCount = 0

  public init(patterns: [(pattern: [UInt8], payload: Int)]) {
    // Build a pointer trie first, then flatten.
    var children: [[UInt8: Int32]] = [[:]]
    var outputs: [[(Int32, Int32)]] = [[]]
    for (pattern, payload) in patterns where !pattern.isEmpty {
      var node: Int32 = 0
      for byte in pattern {
        if let next = children[Int(node)][byte] {
          node = next
        } else {
          let next = Int32(children.count)
          children.append([:])
          outputs.append([])
          children[Int(node)][byte] = next
          node = next
        }
      }
      outputs[Int(node)].append((Int32(pattern.count), Int32(payload)))
      patternCount += 1
    }
    let nodeCount = children.count
    edgeStart = Array(repeating: 0, count: nodeCount + 1)
    for node in 0..<nodeCount {
      edgeStart[node + 1] = edgeStart[node] + Int32(children[node].count)
      for (label, target) in children[node].sorted(by: { $0.key < $1.key }) {
        edgeLabels.append(label)
        edgeTargets.append(target)
      }
    }
    outputStart = Array(repeating: 0, count: nodeCount + 1)
    for node in 0..<nodeCount {
      outputStart[node + 1] = outputStart[node] + Int32(outputs[node].count)
      for (length, payload) in outputs[node] {
        outputLengths.append(length)
        outputPayloads.append(payload)
      }
    }
    // Breadth-first failure links.
    failure = Array(repeating: 0, count: nodeCount)
    dictionarySuffix = Array(repeating: -1, count: nodeCount)
    var queue: [Int32] = []
    queue.reserveCapacity(nodeCount)
    for (label, target) in children[0] {
      rootNext[Int(label)] = target
      queue.append(target)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for (label, child) in children[Int(node)] {
        var fallback = failure[Int(node)]
        while true {
          if let next = children[Int(fallback)][label], next != child {
            failure[Int(child)] = next
            break
          }
          if fallback == 0 {
            failure[Int(child)] = 0
            break
          }
          fallback = failure[Int(fallback)]
        }
        let target = failure[Int(child)]
        dictionarySuffix[Int(child)] =
          outputStart[Int(target) + 1] > outputStart[Int(target)] ? target : dictionarySuffix[Int(target)]
        queue.append(child)
      }
    }
  }

  private func transition(_ node: Int32, _ byte: UInt8) -> Int32? {
    if node == 0 { return rootNext[Int(byte)] == 0 ? nil : rootNext[Int(byte)] }
    var low = Int(edgeStart[Int(node)])
    var high = Int(edgeStart[Int(node) + 1]) - 1
    while low <= high {
      let mid = (low + high) >> 1
      let label = edgeLabels[mid]
      if label == byte { return edgeTargets[mid] }
      if label < byte { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }

  /// Every pattern occurrence in `text` that starts and ends on a word boundary.
  public func matches(in text: [UInt8]) -> [Match] {
    var result: [Match] = []
    var node: Int32 = 0
    for index in 0..<text.count {
      let byte = text[index]
      while true {
        if let next = transition(node, byte) {
          node = next
          break
        }
        if node == 0 { break }
        node = failure[Int(node)]
      }
      var output = outputStart[Int(node) + 1] > outputStart[Int(node)] ? node : dictionarySuffix[Int(node)]
      while output >= 0 {
        for slot in Int(outputStart[Int(output)])..<Int(outputStart[Int(output) + 1]) {
          let length = Int(outputLengths[slot])
          let start = index + 1 - length
          if Self.isBoundary(text, before: start), Self.isBoundary(text, after: index + 1) {
            result.append(Match(range: start..<index + 1, payload: Int(outputPayloads[slot])))
          }
        }
        output = dictionarySuffix[Int(output)]
      }
    }
    return result
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }

  static func isBoundary(_ text: [UInt8], before start: Int) -> Bool {
    start == 0 || !isWordByte(text[start - 1])
  }

  static func isBoundary(_ text: [UInt8], after end: Int) -> Bool {
    end >= text.count || !isWordByte(text[end])
  }
}
