import DossierCore

/// One draft of a `lint` run with what it is checked against: the work a worker thread does for
/// it (analysis, and with `--fix` the fixed text and its analysis). Writing files and printing
/// stay with the command, in the drafts' order.
struct LintJob: Sendable {
  var input: DraftInput
  var options: AnalysisOptions
  var corpus: Corpus
  var fix: Bool

  struct Outcome: Sendable {
    var text: SourceText
    var findings: [Finding]
    /// With `--fix`, when any certain fix applies: the fixed bytes, the edits and what is found
    /// in the fixed text.
    var fixed: (bytes: [UInt8], applied: [TextEdit], text: SourceText, findings: [Finding])?
  }

  func run() -> Outcome {
    // Drafts were checked for UTF-8 when they were read.
    let text = SourceText(validatedBytes: input.bytes)
    let format = DraftFormat(fileName: input.path)
    // Streamed, block by block: a draft's tokens are never all in memory at once.
    let findings = Analyzer.findings(in: text, format: format, corpus: corpus, options: options)
    var outcome = Outcome(text: text, findings: findings)
    if fix {
      let result = FixApplication.applyCertainFixes(of: findings, to: text)
      if !result.applied.isEmpty {
        let fixedText = SourceText(bytes: result.bytes)
        outcome.fixed = (
          result.bytes, result.applied, fixedText,
          Analyzer.findings(in: fixedText, format: format, corpus: corpus, options: options)
        )
      }
    }
    return outcome
  }
}
