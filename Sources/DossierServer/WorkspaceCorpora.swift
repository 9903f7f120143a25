import Dispatch
import DossierCore
import DossierJSON
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which corpus and options apply to each document: the nearest `.dossier.json` to the document
/// wins; otherwise the client's settings (`initializationOptions`, `workspace/configuration`);
/// otherwise the embedded corpus. Corpora are cached by folder set, and a corpus that fails to
/// load leaves the last good one serving.
final class WorkspaceCorpora {
  /// The client's settings, as a configuration (same keys as `.dossier.json`).
  var settings = Configuration()
  private var corpora: [String: Corpus] = [:]
  private var lastGood: [String: Corpus] = [:]
  private var configurations: [String: Configuration?] = [:]
  /// Bumped whenever corpora or settings change, so result ids change too.
  private(set) var generation = 0
  /// Problems to show the user once.
  var problems: [String] = []

  func invalidate() {
    corpora.removeAll()
    configurations.removeAll()
    generation += 1
  }

  /// Settings editors keep for themselves (the executable's path, protocol tracing): not ours.
  static let clientOnlySettings: Set<String> = ["path", "trace"]

  /// Reads settings from a client's JSON (either the settings object or `{"dossier": {...}}`).
  func applySettings(_ value: JSONValue?) {
    guard var value, !value.isNull else { return }
    if let nested = value["dossier"], nested.objectValue != nil { value = nested }
    guard var object = value.objectValue else { return }
    for key in Self.clientOnlySettings { object[key] = nil }
    // Editors send unset settings as null: leave those at their defaults.
    for key in object.keys where object[key] == .null { object[key] = nil }
    value = .object(object)
    do {
      let base = FileManager.default.currentDirectoryPath
      settings = try Configuration.parse(Array(value.serialized().utf8), path: "settings", baseDirectory: base)
    } catch {
      problems.append("Dossier settings: \(error.message)")
    }
    invalidate()
  }

  /// The configuration for a document at `path` (nil for unsaved buffers).
  func configuration(for path: String?) -> Configuration {
    guard let path else { return settings }
    let directory = PathName.deletingLastComponent(path)
    if let cached = configurations[directory] { return cached ?? settings }
    var result: Configuration?
    if let found = Configuration.discover(from: directory) {
      do {
        var file = try Configuration.load(path: found)
        // Settings the file does not mention still apply.
        for (rule, severity) in settings.options.severities where file.options.severities[rule] == nil {
          file.options.severities[rule] = severity
        }
        file.options.acceptedWords.formUnion(settings.options.acceptedWords)
        if file.corpusFolders.isEmpty, file.includeEmbeddedCorpus == nil {
          file.corpusFolders = settings.corpusFolders
          file.includeEmbeddedCorpus = settings.includeEmbeddedCorpus
        }
        result = file
      } catch {
        problems.append("Dossier: \(error)")
      }
    }
    configurations[directory] = result
    return result ?? settings
  }

  func corpus(for configuration: Configuration) -> Corpus {
    let folders = configuration.corpusFolders
    let embedded = configuration.usesEmbeddedCorpus
    if folders.isEmpty { return .embedded }
    let key = folders.joined(separator: "\u{0}") + (embedded ? "+" : "")
    if let corpus = corpora[key] { return corpus }
    do {
      let corpus = try Corpus.load(folders: folders, includeEmbedded: embedded)
      corpora[key] = corpus
      lastGood[key] = corpus
      return corpus
    } catch {
      problems.append(
        "Dossier: the corpus could not be loaded (\(error)); \(lastGood[key] == nil ? "using the embedded corpus" : "the last good corpus keeps serving")"
      )
      let fallback = lastGood[key] ?? .embedded
      corpora[key] = fallback
      return fallback
    }
  }

  /// The corpus folders in use (for file watching).
  var watchedFolders: [String] {
    Array(Set(settings.corpusFolders + configurations.values.compactMap { $0 }.flatMap(\.corpusFolders))).sorted()
  }
}

/// The embedded corpus and README written to a cache folder, so go-to-definition and
/// diagnostic links can open them.
enum EmbeddedFilesCache {
  static let folder: String? = {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"].map { $0 + "/.cache" } ?? (environment["TMPDIR"] ?? "/tmp"))
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for file in Corpus.embeddedFiles {
      for byte in Array(file.name.utf8) + file.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let folder = "\(base)/dossier/embedded-\(String(hash, radix: 16))"
    do {
      for file in Corpus.embeddedFiles {
        let path = "\(folder)/\(file.name)"
        if FileManager.default.fileExists(atPath: path) { continue }
        try FileManager.default.createDirectory(
          atPath: PathName.deletingLastComponent(path), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
      }
      return folder
    } catch {
      return nil
    }
  }()

  /// The file path of an evidence document.
  static func path(of evidence: Evidence) -> String? {
    if let folder = evidence.folder { return PathName.appending(evidence.document, to: folder) }
    return folder.map { "\($0)/\(evidence.document)" }
  }

  static func ruleURI(_ rule: Rule) -> String {
    if let folder { return DocumentURI.uri(of: "\(folder)/doc/README.md") + "#\(rule.rawValue)" }
    return "https://dossier.invalid/rules#\(rule.rawValue)"
  }
}
