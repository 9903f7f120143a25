import DossierCore

/// Bytes as a text and a script of edits (the text is the bytes before the first 0x00; after it
/// each edit is 4 bytes: where, how much to delete, what to insert, how much of it). After every
/// edit, the document re-parsed and re-checked incrementally equals the same text checked whole,
/// as the server relies on.
enum IncrementalFuzz {
  static let insertions: [[UInt8]] = [
    "1999", " ", "\n\n", "Islamabd ", "programme", "(WMD)", "\"", "# ", "- ", "EO 13383", "x", "```\n",
    "<!-- dossier-disable -->", "weapons of mass destruction (WMD) ", "Pakistan", "\n", "> ", "é", "“", "`",
  ].map { Array($0.utf8) }

  static func run(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    var text = Array(bytes[..<split])
    let script = split < bytes.count ? Array(bytes[(split + 1)...]) : []
    var previousDraft = DraftDocument(text: SourceText(bytes: text), format: .markdown)
    var previousState = Analyzer.analyze(previousDraft, corpus: .embedded, previous: nil).state
    var index = 0
    while index + 4 <= script.count {
      let position = text.isEmpty ? 0 : Int(script[index]) * (text.count + 1) / 256
      let deletion = min(Int(script[index + 1]) % 16, text.count - position)
      var insertion = insertions[Int(script[index + 2]) % insertions.count]
      insertion = Array(insertion.prefix(1 + Int(script[index + 3]) % max(1, insertion.count)))
      text.replaceSubrange(position..<(position + deletion), with: insertion)
      index += 4

      let source = SourceText(bytes: text)
      let reused = DraftDocument(text: source, format: .markdown, reusing: previousDraft)
      let fresh = DraftDocument(text: source, format: .markdown)
      require(reused.prose == fresh.prose, "re-parse reusing blocks differs from a fresh parse")
      let (incremental, state) = Analyzer.analyze(reused, corpus: .embedded, previous: previousState)
      let whole = Analyzer.findings(in: fresh, corpus: .embedded)
      if incremental != whole {
        let extra = incremental.filter { !whole.contains($0) }.map { "+ \($0)" }
        let missing = whole.filter { !incremental.contains($0) }.map { "- \($0)" }
        require(false, "incremental findings differ from a fresh check:\n" + (extra + missing).joined(separator: "\n"))
      }
      previousDraft = reused
      previousState = state
    }
  }
}
