/// Splits a draft into prose blocks and HTML comments.
///
/// Not checked: YAML front matter, fenced and indented code, inline code, HTML comments and tags,
/// URLs, link destinations, images and link reference definitions. Checked: headings, paragraphs,
/// list items, block quotes, table cells, emphasis and link text. The scanner is line based and
/// forgiving: any byte sequence yields some blocks, never an error.
struct MarkdownScanner {
  let text: SourceText
  let format: DraftFormat
  /// Reads the layout of source documents converted from other formats (corpus documents), which
  /// set out an order's or a law's enumerated clauses one to a line, often indented:
  /// an indented block that reads as prose (`readsAsProse`) is a paragraph, not code, and a line
  /// opening with an enumerator ("(i) ", "(2) ", "(b) ") starts a paragraph of its own. A draft
  /// keeps Markdown's reading, as its writer sees it rendered.
  let sourceLayout: Bool

  private(set) var blocks: [ProseBlock] = []
  private(set) var comments: [Range<Int>] = []

  private var open: ProseBlock?
  private var openCommentStart: Int?
  private var fence: (byte: UInt8, length: Int)?
  private var lastLineBlank = true
  private var lastBlockWasListItem = false

  init(text: SourceText, format: DraftFormat, sourceLayout: Bool = false) {
    self.text = text
    self.format = format
    self.sourceLayout = sourceLayout
  }

  mutating func scan() {
    if format == .html || format == .xml {
      var scanner = HTMLScanner(text: text, isXML: format == .xml)
      scanner.scan()
      (blocks, comments) = (scanner.blocks, scanner.comments)
      return
    }
    var line = format == .markdown ? linesOfFrontMatter() : 0
    while line < text.lineCount {
      scanLine(text.lineRange(line))
      line += 1
    }
    closeBlock()
    if let start = openCommentStart { comments.append(start..<text.count) }
  }

  // MARK: Lines

  private var bytes: [UInt8] { text.bytes }

  /// The number of lines a leading front matter block occupies: YAML between `---` and `---`
  /// (or `...`), or TOML between `+++` and `+++` (Hugo).
  private func linesOfFrontMatter() -> Int {
    guard text.lineCount > 1 else { return 0 }
    let fence = text.string(in: text.lineRange(0)).trimmingTrailingSpaces
    guard fence == "---" || fence == "+++" else { return 0 }
    for line in 1..<text.lineCount {
      let content = text.string(in: text.lineRange(line)).trimmingTrailingSpaces
      if content == fence || (fence == "---" && content == "...") { return line + 1 }
    }
    return 0
  }

  private mutating func scanLine(_ range: Range<Int>) {
    var start = range.lowerBound
    let end = range.upperBound

    if let comment = openCommentStart {
      guard let close = find("-->", in: start..<end) else { return }
      comments.append(comment..<close + 3)
      openCommentStart = nil
      start = close + 3
      if isBlank(start..<end) { return }
    }

    if isBlank(start..<end) {
      closeBlock()
      lastLineBlank = true
      return
    }
    defer { lastLineBlank = false }

    guard format == .markdown else {
      if open == nil { open = ProseBlock(kind: .paragraph, isQuoted: false, segments: []) }
      appendInline(start..<end, join: .lineBreak)
      return
    }

    if let fence {
      if let closing = fenceRun(at: start..<end), closing.byte == fence.byte,
        closing.length >= fence.length, isBlank(closing.end..<end)
      {
        self.fence = nil
      }
      return
    }

    let indent = indentation(start..<end)
    if indent.columns >= 4, lastLineBlank || open == nil, !lastBlockWasListItem, open == nil {
      guard sourceLayout, readsAsProse(indent.end..<end) else { return }  // indented code
    }

    // Block quote markers.
    var position = indent.end
    var quoted = false
    while position < end, bytes[position] == UInt8(ascii: ">") {
      quoted = true
      position += 1
      if position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
      position = indentation(position..<end).end
    }
    if quoted, isBlank(position..<end) {
      closeBlock()
      return
    }
    if let opening = fenceRun(at: position..<end), opening.length >= 3 {
      closeBlock()
      fence = (opening.byte, opening.length)
      return
    }
    if isThematicBreakOrSetextUnderline(position..<end) {
      // A setext underline ("===" or "---") turns the open paragraph into a heading; a thematic
      // break of "*" or "_" ends it as it is. Either way the line itself is markup.
      if var block = open, block.kind == .paragraph,
        bytes[position] == UInt8(ascii: "=") || bytes[position] == UInt8(ascii: "-")
      {
        block.kind = .heading(level: bytes[position] == UInt8(ascii: "=") ? 1 : 2)
        open = block
      }
      closeBlock()
      return
    }
    if let heading = atxHeading(position..<end) {
      closeBlock()
      open = ProseBlock(kind: .heading(level: heading.level), isQuoted: quoted, segments: [])
      appendInline(heading.content, join: .lineBreak)
      closeBlock()
      return
    }
    // A footnote's text ("[^28]: NIST FIPS Publication 199 …") is prose, a paragraph of its own.
    if let content = footnoteDefinitionContent(position..<end) {
      closeBlock()
      open = ProseBlock(kind: .paragraph, isQuoted: quoted, segments: [])
      appendInline(content..<end, join: .lineBreak)
      return
    }
    if isLinkReferenceDefinition(position..<end) {
      closeBlock()
      return
    }
    // (A source's lines keep the layout they were read with: a numbered line is an item there.)
    if let marker = listMarkerEnd(position..<end, interruptsParagraph: !sourceLayout && open?.kind == .paragraph) {
      closeBlock()
      open = ProseBlock(kind: .listItem, isQuoted: quoted, segments: [])
      appendInline(marker..<end, join: .lineBreak)
      return
    }
    if bytes[position] == UInt8(ascii: "|") || (isTableContext && contains(UInt8(ascii: "|"), position..<end)) {
      closeBlock()
      scanTableRow(position..<end, quoted: quoted)
      return
    }
    if sourceLayout, open != nil, opensWithEnumerator(position..<end) { closeBlock() }
    if let block = open, block.isQuoted == quoted || !quoted {
      _ = block
      appendInline(position..<end, join: .lineBreak)
    } else {
      closeBlock()
      open = ProseBlock(kind: .paragraph, isQuoted: quoted, segments: [])
      appendInline(position..<end, join: .lineBreak)
    }
  }

  private var isTableContext: Bool {
    guard let last = blocks.last else { return false }
    return last.kind == .tableCell && !lastLineBlank && open == nil
  }

  private mutating func scanTableRow(_ range: Range<Int>, quoted: Bool) {
    // A delimiter row (| --- | :-: |) is markup.
    if range.allSatisfy({ [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20, 0x09].contains(bytes[$0]) }) {
      return
    }
    var cellStart = range.lowerBound
    var index = range.lowerBound
    var inCode = false
    while index <= range.upperBound {
      let atEnd = index == range.upperBound
      if !atEnd, bytes[index] == UInt8(ascii: "`") { inCode.toggle() }
      if atEnd
        || (!inCode && bytes[index] == UInt8(ascii: "|") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\\")))
      {
        if !isBlank(cellStart..<index) {
          open = ProseBlock(kind: .tableCell, isQuoted: quoted, segments: [])
          appendInline(cellStart..<index, join: .lineBreak)
          closeBlock()
        }
        cellStart = index + 1
      }
      index += 1
    }
  }

  private mutating func closeBlock() {
    if let block = open {
      if !block.segments.isEmpty { blocks.append(block) }
      lastBlockWasListItem = block.kind == .listItem
    }
    open = nil
  }

  // MARK: Inline markup

  /// Adds the prose of `range` (one line's content) to the open block, leaving out inline code,
  /// HTML comments and tags, autolinks, URLs, link destinations and images.
  private mutating func appendInline(_ range: Range<Int>, join firstJoin: ProseBlock.Join) {
    if open == nil { open = ProseBlock(kind: .paragraph, isQuoted: false, segments: []) }
    var join = firstJoin
    var segmentStart = range.lowerBound
    var index = range.lowerBound
    let end = range.upperBound

    func flush(upTo limit: Int, into scanner: inout MarkdownScanner, nextJoin: ProseBlock.Join) {
      if segmentStart < limit {
        scanner.open?.segments.append(.init(range: segmentStart..<limit, join: join))
        join = nextJoin
      } else if nextJoin == .barrier || join == .barrier {
        join = .barrier
      } else if join == .adjacent {
        join = nextJoin
      }
    }

    let lineStart = range.lowerBound
    while index < end {
      // Most bytes start no markup and no URL: skip them in one tight loop. "h" and "w" start no
      // URL inside a word ("the", "with"), nor at a word start unless "http" or "www." follows
      // ("has", "which"): the common cases, passed over here too.
      index = bytes.withUnsafeBufferPointer { bytes in
        Self.mayStartInline.withUnsafeBufferPointer { mayStart in
          var index = index
          // Eight bytes at a time to the first that may stop the scan (see `firstCandidate`), where
          // the byte by byte test below decides.
          while index + 11 <= end {
            let candidate = Self.firstCandidate(bytes, at: index)
            if candidate == 8 {
              index += 8
              continue
            }
            index += candidate
            if Self.stopsScan(bytes, at: index, lineStart: lineStart, end: end, mayStart: mayStart) { return index }
            index += 1
          }
          while index < end {
            if Self.stopsScan(bytes, at: index, lineStart: lineStart, end: end, mayStart: mayStart) { break }
            index += 1
          }
          return index
        }
      }
      guard index < end else { break }
      let byte = bytes[index]
      if format == .markdown {
        switch byte {
        case UInt8(ascii: "\\") where index + 1 < end && isASCIIPunctuation(bytes[index + 1]):
          flush(upTo: index, into: &self, nextJoin: .adjacent)
          segmentStart = index + 1
          index += 2
          continue
        case UInt8(ascii: "`"):
          let run = runLength(of: byte, from: index, end: end)
          if let close = closingBacktickRun(length: run, from: index + run, end: end) {
            flush(upTo: index, into: &self, nextJoin: .barrier)
            index = close
            segmentStart = index
            continue
          }
          index += run
          continue
        case UInt8(ascii: "<"):
          if hasPrefix("<!--", at: index, end: end) {
            flush(upTo: index, into: &self, nextJoin: .barrier)
            if let close = find("-->", in: index + 4..<end) {
              comments.append(index..<close + 3)
              index = close + 3
              segmentStart = index
            } else {
              openCommentStart = index
              segmentStart = end
              index = end
            }
            continue
          }
          if let close = htmlTagOrAutolinkEnd(from: index, end: end) {
            // Struck-through text is what the text no longer says ("invest $40 <s>billion</s>
            // [million]", a transcript's correction): passed over with its tags.
            if let struckEnd = struckTextEnd(opening: index..<close, end: end) {
              flush(upTo: index, into: &self, nextJoin: .adjacent)
              index = struckEnd
              segmentStart = index
              continue
            }
            // A footnote's mark raised after a word ("people<sup>[10](#fn10)</sup>") is no part
            // of the word or its sentence: passed over with its tags.
            if let markEnd = footnoteMarkEnd(opening: index..<close, lineStart: lineStart, end: end) {
              flush(upTo: index, into: &self, nextJoin: .adjacent)
              index = markEnd
              segmentStart = index
              continue
            }
            // A tag of inline formatting joins what it marks to its word ("21<sup>st</sup>").
            flush(upTo: index, into: &self, nextJoin: isFormattingTag(index..<close) ? .adjacent : .barrier)
            index = close
            segmentStart = index
            continue
          }
        case UInt8(ascii: "*"):
          // Emphasis opened or closed inside a word ("committed o**ver $1.2 billion … alone**")
          // marks no word of its own: the word reads whole. (Elsewhere the marks are read as
          // punctuation, which ends or opens nothing.)
          let run = runLength(of: byte, from: index, end: end)
          if run <= 3, index > lineStart, index + run < end, Self.isASCIILetter(bytes[index - 1]),
            Self.isASCIILetter(bytes[index + run])
          {
            flush(upTo: index, into: &self, nextJoin: .adjacent)
            segmentStart = index + run
          }
          index += run
          continue
        case UInt8(ascii: "!") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "["):
          if let close = linkEnd(bracketAt: index + 1, end: end) {
            flush(upTo: index, into: &self, nextJoin: .barrier)
            index = close
            segmentStart = index
            continue
          }
        case UInt8(ascii: "["), UInt8(ascii: "]"):
          if byte == UInt8(ascii: "]"), index + 1 < end,
            bytes[index + 1] == UInt8(ascii: "(") || bytes[index + 1] == UInt8(ascii: "[")
          {
            let closer = bytes[index + 1] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            if let close = matching(closer, openAt: index + 1, end: end) {
              flush(upTo: index, into: &self, nextJoin: .barrier)
              index = close + 1
              segmentStart = index
              continue
            }
          }
          // A link whose text opens with a capital right after a word's lower-case letter
          // ("advisories[FIN-2019-A002](…)", a page's lost space): another word starts.
          let opensWord =
            byte == UInt8(ascii: "[") && index > lineStart && index + 1 < end
            && bytes[index - 1] >= UInt8(ascii: "a") && bytes[index - 1] <= UInt8(ascii: "z")
            && bytes[index + 1] >= UInt8(ascii: "A") && bytes[index + 1] <= UInt8(ascii: "Z")
            && linkEnd(bracketAt: index, end: end) != nil
          flush(upTo: index, into: &self, nextJoin: opensWord ? .barrier : .adjacent)
          index += 1
          segmentStart = index
          continue
        default:
          break
        }
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
        // Plain text and HTML read square brackets as Markdown does: left out, the words on
        // either side joined ("[O]ne" reads as a draft quoting it in Markdown writes it).
        flush(upTo: index, into: &self, nextJoin: .adjacent)
        index += 1
        segmentStart = index
        continue
      }
      if let urlEnd = bareURLEnd(at: index, lineStart: range.lowerBound, end: end) {
        flush(upTo: index, into: &self, nextJoin: .barrier)
        index = urlEnd
        segmentStart = index
        continue
      }
      index += 1
    }
    flush(upTo: end, into: &self, nextJoin: .lineBreak)
  }

  /// Whether the four bytes at `index` are "http" or "www." in any case (as `bareURLEnd` compares
  /// them, each byte with 0x20 set): the start of every bare URL.
  @inline(__always) private static func mayStartURL(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Bool
  {
    guard index + 4 <= end else { return false }
    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt32.self) | 0x2020_2020
    // Little-endian: the first byte is the lowest.
    return word == UInt32(littleEndian: 0x7074_7468) || word == UInt32(littleEndian: 0x2E77_7777)
  }

  /// True when the byte at `index` starts inline markup or a bare URL: the plain scan stops there.
  @inline(__always) private static func stopsScan(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int, end: Int, mayStart: UnsafeBufferPointer<Bool>
  ) -> Bool {
    let byte = bytes[index]
    guard mayStart[Int(byte)] else { return false }
    let lower = byte | 0x20
    guard lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") else { return true }
    let insideWord = index > lineStart && PatternAutomaton.isWordByte(bytes[index - 1])
    return !insideWord && mayStartURL(bytes, at: index, end: end)
  }

  /// The first of the eight positions at `index` that may stop the scan, or 8 when none may: a
  /// markup byte, or "http" or "www." (any case) starting there, tested on all eight positions at
  /// once (eleven bytes must be readable). Every stopping position is found; the few others found
  /// (a URL-like word inside a longer one) are turned down by `stopsScan`.
  @inline(__always) static func firstCandidate(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    // Per byte, the high bit where `word` holds `value`. Exact for the lowest such byte (a borrow
    // only marks bytes above a match), which is all `trailingZeroBitCount` reads.
    @inline(__always) func equal(_ word: UInt64, _ value: UInt8) -> UInt64 {
      let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(value))
      return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080
    }
    let first = ASCIIWords.load(bytes, at: index)
    var found =
      equal(first, UInt8(ascii: "\\")) | equal(first, UInt8(ascii: "`")) | equal(first, UInt8(ascii: "<"))
      | equal(first, UInt8(ascii: "!")) | equal(first, UInt8(ascii: "[")) | equal(first, UInt8(ascii: "]"))
      | equal(first, UInt8(ascii: "*"))
    // The bytes at each position and the three after it, with the case bit set (as `mayStartURL`).
    let caseBits: UInt64 = 0x2020_2020_2020_2020
    let at0 = first | caseBits
    let at1 = ASCIIWords.load(bytes, at: index + 1) | caseBits
    let at2 = ASCIIWords.load(bytes, at: index + 2) | caseBits
    let at3 = ASCIIWords.load(bytes, at: index + 3) | caseBits
    found |=
      equal(at0, UInt8(ascii: "h")) & equal(at1, UInt8(ascii: "t")) & equal(at2, UInt8(ascii: "t"))
      & equal(at3, UInt8(ascii: "p"))
    found |=
      equal(at0, UInt8(ascii: "w")) & equal(at1, UInt8(ascii: "w")) & equal(at2, UInt8(ascii: "w"))
      & equal(at3, UInt8(ascii: "."))
    return found.trailingZeroBitCount >> 3
  }

  /// Bytes that may start inline markup (`\\`, `` ` ``, `<`, `!`, `[`, `]`, `*`) or a bare URL (`h`,
  /// `w`).
  private static let mayStartInline: [Bool] = (0..<256).map { value in
    "\\`<![]*hHwW".utf8.contains(UInt8(value))
  }

  @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  // MARK: Byte helpers

  /// A line of prose, not code: six or more words of letters, most of its bytes letters or
  /// spaces, and none of the characters code is made of (braces, "=", "<", ">", "|", "\\",
  /// backticks).
  private func readsAsProse(_ range: Range<Int>) -> Bool {
    var words = 0
    var letters = 0
    var inWord = false
    var wordHasLetter = false
    for index in range {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"):
        return false
      default: break
      }
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
      if isLetter || byte == 0x20 { letters += 1 }
      if byte == 0x20 || byte == 0x09 {
        if inWord, wordHasLetter { words += 1 }
        inWord = false
        wordHasLetter = false
      } else {
        inWord = true
        wordHasLetter = wordHasLetter || isLetter
      }
    }
    if inWord, wordHasLetter { words += 1 }
    return words >= 6 && letters * 4 >= range.count * 3
  }

  /// "(i) ", "(iv) ", "(2) ", "(b) ", "(B) ": an enumerated clause of an order or a law.
  private func opensWithEnumerator(_ range: Range<Int>) -> Bool {
    guard range.count > 4, bytes[range.lowerBound] == UInt8(ascii: "(") else { return false }
    var index = range.lowerBound + 1
    while index < range.upperBound, index - range.lowerBound <= 5,
      (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A || bytes[index] >= 0x30 && bytes[index] <= 0x39
    {
      index += 1
    }
    guard index > range.lowerBound + 1, index + 1 < range.upperBound else { return false }
    return bytes[index] == UInt8(ascii: ")") && bytes[index + 1] == 0x20
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
  }

  private func indentation(_ range: Range<Int>) -> (columns: Int, end: Int) {
    var columns = 0
    var index = range.lowerBound
    while index < range.upperBound {
      if bytes[index] == 0x20 {
        columns += 1
      } else if bytes[index] == 0x09 {
        columns += 4 - columns % 4
      } else {
        break
      }
      index += 1
    }
    return (columns, index)
  }

  private func find(_ needle: StaticString, in range: Range<Int>) -> Int? {
    ByteSearch.find(needle, in: bytes, range: range)
  }

  private func hasPrefix(_ prefix: StaticString, at index: Int, end: Int) -> Bool {
    ByteSearch.hasPrefix(prefix, in: bytes, at: index, end: end)
  }

  private func contains(_ byte: UInt8, _ range: Range<Int>) -> Bool {
    range.contains { bytes[$0] == byte }
  }

  private func runLength(of byte: UInt8, from start: Int, end: Int) -> Int {
    var index = start
    while index < end, bytes[index] == byte { index += 1 }
    return index - start
  }

  private func fenceRun(at range: Range<Int>) -> (byte: UInt8, length: Int, end: Int)? {
    let start = indentation(range).end
    guard start < range.upperBound, start - range.lowerBound < 4 else { return nil }
    let byte = bytes[start]
    guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
    let length = runLength(of: byte, from: start, end: range.upperBound)
    guard length >= 3 else { return nil }
    if byte == UInt8(ascii: "`"), contains(byte, start + length..<range.upperBound) { return nil }
    return (byte, length, start + length)
  }

  private func isThematicBreakOrSetextUnderline(_ range: Range<Int>) -> Bool {
    var marker: UInt8 = 0
    var count = 0
    for index in range {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D { continue }
      if marker == 0 {
        guard
          byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "=")
        else { return false }
        marker = byte
      } else if byte != marker {
        return false
      }
      count += 1
    }
    guard count > 0 else { return false }
    if marker == UInt8(ascii: "=") { return open?.kind == .paragraph }
    if marker == UInt8(ascii: "-"), count < 3 { return open?.kind == .paragraph }
    return count >= 3
  }

  private func atxHeading(_ range: Range<Int>) -> (level: Int, content: Range<Int>)? {
    let level = runLength(of: UInt8(ascii: "#"), from: range.lowerBound, end: range.upperBound)
    guard (1...6).contains(level) else { return nil }
    let afterHashes = range.lowerBound + level
    guard afterHashes == range.upperBound || bytes[afterHashes] == 0x20 || bytes[afterHashes] == 0x09
    else { return nil }
    var start = afterHashes
    while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    var end = range.upperBound
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
    // An optional closing sequence of #s preceded by a space.
    var hashes = end
    while hashes > start, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes < end, hashes == start || bytes[hashes - 1] == 0x20 {
      end = hashes
      while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    }
    return (level, start..<end)
  }

  /// Where a list item's content starts, past its marker ("- ", "12. ", "3) ") and a task
  /// checkbox; nil when the line opens no list item. A line that would continue an open paragraph
  /// opens one only as CommonMark says a list may interrupt a paragraph: with content, and when
  /// ordered, numbered 1 (a hard-wrapped sentence's next line may start "200. ").
  private func listMarkerEnd(_ range: Range<Int>, interruptsParagraph: Bool = false) -> Int? {
    var index = range.lowerBound
    guard index < range.upperBound else { return nil }
    let byte = bytes[index]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
      index += 1
    } else {
      let digits = range.lowerBound..<range.upperBound
      while index < digits.upperBound, index - range.lowerBound < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        index += 1
      }
      guard index > range.lowerBound, index < range.upperBound,
        bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
      else { return nil }
      if interruptsParagraph, index - range.lowerBound != 1 || bytes[range.lowerBound] != UInt8(ascii: "1") {
        return nil
      }
      index += 1
    }
    guard index == range.upperBound || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
    var contentStart = index
    while contentStart < range.upperBound, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 {
      contentStart += 1
    }
    if interruptsParagraph, contentStart == range.upperBound { return nil }
    // Task list checkbox.
    if contentStart + 3 <= range.upperBound, bytes[contentStart] == UInt8(ascii: "["),
      bytes[contentStart + 2] == UInt8(ascii: "]"),
      [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(bytes[contentStart + 1])
    {
      contentStart += 3
    }
    return contentStart
  }

  /// Where the text of a footnote definition ("[^28]: text") starts, past the label, the colon
  /// and the spaces after it.
  private func footnoteDefinitionContent(_ range: Range<Int>) -> Int? {
    guard range.count >= 4, bytes[range.lowerBound] == UInt8(ascii: "["),
      bytes[range.lowerBound + 1] == UInt8(ascii: "^"),
      let close = matching(UInt8(ascii: "]"), openAt: range.lowerBound, end: range.upperBound),
      close > range.lowerBound + 2, close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: ":")
    else { return nil }
    var content = close + 2
    while content < range.upperBound, bytes[content] == UInt8(ascii: " ") || bytes[content] == UInt8(ascii: "\t") {
      content += 1
    }
    return content
  }

  private func isLinkReferenceDefinition(_ range: Range<Int>) -> Bool {
    guard range.lowerBound < range.upperBound, bytes[range.lowerBound] == UInt8(ascii: "[") else {
      return false
    }
    guard let close = matching(UInt8(ascii: "]"), openAt: range.lowerBound, end: range.upperBound),
      close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: ":")
    else { return false }
    return true
  }

  /// The index of the bracket closing the one at `openAt`, honouring nesting and escapes.
  private func matching(_ closer: UInt8, openAt: Int, end: Int) -> Int? {
    let opener = bytes[openAt]
    var depth = 0
    var index = openAt
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == opener {
        depth += 1
      } else if byte == closer {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  /// For `[text](dest)` or `[text][ref]` starting at `bracketAt`, the index after the whole link.
  private func linkEnd(bracketAt: Int, end: Int) -> Int? {
    guard let close = matching(UInt8(ascii: "]"), openAt: bracketAt, end: end), close + 1 < end else {
      return nil
    }
    let next = bytes[close + 1]
    guard next == UInt8(ascii: "(") || next == UInt8(ascii: "[") else { return nil }
    let closer = next == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
    guard let destinationEnd = matching(closer, openAt: close + 1, end: end) else { return nil }
    return destinationEnd + 1
  }

  private func closingBacktickRun(length: Int, from start: Int, end: Int) -> Int? {
    var index = start
    while index < end {
      if bytes[index] == UInt8(ascii: "`") {
        let run = runLength(of: UInt8(ascii: "`"), from: index, end: end)
        if run == length { return index + run }
        index += run
      } else {
        index += 1
      }
    }
    return nil
  }

  /// Tags that format a run of text inside a word or a sentence (`<sup>`, `</em>`), by name.
  static let formattingTags: Set<String> = [
    "sup", "sub", "em", "strong", "b", "i", "u", "small", "span", "mark", "abbr", "s", "del", "ins",
  ]

  /// The name of the tag `tag` (from "<" to ">"), folded, and whether it closes ("</em>"): nil
  /// when no name of letters is followed by ">" or by the tag's attributes.
  private func tagName(_ tag: Range<Int>) -> (name: [UInt8], isClosing: Bool)? {
    var index = tag.lowerBound + 1
    let isClosing = index < tag.upperBound && bytes[index] == UInt8(ascii: "/")
    if isClosing { index += 1 }
    var name: [UInt8] = []
    while index < tag.upperBound, name.count <= 6 {
      let byte = bytes[index] | 0x20
      guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
      name.append(byte)
      index += 1
    }
    // (The name ends the tag or is followed by its attributes.)
    guard index < tag.upperBound, bytes[index] == UInt8(ascii: ">") || bytes[index] == 0x20 else { return nil }
    return (name, isClosing)
  }

  /// `tag` (from "<" to ">") opens or closes one of `formattingTags`.
  private func isFormattingTag(_ tag: Range<Int>) -> Bool {
    guard let (name, _) = tagName(tag) else { return false }
    return Self.formattingTags.contains(String(decoding: name, as: UTF8.self))
  }

  /// Tags that strike text through, by name.
  static let strikingTags: Set<String> = ["s", "del", "strike"]

  /// When `tag` opens one of `strikingTags` closed later before `end`: the index after the
  /// closing tag.
  private func struckTextEnd(opening tag: Range<Int>, end: Int) -> Int? {
    guard let (name, isClosing) = tagName(tag), !isClosing,
      Self.strikingTags.contains(String(decoding: name, as: UTF8.self))
    else { return nil }
    var start = tag.upperBound
    while start < end {
      if let after = closingTagEnd(name, at: start, end: end) { return after }
      start += 1
    }
    return nil
  }

  /// The index after the closing tag of `name` (folded) at `index` ("</sup>", "</SUP>"), or nil
  /// when none is there.
  private func closingTagEnd(_ name: [UInt8], at index: Int, end: Int) -> Int? {
    guard index < end, bytes[index] == UInt8(ascii: "<") else { return nil }
    let closing = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name + [UInt8(ascii: ">")]
    guard index + closing.count <= end,
      (0..<closing.count).allSatisfy({
        (bytes[index + $0] | ($0 >= 2 && $0 < closing.count - 1 ? 0x20 : 0)) == closing[$0]
      })
    else { return nil }
    return index + closing.count
  }

  /// When `tag` opens a superscript right after a word of three letters or more, closed on its
  /// line within a few bytes and holding only a footnote's mark (digits, "*", "†", "‡", "§",
  /// perhaps as a link's text: "<sup>[10](#fn10)</sup>", "<sup>3,4</sup>"): the index after the
  /// closing tag. Not "21<sup>st</sup>", nor "km<sup>2</sup>".
  private func footnoteMarkEnd(opening tag: Range<Int>, lineStart: Int, end: Int) -> Int? {
    guard tag.lowerBound >= lineStart + 3, (1...3).allSatisfy({ Self.isASCIILetter(bytes[tag.lowerBound - $0]) }),
      let (name, isClosing) = tagName(tag), !isClosing, name == Array("sup".utf8)
    else { return nil }
    var index = tag.upperBound
    var marks = 0
    while index < min(end, tag.upperBound + 80) {
      let byte = bytes[index]
      if let after = closingTagEnd(name, at: index, end: end) {
        return marks > 0 ? after : nil
      }
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"):
        marks += 1
        index += 1
      case UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "]"), 0x20:
        index += 1
      case UInt8(ascii: "("):
        // A link's target, after its text in brackets.
        guard index > tag.upperBound, bytes[index - 1] == UInt8(ascii: "]"),
          let close = bytes[index..<min(end, index + 80)].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        index = close + 1
      case 0xE2:
        // "†" (E2 80 A0), "‡" (E2 80 A1).
        guard index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA0 || bytes[index + 2] == 0xA1 else {
          return nil
        }
        marks += 1
        index += 3
      case 0xC2:
        // "§" (C2 A7).
        guard index + 1 < end, bytes[index + 1] == 0xA7 else { return nil }
        marks += 1
        index += 2
      default:
        return nil
      }
    }
    return nil
  }

  /// `<http://…>`, `<a href=…>`, `</em>`: the index after `>`.
  private func htmlTagOrAutolinkEnd(from start: Int, end: Int) -> Int? {
    guard start + 2 < end else { return nil }
    let next = bytes[start + 1]
    let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
    guard isLetter || next == UInt8(ascii: "/") else { return nil }
    var index = start + 1
    while index < end {
      if bytes[index] == UInt8(ascii: ">") { return index + 1 }
      if bytes[index] == UInt8(ascii: "<") { return nil }
      index += 1
    }
    return nil
  }

  /// A bare URL (`https://…`, `http://…`, `www.…`) starting at a word start: the index after it,
  /// leaving trailing sentence punctuation out.
  private func bareURLEnd(at index: Int, lineStart: Int, end: Int) -> Int? {
    let byte = bytes[index] | 0x20
    guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") else { return nil }
    if index > lineStart, PatternAutomaton.isWordByte(bytes[index - 1]) { return nil }
    func lowerHasPrefix(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard index + count <= end else { return false }
      let start = prefix.utf8Start
      for offset in 0..<count where bytes[index + offset] | 0x20 != start[offset] { return false }
      return true
    }
    guard lowerHasPrefix("http://") || lowerHasPrefix("https://") || lowerHasPrefix("www.") else { return nil }
    var stop = index
    while stop < end, bytes[stop] != 0x20, bytes[stop] != 0x09, bytes[stop] != UInt8(ascii: "<") { stop += 1 }
    while stop > index {
      switch bytes[stop - 1] {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
        UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"):
        stop -= 1
        continue
      default: break
      }
      break
    }
    return stop
  }

  private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
      || (0x7B...0x7E).contains(byte)
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var result = Substring(self)
    while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
    return String(result)
  }
}
