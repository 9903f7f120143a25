import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small path-string operations (the subset of `NSString`'s path methods Dossier needs, without
/// pulling in the whole of Foundation).
public enum PathName {
  /// "draft.md" → "md"; "README" → "".
  public static func pathExtension(_ path: String) -> String {
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// The last component: "a/b/c.md" → "c.md".
  public static func lastComponent(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    if let slash = trimmed.lastIndex(of: "/"), trimmed != "/" { return String(trimmed[trimmed.index(after: slash)...]) }
    return String(trimmed)
  }

  /// `path` relative to the current directory when it lies inside it ("./.dossier.json",
  /// "sources"), else as given.
  public static func relativeToCurrentDirectory(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath
    if path == current { return "." }
    let prefix = current.hasSuffix("/") ? current : current + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// "a/b" + "c" → "a/b/c".
  public static func appending(_ component: String, to path: String) -> String {
    if path.isEmpty { return component }
    return path.hasSuffix("/") ? path + component : path + "/" + component
  }

  /// "a/b/c.md" → "a/b"; "c.md" → ""; "/c.md" → "/".
  public static func deletingLastComponent(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// "~/x" → "$HOME/x".
  public static func expandingTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
    return home + path.dropFirst()
  }

  /// The path with every symbolic link resolved (the path itself when that fails).
  public static func resolvingSymbolicLinks(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// True when `path` names an existing folder (symbolic links followed).
  public static func isDirectory(_ path: String) -> Bool {
    var isDirectory = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
  }
}
