import DossierCore
import DossierTestSupport
import Foundation
import Testing

@testable import DossierCommandLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder search through its `FolderAccess` seam: a folder that cannot be listed is made by
/// the seam, so the case is exercised even as root (to whom mode 000 is no obstacle).
@Suite struct FolderWalkTests {
  /// drafts/a.md, drafts/sub/b.md, drafts/sub/deeper/c.md, drafts/z.md; each misspells a name.
  func makeDrafts() throws -> URL {
    let folder = TestScratch.path("dossier-walk-\(UUID().uuidString)")
    let deeper = folder.appendingPathComponent("drafts/sub/deeper")
    try FileManager.default.createDirectory(at: deeper, withIntermediateDirectories: true)
    for name in ["drafts/a.md", "drafts/sub/b.md", "drafts/sub/deeper/c.md", "drafts/z.md"] {
      try Data("Islamabd said so.\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// The real file system, except that listing a folder whose path ends in `suffix` fails with
  /// `error` after `namesFirst` names.
  func failing(_ suffix: String, error: Int32, namesFirst: Int = 0) -> FolderAccess {
    FolderAccess(
      list: { folder in
        let listing = FolderAccess.system.list(folder)
        guard folder.hasSuffix(suffix) else { return listing }
        return (Array(listing.names.sorted { $0.lexicographicallyPrecedes($1) }.prefix(namesFirst)), error)
      }, kind: FolderAccess.system.kind)
  }

  @Test func anUnreadableSubfolderIsAProblemAndTheRestIsSearched() throws {
    let folder = try makeDrafts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let drafts = folder.appendingPathComponent("drafts").path
    let expansion = try DraftInput.expand([drafts], access: failing("/sub", error: EACCES))
    #expect(expansion.files == [drafts + "/a.md", drafts + "/z.md"])
    #expect(expansion.problems.map(\.description) == [drafts + "/sub: cannot read folder (Permission denied)"])
    // Names read before a listing fails are still searched.
    let partial = try DraftInput.expand([drafts], access: failing("/sub", error: EIO, namesFirst: 1))
    #expect(partial.files == [drafts + "/a.md", drafts + "/sub/b.md", drafts + "/z.md"])
    #expect(partial.problems.map(\.description) == [drafts + "/sub: cannot read folder (Input/output error)"])
    // The folder named on the command line itself.
    let top = try DraftInput.expand([drafts], access: failing("drafts", error: EACCES))
    #expect(top.files.isEmpty)
    #expect(top.problems.map(\.description) == [drafts + ": cannot read folder (Permission denied)"])
  }

  /// A search of a folder for drafts leaves XML out (a build's or an editor's file as often as
  /// prose); an XML file named on its own is a draft.
  @Test func aFolderSearchLeavesXMLOutAndANamedXMLFileIsADraft() throws {
    let folder = try makeDrafts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let drafts = folder.appendingPathComponent("drafts").path
    try Data("<project><name>Islamabd</name></project>\n".utf8).write(to: URL(fileURLWithPath: drafts + "/pom.xml"))
    let expansion = try DraftInput.expand([drafts], access: .system)
    #expect(!expansion.files.contains { $0.hasSuffix(".xml") })
    #expect(expansion.files.count == 4)
    let named = try DraftInput.expand([drafts + "/pom.xml"], access: .system)
    #expect(named.files == [drafts + "/pom.xml"])
  }

  @Test func lintReportsTheUnreadableFolderChecksTheRestAndExitsTwo() throws {
    let folder = try makeDrafts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let drafts = folder.appendingPathComponent("drafts").path
    func lint(_ access: FolderAccess) throws -> (status: Int32, output: String, errors: String) {
      var command = LintCommand(options: try LintOptions.parse(["--no-config", "--color", "never", drafts]))
      command.folderAccess = access
      var output = ""
      var errors = ""
      let status = command.run(output: &output, errors: &errors)
      return (status, output, errors)
    }
    let clean = try lint(failing("/nothing", error: EACCES))
    #expect(clean.status == 0)
    let result = try lint(failing("/sub", error: EACCES))
    #expect(result.status == 2)
    let errorLines = result.errors.split(separator: "\n").map(String.init)
    #expect(errorLines.first == "dossier: error: \(drafts)/sub: cannot read folder (Permission denied)")
    // The drafts outside the unreadable folder are checked and reported as they would be alone.
    #expect(result.output.contains("\(drafts)/a.md:1:1:") && result.output.contains("\(drafts)/z.md:1:1:"))
    #expect(!result.output.contains("/sub/"))
    #expect(errorLines.dropFirst() == ["2 warnings in 2 files; corpus: the embedded seed corpus"])
    #expect(clean.output.contains("\(drafts)/sub/b.md:1:1:"))
  }

  @Test func theSystemListingGivesNamesAsStoredBytes() throws {
    let folder = try makeDrafts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let drafts = folder.appendingPathComponent("drafts").path
    let bad: [UInt8] = Array("bad".utf8) + [0xFF] + Array(".md".utf8)
    let path = Array(drafts.utf8) + [0x2F] + bad
    let descriptor = open(path.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
    try #require(descriptor >= 0)
    close(descriptor)
    let listing = FolderAccess.system.list(drafts)
    #expect(listing.error == nil)
    #expect(Set(listing.names) == [Array("a.md".utf8), Array("sub".utf8), Array("z.md".utf8), bad])
    #expect(FolderAccess.system.kind(path) == .file)
    #expect(FolderAccess.system.kind(Array(drafts.utf8) + Array("/sub".utf8)) == .folder)
    #expect(FolderAccess.system.kind(Array(drafts.utf8) + Array("/gone".utf8)) == .missing)
    let missing = FolderAccess.system.list(drafts + "/gone")
    #expect(missing.names.isEmpty && missing.error == ENOENT)
    let expansion = try DraftInput.expand([drafts])
    #expect(expansion.files == [drafts + "/a.md", drafts + "/sub/b.md", drafts + "/sub/deeper/c.md", drafts + "/z.md"])
    #expect(
      expansion.problems.map(\.description) == [
        drafts + #"/bad\xFF.md: file name is not valid UTF-8 (shown with \xNN escapes); not checked"#
      ])
  }

  @Test func brokenLinksAreProblemsButLoopsAndHiddenEntriesAreNot() throws {
    let folder = try makeDrafts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let drafts = folder.appendingPathComponent("drafts")
    let links = FileManager.default
    try links.createSymbolicLink(atPath: drafts.appendingPathComponent("old.md").path, withDestinationPath: "gone.md")
    try links.createSymbolicLink(atPath: drafts.appendingPathComponent("notes").path, withDestinationPath: "/nowhere/x")
    try links.createSymbolicLink(atPath: drafts.appendingPathComponent(".cache").path, withDestinationPath: "gone")
    try links.createSymbolicLink(atPath: drafts.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
    try links.createSymbolicLink(atPath: drafts.appendingPathComponent("up").path, withDestinationPath: "..")
    let expansion = try DraftInput.expand([drafts.path])
    #expect(expansion.files.count == 4)
    #expect(
      expansion.problems.map(\.description) == [
        drafts.path + #"/notes: broken symbolic link (target "/nowhere/x" does not exist)"#,
        drafts.path + #"/old.md: broken symbolic link (target "gone.md" does not exist)"#,
      ])
  }

  @Test func pathsAreDisplayedWithInvalidBytesAndControlsEscaped() {
    #expect(PathName.displayed(Array("drafts/é 😀.md".utf8)) == "drafts/é 😀.md")
    #expect(PathName.displayed(Array("a".utf8) + [0xFF, 0xC3] + Array("b\n".utf8)) == #"a\xFF\xC3b\x0A"#)
    #expect(PathName.displayed([0xED, 0xA0, 0x80]) == #"\xED\xA0\x80"#)  // a UTF-16 surrogate
  }
}
