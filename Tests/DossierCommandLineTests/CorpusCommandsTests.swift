import DossierCommandLine
import DossierCore
import DossierTestSupport
import Foundation
import Testing

/// `dossier corpus show` lists what a corpus holds; `dossier corpus init` turns it into a
/// knowledge file that loads as written and is never written over an existing one.
@Suite struct CorpusCommandsTests {
  static func corpusFolder() throws -> String {
    let folder = TestScratch.path("dossier-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("orders"), withIntermediateDirectories: true)
    try Data(
      """
      The Mekong River Commission (MRC) was founded in 1995 by four member countries.
      The MRC coordinates water-sharing between Cambodia, Laos, Thailand and Vietnam under the 1995 Mekong Agreement.

      """.utf8
    ).write(to: folder.appendingPathComponent("basin.md"))
    try Data(
      """
      Executive Order 13382 blocked the property of proliferators. Water-sharing talks resumed in 2019.
      The water-sharing rules were revised, and Executive Order 13382 stayed in force.

      """.utf8
    ).write(to: folder.appendingPathComponent("orders/2019.md"))
    return folder.path
  }

  @Test func showListsTheCorpusByDocument() throws {
    let folder = try Self.corpusFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shown = runCommandLine(["corpus", "show", folder])
    #expect(shown.status == 0)
    let lines = shown.output.split(separator: "\n").map(String.init)
    let basin = try #require(lines.firstIndex(of: folder + "/basin.md"))
    let orders = try #require(lines.firstIndex(of: folder + "/orders/2019.md"))
    #expect(basin < orders)
    #expect(lines[basin..<orders].contains { $0.contains("acronym") && $0.contains("MRC (Mekong River Commission)") })
    #expect(lines[orders...].contains { $0.contains("reference") && $0.contains("Executive Order 13382") })
    #expect(lines.contains { $0.contains("claim") && $0.contains("1995 (year)") })
    #expect(lines.contains("names (the whole corpus)"))

    let filtered = runCommandLine(["corpus", "show", "--filter", "executive order", folder])
    #expect(filtered.output.contains("Executive Order 13382"))
    #expect(!filtered.output.contains("MRC"))
    #expect(
      runCommandLine(["corpus", "show", "--filter", "zzzz", folder]).errors.contains("nothing mentions \"zzzz\""))
    #expect(runCommandLine(["corpus", "show", "--bogus", folder]).status == 2)
  }

  @Test func initWritesAKnowledgeFileThatLoadsAndNeverReplacesOne() throws {
    let folder = try Self.corpusFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let written = runCommandLine(["corpus", "init", folder])
    #expect(written.status == 0, "\(written.errors)")
    #expect(written.output.contains("acronyms"))
    let path = folder + "/knowledge.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"acronym\" : \"MRC\"") || text.contains("\"acronym\": \"MRC\""))
    #expect(text.contains("Executive Order 13382"))
    // It loads as written (every quote verified) and is the corpus's knowledge file now.
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    #expect(corpus.acronyms.contains { $0.acronym == "MRC" && $0.origin == .knowledgeFile })
    #expect(corpus.references.contains { $0.identifier == "13382" && $0.origin == .knowledgeFile })
    // A second run leaves the (possibly curated) file as it is.
    try Data("{\"version\": 1}\n".utf8).write(to: URL(fileURLWithPath: path))
    let again = runCommandLine(["corpus", "init", folder])
    #expect(again.status == 2)
    #expect(again.errors.contains("already there"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"version\": 1}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".dossier-") })
  }

  @Test func initNeedsOneFolder() {
    #expect(runCommandLine(["corpus", "init"]).status == 2)
    #expect(runCommandLine(["corpus", "init", "a", "b"]).status == 2)
    #expect(runCommandLine(["corpus", "init", "/nonexistent/dossier"]).status == 2)
  }
}
