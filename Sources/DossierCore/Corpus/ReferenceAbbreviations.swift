/// Numbered parts of an instrument the corpus always writes in full ("Article 6", "Section 3",
/// "paragraph 2"): their abbreviated forms ("Art. 6", "Sec. 3", "para. 2") become variants, with
/// the corpus's own spelling as the fix. A corpus that ever abbreviates one of these words keeps
/// all its abbreviations: the form is then its own, not a variant.
enum ReferenceAbbreviations {
  /// The full word, and its abbreviations (folded, with and without the period).
  static let families: [(word: String, abbreviations: [String])] = [
    ("article", ["art.", "art"]), ("section", ["sec.", "sect.", "sec"]), ("paragraph", ["para.", "par."]),
  ]

  /// Each family's full word and abbreviations (without their period), by their bytes.
  static let words = WordTable(
    families.enumerated().flatMap { family, entry in
      [(entry.word, (family, false))]
        + Set(entry.abbreviations.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }).map { ($0, (family, true)) }
    })

  /// The numbered parts written in documents read one at a time, in order.
  struct Reading: Sendable {
    // Per family: the spellings of "Word N" the corpus writes (with counts and first evidence),
    // and whether it abbreviates the word before a number anywhere.
    private var written: [Int: [String: (count: Int, evidence: Evidence)]] = [:]
    private var abbreviated = Set<Int>()

    mutating func add(_ document: CorpusDocument) {
      for paragraph in document.paragraphs {
        let tokens = paragraph.prose.tokens
        for index in tokens.indices where tokens[index].kind == .word {
          let token = tokens[index]
          // Nearly every word stops here, on its length and first byte.
          guard let (family, isAbbreviation) = words[token: token] else { continue }
          if isAbbreviation {
            // "Art. 6" / "Art 6": an abbreviation before a number, in any paragraph.
            var next = index + 1
            if next < tokens.count, tokens[next].hasText(".") { next += 1 }
            if next < tokens.count, tokens[next].kind == .number { abbreviated.insert(family) }
            continue
          }
          guard paragraph.readsAsText, index + 1 < tokens.count, tokens[index + 1].kind == .number,
            tokens[index + 1].isDigits
          else { continue }
          let range = token.originalRange.lowerBound..<tokens[index + 1].originalRange.upperBound
          let spelling = document.text.string(in: range)
          // One space between the word and its number: nothing else is the corpus's form.
          guard spelling.utf8.count == token.utf8Count + 1 + tokens[index + 1].utf8Count else { continue }
          if let seen = written[family]?[spelling] {
            written[family]![spelling] = (seen.count + 1, seen.evidence)
          } else {
            written[family, default: [:]][spelling] = (1, document.evidence(sentenceAround: range))
          }
        }
      }
    }

    /// The terms of the parts always written in full.
    var terms: [Term] {
      let families = ReferenceAbbreviations.families
      var terms: [Term] = []
      for (family, spellings) in written where !abbreviated.contains(family) {
        // By number: the spelling the corpus uses most ("Article 6" over "article 6").
        var byNumber: [String: (spelling: String, count: Int, evidence: Evidence)] = [:]
        for (spelling, use) in spellings {
          let number = String(spelling.split(separator: " ").last ?? "")
          if let best = byNumber[number], (best.count, spelling) >= (use.count, best.spelling) { continue }
          byNumber[number] = (spelling, use.count, use.evidence)
        }
        for (number, best) in byNumber {
          let capitalised = best.spelling.first?.isUppercase == true
          let rejected = families[family].abbreviations.map { abbreviation in
            (capitalised ? abbreviation.prefix(1).uppercased() + abbreviation.dropFirst() : abbreviation) + " " + number
          }
          terms.append(
            Term(
              preferred: best.spelling, kind: "reference-part", rejected: rejected, evidence: [best.evidence],
              origin: .derived))
        }
      }
      // Two families may keep the same spelling: ordered by what they reject as well.
      return terms.sorted {
        ($0.preferred, $0.rejected.joined(separator: "\n")) < ($1.preferred, $1.rejected.joined(separator: "\n"))
      }
    }
  }
}
