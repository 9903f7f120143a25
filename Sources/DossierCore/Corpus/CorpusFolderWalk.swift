import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of a corpus folder, nested folders included: every document (by its path relative
/// to the folder, in a stable depth-first, name-sorted order) and the folder's own knowledge file.
///
/// Hidden files and folders (`.git`, `.dossier-cache`, editor swap files) are skipped. A folder
/// reached through a symbolic link is read only when it resolves inside the corpus folder and has
/// not been read already, so a link can neither leave the corpus nor loop.
struct CorpusFolderWalk {
  /// Documents, relative to the corpus folder ("obama/2009/eo-13489.md").
  private(set) var documents: [String] = []
  /// `knowledge.json` at the top of the folder, if there is one.
  private(set) var knowledgeFile: String?

  init(_ folder: String, isDocument: (String) -> Bool) throws(DossierError) {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw DossierError(path: folder, message: "corpus folder not found")
    }
    guard isDirectory else { throw DossierError(path: folder, message: "corpus path is not a folder") }
    let root = Self.resolved(folder)
    var visited: Set<String> = [root]
    try walk(folder, relative: "", real: root, root: root, visited: &visited, isDocument: isDocument)
  }

  /// Walks `path`, whose path with links resolved is `real`. Entries are read with their types
  /// (`readdir`), so only symbolic links cost a `stat`: a corpus of thousands of files is walked
  /// on every run that opens its compiled index.
  private mutating func walk(
    _ path: String, relative: String, real: String, root: String, visited: inout Set<String>,
    isDocument: (String) -> Bool
  ) throws(DossierError) {
    guard let entries = Self.entries(of: path) else {
      throw DossierError(path: path, message: "cannot read corpus folder")
    }
    for (name, type) in entries where !name.hasPrefix(".") {
      let child = PathName.appending(name, to: path)
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      var isDirectory: Bool
      var childReal: String?
      switch type {
      case .directory:
        isDirectory = true
        childReal = real + "/" + name
      case .file:
        isDirectory = false
      case .other:
        // A link (or a file system that does not say): what it leads to decides.
        var directory = false
        guard FileManager.default.fileExists(atPath: child, isDirectory: &directory) else { continue }  // broken
        isDirectory = directory
        if directory { childReal = Self.resolved(child) }
      }
      if isDirectory, let childReal {
        guard childReal == root || childReal.hasPrefix(root + "/"), visited.insert(childReal).inserted else { continue }
        try walk(child, relative: childRelative, real: childReal, root: root, visited: &visited, isDocument: isDocument)
      } else if relative.isEmpty, name == KnowledgeFile.fileName {
        knowledgeFile = childRelative
      } else if isDocument(name) {
        documents.append(childRelative)
      }
    }
  }

  private enum EntryType { case directory, file, other }

  /// The folder's entries by name, sorted, with their types; nil when it cannot be read.
  private static func entries(of path: String) -> [(name: String, type: EntryType)]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [(name: String, type: EntryType)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      let type: EntryType =
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): .directory
        case Int32(DT_REG): .file
        default: .other
        }
      entries.append((name, type))
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// The path with symbolic links resolved.
  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
