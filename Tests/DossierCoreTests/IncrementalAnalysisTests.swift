import Foundation
import Testing

@testable import DossierCore

/// Re-checking only the blocks an edit touched must give exactly what a fresh check gives.
@Suite struct IncrementalAnalysisTests {
  static let sample = try! String(
    contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Samples/sample-draft.md"), encoding: .utf8)

  static let insertions = [
    "1999", " ", "\n\n", "Islamabd ", "programme", "(WMD)", "\"", "# ", "- ", "EO 13383", "x",
    "<!-- dossier-disable -->",
    "weapons of mass destruction (WMD) ", "Pakistan", "\n",
  ]

  @Test func randomEditsMatchAFreshCheck() {
    var generator = SeededGenerator(seed: 42)
    var bytes = Array(Self.sample.utf8)
    var previousDraft: DraftDocument? = nil
    var previousState: AnalysisState? = nil
    for step in 0..<150 {
      // Insert, delete or replace a small span somewhere.
      let start = generator.next(bytes.count + 1)
      let length = min(generator.next(12), bytes.count - start)
      switch generator.next(3) {
      case 0: bytes.removeSubrange(start..<(start + length))
      case 1: bytes.insert(contentsOf: Array(Self.insertions[generator.next(Self.insertions.count)].utf8), at: start)
      default:
        bytes.replaceSubrange(
          start..<(start + length), with: Array(Self.insertions[generator.next(Self.insertions.count)].utf8))
      }
      let text = SourceText(bytes: bytes)
      let reused = DraftDocument(text: text, format: .markdown, reusing: previousDraft)
      let fresh = DraftDocument(text: text, format: .markdown)
      #expect(reused.prose == fresh.prose, "step \(step): reused prose differs")
      let (incremental, state) = Analyzer.analyze(reused, corpus: .embedded, previous: previousState)
      let whole = Analyzer.findings(in: fresh, corpus: .embedded)
      #expect(incremental == whole, "step \(step): incremental findings differ")
      #expect(
        Analyzer.findings(in: text, format: .markdown, corpus: .embedded) == whole,
        "step \(step): streamed findings differ")
      previousDraft = reused
      previousState = state
    }
  }

  /// `lint` streams a draft block by block; it must find exactly what the document path finds,
  /// in every format and with a corpus that has no knowledge file.
  @Test(arguments: DraftFormat.allCases)
  func streamedFindingsMatchTheDocumentPath(format: DraftFormat) throws {
    let river = try Corpus.load(folders: [temporaryCorpus(riverCorpusFiles)], includeEmbedded: false)
    let riverDraft = """
      # Upstream dams

      The Mekong River Comission was founded in 1996. HPDs built upstream worry the delta; the
      "Xayaburi Dam began operation in 2018", observers say. The programme of the MRC grew.
      """
    for (draft, corpus) in [(Self.sample, Corpus.embedded), (riverDraft, river), (Self.sample + riverDraft, river)] {
      let text = SourceText(draft)
      let document = Analyzer.findings(in: DraftDocument(text: text, format: format), corpus: corpus)
      #expect(!document.isEmpty)
      #expect(Analyzer.findings(in: text, format: format, corpus: corpus) == document)
    }
  }

  /// A long draft is checked in stretches on every core: the findings are the same as one
  /// pass's, in the same order, with acronyms defined in one stretch and used in another.
  @Test func aLongDraftCheckedOnEveryCoreFindsWhatOnePassFinds() throws {
    var draft = "The weapons of mass destruction (WMD) programme grew.\n\n"
    while draft.utf8.count < 6 * BlockStretches.minimumBytes {
      draft += Self.sample + "\n\nHPDs and WMD stocks grew in 1999.\n\n"
    }
    let text = SourceText(draft)
    let blocks = DraftDocument(text: text, format: .markdown).blocks
    #expect(BlockStretches.stretches(of: blocks, cores: 2).count > 1)
    let document = Analyzer.findings(in: DraftDocument(text: text, format: .markdown), corpus: .embedded)
    #expect(document.count > 20)
    #expect(Analyzer.findings(in: text, format: .markdown, corpus: .embedded) == document)
  }

  @Test func stretchesCoverEveryBlockOnceInOrder() {
    let text = SourceText(String(repeating: "A paragraph of some length about the programme.\n\n", count: 20_000))
    let blocks = DraftDocument(text: text, format: .markdown).blocks
    for cores in [1, 2, 3, 8, 64] {
      let stretches = BlockStretches.stretches(of: blocks, cores: cores)
      #expect(stretches.first?.lowerBound == 0)
      #expect(stretches.last?.upperBound == blocks.count)
      #expect(zip(stretches, stretches.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
      #expect(stretches.count == (cores == 1 ? 1 : min(cores * 4, text.bytes.count / BlockStretches.minimumBytes)))
    }
    // A short draft is one stretch on any number of cores.
    let short = DraftDocument("One paragraph.\n\nAnother.\n").blocks
    #expect(BlockStretches.stretches(of: short, cores: 8) == [0..<2])
    #expect(BlockStretches.stretches(of: [], cores: 8) == [0..<0])
  }

  @Test func anEditLeavesOtherParagraphsFindingsInPlace() {
    let before = "Pakistan tested in 1999.\n\nThe programme grew.\n"
    let after = "An added opening paragraph.\n\n" + before
    let (_, state) = Analyzer.analyze(DraftDocument(before), corpus: .embedded, previous: nil)
    let edited = DraftDocument(after)
    let (findings, _) = Analyzer.analyze(edited, corpus: .embedded, previous: state)
    #expect(findings == Analyzer.findings(in: edited, corpus: .embedded))
    #expect(findings.map { edited.text.string(in: $0.range) }.contains("programme"))
  }

  @Test func aChangedCorpusOrOptionsChecksEverythingAgain() {
    let draft = DraftDocument("The programme grew.\n")
    let (_, state) = Analyzer.analyze(draft, corpus: .embedded, previous: nil)
    var options = AnalysisOptions()
    options.severities[.termVariant] = .some(nil)
    let (findings, _) = Analyzer.analyze(draft, corpus: .embedded, options: options, previous: state)
    #expect(findings.isEmpty)
  }
}
