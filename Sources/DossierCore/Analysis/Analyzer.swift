/// The analysis core's entry point: checks a draft against a corpus.
public enum Analyzer {
  static let checks: [any Check.Type] = [
    FactConflictCheck.self,
    UnknownReferenceCheck.self,
    TermVariantCheck.self,
    AcronymUndefinedCheck.self,
    NameMisspelledCheck.self,
    QuoteMismatchCheck.self,
  ]

  /// Every finding in `draft`, sorted by position, with suppression comments, rule settings and
  /// accepted words applied.
  public static func findings(in draft: DraftDocument, corpus: Corpus, options: AnalysisOptions = AnalysisOptions())
    -> [Finding]
  {
    analyze(draft, corpus: corpus, options: options, previous: nil).findings
  }

  /// Like `findings(in:corpus:options:)`, but re-checks only the blocks that changed since
  /// `previous` (the state returned for the same document before an edit, with the same corpus
  /// and options). Blocks whose bytes are identical reuse their raw findings, shifted to where
  /// the block now stands; document-level checks always run whole. The result equals a fresh
  /// analysis of `draft`.
  public static func analyze(
    _ draft: DraftDocument, corpus: Corpus, options: AnalysisOptions = AnalysisOptions(), previous: AnalysisState?
  ) -> (findings: [Finding], state: AnalysisState) {
    var blockFindings = Array(repeating: [Finding](), count: draft.blocks.count)
    var toCheck: [Int] = []
    var reusedScans: [BlockScan?]? = nil
    if let previous, previous.corpus === corpus, previous.options == options,
      previous.format == draft.format
    {
      let matcher = BlockMatcher(
        previousText: previous.text, previousBlocks: previous.blocks, previousKeys: previous.blockKeys)
      var scans = [BlockScan?](repeating: nil, count: draft.blocks.count)
      for index in draft.blocks.indices {
        if let (old, delta) = matcher.match(draft.blocks[index], key: draft.blockKeys[index], in: draft.text) {
          blockFindings[index] = previous.blockFindings[old].map { $0.shifted(by: delta) }
          scans[index] = previous.scans[old]
        } else {
          toCheck.append(index)
        }
      }
      reusedScans = scans
    } else {
      toCheck = Array(draft.blocks.indices)
    }

    let context = CheckContext(
      draft: draft, corpus: corpus, options: options, blocks: toCheck, reusedScans: reusedScans)
    var documentFindings: [Finding] = []
    for check in checks {
      let found = check.findings(in: context)
      if check.isDocumentLevel {
        documentFindings += found
      } else {
        for finding in found {
          blockFindings[block(containing: finding.range.lowerBound, in: draft.blocks)].append(finding)
        }
      }
    }

    let state = AnalysisState(
      corpus: corpus, options: options, format: draft.format, text: draft.text, blocks: draft.blocks,
      blockKeys: draft.blockKeys,
      blockFindings: blockFindings, scans: context.scans)
    return (finalize(blockFindings.joined() + documentFindings, draft: draft, options: options), state)
  }

  /// Applies rule settings, suppression comments and accepted words; keeps one finding per range
  /// (when two rules flag the same words, the first rule listed wins) and sorts by position.
  static func finalize(_ raw: some Sequence<Finding>, draft: DraftDocument, options: AnalysisOptions) -> [Finding] {
    let order = Dictionary(uniqueKeysWithValues: checks.enumerated().map { ($1.rule, $0) })
    var findings: [Finding] = []
    for var finding in raw {
      guard let severity = options.severity(of: finding.rule) else { continue }
      if draft.suppressions.suppresses(finding.rule, at: finding.range.lowerBound) { continue }
      if !options.acceptedWords.isEmpty,
        options.acceptedWords.contains(WordForms.folded(draft.text.string(in: finding.range)))
      {
        continue
      }
      finding.severity = severity
      findings.append(finding)
    }
    findings.sort {
      let left = ($0.range.lowerBound, $0.range.upperBound, order[$0.rule] ?? 0)
      let right = ($1.range.lowerBound, $1.range.upperBound, order[$1.rule] ?? 0)
      return left < right
    }
    var deduplicated: [Finding] = []
    deduplicated.reserveCapacity(findings.count)
    for finding in findings where deduplicated.last?.range != finding.range {
      deduplicated.append(finding)
    }
    return deduplicated
  }

  /// The index of the block whose range holds `offset` (the last block starting at or before it).
  static func block(containing offset: Int, in blocks: [ProseBlock]) -> Int {
    var low = 0
    var high = blocks.count
    while low < high {
      let middle = (low + high) / 2
      if blocks[middle].range.lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }
}

/// What an analysis leaves behind for the next one of the same document: the text and blocks it
/// saw and each block's findings before settings were applied.
public struct AnalysisState: Sendable {
  let corpus: Corpus
  let options: AnalysisOptions
  let format: DraftFormat
  let text: SourceText
  let blocks: [ProseBlock]
  let blockKeys: [Int]
  let blockFindings: [[Finding]]
  let scans: [BlockScan]
}
