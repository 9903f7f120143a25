import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Corpus documents in formats another program reads for Dossier: PDF through `pdftotext`
/// (poppler-utils; pages kept apart by form feeds, so evidence names the page) and Word through
/// `pandoc` (to Markdown). When the program is not on `PATH`, or fails on a file, the file is left
/// out with a one-line note saying why; the rest of the corpus loads.
public enum ExternalFormat: String, Sendable, CaseIterable {
  case pdf
  case docx

  public var fileExtensions: [String] {
    switch self {
    case .pdf: ["pdf"]
    case .docx: ["docx"]
    }
  }

  /// The program and what it is called here.
  var program: (name: String, package: String) {
    switch self {
    case .pdf: ("pdftotext", "poppler-utils")
    case .docx: ("pandoc", "pandoc")
    }
  }

  /// The format of the converted text.
  var textFormat: DraftFormat {
    switch self {
    case .pdf: .plainText
    case .docx: .markdown
    }
  }

  func arguments(for path: String) -> [String] {
    switch self {
    case .pdf: ["pdftotext", "-enc", "UTF-8", "-layout", "-q", path, "-"]
    case .docx: ["pandoc", "--from", "docx", "--to", "gfm", "--wrap", "none", path]
    }
  }

  /// The program that reads this format as found on `searchPath` (a `PATH`): where it is, its
  /// size and modification time; "not found" when it is not there. A corpus index built with one
  /// version of the program is not used with another, which may read the same files differently.
  func programIdentity(searchPath: String?) -> String {
    for folder in (searchPath ?? "").split(separator: ":") where folder.hasPrefix("/") {
      let path = PathName.appending(program.name, to: String(folder))
      guard access(path, X_OK) == 0, let status = FileStatus(path: path) else { continue }
      return "\(program.name): \(path) \(status.size) \(status.modified)"
    }
    return "\(program.name): not found"
  }

  /// The format a file name's extension names, if it is one of these.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    guard let dot = lower.lastIndex(of: ".") else { return nil }
    let fileExtension = String(lower[lower.index(after: dot)...])
    guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(fileExtension) }) else { return nil }
    self = format
  }

  /// Every extension read this way.
  public static var readableExtensions: [String] { allCases.flatMap(\.fileExtensions) }

  /// The document at `path` (named `name` in its corpus folder) as text, or why not.
  func document(name: String, folder: String, path: String) -> Result<CorpusSource, DossierError> {
    switch Self.run(arguments(for: path)) {
    case .missing:
      return .failure(
        DossierError(
          path: path,
          message: "skipped: \(self == .pdf ? "PDF" : "Word") documents are read with \(program.name) "
            + "(\(program.package)), which is not on PATH"))
    case .failed(let status):
      return .failure(DossierError(path: path, message: "skipped: \(program.name) could not read it (exit \(status))"))
    case .timedOut(let seconds):
      return .failure(
        DossierError(path: path, message: "skipped: \(program.name) had not read it after \(seconds) seconds"))
    case .output(let bytes):
      guard SourceText.isValidUTF8(bytes) else {
        return .failure(DossierError(path: path, message: "skipped: \(program.name) did not produce UTF-8 text"))
      }
      let document = CorpusSource(
        name: name, folder: folder, text: SourceText(bytes: bytes), format: textFormat, paged: self == .pdf)
      return .success(document)
    }
  }

  enum RunResult {
    case missing
    case failed(Int32)
    case timedOut(Int)
    case output([UInt8])
  }

  /// How long a program may take over one file before it is stopped and the file left out: far
  /// beyond what a long PDF takes, short of a corpus that never loads because one file hangs it.
  static let runTimeout = 120

  /// Runs `arguments` (the program looked up on PATH) and returns what it wrote to standard output.
  ///
  /// The pipe is close-on-exec and the child closes every descriptor past its standard three, so
  /// programs run at once for other files (a corpus is read on several threads) never hold each
  /// other's pipes open, which would keep back the end of their output.
  static func run(_ arguments: [String], timeout: Int = runTimeout) -> RunResult {
    guard let ends = ChildPipe.make() else { return .failed(-1) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, ends.write, 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    ChildPipe.closeOthers(&actions)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    close(ends.write)
    guard spawned == 0 else {
      close(ends.read)
      return spawned == ENOENT ? .missing : .failed(spawned)
    }
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(timeout)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    var timedOut = false
    while true {
      let remaining = deadline - clock.now
      guard remaining > .zero else {
        timedOut = true
        break
      }
      var polled = [pollfd(fd: ends.read, events: Int16(POLLIN), revents: 0)]
      let ready = poll(&polled, 1, Int32(min(remaining, .seconds(1)) / .milliseconds(1)) + 1)
      if ready < 0, errno == EINTR { continue }
      if ready == 0 { continue }
      let count = buffer.withUnsafeMutableBytes { read(ends.read, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    close(ends.read)
    if timedOut { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    if timedOut { return .timedOut(timeout) }
    let exited = status & 0x7F == 0
    let code = (status >> 8) & 0xFF
    return exited && code == 0 ? .output(output) : .failed(exited ? code : -1)
  }
}
