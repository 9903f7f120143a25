/// Text folded for matching, with a map back to the original bytes.
///
/// Folding: ASCII and Unicode letters to lower case; curly and straight single quotes and
/// apostrophes to `'`; curly and straight double quotes to `"`; hyphen and dash variants to `-`;
/// `…` to `...`; any run of white space (line breaks and no-break spaces included) to one space.
/// Ranges found in the folded text map back through `originalRange(_:)`, so findings always point
/// at the writer's own bytes: matching is normalised, reporting never is.
public struct NormalizedText: Sendable, Hashable {
  /// The folded UTF-8 bytes. `barrier` marks excluded markup that no match may cross.
  public private(set) var bytes: [UInt8] = []
  /// The map back to the original bytes, as pieces of folded text (see `Piece`). Plain ASCII
  /// prose is a few long identity pieces, so the map costs far less than a range per byte.
  private var pieces: [Piece] = []

  /// A stretch of folded text starting at folded offset `start`. An identity piece
  /// (`originEnd == -1`) maps each folded byte to one original byte, counting from `origin`; any
  /// other piece maps every one of its bytes to `origin..<originEnd`.
  struct Piece: Sendable, Hashable {
    var start: Int32
    var origin: Int32
    var originEnd: Int32
  }

  /// The byte standing for excluded content (inline code, a URL) inside a block.
  public static let barrier: UInt8 = 0x0A

  public init() {}

  /// Folds the given pieces of `source`, in order, joined as `ProseBlock.Join` says.
  public init(source: SourceText, segments: [ProseBlock.Segment]) {
    bytes.reserveCapacity(segments.reduce(0) { $0 + $1.range.count } + segments.count)
    // A piece per segment, and a few more where folding changes lengths.
    pieces.reserveCapacity(segments.count + 4)
    for segment in segments {
      if !bytes.isEmpty {
        switch segment.join {
        case .adjacent: break
        case .lineBreak: appendSpace(at: segment.range.lowerBound)
        case .barrier: append(Self.barrier, from: segment.range.lowerBound..<segment.range.lowerBound)
        }
      }
      if segment.decodesCharacterReferences {
        appendDecodingReferences(source.bytes, range: segment.range)
      } else {
        append(source.bytes, range: segment.range)
      }
    }
  }

  public var count: Int { bytes.count }
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  public func string(in range: Range<Int>) -> String {
    String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
  }

  /// The original byte range that produced the folded range.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !bytes.isEmpty else { return 0..<0 }
    let lower = max(0, min(range.lowerBound, bytes.count - 1))
    let upper = max(lower, min(range.upperBound, bytes.count)) - 1
    let start = origin(of: lower).lowerBound
    if range.isEmpty { return start..<start }
    return start..<max(start, origin(of: upper).upperBound)
  }

  /// The original offset of the folded position `offset` (a boundary between folded bytes).
  public func originalOffset(_ offset: Int) -> Int {
    if bytes.isEmpty { return 0 }
    if offset <= 0 { return origin(of: 0).lowerBound }
    if offset >= bytes.count { return origin(of: bytes.count - 1).upperBound }
    return origin(of: offset).lowerBound
  }

  /// Maps folded ranges asked in increasing order (a tokenizer's walk) straight from the piece
  /// tables: `originalRange(_:piece:)` without the bounds checks, for the hottest loop.
  struct OriginCursor {
    fileprivate let pieces: UnsafeBufferPointer<Piece>
    private var piece = 0

    fileprivate init(pieces: UnsafeBufferPointer<Piece>) {
      self.pieces = pieces
    }

    /// The original range of the folded range (non-empty, within the text, after the last one).
    @inline(__always) mutating func originalRange(_ range: Range<Int>) -> Range<Int> {
      let lower = Int32(truncatingIfNeeded: range.lowerBound)
      let last = Int32(truncatingIfNeeded: range.upperBound - 1)
      if piece >= pieces.count || pieces[piece].start > lower { piece = 0 }
      while piece + 1 < pieces.count, pieces[piece + 1].start <= lower { piece += 1 }
      let start: Int
      if pieces[piece].originEnd < 0 {
        start = Int(pieces[piece].origin) + range.lowerBound - Int(pieces[piece].start)
        // Nearly always the whole range lies in this identity piece.
        if piece + 1 == pieces.count || pieces[piece + 1].start > last { return start..<start + range.count }
      } else {
        start = Int(pieces[piece].origin)
      }
      while piece + 1 < pieces.count, pieces[piece + 1].start <= last { piece += 1 }
      let current = pieces[piece]
      let end = current.originEnd < 0 ? Int(current.origin) + Int(last - current.start) + 1 : Int(current.originEnd)
      return start..<max(start, end)
    }
  }

  func withOriginCursor<Result>(_ body: (inout OriginCursor) -> Result) -> Result {
    pieces.withUnsafeBufferPointer { pieces in
      var cursor = OriginCursor(pieces: pieces)
      return body(&cursor)
    }
  }

  /// The original range of folded byte `offset` (within bounds).
  private func origin(of offset: Int) -> Range<Int> {
    var low = 0
    var high = pieces.count
    let target = Int32(truncatingIfNeeded: offset)
    while high - low > 1 {
      let middle = (low + high) / 2
      if pieces[middle].start <= target { low = middle } else { high = middle }
    }
    let origin = Int(pieces[low].origin)
    let end = pieces[low].originEnd
    if end < 0 {
      let position = origin + offset - Int(pieces[low].start)
      return position..<position + 1
    }
    return origin..<Int(end)
  }

  /// The same folded text for a block that moved by `delta` bytes in its document.
  func shifted(by delta: Int) -> NormalizedText {
    guard delta != 0 else { return self }
    var copy = self
    let offset = Int32(truncatingIfNeeded: delta)
    for index in copy.pieces.indices {
      copy.pieces[index].origin &+= offset
      if copy.pieces[index].originEnd >= 0 { copy.pieces[index].originEnd &+= offset }
    }
    return copy
  }

  // MARK: Building

  /// Appends a folded byte standing for the original bytes `origin`.
  private mutating func append(_ byte: UInt8, from origin: Range<Int>) {
    let offset = Int32(truncatingIfNeeded: bytes.count)
    bytes.append(byte)
    let start = Int32(truncatingIfNeeded: origin.lowerBound)
    if origin.count == 1, let last = pieces.last, last.originEnd < 0,
      last.origin &+ (offset &- last.start) == start
    {
      return  // continues the identity piece
    }
    pieces.append(
      Piece(
        start: offset, origin: start,
        originEnd: origin.count == 1 ? -1 : Int32(truncatingIfNeeded: origin.upperBound)))
  }

  /// What each ASCII byte folds to, one byte for one: upper case to lower case, white space to a
  /// space, a backtick to an apostrophe. (Runs of white space fold further, to one space.)
  private static let asciiFold: [UInt8] = (0..<128).map { value in
    switch value {
    case 0x41...0x5A: UInt8(value) | 0x20
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: 0x20
    case 0x60: UInt8(ascii: "'")
    default: UInt8(value)
    }
  }

  /// What folding does to a whole text of plain ASCII (a phrase, a word), worked out straight
  /// from its bytes without keeping a map back.
  enum ASCIIFolding {
    /// Folding leaves the bytes as they are (lower case, single spaces).
    case unchanged
    case folded([UInt8])
    /// Not all ASCII: fold with `init(source:segments:)`.
    case notASCII
  }

  /// The bytes `init(source:segments:)` would produce for `text` as one segment, when it is all
  /// ASCII: each byte folded by `asciiFold`, white space after white space dropped.
  static func foldASCII(_ text: UnsafeBufferPointer<UInt8>) -> ASCIIFolding {
    var previousSpace = false
    var unchanged = true
    for byte in text {
      guard byte < 0x80 else { return .notASCII }
      let space = isASCIISpace(byte)
      if asciiFold[Int(byte)] != byte || (space && previousSpace) { unchanged = false }
      previousSpace = space
    }
    if unchanged { return .unchanged }
    var folded: [UInt8] = []
    folded.reserveCapacity(text.count)
    for byte in text {
      if isASCIISpace(byte), folded.last == 0x20 { continue }
      folded.append(asciiFold[Int(byte)])
    }
    return .folded(folded)
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Appends ASCII bytes folded one for one (see `asciiFold`), each standing for its original byte.
  private mutating func appendIdentical(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let offset = Int32(truncatingIfNeeded: bytes.count)
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    Self.asciiFold.withUnsafeBufferPointer { fold in
      bytes.withUnsafeMutableBufferPointer { bytes in
        for index in Int(offset)..<bytes.count { bytes[index] = fold[Int(bytes[index])] }
      }
    }
    let start = Int32(truncatingIfNeeded: range.lowerBound)
    if let last = pieces.last, last.originEnd < 0, last.origin &+ (offset &- last.start) == start {
      return  // continues the identity piece
    }
    pieces.append(Piece(start: offset, origin: start, originEnd: -1))
  }

  /// Widens the last folded byte (a space) to end at original offset `end`: white space runs
  /// fold to one space standing for all of them.
  private mutating func extendLastByte(to end: Int) {
    let offset = Int32(truncatingIfNeeded: bytes.count - 1)
    let last = pieces.count - 1
    if pieces[last].start == offset {
      pieces[last].originEnd = Int32(truncatingIfNeeded: end)
      return
    }
    let start =
      pieces[last].originEnd < 0 ? pieces[last].origin &+ (offset &- pieces[last].start) : pieces[last].origin
    pieces.append(Piece(start: offset, origin: start, originEnd: Int32(truncatingIfNeeded: end)))
  }

  private mutating func appendSpace(at origin: Int) {
    if let last = bytes.last, last == 0x20 || last == Self.barrier { return }
    append(0x20, from: origin..<origin)
  }

  private mutating func append(_ source: [UInt8], range: Range<Int>) {
    source.withUnsafeBufferPointer { append($0, range: range) }
  }

  private mutating func append(_ source: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    var index = range.lowerBound
    while index < range.upperBound {
      let lead = source[index]
      // A run of ASCII bytes that fold one for one (letters, digits, punctuation, single spaces):
      // one identity piece, appended at once. White space after white space collapses instead.
      if lead < 0x80 {
        // White space after a space: that space stands for it too.
        if Self.isASCIISpace(lead), bytes.last == 0x20 {
          extendLastByte(to: index + 1)
          index += 1
          continue
        }
        var end = index + 1
        var stopped = false
        // Eight bytes at a time while they are ASCII with no white space after white space.
        while end + 8 <= range.upperBound {
          let word = ASCIIWords.load(source, at: end)
          if word & ASCIIWords.highBits != 0 { break }
          let spaces = ASCIIWords.inRange(word, 0x09, 0x0D) | ASCIIWords.inRange(word, 0x20, 0x20)
          let spaceBefore: UInt64 = Self.isASCIISpace(source[end - 1]) ? 0x80 : 0
          let doubled = spaces & (spaces << 8 | spaceBefore)
          if doubled != 0 {
            end += doubled.trailingZeroBitCount >> 3
            stopped = true
            break
          }
          end += 8
        }
        while !stopped, end < range.upperBound, source[end] < 0x80 {
          if Self.isASCIISpace(source[end]), Self.isASCIISpace(source[end - 1]) { break }
          end += 1
        }
        appendIdentical(source, index..<end)
        index = end
        continue
      }
      let length = min(SourceText.scalarLength(lead), range.upperBound - index)
      let origin = index..<index + length
      let scalar = String(decoding: UnsafeBufferPointer(rebasing: source[origin]), as: UTF8.self).unicodeScalars.first
      index += length
      guard let scalar else { continue }
      appendScalar(scalar, from: origin)
    }
  }

  /// Appends HTML text: each character reference ("&amp;", "&rsquo;", "&#8217;", "&#x2019;") as
  /// the character it stands for, folded, standing for the reference's bytes; the rest as usual.
  private mutating func appendDecodingReferences(_ source: [UInt8], range: Range<Int>) {
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      guard source[index] == UInt8(ascii: "&"),
        let (scalar, end) = CharacterReference.decode(source, at: index, end: range.upperBound)
      else {
        index += 1
        continue
      }
      if start < index { append(source, range: start..<index) }
      appendScalar(scalar, from: index..<end)
      index = end
      start = end
    }
    if start < range.upperBound { append(source, range: start..<range.upperBound) }
  }

  /// Appends one character, folded, standing for the original bytes `origin`.
  private mutating func appendScalar(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
    if scalar.value < 0x80 {
      let byte = Self.asciiFold[Int(scalar.value)]
      if byte == 0x20, bytes.last == 0x20 {
        extendLastByte(to: origin.upperBound)
      } else {
        append(byte, from: origin)
      }
      return
    }
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4:
      append(UInt8(ascii: "'"), from: origin)
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
      append(UInt8(ascii: "\""), from: origin)
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
      append(UInt8(ascii: "-"), from: origin)
    case 0x2026:
      for _ in 0..<3 { append(UInt8(ascii: "."), from: origin) }
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0x0085:
      if let last = bytes.last, last == 0x20 {
        extendLastByte(to: origin.upperBound)
      } else {
        append(0x20, from: origin)
      }
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF:
      return  // soft hyphen and zero-width characters: invisible, ignored for matching
    default:
      let lowered = scalar.properties.isUppercase ? scalar.properties.lowercaseMapping : String(scalar)
      for byte in lowered.utf8 { append(byte, from: origin) }
    }
  }
}
