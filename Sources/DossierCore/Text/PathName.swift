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
    while trimmed.utf8.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
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
    while trimmed.utf8.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// A path's bytes as text for a message: valid UTF-8 as it is, every other byte (and every
  /// control character, so the message stays on one line) as `\xNN`.
  public static func displayed(_ bytes: [UInt8]) -> String {
    var text = ""
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length =
        switch lead {
        case 0x20...0x7E: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
      if length > 0, index + length <= bytes.count,
        let character = String(validating: bytes[index..<index + length], as: UTF8.self)
      {
        text += character
        index += length
      } else {
        let hex = Array("0123456789ABCDEF".utf8)
        text += String(decoding: [0x5C, 0x78, hex[Int(lead >> 4)], hex[Int(lead & 0x0F)]], as: UTF8.self)
        index += 1
      }
    }
    return text
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
