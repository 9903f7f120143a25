import DossierCore
import Testing

@Suite struct GlobPatternTests {
  func matches(_ pattern: String, _ path: String) throws -> Bool { try GlobPattern(pattern).matches(path) }

  @Test func starsAndQuestionMarksStayInOneFolder() throws {
    #expect(try matches("*.md", "memo.md"))
    #expect(try !matches("*.md", "docs/memo.md"))
    #expect(try matches("docs/*.md", "docs/memo.md"))
    #expect(try !matches("docs/*.md", "docs/old/memo.md"))
    #expect(try matches("memo-?.md", "memo-1.md"))
    #expect(try matches("memo-?.md", "memo-é.md"))
    #expect(try !matches("memo-?.md", "memo-12.md"))
    #expect(try !matches("a?b", "a/b"))
  }

  @Test func doubleStarsCrossFolders() throws {
    #expect(try matches("**/old", "old"))
    #expect(try matches("**/old", "a/b/old"))
    #expect(try matches("old/**", "old/a/b.md"))
    #expect(try !matches("old/**", "older/a.md"))
    #expect(try matches("a/**/b", "a/b"))
    #expect(try matches("a/**/b", "a/x/y/b"))
    #expect(try !matches("a/**/b", "a/x/c"))
    // Inside a segment, "**" is a plain star.
    #expect(try matches("a**.md", "abc.md"))
    #expect(try !matches("a**.md", "a/c.md"))
  }

  @Test func classesAndEscapes() throws {
    #expect(try matches("draft[0-9].md", "draft7.md"))
    #expect(try !matches("draft[0-9].md", "draftx.md"))
    #expect(try matches("draft[!0-9].md", "draftx.md"))
    #expect(try matches("draft[^0-9].md", "draftx.md"))
    #expect(try matches("[]a].md", "].md"))
    #expect(try matches("\\*.md", "*.md"))
    #expect(try !matches("\\*.md", "a.md"))
  }

  @Test func namedClassesAsGitReadsThem() throws {
    #expect(try matches("[[:alpha:]].md", "a.md"))
    #expect(try !matches("[[:alpha:]].md", "1.md"))
    #expect(try matches("v[[:digit:]][[:digit:]].md", "v12.md"))
    #expect(try matches("[![:space:]]x", "ax"))
  }

  @Test func malformedPatternsAreRefusedWithAReason() {
    #expect(throws: GlobPattern.Problem.self) { try GlobPattern("draft[0-9.md") }
    #expect(throws: GlobPattern.Problem.self) { try GlobPattern("draft\\") }
  }
}

@Suite struct IgnoreRulesTests {
  func rules(_ gitignore: String, base: String = "/repo") -> IgnoreRules {
    var rules = IgnoreRules()
    rules.addGitignore(gitignore, base: base, origin: "\(base)/.gitignore")
    return rules
  }

  @Test func aNameMatchesAtAnyDepthAPathOnlyFromItsFolder() {
    let ignore = rules("*.bak.md\n/build\ndocs/drafts/\n")
    #expect(ignore.ignores("/repo/a/b/memo.bak.md", isDirectory: false))
    #expect(ignore.ignores("/repo/build", isDirectory: true))
    #expect(!ignore.ignores("/repo/sub/build", isDirectory: true))
    #expect(ignore.ignores("/repo/docs/drafts", isDirectory: true))
    #expect(!ignore.ignores("/repo/other/docs/drafts", isDirectory: true))
    // A pattern never reaches outside its folder.
    #expect(!ignore.ignores("/elsewhere/memo.bak.md", isDirectory: false))
  }

  @Test func aTrailingSlashMatchesOnlyFolders() {
    let ignore = rules("archive/\n")
    #expect(ignore.ignores("/repo/archive", isDirectory: true))
    #expect(!ignore.ignores("/repo/archive", isDirectory: false))
  }

  @Test func theLastMatchDecidesAndNegationTakesAPathBack() {
    let ignore = rules("*.md\n!keep.md\n# a comment\n\n")
    #expect(ignore.ignores("/repo/x.md", isDirectory: false))
    #expect(!ignore.ignores("/repo/keep.md", isDirectory: false))
    #expect(ignore.gitignore.count == 2)
  }

  @Test func configuredPatternsOverGitignoreAndBuiltInFolders() throws {
    var ignore = rules("!notes.md\n")
    #expect(ignore.ignores("/repo/node_modules", isDirectory: true))
    #expect(!ignore.ignores("/repo/notes.md", isDirectory: false))
    ignore.addExplicit([try #require(try IgnoreRules.Rule(line: "notes.md", base: "/repo", origin: "--exclude"))])
    #expect(ignore.ignores("/repo/notes.md", isDirectory: false))
    // Built-in folders can be taken back too.
    let back = rules("!node_modules/\n")
    #expect(!back.ignores("/repo/node_modules", isDirectory: true))
  }

  @Test func windowsLineEndingsAndAByteOrderMarkAreReadAsGitReadsThem() {
    var ignore = IgnoreRules()
    ignore.addGitignore(Array("\u{FEFF}a.md\r\nold/\r\n".utf8), base: "/repo", origin: ".gitignore")
    #expect(ignore.ignores("/repo/a.md", isDirectory: false))
    #expect(ignore.ignores("/repo/old", isDirectory: true))
  }

  @Test func aFileInAnIgnoredFolderIsExcluded() {
    let ignore = rules("archive/\n")
    #expect(ignore.excludes("/repo/docs/archive/2019/memo.md", below: "/repo"))
    #expect(!ignore.excludes("/repo/docs/current/memo.md", below: "/repo"))
    // Folders above the root searched are not looked at.
    #expect(!IgnoreRules().excludes("/node_modules/docs/memo.md", below: "/node_modules/docs"))
  }
}
