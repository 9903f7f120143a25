/// `acronym-undefined`: an acronym used before its expansion appears in the draft, or never
/// expanded at all. Only the first such use is reported; uses after "expansion (ACR)" are fine.
enum AcronymUndefinedCheck: DocumentCheck {
  static let rule = Rule.acronymUndefined

  /// Abbreviations every reader knows, Roman numerals and all-caps words that are not acronyms.
  static let exempt = WordSet([
    "US", "USA", "UK", "UN", "EU", "OK", "AM", "PM", "TV", "ID", "DC", "PS", "FAQ", "TODO", "NOTE",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XX", "XXI",
  ])

  /// An upper-case word in a block that may be an acronym needing an expansion.
  struct Use: Sendable {
    /// The word's original bytes, relative to the start of its block (so a block that moved
    /// after an edit keeps its uses).
    var range: Range<Int>
    var acronym: AcronymDefinitions.Acronym
  }

  /// The candidate acronym uses of one block: upper-case words outside formal references and
  /// shouted sentences, not common abbreviations.
  static func uses(
    in prose: ProseText, references: [ReferenceScanner.Occurrence], text: SourceText, blockStart: Int
  ) -> [Use] {
    guard prose.summary.hasUpperCaseAcronym else { return [] }
    var uses: [Use] = []
    var referenceTokens: Set<Int>? = nil
    for sentence in prose.sentences {
      var words = 0
      var upperCase = 0
      for index in sentence where prose.tokens[index].kind == .word {
        words += 1
        if prose.tokens[index].isUpperCaseAcronym { upperCase += 1 }
      }
      // A shouted sentence ("DO NOT CIRCULATE") has no acronyms to define.
      guard upperCase > 0, words < 3 || upperCase * 2 <= words else { continue }
      for index in sentence {
        let token = prose.tokens[index]
        guard token.kind == .word, token.isUpperCaseAcronym,
          !token.withUTF8({ $0.contains(UInt8(ascii: ".")) }), !hasDigit(token)
        else { continue }
        if referenceTokens == nil { referenceTokens = Set(references.flatMap { Array($0.tokens) }) }
        guard !referenceTokens!.contains(index),
          let acronym = AcronymDefinitions.Acronym(spelling: text.string(in: token.originalRange)),
          !exempt.contains(acronym.singular)
        else { continue }
        let range = token.originalRange
        uses.append(Use(range: range.lowerBound - blockStart..<range.upperBound - blockStart, acronym: acronym))
      }
    }
    return uses
  }

  private static func hasDigit(_ token: Token) -> Bool {
    var isASCII = true
    let hasASCIIDigit = token.withUTF8 { bytes in
      for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 { return true }
        if byte >= 0x80 { isASCII = false }
      }
      return false
    }
    return hasASCIIDigit || (!isASCII && token.text.contains(where: \.isNumber))
  }

  static func findings(in context: DocumentContext) -> [Finding] {
    // Definitions in the draft: acronym → byte offset of the definition.
    var definedAt: [String: Int] = [:]
    var definitionTokens = Set<Int>()
    for (acronym, offset) in context.acronymDefinitions {
      definedAt[acronym] = min(definedAt[acronym] ?? offset, offset)
      definitionTokens.insert(offset)
    }
    var reported = Set<String>()
    var findings: [Finding] = []
    for (blockIndex, scan) in context.scans.enumerated() {
      let blockStart = context.blocks[blockIndex].range.lowerBound
      for use in scan.acronymUses {
        let range = blockStart + use.range.lowerBound..<blockStart + use.range.upperBound
        let acronym = use.acronym
        let spelling = acronym.spelling
        guard !reported.contains(acronym.singular) else { continue }
        let offset = range.lowerBound
        if definitionTokens.contains(offset) { continue }
        if let defined = definedAt[acronym.singular], defined <= offset { continue }
        reported.insert(acronym.singular)
        let known = context.corpus.acronymIndex[acronym.singular]
        let laterLine = definedAt[acronym.singular].map { context.text.line(containing: $0) + 1 }
        let message: String
        if let laterLine {
          message = "\"\(spelling)\" is used before its expansion on line \(laterLine)"
        } else if let known {
          message = "\"\(spelling)\" is not expanded in this draft; the corpus defines it as \(known.expansion)"
        } else {
          message = "\"\(spelling)\" is not expanded in this draft"
        }
        var fixes: [Fix] = []
        if let known {
          // Expanding at first use is certain only when the draft does not define it later.
          let text = "\(known.expansion) (\(spelling))"
          fixes.append(
            Fix(
              title: "Expand to \"\(text)\"", edits: [TextEdit(range: range, newText: text)],
              isCertain: laterLine == nil))
        }
        findings.append(
          Finding(
            rule: rule, message: message, range: range,
            evidence: known.map { Array($0.evidence.prefix(1)) } ?? [],
            fixes: fixes))
      }
    }
    return findings
  }
}
