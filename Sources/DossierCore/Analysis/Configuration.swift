import DossierJSON
import FoundationEssentials

/// The settings in a `.dossier.json` file (and, for the language server, the same keys from the
/// client):
///
///     {
///       "root": true,                                   // stop looking in parent folders
///       "corpus": ["sources", "../shared-corpus"],     // corpus folders, relative to the file
///       "includeEmbeddedCorpus": false,                 // keep the built-in seed corpus too?
///       "rules": {"term-variant": "warning", "acronym-undefined": "off"},
///       "accept": ["Rawalpindi", "programme"],          // words never reported
///       "ignore": ["archive/", "*.notes.md"]            // drafts a folder lint leaves out
///     }
///
/// Nested files combine as EditorConfig's and ESLint's do: every `.dossier.json` from the draft's
/// folder up to the file system root (or up to the first one that says `"root": true`) applies,
/// the nearest winning. A file that does not name `corpus` keeps the corpus of the files above it;
/// rules are merged rule by rule; accepted words and ignore patterns add up (each pattern is
/// `.gitignore`'s kind, relative to its file's folder). Only when no file in effect names a
/// corpus does the embedded seed corpus apply.
public struct Configuration: Sendable, Hashable {
  /// Corpus folders, absolute.
  public var corpusFolders: [String] = []
  /// True when a file (or the client's settings) named `corpus`, even as an empty list.
  public var namesCorpus = false
  /// Whether the embedded seed corpus is used. Defaults to true when no folder is named.
  public var includeEmbeddedCorpus: Bool?
  public var options = AnalysisOptions()
  /// `"root": true`: parent folders' files do not apply.
  public var isRoot = false
  /// The file this came from, if any.
  public var source: String?
  /// Every file that takes part, outermost first.
  public var sources: [String] = []
  /// The file that named the corpus in effect (nil: none did).
  public var corpusSource: String?
  /// `ignore`: what a search of folders for drafts leaves out, from every file in effect.
  public var ignore: [IgnoreRules.Rule] = []

  public init() {}

  public static let fileName = ".dossier.json"

  /// True when the embedded corpus takes part.
  public var usesEmbeddedCorpus: Bool { includeEmbeddedCorpus ?? corpusFolders.isEmpty }

  /// Reads a configuration from JSON; relative corpus folders resolve against `baseDirectory`.
  public static func parse(_ bytes: [UInt8], path: String, baseDirectory: String) throws(DossierError) -> Configuration
  {
    let node = try DossierError.parseJSON(bytes, path: path)
    func fail(_ node: JSONNode, _ message: String) -> DossierError { DossierError(path: path, at: node, message) }
    guard case .object = node.value else { throw fail(node, "a configuration is a JSON object") }
    var configuration = Configuration()
    configuration.source = path
    configuration.sources = [path]
    for key in node.value.objectValue?.keys ?? [] {
      guard let child = node[key] else { continue }
      switch key {
      case "$schema":
        continue
      case "root":
        guard let flag = child.value.boolValue else { throw fail(child, "\"root\" must be true or false") }
        configuration.isRoot = flag
      case "corpus":
        configuration.namesCorpus = true
        configuration.corpusSource = path
        guard let items = child.value.arrayValue else {
          throw fail(child, "\"corpus\" must be an array of folder paths")
        }
        for (index, item) in items.enumerated() {
          guard let folder = item.stringValue, !folder.isEmpty else {
            throw fail(child[index] ?? child, "\"corpus\" entries must be non-empty strings")
          }
          configuration.corpusFolders.append(resolve(folder, against: baseDirectory))
        }
      case "includeEmbeddedCorpus":
        guard let flag = child.value.boolValue else {
          throw fail(child, "\"includeEmbeddedCorpus\" must be true or false")
        }
        configuration.includeEmbeddedCorpus = flag
        if configuration.corpusSource == nil { configuration.corpusSource = path }
      case "rules":
        guard let rules = child.value.objectValue else {
          throw fail(child, "\"rules\" must be an object of rule ids to severities")
        }
        for name in rules.keys {
          guard let ruleNode = child[name] else { continue }
          guard let rule = Rule(rawValue: name) else {
            let known = Rule.allCases.map(\.rawValue).joined(separator: ", ")
            throw DossierError(
              path: path, line: child.keyPosition(name)?.line ?? ruleNode.position.line,
              column: child.keyPosition(name)?.column ?? ruleNode.position.column,
              message: "unknown rule \"\(name)\" (rules: \(known))")
          }
          guard let level = ruleNode.value.stringValue else { throw fail(ruleNode, "a rule's setting is a string") }
          if level == "off" {
            configuration.options.severities[rule] = .some(nil)
          } else if let severity = Severity(rawValue: level) {
            configuration.options.severities[rule] = severity
          } else {
            throw fail(ruleNode, "unknown severity \"\(level)\" (use error, warning, information, hint or off)")
          }
        }
      case "accept":
        guard let words = child.value.arrayValue, words.allSatisfy({ $0.stringValue != nil }) else {
          throw fail(child, "\"accept\" must be an array of strings")
        }
        configuration.options.acceptedWords.formUnion(words.compactMap(\.stringValue).map(WordForms.folded))
      case "ignore":
        guard let items = child.value.arrayValue else {
          throw fail(child, "\"ignore\" must be an array of patterns (as in .gitignore)")
        }
        let base = resolve(".", against: baseDirectory)
        for (index, item) in items.enumerated() {
          let itemNode = child[index] ?? child
          guard let text = item.stringValue else { throw fail(itemNode, "\"ignore\" entries must be strings") }
          let parsed: IgnoreRules.Rule?
          do throws(GlobPattern.Problem) {
            parsed = try IgnoreRules.Rule(line: text, base: base, origin: path)
          } catch {
            throw fail(itemNode, "invalid ignore pattern \"\(text)\": \(error)")
          }
          guard let rule = parsed else {
            throw fail(itemNode, "\"ignore\" entries must be patterns, not blank or a comment")
          }
          configuration.ignore.append(rule)
        }
      default:
        throw DossierError(
          path: path, line: node.keyPosition(key)?.line ?? child.position.line,
          column: node.keyPosition(key)?.column ?? child.position.column,
          message: "unknown setting \"\(key)\" (settings: root, corpus, includeEmbeddedCorpus, rules, accept, ignore)")
      }
    }
    return configuration
  }

  /// Reads the configuration file at `path`.
  public static func load(path: String) throws(DossierError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DossierError(path: path, message: "cannot read configuration file")
    }
    let base = PathName.deletingLastComponent(path)
    return try parse([UInt8](data), path: path, baseDirectory: base.isEmpty ? "." : base)
  }

  /// The configuration in effect in `directory`: `base` (defaults, or a client's settings)
  /// extended by every `.dossier.json` from the outermost that applies to the nearest. `load`
  /// reads one file (the language server passes one that remembers the last good version).
  public static func resolve(
    forDirectory directory: String, base: Configuration = Configuration(),
    load: (String) throws(DossierError) -> Configuration = { (path: String) throws(DossierError) in
      try Configuration.load(path: path)
    }
  ) throws(DossierError) -> Configuration {
    var chain: [Configuration] = []
    var current = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = current.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) {
        let file = try load(candidate)
        chain.append(file)
        if file.isRoot { break }
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { break }
      current = parent
    }
    var result = base
    for file in chain.reversed() { result.extend(with: file) }
    return result
  }

  /// This configuration with a nearer file's settings over it.
  public mutating func extend(with nearer: Configuration) {
    if nearer.namesCorpus {
      corpusFolders = nearer.corpusFolders
      namesCorpus = true
      corpusSource = nearer.corpusSource
    }
    if let include = nearer.includeEmbeddedCorpus {
      includeEmbeddedCorpus = include
      if !nearer.namesCorpus { corpusSource = nearer.source ?? corpusSource }
    }
    for (rule, severity) in nearer.options.severities { options.severities[rule] = severity }
    options.acceptedWords.formUnion(nearer.options.acceptedWords)
    ignore += nearer.ignore
    sources += nearer.sources
    source = nearer.source ?? source
  }

  /// The corpus in effect, in words: "the embedded seed corpus", "sources/ (from ./.dossier.json)".
  public var corpusDescription: String {
    var parts = corpusFolders.map { PathName.relativeToCurrentDirectory($0) + "/" }
    if usesEmbeddedCorpus { parts.append("the embedded seed corpus") }
    let named = parts.isEmpty ? "no corpus" : parts.joined(separator: ", ")
    guard let corpusSource else { return named }
    return "\(named) (from \(PathName.relativeToCurrentDirectory(corpusSource)))"
  }

  static func resolve(_ path: String, against base: String) -> String {
    let expanded = PathName.expandingTilde(path)
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
    return URL(fileURLWithPath: base).appendingPathComponent(expanded).standardizedFileURL.path
  }
}
