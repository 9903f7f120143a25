import Dispatch
import DossierCore
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices changes to corpus folders for a client that does not watch files for the server
/// (no `workspace/didChangeWatchedFiles` registration): every few seconds, a fingerprint of each
/// folder's files (the paths, sizes and modification times of the files loading reads,
/// `Corpus.files(in:)`) is compared with the last one. The walk runs on its own queue, never on the
/// server's.
final class CorpusPoller: Sendable {
  /// How often the folders are looked at. `DOSSIER_CORPUS_POLL_MILLISECONDS` sets it (for tests).
  static let interval: DispatchTimeInterval = {
    if let value = ProcessInfo.processInfo.environment["DOSSIER_CORPUS_POLL_MILLISECONDS"],
      let milliseconds = Int(value),
      milliseconds > 0
    {
      return .milliseconds(milliseconds)
    }
    return .seconds(3)
  }()

  private let queue = DispatchQueue(label: "dossier.corpus-poller", qos: .utility)
  /// The last fingerprint of each folder.
  private let fingerprints = Mutex<[String: UInt64]>([:])

  /// Compares the folders' fingerprints with the last ones (off the caller's queue) and calls
  /// `changed` with the folders whose files changed; a folder seen for the first time is not a
  /// change.
  func check(_ folders: [String], changed: @escaping @Sendable ([String]) -> Void) {
    queue.async { [self] in
      var differing: [String] = []
      var current: [String: UInt64] = [:]
      for folder in folders { current[folder] = Self.fingerprint(of: folder) }
      fingerprints.withLock { known in
        for (folder, print) in current where known[folder].map({ $0 != print }) ?? false { differing.append(folder) }
        known = current
      }
      if !differing.isEmpty { changed(differing.sorted()) }
    }
  }

  /// A hash of every file's path, size and modification time under `folder` (FNV-1a).
  static func fingerprint(of folder: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ value: UInt64) {
      var value = value
      for _ in 0..<8 {
        hash = (hash ^ (value & 0xFF)) &* 0x100_0000_01b3
        value >>= 8
      }
    }
    // The files loading reads, found the way loading finds them (links only inside the folder,
    // never twice; hidden entries skipped).
    guard let files = Corpus.files(in: folder) else { return 0 }
    for path in files {
      for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      var status = stat()
      guard stat(path, &status) == 0 else { continue }
      mix(UInt64(truncatingIfNeeded: status.st_size))
      #if canImport(Glibc)
        mix(UInt64(truncatingIfNeeded: status.st_mtim.tv_sec))
        mix(UInt64(truncatingIfNeeded: status.st_mtim.tv_nsec))
      #else
        mix(UInt64(truncatingIfNeeded: status.st_mtimespec.tv_sec))
        mix(UInt64(truncatingIfNeeded: status.st_mtimespec.tv_nsec))
      #endif
    }
    return hash
  }
}
