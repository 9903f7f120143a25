import DossierCore
import FoundationEssentials

/// `dossier corpus index`: where compiled corpus indexes are kept, building one ahead of time,
/// and removing them all.
enum CorpusIndexCommand {
  static func run(
    _ arguments: [String], store: CorpusIndexStore?, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) -> Int32 {
    var folders: [String] = []
    var clear = false
    for argument in arguments {
      switch argument {
      case "--clear": clear = true
      case _ where argument.hasPrefix("-"):
        errors.write("dossier: error: unknown option '\(argument)' (see 'dossier corpus --help')\n")
        return 2
      default: folders.append(URL(fileURLWithPath: argument).standardizedFileURL.path)
      }
    }
    guard let store else {
      errors.write("dossier: error: no index folder: set DOSSIER_INDEX_DIR, XDG_CACHE_HOME or HOME\n")
      return 2
    }
    if clear {
      guard folders.isEmpty else {
        errors.write("dossier: error: --clear removes every index and takes no folder\n")
        return 2
      }
      let (count, bytes) = contents(of: store.folder)
      guard FileManager.default.fileExists(atPath: store.folder) else {
        output.write("no index folder at \(store.folder)\n")
        return 0
      }
      do {
        try FileManager.default.removeItem(atPath: store.folder)
      } catch {
        errors.write("dossier: error: \(store.folder): cannot remove the index folder\n")
        return 2
      }
      output.write("removed \(store.folder) (\(count) \(count == 1 ? "index" : "indexes"), \(megabytes(bytes)))\n")
      return 0
    }
    guard !folders.isEmpty else {
      let (count, bytes) = contents(of: store.folder)
      output.write("\(store.folder): \(count) \(count == 1 ? "index" : "indexes"), \(megabytes(bytes))\n")
      return 0
    }
    let selection = CorpusSelection(folders: folders, includesEmbedded: false)
    do {
      let loaded = try store.load(selection)
      for note in loaded.corpus.notes { errors.write("dossier: note: \(note)\n") }
      let path = store.path(for: selection)
      let size = fileSize(path)
      output.write("\(loaded.outcome): \(path) (\(megabytes(size)))\n")
      return 0
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
  }

  /// The index files in `folder` and their total size.
  static func contents(of folder: String) -> (count: Int, bytes: Int) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var bytes = 0
    var count = 0
    for name in names where name.hasSuffix(".index") {
      count += 1
      bytes += fileSize(PathName.appending(name, to: folder))
    }
    return (count, bytes)
  }

  static func fileSize(_ path: String) -> Int {
    FileDescriptor.regularFileSize(atPath: path)
  }

  static func megabytes(_ bytes: Int) -> String {
    guard bytes >= 100_000 else { return "\(bytes) bytes" }
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
