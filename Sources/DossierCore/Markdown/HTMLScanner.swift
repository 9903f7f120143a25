/// Finds the prose of an HTML document: the text between tags, as blocks that block elements
/// (`p`, `li`, `h1`…`h6`, `td`, `div`, `br` …) delimit, with character references decoded by the
/// reading (`ProseBlock.Segment.decodesCharacterReferences`). Not prose: the contents of `head`,
/// `script`, `style`, `nav`, `noscript`, `template`, `svg`, form controls, and `code`, `pre`,
/// `kbd` and `samp` (which stand between words as a barrier, as inline code does in Markdown).
/// Comments are kept, so `<!-- dossier-disable … -->` works as in Markdown.
///
/// XML is read so too (`isXML`), with two differences: a CDATA section is read as its content
/// (a record's HTML, most often), and an element whose tag begins or ends its line is a block (a
/// record's field: `<title>…</title>` on a line of its own), where an unknown element is inline
/// in HTML.
///
/// Every segment is a range of the document's own bytes, so findings point into the HTML.
struct HTMLScanner {
  let text: SourceText
  let isXML: Bool
  private(set) var blocks: [ProseBlock] = []
  private(set) var comments: [Range<Int>] = []

  private var open: ProseBlock?
  /// The next segment's join: adjacent after an inline tag, a line break after `<br>`, a barrier
  /// after excluded content.
  private var pendingJoin = ProseBlock.Join.adjacent
  private var quoteDepth = 0
  private var listDepth = 0

  init(text: SourceText, isXML: Bool = false) {
    self.text = text
    self.isXML = isXML
  }

  /// Elements whose whole content is not prose.
  static let skippedElements: Set<String> = [
    "head", "script", "style", "nav", "noscript", "template", "svg", "math", "button", "select", "textarea",
    "iframe", "object", "canvas", "audio", "video",
  ]
  /// Elements whose content is code: excluded, standing between words as a barrier.
  static let codeElements: Set<String> = ["code", "pre", "kbd", "samp", "var"]
  /// Elements that begin and end a block.
  static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "details", "summary", "form", "fieldset", "legend",
    "body", "html", "title",
  ]

  mutating func scan() {
    let bytes = text.bytes
    let end = bytes.count
    var index = 0
    var textStart = 0
    // Where the open CDATA section ends (its "]]>").
    var cdataEnd: Int?
    while index < end {
      if let close = cdataEnd, index >= close {
        // (A tag that ran past the section's end leaves no "]]>" to skip.)
        if index == close {
          addText(textStart..<index)
          index += 3
          textStart = index
        }
        cdataEnd = nil
        continue
      }
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if isXML, cdataEnd == nil, ByteSearch.hasPrefix("<![CDATA[", in: bytes, at: index, end: end) {
        addText(textStart..<index)
        index += 9
        textStart = index
        cdataEnd = ByteSearch.find("]]>", in: bytes, range: index..<end)
        continue
      }
      // Comments.
      if ByteSearch.hasPrefix("<!--", in: bytes, at: index, end: end) {
        addText(textStart..<index)
        let close = ByteSearch.find("-->", in: bytes, range: index + 4..<end) ?? end
        let commentEnd = min(end, close + 3)
        comments.append(index..<commentEnd)
        pendingJoin = .barrier
        index = commentEnd
        textStart = index
        continue
      }
      guard let tag = Self.tag(bytes, at: index) else {
        index += 1  // a "<" that opens no tag ("a < b") is text
        continue
      }
      addText(textStart..<index)
      let tagStart = index
      index = tag.end
      textStart = index
      let name = tag.name
      if !tag.isClosing, !tag.isSelfClosing, Self.skippedElements.contains(name) || Self.codeElements.contains(name) {
        // Skip to the element's end tag (a head's, where the body begins: see `headEnd`).
        let close =
          name == "head" && !isXML
          ? Self.headEnd(bytes, from: index) : Self.closingTag(bytes, name: name, from: index) ?? (end..<end)
        if Self.codeElements.contains(name) && name != "pre" {
          pendingJoin = .barrier
        } else {
          closeBlock()
        }
        index = close.upperBound
        textStart = index
        continue
      }
      // A footnote's mark ("2026,<sup><a href=\"#fn7\">7</a></sup> and"): no part of the word or
      // the number before it (an ordinal's letters are: "21<sup>st</sup>").
      if name == "sup", !tag.isClosing, !tag.isSelfClosing, let close = Self.closingTag(bytes, name: name, from: index),
        Self.isFootnoteMark(bytes, index..<close.lowerBound)
      {
        pendingJoin = .barrier
        index = close.upperBound
        textStart = index
        continue
      }
      if name == "br" {
        pendingJoin = .lineBreak
      } else if isXML, !Self.blockElements.contains(name), startsOrEndsLine(tagStart, tag.end) {
        closeBlock()
        openKind = .paragraph
      } else if Self.blockElements.contains(name) {
        closeBlock()
        if name == "blockquote" { quoteDepth = max(0, quoteDepth + (tag.isClosing ? -1 : 1)) }
        if name == "ul" || name == "ol" { listDepth = max(0, listDepth + (tag.isClosing ? -1 : 1)) }
        if !tag.isClosing {
          openKind = Self.kind(of: name)
        } else {
          openKind = .paragraph
        }
      }
    }
    addText(textStart..<end)
    closeBlock()
  }

  /// The kind of block an element begins.
  private var openKind = ProseBlock.Kind.paragraph

  static func kind(of name: String) -> ProseBlock.Kind {
    switch name {
    case "h1", "h2", "h3", "h4", "h5", "h6", "title":
      .heading(level: name == "title" ? 1 : Int(name.utf8.last! - UInt8(ascii: "0")))
    case "li", "dt", "dd": .listItem
    case "td", "th": .tableCell
    default: .paragraph
    }
  }

  /// Adds the text in `range` (without the white space at its ends) to the open block.
  private mutating func addText(_ range: Range<Int>) {
    let bytes = text.bytes
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
    guard lower < upper else {
      // White space between inline tags still separates words.
      if range.lowerBound < range.upperBound, pendingJoin == .adjacent { pendingJoin = .lineBreak }
      return
    }
    let spaceBefore = lower > range.lowerBound
    if open == nil {
      open = ProseBlock(kind: openKind, isQuoted: quoteDepth > 0, segments: [])
      pendingJoin = .adjacent
    }
    let join: ProseBlock.Join = spaceBefore && pendingJoin == .adjacent ? .lineBreak : pendingJoin
    open?.segments += ProseBlock.Segment.bracketsLeftOut(
      lower..<upper, of: bytes, join: join, decodesCharacterReferences: true)
    pendingJoin = upper < range.upperBound ? .lineBreak : .adjacent
  }

  /// Whether only spaces or tabs stand between `start` and the line's start, or between `end` and
  /// its end.
  private func startsOrEndsLine(_ start: Int, _ end: Int) -> Bool {
    let bytes = text.bytes
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    func isNewline(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
    var before = start
    while before > 0, isBlank(bytes[before - 1]) { before -= 1 }
    if before == 0 || isNewline(bytes[before - 1]) { return true }
    var after = end
    while after < bytes.count, isBlank(bytes[after]) { after += 1 }
    return after == bytes.count || isNewline(bytes[after])
  }

  private mutating func closeBlock() {
    if let block = open, !block.segments.isEmpty { blocks.append(block) }
    open = nil
    pendingJoin = .adjacent
  }

  struct Tag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var end: Int
  }

  /// The tag at `start` ("<p class=x>", "</li>", "<br/>", "<!DOCTYPE html>"), or nil when the "<"
  /// opens none.
  static func tag(_ bytes: [UInt8], at start: Int) -> Tag? {
    var index = start + 1
    guard index < bytes.count else { return nil }
    var isClosing = false
    if bytes[index] == UInt8(ascii: "/") {
      isClosing = true
      index += 1
    }
    // A declaration or processing instruction ("<!DOCTYPE …>", "<?xml …?>"): skipped whole.
    if !isClosing, index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
      guard let close = ByteSearch.find(">", in: bytes, range: index..<bytes.count) else { return nil }
      return Tag(name: "!", isClosing: false, isSelfClosing: true, end: close + 1)
    }
    let nameStart = index
    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, isASCIILetter(bytes[nameStart]) else { return nil }
    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
    // Attributes, with quoted values that may hold ">".
    var quote: UInt8?
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        let isSelfClosing = index > start && bytes[index - 1] == UInt8(ascii: "/")
        return Tag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, end: index + 1)
      }
      index += 1
    }
    return nil
  }

  /// The range of `</name>` at or after `start` (case-insensitive), or nil.
  static func closingTag(_ bytes: [UInt8], name: String, from start: Int) -> Range<Int>? {
    var index = start
    while let open = ByteSearch.find("</", in: bytes, range: index..<bytes.count) {
      if let tag = tag(bytes, at: open), tag.isClosing, tag.name == name { return open..<tag.end }
      index = open + 2
    }
    return nil
  }

  /// Whether a superscript's content (its tags aside) is a footnote's mark: digits, with
  /// brackets, commas, dashes, asterisks or daggers, and no letter.
  static func isFootnoteMark(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var inTag = false
    var digits = 0
    for byte in bytes[range] {
      if inTag {
        if byte == UInt8(ascii: ">") { inTag = false }
        continue
      }
      switch byte {
      case UInt8(ascii: "<"): inTag = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
        UInt8(ascii: "-"), UInt8(ascii: "*"), 0x20, 0x09, 0x0A, 0x0D:
        continue
      default: return false
      }
    }
    return digits > 0 && digits <= 4
  }

  /// The elements a page's head holds.
  static let headElements: Set<String> = [
    "title", "meta", "link", "style", "script", "noscript", "base", "template", "object",
  ]

  /// Where a head that opens at `start` ends: at its "</head>" (the range to skip past), or, as a
  /// browser reads a page whose "</head>" is missing (written by a server-side include that the
  /// saved source leaves a comment: `<!--#include virtual="/layout/head.asp" -->`), just before
  /// the first tag no head holds ("<body>", "<div>"): an empty range there.
  static func headEnd(_ bytes: [UInt8], from start: Int) -> Range<Int> {
    var index = start
    while let open = ByteSearch.find("<", in: bytes, range: index..<bytes.count) {
      if ByteSearch.hasPrefix("<!--", in: bytes, at: open, end: bytes.count) {
        guard let close = ByteSearch.find("-->", in: bytes, range: open + 4..<bytes.count) else { break }
        index = close + 3
        continue
      }
      guard let tag = tag(bytes, at: open) else {
        index = open + 1
        continue
      }
      if tag.name == "head" && tag.isClosing { return open..<tag.end }
      if tag.name == "!" || tag.isClosing || headElements.contains(tag.name) {
        // (A script's or a style's content may hold tags of its own: skipped whole.)
        if !tag.isClosing, !tag.isSelfClosing, skippedElements.contains(tag.name),
          let close = closingTag(bytes, name: tag.name, from: tag.end)
        {
          index = close.upperBound
        } else {
          index = tag.end
        }
        continue
      }
      return open..<open
    }
    return bytes.count..<bytes.count
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  static func isNameByte(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
  }
}
