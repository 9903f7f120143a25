/// `name-misspelled`: a near miss of a proper noun the corpus spells consistently ("Islamabd"
/// for "Islamabad", "Pakisatn" for "Pakistan"). Derived forms ("Pakistani", "Kashmiri") and
/// words the corpus itself uses are never near misses.
enum NameMisspelledCheck: BlockCheck {
  static let rule = Rule.nameMisspelled

  /// Endings that make a derived form or plural of a name, not a misspelling.
  static let derivedEndings = [
    "s", "es", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "'s", "ite", "ites", "er", "ers",
  ]

  static func findings(in context: CheckContext) -> [Finding] {
    let vocabulary = context.corpus.vocabulary
    let names = context.corpus.properNouns
    var findings: [Finding] = []
    let prose = context.prose
    for (index, token) in prose.tokens.enumerated()
    where token.kind == .word && token.isCapitalized && !token.isUpperCaseAcronym {
      // A possessive ending is at most two bytes: shorter words cannot reach five letters, but
      // may end a multi-word name ("Phnom Phen").
      guard token.utf8Count >= 4 else { continue }
      // Most capitalised words are plain ASCII words the corpus uses: settle those on the bytes.
      let knownASCIIWord = token.withUTF8 { bytes in
        let word = UnsafeBufferPointer(rebasing: bytes[..<WordForms.possessiveStart(bytes)])
        return word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && vocabulary.contains(asciiBytes: word)
      }
      if knownASCIIWord { continue }
      let word = token.withoutPossessive
      guard word.utf8.count >= 3 else { continue }
      // Lower-case ASCII letters (nearly every word): its length in letters is its length in bytes.
      let isASCII = word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
      // (An apostrophe inside a name is the name's: "O'Brien", "D'Souza".)
      guard
        isASCII
          || word.allSatisfy({ $0.isLetter || $0 == "'" }) && word.first?.isLetter == true
            && word.last?.isLetter == true
      else { continue }
      let length = isASCII ? word.utf8.count : word.count
      guard !vocabulary.contains(word), !context.options.acceptedWords.contains(word), token.wordClasses.isEmpty
      else { continue }
      let bytes = Array(word.utf8)
      // The last word of a multi-word name whose earlier words the draft writes exactly.
      // (With its other ending too: "National Security Adviser" where the corpus always writes
      // "National Security Advisor" is the corpus's title written otherwise.)
      if let name = nameSequel(of: bytes, at: index, in: prose, vocabulary: vocabulary) {
        findings.append(nameWordFinding(token: token, word: word, spelling: name, context: context))
        continue
      }
      // The first word of a multi-word name whose later word the draft writes exactly.
      if let name = namePrequel(of: bytes, at: index, in: prose, vocabulary: vocabulary) {
        findings.append(nameWordFinding(token: token, word: word, spelling: name, context: context))
        continue
      }
      guard length >= 5 else { continue }
      let limit = length >= 10 ? 2 : 1
      let letters = ProperNounTable.letterSignature(bytes)
      var best: (name: String, spelling: String, distance: Int)?
      var ambiguous = false
      // The other names as near as `best`.
      var tied: [(name: String, spelling: String, distance: Int)] = []
      // A misspelling keeps its first letter (and precision wants it so): only names that
      // start alike and are about as long are candidates.
      for length in (bytes.count - limit)...(bytes.count + limit) {
        for name in names.names(first: bytes[0], length: length) {
          // Each edit changes at most two bits of the signature: a cheap test first.
          guard (name.letters ^ letters).nonzeroBitCount <= 2 * limit else { continue }
          // (A name of lists alone is matched only beside its other words, above.)
          guard !vocabulary.listNames.contains(name.folded) else { continue }
          let distance = WordForms.editDistance(bytes, name.bytes, limit: limit)
          guard distance <= limit else { continue }
          if let current = best {
            if distance < current.distance {
              best = (name.folded, name.spelling, distance)
              tied = []
              ambiguous = false
            } else if distance == current.distance {
              tied.append((name.folded, name.spelling, distance))
              ambiguous = true
            }
          } else {
            best = (name.folded, name.spelling, distance)
          }
        }
      }
      // Eight or nine letters, no name an edit away: the name's vowels written otherwise, two of
      // them, as another transliteration writes it ("Hezbollah" where the corpus writes
      // "Hizballah"), when exactly one name is so near.
      if best == nil, length == 8 || length == 9 {
        let near = names.names(first: bytes[0], length: bytes.count).filter {
          ($0.letters ^ letters).nonzeroBitCount <= 4 && !vocabulary.listNames.contains($0.folded)
            && differsInVowelsOnly(bytes, $0.bytes)
        }
        if near.count == 1 { best = (near[0].folded, near[0].spelling, 2) }
      }
      // As near two names, the one the corpus writes five times as often as any other, five
      // times at least, is the one meant ("Nigera": "Nigeria" ten times, "Niger" once).
      if ambiguous, let first = best {
        let ranked = ([first] + tied).map { ($0, vocabulary.properNouns[$0.name]?.count ?? 0) }
          .sorted { $0.1 > $1.1 }
        if ranked[0].1 >= 5, ranked[0].1 >= 5 * ranked[1].1 {
          best = ranked[0].0
          ambiguous = false
        }
      }
      guard let best, !ambiguous else {
        // No name is near it: perhaps a common word of a name misspelt ("Minority Buisness
        // Development Agency").
        if let found = misspeltWordOfName(bytes, at: index, in: prose, context: context) {
          findings.append(found)
        }
        continue
      }
      // Five letters: only two neighbouring letters swapped ("Soeul") or one of a doubled letter
      // dropped ("Powel" for "Powell"); one other edit turns a short name into too many other real
      // names ("Susan" and "Sudan").
      if length == 5, !WordForms.differByANeighbourSwap(bytes, Array(best.name.utf8)),
        !dropsOneOfADoubledLetter(bytes, of: Array(best.name.utf8))
      {
        continue
      }
      // "Pakistanis", "Kashmiri": the name plus an ending is a derived form.
      if word.hasPrefix(best.name), derivedEndings.contains(String(word.dropFirst(best.name.count))) { continue }
      // A name's shorter form ("Philippine" of "Philippines"), not a misspelling; but one letter
      // of a doubled last letter dropped is ("Goolsbe" for "Goolsbee", "Russel" for "Russell").
      // (As the name's prefix, the letter dropped is of a doubled last one.)
      if best.name.hasPrefix(word), !dropsOneOfADoubledLetter(Array(word), of: Array(best.name)) { continue }
      // The start of a longer name the corpus writes ("Ukraini", in "Slava Ukraini", of its
      // "Ukrainian"): that name's form in another language or case, not the shorter one misspelt.
      if beginsALongerName(bytes, names, other: best.name) { continue }
      // Another word built on the name ("Presidency" beside "President", "Federalist" beside
      // "Federal"), not a misspelling.
      if isDerivation(word, of: best.name) { continue }
      // The name's stem with another ending ("Commemoration" beside "Commemorative"): another
      // word, not a misspelling.
      if isOtherEnding(word, of: best.name) { continue }
      // A label ("**Status:** draft 3") near a name the corpus writes only as the last word of
      // longer names ("United States", "Member States"): a field's name, not that name misspelt.
      if index + 1 < prose.tokens.count, prose.tokens[index + 1].hasText(":"), token.touches(prose.tokens[index + 1]),
        writesOnlyInLongerNames(best.name, spelling: best.spelling, context.corpus)
      {
        continue
      }
      // The plural of a word the corpus writes ("Secretaries" beside its "Secretary", near
      // "Secretariat").
      if isPluralOfACorpusWord(word, vocabulary: vocabulary) { continue }
      // The other number of a word in "-man" ("Congresswomen" beside "Congresswoman").
      if isOtherNumber(word, of: best.name) { continue }
      // The name's word in the other spelling convention ("Ministry of Defence" beside the
      // corpus's "Department of Defense"): a name keeps its owner's spelling.
      if SpellingVariants.counterparts(of: word).contains(best.name) { continue }
      // A first name before a surname the corpus writes, but never after the name it resembles
      // ("Jenniffer González-Colón" where the corpus has "Jennifer Granholm" and "Congresswoman
      // González-Colón"): another person's name, spelt as its owner spells it.
      // (The surname may follow another given name: "Mohamed Hamdan Dagalo".)
      if index + 1 < prose.tokens.count, case let next = prose.tokens[index + 1],
        next.kind == .word, next.isCapitalized,
        (index + 1...min(index + 2, prose.tokens.count - 1)).contains(where: { position in
          let word = prose.tokens[position]
          return word.kind == .word && word.isCapitalized && vocabulary.properNouns[word.text] != nil
        }),
        context.corpus.firstUse(of: "\(best.spelling) \(context.text(next.originalRange))") == nil
      {
        continue
      }
      // An agent noun's other ending, alone ("Legal Adviser" where the corpus writes only
      // "National Security Advisor").
      // (Not a surname after the given name the corpus writes with it: "Loretta Mestor" of the
      // corpus's "Loretta J. Mester".)
      if isOtherAgentEnding(word, of: best.name),
        !followsItsGivenName(at: index, best.spelling, in: prose, context: context)
      {
        continue
      }
      // The first word of a name of the draft's own ("Fannie Mae" where the corpus has a
      // "Fannin" but never "Fannin Mae"): another name, spelt as its owner spells it.
      // (Either word may be in the possessive: "Savanna's Act", "Sherrod Brown's help".)
      if index + 1 < prose.tokens.count, case let next = prose.tokens[index + 1], next.kind == .word,
        next.isCapitalized, !next.wordClasses.contains(.function), token.range.upperBound + 1 == next.range.lowerBound
      {
        let nextWord = WordForms.withoutPossessive(context.text(next.originalRange))
        if ["", "'s", "\u{2019}s"].allSatisfy({
          context.corpus.firstUse(of: "\(best.spelling)\($0) \(nextWord)") == nil
        }) {
          continue
        }
      }
      // A form built on another word the corpus writes ("Tracker" of its "track", near
      // "Thacker"; "Tongans" of its "Tonga", near "Tongass").
      if derivedEndings.contains(where: { ending in
        word.hasSuffix(ending) && word.utf8.count - ending.utf8.count >= 4
          && vocabulary.contains(String(word.dropLast(ending.count)))
      }) {
        continue
      }
      findings.append(finding(token: token, word: word, spelling: best.spelling, context: context))
    }
    return findings
  }

  /// The findings without the near misses of a name the draft writes deliberately: its prose
  /// spells the word so three times or more, where the corpus writes the name it resembles at
  /// most twice ("Micron" throughout a memo, beside a corpus's one "Macron"). A slip is made
  /// once; a name written so again and again is the writer's, and a name the corpus barely uses
  /// is too thin a ground to overrule it. (Draft-wide, so applied after the blocks' findings are
  /// gathered.)
  static func withoutDeliberateNames(
    _ findings: [Finding], text: SourceText, blocks: [ProseBlock], corpus: Corpus
  ) -> [Finding] {
    guard findings.contains(where: { $0.rule == rule }) else { return findings }
    var uses: [[UInt8]: Int] = [:]
    func timesWritten(_ word: [UInt8]) -> Int {
      if let known = uses[word] { return known }
      func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
      var count = 0
      text.bytes.withUnsafeBufferPointer { bytes in
        for block in blocks {
          for segment in block.segments where segment.range.count >= word.count {
            var start = segment.range.lowerBound
            while start + word.count <= segment.range.upperBound {
              if bytes[start] == word[0], bytes[start..<start + word.count].elementsEqual(word),
                start == 0 || !isLetter(bytes[start - 1]),
                start + word.count == bytes.count || !isLetter(bytes[start + word.count])
                  || bytes[start + word.count] == UInt8(ascii: "'")
                  || bytes[start + word.count] == 0xE2
              {
                count += 1
                start += word.count
              } else {
                start += 1
              }
            }
          }
        }
      }
      uses[word] = count
      return count
    }
    return findings.filter { finding in
      guard finding.rule == rule, let spelling = finding.fixes.first?.edits.first?.newText,
        (corpus.vocabulary.properNouns[WordForms.folded(spelling)]?.count ?? 0) <= 2
      else { return true }
      return timesWritten(Array(text.bytes[finding.range])) < 3
    }
  }

  /// English derivations: an ending that replaces the name's last letters (t → cy, ce, cies,
  /// tial; e → al, ity; y → ies; a people's es → ois, a → ian or an, o → an) or follows the whole name
  /// (-ist, -ism, -ship, -hood, -ity, -al).
  static let derivations: [(removed: String, added: [String])] = [
    ("t", ["cy", "cies", "ce", "ces", "tial"]), ("e", ["al", "ity", "ities"]), ("y", ["ies"]),
    ("", ["ist", "ists", "ism", "ship", "hood", "ity", "al", "ly"]),
    // An adjective of a plural name's singular ("Democratic" beside "Democrats").
    ("s", ["ic", "ical"]),
    // A people's name that replaces its country's ending ("Seychellois" beside "Seychelles",
    // "Canadian" beside "Canada", "Mexican" beside "Mexico").
    ("es", ["ois"]), ("a", ["ian", "ians", "an", "ans"]), ("o", ["an", "ans"]),
    // A land's name built on its adjective ("Antarctica" beside "Antarctic").
    ("ic", ["ica"]),
  ]

  /// Every use of the proper noun `name` is the last word of a longer name the corpus writes
  /// ("States" of "United States" and "Member States"): it never stands alone.
  static func writesOnlyInLongerNames(_ name: String, spelling: String, _ corpus: Corpus) -> Bool {
    let vocabulary = corpus.vocabulary
    guard let prequels = vocabulary.namePrequels[name], !prequels.isEmpty,
      let total = vocabulary.properNouns[name]?.count
    else { return false }
    var inNames = 0
    for previous in prequels {
      inNames += corpus.uses(of: vocabulary.spelling(ofNameWord: previous) + " " + spelling, upTo: total).count
      if inNames >= total { return true }
    }
    return false
  }

  /// Endings English words of one stem trade for each other ("commemoration", "commemorative",
  /// "commemorate" is no name's misspelling of another; "Excellencies", "Excellence").
  static let alternatingEndings = [
    "ion", "ions", "ive", "ives", "ory", "ure", "ures", "ant", "ants", "ance", "ances", "ancy", "ancies", "ent", "ents",
    "ence", "ences", "ency", "encies", "ic",
    "ics", "ical", "ism", "ist", "ists", "ity", "ing", "ed", "al", "ate", "ates", "ator", "ators", "or", "ors",
  ]

  /// `word` and `name` share a stem of five letters or more and end in two of
  /// `alternatingEndings`.
  static func isOtherEnding(_ word: String, of name: String) -> Bool {
    for ending in alternatingEndings where word.hasSuffix(ending) {
      let stem = word.dropLast(ending.count)
      guard stem.count >= 5 else { continue }
      for other in alternatingEndings where other != ending && name.hasSuffix(other) {
        if name.dropLast(other.count) == stem { return true }
      }
    }
    return false
  }

  /// The word before token `index` is a proper noun of the corpus's, written just before it, and
  /// the corpus writes it in a paragraph with `name`: a person's given name before their
  /// surname ("Loretta Mestor", the corpus writing "Loretta J. Mester").
  static func followsItsGivenName(at index: Int, _ name: String, in prose: ProseText, context: CheckContext) -> Bool {
    guard index >= 1, case let given = prose.tokens[index - 1], given.kind == .word, given.isCapitalized,
      !given.isUpperCaseAcronym, given.range.upperBound + 1 == prose.tokens[index].range.lowerBound,
      context.corpus.vocabulary.properNouns[given.text] != nil
    else { return false }
    return context.corpus.firstUse(of: name, inParagraphNaming: context.text(of: given)) != nil
  }

  /// `word` is `name` with an agent noun's other ending ("adviser" beside "advisor").
  static func isOtherAgentEnding(_ word: String, of name: String) -> Bool {
    word.count == name.count && word.count >= 5 && word.dropLast(2) == name.dropLast(2)
      && Set([String(word.suffix(2)), String(name.suffix(2))]) == ["er", "or"]
  }

  /// Two words of equal length that differ in two letters, each a vowel in both ("hezbollah",
  /// "hizballah").
  static func differsInVowelsOnly(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    let vowels = Array("aeiou".utf8)
    let differing = a.indices.filter { a[$0] != b[$0] }
    return differing.count == 2 && differing.allSatisfy { vowels.contains(a[$0]) && vowels.contains(b[$0]) }
  }

  /// `word` is `name` with one letter of a doubled one dropped, anywhere ("powel" of "powell",
  /// "goolsbe" of "goolsbee"; "mariland" of "maryland" is not: a changed letter), by bytes or by
  /// characters.
  static func dropsOneOfADoubledLetter<Letter: Equatable>(_ word: [Letter], of name: [Letter]) -> Bool {
    guard name.count == word.count + 1 else { return false }
    for index in 1..<name.count where name[index] == name[index - 1] {
      if Array(name[..<index]) + Array(name[(index + 1)...]) == word { return true }
    }
    return false
  }

  /// `word` is `name` in "-man" with its number changed, or the other way ("Congresswomen",
  /// "Chairmen"), or the same title of a woman or a man ("Congresswoman" beside the corpus's
  /// "Congressman", "Chairwomen" beside "Chairmen"): one of the two changed, not both.
  static func isOtherNumber(_ word: String, of name: String) -> Bool {
    func title(_ word: String) -> (stem: Substring, woman: Bool, plural: Bool)? {
      for ending in ["woman", "women", "man", "men"] where word.hasSuffix(ending) {
        return (word.dropLast(ending.count), ending.hasPrefix("wo"), ending.hasSuffix("en"))
      }
      return nil
    }
    // (A word of four letters or more before it, as in "chairman", "congresswoman": "Cayman"
    // and "Herman" are no man's.)
    guard let one = title(word), let other = title(name), one.stem == other.stem, one.stem.count >= 4 else {
      return false
    }
    return (one.woman != other.woman) != (one.plural != other.plural)
  }

  /// `word` is a regular plural ("-ies", "-es", "-s") of a word the corpus writes ("Secretaries"
  /// of its "Secretary", "Republicans" of its "Republican"): a word of its own, not a misspelling
  /// of a name a letter or two away ("Secretariat", "Republics").
  static func isPluralOfACorpusWord(_ word: String, vocabulary: Vocabulary) -> Bool {
    var singulars: [String] = []
    if word.hasSuffix("ies") { singulars.append(String(word.dropLast(3)) + "y") }
    if word.hasSuffix("es") { singulars.append(String(word.dropLast(2))) }
    if word.hasSuffix("s"), !word.hasSuffix("ss") { singulars.append(String(word.dropLast())) }
    return singulars.contains { $0.count >= 3 && vocabulary.contains($0) }
  }

  static func isDerivation(_ word: String, of name: String) -> Bool {
    // A plural in "ies" and another word of its stem ("Secretariat" beside "Secretaries",
    // "Territorial" beside "Territories").
    if name.hasSuffix("ies"), word.count > name.count - 2, word.hasPrefix(name.dropLast(3)) { return true }
    return derivations.contains { rule in
      name.hasSuffix(rule.removed)
        && rule.added.contains { word == String(name.dropLast(rule.removed.count)) + $0 }
    }
  }

  /// The finding for a word of a multi-word name the corpus writes otherwise; a `term-variant`
  /// where the draft writes the word in the other spelling convention ("Joint Defense Board",
  /// "Most-Favored-Nation" where the corpus writes "Joint Defence Board",
  /// "Most-Favoured-Nation"): the name as its owner spells it, a convention, not a slip.
  static func nameWordFinding(token: Token, word: String, spelling: String, context: CheckContext) -> Finding {
    var found = finding(token: token, word: word, spelling: spelling, context: context)
    if SpellingVariants.counterparts(of: word).contains(WordForms.folded(spelling)) {
      found.rule = .termVariant
      found.message = "the corpus writes this name with \"\(spelling)\", in its spelling convention"
    }
    return found
  }

  static func finding(token: Token, word: String, spelling: String, context: CheckContext) -> Finding {
    let written = context.text(of: token)
    let possessive = written.count > word.count ? String(written.dropFirst(word.count)) : ""
    let range = token.originalRange.lowerBound..<(token.originalRange.upperBound - possessive.utf8.count)
    let evidence = context.corpus.firstUse(of: spelling).map { [$0] } ?? []
    // The writer's apostrophe, straight or curly, in the name ("O'Brien" where the corpus writes
    // "O’Brien"): the draft's typography stays the draft's.
    var replacement = spelling
    if written.contains("'") {
      replacement = String(spelling.map { $0 == "\u{2019}" ? "'" : $0 })
    } else if written.contains("\u{2019}") {
      replacement = String(spelling.map { $0 == "'" ? "\u{2019}" : $0 })
    }
    return Finding(
      rule: rule, message: "the corpus spells this name \"\(spelling)\"", range: range, evidence: evidence,
      fixes: [
        Fix(title: "Replace with \"\(replacement)\"", edits: [TextEdit(range: range, newText: replacement)])
      ])
  }

  /// A word of a name the corpus writes, misspelt where the word is an ordinary one ("Minority
  /// Buisness Development Agency", "Public Service Loan Forgivness"): the draft's word is no
  /// word the corpus writes, one edit from exactly one word it does (same first letter, six
  /// letters or more), and the corpus writes that word capitalised between the very words the
  /// draft writes around it: at least two capitalised words of the name, next to it. A plural,
  /// a derived form or the other spelling convention of the word is no misspelling.
  static func misspeltWordOfName(
    _ bytes: [UInt8], at index: Int, in prose: ProseText, context: CheckContext
  ) -> Finding? {
    let tokens = prose.tokens
    guard bytes.count >= 6, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
    // The capitalised words written next to it, one space apart (at most three each side).
    func isNameWord(_ position: Int) -> Bool {
      let token = tokens[position]
      return token.kind == .word && token.isCapitalized && !token.wordClasses.contains(.function)
    }
    var first = index
    while first > 0, index - first < 3, isNameWord(first - 1),
      tokens[first - 1].range.upperBound + 1 == tokens[first].range.lowerBound
    {
      first -= 1
    }
    var last = index
    while last + 1 < tokens.count, last - index < 3, isNameWord(last + 1),
      tokens[last].range.upperBound + 1 == tokens[last + 1].range.lowerBound
    {
      last += 1
    }
    guard last - first >= 2 else { return nil }
    let vocabulary = context.corpus.vocabulary
    let word = String(decoding: bytes, as: UTF8.self)
    // The words one edit away that the corpus writes, keeping the first letter.
    var candidates: Set<[UInt8]> = []
    func consider(_ candidate: [UInt8]) {
      guard candidate.count >= 5, candidate != bytes,
        candidate.withUnsafeBufferPointer({ vocabulary.contains(asciiBytes: $0) })
      else { return }
      candidates.insert(candidate)
    }
    let letters = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
    for position in 1...bytes.count {
      if position < bytes.count {
        var deleted = bytes
        deleted.remove(at: position)
        consider(deleted)
        for letter in letters where letter != bytes[position] {
          var changed = bytes
          changed[position] = letter
          consider(changed)
        }
        if position + 1 < bytes.count, bytes[position] != bytes[position + 1] {
          var swapped = bytes
          swapped.swapAt(position, position + 1)
          consider(swapped)
        }
      }
      for letter in letters {
        var inserted = bytes
        inserted.insert(letter, at: position)
        consider(inserted)
      }
    }
    candidates = candidates.filter { candidate in
      let other = String(decoding: candidate, as: UTF8.self)
      return !word.hasPrefix(other) && !other.hasPrefix(word) && !isDerivation(word, of: other)
        && !isDerivation(other, of: word) && !isOtherNumber(word, of: other)
        && !SpellingVariants.counterparts(of: word).contains(other)
    }
    guard candidates.count == 1, let candidate = candidates.first else { return nil }
    // The name as the draft writes it around the word, tried longest first, at least three words
    // long: the corpus must write it word for word, with the candidate capitalised.
    let spelling = String(decoding: [candidate[0] - 0x20] + candidate.dropFirst(), as: UTF8.self)
    let passages = context.corpus.passages
    for length in stride(from: last - first + 1, through: 3, by: -1) {
      for start in first...(last - length + 1) where (start...start + length - 1).contains(index) {
        let positions = start..<start + length
        let words = positions.map { position in
          position == index ? candidate.withUnsafeBufferPointer { TokenText($0) } : tokens[position].textValue
        }
        var isWritten = false
        passages.forEachHit(words[0..<3]) { passage, position in
          guard !isWritten else { return }
          let passageWords = passages.passage(at: passage).words
          let from = passageWords.startIndex + position
          isWritten =
            from + words.count <= passageWords.endIndex
            && passageWords[from..<from + words.count].elementsEqual(words)
        }
        guard isWritten else { continue }
        let name = positions.map { position in
          position == index ? spelling : WordForms.withoutPossessive(context.text(tokens[position].originalRange))
        }.joined(separator: " ")
        // Capitalised, as a name: the first use that shows it so.
        guard
          let evidence = context.corpus.firstUse(
            of: name, remembering: "capitalised",
            where: { $0.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(name) })
        else { continue }
        let token = tokens[index]
        guard token.originalRange.count >= bytes.count else { return nil }
        let range = token.originalRange.lowerBound..<(token.originalRange.lowerBound + bytes.count)
        return Finding(
          rule: rule, message: "the corpus writes this name \"\(name)\"", range: range, evidence: [evidence],
          fixes: [Fix(title: "Replace with \"\(spelling)\"", edits: [TextEdit(range: range, newText: spelling)])])
      }
    }
    return nil
  }

  /// The corpus name that follows the word before `index` in a multi-word name ("Penh" after
  /// "Phnom", "Sheikh" after "el-") when the token is a near miss of it and of no other (see
  /// `isNearMiss`; "Phen"). Nil otherwise.
  static func nameSequel(of bytes: [UInt8], at index: Int, in prose: ProseText, vocabulary: Vocabulary) -> String? {
    let tokens = prose.tokens
    let token = tokens[index]
    var previous: Token?
    guard bytes.count >= 4 else { return nil }
    if index >= 1, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
      tokens[index - 1].range.upperBound + 1 == token.range.lowerBound
    {
      previous = tokens[index - 1]
    } else if index >= 2, tokens[index - 1].hasText("-"), tokens[index - 1].range.upperBound == token.range.lowerBound,
      tokens[index - 2].kind == .word, tokens[index - 2].range.upperBound == tokens[index - 1].range.lowerBound
    {
      previous = tokens[index - 2]
    }
    guard let previous, let sequels = vocabulary.nameSequels[previous.text] else { return nil }
    // (Two edits only after a word of the name: "The" starts sentences before many words.)
    let isNameWord = Vocabulary.mayBeInName(previous.text)
    var found: String?
    for spelling in sequels {
      let name = Array(WordForms.folded(spelling).utf8)
      guard isNearMiss(bytes, of: name, allowingTwoEdits: isNameWord) else { continue }
      if found != nil { return nil }
      found = spelling
    }
    return found
  }

  /// The corpus name before the next word in a multi-word name ("Fannie" before "Mae", "Marcia"
  /// before "Fudge") when the token is a near miss of it and of no other (see `isNearMiss`).
  static func namePrequel(of bytes: [UInt8], at index: Int, in prose: ProseText, vocabulary: Vocabulary) -> String? {
    let tokens = prose.tokens
    guard bytes.count >= 4, index + 1 < tokens.count else { return nil }
    let next = tokens[index + 1]
    guard next.kind == .word, next.isCapitalized, tokens[index].range.upperBound + 1 == next.range.lowerBound,
      let previousWords = vocabulary.namePrequels[next.text]
    else { return nil }
    var found: String?
    for previous in previousWords {
      guard previous.utf8.count >= 4, Vocabulary.mayBeInName(previous) else { continue }
      let name = Array(previous.utf8)
      guard isNearMiss(bytes, of: name) else { continue }
      if found != nil { return nil }
      found = vocabulary.spelling(ofNameWord: previous)
    }
    return found
  }

  /// A near miss of a name's word, next to a word of the name written exactly: the same first
  /// letter, one edit, or two for five letters or more where allowed ("Fanny Mae", "Marsha Fudge"), or its
  /// letters reordered; not the name itself nor a word built on it ("Penh's", "Presidency").
  static func isNearMiss(_ bytes: [UInt8], of name: [UInt8], allowingTwoEdits: Bool = true) -> Bool {
    let word = String(decoding: bytes, as: UTF8.self)
    let nameWord = String(decoding: name, as: UTF8.self)
    // (Nor a place the name is its people's word of: "Southeast Asia" beside "Southeast Asian".)
    guard name != bytes, name.first == bytes.first, !bytes.starts(with: name), !isDerivation(word, of: nameWord),
      !isDerivation(nameWord, of: word), !isOtherNumber(word, of: nameWord)
    else { return false }
    let distance = WordForms.editDistance(bytes, name, limit: 2)
    let reordered = bytes.count >= 4 && bytes.sorted() == name.sorted() && distance <= 2
    return distance <= 1 || reordered || allowingTwoEdits && distance == 2 && min(bytes.count, name.count) >= 5
  }

  /// Whether `bytes` (folded) opens a name the corpus writes, other than `name`, that is one to
  /// four letters longer.
  static func beginsALongerName(_ bytes: [UInt8], _ names: ProperNounTable, other name: String) -> Bool {
    guard let first = bytes.first else { return false }
    return (bytes.count + 1...bytes.count + 4).contains { length in
      names.names(first: first, length: length).contains { $0.bytes.starts(with: bytes) && $0.folded != name }
    }
  }
}
