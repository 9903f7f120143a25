import Dispatch
import DossierCore
import DossierJSON
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which corpus and options apply to each document: the client's settings
/// (`initializationOptions`, `workspace/configuration`) extended by every `.dossier.json` that
/// applies to the document's folder, as `dossier lint` combines them (`Configuration.resolve`);
/// the embedded corpus only when none of them names a corpus. Corpora are cached by folder set,
/// and a corpus that fails to load leaves the last good one serving. A configuration file that
/// breaks while it is edited keeps its last good version in effect, and its error is shown.
///
/// Corpora load in the background (`load`, called with the folders; it calls `finishLoad` on the
/// server's queue when done): until a corpus is ready, the one that served the same folders
/// before keeps serving; a folder set never loaded before has nothing to serve yet
/// (`Selection.isPending`), so its documents' diagnostics wait for it.
final class WorkspaceCorpora {
  /// A corpus for a configuration, or nothing yet.
  struct Selection {
    var corpus: Corpus
    /// The corpus is still loading and nothing served these folders before: `corpus` is empty
    /// and stands in only until the load finishes.
    var isPending: Bool
  }

  /// Starts loading a folder set in the background (set by the server).
  var load: (_ selection: CorpusSelection) -> Void = { _ in }
  /// Folder sets loading now.
  private(set) var loading: Set<CorpusSelection> = []
  /// Folder sets whose last load failed (until the next `invalidate`): their fallback serves.
  private var failed: Set<CorpusSelection> = []
  /// The client's settings, as a configuration (same keys as `.dossier.json`).
  var settings = Configuration()
  private var corpora: [CorpusSelection: Corpus] = [:]
  private var lastGood: [CorpusSelection: Corpus] = [:]
  /// The corpus that last served the documents of each folder.
  private var lastServed: [String: Corpus] = [:]
  /// The folders whose drafts asked for each selection while it loaded.
  private var waitingDirectories: [CorpusSelection: Set<String>] = [:]
  private var configurations: [String: Configuration] = [:]
  /// Each configuration file's last version that could be read.
  private var lastGoodFiles: [String: Configuration] = [:]
  /// Configuration files that cannot be read now, with why (shown on the file as a diagnostic).
  private(set) var configurationErrors: [String: DossierError] = [:]
  /// Bumped whenever corpora or settings change, so result ids change too.
  private(set) var generation = 0
  /// Problems to show the user once.
  var problems: [String] = []

  func invalidate() {
    corpora.removeAll()
    failed.removeAll()
    configurations.removeAll()
    generation += 1
  }

  /// A background load is done: the corpus serves from now on (a failed load leaves the last
  /// good corpus serving, and says so once).
  func finishLoad(_ key: CorpusSelection, _ result: Result<Corpus, DossierError>) {
    loading.remove(key)
    let directories = waitingDirectories.removeValue(forKey: key) ?? []
    switch result {
    case .success(let corpus):
      lastGood[key] = corpus
      corpora[key] = corpus
      for note in corpus.notes { problems.append("Dossier: \(note)") }
    case .failure(let error):
      failed.insert(key)
      problems.append(
        "Dossier: the corpus could not be loaded (\(error)); "
          + (lastGood[key] != nil || directories.contains(where: { lastServed[$0] != nil })
            ? "the last good corpus keeps serving" : "nothing is checked until it loads"))
    }
    generation += 1
  }

  /// The previous compiled index of a folder set that is being rebuilt: it serves until the load
  /// finishes, unless something serves those folders already. True when it was taken.
  func serveMeanwhile(_ key: CorpusSelection, _ corpus: Corpus) -> Bool {
    guard loading.contains(key), lastGood[key] == nil else { return false }
    lastGood[key] = corpus
    generation += 1
    return true
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
      settings.sources = []
    } catch {
      problems.append("Dossier settings: \(error.message); the previous settings stay in effect")
    }
    invalidate()
  }

  /// The configuration for a document at `path` (nil for unsaved buffers).
  func configuration(for path: String?) -> Configuration {
    guard let path else { return settings }
    let directory = PathName.deletingLastComponent(path)
    if let cached = configurations[directory] { return cached }
    // `loadFile` never throws: a broken file stands in with its last good version.
    let result =
      (try? Configuration.resolve(forDirectory: directory, base: settings) { (file: String) throws(DossierError) in
        self.loadFile(file)
      }) ?? settings
    configurations[directory] = result
    return result
  }

  /// One configuration file; when it cannot be read, its last good version (or, if it never
  /// could be read, nothing: it is left out), with the error recorded and shown once.
  private func loadFile(_ path: String) -> Configuration {
    do {
      let file = try Configuration.load(path: path)
      lastGoodFiles[path] = file
      configurationErrors[path] = nil
      return file
    } catch {
      let lastGood = lastGoodFiles[path]
      if configurationErrors[path] != error {
        problems.append(
          "Dossier: \(error); "
            + (lastGood == nil
              ? "this file is left out until it is fixed" : "its last good version stays in effect until it is fixed"))
      }
      configurationErrors[path] = error
      if let lastGood { return lastGood }
      var nothing = Configuration()
      nothing.sources = [path]
      return nothing
    }
  }

  /// The corpus a configuration names. While it loads, or when it cannot be loaded, the corpus
  /// that last served the same folder set keeps serving, else the one that last served documents
  /// in `directory`, else none (`Corpus.empty`: nothing is checked) — never another corpus in
  /// its place.
  func corpus(for configuration: Configuration, directory: String? = nil) -> Selection {
    let key = CorpusSelection(configuration)
    guard !key.folders.isEmpty else {
      let corpus: Corpus = key.includesEmbedded ? .embedded : .empty
      if let directory { lastServed[directory] = corpus }
      return Selection(corpus: corpus, isPending: false)
    }
    if let cached = corpora[key] {
      if let directory { lastServed[directory] = cached }
      return Selection(corpus: cached, isPending: false)
    }
    let isFailed = failed.contains(key)
    if !isFailed, !loading.contains(key) {
      loading.insert(key)
      load(key)
    }
    if let directory, loading.contains(key) { waitingDirectories[key, default: []].insert(directory) }
    if let serving = lastGood[key] ?? directory.flatMap({ lastServed[$0] }) {
      return Selection(corpus: serving, isPending: false)
    }
    return Selection(corpus: .empty, isPending: !isFailed)
  }

  /// The corpus folders in use (for file watching).
  var watchedFolders: [String] {
    Array(Set(settings.corpusFolders + configurations.values.flatMap(\.corpusFolders))).sorted()
  }
}

/// The embedded corpus and the rules' pages written to a cache folder, so go-to-definition and
/// diagnostic links can open them.
enum EmbeddedFilesCache {
  static let folder: String? = {
    let environment = ProcessInfo.processInfo.environment
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"].map { $0 + "/.cache" } ?? (environment["TMPDIR"] ?? "/tmp"))
    // With the rules' pages (made from the one table) beside them; the folder is named by what
    // it holds, so a build with other files writes another.
    let pages = Rule.allCases.map {
      (name: "rules/\($0.rawValue).md", bytes: Array(RuleDocumentation.of($0).markdown.utf8))
    }
    let files = Corpus.embeddedFiles.map { (name: $0.name, bytes: $0.bytes) } + pages
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for file in files {
      for byte in Array(file.name.utf8) + file.bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let folder = "\(base)/dossier/embedded-\(String(hash, radix: 16))"
    do {
      for file in files {
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

  /// A rule's page: the copy in the cache folder (it opens without a network), else the
  /// repository's.
  static func ruleURI(_ rule: Rule) -> String {
    if let folder { return DocumentURI.uri(of: "\(folder)/rules/\(rule.rawValue).md") }
    return RuleDocumentation.url(of: rule)
  }
}
