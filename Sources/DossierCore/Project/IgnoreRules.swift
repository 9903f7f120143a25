/// What a search of folders for drafts leaves out, in `.gitignore`'s terms: the built-in folders
/// no draft lives in (`node_modules`, …), the `.gitignore` files of the folders searched and of
/// their parents up to the repository's top, a configuration's `ignore` patterns, and
/// `--exclude`. Of the rules that match a path, the last one decides ("!" takes a path back),
/// in that order: a nearer `.gitignore` over a farther one, a configuration over `.gitignore`,
/// the command line over all.
public struct IgnoreRules: Sendable, Hashable {
  public struct Rule: Sendable, Hashable {
    public var pattern: GlobPattern
    /// The folder the pattern is relative to (absolute, no trailing "/"); nil for a built-in
    /// rule, which matches a name at any depth anywhere.
    public var base: String?
    /// "!pattern": the path is not ignored after all.
    public var negated: Bool
    /// "pattern/": only folders match.
    public var directoryOnly: Bool
    /// A "/" at the start or in the middle: the pattern is a path from `base`, not a name at any
    /// depth below it.
    public var anchored: Bool
    /// Where it was written ("docs/.gitignore:3", ".dossier.json", "--exclude").
    public var origin: String
    /// The line as written.
    public var written: String

    /// One line of a `.gitignore` (or a configured pattern); nil for a blank line or a comment.
    public init?(line: String, base: String?, origin: String) throws(GlobPattern.Problem) {
      var text = Substring(line)
      if text.hasSuffix("\r") { text = text.dropLast() }
      // Trailing spaces go unless escaped with "\".
      while text.hasSuffix(" "), !text.hasSuffix("\\ ") { text = text.dropLast() }
      guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
      written = String(text)
      negated = text.hasPrefix("!")
      if negated { text = text.dropFirst() }
      directoryOnly = text.hasSuffix("/") && !text.hasSuffix("\\/")
      if directoryOnly { text = text.dropLast() }
      anchored = text.contains("/")
      if text.hasPrefix("/") { text = text.dropFirst() }
      guard !text.isEmpty else { return nil }
      pattern = try GlobPattern(String(text))
      self.base = base
      self.origin = origin
    }

    /// Whether the rule matches the path (absolute) itself.
    func matches(_ path: String, isDirectory: Bool) -> Bool {
      if directoryOnly, !isDirectory { return false }
      let relative: Substring
      if let base {
        let prefix = base == "/" ? "/" : base + "/"
        guard path.hasPrefix(prefix) else { return false }
        relative = path.dropFirst(prefix.count)
      } else {
        relative = Substring(path)
      }
      guard !relative.isEmpty else { return false }
      if anchored, base != nil { return pattern.matches(String(relative)) }
      let name = relative.split(separator: "/").last.map(String.init) ?? String(relative)
      return pattern.matches(name)
    }
  }

  /// Folders that hold installed packages and build products, never drafts.
  public static let builtInFolders = ["node_modules", "bower_components", "__pycache__", "venv"]

  public private(set) var builtIn: [Rule]
  /// `.gitignore` rules, farthest first.
  public private(set) var gitignore: [Rule] = []
  /// Configured `ignore` patterns, then `--exclude`.
  public private(set) var explicit: [Rule] = []

  /// Rules with the built-in folders (`includingBuiltIn`) and nothing else yet.
  public init(includingBuiltIn: Bool = true) {
    builtIn =
      includingBuiltIn
      ? Self.builtInFolders.compactMap { try? Rule(line: $0 + "/", base: nil, origin: "built in") } : []
  }

  public mutating func addExplicit(_ rules: [Rule]) { explicit += rules }

  /// The rules of a `.gitignore` file's text, in folder `base`. Lines that are no valid pattern
  /// are left out, as git leaves them.
  public mutating func addGitignore(_ text: String, base: String, origin: String) {
    addGitignore(Array(text.utf8), base: base, origin: origin)
  }

  /// The same from the file's bytes, as git reads them: lines end at line feeds (a carriage
  /// return before one is dropped), and a UTF-8 byte order mark at the start is skipped.
  public mutating func addGitignore(_ bytes: [UInt8], base: String, origin: String) {
    var content = bytes[...]
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
    for (number, line) in content.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      let text = line.last == 0x0D ? line.dropLast() : line
      if let rule = try? Rule(
        line: String(decoding: text, as: UTF8.self), base: base, origin: "\(origin):\(number + 1)")
      {
        gitignore.append(rule)
      }
    }
  }

  /// Whether the path (absolute) is left out by the rules that match it, not looking at the
  /// folders it is in (a search never enters a folder that is left out).
  public func ignores(_ path: String, isDirectory: Bool) -> Bool {
    for rules in [explicit, gitignore, builtIn] {
      for rule in rules.reversed() where rule.matches(path, isDirectory: isDirectory) {
        return !rule.negated
      }
    }
    return false
  }

  /// Whether the path (absolute) or a folder it is in, below `root`, is left out.
  public func excludes(_ path: String, below root: String) -> Bool {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    guard path.hasPrefix(prefix) else { return ignores(path, isDirectory: false) }
    var folder = root.hasSuffix("/") ? String(root.dropLast()) : root
    let components = path.dropFirst(prefix.count).split(separator: "/")
    for component in components.dropLast() {
      folder += "/" + component
      if ignores(folder, isDirectory: true) { return true }
    }
    return ignores(path, isDirectory: false)
  }

  public var isEmpty: Bool { gitignore.isEmpty && explicit.isEmpty }
}
