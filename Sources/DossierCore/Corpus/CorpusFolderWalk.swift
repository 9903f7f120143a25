import FoundationEssentials

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
    try walk(folder, relative: "", root: root, visited: &visited, isDocument: isDocument)
  }

  private mutating func walk(
    _ path: String, relative: String, root: String, visited: inout Set<String>, isDocument: (String) -> Bool
  ) throws(DossierError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    } catch {
      throw DossierError(path: path, message: "cannot read corpus folder")
    }
    for name in names where !name.hasPrefix(".") {
      let child = PathName.appending(name, to: path)
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }  // a broken link
      if isDirectory {
        let real = Self.resolved(child)
        guard real == root || real.hasPrefix(root + "/"), visited.insert(real).inserted else { continue }
        try walk(child, relative: childRelative, root: root, visited: &visited, isDocument: isDocument)
      } else if relative.isEmpty, name == KnowledgeFile.fileName {
        knowledgeFile = childRelative
      } else if isDocument(name) {
        documents.append(childRelative)
      }
    }
  }

  /// The path with symbolic links resolved.
  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
