import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inputs the binary must refuse or report, each with one clear line on stderr and exit 2: a
/// knowledge file or configuration with a duplicate key or an absurd value, and the entries of a
/// draft folder it cannot read (the folder's other drafts are still checked, exactly as before).
@Suite(.serialized) struct InputErrorTests {
  static let document = "The Mekong River Commission was founded in 1995 by four countries.\n"

  /// A corpus folder (`corpus/`, with `river.txt` and `knowledge`) and a draft beside it; the
  /// result of `dossier lint --no-config --corpus FOLDER/corpus draft.md`.
  func lintWithKnowledge(_ knowledge: String) throws -> (result: ProcessResult, knowledgePath: String) {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data(Self.document.utf8).write(to: corpus.appendingPathComponent("river.txt"))
    try Data(knowledge.utf8).write(to: corpus.appendingPathComponent("knowledge.json"))
    try Data("The Mekong River Commission was founded in 1997.\n".utf8).write(
      to: folder.appendingPathComponent("draft.md"))
    let result = try runDossier(["lint", "--no-config", "--corpus", corpus.path, "draft.md"], directory: folder)
    return (result, corpus.appendingPathComponent("knowledge.json").path)
  }

  func fact(_ value: String) -> String {
    """
    {"facts": [{"id": "founded", "subject": "Mekong River Commission", "claim": ["was founded"],
      "value": \(value),
      "evidence": [{"document": "river.txt", "quote": "was founded in 1995"}]}]}
    """
  }

  @Test func knowledgeFileWithADuplicateKey() throws {
    let (result, path) = try lintWithKnowledge(
      fact(
        """
        {"type": "year", "value": 1995,
                   "value": 1996}
        """))
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(
      result.errors == "dossier: error: \(path):3:12: duplicate key \"value\" (first at line 2, column 29)\n")
  }

  @Test func knowledgeFileWithAnAbsurdYear() throws {
    let (result, path) = try lintWithKnowledge(fact(#"{"type": "year", "value": -9223372036854775808}"#))
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(
      result.errors
        == "dossier: error: \(path):2:38: year -9223372036854775808 out of range: a year is a whole number from 1000 to 2999\n"
    )
    // The same file with a sane year loads and the draft's wrong year is reported.
    let (fine, _) = try lintWithKnowledge(fact(#"{"type": "year", "value": 1995}"#))
    #expect(fine.status != 2, "\(fine.errors)")
    #expect(fine.output.contains("draft.md:1:44:"))
  }

  @Test func configurationWithADuplicateKey() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(#"{"accept": ["Islamabd"],\#n "accept": []}"#.utf8).write(
      to: folder.appendingPathComponent(".dossier.json"))
    try Data("Islamabd said so.\n".utf8).write(to: folder.appendingPathComponent("draft.md"))
    let result = try runDossier(["lint", "draft.md"], directory: folder)
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    let lines = result.errors.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("dossier: error: ") == true)
    #expect(
      lines.first?.hasSuffix(#".dossier.json:2:2: duplicate key "accept" (first at line 1, column 2)"#) == true,
      "\(result.errors)")
  }

  // MARK: Folders

  /// `drafts/a.md` and `drafts/sub/b.md`, each with one finding, plus whatever `spoil` adds;
  /// returns the run over `drafts` before and after `spoil`, in `format`.
  func lintFolder(format: String = "text", _ spoil: (URL) throws -> Void) throws -> (
    clean: ProcessResult, spoiled: ProcessResult
  ) {
    let folder = try temporaryFolder()
    defer {
      // A folder made unreadable must be opened again to be removed.
      chmod(folder.appendingPathComponent("drafts/locked").path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    let drafts = folder.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(
      at: drafts.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("Islamabd said so.\n".utf8).write(to: drafts.appendingPathComponent("a.md"))
    try Data("Pakistan became a nuclear power in 1999.\n".utf8).write(to: drafts.appendingPathComponent("sub/b.md"))
    let arguments = ["lint", "--no-config", "--format", format, "drafts"]
    let clean = try runDossier(arguments, directory: folder)
    try spoil(drafts)
    return (clean, try runDossier(arguments, directory: folder))
  }

  /// The spoiled run exits 2 with `line` on stderr before what the clean run wrote there, and
  /// the same standard output: every readable draft is checked and reported as before.
  func expectReported(_ runs: (clean: ProcessResult, spoiled: ProcessResult), line: String) {
    #expect(runs.clean.status == 0 || runs.clean.status == 1)
    #expect(runs.clean.output.contains("drafts/a.md") && runs.clean.output.contains("drafts/sub/b.md"))
    #expect(runs.spoiled.status == 2)
    #expect(runs.spoiled.output == runs.clean.output)
    #expect(runs.spoiled.errors == "dossier: error: \(line)\n" + runs.clean.errors)
  }

  @Test func brokenSymbolicLinkInAFolder() throws {
    let runs = try lintFolder { drafts in
      try FileManager.default.createSymbolicLink(
        atPath: drafts.appendingPathComponent("old.md").path, withDestinationPath: "renamed.md")
      // Hidden: skipped silently, as every hidden entry is.
      try FileManager.default.createSymbolicLink(
        atPath: drafts.appendingPathComponent(".old.md").path, withDestinationPath: "renamed.md")
    }
    expectReported(runs, line: #"drafts/old.md: broken symbolic link (target "renamed.md" does not exist)"#)
  }

  @Test func brokenSymbolicLinkWithoutADraftExtensionInJSON() throws {
    // It might have pointed to a folder of drafts: reported too. JSON output is unchanged.
    let runs = try lintFolder(format: "json") { drafts in
      try FileManager.default.createSymbolicLink(
        atPath: drafts.appendingPathComponent("sub/chapters").path, withDestinationPath: "../../moved/chapters")
    }
    expectReported(
      runs, line: #"drafts/sub/chapters: broken symbolic link (target "../../moved/chapters" does not exist)"#)
  }

  @Test func fileNameThatIsNotUTF8() throws {
    let runs = try lintFolder { drafts in
      let path = Array(drafts.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".md".utf8)
      let descriptor = open(path.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
      try #require(descriptor >= 0)
      _ = "Islamabd said so.\n".utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
      close(descriptor)
      // Not a draft by its extension: not reported.
      let other = Array(drafts.path.utf8) + Array("/scan".utf8) + [0xFE] + Array(".png".utf8)
      close(open(other.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644))
    }
    expectReported(
      runs, line: #"drafts/bad\xFF.md: file name is not valid UTF-8 (shown with \xNN escapes); not checked"#)
  }

  @Test(.enabled(if: geteuid() != 0, "mode 000 does not stop root; FolderWalkTests covers this through its seam"))
  func unreadableSubfolder() throws {
    let runs = try lintFolder { drafts in
      let locked = drafts.appendingPathComponent("locked")
      try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
      try Data("Islamabd said so.\n".utf8).write(to: locked.appendingPathComponent("c.md"))
      #expect(chmod(locked.path, 0) == 0)
    }
    expectReported(runs, line: "drafts/locked: cannot read folder (Permission denied)")
  }
}
