extension Corpus {
  /// The corpus's first use of a word or phrase (preferring text: running prose or operative
  /// clauses), as evidence quoting
  /// its sentence. Whole words only: "Tel" is not used in "immediately".
  func firstUse(of phrase: String) -> Evidence? {
    // Remembered: a draft names the same term many times, and a large corpus takes long to search.
    if let known = firstUses.withLock({ $0[phrase] }) { return known }
    let found = searchFirstUse(of: phrase, where: { _, _ in true })
    firstUses.withLock { Self.remember(found, for: phrase, in: &$0) }
    return found
  }

  /// The corpus's first use of `phrase` whose sentence passes `accept`, in the order `firstUse`
  /// searches; remembered under `key`, which names the test (one key, one test).
  func firstUse(of phrase: String, remembering key: String, where accept: (Evidence) -> Bool) -> Evidence? {
    let key = "\u{1}\(key)\u{0}\(phrase)"
    if let known = firstUses.withLock({ $0[key] }) { return known }
    let found = search(phrase, where: { _, _ in true }, counting: 1, accepting: accept).first
    firstUses.withLock { Self.remember(found, for: key, in: &$0) }
    return found
  }

  /// The first use of `phrase` in a paragraph that also names `other` ("Section 114" where the
  /// paragraph names the "FACT Act").
  func firstUse(of phrase: String, inParagraphNaming other: String) -> Evidence? {
    let needle = QuoteLocator.needle(for: other)
    guard !needle.isEmpty else { return nil }
    return searchFirstUse(
      of: phrase, where: { bytes, _ in QuoteLocator.firstWordOccurrence(of: needle, in: bytes) != nil })
  }

  /// Whether some sentence writes `plural` (folded: "treaties of") and, in the list that follows
  /// it in that sentence, the word `name` ("the Treaties of Tlatelolco, Rarotonga, Bangkok and
  /// Pelindaba" lists "Bangkok").
  func listsAfter(_ plural: String, _ name: String) -> Bool {
    let needle = QuoteLocator.needle(for: name)
    // (A name no document writes is in no list: known from the vocabulary, without reading
    // every document for the plural.)
    guard !needle.isEmpty, !hasWordNeverWritten(needle) else { return false }
    // The words of the lists after the plural, read once for every name asked of it: a draft
    // names many instruments of one kind ("the Lahore Declaration", "the Berlin Declaration").
    guard needle.allSatisfy(PatternAutomaton.isWordByte) else {
      return searchFirstUse(
        of: plural,
        where: { bytes, range in
          QuoteLocator.firstWordOccurrence(of: needle, in: Self.list(after: range, in: bytes)) != nil
        }) != nil
    }
    let words: Set<[UInt8]>
    if let known = listedWords.withLock({ $0[plural] }) {
      words = known
    } else {
      var found = Set<[UInt8]>()
      _ = searchFirstUse(
        of: plural,
        where: { bytes, range in
          for word in Self.list(after: range, in: bytes).split(whereSeparator: { !PatternAutomaton.isWordByte($0) }) {
            found.insert(Array(word))
          }
          return false
        })
      words = found
      listedWords.withLock { Self.remember(found, for: plural, in: &$0) }
    }
    // As `QuoteLocator.firstWordOccurrence` finds a word: whole, or with an inflection's ending.
    if words.contains(needle) { return true }
    return needle.count >= QuoteLocator.inflectedLength
      && QuoteLocator.inflections.contains { words.contains(needle + $0) }
  }

  /// The list after a plural at `range` in `bytes`: to the sentence's end, a few names long at
  /// most.
  private static func list(after range: Range<Int>, in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = range.upperBound
    while end < bytes.endIndex, end - range.upperBound < 160, bytes[end] != UInt8(ascii: "."),
      bytes[end] != UInt8(ascii: ";")
    {
      end += 1
    }
    return bytes[range.upperBound..<end]
  }

  /// Whether some document writes `word` alone in parentheses, as an acronym's definition does
  /// ("Federal Communications Commission (FCC)"), whether or not the definition was read.
  func writesInParentheses(_ word: String) -> Bool {
    if let known = parenthesized.withLock({ $0[word] }) { return known }
    let found =
      searchFirstUse(
        of: word,
        where: { text, range in
          guard range.lowerBound > text.startIndex, text[range.lowerBound - 1] == UInt8(ascii: "("),
            range.upperBound < text.endIndex, text[range.upperBound] == UInt8(ascii: ")")
          else { return false }
          // (Not after a name that holds it, whose short form it is: "VTB Bank (VTB)", "the
          // CHIPS and Science Act (CHIPS)".)
          var before = text[max(text.startIndex, range.lowerBound - 81)..<(range.lowerBound - 1)]
          // (In its own sentence.)
          if let stop = before.lastIndex(of: UInt8(ascii: ".")) { before = before[(stop + 1)...] }
          return QuoteLocator.firstWordOccurrence(of: QuoteLocator.needle(for: word), in: before) == nil
        }) != nil
    parenthesized.withLock { Self.remember(found, for: word, in: &$0) }
    return found
  }

  /// Whether some document writes `phrase` (an open pair, "supply chain") right before a word
  /// that is no function word nor participle, as a modifier is written ("supply chain audits"): the corpus's
  /// own style for the pair before a noun. (Read in folded text, so a name's next word counts
  /// too: the answer errs towards yes.)
  func writesBeforeAWord(_ phrase: String) -> Bool {
    let key = "\u{1}before a word\u{0}\(phrase)"
    if let known = parenthesized.withLock({ $0[key] }) { return known }
    let found =
      searchFirstUse(
        of: phrase,
        where: { text, range in
          guard range.upperBound < text.endIndex, text[range.upperBound] == 0x20 else { return false }
          var end = range.upperBound + 1
          while end < text.endIndex, text[end] >= UInt8(ascii: "a"), text[end] <= UInt8(ascii: "z") { end += 1 }
          guard end > range.upperBound + 1, end == text.endIndex || !PatternAutomaton.isWordByte(text[end]) else {
            return false
          }
          let word = String(decoding: text[(range.upperBound + 1)..<end], as: UTF8.self)
          // (Nor a participle, which goes on the clause: "the drug supply chain including
          // brokers".)
          return !WordForms.functionWords.contains(word) && !word.hasSuffix("ing") && !word.hasSuffix("ed")
        }) != nil
    parenthesized.withLock { Self.remember(found, for: key, in: &$0) }
    return found
  }

  /// How many documents write `acronym` as a word, and how many of those write it alone in
  /// parentheses, as a definition does ("Australia-UK-US (AUKUS)").
  func acronymDocuments(_ acronym: String) -> (using: Int, defining: Int) {
    if let known = acronymDocumentCounts.withLock({ $0[acronym] }) { return known }
    let needle = QuoteLocator.needle(for: acronym)
    var counts = (using: 0, defining: 0)
    if !needle.isEmpty, !hasWordNeverWritten(needle) {
      for position in documents.indices {
        let texts =
          documents.foldedParagraphTexts(at: position)
          ?? documents[position].paragraphs.map { $0.prose.normalized.bytes[...] }
        var uses = false
        var defines = false
        for text in texts {
          var from = text.startIndex
          while !defines, from < text.endIndex,
            let offset = QuoteLocator.firstWordOccurrence(of: needle, in: text[from...])
          {
            let start = from + offset
            let end = start + needle.count
            uses = true
            defines =
              start > text.startIndex && text[start - 1] == UInt8(ascii: "(") && end < text.endIndex
              && text[end] == UInt8(ascii: ")")
            from = start + 1
          }
          if defines { break }
        }
        if uses { counts.using += 1 }
        if defines { counts.defining += 1 }
      }
    }
    acronymDocumentCounts.withLock { Self.remember(counts, for: acronym, in: &$0) }
    return counts
  }

  /// Whether the document of `evidence` spells `acronym` out: a run of capitalised words (small
  /// words between them aside) whose initials are its letters ("the Federal Trade Commission"
  /// beside "The FTC"), though never as a definition in parentheses.
  func spellsOut(_ acronym: String, inDocumentOf evidence: Evidence) -> Bool {
    let key = "\(acronym)\u{0}\(evidence.folder ?? "")\u{0}\(evidence.document)"
    if let known = spelledOut.withLock({ $0[key] }) { return known }
    let found = documentSpellsOut(acronym, inDocumentOf: evidence)
    spelledOut.withLock { Self.remember(found, for: key, in: &$0) }
    return found
  }

  private func documentSpellsOut(_ acronym: String, inDocumentOf evidence: Evidence) -> Bool {
    let letters = Array(acronym.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
    guard letters.count >= 2, let position = documents.position(of: evidence)
    else { return false }
    let smallWords = Set(DerivedKnowledge.AcronymReading.smallWordList.map { Substring($0) })
    var initials: [Unicode.Scalar] = []
    // Two letters are the initials of two words inside many a longer name by chance ("Insurance
    // Portability" of the Health Insurance Portability and Accountability Act for "IP"): they
    // count only where they end the name. Longer initials count wherever they stand.
    let mustEndName = letters.count == 2
    var pending = false
    let words = documents[position].text.string.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
    for (offset, word) in words.enumerated() {
      let trimmed = word.drop { !$0.isLetter }
      // (For two letters) a mark before the word ends the run before it ("Commission (FTC)").
      if mustEndName, trimmed.startIndex != word.startIndex {
        if pending { return true }
        initials = []
      }
      guard let first = trimmed.unicodeScalars.first else {
        if pending { return true }
        initials = []
        continue
      }
      // An abbreviation gives all its capitals, and its dots end nothing ("U.S. Trade
      // Representative" spells "USTR").
      // (A dot inside it, not only one ending a sentence after a word in capitals: "TRICARE.")
      if trimmed.dropLast().contains("."), trimmed.allSatisfy({ $0 == "." || $0.isUppercase }) {
        initials += trimmed.unicodeScalars.filter { $0.properties.isUppercase }
        pending = initials.count >= letters.count && initials.suffix(letters.count).elementsEqual(letters)
        if pending, !mustEndName { return true }
        continue
      }
      if first.properties.isUppercase, trimmed.count >= 2 {
        initials.append(first)
        pending = initials.count >= letters.count && initials.suffix(letters.count).elementsEqual(letters)
        if pending, !mustEndName { return true }
      } else if !smallWords.contains(trimmed) {
        if pending { return true }
        initials = []
      } else if pending, trimmed == "and", offset + 1 < words.count, words[offset + 1] == "the" {
        // "and the" opens another name ("the Department of State and the Department of Homeland
        // Security").
        return true
      }
      // A mark after the word ends the run ("Commission, the …").
      if let last = word.last, !last.isLetter {
        if pending { return true }
        initials = []
      }
    }
    return pending
  }

  /// The corpus sentence that defines a word or phrase formally, if any: "the term "X" means …",
  /// "X means …", "X refers to …", "X is defined as …".
  func formalDefinition(of phrase: String) -> Evidence? {
    if let known = formalDefinitions.withLock({ $0[phrase] }) { return known }
    let found = searchFirstUse(of: phrase, where: Self.isDefined) ?? answer(askingAbout: phrase)
    formalDefinitions.withLock { Self.remember(found, for: phrase, in: &$0) }
    return found
  }

  /// The first sentence of the paragraph that answers a question about the phrase ("Q4: What does
  /// “platform independent” mean?", "What is a data asset?"), as a glossary or a list of
  /// frequently asked questions has it.
  /// (A question listed with others, its answer further on, is passed over for the one its
  /// answer follows.)
  private func answer(askingAbout phrase: String) -> Evidence? {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty else { return nil }
    return firstAnswer(at: needle) { site in
      let paragraphs = site.document.paragraphs
      let prose = paragraphs[site.paragraph].prose
      guard Self.isAskedAbout(prose.normalized.bytes[...], site.folded) else { return nil }
      // The answer in the same paragraph ("Q4: What does … mean? A: Platform independent data
      // …"), or in the next.
      if let question = prose.sentences.firstIndex(where: { sentence in
        prose.tokens[sentence].last?.hasText("?") ?? false
      }), question + 1 < prose.sentences.count {
        return site.document.evidence(paragraph: site.paragraph, sentence: question + 1)
      }
      guard site.paragraph + 1 < paragraphs.count else { return nil }
      let next = paragraphs[site.paragraph + 1]
      // (Not another question: the list of questions before their answers.)
      guard next.readsAsText, let first = next.prose.sentences.first,
        !(next.prose.tokens[first].last?.hasText("?") ?? true)
      else { return nil }
      return site.document.evidence(paragraph: site.paragraph + 1, sentence: 0)
    }
  }

  /// Whether folded text opens with a gloss in parentheses: " (" then two to eight words, none a
  /// number, the first no function word (or "i.e."), then ")".
  static func isGloss(_ text: ArraySlice<UInt8>) -> Bool {
    guard text.starts(with: " (".utf8) else { return false }
    let inner = text.dropFirst(2)
    guard let close = inner.prefix(100).firstIndex(of: UInt8(ascii: ")")) else { return false }
    var content = inner[..<close]
    if content.starts(with: "i.e., ".utf8) { content = content.dropFirst(6) }
    guard !content.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ";") })
    else { return false }
    let words = content.split(separator: 0x20)
    guard (words.count >= 2 && words.count <= 8) || inner[..<close].starts(with: "i.e., ".utf8) && !words.isEmpty,
      let first = words.first
    else { return false }
    return !WordForms.isFunctionWord(String(decoding: first, as: UTF8.self))
      && !["see", "e.g.,", "e.g.", "cf."].contains(String(decoding: first, as: UTF8.self))
  }

  /// Whether the phrase at `range` of folded paragraph text `bytes` is what a question asks about:
  /// "What does “X” mean?", "What is (a, an, the) X?", "What are X?", the question opening the
  /// paragraph (after a label such as "Q4:").
  static func isAskedAbout(_ bytes: ArraySlice<UInt8>, _ range: Range<Int>) -> Bool {
    func isQuoteOrSpace(_ index: Int) -> Bool {
      let byte = bytes[index]
      return byte == 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte >= 0x80
    }
    // After: quotation marks, then "mean?" or "?", then nothing.
    var after = range.upperBound
    while after < bytes.endIndex, isQuoteOrSpace(after) { after += 1 }
    if bytes[after...].starts(with: "mean".utf8) { after += 4 }
    guard after < bytes.endIndex, bytes[after] == UInt8(ascii: "?") else { return false }
    // Before: quotation marks, the question's words, and only a label before them.
    var before = range.lowerBound
    while before > bytes.startIndex, isQuoteOrSpace(before - 1) { before -= 1 }
    let leading = bytes[bytes.startIndex..<before]
    for question in ["what does", "what is", "what is a", "what is an", "what is the", "what are", "what are the"] {
      guard leading.reversed().starts(with: question.utf8.reversed()) else { continue }
      let label = leading.dropLast(question.utf8.count)
      // Nothing before the question, or a label ending in a colon ("q4:").
      let trimmed = label.reversed().drop { $0 == 0x20 }
      if trimmed.first == nil || trimmed.first == UInt8(ascii: ":") && label.count <= 8 { return true }
    }
    return false
  }

  /// Whether some document's title names `name` ("Wilmington Declaration" for "The Wilmington
  /// Declaration Joint Statement from the Leaders of …"): every one of its content words, two or
  /// more, is a word of the title (`DocumentTitle`).
  func titleNames(_ name: String) -> Bool {
    let wanted = DocumentTitle.contentWords(of: name)
    guard wanted.count >= 2 else { return false }
    return claims.frames.titles.contains { title in wanted.allSatisfy(title.contains) }
  }

  /// The title a citation of `phrase` gives it, with the citation: the words in italics or
  /// quotation marks right after it and a comma ("OMB Memorandum M-05-08, *Designation of Senior
  /// Agency Officials for Privacy* (Feb. 11, 2005)"), as a footnote or a list of references
  /// writes them.
  func citedTitle(of phrase: String) -> (title: String, evidence: Evidence)? {
    if let known = citedTitles.withLock({ $0[phrase] }) { return known }
    let found = searchCitedTitle(of: phrase)
    citedTitles.withLock { Self.remember(found, for: phrase, in: &$0) }
    return found
  }

  private func searchCitedTitle(of phrase: String) -> (title: String, evidence: Evidence)? {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty else { return nil }
    let closers: [[UInt8]: [UInt8]] = [
      Array("*".utf8): Array("*".utf8), Array("_".utf8): Array("_".utf8), Array("\"".utf8): Array("\"".utf8),
      Array("\u{201C}".utf8): Array("\u{201D}".utf8),
    ]
    return firstAnswer(at: needle) { site in
      let (document, range) = (site.document, site.original)
      let bytes = document.text.bytes
      // ", " then an opening mark.
      var cursor = range.upperBound
      guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") else { return nil }
      cursor += 1
      while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
      guard
        let (opening, closing) = closers.first(where: { opening, _ in
          bytes[cursor...].starts(with: opening)
        })
      else { return nil }
      let start = cursor + opening.count
      let limit = min(bytes.count, start + 300)
      var end = start
      while end < limit, !bytes[end...].starts(with: closing), bytes[end] != 0x0A { end += 1 }
      guard end < limit, bytes[end...].starts(with: closing), end - start >= 8 else { return nil }
      let title = document.text.string(in: start..<end).singleSpaced
      // A title has words in capitals.
      guard title.split(separator: " ").filter({ $0.first?.isUppercase == true }).count >= 2 else { return nil }
      return (title, document.evidence(range: range.lowerBound..<end + closing.count))
    }
  }

  /// Where a phrase occurs: its document, the paragraph (by position) and its range in the
  /// paragraph's folded text and in the document's text.
  private struct PhraseOccurrenceSite {
    var document: CorpusDocument
    var paragraph: Int
    var folded: Range<Int>
    var original: Range<Int>
  }

  /// The first answer `answer` gives for an occurrence of `needle` (folded, as whole words), in
  /// the corpus's order. A document kept in the compiled index is read only when its paragraphs'
  /// folded text holds the needle, and then only those paragraphs.
  private func firstAnswer<Answer>(at needle: [UInt8], _ answer: (PhraseOccurrenceSite) -> Answer?) -> Answer? {
    for position in documents.indices {
      var candidates: Set<Int>?
      if let texts = documents.foldedParagraphTexts(at: position) {
        let found = texts.indices.filter { QuoteLocator.firstWordOccurrence(of: needle, in: texts[$0]) != nil }
        if found.isEmpty { continue }
        candidates = Set(found)
      }
      let document = documents[position]
      for (index, paragraph) in document.paragraphs.enumerated() where candidates?.contains(index) ?? true {
        let folded = paragraph.prose.normalized
        var from = 0
        while from < folded.bytes.count,
          let offset = QuoteLocator.firstWordOccurrence(of: needle, in: folded.bytes[from...])
        {
          let range = from + offset..<from + offset + needle.count
          from += offset + 1
          let site = PhraseOccurrenceSite(
            document: document, paragraph: index, folded: range, original: folded.originalRange(range))
          if let found = answer(site) { return found }
        }
      }
    }
    return nil
  }

  /// The codes the corpus writes after `prefix` (folded: "m-" for "M-15-13", "binding operational
  /// directive " for "Binding Operational Directive 22-01"), folded, each once, in the corpus's
  /// order, up to `limit`: parts of letters and digits joined by hyphens, with a digit in every
  /// part but a leading letter part.
  func codes(after prefix: String, limit: Int = 6) -> [String] {
    let key = "\(limit):\(prefix)"
    if let known = codesAfter.withLock({ $0[key] }) { return known }
    let found = searchCodes(after: prefix, limit: limit)
    codesAfter.withLock { Self.remember(found, for: key, in: &$0) }
    return found
  }

  private func searchCodes(after prefix: String, limit: Int) -> [String] {
    let needle = Array(prefix.utf8)
    guard !needle.isEmpty else { return [] }
    var found: [String] = []
    func read(_ text: ArraySlice<UInt8>) {
      var from = text.startIndex
      while found.count < limit, from < text.endIndex,
        let offset = QuoteLocator.firstWordOccurrence(of: needle, in: text[from...])
      {
        let start = from + offset + needle.count
        from = from + offset + 1
        var end = start
        while end < text.endIndex, PatternAutomaton.isWordByte(text[end]) || text[end] == UInt8(ascii: "-") {
          end += 1
        }
        while end > start, text[end - 1] == UInt8(ascii: "-") { end -= 1 }
        let parts = text[start..<end].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }),
          parts.enumerated().allSatisfy({ offset, part in
            part.contains { $0 >= 0x30 && $0 <= 0x39 } || offset == 0 && needle.last != UInt8(ascii: "-")
          }),
          parts.contains(where: { $0.contains { $0 >= 0x30 && $0 <= 0x39 } })
        else { continue }
        let code = String(decoding: text[start..<end], as: UTF8.self)
        if !found.contains(code) { found.append(code) }
      }
    }
    for position in documents.indices where found.count < limit {
      if let texts = documents.foldedParagraphTexts(at: position) {
        for text in texts where found.count < limit { read(text) }
      } else {
        for paragraph in documents[position].paragraphs where found.count < limit {
          read(paragraph.prose.normalized.bytes[...])
        }
      }
    }
    return found
  }

  /// The whole paragraph around a short piece of evidence (a sentence cut at "Decision 1/CP."),
  /// for an excerpt with some context.
  /// Only a quotation that does not hold what it is evidence of is widened (a knowledge file's
  /// short quotation says what it should), and only within a paragraph of a readable size.
  func widened(_ evidence: Evidence, around phrases: [String]) -> Evidence {
    // (A quotation of little more than the phrase, a heading, is widened too.)
    guard evidence.quote.count < 60,
      !phrases.contains(where: {
        evidence.quote.count > $0.count + 15 && EvidenceExcerpt(evidence, around: [$0]).matched
      }),
      let document = document(named: evidence.document, folder: evidence.folder),
      let paragraph = document.paragraphs.first(where: { $0.range.contains(evidence.range.lowerBound) }),
      paragraph.range.count > evidence.range.count, paragraph.range.count <= 4_000
    else { return evidence }
    return document.evidence(range: paragraph.range)
  }

  /// A line of the corpus that holds nothing but the phrase ("Article 2" over the article's
  /// text), with the text under it (its next lines, up to about `bodyLimit` characters).
  func heading(_ phrase: String, bodyLimit: Int = 400) -> (heading: Evidence, body: Evidence?)? {
    if let known = headings.withLock({ $0[phrase] }) { return known }
    let found = searchHeading(phrase, bodyLimit: bodyLimit)
    headings.withLock { Self.remember(found, for: phrase, in: &$0) }
    return found
  }

  private func searchHeading(_ phrase: String, bodyLimit: Int) -> (heading: Evidence, body: Evidence?)? {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty else { return nil }
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == UInt8(ascii: "#") }
    return firstAnswer(at: needle) { site in
      let (document, range) = (site.document, site.original)
      let text = document.text
      let bytes = text.bytes
      // Alone on its line: only blanks (or a Markdown heading's marks) before and after.
      let line = text.line(containing: range.lowerBound)
      let lineStart = text.lineStarts[line]
      let lineEnd = line + 1 < text.lineCount ? text.lineStarts[line + 1] : bytes.count
      guard range.upperBound <= lineEnd, bytes[lineStart..<range.lowerBound].allSatisfy(isBlank),
        bytes[range.upperBound..<lineEnd].allSatisfy({ isBlank($0) || $0 == 0x0A })
      else { return nil }
      // The lines under it, up to the next heading of its kind ("Article 13") or in Markdown.
      let designator = Array(needle.prefix { $0 != 0x20 })
      var bodyEnd = lineEnd
      while bodyEnd < bytes.count, bodyEnd - lineEnd < bodyLimit {
        let next = text.line(containing: bodyEnd)
        let nextEnd = next + 1 < text.lineCount ? text.lineStarts[next + 1] : bytes.count
        let content = bytes[bodyEnd..<nextEnd].drop(while: isBlank)
        let isHeading =
          content.first == UInt8(ascii: "#")
          || (nextEnd - bodyEnd < 40 && content.count > designator.count
            && content.prefix(designator.count).map { $0 | 0x20 } == designator
            && content[content.startIndex + designator.count] == 0x20)
        if isHeading { break }
        bodyEnd = nextEnd
      }
      let body = bodyEnd > lineEnd ? document.evidence(range: lineEnd..<bodyEnd) : nil
      return (document.evidence(range: range), body)
    }
  }

  /// Whether the phrase at `range` of folded paragraph text `bytes` is being defined: it opens its
  /// clause (or stands in quotation marks) and a defining verb follows.
  static func isDefined(_ bytes: ArraySlice<UInt8>, _ range: Range<Int>) -> Bool {
    func isQuote(_ index: Int) -> Bool {
      bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        || (bytes[index] >= 0x98 && bytes[index] <= 0x9D && index >= bytes.startIndex + 2 && bytes[index - 2] == 0xE2
          && bytes[index - 1] == 0x80)
    }
    // After: closing quotation marks (with the comma a list puts inside them), then the verb.
    var after = range.upperBound
    while after < bytes.endIndex {
      if bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: "'") || bytes[after] == UInt8(ascii: ",") {
        after += 1
      } else if after + 2 < bytes.endIndex, bytes[after] == 0xE2, bytes[after + 1] == 0x80,
        bytes[after + 2] >= 0x98 && bytes[after + 2] <= 0x9D
      {
        after += 3
      } else {
        break
      }
    }
    // "(referred to as the “global stocktake”)", "hereinafter “the Agreement”".
    var lead = range.lowerBound
    while lead > bytes.startIndex, bytes[lead - 1] == 0x20 || isQuote(lead - 1) || bytes[lead - 1] >= 0x80 {
      lead -= 1
    }
    let leading = bytes[bytes.startIndex..<lead].reversed()
    // A whole word before each cue ("recalled" is no "called").
    func follows(_ cue: String) -> Bool {
      guard leading.starts(with: cue.utf8.reversed()) else { return false }
      let before = lead - cue.utf8.count - 1
      return before < bytes.startIndex || !PatternAutomaton.isWordByte(bytes[before])
    }
    for cue in ["referred to as", "referred to as the", "hereinafter", "hereinafter the", "known as"]
    where follows(cue) {
      return true
    }
    var rest = bytes[after...]
    // A gloss in parentheses right after it: "an undue burden (significant difficulty or
    // expense)", "the … Compliance Board's (U.S. Access Board)", "existing (i.e., legacy)".
    if Self.isGloss(rest)
      || rest.first == UInt8(ascii: "s") && after > bytes.startIndex
        && (bytes[after - 1] == UInt8(ascii: "'") || bytes[after - 1] == 0x99) && Self.isGloss(rest.dropFirst())
    {
      return true
    }
    // "the term “foreign financial institution,” as used in section 1 of this order, means …".
    if rest.starts(with: " as used in ".utf8),
      let comma = rest.prefix(120).firstIndex(of: UInt8(ascii: ","))
    {
      rest = bytes[(comma + 1)...]
    }
    // ("… means that …" is a consequence, not a definition.)
    guard
      [" means ", " shall mean ", " refers to ", " is defined as ", " occurs when "].contains(where: {
        rest.starts(with: $0.utf8)
      }), !rest.starts(with: " means that ".utf8)
    else { return false }
    // Before: the clause's start, a quotation mark, or "the term".
    var before = range.lowerBound
    while before > bytes.startIndex, bytes[before - 1] == 0x20 { before -= 1 }
    if before == bytes.startIndex { return true }
    if isQuote(before - 1) { return true }
    if [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(bytes[before - 1]) {
      return true
    }
    // "The Mosaic Effect occurs when …": "the" opening the clause.
    if bytes[bytes.startIndex..<before].reversed().starts(with: "eht".utf8) {
      var start = before - 3
      while start > bytes.startIndex, bytes[start - 1] == 0x20 { start -= 1 }
      if start == bytes.startIndex
        || [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(bytes[start - 1]) && start < before - 3
      {
        return true
      }
    }
    // "the term" as a word ("long-term" is none).
    return bytes[bytes.startIndex..<before].reversed().starts(with: "mret".utf8)
      && (before - 5 < bytes.startIndex || !PatternAutomaton.isWordByte(bytes[before - 5]))
  }

  /// How often the corpus uses a phrase as whole words, counted up to `limit`, with its first use.
  func uses(of phrase: String, upTo limit: Int) -> (first: Evidence?, count: Int) {
    // An earlier count serves when it went as far, or found fewer uses than it looked for (it
    // read the whole corpus).
    if let known = phraseUses.withLock({ $0[phrase] }), known.limit >= limit || known.count < known.limit {
      return (known.first, min(known.count, limit))
    }
    let found = search(phrase, where: { _, _ in true }, counting: limit)
    phraseUses.withLock { Self.remember((found.first, found.count, limit), for: phrase, in: &$0) }
    return found
  }

  private func searchFirstUse(
    of phrase: String, where accept: (ArraySlice<UInt8>, Range<Int>) -> Bool
  ) -> Evidence? {
    search(phrase, where: accept, counting: 1).first
  }

  /// A word of `needle` (folded, its words one space apart) that no document writes: then the
  /// needle is nowhere, known from the vocabulary without reading every document (a large corpus
  /// takes long to read, and a draft asks for many phrases it does not hold). Only words of plain
  /// letters are asked; the last in any of the endings `firstWordOccurrence` accepts after it.
  func hasWordNeverWritten(_ needle: [UInt8]) -> Bool {
    let words = needle.split(separator: 0x20, omittingEmptySubsequences: false)
    for (position, word) in words.enumerated()
    where !word.isEmpty && word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
      let isLast = position == words.count - 1
      let forms =
        isLast && word.count >= QuoteLocator.inflectedLength
        ? [Array(word)] + QuoteLocator.inflections.map { Array(word) + $0 } : [Array(word)]
      let written = forms.contains { form in form.withUnsafeBufferPointer { vocabulary.contains(asciiBytes: $0) } }
      if !written { return true }
    }
    return false
  }

  /// Document by document, the first paragraph that uses the phrase as whole words where
  /// `accept` holds (its folded text is kept, so no document is folded again): the answer when
  /// that paragraph reads as text (`Paragraph.readsAsText`), else the fallback if no document
  /// uses it in text.
  /// The search goes on until it has the answer and has counted `limit` uses. A use whose
  /// evidence fails `acceptEvidence` is no answer.
  private func search(
    _ phrase: String, where accept: (ArraySlice<UInt8>, Range<Int>) -> Bool, counting limit: Int,
    accepting acceptEvidence: (Evidence) -> Bool = { _ in true }
  ) -> (first: Evidence?, count: Int) {
    let needle = QuoteLocator.needle(for: phrase)
    guard !needle.isEmpty, !hasWordNeverWritten(needle) else { return (nil, 0) }
    let isLowerCase = !phrase.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    // A single word in capitals, searched as written (see below).
    let capitals: [UInt8]? =
      phrase.utf8.count >= 2 && phrase.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
      ? Array(phrase.utf8) : nil
    // The accepted whole-word occurrences in folded text (up to `most`), as ranges of it.
    func occurrences(in text: ArraySlice<UInt8>, most: Int) -> [Range<Int>] {
      var found: [Range<Int>] = []
      var from = text.startIndex
      while found.count < most, from < text.endIndex,
        let offset = QuoteLocator.firstWordOccurrence(of: needle, in: text[from...])
      {
        let range = from + offset..<from + offset + needle.count
        if accept(text, range) { found.append(range) }
        from = range.lowerBound + 1
      }
      return found
    }
    var answer: Evidence?
    var fallback: Evidence?
    var count = 0
    var refused = 0
    let holding = documentsWritingTheWords(of: needle)
    for position in documents.indices {
      if answer != nil && count >= limit { break }
      if let holding, !holding.contains(UInt32(position)) { continue }
      // A document kept in the compiled index is searched in its paragraphs' folded text first,
      // and read only when one of them holds the phrase.
      var candidates: Set<Int>?
      if let texts = documents.foldedParagraphTexts(at: position) {
        var found: [Int] = []
        for (paragraph, text) in texts.enumerated() {
          let uses = occurrences(in: text, most: limit)
          if !uses.isEmpty {
            found.append(paragraph)
            count += uses.count
          }
        }
        if found.isEmpty || answer != nil { continue }
        candidates = Set(found)
      }
      guard answer == nil || candidates == nil else { continue }
      // A word in capitals that the document's text never writes so ("OFFICIAL" where it writes
      // "official" only) has no use there to show: its text is asked before it is parsed (from
      // that text, not read again).
      var storedText: [UInt8]?
      if let capitals, candidates != nil {
        storedText = documents.storedText(at: position)
        if let storedText, QuoteLocator.firstOccurrence(of: capitals, in: storedText) == nil { continue }
      }
      let document = storedText.map { documents.document(at: position, storedText: $0) } ?? documents[position]
      for (index, paragraph) in document.paragraphs.enumerated() where candidates?.contains(index) ?? true {
        if answer != nil && candidates != nil { break }
        let folded = paragraph.prose.normalized
        let uses = occurrences(in: folded.bytes[...], most: limit)
        guard var range = uses.first else { continue }
        if candidates == nil { count += uses.count }
        guard answer == nil else { continue }
        // A heading or a table row is a use, but running prose (or an operative clause of a
        // decision, ending in ";") says what the phrase is; a lower-case phrase inside a name
        // ("Mechanism for Loss and Damage") is no use of the phrase itself.
        var original = folded.originalRange(range)
        // A word in capitals ("ENERGY", "FACT") is searched as written: its uses in another case
        // ("energy", "in fact") are passed over, not refused, so that a corpus writing the word
        // often in lower case still shows where it writes it in capitals.
        func isOtherCase(_ original: Range<Int>) -> Bool {
          guard let capitals else { return false }
          return !document.text.bytes[original].elementsEqual(capitals)
        }
        func nextInCase() -> Bool {
          while isOtherCase(original) {
            guard let next = occurrences(in: folded.bytes[(range.lowerBound + 1)...], most: 1).first else {
              return false
            }
            range = next
            original = folded.originalRange(range)
          }
          return true
        }
        guard nextInCase() else { continue }
        var evidence = document.evidence(sentenceAround: original)
        // (A use whose sentence is refused gives way to the paragraph's next one.)
        while !acceptEvidence(evidence) {
          refused += 1
          guard refused < Self.mostRefusedUses,
            let next = occurrences(in: folded.bytes[(range.lowerBound + 1)...], most: 1).first
          else { break }
          range = next
          original = folded.originalRange(range)
          guard nextInCase() else { break }
          evidence = document.evidence(sentenceAround: original)
        }
        // (So many uses refused say what the rest are: the search ends, each being a document read.)
        if refused >= Self.mostRefusedUses { return (answer ?? fallback, min(count, limit)) }
        guard acceptEvidence(evidence) else { continue }
        if paragraph.readsAsText, !isLowerCase || !Self.hasCapitalInside(document.text.bytes[original]) {
          answer = evidence
        } else if fallback == nil {
          fallback = evidence
        }
      }
    }
    // (At most `limit`, however many the last paragraph read held: a count never depends on
    // where the search stopped, nor on which earlier count is remembered.)
    return (answer ?? fallback, min(count, limit))
  }

  /// The documents that write every word of `needle` (folded) as `QuoteLocator.firstWordOccurrence`
  /// reads it (its last word perhaps with an inflection's ending), from the compiled index's
  /// postings: every document holding the needle is among them. Nil (every document may) for a
  /// corpus read from its folders, or postings that cannot be read.
  private func documentsWritingTheWords(of needle: [UInt8]) -> Set<UInt32>? {
    guard let postings else { return nil }
    let words = needle.split(whereSeparator: { !PatternAutomaton.isWordByte($0) })
    guard !words.isEmpty else { return nil }
    // The last word may go on with an ending where the needle ends in it and it is long enough.
    let lastInflects =
      PatternAutomaton.isWordByte(needle.last!) && words.last!.count >= QuoteLocator.inflectedLength
    // Each word narrows the documents the next is asked of; none left, none holds the needle.
    var holding: Set<UInt32>?
    for (index, word) in words.enumerated() {
      var forms = [Array(word)]
      if index == words.count - 1, lastInflects { forms += QuoteLocator.inflections.map { Array(word) + $0 } }
      var writing = Set<UInt32>()
      for form in forms {
        guard let documents = postings.documents(writing: form[...]) else { return nil }
        writing.formUnion(documents)
      }
      holding = holding.map { $0.intersection(writing) } ?? writing
      if holding!.isEmpty { break }
    }
    return holding
  }

  /// Whether text has a capital letter after its first character ("Loss and Damage", not "Loss
  /// and damage" at a sentence's start).
  static func hasCapitalInside(_ text: ArraySlice<UInt8>) -> Bool {
    text.dropFirst().contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
  }

  /// The most uses a search refuses (`search(_:where:counting:accepting:)`) before it gives up.
  static let mostRefusedUses = 32

  /// The most answers each lookup cache keeps: a long session starts it afresh past that.
  static let rememberedAnswers = 20_000

  static func remember<Value>(_ value: Value, for key: String, in cache: inout [String: Value]) {
    if cache.count >= rememberedAnswers { cache.removeAll(keepingCapacity: true) }
    cache[key] = value
  }

  /// The known reference of `kind` with `identifier`, if any.
  func reference(kind: String, identifier: String) -> Reference? {
    referencesByKey["\(kind):\(WordForms.folded(identifier))"].map { references[$0] }
  }

  func knowsReference(kind: String, identifier: String) -> Bool {
    referencesByKey["\(kind):\(WordForms.folded(identifier))"] != nil
  }
}
