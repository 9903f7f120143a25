import Dispatch
import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One draft to check: where it came from and its bytes.
struct DraftInput {
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

  /// Draft files named by `paths`: files as given, folders searched recursively for `.md`,
  /// `.markdown`, `.txt` (hidden folders skipped, symlink loops broken).
  static func expand(_ paths: [String]) throws(DossierError) -> [String] {
    var files: [String] = []
    for path in paths where path != "-" {
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw DossierError(path: path, message: "no such file or folder")
      }
      if isDirectory {
        var visited = Set<String>()
        files += walk(path, visited: &visited)
      } else {
        files.append(path)
      }
    }
    return files
  }

  static let draftExtensions: Set<String> = ["md", "markdown", "txt"]

  private static func walk(_ folder: String, visited: inout Set<String>) -> [String] {
    let real = PathName.resolvingSymbolicLinks(folder)
    guard visited.insert(real).inserted else { return [] }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var files: [String] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = PathName.appending(name, to: folder)
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory {
        files += walk(path, visited: &visited)
      } else if draftExtensions.contains(PathName.pathExtension(name).lowercased()) {
        files.append(path)
      }
    }
    return files
  }

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
