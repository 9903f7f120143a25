import DossierCommandLine
import DossierCore
import DossierTestSupport
import Foundation
import Testing

/// A folder lint checks drafts on several threads (`--jobs`); what it prints, and in what order,
/// does not depend on how many.
@Suite struct ParallelLintTests {
  /// A folder of drafts, each with different findings (or none), named so that the walk's order
  /// is not the order of their sizes.
  static func draftFolder(count: Int) throws -> String {
    let folder = TestScratch.path("dossier-jobs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      var text = "# Memo \(index)\n\n"
      // Some drafts long, some short, so that later ones often finish first.
      for paragraph in 0..<((index * 7) % 13) {
        text +=
          "Pakistan conducted nuclear tests in \(paragraph % 2 == 0 ? 1998 : 1999). The nonproliferation regime held.\n\n"
      }
      if index % 3 == 0 { text += "The measures rest on Executive Order 13383.\n" }
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "%03d-memo.md", (index * 37) % 100)))
    }
    return folder.path
  }

  @Test(arguments: ["text", "json", "github", "sarif"])
  func anyNumberOfJobsPrintsTheSame(format: String) throws {
    let folder = try Self.draftFolder(count: 40)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let base = ["lint", "--no-config", "--color", "never", "--format", format]
    let one = runCommandLine(base + ["--jobs", "1", folder])
    #expect(one.status == 1)
    #expect(one.output.contains("13383"))
    for jobs in ["2", "3", "8"] {
      let many = runCommandLine(base + ["--jobs", jobs, folder])
      #expect(many.status == one.status)
      #expect(many.output == one.output, "--jobs \(jobs)")
      #expect(many.errors == one.errors)
    }
    // The default (one per core) too.
    #expect(runCommandLine(base + [folder]).output == one.output)
  }

  @Test func fixesAreWrittenTheSameWithManyJobs() throws {
    let first = try Self.draftFolder(count: 12)
    let second = try Self.draftFolder(count: 12)
    defer {
      try? FileManager.default.removeItem(atPath: first)
      try? FileManager.default.removeItem(atPath: second)
    }
    let one = runCommandLine(["lint", "--no-config", "--fix", "--jobs", "1", first])
    let many = runCommandLine(["lint", "--no-config", "--fix", "--jobs", "4", second])
    #expect(one.errors.contains("fixed "))
    #expect(one.output == many.output.replacingOccurrences(of: second, with: first))
    #expect(one.errors == many.errors.replacingOccurrences(of: second, with: first))
    for name in try FileManager.default.contentsOfDirectory(atPath: first) {
      let fixedOne = try String(contentsOfFile: first + "/" + name, encoding: .utf8)
      let fixedMany = try String(contentsOfFile: second + "/" + name, encoding: .utf8)
      #expect(fixedOne == fixedMany, "\(name)")
    }
  }

  @Test func jobsMustBeAPositiveWholeNumber() throws {
    for bad in ["0", "-2", "two", ""] {
      #expect(throws: UsageError.self) { _ = try LintOptions.parse(["--jobs", bad, "draft.md"]) }
    }
    #expect(try LintOptions.parse(["-j", "3", "draft.md"]).jobs == 3)
    #expect(try LintOptions.parse(["--jobs=5", "draft.md"]).jobs == 5)
  }
}
