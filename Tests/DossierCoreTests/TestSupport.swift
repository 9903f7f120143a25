import DossierCore
import DossierTestSupport
import Foundation

/// Findings for a Markdown draft against a corpus (the embedded one by default).
func findings(_ draft: String, corpus: Corpus = .embedded, format: DraftFormat = .markdown) -> [Finding] {
  Analyzer.findings(in: DraftDocument(draft, format: format), corpus: corpus)
}

/// The draft text each finding of `rule` covers.
func flagged(_ draft: String, _ rule: Rule, corpus: Corpus = .embedded) -> [String] {
  let document = DraftDocument(draft)
  return Analyzer.findings(in: document, corpus: corpus).filter { $0.rule == rule }.map {
    document.text.string(in: $0.range)
  }
}

/// A corpus folder of invented documents, written to a temporary directory (a name may hold
/// folders: "2019/orders/a.md").
func temporaryCorpus(_ files: [String: String]) throws -> String {
  let folder = TestScratch.path("dossier-corpus-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  for (name, text) in files {
    let file = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
  return folder.path
}

/// The corpus of a folder of invented documents (`temporaryCorpus`), without the embedded one.
func inventedCorpus(_ files: [String: String]) throws -> Corpus {
  try Corpus.load(folders: [try temporaryCorpus(files)], includeEmbedded: false)
}

/// An invented corpus on an unrelated topic (river water-sharing), with no knowledge file.
let riverCorpusFiles = [
  "basin.txt": """
  The Mekong River Commission was founded in 1995 by four member countries.
  The commission coordinates water-sharing between Cambodia, Laos, Thailand and Vietnam.
  Critics say the commission lacks enforcement powers over hydropower dams (HPDs) built upstream.
  China and Myanmar are dialogue partners rather than members of the commission.
  """,
  "dams.md": """
  # Upstream dams

  The Xayaburi Dam began commercial operation in 2019 after years of controversy.
  Observers have warned that the dam could "reduce sediment flows and harm fisheries downstream in the delta".
  Engineers describe the cascade as a long-term programme of river regulation.
  """,
]

/// A small deterministic generator for randomised tests (a 64-bit linear congruential one): the
/// same seed gives the same inputs on every run.
struct SeededGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// The sample draft and, where `../shared/eval` sits beside the package (as in CI), the
/// development drafts of every set: texts to check properties on, never expected findings.
func developmentDrafts() throws -> [String] {
  let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  var folders = [package.appendingPathComponent("Tests/Samples")]
  let eval = package.deletingLastPathComponent().appendingPathComponent("shared/eval")
  for set in ["dev", "dprk/drafts", "climate/drafts"] { folders.append(eval.appendingPathComponent(set)) }
  var drafts: [String] = []
  for folder in folders {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".md") {
      drafts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }
  }
  return drafts
}
