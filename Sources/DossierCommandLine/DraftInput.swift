import Dispatch
import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One draft to check: where it came from and its bytes.
struct DraftInput: Sendable {
  /// The path as the user named it (or the `--stdin-filename`, or "<stdin>").
  var path: String
  var bytes: [UInt8]
  var isStandardInput: Bool

  /// The folder whose `.dossier.json` applies.
  var configSearchDirectory: String {
    if isStandardInput { return FileManager.default.currentDirectoryPath }
    let directory = PathName.deletingLastComponent(path)
    return directory.isEmpty ? "." : directory
  }

  /// The drafts a command line names, and what could not be read on the way.
  struct Expansion {
    var files: [String] = []
    /// One error per entry of a searched folder that could not be read (each is reported and the
    /// run exits 2, but the drafts that could be read are still checked).
    var problems: [DossierError] = []
  }

  /// Draft files named by `paths`: files as given, folders searched recursively for `.md`,
  /// `.markdown`, `.txt`.
  ///
  /// In a folder, hidden entries (names starting with ".") are skipped, and so are links back
  /// into a folder already searched and chains of symbolic links that never end (loops are not
  /// mistakes). Reported as problems, never silently skipped:
  /// - a folder that cannot be listed (`cannot read folder (Permission denied)`);
  /// - every broken symbolic link, whatever its name: what it pointed to is unknown, so it may
  ///   have been a draft or a folder of drafts;
  /// - an entry whose name is not valid UTF-8 (its path is shown with `\xNN` escapes), if it is
  ///   a folder or has a draft extension: it cannot be named in a report, so it is not checked;
  /// - an entry that cannot be examined at all (`stat` fails, for instance in a folder that can
  ///   be listed but not searched).
  static func expand(_ paths: [String], access: FolderAccess = .system) throws(DossierError) -> Expansion {
    var expansion = Expansion()
    for path in paths where path != "-" {
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw DossierError(path: path, message: "no such file or folder")
      }
      if isDirectory {
        var visited = Set<String>()
        walk(path, access: access, visited: &visited, into: &expansion)
      } else {
        expansion.files.append(path)
      }
    }
    return expansion
  }

  static let draftExtensions = Set(DraftFormat.readableExtensions)

  private static func walk(
    _ folder: String, access: FolderAccess, visited: inout Set<String>, into expansion: inout Expansion
  ) {
    let real = PathName.resolvingSymbolicLinks(folder)
    guard visited.insert(real).inserted else { return }
    let listing = access.list(folder)
    if let error = listing.error {
      expansion.problems.append(DossierError(path: folder, message: "cannot read folder (\(describe(error)))"))
    }
    // In name order (names that are not UTF-8 by their repaired text, then their bytes).
    let entries = listing.names.filter { $0.first != UInt8(ascii: ".") }.map { bytes in
      (bytes: bytes, name: String(validating: bytes, as: UTF8.self), sortKey: String(decoding: bytes, as: UTF8.self))
    }.sorted { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.bytes.lexicographicallyPrecedes($1.bytes) }
    let folderBytes = Array(folder.utf8) + (folder.hasSuffix("/") ? [] : [UInt8(ascii: "/")])
    for entry in entries {
      let pathBytes = folderBytes + entry.bytes
      func problem(_ message: String) {
        expansion.problems.append(DossierError(path: PathName.displayed(pathBytes), message: message))
      }
      let isDraftName = draftExtensions.contains(PathName.pathExtension(entry.sortKey).lowercased())
      switch access.kind(pathBytes) {
      case .folder:
        guard let name = entry.name else {
          problem("folder name is not valid UTF-8 (shown with \\xNN escapes); not searched")
          continue
        }
        walk(PathName.appending(name, to: folder), access: access, visited: &visited, into: &expansion)
      case .file:
        guard isDraftName else { continue }
        guard let name = entry.name else {
          problem("file name is not valid UTF-8 (shown with \\xNN escapes); not checked")
          continue
        }
        expansion.files.append(PathName.appending(name, to: folder))
      case .brokenLink(let target):
        problem("broken symbolic link (target \"\(PathName.displayed(target))\" does not exist)")
      case .unreachable(let error):
        problem("cannot read (\(describe(error)))")
      case .linkLoop, .missing:
        continue
      }
    }
  }

  /// The C library's description of `error` ("Permission denied").
  static func describe(_ error: Int32) -> String { String(cString: strerror(error)) }

  /// Reads a draft, refusing binary files and invalid UTF-8 with a clear message.
  static func read(_ path: String) throws(DossierError) -> DraftInput {
    guard let bytes = FileDescriptor.readFile(atPath: path) else {
      throw DossierError(path: path, message: "cannot read file")
    }
    try validate(bytes, path: path)
    return DraftInput(path: path, bytes: bytes, isStandardInput: false)
  }

  static func validate(_ bytes: [UInt8], path: String) throws(DossierError) {
    let check = UTF8Validation.check(bytes)
    if check.containsNUL { throw DossierError(path: path, message: "binary file (contains NUL bytes), not a draft") }
    guard check.isValid else { throw DossierError(path: path, message: "not valid UTF-8 text") }
  }
}

/// How a folder search sees the file system: `system` lists folders with `opendir`/`readdir`,
/// which give every name as the bytes it is stored as (valid UTF-8 or not), and asks `stat` and
/// `lstat` what each entry is. Tests substitute their own (a folder mode 000 is readable to root).
struct FolderAccess: Sendable {
  /// What a folder entry is, following symbolic links.
  enum Kind: Sendable, Hashable {
    case folder
    /// Anything else `stat` reaches: a regular file, a pipe, a device (reading a draft refuses
    /// what is not a regular file).
    case file
    /// A symbolic link whose target does not exist; `target` is what the link says.
    case brokenLink(target: [UInt8])
    /// A chain of symbolic links that never ends (`ELOOP`).
    case linkLoop
    /// Removed since the folder was listed.
    case missing
    /// `stat` failed for another reason (an `errno` value).
    case unreachable(Int32)
  }

  /// The names in a folder (without "." and ".."), and the `errno` value if it could not be read
  /// to the end (the names read before the failure are kept).
  var list: @Sendable (_ folder: String) -> (names: [[UInt8]], error: Int32?)
  /// What the entry at a path (bytes) is.
  var kind: @Sendable (_ path: [UInt8]) -> Kind

  static let system = FolderAccess(list: systemList, kind: systemKind)

  private static func systemList(_ folder: String) -> (names: [[UInt8]], error: Int32?) {
    guard let directory = opendir(folder) else { return ([], errno) }
    defer { closedir(directory) }
    var names: [[UInt8]] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else {
        return (names, errno == 0 ? nil : errno)
      }
      let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
          Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))))
        }
      }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
  }

  private static func systemKind(_ path: [UInt8]) -> Kind {
    let cPath = path.map { CChar(bitPattern: $0) } + [0]
    var status = stat()
    if stat(cPath, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? .folder : .file }
    let failure = errno
    switch failure {
    case ELOOP: return .linkLoop
    case ENOENT, ENOTDIR:
      var linkStatus = stat()
      guard lstat(cPath, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK else { return .missing }
      var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(cPath, &target, target.count - 1)
      return .brokenLink(target: length > 0 ? target[..<length].map { UInt8(bitPattern: $0) } : [])
    default: return .unreachable(failure)
    }
  }
}
