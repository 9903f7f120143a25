import Dispatch
import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a fixed draft back to disk without ever losing words: the new text goes to a temporary
/// file in the same folder, which then replaces the draft by rename (atomic on one file system),
/// with the draft's permissions. A draft that changed on disk since it was read is refused.
public enum FixWriter {
  public static func write(_ bytes: [UInt8], to path: String, expectedOriginal: [UInt8]) throws(DossierError) {
    guard let current = FileManager.default.contents(atPath: path) else {
      throw DossierError(path: path, message: "cannot re-read the draft before fixing it")
    }
    guard [UInt8](current) == expectedOriginal else {
      throw DossierError(path: path, message: "the draft changed while it was being checked; not fixed")
    }
    // The mode by stat, not FileManager's attributes: those look up the owner's user and group
    // names, which a static executable must not do (glibc would load the host's NSS modules).
    var status = stat()
    let mode: mode_t? = stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
    let directory = PathName.deletingLastComponent(path)
    let name = PathName.lastComponent(path)
    let temporary = PathName.appending(
      ".\(name).dossier-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp",
      to: directory.isEmpty ? "." : directory)
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: nil) else {
      throw DossierError(path: path, message: "cannot write a temporary file next to the draft; not fixed")
    }
    if let mode { _ = chmod(temporary, mode) }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw DossierError(path: path, message: "cannot replace the draft (\(reason)); not fixed")
    }
  }
}
