import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// `dossier lint FOLDER` in a repository: what a folder search checks and leaves out, nothing to
/// check as an error, and the configuration in effect shown.
@Suite struct ProjectModelTests {
  static let misspelled = "Officials in Islamabd said so.\n"

  /// A repository: drafts, a corpus folder named by `.dossier.json`, installed packages, build
  /// output ignored by `.gitignore`, an archive ignored by the configuration, a nested
  /// configuration with its own pattern, a link out of the repository and one inside it.
  func repository() throws -> URL {
    let root = try temporaryFolder()
    let outside = try temporaryFolder()
    let files: [String: String] = [
      "docs/memo.md": Self.misspelled,
      "docs/archive/old.md": Self.misspelled,
      "docs/team/notes.scratch.md": Self.misspelled,
      "docs/team/brief.md": Self.misspelled,
      "docs/team/.dossier.json": #"{"ignore": ["*.scratch.md"]}"#,
      "node_modules/pkg/README.md": Self.misspelled,
      "build/out.md": Self.misspelled,
      "sources/source.md": "Officials in Islamabad said so, again and again.\n",
      ".gitignore": "build/\n",
      ".dossier.json": #"{"corpus": ["sources"], "includeEmbeddedCorpus": true, "ignore": ["archive/"]}"#,
    ]
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try Self.misspelled.write(to: outside.appendingPathComponent("far.md"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("docs/link-out"), withDestinationURL: outside)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("docs/inner.md").path, withDestinationPath: "memo.md")
    return root
  }

  func checkedFiles(_ output: String) -> [String] {
    Set(
      output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap { $0.split(separator: ":").first }
        .map(String.init)
    ).sorted()
  }

  @Test func aFolderSearchLeavesOutWhatTheProjectIgnores() throws {
    let root = try repository()
    let result = try runDossier(["lint", "--fail-on", "never", "."], directory: root)
    #expect(result.status == 0, "\(result.errors)")
    // (docs/inner.md, a link to memo.md, is memo.md: checked once, under its own path.)
    #expect(checkedFiles(result.output) == ["./docs/memo.md", "./docs/team/brief.md"])
    // --exclude adds a pattern; a file named on the command line is checked whatever ignores it.
    let excluded = try runDossier(["lint", "--fail-on", "never", "--exclude", "team/", "."], directory: root)
    #expect(checkedFiles(excluded.output) == ["./docs/memo.md"])
    let named = try runDossier(["lint", "--fail-on", "never", "build/out.md"], directory: root)
    #expect(checkedFiles(named.output) == ["build/out.md"])
  }

  @Test func aLinkNeverLeadsAroundTheIgnoreRulesNorChecksAFileTwice() throws {
    let root = try repository()
    // A link to docs/ from the top: docs/archive/ is still ignored, docs/memo.md still once.
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("alias").path, withDestinationPath: "docs")
    let result = try runDossier(["lint", "--fail-on", "never", "."], directory: root)
    #expect(checkedFiles(result.output) == ["./docs/memo.md", "./docs/team/brief.md"])
    // A file named twice (and through its folder) is checked once.
    let twice = try runDossier(
      ["lint", "--fail-on", "never", "docs/memo.md", "./docs/memo.md", "docs"], directory: root)
    #expect(twice.errors.contains("in 2 files"), "\(twice.errors)")
  }

  @Test func nothingToCheckIsAnErrorUnlessAllowed() throws {
    let root = try repository()
    try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
    for folder in ["empty", "sources"] {
      let result = try runDossier(["lint", folder], directory: root)
      #expect(result.status == 2)
      #expect(result.errors.split(separator: "\n").count == 1)
      #expect(result.errors.contains("no drafts to check in '\(folder)'"))
    }
    let allowed = try runDossier(["lint", "--allow-empty", "--format", "json", "empty"], directory: root)
    #expect(allowed.status == 0)
    #expect(try JSONValue.parse(allowed.output)["files"] != nil)
  }

  @Test func printConfigShowsWhatIsInEffect() throws {
    let root = try repository()
    let result = try runDossier(
      ["lint", "--print-config", "docs/team/brief.md", "--exclude", "*.bak"], directory: root)
    #expect(result.status == 0, "\(result.errors)")
    for expected in [
      "configuration for docs/team/brief.md", ".dossier.json", "docs/team/.dossier.json", "corpus: sources/",
      "fact-conflict", "error (default)", "node_modules/", ".gitignore", "archive/  (.dossier.json)",
      "*.scratch.md  (docs/team/.dossier.json)", "*.bak  (--exclude)", "sources/  (a corpus folder)",
    ] {
      #expect(result.output.contains(expected), "\(expected) in \(result.output)")
    }
    let broken = try runDossier(["lint", "--print-config", "--exclude", "a[b"], directory: root)
    #expect(broken.status == 2)
    #expect(broken.errors.contains("never closed"))
  }
}
