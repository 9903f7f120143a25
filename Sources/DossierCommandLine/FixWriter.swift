import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
  // Glibc's module leaves out <sys/xattr.h>: a module map of ours declares it.
  import CExtendedAttributes
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a fixed draft back to disk without ever losing words or loosening what guards them.
///
/// - A symbolic link is followed: its target is rewritten and the link stays a link.
/// - The new text goes to a temporary file in the target's folder, created with `O_EXCL` and
///   never more permissive than the final mode; it is written, given the draft's owner and
///   group (`fchown`), extended attributes (POSIX ACLs included) and mode (`fchmod`, after
///   `fchown`, which clears set-id bits), checked, `fsync`ed, and then renamed over the draft
///   (atomic on one file system); the folder is `fsync`ed after, as far as it can be.
/// - Set-id bits are dropped when the file belongs to another user than the one fixing it, as
///   the kernel does for a write by a non-owner.
/// - Refused, with the draft untouched: a draft with several hard links (a rename would split
///   them), an owner, group, mode or extended attribute that cannot be kept, and a draft whose
///   content changed on disk since it was read (compared byte for byte just before the rename).
/// - The temporary file is removed on every exit: errors, and SIGINT, SIGTERM and SIGHUP.
public enum FixWriter {
  /// The test hook: with `DOSSIER_TEST_FIX_PAUSE_BEFORE_RENAME=<milliseconds>` in the environment,
  /// `write` sleeps that long after the temporary file is complete and before the final content
  /// check and rename, so an end-to-end test can change the draft or signal the process in
  /// between. It is for tests only; nothing else reads it.
  static let pauseVariable = "DOSSIER_TEST_FIX_PAUSE_BEFORE_RENAME"

  /// Creates a new file at `path` with `bytes`, whole or not at all, and never over an existing
  /// file: the bytes go to a temporary file in the same folder (synced), which is then linked
  /// to `path` (`link` fails if the name exists, so a file that appeared meanwhile is kept) and
  /// removed. Mode 0644 less the umask.
  public static func create(_ bytes: [UInt8], at path: String) throws(DossierError) {
    func refuse(_ message: String) -> DossierError { DossierError(path: path, message: message) }
    // The umask applies to the mode given at creation, as it does to any new file.
    let (temporary, descriptor) = try temporaryFile(
      beside: path, mode: 0o644, naming: "the file", outcome: "nothing written", refuse: refuse)
    defer {
      unlink(temporary)
      PendingTemporaryFile.clear()
    }
    let written = bytes.withUnsafeBufferPointer { FileDescriptor.writeAll($0, to: descriptor) }
    let synced = written && fsync(descriptor) == 0
    close(descriptor)
    guard synced else { throw refuse("cannot write (\(errorText())); nothing written") }
    guard link(temporary, path) == 0 else {
      throw refuse(errno == EEXIST ? "a file is already there; it is left as it is" : "cannot create (\(errorText()))")
    }
  }

  /// Writes a file the tool owns (a baseline) whole or not at all: the bytes go to a temporary
  /// file beside it (synced, with the old file's mode, else 0644 less the umask), which is then
  /// renamed over `path` (over its target, for a symbolic link).
  public static func replace(_ bytes: [UInt8], at path: String) throws(DossierError) {
    func refuse(_ message: String) -> DossierError { DossierError(path: path, message: message) }
    // A symbolic link's target is replaced, and the link stays.
    var path = path
    if let resolved = realpath(path, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    var status = stat()
    // An existing file's mode exactly; a new file's 0644 less the umask, as any new file.
    let existingMode: mode_t? = stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
    let (temporary, descriptor) = try temporaryFile(
      beside: path, mode: existingMode == nil ? 0o644 : 0o600, naming: "the file", outcome: "nothing written",
      refuse: refuse)
    defer {
      unlink(temporary)
      PendingTemporaryFile.clear()
    }
    let written = bytes.withUnsafeBufferPointer { FileDescriptor.writeAll($0, to: descriptor) }
    let moded = existingMode.map { fchmod(descriptor, $0) == 0 } ?? true
    let synced = written && moded && fsync(descriptor) == 0
    close(descriptor)
    guard synced else { throw refuse("cannot write (\(errorText())); nothing written") }
    guard rename(temporary, path) == 0 else { throw refuse("cannot replace (\(errorText())); nothing written") }
  }

  /// A new temporary file in the folder of `path`, registered for removal (on errors and on the
  /// signals, see `PendingTemporaryFile`) before it exists, then created exclusively with `mode`.
  /// The caller removes it and clears the registration. `naming` and `outcome` word the errors
  /// ("… next to the draft …; not fixed").
  private static func temporaryFile(
    beside path: String, mode: mode_t, naming: String, outcome: String, refuse: (String) -> DossierError
  ) throws(DossierError) -> (path: String, descriptor: Int32) {
    let directory = PathName.deletingLastComponent(path)
    let temporary = PathName.appending(
      ".dossier-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp",
      to: directory.isEmpty ? "." : directory)
    guard PendingTemporaryFile.register(temporary) else {
      throw refuse("\(naming)'s path is too long for a temporary file beside it; \(outcome)")
    }
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, mode)
    guard descriptor >= 0 else {
      let reason = errorText()
      PendingTemporaryFile.clear()
      throw refuse("cannot create a temporary file next to \(naming) (\(reason)); \(outcome)")
    }
    return (temporary, descriptor)
  }

  public static func write(_ bytes: [UInt8], to path: String, expectedOriginal: [UInt8]) throws(DossierError) {
    func refuse(_ message: String) -> DossierError { DossierError(path: path, message: message) }

    // 1. The real file: a symbolic link's target is fixed, and the link stays.
    guard let resolved = realpath(path, nil) else {
      throw refuse("cannot resolve the draft's path (\(errorText())); not fixed")
    }
    let target = String(cString: resolved)
    free(resolved)
    let original = open(target, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
    guard original >= 0 else { throw refuse("cannot open the draft (\(errorText())); not fixed") }
    defer { close(original) }
    var status = stat()
    guard fstat(original, &status) == 0 else { throw refuse("cannot stat the draft (\(errorText())); not fixed") }
    guard status.st_mode & S_IFMT == S_IFREG else { throw refuse("not a regular file; not fixed") }
    guard status.st_nlink <= 1 else {
      throw refuse(
        "the draft has \(status.st_nlink) hard links and a fix would split them (the other names would keep the old text); not fixed"
      )
    }

    // 2. What the new file must have.
    let owner = status.st_uid
    let group = status.st_gid
    var mode = status.st_mode & 0o7777
    if geteuid() != owner { mode &= ~(S_ISUID | S_ISGID) }

    // 3. The temporary file, in the target's folder, registered for removal before it exists.
    // Owner-only at first: the file is ours until `fchown`, so no one else may read it before
    // it has the draft's owner, group and mode. Never wider than the final mode.
    let (temporary, descriptor) = try temporaryFile(
      beside: target, mode: mode & 0o700, naming: "the draft", outcome: "not fixed", refuse: refuse)
    var descriptorOpen = true
    var renamed = false
    defer {
      if descriptorOpen { close(descriptor) }
      if !renamed { unlink(temporary) }
      PendingTemporaryFile.clear()
    }

    // 4. Content, owner and group, extended attributes, mode; then checked and made durable.
    guard FileDescriptor.writeAll(bytes, to: descriptor) else {
      throw refuse("cannot write the temporary file (\(errorText())); not fixed")
    }
    guard fchown(descriptor, owner, group) == 0 else {
      throw refuse("cannot keep the file's owner and group (uid \(owner), gid \(group)): \(errorText()); not fixed")
    }
    try copyExtendedAttributes(from: original, to: descriptor, refuse: refuse)
    guard fchmod(descriptor, mode) == 0 else {
      throw refuse("cannot keep the file's mode \(octal(mode)) (\(errorText())); not fixed")
    }
    var written = stat()
    guard fstat(descriptor, &written) == 0 else {
      throw refuse("cannot stat the temporary file (\(errorText())); not fixed")
    }
    guard written.st_uid == owner, written.st_gid == group else {
      throw refuse("cannot keep the file's owner and group (uid \(owner), gid \(group)); not fixed")
    }
    guard written.st_mode & 0o7777 == mode else {
      throw refuse(
        "cannot keep the file's mode \(octal(mode)) (it became \(octal(written.st_mode & 0o7777))); not fixed")
    }
    guard fsync(descriptor) == 0 else { throw refuse("cannot flush the temporary file (\(errorText())); not fixed") }
    descriptorOpen = false
    guard close(descriptor) == 0 else { throw refuse("cannot close the temporary file (\(errorText())); not fixed") }

    pauseForTests()

    // 5. Last: the draft must still hold exactly the bytes that were checked.
    guard let current = FileDescriptor.readFile(atPath: target), sameBytes(current, expectedOriginal) else {
      throw refuse("the draft changed on disk while it was being fixed; not fixed")
    }
    var now = stat()
    guard stat(target, &now) == 0, now.st_nlink <= 1 else {
      throw refuse("the draft gained a hard link while it was being fixed; not fixed")
    }
    guard rename(temporary, target) == 0 else {
      throw refuse("cannot replace the draft (\(errorText())); not fixed")
    }
    renamed = true
    // The rename itself durable, as far as the file system lets a folder be flushed.
    let directory = PathName.deletingLastComponent(target)
    let folder = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
    if folder >= 0 {
      _ = fsync(folder)
      close(folder)
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  private static func octal(_ mode: mode_t) -> String {
    let digits = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Equal bytes, compared with `memcmp` (the draft may be large).
  private static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    if a.isEmpty { return true }
    return a.withUnsafeBufferPointer { x in
      b.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
  }

  /// The test hook (see `pauseVariable`).
  private static func pauseForTests() {
    guard let value = getenv(pauseVariable), let milliseconds = UInt32(String(cString: value)) else { return }
    var remaining = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
    var left = timespec()
    while nanosleep(&remaining, &left) != 0, errno == EINTR { remaining = left }
  }

  // MARK: Extended attributes

  /// Gives the temporary file exactly the draft's extended attributes (POSIX ACLs among them):
  /// each one the draft has is set unless already equal, and each one the temporary file was
  /// born with that the draft lacks (a folder's default ACL, say) is removed. Anything that
  /// cannot be done refuses the fix.
  private static func copyExtendedAttributes(
    from source: Int32, to destination: Int32, refuse: (String) -> DossierError
  ) throws(DossierError) {
    let sourceNames: [[CChar]]
    let destinationNames: [[CChar]]
    do throws(ExtendedAttributes.Failure) {
      sourceNames = try ExtendedAttributes.names(of: source)
      destinationNames = try ExtendedAttributes.names(of: destination)
    } catch {
      throw refuse("cannot list the file's extended attributes (\(error.reason)); not fixed")
    }
    for name in sourceNames {
      let value: [UInt8]?
      do throws(ExtendedAttributes.Failure) {
        value = try ExtendedAttributes.value(of: name, in: source)
      } catch {
        throw refuse("cannot read the extended attribute \(printable(name)) (\(error.reason)); not fixed")
      }
      // Gone since it was listed: the draft no longer has it either.
      guard let value else { continue }
      if destinationNames.contains(name), (try? ExtendedAttributes.value(of: name, in: destination)) == value {
        continue
      }
      guard ExtendedAttributes.set(name, to: value, in: destination) else {
        throw refuse("cannot keep the extended attribute \(printable(name)) (\(errorText())); not fixed")
      }
    }
    for name in destinationNames where !sourceNames.contains(name) {
      guard ExtendedAttributes.remove(name, from: destination) else {
        throw refuse(
          "the new file inherited the extended attribute \(printable(name)), which cannot be removed (\(errorText())); not fixed"
        )
      }
    }
  }

  private static func printable(_ name: [CChar]) -> String {
    String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// The platform's extended attribute calls on file descriptors. Names are NUL-terminated.
private enum ExtendedAttributes {
  struct Failure: Error {
    var reason: String
    init() { reason = String(cString: strerror(errno)) }
  }

  /// Every attribute's name; none where the file system has no extended attributes.
  static func names(of descriptor: Int32) throws(Failure) -> [[CChar]] {
    while true {
      let size = list(descriptor, nil, 0)
      if size < 0 {
        if errno == ENOTSUP { return [] }
        throw Failure()
      }
      if size == 0 { return [] }
      var buffer = [CChar](repeating: 0, count: size)
      let count = buffer.withUnsafeMutableBufferPointer { list(descriptor, $0.baseAddress, size) }
      if count < 0 {
        if errno == ERANGE { continue }  // grew meanwhile
        throw Failure()
      }
      return buffer[..<count].split(separator: 0, omittingEmptySubsequences: true).map { Array($0) + [0] }
    }
  }

  /// An attribute's value, or nil when it no longer exists.
  static func value(of name: [CChar], in descriptor: Int32) throws(Failure) -> [UInt8]? {
    while true {
      let size = get(descriptor, name, nil, 0)
      if size < 0 {
        if errno == attributeMissing { return nil }
        throw Failure()
      }
      if size == 0 { return [] }
      var buffer = [UInt8](repeating: 0, count: size)
      let count = buffer.withUnsafeMutableBytes { get(descriptor, name, $0.baseAddress, size) }
      if count < 0 {
        if errno == ERANGE { continue }
        if errno == attributeMissing { return nil }
        throw Failure()
      }
      return Array(buffer[..<count])
    }
  }

  static func set(_ name: [CChar], to value: [UInt8], in descriptor: Int32) -> Bool {
    value.withUnsafeBytes { put(descriptor, name, $0.baseAddress, value.count) } == 0
  }

  static func remove(_ name: [CChar], from descriptor: Int32) -> Bool {
    #if os(Linux)
      fremovexattr(descriptor, name) == 0
    #elseif canImport(Darwin)
      fremovexattr(descriptor, name, 0) == 0
    #endif
  }

  private static func list(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int {
    #if os(Linux)
      flistxattr(descriptor, buffer, size)
    #elseif canImport(Darwin)
      flistxattr(descriptor, buffer, size, 0)
    #endif
  }

  private static func get(_ descriptor: Int32, _ name: [CChar], _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int {
    #if os(Linux)
      fgetxattr(descriptor, name, value, size)
    #elseif canImport(Darwin)
      fgetxattr(descriptor, name, value, size, 0, 0)
    #endif
  }

  private static func put(_ descriptor: Int32, _ name: [CChar], _ value: UnsafeRawPointer?, _ size: Int) -> Int32 {
    #if os(Linux)
      fsetxattr(descriptor, name, value, size, 0)
    #elseif canImport(Darwin)
      fsetxattr(descriptor, name, value, size, 0, 0)
    #endif
  }
}

/// The error of an attribute that does not exist.
#if os(Linux)
  private let attributeMissing = ENODATA
#else
  private let attributeMissing = ENOATTR
#endif

/// The path of the temporary file being written, kept where a signal handler may read it: a
/// preallocated C buffer, an empty string when there is none. SIGINT, SIGTERM and SIGHUP remove
/// that file, restore the default action and raise the signal again, so the process still dies of
/// it. The handler calls only `unlink`, `signal` and `raise` (all async-signal-safe); the buffer
/// is filled with those signals blocked, so a handler never sees half a path. A signal the
/// process was started ignoring (`nohup`) stays ignored; SIGPIPE is untouched.
private enum PendingTemporaryFile {
  static let capacity = Int(PATH_MAX) + 1
  nonisolated(unsafe) static let buffer: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    buffer.initialize(repeating: 0, count: capacity)
    return buffer
  }()

  /// Installs the handlers, once (the buffer exists before they do).
  static let installed: Void = {
    _ = buffer
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      var previous = sigaction()
      guard sigaction(signalNumber, nil, &previous) == 0 else { continue }
      #if os(Linux)
        let ignored = unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == 1
      #else
        let ignored = unsafeBitCast(previous.__sigaction_u.__sa_handler, to: Int.self) == 1
      #endif
      if ignored { continue }
      _ = signal(signalNumber) { received in
        if PendingTemporaryFile.buffer[0] != 0 { _ = unlink(PendingTemporaryFile.buffer) }
        _ = signal(received, SIG_DFL)
        _ = raise(received)
      }
    }
  }()

  /// Remembers `path` (false when it does not fit).
  static func register(_ path: String) -> Bool {
    _ = installed
    let bytes = Array(path.utf8)
    guard !bytes.isEmpty, bytes.count < capacity, !bytes.contains(0) else { return false }
    // The three signals wait while the buffer changes, so the handler never reads half a path
    // (Dispatch's threads block them, so the handler runs on this thread). The mask calls are
    // opaque to the compiler, so the stores between them stay between them.
    var handled = sigset_t()
    var previous = sigset_t()
    sigemptyset(&handled)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&handled, signalNumber) }
    pthread_sigmask(SIG_BLOCK, &handled, &previous)
    bytes.withUnsafeBufferPointer { source in
      source.withMemoryRebound(to: CChar.self) { chars in
        buffer.update(from: chars.baseAddress!, count: chars.count)
      }
    }
    buffer[bytes.count] = 0
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return true
  }

  static func clear() { buffer[0] = 0 }
}
