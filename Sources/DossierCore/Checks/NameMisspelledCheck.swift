/// `name-misspelled`: a near miss of a proper noun the corpus spells consistently ("Islamabd"
/// for "Islamabad", "Pakisatn" for "Pakistan"). Derived forms ("Pakistani", "Kashmiri") and
/// words the corpus itself uses are never near misses.
enum NameMisspelledCheck: BlockCheck {
  static let rule = Rule.nameMisspelled

  /// Endings that make a derived form or plural of a name, not a misspelling.
  static let derivedEndings = [
    "s", "es", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "'s", "ite", "ites",
  ]

  static func findings(in context: CheckContext) -> [Finding] {
    let vocabulary = context.corpus.vocabulary
    let names = context.corpus.properNouns
    guard !names.isEmpty else { return [] }
    var findings: [Finding] = []
    let prose = context.prose
    for token in prose.tokens where token.kind == .word && token.isCapitalized && !token.isUpperCaseAcronym {
      // A possessive ending is at most two bytes: shorter words cannot reach six letters.
      guard token.utf8Count >= 6 else { continue }
      // Most capitalised words are plain ASCII words the corpus uses: settle those on the bytes.
      let knownASCIIWord = token.withUTF8 { bytes in
        let word = UnsafeBufferPointer(rebasing: bytes[..<WordForms.possessiveStart(bytes)])
        return word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && vocabulary.contains(asciiBytes: word)
      }
      if knownASCIIWord { continue }
      let word = token.withoutPossessive
      guard word.utf8.count >= 6 else { continue }
      // Lower-case ASCII letters (nearly every word): its length in letters is its length in bytes.
      let isASCII = word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
      guard isASCII || word.allSatisfy(\.isLetter) else { continue }
      let length = isASCII ? word.utf8.count : word.count
      guard length >= 6, !vocabulary.contains(word), !context.options.acceptedWords.contains(word) else { continue }
      let bytes = Array(word.utf8)
      let limit = length >= 10 ? 2 : 1
      let letters = ProperNounTable.letterSignature(bytes)
      var best: (name: String, spelling: String, distance: Int)?
      var ambiguous = false
      // A misspelling keeps its first letter (and precision wants it so): only names that
      // start alike and are about as long are candidates.
      for length in (bytes.count - limit)...(bytes.count + limit) {
        for name in names.names(first: bytes[0], length: length) {
          // Each edit changes at most two bits of the signature: a cheap test first.
          guard (name.letters ^ letters).nonzeroBitCount <= 2 * limit else { continue }
          let distance = WordForms.editDistance(bytes, name.bytes, limit: limit)
          guard distance <= limit else { continue }
          if let current = best {
            if distance < current.distance {
              best = (name.folded, name.spelling, distance)
              ambiguous = false
            } else if distance == current.distance {
              ambiguous = true
            }
          } else {
            best = (name.folded, name.spelling, distance)
          }
        }
      }
      guard let best, !ambiguous else { continue }
      // "Pakistanis", "Kashmiri": the name plus an ending is a derived form.
      if word.hasPrefix(best.name), derivedEndings.contains(String(word.dropFirst(best.name.count))) { continue }
      if best.name.hasPrefix(word) { continue }
      let written = context.text(of: token)
      let possessive = written.count > word.count ? String(written.dropFirst(word.count)) : ""
      let range = token.originalRange.lowerBound..<(token.originalRange.upperBound - possessive.utf8.count)
      let evidence = context.corpus.firstUse(of: best.spelling).map { [$0] } ?? []
      findings.append(
        Finding(
          rule: rule, message: "the corpus spells this name \"\(best.spelling)\"", range: range, evidence: evidence,
          fixes: [
            Fix(title: "Replace with \"\(best.spelling)\"", edits: [TextEdit(range: range, newText: best.spelling)])
          ]))
    }
    return findings
  }
}
