import Foundation
import Testing

/// The compiled corpus index as a user meets it: `lint` builds it once and opens it after,
/// `--no-index` leaves it alone, `dossier corpus index` says where it is and removes it, and the
/// findings never depend on it.
@Suite struct CorpusIndexEndToEndTests {
  @Test func lintBuildsTheIndexOnceAndOpensItAfter() throws {
    let folder = try temporaryFolder()
    let index = folder.appendingPathComponent("index").path
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(
      at: corpus.appendingPathComponent("2019"), withIntermediateDirectories: true)
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(
      to: corpus.appendingPathComponent("2019/river.md"))
    let draft = folder.appendingPathComponent("memo.md")
    try Data("The Mekong River Commission was founded in 1996.\n".utf8).write(to: draft)
    let environment = ["DOSSIER_INDEX_DIR": index]
    let lint = ["lint", "--no-config", "--timings", "--corpus", corpus.path, draft.path]

    let unindexed = try runDossier(lint + ["--no-index"], environment: environment)
    #expect(unindexed.status == 1)
    #expect(!unindexed.errors.contains("corpus index:"))
    #expect(!FileManager.default.fileExists(atPath: index))

    let cold = try runDossier(lint, environment: environment)
    #expect(cold.errors.contains("corpus index: index built (no index yet)"))
    let warm = try runDossier(lint, environment: environment)
    #expect(warm.errors.contains("corpus index: index opened"))
    // The same findings, with their evidence, whichever way the corpus was read.
    #expect(cold.output == unindexed.output)
    #expect(warm.output == unindexed.output)
    #expect(warm.output.contains("fact-conflict"))
    #expect(warm.output.contains("2019/river.md:1"))

    // The source is corrected: the index is rebuilt, and the draft now agrees with it.
    try Data("The Mekong River Commission was founded in 1996 by four member countries.\n".utf8).write(
      to: corpus.appendingPathComponent("2019/river.md"))
    let changed = try runDossier(lint, environment: environment)
    #expect(changed.status == 0)
    #expect(changed.errors.contains("corpus index: index built"))
    #expect(changed.errors.contains("river.md changed"))

    let listed = try runDossier(["corpus", "index"], environment: environment)
    #expect(listed.status == 0)
    #expect(listed.output.hasPrefix("\(index): 1 index, "))
    let refreshed = try runDossier(["corpus", "index", corpus.path], environment: environment)
    #expect(refreshed.status == 0)
    #expect(refreshed.output.hasPrefix("index opened: \(index)/corpus-"))
    let cleared = try runDossier(["corpus", "index", "--clear"], environment: environment)
    #expect(cleared.status == 0)
    #expect(cleared.output.hasPrefix("removed \(index) (1 index, "))
    #expect(!FileManager.default.fileExists(atPath: index))
    let missing = try runDossier(
      ["corpus", "index", folder.appendingPathComponent("nowhere").path], environment: environment)
    #expect(missing.status == 2)
    #expect(missing.errors.contains("corpus folder not found"))
  }

  @Test func anIndexFolderThatCannotBeWrittenIsSaidOnceAndTheRunGoesOn() throws {
    let folder = try temporaryFolder()
    let blocker = folder.appendingPathComponent("blocker")
    try Data("x".utf8).write(to: blocker)
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(
      to: corpus.appendingPathComponent("river.md"))
    let draft = folder.appendingPathComponent("memo.md")
    try Data("The Mekong River Commission was founded in 1996.\n".utf8).write(to: draft)
    let result = try runDossier(
      ["lint", "--no-config", "--corpus", corpus.path, draft.path],
      environment: ["DOSSIER_INDEX_DIR": blocker.appendingPathComponent("index").path])
    #expect(result.status == 1)
    #expect(result.output.contains("fact-conflict"))
    #expect(
      result.errors.split(separator: "\n").filter {
        $0.hasPrefix("dossier: note: corpus index not written: cannot write")
      }
      .count == 1)
  }
}
