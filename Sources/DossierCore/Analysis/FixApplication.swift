/// Applies fixes to a text. Edits that overlap an earlier accepted edit are skipped, so applying
/// many fixes at once never garbles the text; every byte outside the edits is kept as it was.
public enum FixApplication {
  public struct Result: Sendable {
    public var bytes: [UInt8]
    /// The edits applied, in text order.
    public var applied: [TextEdit]
    /// Edits left out because they overlapped another.
    public var skipped: [TextEdit]
  }

  /// The certain fixes of `findings` (the first certain fix of each finding), applied to `text`.
  public static func applyCertainFixes(of findings: [Finding], to text: SourceText) -> Result {
    let edits = findings.compactMap { $0.fixes.first(where: \.isCertain) }.flatMap(\.edits)
    return apply(edits, to: text.bytes)
  }

  public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> Result {
    let sorted = edits.sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    var accepted: [TextEdit] = []
    var skipped: [TextEdit] = []
    var end = 0
    for edit in sorted {
      guard edit.range.lowerBound >= end, edit.range.upperBound <= bytes.count, !accepted.contains(edit) else {
        if !accepted.contains(edit) { skipped.append(edit) }
        continue
      }
      accepted.append(edit)
      end = max(edit.range.upperBound, edit.range.isEmpty ? edit.range.upperBound + 0 : edit.range.upperBound)
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var cursor = 0
    for edit in accepted {
      output.append(contentsOf: bytes[cursor..<edit.range.lowerBound])
      output.append(contentsOf: Array(edit.newText.utf8))
      cursor = edit.range.upperBound
    }
    output.append(contentsOf: bytes[cursor...])
    return Result(bytes: output, applied: accepted, skipped: skipped)
  }
}
