import Foundation
import Testing

/// `dossier lint --fix` on the built binary: the writer's words are kept, the corpus's wording
/// and casing are written, and a second run changes nothing.
@Suite(.serialized) struct FixWordsEndToEndTests {
  @Test func fixKeepsTheWritersWordsAndASecondRunChangesNothing() throws {
    let folder = try temporaryFolder()
    let draft = folder.appendingPathComponent("memo.md")
    let text = """
      # Memo

      Critics say such actions "might not only exacerbate tensions but embolden Pakistan to deepen its collaboration with other nations, such as Russia, to counterbalance U.S. pressures".

      The designation under E.O. 13382 stands. Nonproliferation matters.

      """
    try Data(text.utf8).write(to: draft)
    let first = try runDossier(["lint", "--fix", "--no-config", draft.path])
    #expect(first.errors.contains("inserted \"also \""))
    #expect(first.errors.contains("Russia → China"))
    #expect(first.errors.contains("E.O. 13382 → Executive Order 13382"))
    let fixed = try String(contentsOf: draft, encoding: .utf8)
    #expect(
      fixed == """
        # Memo

        Critics say such actions "might not only exacerbate tensions but also embolden Pakistan to deepen its collaboration with other nations, such as China, to counterbalance U.S. pressures".

        The designation under Executive Order 13382 stands. Non-proliferation matters.

        """)
    let second = try runDossier(["lint", "--fix", "--no-config", draft.path])
    #expect(!second.errors.contains("fixed "))
    #expect(try String(contentsOf: draft, encoding: .utf8) == fixed)
  }

  @Test func developmentDraftsFixedTwiceAreFixedOnce() throws {
    let eval = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/dev")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: eval.path)) ?? []).filter { $0.hasSuffix(".md") }
    try #require(!names.isEmpty, "../shared/eval/dev holds the development drafts")
    let folder = try temporaryFolder()
    for name in names {
      try FileManager.default.copyItem(at: eval.appendingPathComponent(name), to: folder.appendingPathComponent(name))
      // Copies of read-only files: make them writable, as a writer's drafts are.
      chmod(folder.appendingPathComponent(name).path, 0o644)
    }
    let first = try runDossier(["lint", "--fix", "--no-config", "--fail-on", "never", folder.path])
    #expect(first.status == 0)
    #expect(first.errors.contains("fixed "))
    let afterFirst = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    let second = try runDossier(["lint", "--fix", "--no-config", "--fail-on", "never", folder.path])
    #expect(second.status == 0)
    #expect(!second.errors.contains("fixed "))
    #expect(try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == afterFirst)
  }
}
