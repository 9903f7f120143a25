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
    let source = SourceText(name)
    let prose = ProseText(source: source, segments: [.init(range: 0..<source.count, join: .lineBreak)])
    let wanted = prose.tokens.filter { $0.kind == .word && !$0.wordClasses.contains(.function) }.map {
      WordForms.stemText(of: $0)
    }
    guard !wanted.isEmpty else { return false }
    let title = words(of: document)
    return wanted.allSatisfy(title.contains)
  }

  /// A file name's words: its name without the extension, split at hyphens, underscores, dots
  /// and spaces.
  static func fileNameWords(_ name: String) -> String {
    var stem = Substring(name)
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
    return String(stem.map { "-_.".contains($0) ? " " : $0 })
  }

  /// The `title` of a Markdown document's front matter: YAML between `---` lines (`title:
  /// Washington Declaration`, quoted or not) or TOML between `+++` lines (`title = "What is a
  /// COP?"`).
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
      var value = content[content.index(after: mark)...].drop { $0 == " " }
      if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
        value = value.dropFirst().dropLast()
      }
      return value.isEmpty ? nil : String(value)
    }
    return nil
  }
}
