import DossierTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
  // <sys/xattr.h>, which Glibc's module leaves out (the toolchain's C shims include it).
  import _FoundationCShims
#endif

/// `dossier lint --fix` on the built binary: what a fix keeps (symbolic links, owner, group,
/// mode, extended attributes and ACLs), what it refuses (hard links, a draft changed meanwhile),
/// and that its temporary file is never wider than the draft and never left behind, even when
/// the run is killed. Runs that must be caught between writing the temporary file and the
/// rename use `FixWriter`'s test hook, `DOSSIER_TEST_FIX_PAUSE_BEFORE_RENAME`.
@Suite(.serialized) struct FixSafetyTests {
  static let draft = "The nonproliferation regime, critics say, is applied selectively.\n"
  static let fixed = "The non-proliferation regime, critics say, is applied selectively.\n"
  static let isRoot = geteuid() == 0

  // MARK: Helpers

  static func status(_ path: String, following: Bool = true) throws -> stat {
    var result = stat()
    let code = following ? stat(path, &result) : lstat(path, &result)
    try #require(code == 0, "cannot stat \(path)")
    return result
  }

  static func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  static func temporaryFiles(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
  }

  /// A new folder holding `memo.md` with the draft, the mode `mode`.
  static func draftFile(mode: mode_t = 0o644) throws -> (folder: String, path: String) {
    let folder = try temporaryFolder().path
    let path = folder + "/memo.md"
    try Data(draft.utf8).write(to: URL(fileURLWithPath: path))
    try #require(chmod(path, mode) == 0)
    return (folder, path)
  }

  static func fix(_ path: String) throws -> ProcessResult { try runDossier(["lint", "--fix", "--no-config", path]) }

  /// A fix started with the pause hook, caught once its temporary file exists in `folder`.
  ///
  /// Started as a shell starts a command (no signal blocked, SIGINT, SIGTERM and SIGHUP at their
  /// default action; see `ChildProcess`), so the signals a test sends act as they would on a
  /// user's run.
  struct PausedFix {
    let child: ChildProcess
    var temporary: String
    var pid: pid_t { child.pid }

    init(_ path: String, folder: String, milliseconds: Int = 5_000) throws {
      child = try startDossier(
        ["lint", "--fix", "--no-config", path],
        environment: ["DOSSIER_TEST_FIX_PAUSE_BEFORE_RENAME": String(milliseconds)], input: .null, output: .null)
      let deadline = ChildProcess.now() + 60
      var found: String?
      while found == nil, ChildProcess.now() < deadline, child.isRunning {
        found = FixSafetyTests.temporaryFiles(in: folder).first
        if found == nil { usleep(5_000) }
      }
      if found == nil { child.kill() }
      temporary = folder + "/" + (try #require(found, "no temporary file appeared in \(folder) during the pause"))
    }

    /// Waits for the run to end: its exit status or the signal that ended it, and its stderr.
    func finish() -> (status: Int32, signaled: Bool, errors: String) {
      let outcome = child.finish(timeout: dossierRunTimeout)
      #expect(!outcome.timedOut, "the paused fix did not end")
      let errors = String(decoding: outcome.errors, as: UTF8.self)
      if let signal = outcome.termination.signal { return (signal, true, errors) }
      return (outcome.termination.status, false, errors)
    }
  }

  /// Whether the temporary folder's file system takes `user.` extended attributes.
  static let userAttributesWork: Bool = {
    guard let (folder, path) = try? draftFile() else { return false }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return setxattr(path, "user.dossier-probe", "1", 1, 0) == 0
  }()

  /// A POSIX access ACL in the kernel's `system.posix_acl_access` form: owner rw, user 12345 r,
  /// group r, mask r, others nothing.
  static let aclGrantingUser12345: [UInt8] = {
    var bytes: [UInt8] = []
    func u16(_ v: UInt16) { bytes += [UInt8(v & 0xff), UInt8(v >> 8)] }
    func u32(_ v: UInt32) {
      for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(shift)) & 0xff)) }
    }
    func entry(_ tag: UInt16, _ permissions: UInt16, _ id: UInt32) {
      u16(tag)
      u16(permissions)
      u32(id)
    }
    u32(2)  // version
    entry(0x01, 6, .max)  // user::rw-
    entry(0x02, 4, 12345)  // user:12345:r--
    entry(0x04, 4, .max)  // group::r--
    entry(0x10, 4, .max)  // mask::r--
    entry(0x20, 0, .max)  // other::---
    return bytes
  }()

  static func attribute(_ name: String, of path: String) -> [UInt8]? {
    let size = getxattr(path, name, nil, 0)
    guard size >= 0 else { return nil }
    var value = [UInt8](repeating: 0, count: size)
    let count = value.withUnsafeMutableBytes { getxattr(path, name, $0.baseAddress, size) }
    return count >= 0 ? Array(value[..<count]) : nil
  }

  static func setAttribute(_ name: String, _ value: [UInt8], on path: String) -> Bool {
    value.withUnsafeBytes { setxattr(path, name, $0.baseAddress, value.count, 0) } == 0
  }

  /// Whether the file system takes POSIX ACLs (set on a probe file).
  static let aclsWork: Bool = {
    guard let (folder, path) = try? draftFile(mode: 0o640) else { return false }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return setAttribute("system.posix_acl_access", aclGrantingUser12345, on: path)
  }()

  // MARK: Links

  @Test func aSymbolicLinkStaysALinkAndItsTargetIsFixed() throws {
    let (folder, target) = try Self.draftFile()
    let links = try temporaryFolder().path
    let link = links + "/link.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try Self.fix(link)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.errors.contains("nonproliferation → non-proliferation"))
    #expect(try Self.status(link, following: false).st_mode & S_IFMT == S_IFLNK)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try Self.contents(target) == Self.fixed)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
    #expect(Self.temporaryFiles(in: links).isEmpty)
  }

  @Test func aHardLinkedDraftIsRefusedAndBothNamesKeepTheirText() throws {
    let (folder, path) = try Self.draftFile()
    let other = folder + "/other-name.md"
    try #require(link(path, other) == 0)
    let result = try Self.fix(path)
    #expect(result.status == 2)
    let errorLines = result.errors.split(separator: "\n").filter { $0.hasPrefix("dossier: error:") }
    #expect(errorLines.count == 1)
    #expect(errorLines.first?.contains("hard links") == true)
    #expect(errorLines.first?.contains("not fixed") == true)
    #expect(try Self.contents(path) == Self.draft)
    #expect(try Self.contents(other) == Self.draft)
    #expect(try Self.status(path).st_nlink == 2)
    #expect(try Self.status(path).st_ino == Self.status(other).st_ino)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  // MARK: Owner, group, mode

  @Test(.enabled(if: isRoot, "chown needs root")) func ownerAndGroupAreKept() throws {
    let (folder, path) = try Self.draftFile()
    try #require(chown(path, 12345, 12345) == 0)
    let result = try Self.fix(path)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try Self.contents(path) == Self.fixed)
    let fixed = try Self.status(path)
    #expect(fixed.st_uid == 12345)
    #expect(fixed.st_gid == 12345)
    #expect(fixed.st_mode & 0o7777 == 0o644)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  /// Set-id bits survive a fix by the file's owner and are dropped from a fix by anyone else
  /// (here root fixing a file of user 12345), as the kernel drops them on a non-owner's write.
  @Test(.enabled(if: isRoot, "chown needs root")) func setIDBitsAreKeptOnlyForTheOwnersOwnFix() throws {
    let (_, others) = try Self.draftFile()
    try #require(chown(others, 12345, 12345) == 0)
    try #require(chmod(others, 0o6644) == 0)
    let result = try Self.fix(others)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try Self.contents(others) == Self.fixed)
    let fixedOthers = try Self.status(others)
    #expect(fixedOthers.st_mode & 0o7777 == 0o644)
    #expect(fixedOthers.st_uid == 12345)
    #expect(fixedOthers.st_gid == 12345)

    let (_, own) = try Self.draftFile(mode: 0o6644)
    let ownResult = try Self.fix(own)
    #expect(ownResult.status == 0, "\(ownResult.errors)")
    #expect(try Self.contents(own) == Self.fixed)
    let fixedOwn = try Self.status(own)
    #expect(fixedOwn.st_mode & 0o7777 == 0o6644)
    #expect(fixedOwn.st_uid == geteuid())
  }

  static let canDropPrivileges = isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  /// User 12345 may write the draft and its folder but cannot give a new file root's ownership:
  /// the fix is refused rather than handing the draft to user 12345.
  @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run as another user"))
  func aFixThatCannotKeepTheOwnerIsRefused() throws {
    let (folder, path) = try Self.draftFile(mode: 0o666)
    try #require(chmod(folder, 0o777) == 0)
    let child = try ChildProcess(
      executable: "/usr/bin/setpriv",
      arguments: [
        "--reuid=12345", "--regid=12345", "--clear-groups", dossierBinary.path, "lint", "--fix", "--no-config", path,
      ], environment: ProcessInfo.processInfo.environment, output: .null)
    let outcome = child.finish(timeout: dossierRunTimeout)
    let text = String(decoding: outcome.errors, as: UTF8.self)
    #expect(outcome.termination.status == 2)
    #expect(text.contains("cannot keep the file's owner"), "\(text)")
    #expect(text.contains("not fixed"))
    #expect(try Self.contents(path) == Self.draft)
    #expect(try Self.status(path).st_uid == 0)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  // MARK: Extended attributes

  @Test(.enabled(if: userAttributesWork, "the file system takes no user extended attributes"))
  func modeAndAUserExtendedAttributeAreKept() throws {
    let (folder, path) = try Self.draftFile(mode: 0o640)
    try #require(Self.setAttribute("user.dossier", Array("kept".utf8), on: path))
    let result = try Self.fix(path)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try Self.contents(path) == Self.fixed)
    #expect(try Self.status(path).st_mode & 0o7777 == 0o640)
    #expect(Self.attribute("user.dossier", of: path) == Array("kept".utf8))
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(.enabled(if: aclsWork, "the file system takes no POSIX ACLs"))
  func aPOSIXACLIsKept() throws {
    let (_, path) = try Self.draftFile(mode: 0o640)
    try #require(Self.setAttribute("system.posix_acl_access", Self.aclGrantingUser12345, on: path))
    let before = try #require(Self.attribute("system.posix_acl_access", of: path))
    let result = try Self.fix(path)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try Self.contents(path) == Self.fixed)
    #expect(Self.attribute("system.posix_acl_access", of: path) == before)
    #expect(try Self.status(path).st_mode & 0o7777 == 0o640)
  }

  /// A folder's default ACL would give a new file an access ACL the draft never had (here: read
  /// access for user 12345); the fixed draft has none.
  @Test(.enabled(if: aclsWork, "the file system takes no POSIX ACLs"))
  func aFoldersDefaultACLIsNotAddedToTheDraft() throws {
    let (folder, path) = try Self.draftFile(mode: 0o640)
    try #require(Self.attribute("system.posix_acl_access", of: path) == nil)
    try #require(Self.setAttribute("system.posix_acl_default", Self.aclGrantingUser12345, on: folder))
    let result = try Self.fix(path)
    #expect(result.status == 0, "\(result.errors)")
    #expect(try Self.contents(path) == Self.fixed)
    #expect(Self.attribute("system.posix_acl_access", of: path) == nil)
    #expect(try Self.status(path).st_mode & 0o7777 == 0o640)
  }

  // MARK: Between writing and renaming

  @Test func aDraftChangedBeforeTheRenameIsRefusedAndKeepsItsNewText() throws {
    let (folder, path) = try Self.draftFile()
    let run = try PausedFix(path, folder: folder, milliseconds: 1_500)
    let meanwhile = "Someone else's edit, saved while the fix was being written.\n"
    // In place, as an editor that does not save by rename would.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(meanwhile.utf8))
    try handle.close()
    let (status, signaled, errors) = run.finish()
    #expect(!signaled)
    #expect(status == 2)
    #expect(errors.contains("the draft changed on disk while it was being fixed; not fixed"))
    #expect(!errors.contains("fixed \(path)"))
    #expect(try Self.contents(path) == meanwhile)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  /// Same length, one byte different: size and time are not what is compared.
  @Test func aSameSizeChangeIsNoticed() throws {
    let (folder, path) = try Self.draftFile()
    let before = try Self.status(path)
    let run = try PausedFix(path, folder: folder, milliseconds: 1_500)
    let meanwhile = Self.draft.replacingOccurrences(of: "critics", with: "Critics")
    try Data(meanwhile.utf8).write(to: URL(fileURLWithPath: path))
    // The modification time put back, too.
    var stamps = [before.st_atim, before.st_mtim]
    try #require(utimensat(AT_FDCWD, path, &stamps, 0) == 0)
    let (status, _, errors) = run.finish()
    #expect(status == 2)
    #expect(errors.contains("changed on disk"))
    #expect(try Self.contents(path) == meanwhile)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test func theTemporaryFileIsNeverWiderThanTheDraft() throws {
    let (folder, path) = try Self.draftFile(mode: 0o600)
    let run = try PausedFix(path, folder: folder, milliseconds: 1_000)
    let temporary = try Self.status(run.temporary, following: false)
    let (status, _, errors) = run.finish()
    #expect(temporary.st_mode & S_IFMT == S_IFREG)
    #expect(temporary.st_mode & 0o7777 & ~0o600 == 0)
    #expect(temporary.st_uid == (try Self.status(path).st_uid))
    #expect(status == 0, "\(errors)")
    #expect(try Self.contents(path) == Self.fixed)
    #expect(try Self.status(path).st_mode & 0o7777 == 0o600)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func aKilledRunLeavesTheDraftAndNoTemporaryFile(signalNumber: Int32) throws {
    let (folder, path) = try Self.draftFile()
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    let run = try PausedFix(path, folder: folder, milliseconds: 10_000)
    #expect(kill(run.pid, signalNumber) == 0)
    let (status, signaled, _) = run.finish()
    #expect(signaled)
    #expect(status == signalNumber)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }
}
