import Foundation

/// A draft ready for checking: its text, its prose blocks (folded and tokenised) and the
/// suppression comments it contains.
public struct DraftDocument: Sendable {
  public let text: SourceText
  public let format: DraftFormat
  public let blocks: [ProseBlock]
  public let prose: [ProseText]
  public let suppressions: Suppressions
  /// HTML comments in the draft (not checked; read for suppressions).
  public let comments: [Range<Int>]
  /// Acronym definitions ("expansion (ACR)") in the draft: the acronym and the byte offset of its
  /// defining use, in document order.
  let acronymDefinitions: [(acronym: String, offset: Int)]

  /// Parses `text`. With `previous` (the same document before an edit), blocks whose bytes did
  /// not change reuse their folded, tokenised prose, shifted to where they now stand.
  public init(text: SourceText, format: DraftFormat, reusing previous: DraftDocument? = nil) {
    self.text = text
    self.format = format
    var scanner = MarkdownScanner(text: text, format: format)
    scanner.scan()
    self.blocks = scanner.blocks
    self.comments = scanner.comments
    if let previous, previous.format == format {
      let matcher = BlockMatcher(previous: previous.text, previousBlocks: previous.blocks)
      self.prose = scanner.blocks.map { block in
        if let (index, delta) = matcher.match(block, in: text) { return previous.prose[index].shifted(by: delta) }
        return ProseText(source: text, segments: block.segments)
      }
    } else {
      self.prose = scanner.blocks.map { ProseText(source: text, segments: $0.segments) }
    }
    self.suppressions = Suppressions(comments: scanner.comments, text: text)
    self.acronymDefinitions = prose.flatMap { prose in
      AcronymDefinitions.definitions(in: prose).map {
        ($0.acronym.singular, prose.tokens[$0.acronymToken].originalRange.lowerBound)
      }
    }
  }

  public init(_ string: String, format: DraftFormat = .markdown) {
    self.init(text: SourceText(string), format: format)
  }

  /// The block index and token index at a byte offset of the draft, if the offset is in prose.
  public func token(at offset: Int) -> (block: Int, token: Int)? {
    for (blockIndex, block) in blocks.enumerated() where block.range.lowerBound <= offset {
      guard offset <= block.range.upperBound else { continue }
      for (tokenIndex, token) in prose[blockIndex].tokens.enumerated()
      where token.originalRange.lowerBound <= offset && offset <= token.originalRange.upperBound {
        return (blockIndex, tokenIndex)
      }
    }
    return nil
  }
}
