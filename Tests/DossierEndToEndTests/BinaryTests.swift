import DossierJSON
import DossierTestSupport
import Foundation
import Testing

/// The built `dossier` executable, next to the test bundle in the build folder.
let dossierBinary: URL = {
  var url = Bundle.main.bundleURL
  for _ in 0..<4 where !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("dossier").path) {
    url.deleteLastPathComponent()
  }
  let candidate = url.appendingPathComponent("dossier")
  if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
  // Fall back to the package's debug build.
  let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  return package.appendingPathComponent(".build/debug/dossier")
}()

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

struct ProcessResult {
  var status: Int32
  var output: String
  var errors: String
}

/// The environment the binary runs in: the test process's, colour off, and compiled corpus
/// indexes in a temporary cache folder, not the user's.
func dossierEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = "1"
  environment["XDG_CACHE_HOME"] = TestScratch.cache.path
  for (key, value) in extra { environment[key] = value }
  return environment
}

/// The binary, started with `arguments` in `directory`, its standard streams as given.
func startDossier(
  _ arguments: [String], directory: URL? = nil, environment: [String: String] = [:],
  input: ChildProcess.Stream = .pipe, output: ChildProcess.Stream = .pipe, errors: ChildProcess.Stream = .pipe
) throws -> ChildProcess {
  try ChildProcess(
    executable: dossierBinary.path, arguments: arguments, environment: dossierEnvironment(environment),
    directory: directory?.path, input: input, output: output, errors: errors)
}

/// How long a run of the binary may take before a test gives up on it: far beyond any run's
/// (a sanitizer build is several times slower), short of leaving CI waiting.
let dossierRunTimeout: Double = 300

/// Runs the binary over pipes, feeding `input` to its standard input. A run that has not ended
/// after `timeout` seconds is killed and fails the test.
func runDossier(
  _ arguments: [String], input: String? = nil, directory: URL? = nil, environment: [String: String] = [:],
  timeout: Double = dossierRunTimeout
) throws -> ProcessResult {
  let child = try startDossier(arguments, directory: directory, environment: environment)
  let outcome = child.finish(input: Array((input ?? "").utf8), timeout: timeout)
  #expect(!outcome.timedOut, "dossier \(arguments.joined(separator: " ")) did not end in \(Int(timeout)) s")
  return ProcessResult(
    status: outcome.termination.status, output: String(decoding: outcome.output, as: UTF8.self),
    errors: String(decoding: outcome.errors, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
  let folder = TestScratch.path("dossier-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

@Suite(.serialized) struct BinaryTests {
  @Test func versionAndHelp() throws {
    let version = try runDossier(["--version"])
    #expect(version.status == 0)
    #expect(version.output.hasPrefix("dossier "))
    let help = try runDossier(["lint", "--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("--fail-on"))
  }

  @Test func sampleDraftFromTheReadmeShowsFindings() throws {
    let result = try runDossier(["lint", "Tests/Samples/sample-draft.md"], directory: packageRoot)
    #expect(result.status == 1)
    for rule in [
      "fact-conflict", "unknown-reference", "term-variant", "acronym-undefined", "name-misspelled", "quote-mismatch",
    ] {
      #expect(result.output.contains("[\(rule)]"), "missing \(rule)")
    }
  }

  @Test func worksFromAnyDirectoryWithTheEmbeddedCorpus() throws {
    let folder = try temporaryFolder()
    try Data("Pakistan became a nuclear power in 1999.\n".utf8).write(to: folder.appendingPathComponent("d.md"))
    let result = try runDossier(["lint", "--format", "json", "d.md"], directory: folder)
    #expect(result.status == 1)
    let json = try JSONValue.parse(result.output)
    #expect(json["files"]?[0]?["diagnostics"]?[0]?["rule"] == "fact-conflict")
  }

  @Test func seedDocumentsContradictNothing() throws {
    let result = try runDossier(
      [
        "lint", "--format", "json", "--fail-on", "never", "seeds/000_3a5685f57547a5d7.txt",
        "seeds/003_ee05d9d0c5ebfba7.txt",
      ],
      directory: packageRoot)
    let json = try JSONValue.parse(result.output)
    let rules = (json["files"]?.arrayValue ?? []).flatMap { $0["diagnostics"]?.arrayValue ?? [] }.compactMap {
      $0["rule"]?.stringValue
    }
    #expect(!rules.contains("fact-conflict"))
    #expect(!rules.contains("unknown-reference"))
    #expect(!rules.contains("quote-mismatch"))
  }

  @Test func standardInputWithAFileName() throws {
    let result = try runDossier(
      ["lint", "--format", "json", "--no-config", "-", "--stdin-filename", "memo.md"], input: "Islamabd said so.\n")
    #expect(result.status == 0)
    let json = try JSONValue.parse(result.output)
    #expect(json["files"]?[0]?["path"] == "memo.md")
    #expect(json["files"]?[0]?["diagnostics"]?[0]?["rule"] == "name-misspelled")
    let fixed = try runDossier(["lint", "--fix", "--no-config", "-"], input: "Islamabd said so.\n")
    #expect(fixed.output == "Islamabad said so.\n")
  }

  @Test func aByteOrderMarkShiftsNoColumnAndSurvivesAFix() throws {
    let folder = try temporaryFolder()
    let draft = folder.appendingPathComponent("memo.md")
    try Data([0xEF, 0xBB, 0xBF] + Array("Officials in Islamabd said so.\n".utf8)).write(to: draft)
    let result = try runDossier(["lint", "--no-config", draft.path])
    #expect(result.output.contains("memo.md:1:14: "), "\(result.output)")
    _ = try runDossier(["lint", "--fix", "--no-config", draft.path])
    #expect(try Data(contentsOf: draft) == Data([0xEF, 0xBB, 0xBF] + Array("Officials in Islamabad said so.\n".utf8)))
  }

  @Test func eachFormatParses() throws {
    let draft = "Islamabd and the WMD. Pakistan became a nuclear power in 1999.\n"
    for format in ["json", "sarif"] {
      let result = try runDossier(["lint", "--format", format, "--no-config", "-"], input: draft)
      #expect(result.status == 1)
      #expect(throws: Never.self) { try JSONValue.parse(result.output) }
    }
    let github = try runDossier(["lint", "--format", "github", "--no-config", "-"], input: draft)
    #expect(github.output.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
  }

  @Test func fixOnACopy() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("memo.md")
    try Data("The nonproliferation programme.\n".utf8).write(to: path)
    let result = try runDossier(["lint", "--fix", "--no-config", path.path])
    #expect(result.status == 0)
    #expect(try String(contentsOf: path, encoding: .utf8) == "The non-proliferation program.\n")
  }

  @Test func errorsExitTwoWithOneClearLine() throws {
    let missing = try runDossier(["lint", "/nonexistent/memo.md"])
    #expect(missing.status == 2)
    #expect(missing.errors.hasPrefix("dossier: error: /nonexistent/memo.md"))
    #expect(missing.errors.split(separator: "\n").count == 1)

    let folder = try temporaryFolder()
    try Data("{ \"corpus\": [1] }".utf8).write(to: folder.appendingPathComponent(".dossier.json"))
    try Data("Text.\n".utf8).write(to: folder.appendingPathComponent("d.md"))
    let config = try runDossier(["lint", "d.md"], directory: folder)
    #expect(config.status == 2)
    #expect(config.errors.contains(".dossier.json:1:"))

    let noCorpus = try runDossier(
      ["lint", "--no-config", "--corpus", "/nonexistent/corpus", "d.md"], directory: folder)
    #expect(noCorpus.status == 2)
    #expect(noCorpus.errors.contains("corpus folder not found"))
  }

  @Test func brokenKnowledgeFileIsReportedWithItsPosition() throws {
    let corpus = try temporaryFolder()
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8)
      .write(to: corpus.appendingPathComponent("river.txt"))
    try Data(
      "{\"terms\": [\n  {\"preferred\": \"dam\", \"evidence\": [{\"document\": \"river.txt\", \"quote\": \"no such words\"}]}\n]}\n"
        .utf8
    )
    .write(to: corpus.appendingPathComponent("knowledge.json"))
    let check = try runDossier(["corpus", "check", corpus.path])
    #expect(check.status == 2)
    #expect(check.errors.contains("knowledge.json:2:"))
    #expect(check.errors.contains("quote not found"))
  }

  @Test func ownCorpusFolderWithoutKnowledgeFile() throws {
    let corpus = try temporaryFolder()
    try Data("The Mekong River Commission was founded in 1995 by four member countries.\n".utf8)
      .write(to: corpus.appendingPathComponent("river.txt"))
    let result = try runDossier(
      ["lint", "--format", "json", "--corpus", corpus.path, "--no-config", "-"],
      input: "The Mekong River Commission was founded in 1997.\n")
    #expect(result.status == 1)
    let check = try runDossier(["corpus", "check", corpus.path])
    #expect(check.status == 0)
    #expect(check.output.contains("documents: 1"))
    let explain = try runDossier(["explain", "EO 13382"])
    #expect(explain.status == 0)
    #expect(explain.output.contains("000_3a5685f57547a5d7.txt:8"))
  }
}
