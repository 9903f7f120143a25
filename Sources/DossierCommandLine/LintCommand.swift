import Dispatch
import DossierCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `dossier lint`: check drafts, print findings, optionally fix them.
public struct LintCommand {
  public var options: LintOptions
  /// Standard input's bytes, read lazily (injectable for tests).
  var readStandardInput: () -> [UInt8] = { FileDescriptor.readAll(from: 0) }
  /// How folders are searched for drafts (injectable for tests).
  var folderAccess = FolderAccess.system

  public init(options: LintOptions) { self.options = options }

  /// Runs the command; returns the exit status (0, 1 or 2).
  public func run(output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    var inputs: [DraftInput] = []
    // Set when a draft or folder could not be read or a fix could not be written: the run goes
    // on and exits 2.
    var failed = false
    do {
      let expansion = try DraftInput.expand(options.paths, access: folderAccess)
      for problem in expansion.problems { errors.write("dossier: error: \(problem)\n") }
      failed = !expansion.problems.isEmpty
      let paths = expansion.files
      // Heap for the drafts and their analysis before anything is read (see `HeapReservation`):
      // the drafts' bytes, the corpus and the analysis then land in it.
      let fileBytes = paths.reduce(0) { $0 + FileDescriptor.regularFileSize(atPath: $1) }
      let reserved = HeapReservation.prepare(forInputBytes: fileBytes) > 0
      for path in paths { inputs.append(try DraftInput.read(path)) }
      if options.paths.contains("-") {
        let name = options.stdinFileName ?? "<stdin>"
        let bytes = readStandardInput()
        try DraftInput.validate(bytes, path: name)
        inputs.append(DraftInput(path: name, bytes: bytes, isStandardInput: true))
        // Standard input's size is known only now.
        if !reserved { HeapReservation.prepare(forInputBytes: fileBytes + bytes.count) }
      }
    } catch {
      errors.write("dossier: error: \(error)\n")
      return 2
    }

    var clock = PhaseClock()
    var corpora: [CorpusSelection: Corpus] = [:]
    // The corpora in effect, in words, for the summary.
    var corpusDescriptions: [String] = []
    var reports: [FileReport] = []
    for input in inputs {
      let configuration: Configuration
      let corpus: Corpus
      do {
        configuration = try resolveConfiguration(for: input)
        let folders =
          options.corpusFolders.isEmpty
          ? configuration.corpusFolders
          : options.corpusFolders.map {
            URL(fileURLWithPath: $0).standardizedFileURL.path
          }
        let embedded = options.corpusFolders.isEmpty ? configuration.usesEmbeddedCorpus : options.includeEmbeddedCorpus
        let selection = CorpusSelection(folders: folders, includesEmbedded: embedded)
        var inEffect = configuration
        if !options.corpusFolders.isEmpty {
          inEffect.corpusFolders = folders
          inEffect.includeEmbeddedCorpus = embedded
          inEffect.corpusSource = "--corpus"
        }
        if !corpusDescriptions.contains(inEffect.corpusDescription) {
          corpusDescriptions.append(inEffect.corpusDescription)
        }
        clock.start(.corpus)
        defer { clock.stop(.corpus) }
        if let cached = corpora[selection] {
          corpus = cached
        } else {
          corpus = try selection.load(source: configuration.corpusSource)
          corpora[selection] = corpus
        }
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
      clock.start(.analysis)
      // Drafts were checked for UTF-8 when they were read.
      let text = SourceText(validatedBytes: input.bytes)
      let format = DraftFormat(fileName: input.path)
      // Streamed, block by block: a draft's tokens are never all in memory at once.
      var findings = Analyzer.findings(in: text, format: format, corpus: corpus, options: configuration.options)
      clock.stop(.analysis)
      clock.bytes += input.bytes.count
      var finalText = text
      if options.fix {
        let result = FixApplication.applyCertainFixes(of: findings, to: text)
        if !result.applied.isEmpty {
          if input.isStandardInput {
            // With standard input the fixed text is the output.
          } else {
            do {
              try FixWriter.write(result.bytes, to: input.path, expectedOriginal: input.bytes)
            } catch {
              errors.write("dossier: error: \(error)\n")
              failed = true
              reports.append(FileReport(path: input.path, text: text, findings: findings))
              continue
            }
          }
          let report = FileReport(path: input.path, text: text, findings: [])
          for edit in result.applied {
            let position = report.position(edit.range.lowerBound)
            let change: String
            if edit.range.isEmpty {
              change = "inserted \"\(edit.newText)\""
            } else if edit.newText.isEmpty {
              change = "removed \"\(text.string(in: edit.range))\""
            } else {
              change = "\(text.string(in: edit.range)) → \(edit.newText)"
            }
            errors.write("fixed \(input.path):\(position.line):\(position.column): \(change)\n")
          }
          finalText = SourceText(bytes: result.bytes)
          findings = Analyzer.findings(in: finalText, format: format, corpus: corpus, options: configuration.options)
        }
        if input.isStandardInput {
          output.write(finalText.string)
          reports.append(FileReport(path: input.path, text: finalText, findings: findings))
          continue
        }
      }
      reports.append(FileReport(path: input.path, text: finalText, findings: findings))
    }

    let stdinFixed = options.fix && inputs.contains(where: \.isStandardInput)
    clock.start(.output)
    if options.format == .json, !stdinFixed, let standard = output as? StandardStream {
      // Straight to the file descriptor: no String is built (and checked) for a large report.
      FileDescriptor.writeAll(JSONFormat.renderBytes(reports), to: standard.descriptor)
    } else {
      let rendered: String
      switch options.format {
      case .text: rendered = TextFormat.render(reports, color: useColor, quiet: options.quiet)
      case .json: rendered = JSONFormat.render(reports)
      case .sarif: rendered = SARIFFormat.render(reports)
      case .github: rendered = GitHubFormat.render(reports)
      }
      if stdinFixed { errors.write(rendered) } else { output.write(rendered) }
    }
    if options.format == .text, !options.quiet {
      let corpus = corpusDescriptions.isEmpty ? "" : "; corpus: " + corpusDescriptions.joined(separator: "; ")
      errors.write(TextFormat.summary(reports) + corpus + "\n")
    }
    clock.stop(.output)
    if options.timings {
      clock.attributeFirstUseBuilds()
      errors.write(clock.report(files: inputs.count) + "\n")
    }
    if failed { return 2 }
    guard let threshold = options.failureThreshold else { return 0 }
    return reports.contains { $0.findings.contains { $0.severity >= threshold } } ? 1 : 0
  }

  /// The configuration in effect for a draft: `--config` alone, or every `.dossier.json` that
  /// applies to its folder (see `Configuration.resolve`).
  func resolveConfiguration(for input: DraftInput) throws(DossierError) -> Configuration {
    if options.noConfig { return Configuration() }
    if let path = options.configPath { return try Configuration.load(path: path) }
    return try Configuration.resolve(forDirectory: input.configSearchDirectory)
  }

  var useColor: Bool {
    switch options.color {
    case .always: return true
    case .never: return false
    case .auto:
      return ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
  }
}

/// Wall-clock time per phase of a `lint` run, for `--timings`.
struct PhaseClock {
  enum Phase: CaseIterable {
    case corpus, analysis, output
  }

  private var started: [Phase: UInt64] = [:]
  private(set) var elapsed: [Phase: UInt64] = [:]
  /// Draft bytes analysed.
  var bytes = 0

  mutating func start(_ phase: Phase) { started[phase] = DispatchTime.now().uptimeNanoseconds }

  mutating func stop(_ phase: Phase) {
    guard let start = started.removeValue(forKey: phase) else { return }
    elapsed[phase, default: 0] += DispatchTime.now().uptimeNanoseconds - start
  }

  /// Moves the time corpus parts took to build on first use (a quotation's passage index, say),
  /// which an analysis sets off, from the analysis to the corpus.
  mutating func attributeFirstUseBuilds() {
    let built = min(Corpus.firstUseBuildNanoseconds, elapsed[.analysis] ?? 0)
    elapsed[.analysis, default: 0] -= built
    elapsed[.corpus, default: 0] += built
  }

  func milliseconds(_ phase: Phase) -> Double { Double(elapsed[phase] ?? 0) / 1e6 }

  /// One line: "timings: corpus 9.1 ms, analysis 95.2 ms (10.5 MB/s over 1 file, 1.00 MB), output 4.0 ms".
  func report(files: Int) -> String {
    let analysis = milliseconds(.analysis)
    let megabytes = Double(bytes) / 1_000_000
    let rate = analysis > 0 ? megabytes / (analysis / 1000) : 0
    return "timings: corpus \(Self.format(milliseconds(.corpus))) ms, analysis \(Self.format(analysis)) ms "
      + "(\(Self.format(rate)) MB/s over \(files) file\(files == 1 ? "" : "s"), \(Self.format(megabytes)) MB), "
      + "output \(Self.format(milliseconds(.output))) ms"
  }

  /// Two decimals, without Foundation's formatter.
  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
