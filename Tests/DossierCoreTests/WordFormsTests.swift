import Testing

@testable import DossierCore

@Suite struct WordFormsTests {
  @Test func stemsByBytesAsByCharacters() {
    let words = [
      "nations", "nation", "sanctions", "sanction", "differences", "reference", "agreements", "agreement",
      "meetings", "meeting", "policies", "policy", "tested", "taxes", "tests", "test", "pakistan's", "states'",
      "ies", "cities", "us", "was", "its", "s", "", "programmes", "'s", "o'neill's", "rolled", "ended",
      "saving", "saved", "saves", "save", "based", "bases", "added", "using", "string", "fixing", "saving's", "eyed",
    ]
    for word in words {
      #expect(WordForms.stem(word) == WordForms.stemCharacters(word), "\(word)")
    }
    #expect(WordForms.stem("sanctions") == "sanction")
    #expect(WordForms.stem("policies") == "policy")
    #expect(WordForms.stem("pakistan's") == "pakistan")
    #expect(WordForms.stem("déclarations") == WordForms.stemCharacters("déclarations"))
  }

  /// A verb of three letters and "e" has one stem in all its forms ("saving 44 million lives"
  /// is the claim "saved 40 million lives" makes); roots that end otherwise keep theirs.
  @Test func shortVerbsKeepTheirE() {
    for word in ["saving", "saved", "saves", "save"] { #expect(WordForms.stem(word) == "save", "\(word)") }
    for word in ["based", "bases", "base"] { #expect(WordForms.stem(word) == "base", "\(word)") }
    // Two consonants, a vowel before the suffix, or a root of two letters: no "e".
    #expect(WordForms.stem("added") == "added")
    #expect(WordForms.stem("string") == "string")
    #expect(WordForms.stem("using") == "using")
    #expect(WordForms.stem("eyed") == "eyed")
    #expect(WordForms.stem("saving's") == "saving")
  }

  /// The plain-value stem that claim frames use is the String stem, byte for byte, and equal
  /// texts are equal values: short and long words, around the inline limit of 15 bytes, with
  /// "ies" → "y" growing a word past it, and non-ASCII words.
  @Test func stemTextIsTheStem() {
    var words = [
      "nations", "policies", "pakistan's", "states'", "us", "s", "tested", "déclarations", "agreements",
      "counterproliferation's", "internationalisations", "responsibilities", "irregularities",
      "sanctions", "sanction", "meetings", "ies", "o'neill's",
    ]
    // Every suffix on stems of 3 to 16 letters.
    for length in 3...16 {
      let base = String(repeating: "k", count: length)
      for suffix in WordForms.stemSuffixes + ["", "'s", "'"] { words.append(base + suffix) }
    }
    for word in words {
      let token = Token(
        kind: .word, range: 0..<word.utf8.count, text: word, originalRange: 0..<word.utf8.count,
        isCapitalized: false, isUpperCaseAcronym: false)
      let stem = WordForms.stemText(of: token)
      #expect(stem.string == WordForms.stem(word), "\(word)")
      #expect(stem == TokenText(WordForms.stem(word)), "\(word)")
      #expect(stem.hashWord == TokenText(WordForms.stem(word)).hashWord, "\(word)")
    }
  }
}

@Suite struct TokenTextTests {
  func token(_ text: String) -> Token {
    Token(
      kind: .word, range: 0..<text.utf8.count, text: text, originalRange: 0..<text.utf8.count, isCapitalized: false,
      isUpperCaseAcronym: false)
  }

  /// `folded` takes a shortcut for plain ASCII; it must fold exactly as `NormalizedText` does.
  @Test func foldsASCIIAsTheTextMapDoes() {
    let pieces = ["A", "b", "Z", " ", "  ", "\t", "\n", "\r\n", "`", "'", "-", "U.S.", "EO", "1998", "é", "\u{2019}"]
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<2000 {
      let phrase = (0..<generator.next(8)).map { _ in pieces[generator.next(pieces.count)] }.joined()
      let reference = NormalizedText(
        source: SourceText(phrase), segments: [.init(range: 0..<phrase.utf8.count, join: .adjacent)]
      ).string
      #expect(WordForms.folded(phrase) == reference, "\(phrase.debugDescription)")
    }
    #expect(WordForms.folded("Executive  Order\t13382") == "executive order 13382")
    #expect(WordForms.folded("already folded") == "already folded")
  }

  @Test func possessiveByBytesAsByCharacters() {
    for word in [
      "pakistan's", "states'", "'s", "'", "s", "", "o'neill's", "déclaration's", "it's'", "counterproliferation's",
    ] {
      #expect(token(word).withoutPossessive == token(word).withoutPossessiveByCharacters, "\(word)")
    }
  }

  @Test func textRoundTripsInlineAndInterned() {
    for word in [
      "", "a", "fifteen-bytes!!", "sixteen-bytes!!!", "counterproliferation's", "é", "中文字",
      String(repeating: "x", count: 300),
    ] {
      let made = token(word)
      #expect(made.text == word)
      #expect(made.utf8Count == word.utf8.count)
      #expect(made.firstByte == (word.utf8.first ?? 0))
      #expect(made == token(word), "equal texts make equal tokens")
    }
    #expect(token("executive").hasText("executive"))
    #expect(!token("executives").hasText("executive"))
    #expect(token("counterproliferation").hasText("counterproliferation"))
    #expect(!token("counterproliferation").hasText("counter"))
    #expect(token("sixteen-bytes!!!") != token("sixteen-bytes!!?"))
  }
}

@Suite struct TokenLayoutTests {
  @Test func aTokenIsThirtyTwoBytesOfPlainData() {
    #expect(MemoryLayout<Token>.stride == 32)
    #expect(_isPOD(Token.self))
  }

  @Test func fieldsRoundTrip() {
    for kind in [Token.Kind.word, .number, .punctuation] {
      for flags in 0..<8 {
        let token = Token(
          kind: kind, range: 7..<12, text: "abcde", originalRange: 20..<31, isCapitalized: flags & 1 != 0,
          isUpperCaseAcronym: flags & 2 != 0, hasLowerCasePluralS: flags & 4 != 0)
        #expect(token.kind == kind)
        #expect(token.isCapitalized == (flags & 1 != 0))
        #expect(token.isUpperCaseAcronym == (flags & 2 != 0))
        #expect(token.hasLowerCasePluralS == (flags & 4 != 0))
        #expect(token.range == 7..<12)
        #expect(token.originalRange == 20..<31)
      }
    }
    let long = String(repeating: "internationalisation", count: 3)
    let token = Token(
      kind: .word, range: 100..<100 + long.utf8.count, text: long, originalRange: 0..<60, isCapitalized: false,
      isUpperCaseAcronym: false)
    #expect(token.range == 100..<160)
    #expect(token.text == long)
  }
}

@Suite struct SpellingVariantsTests {
  @Test(arguments: [
    ("organization", ["organisation"]), ("organisations", ["organizations"]), ("prioritize", ["prioritise"]),
    ("analyze", ["analyse"]), ("analyse", ["analyze"]), ("paralyzing", ["paralysing"]),
    ("behavior", ["behaviour"]), ("centre", ["center"]), ("programmes", ["programs"]), ("defense", ["defence"]),
    ("paediatric", ["pediatric"]), ("oestrogen", ["estrogen"]), ("enrolment", ["enrollment"]),
    ("roubles", ["rubles"]), ("ruble", ["rouble"]), ("neighbourly", ["neighborly"]), ("flavorful", ["flavourful"]),
    ("despatched", ["dispatched"]), ("defenseless", ["defenceless"]),
    // Chemistry's "sulf…" and "sulph…".
    ("sulphonic", ["sulfonic"]), ("sulfates", ["sulphates"]), ("sulf", []),
    // Too short for the -ise rule, or no rule at all.
    ("size", []), ("rise", []), ("sanctions", []), ("", []),
    // Non-ASCII words count characters, not bytes: "éalise" is 6 characters (7 bytes).
    ("réalize", ["réalise"]), ("éalise", []),
  ])
  func counterparts(word: String, expected: [String]) {
    #expect(SpellingVariants.counterparts(of: word) == expected)
  }

  /// The -or/-our and -er/-re families are worked out from a word's bytes; they must give what
  /// the table of every form (as it was first written) gives, for its forms and near misses.
  @Test func familiesMatchTheTableOfEveryForm() {
    var table: [String: [String]] = [:]
    func pair(_ american: String, _ british: String) {
      table[american, default: []].append(british)
      table[british, default: []].append(american)
    }
    for stem in [
      "behavi", "neighb", "fav", "hon", "lab", "col", "harb", "vig", "rig", "sav", "fervo", "endeav", "rum", "hum",
      "ard", "clam", "splend", "vap", "armo", "tum",
    ] {
      for ending in ["or", "ors", "ored", "oring", "orhood", "orhoods", "orable", "orite", "orites"] {
        let american = stem + ending
        if american.count >= 5 { pair(american, stem + "ou" + ending.dropFirst()) }
      }
    }
    for stem in ["cent", "theat", "fib", "met", "lit", "calib", "somb", "spect", "meag", "sab"] {
      for (american, british) in [("er", "re"), ("ers", "res"), ("ered", "red")] {
        pair(stem + american, stem + british)
      }
    }
    let words =
      table.keys.flatMap { [$0, $0 + "s", String($0.dropLast()), "x" + $0] } + ["ou", "or", "col", "colo", "centr"]
    for word in words {
      var bytes = word
      let computed = bytes.withUTF8 { SpellingVariants.familyCounterparts(of: $0) }
      #expect(Set(computed) == Set(table[word] ?? []), "\(word)")
    }
  }
}

@Suite struct VocabularyLookupTests {
  @Test func wordsMatchAsUnicodeTextNotAsBytes() {
    // "café" written precomposed in the corpus is the same word written with a combining accent.
    let text = "The café in Kalámi opened. Another café closed.\n"
    let vocabulary = Vocabulary(documents: [CorpusDocument(name: "a.txt", folder: nil, text: SourceText(text))])
    #expect(vocabulary.contains("café"))
    #expect(vocabulary.contains("cafe\u{301}"))
    #expect(vocabulary.contains("kala\u{301}mi"))
    #expect(vocabulary.contains("opened"))
    #expect(!vocabulary.contains("cafe"))
    #expect(!vocabulary.contains("open"))
    let long = String(repeating: "a", count: 80)
    let longVocabulary = Vocabulary(documents: [
      CorpusDocument(name: "b.txt", folder: nil, text: SourceText("A \(long) word.\n"))
    ])
    #expect(longVocabulary.contains(long))
    #expect(!longVocabulary.contains(String(repeating: "a", count: 79)))
  }
}

@Suite struct VocabularyCountingTests {
  /// The vocabulary as first written, keyed by Strings throughout: what the counter must equal.
  static func reference(_ documents: [CorpusDocument]) -> (
    counts: [String: Int], properNouns: [String: String], firstUse: [String: Int]
  ) {
    var counts: [String: Int] = [:]
    var capitalizedInside: [String: (String, Int)] = [:]
    var lowercase: Set<String> = []
    var firstUse: [String: Int] = [:]
    for document in documents {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        for sentence in prose.sentences {
          for index in sentence where prose.tokens[index].kind == .word {
            let token = prose.tokens[index]
            let word = token.withoutPossessive
            counts[word, default: 0] += 1
            guard paragraph.isRunningProse else { continue }
            if !token.isCapitalized {
              lowercase.insert(word)
              continue
            }
            if token.isUpperCaseAcronym || word.contains(".") { continue }
            if index == sentence.lowerBound || prose.tokens[index - 1].hasText("\"")
              || prose.tokens[index - 1].hasText(":")
            {
              continue
            }
            let spelling = document.text.string(in: token.originalRange)
            let bare = spelling.hasSuffix("'s") || spelling.hasSuffix("’s") ? String(spelling.dropLast(2)) : spelling
            capitalizedInside[word, default: (bare, 0)].1 += 1
            if firstUse[word] == nil { firstUse[word] = token.originalRange.lowerBound }
          }
        }
      }
    }
    let nouns = capitalizedInside.filter { !lowercase.contains($0.key) }.mapValues(\.0)
    return (counts, nouns, firstUse.filter { nouns[$0.key] != nil })
  }

  @Test func countsAsStringsWould() {
    let pieces = [
      "Karachi", "karachi", "Karachi's", "the", "The", "WMD", "U.S.", "café", "Café", "cafe\u{301}",
      "counterproliferation", "Counterproliferation's", "Islamabad’s", "\"Quoted", ":", ".", ",", "1998",
    ]
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<60 {
      let text = (0..<(20 + generator.next(80))).map { _ in pieces[generator.next(pieces.count)] }.joined(
        separator: " ")
      let documents = [CorpusDocument(name: "a.txt", folder: nil, text: SourceText(text + ".\n"))]
      let vocabulary = Vocabulary(documents: documents)
      let expected = Self.reference(documents)
      #expect(vocabulary.wordCounts == expected.counts)
      #expect(vocabulary.properNouns.mapValues(\.spelling) == expected.properNouns)
      #expect(vocabulary.firstUse.mapValues(\.range.lowerBound) == expected.firstUse)
    }
  }
}

@Suite struct ProperNounTableTests {
  @Test func namesAreFoundByFirstByteAndLengthHoweverLong() {
    let names = ["islamabad", "islamabads", "karachi", String(repeating: "k", count: 100)].map {
      Corpus.ProperNoun(folded: $0, spelling: $0.capitalized, bytes: Array($0.utf8))
    }
    let table = ProperNounTable(names)
    #expect(table.names(first: UInt8(ascii: "i"), length: 9).map(\.folded) == ["islamabad"])
    #expect(table.names(first: UInt8(ascii: "i"), length: 10).map(\.folded) == ["islamabads"])
    #expect(table.names(first: UInt8(ascii: "k"), length: 7).map(\.folded) == ["karachi"])
    #expect(table.names(first: UInt8(ascii: "k"), length: 100).count == 1)
    #expect(table.names(first: UInt8(ascii: "k"), length: 99).isEmpty)
    #expect(table.names(first: UInt8(ascii: "q"), length: 9).isEmpty)
    #expect(table.names(first: UInt8(ascii: "i"), length: -1).isEmpty)
    #expect(ProperNounTable([]).isEmpty)
  }
}

/// The Markdown scan skips plain text eight bytes at a time; the first candidate it reports must
/// never lie past the first byte that stops the scan (markup, or "http"/"www." in any case).
@Suite struct InlineScanTests {
  @Test func eightAtATimeFindsTheFirstStop() {
    let alphabet = Array("hHtTpPwW.ab \\`<![]:/é".utf8)
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<20_000 {
      let bytes = (0..<16).map { _ in alphabet[generator.next(alphabet.count)] }
      let first = bytes.withUnsafeBufferPointer { MarkdownScanner.firstCandidate($0, at: 0) }
      func stops(_ index: Int) -> Bool {
        if "\\`<![]".utf8.contains(bytes[index]) { return true }
        let window = bytes[index..<index + 4].map { $0 | 0x20 }
        return window == Array("http".utf8) || window == Array("www.".utf8)
      }
      let expected = (0..<8).first(where: stops) ?? 8
      #expect(first == expected, "\(String(decoding: bytes, as: UTF8.self))")
    }
  }
}
