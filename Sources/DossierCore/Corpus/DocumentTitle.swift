/// The words a corpus document is known by: its file name ("E-eo-13810-2017-09-20.md",
/// "decision-1-cma3-glasgow-climate-pact.txt"), the title of its front matter ("title: Washington
/// Declaration") and its first heading ("# Executive Order 13810: Imposing Additional Sanctions
/// …").
///
/// Every statement of a document is made in it: a draft that names the document ("the Glasgow
/// decision warned", "under Executive Order 13810", "the Washington Declaration was timed to …")
/// names what the statement is about even where the statement's own sentence does not. Claim
/// alignment counts these words as the statement's names (`FrameAlignment`).
enum DocumentTitle {
  /// The stems of the title's words (content words; numbers as written), each once.
  static func words(of document: CorpusDocument) -> [TokenText] {
    var texts = [fileNameWords(document.name)]
    if document.format == .markdown, let title = frontMatterTitle(document.text) { texts.append(title) }
    if let heading = document.paragraphs.first(where: \.isHeading) {
      texts.append(document.text.string(in: heading.range))
    }
    var words: [TokenText] = []
    for text in texts {
      let source = SourceText(text)
      let prose = ProseText(source: source, segments: [.init(range: 0..<source.count, join: .lineBreak)])
      for token in prose.tokens {
        let word: TokenText
        switch token.kind {
        case .word:
          guard !token.wordClasses.contains(.function) else { continue }
          word = WordForms.stemText(of: token)
        case .number: word = token.textValue
        case .punctuation: continue
        }
        if !words.contains(word) { words.append(word) }
      }
    }
    return words
  }

  /// Whether the document's title names `name` ("Paris Agreement" for
  /// "decision-1-cp21-paris-agreement.txt"): every content word of it is a word of the title.
  static func names(_ name: String, in document: CorpusDocument) -> Bool {
    let wanted = contentWords(of: name)
    guard !wanted.isEmpty else { return false }
    let title = words(of: document)
    return wanted.allSatisfy(title.contains)
  }

  /// The stems of a name's content words, as `words(of:)` reads a title's.
  static func contentWords(of name: String) -> [TokenText] {
    let source = SourceText(name)
    let prose = ProseText(source: source, segments: [.init(range: 0..<source.count, join: .lineBreak)])
    return prose.tokens.filter { $0.kind == .word && !$0.wordClasses.contains(.function) }.map {
      WordForms.stemText(of: $0)
    }
  }

  /// A file name's words: its name without the extension, split at hyphens, underscores, dots
  /// and spaces.
  static func fileNameWords(_ name: String) -> String {
    var stem = Substring(name)
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
    return String(stem.map { "-_.".contains($0) ? " " : $0 })
  }

  /// The `title` of a Markdown document's front matter: YAML between `---` lines (`title:
  /// Washington Declaration`, quoted or not, folded over indented lines, with a double-quoted
  /// title's escapes read) or TOML between `+++` lines (`title = "What is a COP?"`).
  static func frontMatterTitle(_ text: SourceText) -> String? {
    guard text.lineCount > 2 else { return nil }
    let fence = text.string(in: text.lineRange(0)).trimmingTrailingSpaces
    guard fence == "---" || fence == "+++" else { return nil }
    let separator: Character = fence == "---" ? ":" : "="
    for line in 1..<text.lineCount {
      let content = text.string(in: text.lineRange(line)).trimmingTrailingSpaces
      if content == fence || (fence == "---" && content == "...") { return nil }
      guard content.hasPrefix("title"), let mark = content.firstIndex(of: separator),
        content[content.index(content.startIndex, offsetBy: 5)..<mark].allSatisfy({ $0 == " " })
      else { continue }
      var lines = [String(content[content.index(after: mark)...].drop { $0 == " " })]
      // YAML folds a value over the indented lines after it.
      if fence == "---" {
        var next = line + 1
        while next < text.lineCount {
          let continued = text.string(in: text.lineRange(next)).trimmingTrailingSpaces
          guard let first = continued.first, first == " " || first == "\t" else { break }
          lines.append(String(continued.drop { $0 == " " || $0 == "\t" }))
          next += 1
        }
      }
      let value = fence == "---" ? yamlScalar(lines) : unquoted(lines[0])
      return value.isEmpty ? nil : value
    }
    return nil
  }

  /// A value quoted or not, without its quotes.
  private static func unquoted(_ value: String) -> String {
    if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
      return String(value.dropFirst().dropLast())
    }
    return value
  }

  /// A YAML scalar written over `lines` (its first line's value, then its continuation lines
  /// without their indentation): lines joined by a space; a double-quoted value's escapes read
  /// ("\u2060", "\_", a line ending in "\" joined with no space), a single-quoted one's "''".
  static func yamlScalar(_ lines: [String]) -> String {
    guard let quote = lines.first?.first, quote == "\"" || quote == "'" else {
      return lines.joined(separator: " ")
    }
    var joined = ""
    for (index, line) in lines.enumerated() {
      if index > 0 {
        // An odd number of backslashes ends the line: an escaped line break, joined with no space.
        let backslashes = joined.reversed().prefix { $0 == "\\" }.count
        if quote == "\"", backslashes % 2 == 1 { joined.removeLast() } else { joined += " " }
      }
      joined += line
    }
    guard joined.count >= 2, joined.last == quote else { return unquoted(joined) }
    let body = joined.dropFirst().dropLast()
    if quote == "'" {
      var result = ""
      var previousWasQuote = false
      for character in body {
        // "''" is one quote.
        if character == "'", previousWasQuote {
          previousWasQuote = false
          continue
        }
        previousWasQuote = character == "'"
        result.append(character)
      }
      return result
    }
    var result = ""
    var characters = body.makeIterator()
    while let character = characters.next() {
      guard character == "\\", let escaped = characters.next() else {
        result.append(character)
        continue
      }
      switch escaped {
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "_": result.append("\u{A0}")
      case "u", "x", "U":
        var digits = ""
        for _ in 0..<(escaped == "x" ? 2 : escaped == "u" ? 4 : 8) {
          if let digit = characters.next() { digits.append(digit) }
        }
        if let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) {
          result.unicodeScalars.append(scalar)
        }
      default: result.append(escaped)
      }
    }
    return result
  }
}
