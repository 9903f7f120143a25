import Dispatch
import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `dossier`'s commands: lint, explain, corpus check, help and version.
public enum CommandLineTool {
  public static let usage = """
    dossier: check policy drafts against a corpus of trusted sources.

    USAGE: dossier <command> [options]

    COMMANDS:
      lint [PATH ...]        Check drafts (files or folders of .md, .txt, .html …; '-' for stdin)
      explain TERM           Print what the corpus knows about a term, name, reference or value
      corpus check [DIR ...] Validate a corpus (the embedded one by default) and print its counts
      corpus show [DIR ...]  List what the corpus holds, by document (--filter WORD)
      corpus init DIR        Write a knowledge.json scaffold from what Dossier derives from DIR
      corpus index [DIR ...] Build a corpus's compiled index, or show where indexes are kept
      lsp                    Serve the Language Server Protocol over stdin/stdout (editors)
      help [COMMAND|RULE]    Show help for a command, or what a rule finds ('dossier help rules')
      man                    Print the man page (roff: dossier man > dossier.1)
      completions SHELL      Print the completion script for bash, zsh or fish

    OPTIONS:
      -h, --help             Show help
      --version              Show the version

    See 'dossier help lint' for the lint options.
    """

  /// `dossier lint --help`, its options from `CommandTable`.
  public static var lintUsage: String {
    """
    USAGE: dossier lint [options] PATH ...

    Checks each draft against the corpus and prints the findings. A folder is searched for
    drafts, leaving out hidden entries, node_modules, bower_components, __pycache__ and venv,
    what .gitignore files and the configuration's "ignore" patterns leave out, and the corpus
    folders; a file named here is always checked. Nothing to check is an error.

    OPTIONS:
    \(CommandTable.optionLines(CommandTable.lintOptions))

    EXIT STATUS: 0 nothing at or above --fail-on; 1 something is; 2 usage, configuration,
    corpus or input error.
    """
  }

  public static let explainUsage = """
    USAGE: dossier explain [--corpus DIR ...] TERM

    Prints the corpus's definition, variants, facts and evidence (document:line) for TERM.
    Exit status 1 when the corpus knows nothing of TERM.
    """

  public static let corpusUsage = """
    USAGE: dossier corpus check [DIR ...]
           dossier corpus show [DIR ...] [--filter WORD]
           dossier corpus init DIR
           dossier corpus index [DIR ...] [--clear]

    check  Loads and verifies a corpus (the embedded seed corpus when no folder is given): every
           knowledge-file quote must be found in its document. Prints the corpus's counts.
    show   Lists what the corpus holds, document by document: terms and the variants it does not
           use, acronyms, references and claims, each with its line; then the names, with how
           often they occur. --filter WORD keeps the items that mention WORD.
    init   Writes DIR/knowledge.json from what Dossier derives from DIR's documents (terms with
           their rejected variants, acronyms, references, each with a verbatim quote), for a team
           to curate. Refuses to replace an existing knowledge.json.
    index  Builds (or refreshes) the compiled index of the corpus DIR ... name together, and
           prints where it is. Without DIR, prints the index folder; --clear removes it.
           'dossier lint' and the language server keep one index per set of corpus folders
           (and per build of Dossier), in
           $DOSSIER_INDEX_DIR, else $XDG_CACHE_HOME/dossier/corpus-index, else
           ~/.cache/dossier/corpus-index. An index is used only while every file it was built
           from is unchanged, and only by the Dossier build that wrote it; otherwise it is
           rebuilt. 'dossier lint --no-index' neither reads nor writes one.
    """

  /// Runs `arguments` (without the program name) and returns the exit status.
  ///
  /// `exitsAfter`: the process exits as soon as this returns (the `dossier` executable), so the
  /// corpora a lint loaded are left for the exit to reclaim instead of being freed one object at
  /// a time (about a tenth of a warm run on a large corpus).
  public static func run(
    _ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream,
    exitsAfter: Bool = false
  ) -> Int32 {
    guard let command = arguments.first else {
      errors.write(usage + "\n")
      return 2
    }
    let rest = Array(arguments.dropFirst())
    let wantsHelp = rest.contains("--help") || rest.contains("-h")
    switch command {
    case "--version", "version":
      output.write("dossier \(DossierVersion.current)\n")
      return 0
    case "--help", "-h":
      output.write(usage + "\n")
      return 0
    case "man":
      guard rest.isEmpty || wantsHelp else {
        errors.write("dossier: error: man takes no arguments (dossier man > dossier.1)\n")
        return 2
      }
      output.write(wantsHelp ? helpText(for: "man") + "\n" : ManPage.page)
      return 0
    case "completions":
      if wantsHelp {
        output.write(helpText(for: "completions") + "\n")
        return 0
      }
      guard rest.count == 1, let script = ShellCompletions.script(for: rest[0]) else {
        errors.write("dossier: error: completions takes one shell: bash, zsh or fish\n")
        return 2
      }
      output.write(script)
      return 0
    case "help":
      if let topic = rest.first, !["lint", "explain", "corpus", "lsp", "rules", "man", "completions"].contains(topic),
        Rule(rawValue: topic) == nil
      {
        errors.write(
          "dossier: error: no help for '\(topic)' (commands: lint, explain, corpus, lsp, man, completions; rules)\n")
        return 2
      }
      output.write(helpText(for: rest.first) + "\n")
      return 0
    case "lint":
      if wantsHelp {
        output.write(lintUsage + "\n")
        return 0
      }
      do {
        var command = LintCommand(options: try LintOptions.parse(rest))
        command.keepsCorporaUntilExit = exitsAfter
        return command.run(output: &output, errors: &errors)
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
    case "explain":
      if wantsHelp {
        output.write(explainUsage + "\n")
        return 0
      }
      return explain(rest, output: &output, errors: &errors)
    case "corpus":
      if wantsHelp {
        output.write(corpusUsage + "\n")
        return 0
      }
      let arguments = Array(rest.dropFirst())
      switch rest.first {
      case "check": return corpusCheck(arguments, output: &output, errors: &errors)
      case "show": return CorpusCommands.show(arguments, output: &output, errors: &errors)
      case "init": return CorpusCommands.initialize(arguments, output: &output, errors: &errors)
      case "index":
        return CorpusIndexCommand.run(
          arguments, store: CorpusIndexStore.standard(environment: ProcessInfo.processInfo.environment),
          output: &output, errors: &errors)
      default:
        errors.write("dossier: error: unknown corpus command (use 'dossier corpus check|show|init|index')\n")
        return 2
      }
    default:
      errors.write(
        "dossier: error: unknown command '\(command)' (commands: lint, explain, corpus, lsp, help, man, completions)\n")
      return 2
    }
  }

  public static let lspUsage = """
    USAGE: dossier lsp [--stdio]

    Serves the Language Server Protocol 3.17 over standard input and output, for an editor
    (see editors/ for Neovim, VS Code, Emacs, Helix and Vim). '--stdio' is accepted and
    ignored: standard input and output are the only transport.

    The server checks open Markdown and plain-text documents as you type (diagnostics with the
    corpus's evidence, quick fixes) and answers hovers (what the corpus says about the words
    under the cursor), completions of corpus terms, names and values, and go-to-definition
    (the corpus passage). It reads the same .dossier.json files as 'dossier lint', over the
    editor's settings, and reloads a corpus or configuration when its files change.
    """

  static func helpText(for command: String?) -> String {
    switch command {
    case "lint": return lintUsage
    case "explain": return explainUsage
    case "corpus": return corpusUsage
    case "lsp": return lspUsage
    case "man": return "USAGE: dossier man\n\nPrints the man page in roff: dossier man > dossier.1; man ./dossier.1"
    case "completions":
      return """
        USAGE: dossier completions bash|zsh|fish

        Prints the completion script for a shell:
          bash  dossier completions bash > ~/.local/share/bash-completion/completions/dossier
          zsh   dossier completions zsh > "${fpath[1]}/_dossier"
          fish  dossier completions fish > ~/.config/fish/completions/dossier.fish
        """
    case "rules":
      let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
      let lines = Rule.allCases.map { rule in
        "  \(rule.rawValue)\(String(repeating: " ", count: width - rule.rawValue.count))  "
          + "\(rule.summary) (\(rule.defaultSeverity.rawValue))"
      }
      return "RULES (default severity in parentheses; 'dossier help RULE' for one):\n\n"
        + lines.joined(separator: "\n")
    default:
      if let name = command, let rule = Rule(rawValue: name) {
        return String(RuleDocumentation.of(rule).text.dropLast())
      }
      return usage
    }
  }

  static func explain(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream)
    -> Int32
  {
    var folders: [String] = []
    var words: [String] = []
    var index = 0
    while index < arguments.count {
      if arguments[index] == "--corpus" {
        guard index + 1 < arguments.count else {
          errors.write("dossier: error: --corpus needs a value\n")
          return 2
        }
        folders.append(arguments[index + 1])
        index += 2
        continue
      }
      if arguments[index].hasPrefix("-") {
        errors.write("dossier: error: unknown option '\(arguments[index])' (see 'dossier explain --help')\n")
        return 2
      }
      words.append(arguments[index])
      index += 1
    }
    guard !words.isEmpty else {
      errors.write("dossier: error: explain needs a term (see 'dossier explain --help')\n")
      return 2
    }
    let corpus: Corpus
    // Through the compiled index, as `lint` reads corpora.
    let indexStore = CorpusIndexStore.standard(environment: ProcessInfo.processInfo.environment)
    do {
      if folders.isEmpty {
        // The corpus the current folder's configuration names, as `lint` would use here.
        let configuration = try Configuration.resolve(forDirectory: FileManager.default.currentDirectoryPath)
        corpus = try CorpusSelection(configuration).load(source: configuration.corpusSource, index: indexStore).corpus
      } else {
        let selection = CorpusSelection(
          folders: folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, includesEmbedded: false)
        corpus = try selection.load(index: indexStore).corpus
      }
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
    let query = words.joined(separator: " ")
    guard let explanation = corpus.explain(query) else {
      errors.write("dossier: the corpus knows nothing of \"\(query)\"\n")
      return 1
    }
    output.write(explanation + "\n")
    return 0
  }

  static func corpusCheck(_ folders: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream)
    -> Int32
  {
    if let option = folders.first(where: { $0.hasPrefix("-") }) {
      errors.write("dossier: error: unknown option '\(option)' (see 'dossier corpus --help')\n")
      return 2
    }
    let corpus: Corpus
    do {
      if folders.isEmpty {
        try Corpus.verifyEmbeddedKnowledge()
        corpus = .embedded
      } else {
        corpus = try Corpus.load(folders: folders, includeEmbedded: false)
      }
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }
    for note in corpus.notes { errors.write("dossier: note: \(note)\n") }
    output.write("corpus ok: \(folders.isEmpty ? "embedded seed corpus" : folders.joined(separator: ", "))\n")
    for (name, count) in corpus.statistics {
      output.write("  \(name): \(count)\n")
    }
    return 0
  }
}

/// Standard output and standard error as text streams.
public struct StandardStream: TextOutputStream {
  let descriptor: Int32
  public static var output: StandardStream { StandardStream(descriptor: 1) }
  public static var error: StandardStream { StandardStream(descriptor: 2) }
  public mutating func write(_ string: String) {
    guard !string.isEmpty else { return }
    var string = string
    string.withUTF8 { FileDescriptor.writeAll($0, to: descriptor) }
  }
}

/// Whole reads and writes on raw file descriptors, retrying interrupted calls.
enum FileDescriptor {
  /// Writes every byte unless the descriptor fails (a closed pipe).
  /// Every byte written (retrying short and interrupted writes), or false when the descriptor
  /// fails.
  @discardableResult
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
  }

  @discardableResult
  static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }

  /// Appends `bytes` to the file at `path` (created if missing, mode 0644 before the umask);
  /// false when it cannot be opened or written.
  static func append(_ bytes: [UInt8], toFileAtPath path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    let written = writeAll(bytes, to: descriptor)
    return close(descriptor) == 0 && written
  }

  /// The size of the regular file at `path`, or 0 (no such file, or not a regular file).
  static func regularFileSize(atPath path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return 0 }
    return Int(status.st_size)
  }

  /// A whole regular file's bytes, read straight into the array (no intermediate `Data`), or nil
  /// when it cannot be opened or read, or is not a regular file (a folder, a device such as
  /// `/dev/zero` that never ends, a pipe or socket: opening is non-blocking, so a FIFO nobody
  /// writes to fails at once instead of hanging). Standard input is read with `readAll`.
  static func readFile(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    let kind = status.st_mode & S_IFMT
    guard kind == S_IFREG else { return nil }
    // The size is a hint (a file can grow while it is read): read to the end.
    let expected = status.st_size > 0 ? Int(status.st_size) : 0
    var failed = false
    var reachedEnd = false
    // Fills `buffer` from `initialized` until it is full, the file ends or a read fails.
    func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
      var initialized = start
      while initialized < buffer.count {
        let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
        if count < 0, errno == EINTR { continue }
        if count < 0 { failed = true }
        if count <= 0 {
          reachedEnd = true
          break
        }
        initialized += count
      }
      return initialized
    }
    var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
      initialized = fill(buffer, from: 0)
    }
    var chunk = [UInt8]()
    while !reachedEnd {
      if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
      let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: 0) }
      bytes += chunk[..<count]
    }
    return failed ? nil : bytes
  }

  /// Reads to end of input.
  static func readAll(from descriptor: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      result += buffer[0..<count]
    }
    return result
  }
}
