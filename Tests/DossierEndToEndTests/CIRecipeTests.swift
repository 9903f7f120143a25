import DossierJSON
import Foundation
import Testing

/// The command lines in `editors/ci/` and `.pre-commit-hooks.yaml` are run here for real (the
/// workflows themselves can only run on GitHub).
@Suite(.serialized) struct CIRecipeTests {
  func recipe(_ path: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  /// The `dossier …` arguments on the first line of `text` that runs `dossier lint`, with shell
  /// redirections and words after them removed.
  func dossierArguments(in text: String) throws -> [String] {
    let line = try #require(text.split(separator: "\n").first { $0.contains("dossier lint") })
    let words = line[line.range(of: "dossier lint")!.lowerBound...].split(separator: " ").map(String.init)
    var arguments: [String] = []
    for word in words.dropFirst() {
      if word == ">" || word.hasPrefix("#") { break }
      arguments.append(word)
    }
    return arguments
  }

  func drafts() throws -> URL {
    let folder = try temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
    try Data("Pakistan became a nuclear power in 1999.\n".utf8).write(
      to: folder.appendingPathComponent("drafts/bad.md"))
    try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(
      to: folder.appendingPathComponent("drafts/good.md"))
    return folder
  }

  @Test func pullRequestAnnotationsCommand() throws {
    let arguments = try dossierArguments(in: recipe("editors/ci/github/dossier-lint.yml"))
    #expect(arguments.prefix(4) == ["lint", "--format", "github", "--fail-on"])
    let folder = try drafts()
    let withDrafts = arguments.map { $0 == "\"${drafts[@]}\"" ? "drafts/bad.md" : $0 }
    let result = try runDossier(withDrafts, directory: folder)
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("::error file=drafts/bad.md,line=1,col=36"))
    let clean = try runDossier(arguments.map { $0 == "\"${drafts[@]}\"" ? "drafts/good.md" : $0 }, directory: folder)
    #expect(clean.status == 0)
  }

  @Test func codeScanningCommandWritesSARIF() throws {
    let text = try recipe("editors/ci/github/dossier-sarif.yml")
    #expect(text.contains("github/codeql-action/upload-sarif"))
    let arguments = try dossierArguments(in: text)
    let result = try runDossier(arguments, directory: try drafts())
    #expect(result.status == 0)
    let sarif = try JSONValue.parse(result.output)
    #expect(sarif["version"] == "2.1.0")
    #expect(sarif["runs"]?[0]?["results"]?.arrayValue?.count == 1)
  }

  @Test func preCommitHookEntry() throws {
    let hook = try recipe(".pre-commit-hooks.yaml")
    let entry = try #require(
      hook.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("entry:") })
    let words = entry.split(separator: " ").map(String.init).drop { $0 != "dossier" }.dropFirst()
    #expect(words.first == "lint")
    let folder = try drafts()
    // pre-commit appends the staged file names.
    #expect(try runDossier(Array(words) + ["drafts/bad.md"], directory: folder).status == 1)
    #expect(try runDossier(Array(words) + ["drafts/good.md"], directory: folder).status == 0)
    // pre-commit builds Dossier itself, and sends it drafts only (it tags YAML, JSON and TOML
    // files "text" too, so the hook names extensions).
    #expect(hook.contains("\n  language: swift\n"))
    let files = try #require(hook.split(separator: "\n").first { $0.contains("files:") })
    let pattern = try Regex(String(files.split(separator: "'")[1]))
    for name in ["a.md", "docs/b.markdown", "c.txt"] { #expect(name.firstMatch(of: pattern) != nil, "\(name)") }
    for name in ["config.yaml", "x.json", "pyproject.toml", "md.py"] {
      #expect(name.firstMatch(of: pattern) == nil, "\(name)")
    }
  }

  @Test func theSnippetsPinTheVersionDossierPrints() throws {
    let version = try runDossier(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    let number = try #require(version.split(separator: " ").last)
    let snippet = try recipe("editors/ci/pre-commit-config.yaml")
    #expect(snippet.contains("rev: v\(number)"))
    for workflow in [
      "editors/ci/github/dossier-lint.yml", "editors/ci/github/dossier-sarif.yml", "editors/ci/pre-commit-config.yaml",
    ] {
      #expect(try recipe(workflow).contains("https://github.com/dossier-lint/dossier"), "\(workflow)")
    }
  }
}
