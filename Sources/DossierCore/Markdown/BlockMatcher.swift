/// Finds, for a block of an edited document, the identical block of the document before the
/// edit: same kind, same bytes, same markup layout. Identity is checked byte for byte (the hash
/// only narrows the search), so a reused result is always right.
struct BlockMatcher {
  struct Key: Hashable {
    var kind: ProseBlock.Kind
    var isQuoted: Bool
    var layout: [Int]
    var bytesHash: Int
  }

  let previous: SourceText
  let previousBlocks: [ProseBlock]
  private var index: [Key: [Int]] = [:]

  init(previous: SourceText, previousBlocks: [ProseBlock]) {
    self.previous = previous
    self.previousBlocks = previousBlocks
    for (position, block) in previousBlocks.enumerated() {
      index[Self.key(block, previous), default: []].append(position)
    }
  }

  static func key(_ block: ProseBlock, _ text: SourceText) -> Key {
    let start = block.range.lowerBound
    var layout: [Int] = []
    layout.reserveCapacity(block.segments.count * 3)
    for segment in block.segments {
      layout.append(segment.range.lowerBound - start)
      layout.append(segment.range.upperBound - start)
      let join: Int =
        switch segment.join {
        case .adjacent: 0
        case .lineBreak: 1
        case .barrier: 2
        }
      layout.append(join)
    }
    var hasher = Hasher()
    text.bytes.withUnsafeBufferPointer { buffer in
      hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[block.range])))
    }
    return Key(kind: block.kind, isQuoted: block.isQuoted, layout: layout, bytesHash: hasher.finalize())
  }

  /// The matching previous block's index and how far it moved, if there is one.
  func match(_ block: ProseBlock, in text: SourceText) -> (index: Int, delta: Int)? {
    guard let candidates = index[Self.key(block, text)] else { return nil }
    for candidate in candidates {
      let old = previousBlocks[candidate].range
      guard old.count == block.range.count,
        previous.bytes[old].elementsEqual(text.bytes[block.range])
      else { continue }
      return (candidate, block.range.lowerBound - old.lowerBound)
    }
    return nil
  }
}
