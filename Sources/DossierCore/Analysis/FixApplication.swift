/// Applies fixes to a text. A fix is applied whole or not at all: one that overlaps (or touches
/// the same insertion point as) an earlier accepted fix is skipped, so applying many fixes at once
/// never garbles the text, and every byte outside the edits is kept as it was.
public enum FixApplication {
  public struct Result: Sendable {
    public var bytes: [UInt8]
    /// The edits applied, in text order.
    public var applied: [TextEdit]
    /// Edits left out because they overlapped another (with the rest of their fix).
    public var skipped: [TextEdit]
  }

  /// The certain fixes of `findings` (the first certain fix of each finding), applied to `text`.
  public static func applyCertainFixes(of findings: [Finding], to text: SourceText) -> Result {
    apply(fixes: findings.compactMap { $0.fixes.first(where: \.isCertain) }, to: text.bytes)
  }

  /// Applies `fixes` in text order of their first edit; a fix any of whose edits overlaps an
  /// accepted edit, or lies outside the text, is skipped whole. Two identical fixes apply once.
  public static func apply(fixes: [Fix], to bytes: [UInt8]) -> Result {
    let ordered = fixes.enumerated().sorted { a, b in
      let first = a.element.edits.map(\.range.lowerBound).min() ?? 0
      let second = b.element.edits.map(\.range.lowerBound).min() ?? 0
      return (first, a.offset) < (second, b.offset)
    }
    // Accepted edits sorted by start: they never collide, so a new edit need only be compared
    // with its neighbours there.
    var accepted: [TextEdit] = []
    var skipped: [TextEdit] = []
    var acceptedFixes: Set<[TextEdit]> = []
    func insertionIndex(_ range: Range<Int>) -> Int {
      var low = 0
      var high = accepted.count
      while low < high {
        let middle = (low + high) / 2
        if accepted[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
      }
      return low
    }
    func fits(_ range: Range<Int>) -> Bool {
      guard range.upperBound <= bytes.count else { return false }
      let index = insertionIndex(range)
      for neighbour in max(0, index - 1)..<min(accepted.count, index + 2)
      where collide(accepted[neighbour].range, range) {
        return false
      }
      return true
    }
    for (_, fix) in ordered {
      let edits = fix.edits
      guard !acceptedFixes.contains(edits) else { continue }
      let independent = edits.indices.allSatisfy { i in
        edits.indices.allSatisfy { j in i == j || !collide(edits[i].range, edits[j].range) }
      }
      if independent, edits.allSatisfy({ fits($0.range) }) {
        for edit in edits { accepted.insert(edit, at: insertionIndex(edit.range)) }
        acceptedFixes.insert(edits)
      } else {
        skipped += edits
      }
    }
    return Result(bytes: splice(accepted, into: bytes), applied: sorted(accepted), skipped: skipped)
  }

  /// Applies independent edits (each its own fix).
  public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> Result {
    apply(fixes: edits.map { Fix(title: "", edits: [$0]) }, to: bytes)
  }

  /// True when two edits cannot both apply: their ranges overlap, or they insert at the same
  /// point (which text would come first is not certain), or one inserts inside the other.
  static func collide(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    if a.isEmpty && b.isEmpty { return a.lowerBound == b.lowerBound }
    if a.isEmpty { return a.lowerBound > b.lowerBound && a.lowerBound < b.upperBound }
    if b.isEmpty { return b.lowerBound > a.lowerBound && b.lowerBound < a.upperBound }
    return a.overlaps(b)
  }

  private static func sorted(_ edits: [TextEdit]) -> [TextEdit] {
    edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
  }

  private static func splice(_ edits: [TextEdit], into bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var cursor = 0
    for edit in sorted(edits) {
      output.append(contentsOf: bytes[cursor..<edit.range.lowerBound])
      output.append(contentsOf: Array(edit.newText.utf8))
      cursor = edit.range.upperBound
    }
    output.append(contentsOf: bytes[cursor...])
    return output
  }
}
