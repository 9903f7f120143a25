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
    case output([UInt8])
  }

  /// Runs `arguments` (the program looked up on PATH) and returns what it wrote to standard output.
  static func run(_ arguments: [String]) -> RunResult {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return .failed(-1) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, ends[0])
    posix_spawn_file_actions_addclose(&actions, ends[1])
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    close(ends[1])
    guard spawned == 0 else {
      close(ends[0])
      return spawned == ENOENT ? .missing : .failed(spawned)
    }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    close(ends[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exited = status & 0x7F == 0
    let code = (status >> 8) & 0xFF
    return exited && code == 0 ? .output(output) : .failed(exited ? code : -1)
  }
}
