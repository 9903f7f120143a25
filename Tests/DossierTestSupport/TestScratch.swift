import Foundation

/// One scratch folder per test process: every temporary corpus, draft, cache and index folder a
/// test makes goes in it, and it is removed when the process exits, so test runs leave nothing
/// behind in the system's temporary folder.
public enum TestScratch {
  /// The process's scratch folder (made on first use).
  public static let root: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
    return root
  }()

  /// A path inside the scratch folder (nothing is made there).
  public static func path(_ name: String) -> URL {
    root.appendingPathComponent(name)
  }

  /// The cache folder tests give the code under test (`XDG_CACHE_HOME`): compiled corpus indexes
  /// and the language server's embedded files go there, not in the user's cache.
  public static var cache: URL { path("cache") }
}
