import DossierCommandLine
import Testing

@Suite struct LintOptionsTests {
  @Test func parsesOptionsAndPaths() throws {
    let options = try LintOptions.parse([
      "--format", "json", "--fail-on=warning", "--corpus", "a", "--corpus", "b", "--fix", "-q", "draft.md", "--",
      "-odd.md",
    ])
    #expect(options.format == .json)
    #expect(options.failOn == .warning)
    #expect(options.corpusFolders == ["a", "b"])
    #expect(options.fix)
    #expect(options.quiet)
    #expect(options.paths == ["draft.md", "-odd.md"])
    #expect(options.failureThreshold == .warning)
  }

  @Test(arguments: [
    (["--format", "xml", "a.md"], "--format must be one of"),
    (["--bogus", "a.md"], "unknown option"),
    ([String](), "no drafts"),
    (["--corpus"], "needs a value"),
    (["--stdin-filename", "x.md", "a.md"], "goes with '-'"),
  ])
  func rejectsBadCommandLines(arguments: [String], message: String) {
    do {
      _ = try LintOptions.parse(arguments)
      Issue.record("expected a usage error")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test func failNeverHasNoThreshold() throws {
    #expect(try LintOptions.parse(["--fail-on", "never", "x.md"]).failureThreshold == nil)
  }
}
