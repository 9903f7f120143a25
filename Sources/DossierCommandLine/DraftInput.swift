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
    /// Those of `files` found by searching a folder (not named on the command line).
    var searched: Set<String> = []

    /// Each file once, at its first place, however often it was reached (named twice, named and
    /// in a folder named, or through a link): a draft checked twice would be fixed twice.
    mutating func removeRepeats() {
      var seen = Set<String>()
      files = files.filter { seen.insert(PathName.resolvingSymbolicLinks($0)).inserted }
    }
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
  ///
  /// What a search leaves out (`SearchRules`, asked for each folder named): what `.gitignore`
  /// files ignore (the searched folders' own, and their parents' up to the repository's top),
  /// the built-in folders (`node_modules`, …), the configuration's `ignore` patterns and
  /// `--exclude`, and the corpus folders in effect (their documents are sources, not drafts).
  /// A symbolic link inside a folder searched is not followed: what it leads to out of the
  /// folder named is not part of it, and what it leads to inside is searched under its own path.
  /// A file named on the command line is always checked. Each file is checked once, however
  /// often it is reached.
  static func expand(
    _ paths: [String], access: FolderAccess = .system,
    rules: (_ folder: String) throws(DossierError) -> SearchRules = { _ in SearchRules() }
  ) throws(DossierError) -> Expansion {
    var expansion = Expansion()
    for path in paths where path != "-" {
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw DossierError(path: path, message: "no such file or folder")
      }
      if isDirectory {
        var visited = Set<String>()
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var search = try rules(absolute)
        search.ignore = SearchRules.withGitignoresAbove(absolute, search.ignore)
        let walk = Walk(
          access: access,
          corpusFolders: Set(search.corpusFolders.map(PathName.resolvingSymbolicLinks)))
        walk.walk(path, absolute: absolute, rules: search.ignore, visited: &visited, into: &expansion)
      } else {
        expansion.files.append(path)
      }
    }
    expansion.removeRepeats()
    return expansion
  }

  static let draftExtensions = Set(DraftFormat.draftSearchExtensions)

  /// What a search of one folder named on the command line leaves out.
  struct SearchRules {
    var ignore = IgnoreRules()
    /// Corpus folders (absolute): searched for nothing.
    var corpusFolders: [String] = []

    /// `rules` with the `.gitignore` files of the folders above `folder` (absolute), up to the
    /// top of the git repository it is in (and the repository's `.git/info/exclude`); none
    /// outside a repository.
    static func withGitignoresAbove(_ folder: String, _ rules: IgnoreRules) -> IgnoreRules {
      var above: [String] = []
      var current = folder
      var top: String?
      while true {
        if FileManager.default.fileExists(atPath: PathName.appending(".git", to: current)) {
          top = current
          break
        }
        let parent = PathName.deletingLastComponent(current)
        if parent.isEmpty || parent == current { break }
        current = parent
        above.insert(current, at: 0)
      }
      guard let top else { return rules }
      var rules = rules
      let exclude = PathName.appending("info/exclude", to: gitDirectory(of: top))
      if let bytes = FileDescriptor.readFile(atPath: exclude) {
        rules.addGitignore(bytes, base: top, origin: exclude)
      }
      for parent in above {
        let file = PathName.appending(".gitignore", to: parent)
        if let bytes = FileDescriptor.readFile(atPath: file) {
          rules.addGitignore(bytes, base: parent, origin: file)
        }
      }
      return rules
    }
  }

  /// The repository's git folder shared by its worktrees: `top/.git`, or, where `.git` is a
  /// file (a linked worktree, a submodule), the folder it names, and that folder's `commondir`.
  static func gitDirectory(of top: String) -> String {
    let dotGit = PathName.appending(".git", to: top)
    guard !PathName.isDirectory(dotGit), let bytes = FileDescriptor.readFile(atPath: dotGit) else { return dotGit }
    func trimmed(_ text: Substring) -> String {
      String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0.isWhitespace }.reversed())
    }
    let text = trimmed(Substring(String(decoding: bytes, as: UTF8.self)))
    guard text.hasPrefix("gitdir:") else { return dotGit }
    var gitDir = trimmed(text.dropFirst("gitdir:".count))
    if !gitDir.hasPrefix("/") { gitDir = PathName.appending(gitDir, to: top) }
    if let common = FileDescriptor.readFile(atPath: PathName.appending("commondir", to: gitDir)) {
      var path = trimmed(Substring(String(decoding: common, as: UTF8.self)))
      if !path.hasPrefix("/") { path = PathName.appending(path, to: gitDir) }
      return URL(fileURLWithPath: path).standardizedFileURL.path
    }
    return URL(fileURLWithPath: gitDir).standardizedFileURL.path
  }

  /// One search of a folder named on the command line.
  private struct Walk {
    var access: FolderAccess
    var corpusFolders: Set<String>

    /// Searches `folder` (as the user wrote it; `absolute` is the same folder from the root of
    /// the file system) with `rules`, to which its own `.gitignore` is added.
    func walk(
      _ folder: String, absolute: String, rules: IgnoreRules, visited: inout Set<String>,
      into expansion: inout Expansion
    ) {
      let real = PathName.resolvingSymbolicLinks(folder)
      guard visited.insert(real).inserted else { return }
      var rules = rules
      let gitignore = PathName.appending(".gitignore", to: folder)
      if let bytes = FileDescriptor.readFile(atPath: gitignore) {
        rules.addGitignore(bytes, base: absolute, origin: gitignore)
      }
      walkEntries(folder, absolute: absolute, rules: rules, visited: &visited, into: &expansion)
    }

    private func walkEntries(
      _ folder: String, absolute: String, rules: IgnoreRules, visited: inout Set<String>,
      into expansion: inout Expansion
    ) {
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
        let entryAbsolute = PathName.appending(entry.sortKey, to: absolute)
        let kind = access.kind(pathBytes)
        if kind == .folder || kind == .file, access.isSymbolicLink(pathBytes) {
          // A link out of the folder named: what it leads to is not part of it. A link inside
          // it: what it leads to is searched under its own path, with the ignore rules of the
          // folders it is really in (never twice, never around a .gitignore).
          continue
        }
        switch kind {
        case .folder:
          guard !rules.ignores(entryAbsolute, isDirectory: true) else { continue }
          guard let name = entry.name else {
            problem("folder name is not valid UTF-8 (shown with \\xNN escapes); not searched")
            continue
          }
          let path = PathName.appending(name, to: folder)
          if !corpusFolders.isEmpty, corpusFolders.contains(PathName.resolvingSymbolicLinks(path)) { continue }
          walk(path, absolute: entryAbsolute, rules: rules, visited: &visited, into: &expansion)
        case .file:
          guard isDraftName, !rules.ignores(entryAbsolute, isDirectory: false) else { continue }
          guard let name = entry.name else {
            problem("file name is not valid UTF-8 (shown with \\xNN escapes); not checked")
            continue
          }
          let path = PathName.appending(name, to: folder)
          expansion.files.append(path)
          expansion.searched.insert(path)
        case .brokenLink(let target):
          guard !rules.ignores(entryAbsolute, isDirectory: false) else { continue }
          problem("broken symbolic link (target \"\(PathName.displayed(target))\" does not exist)")
        case .unreachable(let error):
          problem("cannot read (\(describe(error)))")
        case .linkLoop, .missing:
          continue
        }
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

  /// Whether the entry at a path (bytes) is a symbolic link.
  var isSymbolicLink: @Sendable (_ path: [UInt8]) -> Bool = systemIsSymbolicLink

  static let system = FolderAccess(list: systemList, kind: systemKind)

  private static func systemIsSymbolicLink(_ path: [UInt8]) -> Bool {
    let cPath = path.map { CChar(bitPattern: $0) } + [0]
    var status = stat()
    return lstat(cPath, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

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
