import FoundationEssentials

/// The analysis core's entry point: checks a draft against a corpus.
public enum Analyzer {
  static let blockChecks: [any BlockCheck.Type] = [
    FactConflictCheck.self,
    UnknownReferenceCheck.self,
    ReferenceDateCheck.self,
    TermVariantCheck.self,
    NameMisspelledCheck.self,
    QuoteMismatchCheck.self,
  ]
  static let documentChecks: [any DocumentCheck.Type] = [AcronymUndefinedCheck.self]
  /// When two rules flag the same words, the first rule listed here wins.
  static let precedence: [Rule] = [
    .factConflict, .unknownReference, .termVariant, .acronymUndefined, .nameMisspelled, .quoteMismatch,
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
    // A block whose bytes did not change keeps its scan and findings; every other block is checked.
    var reusedScans = [BlockScan?](repeating: nil, count: draft.blocks.count)
    if let previous, previous.corpus === corpus, previous.options == options,
      previous.format == draft.format
    {
      let matcher = BlockMatcher(
        previousText: previous.text, previousBlocks: previous.blocks, previousKeys: previous.blockKeys)
      for index in draft.blocks.indices {
        if let (old, delta) = matcher.match(draft.blocks[index], key: draft.blockKeys[index], in: draft.text) {
          blockFindings[index] = previous.blockFindings[old].map { $0.shifted(by: delta) }
          reusedScans[index] = previous.scans[old]
        }
      }
    }

    // Block by block: the block's scan, then every block check, while its tokens are in cache.
    var scans: [BlockScan] = []
    scans.reserveCapacity(draft.blocks.count)
    for index in draft.blocks.indices {
      if let reused = reusedScans[index] {
        scans.append(reused)
        continue
      }
      scans.append(
        check(
          draft.prose[index], block: index, of: draft.blocks, text: draft.text, corpus: corpus, options: options,
          into: &blockFindings))
    }
    let document = DocumentContext(
      text: draft.text, blocks: draft.blocks, acronymDefinitions: draft.acronymDefinitions, corpus: corpus,
      options: options, scans: scans)
    let documentFindings = documentChecks.flatMap { $0.findings(in: document) }

    let state = AnalysisState(
      corpus: corpus, options: options, format: draft.format, text: draft.text, blocks: draft.blocks,
      blockKeys: draft.blockKeys,
      blockFindings: blockFindings, scans: scans)
    let findings = finalize(
      NameMisspelledCheck.withoutDeliberateNames(
        Array(blockFindings.joined()), text: draft.text, blocks: draft.blocks, corpus: corpus) + documentFindings,
      text: draft.text, suppressions: draft.suppressions, options: options)
    return (findings, state)
  }

  /// Every finding in `text`, the same as `findings(in: DraftDocument(text:format:), …)`, but
  /// streamed: each block is folded, tokenised and checked in turn, and its prose is let go
  /// before the next block, so memory does not grow with the draft's length beyond its blocks
  /// and findings. For one-shot checks (`dossier lint`); an editor keeps a `DraftDocument`.
  ///
  /// A long draft is checked in stretches of blocks on every core (`BlockStretches`); the
  /// findings are the same as in one pass, since a block check reads only its block.
  public static func findings(
    in text: SourceText, format: DraftFormat, corpus: Corpus, options: AnalysisOptions = AnalysisOptions()
  ) -> [Finding] {
    var scanner = MarkdownScanner(text: text, format: format)
    scanner.scan()
    let blocks = scanner.blocks
    let stretches = BlockStretches.stretches(of: blocks, cores: ProcessInfo.processInfo.activeProcessorCount)
    let results = Parallel.map(stretches) { stretch in
      var result = BlockStretchResult()
      for index in stretch {
        let prose = ProseText(source: text, segments: blocks[index].segments)
        result.acronymDefinitions += DraftDocument.acronymDefinitions(in: prose, source: text).map {
          ($0.acronym, prose.tokens[$0.token].originalRange.lowerBound)
        }
        let scan = BlockScan(prose: prose, block: blocks[index], text: text)
        result.findings += blockFindingsOf(
          prose, scan: scan, block: blocks[index], text: text, corpus: corpus, options: options)
        result.scans.append(scan)
      }
      return result
    }
    var scans: [BlockScan] = []
    scans.reserveCapacity(blocks.count)
    var acronymDefinitions: [(acronym: String, offset: Int)] = []
    var raw: [Finding] = []
    for result in results {
      scans += result.scans
      acronymDefinitions += result.acronymDefinitions
      raw += result.findings
    }
    let document = DocumentContext(
      text: text, blocks: blocks, acronymDefinitions: acronymDefinitions, corpus: corpus, options: options,
      scans: scans)
    let documentFindings = documentChecks.flatMap { $0.findings(in: document) }
    return finalize(
      NameMisspelledCheck.withoutDeliberateNames(raw, text: text, blocks: blocks, corpus: corpus) + documentFindings,
      text: text, suppressions: Suppressions(comments: scanner.comments, text: text), options: options)
  }

  /// The raw findings of one block: every block check on it.
  private static func blockFindingsOf(
    _ prose: ProseText, scan: BlockScan, block: ProseBlock, text: SourceText, corpus: Corpus,
    options: AnalysisOptions
  ) -> [Finding] {
    let context = CheckContext(text: text, corpus: corpus, options: options, block: block, prose: prose, scan: scan)
    var findings: [Finding] = []
    for check in blockChecks { findings += check.findings(in: context) }
    return findings
  }

  /// Scans block `index` and runs every block check on it, filing each finding under the block
  /// it starts in. Returns the block's scan.
  private static func check(
    _ prose: ProseText, block index: Int, of blocks: [ProseBlock], text: SourceText, corpus: Corpus,
    options: AnalysisOptions, into blockFindings: inout [[Finding]]
  ) -> BlockScan {
    let scan = BlockScan(prose: prose, block: blocks[index], text: text)
    for finding in blockFindingsOf(
      prose, scan: scan, block: blocks[index], text: text, corpus: corpus, options: options)
    {
      blockFindings[block(containing: finding.range.lowerBound, in: blocks)].append(finding)
    }
    return scan
  }

  /// Applies rule settings, suppression comments and accepted words; keeps one finding per range
  /// (when two rules flag the same words, the first rule listed wins) and sorts by position.
  static func finalize(
    _ raw: some Sequence<Finding>, text: SourceText, suppressions: Suppressions, options: AnalysisOptions
  ) -> [Finding] {
    let order = Dictionary(uniqueKeysWithValues: precedence.enumerated().map { ($1, $0) })
    var findings: [Finding] = []
    for var finding in raw {
      guard let severity = options.severity(of: finding.rule) else { continue }
      if suppressions.suppresses(finding.rule, at: finding.range.lowerBound) { continue }
      if !options.acceptedWords.isEmpty,
        options.acceptedWords.contains(WordForms.folded(text.string(in: finding.range)))
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
