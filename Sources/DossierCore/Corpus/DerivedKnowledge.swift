/// Knowledge derived from a corpus's documents alone, with no knowledge file: acronym
/// definitions and spellings the corpus uses consistently (compounds: `CompoundForms`).
enum DerivedKnowledge {
  /// The acronyms defined ("weapons of mass destruction (WMDs)", "WMD (weapons of mass
  /// destruction)") in documents read one at a time, in order: in any paragraph, a list's item
  /// and a heading too ("* Assists in achieving Cross-Media Electronic Reporting Rule (CROMERR)
  /// Compliance"), since the expansion's initials must spell the acronym.
  struct AcronymReading: Sendable {
    private var found: [String: AcronymDefinition] = [:]
    /// The initials (three to eight capitals) of every run of capitalised words the documents
    /// write, small words between them allowed ("Department of Foreign Affairs and Trade":
    /// "DFAT", "FAT", "AT" is too short …): the acronyms whose names the corpus spells out
    /// somewhere (`spelledOut(among:)`), with how often each is spelt out.
    private var initials: [String: Int] = [:]

    mutating func add(_ document: CorpusDocument) {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        collectInitials(prose.tokens)
        for definition in AcronymDefinitions.definitions(in: prose, source: document.text) {
          let acronym = definition.acronym
          if found[acronym.singular] != nil { continue }
          let range = prose.originalRange(ofTokens: definition.tokens)
          found[acronym.singular] = AcronymDefinition(
            acronym: acronym.singular,
            expansion: document.text.string(in: prose.originalRange(ofTokens: definition.expansion)).singleSpaced,
            plurals: acronym.isPlural ? [acronym.spelling] : [], evidence: [document.evidence(sentenceAround: range)],
            origin: .derived)
        }
      }
    }

    /// Each acronym's first definition.
    var acronyms: [AcronymDefinition] { found.values.sorted { $0.acronym < $1.acronym } }

    /// Words a run of capitalised words may hold between them ("Department of Foreign Affairs and
    /// Trade").
    static let smallWordList = ["of", "and", "the", "for", "on", "in", "to", "&"]
    static let smallWords = WordSet(smallWordList)

    private mutating func collectInitials(_ tokens: [Token]) {
      var run: [UInt8] = []
      var index = 0
      while index < tokens.count {
        defer { index += 1 }
        let token = tokens[index]
        if token.kind == .word, token.isCapitalized, !token.isUpperCaseAcronym, token.utf8Count >= 2,
          token.firstByte >= 0x61, token.firstByte <= 0x7A
        {
          run.append(token.firstByte - 0x20)
          for length in 3...8 where run.count >= length {
            initials[String(decoding: run.suffix(length), as: UTF8.self), default: 0] += 1
          }
          // ("Co-operation": a capitalised word's hyphenated tail belongs to it.)
          if index + 2 < tokens.count, tokens[index + 1].hasText("-"), token.touches(tokens[index + 1]),
            tokens[index + 1].touches(tokens[index + 2]), tokens[index + 2].kind == .word,
            !tokens[index + 2].isCapitalized
          {
            index += 2
          }
        } else if !run.isEmpty, token.kind == .word, Self.smallWords.contains(token) {
          continue
        } else if !run.isEmpty, token.hasText("&") {
          continue
        } else {
          run.removeAll(keepingCapacity: true)
        }
      }
    }

    /// The initials the corpus also writes as a word (folded, in `words`), in capitals: acronyms
    /// whose names it spells out, twice or more (a name written once may spell another's
    /// initials by chance: "Royal Aircraft Factories" beside the "RAF").
    func spelledOut(among words: [String: Int]) -> Set<String> {
      Set(initials.filter { $0.value >= 2 && words[$0.key.lowercased()] != nil }.keys)
    }
  }

  /// Words whose American or British counterpart the corpus never uses: "program" makes
  /// "programme" a variant, "defence" makes "defense" one.
  /// A word in "-ize" ("demonetization") the corpus writes once or twice while it writes most such
  /// words in "-ise" ("utilisation", "stabilise"), or the other way round, is no convention of its
  /// own: it rejects nothing.
  static func spellingTerms(vocabulary: Vocabulary) -> [Term] {
    var candidates: [(word: String, count: Int, counterparts: [String])] = []
    // Uses of words in "-iz-" and in "-is-" that have a counterpart in the other convention.
    var zUses = 0
    var sUses = 0
    for (word, count) in vocabulary.wordCounts where count >= 1 && isLongWord(word) {
      let counterparts = SpellingVariants.counterparts(of: word)
      guard !counterparts.isEmpty else { continue }
      switch izeConvention(of: word, counterparts) {
      case true?: zUses += count
      case false?: sUses += count
      case nil: break
      }
      candidates.append((word, count, counterparts))
    }
    var terms: [Term] = []
    for (word, count, counterparts) in candidates {
      if count < 3, let usesZ = izeConvention(of: word, counterparts), usesZ ? sUses > zUses : zUses > sUses {
        continue
      }
      let variants = counterparts.filter { !writesFamily(of: $0, vocabulary, against: count) }
      guard !variants.isEmpty, vocabulary.properNouns[word] == nil else { continue }
      terms.append(Term(preferred: word, kind: "spelling", rejected: variants, evidence: [], origin: .derived))
    }
    return terms.sorted { $0.preferred < $1.preferred }
  }

  /// Whether `word` is the "-ize" spelling (true) or the "-ise" one (false) of a counterpart that
  /// differs from it only there; nil for other counterparts ("programme", "defence").
  private static func izeConvention(of word: String, _ counterparts: [String]) -> Bool? {
    for other in counterparts where other.utf8.count == word.utf8.count {
      let differing = zip(word.utf8, other.utf8).filter { $0 != $1 }
      guard differing.count == 1 else { continue }
      if differing[0] == (UInt8(ascii: "z"), UInt8(ascii: "s")) { return true }
      if differing[0] == (UInt8(ascii: "s"), UInt8(ascii: "z")) { return false }
    }
    return nil
  }

  /// The corpus writes `word`, or another inflection of its stem in "-ize" or "-ise" in the
  /// same convention ("finalize" for "finalizing", "organizations" for "organization"): the
  /// spelling is the corpus's own too.
  /// The plural or the singular in the same convention counts too ("fertiliser" where the
  /// corpus writes "fertilisers"), unless the corpus writes it far less often than `count`, the
  /// uses of the word in the other convention (four "programmes" among thousands of "program").
  /// A word the corpus writes only in names ("Food and Agriculture Organization") is no spelling
  /// of its own for the common word ("organisation" elsewhere).
  private static func writesFamily(of word: String, _ vocabulary: Vocabulary, against count: Int) -> Bool {
    if vocabulary.contains(word), vocabulary.properNouns[word] == nil { return true }
    var number = vocabulary.wordCounts[word + "s"] ?? 0
    if word.hasSuffix("s"), !word.hasSuffix("ss") { number += vocabulary.wordCounts[String(word.dropLast())] ?? 0 }
    if number > 0, number * 20 >= count { return true }
    // Another inflection of an -our or -or word in the same convention ("honoured" where the
    // corpus writes "honor" once): three uses, or a tenth of the other convention's, at least.
    let inflections = SpellingVariants.sameConventionInflections(of: word)
    if !inflections.isEmpty {
      func uses(_ words: [String]) -> Int {
        words.reduce(0) { $0 + (vocabulary.properNouns[$1] == nil ? vocabulary.wordCounts[$1] ?? 0 : 0) }
      }
      let own = uses(inflections)
      let other = uses(
        SpellingVariants.counterparts(of: word).flatMap { [$0] + SpellingVariants.sameConventionInflections(of: $0) })
      return own >= 3 || own > 0 && own * 10 >= other
    }
    let endings = ["ations", "ation", "ing", "ed", "es", "e", "s"]
    var stem = Substring(word)
    if let ending = endings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 }) {
      stem = word.dropLast(ending.count)
    }
    // Only the verbs in "-ize" and "-ise" and their nouns: other families share inflections
    // across the conventions ("programmed").
    guard stem.hasSuffix("iz") || stem.hasSuffix("is") else { return false }
    // (An inflection both conventions write, "programming", says nothing.)
    // The family's uses in this convention, and in the other: a stray "organized" among
    // twenty-eight "organisation", "organisations", "organise" and "organised" is no convention
    // of the corpus's (three uses, or a tenth of the other's, at least: a corpus of many sources
    // writes both).
    let other = stem.dropLast() + (stem.hasSuffix("iz") ? "s" : "z")
    var uses = 0
    var otherUses = 0
    for ending in [""] + endings {
      let inflection = String(stem + ending)
      if vocabulary.properNouns[inflection] == nil, !SpellingVariants.counterparts(of: inflection).isEmpty {
        uses += vocabulary.wordCounts[inflection] ?? 0
      }
      let otherInflection = String(other + ending)
      if vocabulary.properNouns[otherInflection] == nil { otherUses += vocabulary.wordCounts[otherInflection] ?? 0 }
    }
    return uses >= 3 || uses > 0 && uses * 10 >= otherUses
  }

  /// Five or more characters, all letters. ASCII words are checked byte by byte.
  private static func isLongWord(_ word: String) -> Bool {
    let utf8 = word.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.count >= 5 && utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
    return word.count >= 5 && word.allSatisfy(\.isLetter)
  }
}

/// Which of many phrases occur in a folded text, found in one pass.
enum PhraseOccurrence {
  static func used(_ phrases: [String], in foldedText: [UInt8]) -> Set<String> {
    guard !phrases.isEmpty else { return [] }
    let folded = phrases.map(WordForms.folded)
    let automaton = PatternAutomaton(patterns: folded.enumerated().map { (Array($0.element.utf8), $0.offset) })
    return Set(automaton.matches(in: foldedText).map { folded[$0.payload] })
  }
}

extension DerivedKnowledge {
  /// The formal references cited in documents read one at a time, in order, each in its full
  /// spelling: the spelling the corpus uses most often, and never one in capitals (a title line)
  /// while another exists.
  struct ReferenceReading: Sendable {
    private var found: [String: Reference] = [:]
    // Spellings of each reference with their counts, in order of first use.
    private var spellings: [String: [(written: String, count: Int)]] = [:]
    // The date each reference is written with ("of March 15, 1995"), first found, its evidence
    // the reference and the date as written (a finding's quotation shows the point, however long
    // the sentence); nil once another date is found too.
    private var dates: [String: ReferenceDate?] = [:]

    mutating func add(_ document: CorpusDocument) {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        for occurrence in ReferenceScanner.references(in: prose) {
          let key = "\(occurrence.kind):\(occurrence.identifier)"
          let range = prose.originalRange(ofTokens: occurrence.tokens)
          let written = Self.written(occurrence.tokens, in: prose, text: document.text)
          if let date = InstrumentDate.value(after: occurrence, in: prose, fullDatesOnly: true) {
            let value = Int(date.magnitude)
            if let known = dates[key] {
              if let known, known.value != value { dates[key] = .some(nil) }
            } else {
              let dated = prose.originalRange(ofTokens: occurrence.tokens.lowerBound..<date.tokens.upperBound)
              dates[key] = ReferenceDate(
                written: document.text.string(in: prose.originalRange(ofTokens: date.tokens)).singleSpaced,
                value: value,
                evidence: document.evidence(range: dated))
            }
          }
          if let index = spellings[key]?.firstIndex(where: { $0.written == written }) {
            spellings[key]![index].count += 1
          } else {
            spellings[key, default: []].append((written, 1))
          }
          if var existing = found[key] {
            if existing.evidence.count < 3 { existing.evidence.append(document.evidence(sentenceAround: range)) }
            found[key] = existing
            continue
          }
          let preferred = Self.keepsSpelling(occurrence.kind) ? written : occurrence.canonical
          var accepted: [String] = []
          if occurrence.kind == "executive-order" { accepted = ["EO \(occurrence.identifier)"] }
          found[key] = Reference(
            preferred: preferred, kind: occurrence.kind, identifier: occurrence.identifier,
            accepted: accepted, evidence: [document.evidence(sentenceAround: range)], origin: .derived)
        }
      }
    }

    /// The words of `tokens` as written, without the markup between them ("OMB [Memorandum" of
    /// a link is "OMB Memorandum"), one space where any space was.
    static func written(_ tokens: Range<Int>, in prose: ProseText, text: SourceText) -> String {
      var result = ""
      var previousEnd: Int?
      for position in tokens {
        let range = prose.tokens[position].originalRange
        if let end = previousEnd, end < range.lowerBound,
          text.bytes[end..<range.lowerBound].contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
        {
          result += " "
        }
        result += text.string(in: range)
        previousEnd = range.upperBound
      }
      return result
    }

    /// Whether references of `kind` are written as the corpus writes them most: those with no
    /// canonical form.
    private static func keepsSpelling(_ kind: String) -> Bool {
      !ReferenceScanner.numberedKinds.contains(kind)
    }

    /// Each reference in its preferred spelling, with its date where the corpus gives it one.
    var references: [Reference] {
      var found = found
      for (key, date) in dates { found[key]?.date = date }
      for (key, reference) in found where Self.keepsSpelling(reference.kind) {
        guard let forms = spellings[key], forms.count > 1 else { continue }
        func isCapitals(_ text: String) -> Bool {
          text.contains(where: \.isLowercase) == false && text.contains(where: \.isUppercase)
        }
        let candidates = forms.contains { !isCapitals($0.written) } ? forms.filter { !isCapitals($0.written) } : forms
        // The most used; the first used among equals.
        var best = candidates[0]
        for form in candidates.dropFirst() where form.count > best.count { best = form }
        found[key]?.preferred = best.written
      }
      return found.values.sorted { ($0.preferred, $0.kind, $0.identifier) < ($1.preferred, $1.kind, $1.identifier) }
    }
  }
}
