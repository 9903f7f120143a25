import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
  import CMallocTrim
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where compiled corpus indexes live, and the one way to open a corpus through them: the index
/// of a corpus selection is used while every file it was built from is unchanged (same list of
/// files, and each one's size and modification time, or else its content fingerprint), and was
/// written by this very build of Dossier; otherwise the corpus is read from its folders and the
/// index is written anew. A damaged index is rebuilt, never trusted.
///
/// Writers never touch an index in place: each writes a temporary file beside it and renames it
/// over the old one, so runs building the same index at once each leave a whole file, and a
/// reader keeps reading the file it opened.
public struct CorpusIndexStore: Sendable {
  /// The folder holding the index files (created when first written).
  public let folder: String

  public init(folder: String) {
    self.folder = folder
  }

  /// `DOSSIER_INDEX_DIR` when set; else `dossier/corpus-index` in `XDG_CACHE_HOME`, or in
  /// `~/.cache`.
  public static func standard(environment: [String: String]) -> CorpusIndexStore? {
    if let folder = environment["DOSSIER_INDEX_DIR"], !folder.isEmpty { return CorpusIndexStore(folder: folder) }
    let cache: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      cache = xdg
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      cache = PathName.appending(".cache", to: home)
    } else {
      return nil
    }
    return CorpusIndexStore(folder: PathName.appending("dossier/corpus-index", to: cache))
  }

  /// How a corpus came to be opened.
  public enum Outcome: Sendable, Equatable, CustomStringConvertible {
    /// From its index.
    case opened
    /// From its folders, and the index written (why it was not used).
    case built(String)
    /// From its folders; no index kept (why).
    case notKept(String)
    /// From its folders; the index could not be written where the configuration says (why).
    case unwritable(String)

    public var description: String {
      switch self {
      case .opened: "index opened"
      case .built(let reason): "index built (\(reason))"
      case .notKept(let reason): "no index kept (\(reason))"
      case .unwritable(let reason): "index not written (\(reason))"
      }
    }
  }

  /// The index file of `selection`.
  /// (Named by the folders and by this build of Dossier: two builds in use on one corpus, say an
  /// editor's and a CI's, keep an index each instead of rebuilding over each other's.)
  public func path(for selection: CorpusSelection) -> String {
    var key = IndexWriter()
    key.write(selection.folders)
    key.write(selection.includesEmbedded)
    func hex(_ value: UInt64, _ digits: Int) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
    let tool = hex(ContentHash.of(Array((Self.toolIdentity ?? "").utf8)) >> 32, 8)
    return PathName.appending("corpus-\(hex(ContentHash.of(key.bytes), 16))-\(tool).index", to: folder)
  }

  /// How long an index may go unused before building another removes it (a corpus no longer
  /// linted, a build of Dossier no longer run).
  static let unusedLifetime = 30 * 24 * 3600

  /// Opens the corpus `selection` names (which has at least one folder) through its index.
  ///
  /// When the index must be rebuilt but the one on disk is whole and was written by this build
  /// for the same folders (only their files changed), `whileBuilding` gets that previous corpus
  /// first, to serve while the new one is built (the language server does).
  ///
  /// A corpus read from its folders is opened again from the index just written (see `build`).
  public func load(
    _ selection: CorpusSelection, whileBuilding: ((Corpus) -> Void)? = nil
  ) throws(DossierError) -> (corpus: Corpus, outcome: Outcome) {
    guard Self.toolIdentity != nil else {
      return (
        try Corpus.load(folders: selection.folders, includeEmbedded: selection.includesEmbedded),
        .notKept("this executable cannot be identified")
      )
    }
    let path = path(for: selection)
    var stale: String
    do {
      if let opened = try CorpusIndexFile.open(path: path) {
        // Whether the corpus's files are unchanged (a walk and a `stat` each) and checking the
        // sections read later, on one core, and decoding what was derived, on the other, are
        // independent: at once. When the files did change, the decoding serves meanwhile, or
        // (nothing to serve) is stopped at its next step and let go.
        let mayServe =
          whileBuilding != nil && opened.manifest.tool == Self.toolIdentity
          && opened.manifest.folders == selection.folders
          && opened.manifest.includesEmbedded == selection.includesEmbedded
        let unwanted = Mutex(false)
        let isWanted: @Sendable () -> Bool = { !unwanted.withLock { $0 } }
        let (checked, read) = Parallel.both(
          { () -> (Result<Freshness, DossierError>, Result<Void, IndexDamage>) in
            let freshness: Freshness
            do throws(DossierError) {
              freshness = try Self.freshness(of: opened.manifest, for: selection)
            } catch {
              unwanted.withLock { $0 = true }
              return (.failure(error), .success(()))
            }
            if case .stale = freshness, !mayServe {
              unwanted.withLock { $0 = true }
              return (.success(freshness), .success(()))
            }
            do throws(IndexDamage) {
              try CorpusIndexFile.verifyLaterSections(opened, isWanted: isWanted)
              return (.success(freshness), .success(()))
            } catch {
              return (.success(freshness), .failure(error))
            }
          },
          { () -> Result<Corpus, IndexDamage> in
            do throws(IndexDamage) {
              return .success(try CorpusIndexFile.corpus(opened, verifyingLaterSections: false, isWanted: isWanted))
            } catch {
              return .failure(error)
            }
          })
        // A corpus is served only when every section it reads checked out.
        func verifiedCorpus() throws(IndexDamage) -> Corpus {
          try checked.1.get()
          return try read.get()
        }
        switch try checked.0.get() {
        case .stale(let reason):
          stale = reason
          if let whileBuilding, mayServe {
            whileBuilding(try verifiedCorpus())
          }
        case .fresh(let refreshed):
          let corpus = try verifiedCorpus()
          // Marked as used now (its time says when it last served; see `removeOrphans`).
          opened.file.markUsed()
          // Files whose content had to be compared (a corpus copied or checked out just before
          // the build) are recorded with their times now, once, so later runs need not read them.
          if let refreshed {
            _ = write(to: path) { CorpusIndexFile.copy(opened, with: refreshed, to: &$0) }
          }
          return (corpus, .opened)
        }
      } else {
        stale = "no index yet"
      }
    } catch let error as IndexDamage {
      stale = "the index was damaged: \(error)"
    } catch let error as DossierError {
      throw error
    } catch {
      stale = "\(error)"
    }
    return try build(selection, at: path, reason: stale)
  }

  /// Reads the corpus from its folders and writes its index; the corpus is then opened from the
  /// index just written, so that the parsed documents and the build's working memory are let go
  /// (a process that keeps the corpus, the language server, holds what a warm start holds) and
  /// a cold run analyses its drafts exactly as a warm one does.
  private func build(_ selection: CorpusSelection, at path: String, reason: String) throws(DossierError) -> (
    corpus: Corpus, outcome: Outcome
  ) {
    // For tests: a build that takes a while, so what serves meanwhile can be seen.
    if let pause = ProcessInfo.processInfo.environment["DOSSIER_TEST_INDEX_BUILD_PAUSE_MILLISECONDS"].flatMap(Int.init)
    {
      usleep(UInt32(pause) * 1000)
    }
    // Each file's size and times are taken before it is read for the corpus (a file that
    // changes afterwards has newer times than recorded), and its fingerprint from the very bytes
    // the corpus was read from (`fingerprints(of:before:sources:)`).
    var before: [[(name: String, status: FileStatus, hash: UInt64?)]] = []
    for folder in selection.folders {
      before.append(try Self.statuses(of: folder))
    }
    switch try write(selection, at: path, before: before) {
    case .notKept(let corpus, let outcome):
      return (corpus, outcome)
    case .written(let manifest):
      // The build's memory goes back to the system before the index is opened, or a process
      // that keeps the corpus would keep the build's peak too.
      Self.returnFreedMemory()
      removeOrphans(keeping: path)
      // Only the index this run wrote: another run may have renamed its own over it meanwhile.
      if let opened = try? CorpusIndexFile.open(path: path), opened.manifest == manifest,
        let corpus = try? CorpusIndexFile.corpus(opened)
      {
        // And what opening it took (checking its sections, decoding).
        Self.returnFreedMemory()
        return (corpus, .built(reason))
      }
      return (try Corpus.load(folders: selection.folders, includeEmbedded: selection.includesEmbedded), .built(reason))
    }
  }

  private enum Written {
    /// No index was written: the corpus as read, and why.
    case notKept(Corpus, Outcome)
    /// The index was written with this manifest; nothing read is kept.
    case written(IndexManifest)
  }

  /// Reads the corpus `selection` names and writes its index at `path`. What was read and
  /// derived is let go on the way (see `CorpusIndexFile.write`) and is gone on return.
  private func write(
    _ selection: CorpusSelection, at path: String, before: [[(name: String, status: FileStatus, hash: UInt64?)]]
  ) throws(DossierError) -> Written {
    let read = try Corpus.read(folders: selection.folders, includeEmbedded: selection.includesEmbedded)
    func readCorpus() -> Corpus {
      Corpus(documents: CorpusSource.parsed(read.sources), knowledge: read.knowledge, notes: read.notes)
    }
    // (A note of a document read all the same, one not in UTF-8, is no skip.)
    let readPaths = Set(
      read.sources.compactMap { source in source.folder.map { PathName.appending(source.name, to: $0) } })
    guard read.notes.allSatisfy({ note in note.path.map(readPaths.contains) ?? false }) else {
      // A skipped file (a PDF with no pdftotext) would stay skipped after the tool is installed.
      return .notKept(readCorpus(), .notKept("some documents were skipped"))
    }
    var files: [[IndexManifest.File]] = []
    for (folder, statuses) in zip(selection.folders, before) {
      guard let fingerprints = Self.fingerprints(of: folder, before: statuses, sources: read.sources) else {
        return .notKept(readCorpus(), .notKept("a corpus file changed while it was read"))
      }
      files.append(fingerprints)
    }
    let manifest = IndexManifest(
      tool: Self.toolIdentity ?? "", folders: selection.folders, includesEmbedded: selection.includesEmbedded,
      files: files, searchPath: ProcessInfo.processInfo.environment["PATH"])
    let failure = write(to: path) { file in
      CorpusIndexFile.write(
        sources: read.sources, knowledge: read.knowledge, notes: read.notes, manifest: manifest, to: &file)
    }
    if let failure {
      // Read again from the sources: the index could not be written after all (a full disk;
      // an unwritable folder fails before anything is read).
      return .notKept(readCorpus(), .unwritable("cannot write \(path): \(failure)"))
    }
    return .written(manifest)
  }

  /// Hands memory freed by the process back to the system (glibc keeps it otherwise, in each
  /// thread's arena).
  static func returnFreedMemory() {
    #if canImport(Glibc)
      _ = malloc_trim(0)
    #endif
  }

  /// Whether an index's manifest still describes the corpus a selection names.
  enum Freshness: Sendable {
    /// It does not: why.
    case stale(String)
    /// It does; `refreshed` is the manifest with the times of files whose content had to be
    /// compared (their recorded times were unknown or differed), when those times can be trusted
    /// from now on.
    case fresh(refreshed: IndexManifest?)
  }

  /// Whether `manifest` still describes the corpus `selection` names, its PDF and Word files read
  /// by the programs found on `searchPath` (this process's `PATH`).
  static func freshness(
    of manifest: IndexManifest, for selection: CorpusSelection,
    searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
  ) throws(DossierError) -> Freshness {
    guard manifest.tool == toolIdentity else { return .stale("another build of Dossier wrote it") }
    guard IndexManifest.converters(for: manifest.files, searchPath: searchPath) == manifest.converters else {
      return .stale("the programs that read its PDF or Word documents changed")
    }
    guard manifest.folders == selection.folders, manifest.includesEmbedded == selection.includesEmbedded,
      manifest.files.count == selection.folders.count
    else { return .stale("it indexes other folders") }
    let now = Self.now
    var refreshed = manifest
    var anyRefreshed = false
    for (folderIndex, (folder, recorded)) in zip(selection.folders, manifest.files).enumerated() {
      let names = try Self.files(in: folder)
      guard names == recorded.map(\.path) else { return .stale("files were added to or removed from \(folder)") }
      for (fileIndex, file) in recorded.enumerated() {
        let path = PathName.appending(file.path, to: folder)
        guard let status = FileStatus(path: path), status.size == file.size else { return .stale("\(path) changed") }
        if file.modified == 0 || status.modified != file.modified || status.changed != file.changed
          || status.inode != file.inode
        {
          guard ContentHash.ofFile(atPath: path) == file.hash else { return .stale("\(path) changed") }
          let trusted = IndexManifest.File(
            path: file.path, size: status.size, modified: Self.trustedTime(status, now: now), changed: status.changed,
            inode: status.inode, hash: file.hash)
          if trusted != file, trusted.modified != 0 {
            refreshed.files[folderIndex][fileIndex] = trusted
            anyRefreshed = true
          }
        }
      }
    }
    return .fresh(refreshed: anyRefreshed ? refreshed : nil)
  }

  /// A file's modification time, or 0 when it (or its inode) changed so recently that a later
  /// change of the same size could share it ("racy" times): the next run compares the content.
  static func trustedTime(_ status: FileStatus, now: Int) -> Int {
    now - max(status.modified, status.changed) < 3_000_000_000 ? 0 : status.modified
  }

  static var now: Int { Int(Date().timeIntervalSince1970 * 1_000_000_000) }

  /// The files loading `folder` reads, relative to it, in its order.
  private static func files(in folder: String) throws(DossierError) -> [String] {
    let walk = try CorpusFolderWalk(folder, isDocument: Corpus.isReadableDocument)
    return walk.documents + (walk.knowledgeFile.map { [$0] } ?? [])
  }

  /// Each file of `folder` with its size and times before the corpus is read, and the
  /// fingerprint of the files whose bytes the corpus does not keep (a knowledge file, a PDF): a
  /// document read natively is fingerprinted from the bytes it was read from instead, after.
  private static func statuses(of folder: String) throws(DossierError) -> [(
    name: String, status: FileStatus, hash: UInt64?
  )] {
    var result: [(name: String, status: FileStatus, hash: UInt64?)] = []
    for name in try files(in: folder) {
      let path = PathName.appending(name, to: folder)
      guard let status = FileStatus(path: path) else {
        throw DossierError(path: path, message: "cannot read corpus document")
      }
      var hash: UInt64?
      if name == KnowledgeFile.fileName || ExternalFormat(fileName: name) != nil {
        guard let read = ContentHash.ofFile(atPath: path) else {
          throw DossierError(path: path, message: "cannot read corpus document")
        }
        hash = read
      }
      result.append((name, status, hash))
    }
    return result
  }

  /// The manifest's records of `folder`: each file's times from before the corpus was read, and
  /// the fingerprint of what was derived from. A document read natively is fingerprinted from the
  /// bytes the corpus holds, and its size and times must not have moved while it was read (a
  /// change within a time's granularity is a "racy" time, compared by content on the next run);
  /// any other file is read again and must match its fingerprint from before. Nil when a file
  /// changed meanwhile.
  private static func fingerprints(
    of folder: String, before: [(name: String, status: FileStatus, hash: UInt64?)], sources: [CorpusSource]
  ) -> [IndexManifest.File]? {
    var read: [String: UInt64] = [:]
    for document in sources where document.folder == folder && ExternalFormat(fileName: document.name) == nil {
      read[document.name] = document.fileHash ?? ContentHash.of(document.text.bytes)
    }
    let now = Self.now
    var result: [IndexManifest.File] = []
    for (name, status, hashBefore) in before {
      let path = PathName.appending(name, to: folder)
      let hash: UInt64
      if let hashBefore {
        guard ContentHash.ofFile(atPath: path) == hashBefore else { return nil }
        hash = hashBefore
      } else {
        guard let native = read[name], FileStatus(path: path) == status else { return nil }
        hash = native
      }
      result.append(
        IndexManifest.File(
          path: name, size: status.size, modified: Self.trustedTime(status, now: now), changed: status.changed,
          inode: status.inode, hash: hash))
    }
    return result
  }

  /// Removes what no run will use again: indexes whose corpus folders are all gone (a deleted
  /// project, a temporary corpus), damaged indexes, indexes unused for `unusedLifetime`, and
  /// temporary files a killed run left behind over an hour ago. (Another format version's index
  /// is left to the Dossier that wrote it, until it goes unused as long.)
  func removeOrphans(keeping kept: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let hourAgo = Int(Date().timeIntervalSince1970 - 3600) * 1_000_000_000
    for name in names {
      let path = PathName.appending(name, to: folder)
      guard path != kept, name.hasPrefix("corpus-") else { continue }
      if name.hasSuffix(".tmp") {
        if let status = FileStatus(path: path), status.modified < hourAgo { unlink(path) }
        continue
      }
      guard name.hasSuffix(".index"), let judged = FileStatus(path: path) else { continue }
      var orphaned: Bool
      do {
        guard let opened = try CorpusIndexFile.open(path: path) else { continue }
        orphaned = !opened.manifest.folders.contains { FileManager.default.fileExists(atPath: $0) }
      } catch {
        // Another Dossier's index is that Dossier's to judge.
        orphaned = !error.isOtherVersion
      }
      if judged.modified < (Self.now / 1_000_000_000 - Self.unusedLifetime) * 1_000_000_000 { orphaned = true }
      // Only the file that was judged: a run may have renamed a new index to that name meanwhile.
      if orphaned, FileStatus(path: path).map({ $0.inode == judged.inode && $0.changed == judged.changed }) == true {
        unlink(path)
      }
    }
  }

  /// Writes a new file beside `path` with `body` and renames it over `path`; the failure, if any.
  private func write(to path: String, _ body: (inout IndexFileWriter) -> Void) -> String? {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create the index folder"
    }
    let temporary = path + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var writer = IndexFileWriter(descriptor: descriptor)
    body(&writer)
    var failure = writer.finish()
    // No `fsync`: an index cut short by a crash fails its fingerprints and is rebuilt, so waiting
    // for the disk would buy nothing.
    close(descriptor)
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if failure != nil { unlink(temporary) }
    return failure
  }

  /// The index format and this executable (its path, size and modification time): a rebuilt
  /// Dossier may derive differently, so it never reads an index another build wrote.
  /// Nil when the executable cannot be found: then no index is read or written, since another
  /// build could not be told apart.
  static let toolIdentity: String? = {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first.flatMap { $0.hasPrefix("/") ? $0 : nil }
    guard let path, let status = FileStatus(path: path) else { return nil }
    return "format \(CorpusIndexFile.formatVersion); \(path) \(status.size) \(status.modified)"
  }()
}

/// A file's size and modification time (nanoseconds since 1970), following symbolic links.
struct FileStatus: Equatable {
  var size: Int
  var modified: Int
  /// When the file's inode last changed (nanoseconds since 1970): no program can set it back, so
  /// a file replaced by another of the same size and modification time (an archive unpacked
  /// over it) still shows.
  var changed: Int
  var inode: UInt64

  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    size = Int(status.st_size)
    inode = UInt64(status.st_ino)
    #if canImport(Darwin)
      modified = Int(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int(status.st_mtimespec.tv_nsec)
      changed = Int(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int(status.st_ctimespec.tv_nsec)
    #else
      modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
      changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
    #endif
  }
}
