import FoundationEssentials

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
  /// Each block's identity hash (see `BlockMatcher`).
  let blockKeys: [Int]
  /// Each block's acronym definitions: the acronym and the token index of its defining use.
  let blockAcronymDefinitions: [[(acronym: String, token: Int)]]

  /// Parses `text`. With `previous` (the same document before an edit), blocks whose bytes did
  /// not change reuse their folded, tokenised prose, shifted to where they now stand.
  public init(text: SourceText, format: DraftFormat, reusing previous: DraftDocument? = nil) {
    self.text = text
    self.format = format
    var scanner = MarkdownScanner(text: text, format: format)
    scanner.scan()
    self.blocks = scanner.blocks
    self.comments = scanner.comments
    let keys = scanner.blocks.map { BlockMatcher.key($0, text) }
    self.blockKeys = keys
    var prose: [ProseText] = []
    var definitions: [[(acronym: String, token: Int)]] = []
    prose.reserveCapacity(blocks.count)
    definitions.reserveCapacity(blocks.count)
    let matcher = previous.flatMap { previous in
      previous.format == format
        ? BlockMatcher(previousText: previous.text, previousBlocks: previous.blocks, previousKeys: previous.blockKeys)
        : nil
    }
    for (index, block) in scanner.blocks.enumerated() {
      if let previous, let (old, delta) = matcher?.match(block, key: keys[index], in: text) {
        prose.append(previous.prose[old].shifted(by: delta))
        definitions.append(previous.blockAcronymDefinitions[old])
      } else {
        let blockProse = ProseText(source: text, segments: block.segments)
        prose.append(blockProse)
        definitions.append(Self.acronymDefinitions(in: blockProse, source: text))
      }
    }
    self.prose = prose
    self.blockAcronymDefinitions = definitions
    self.suppressions = Suppressions(comments: scanner.comments, text: text)
    self.acronymDefinitions = zip(prose, definitions).flatMap { prose, definitions in
      definitions.map { ($0.acronym, prose.tokens[$0.token].originalRange.lowerBound) }
    }
  }

  /// A block's acronym definitions: the acronym and the token index of its defining use.
  static func acronymDefinitions(in prose: ProseText, source: SourceText) -> [(acronym: String, token: Int)] {
    AcronymDefinitions.definitions(in: prose, source: source, sharedExpansions: true).map {
      ($0.acronym.singular, $0.acronymToken)
    }
  }

  public init(_ string: String, format: DraftFormat = .markdown) {
    self.init(text: SourceText(string), format: format)
  }

  /// The block index and token index at a byte offset of the draft, if the offset is in prose.
  public func token(at offset: Int) -> (block: Int, token: Int)? {
    // Blocks are in document order: start from the last one starting at or before the offset.
    var candidate = Analyzer.block(containing: offset, in: blocks)
    while candidate > 0, blocks[candidate - 1].range.upperBound >= offset { candidate -= 1 }
    for blockIndex in candidate..<blocks.count {
      let block = blocks[blockIndex]
      if block.range.lowerBound > offset { break }
      guard offset <= block.range.upperBound else { continue }
      // The token the offset is inside ("(|WMD)" is inside "WMD", not after "("); else a word
      // that ends at it (the cursor just after a word), else any token that ends there.
      var ending: (block: Int, token: Int)?
      for (tokenIndex, token) in prose[blockIndex].tokens.enumerated() {
        let range = token.originalRange
        if range.lowerBound > offset { break }
        if offset < range.upperBound { return (blockIndex, tokenIndex) }
        if offset == range.upperBound, ending == nil || token.kind == .word { ending = (blockIndex, tokenIndex) }
      }
      if let ending { return ending }
    }
    return nil
  }
}
