import DossierCore

/// Bytes as a draft, Markdown and plain text: analysis never crashes, every range (finding, fix
/// edit, hover) lies inside the text on character boundaries, and applying the certain fixes
/// changes nothing outside their edits.
enum DraftFuzz {
  static func run(_ bytes: [UInt8]) {
    let text = SourceText(bytes: bytes)
    for format in DraftFormat.allCases {
      let draft = DraftDocument(text: text, format: format)
      let findings = Analyzer.findings(in: draft, corpus: .embedded)
      for finding in findings {
        checkRange(finding.range, in: text, "finding \(finding.rule)")
        for fix in finding.fixes {
          for edit in fix.edits { checkRange(edit.range, in: text, "fix of \(finding.rule)") }
        }
      }
      let fixed = FixApplication.applyCertainFixes(of: findings, to: text)
      checkFixesTouchOnlyTheirEdits(original: text.bytes, result: fixed.bytes, applied: fixed.applied)
      // Lookups at a few offsets, including the ends.
      for offset in [0, text.bytes.count / 2, text.bytes.count] {
        if let knowledge = Analyzer.knowledge(at: offset, in: draft, corpus: .embedded) {
          checkRange(knowledge.range, in: text, "hover")
        }
        _ = Analyzer.completions(at: offset, in: draft, corpus: .embedded, limit: 5)
      }
    }
  }

  static func checkRange(_ range: Range<Int>, in text: SourceText, _ what: String) {
    require(range.lowerBound >= 0 && range.upperBound <= text.bytes.count, "\(what): \(range) outside the text")
    for bound in [range.lowerBound, range.upperBound] where bound < text.bytes.count {
      require(text.bytes[bound] & 0xC0 != 0x80, "\(what): \(range) splits a character")
    }
  }

  /// The result is the original with exactly the applied edits made: the bytes before the first
  /// edit, between edits and after the last are the original's.
  static func checkFixesTouchOnlyTheirEdits(original: [UInt8], result: [UInt8], applied: [TextEdit]) {
    var rebuilt: [UInt8] = []
    var cursor = 0
    for edit in applied.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      require(edit.range.lowerBound >= cursor, "applied fixes overlap")
      rebuilt += original[cursor..<edit.range.lowerBound]
      rebuilt += Array(edit.newText.utf8)
      cursor = edit.range.upperBound
    }
    rebuilt += original[cursor...]
    require(rebuilt == result, "fixing changed text outside the edits")
  }
}
