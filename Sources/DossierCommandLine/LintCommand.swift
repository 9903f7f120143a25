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
  /// Where corpus folders' compiled indexes are kept (`CorpusIndexStore`); nil: none is used.
  var indexStore = CorpusIndexStore.standard(environment: ProcessInfo.processInfo.environment)
  /// The process exits right after the run: the corpora are never freed (see `CommandLineTool.run`).
  var keepsCorporaUntilExit = false

  public init(options: LintOptions) { self.options = options }

  /// Runs the command; returns the exit status (0, 1 or 2).
  public func run(output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    if options.printConfig {
      return ConfigurationReport(options: options).run(output: &output, errors: &errors)
    }
    // The findings recorded as accepted (`--baseline`): loaded before anything is checked, so a
    // bad baseline stops the run at once.
    var baselineFilter: Baseline.Filter?
    if let path = options.baseline {
      do {
        baselineFilter = Baseline.Filter(try Baseline.load(path))
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
    }

    var inputs: [DraftInput] = []
    // Set when a draft or folder could not be read or a fix could not be written: the run goes
    // on and exits 2.
    var failed = false
    // The configuration of each folder drafts were found in (a folder search asks once per folder).
    var configurations: [String: Configuration] = [:]
    func configuration(forDirectory directory: String) throws(DossierError) -> Configuration {
      if let known = configurations[directory] { return known }
      let resolved = try resolveConfiguration(forDirectory: directory)
      configurations[directory] = resolved
      return resolved
    }
    do {
      let expansion = try DraftInput.expand(options.paths, access: folderAccess) {
        (folder) throws(DossierError) -> DraftInput.SearchRules in
        try searchRules(for: folder, configuration: try configuration(forDirectory: folder))
      }
      for problem in expansion.problems { errors.write("dossier: error: \(problem)\n") }
      failed = !expansion.problems.isEmpty
      // A draft found in a folder is left out when the configuration of its own folder (a nested
      // `.dossier.json`) ignores it, or makes its folder a corpus folder. (The search left out the
      // built-in folders and what `.gitignore` files ignore.) Worked out once per folder.
      var folderRules: [String: (ignore: IgnoreRules, corpusFolders: [String])] = [:]
      var paths: [String] = []
      for path in expansion.files {
        if expansion.searched.contains(path) {
          let directory = PathName.deletingLastComponent(path)
          let folder = URL(fileURLWithPath: directory.isEmpty ? "." : directory).standardizedFileURL.path
          if folderRules[folder] == nil {
            let rules = try searchRules(for: folder, configuration: try configuration(forDirectory: folder))
            var nested = IgnoreRules(includingBuiltIn: false)
            nested.addExplicit(rules.ignore.explicit)
            folderRules[folder] = (nested, rules.corpusFolders.map(PathName.resolvingSymbolicLinks))
          }
          let rules = folderRules[folder]!
          if rules.ignore.excludes(PathName.appending(PathName.lastComponent(path), to: folder), below: "/") {
            continue
          }
          let real = PathName.resolvingSymbolicLinks(path)
          if rules.corpusFolders.contains(where: { real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { continue }
        }
        paths.append(path)
      }
      if paths.isEmpty, !options.paths.contains("-") {
        let named = options.paths.map { "'\($0)'" }.joined(separator: ", ")
        if !options.allowEmpty {
          errors.write(
            "dossier: error: no drafts to check in \(named): no \(Self.draftKinds) file that is not ignored "
              + "or in a corpus folder (--allow-empty exits 0)\n")
          return 2
        }
        if options.format == .text, !options.quiet { errors.write("no drafts to check in \(named)\n") }
        if let path = options.writeBaseline {
          // Nothing found is a baseline too: an empty one.
          do {
            try FixWriter.replace(Array(Baseline(folder: Baseline.folderOf(path)).serialized.utf8), at: path)
            errors.write("dossier: baseline: recorded 0 findings of 0 drafts in \(path)\n")
          } catch {
            errors.write("dossier: error: \(error)\n")
            return 2
          }
        }
        if !failed, ![.text, .github, .jsonLines].contains(options.format) {
          output.write(Self.render([], format: options.format))
        }
        return failed ? 2 : 0
      }
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

    var unfilteredReports: [FileReport] = []

    var clock = PhaseClock()
    var corpora: [CorpusSelection: Corpus] = [:]
    // How each corpus's index served, for `--timings`.
    var indexOutcomes: [String] = []
    // The corpora in effect, in words, for the summary.
    var corpusDescriptions: [String] = []
    // First, in order: each draft's configuration and corpus (each corpus loaded once).
    var jobs: [LintJob] = []
    for input in inputs {
      do {
        let configuration = try resolveConfiguration(for: input)
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
        let corpus: Corpus
        if let cached = corpora[selection] {
          corpus = cached
        } else {
          let loaded = try selection.load(
            source: configuration.corpusSource, index: options.noIndex ? nil : indexStore)
          corpus = loaded.corpus
          if let outcome = loaded.index {
            indexOutcomes.append("\(outcome)")
            // A cache folder that cannot be written is the user's to fix: said on every run.
            if case .unwritable(let reason) = outcome {
              errors.write("dossier: note: corpus index not written: \(reason)\n")
            }
          }
          corpora[selection] = corpus
          if keepsCorporaUntilExit { _ = Unmanaged.passRetained(corpus) }
          for note in corpus.notes { errors.write("dossier: note: \(note)\n") }
        }
        jobs.append(LintJob(input: input, options: configuration.options, corpus: corpus, fix: options.fix))
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
    }

    // Then the drafts, `--jobs` at once (one per core by default); each draft's findings are
    // written as soon as it and every draft before it are done, so the output keeps their order.
    // Files are written (`--fix`) here, one at a time, in order.
    let stdinFixed = options.fix && inputs.contains(where: \.isStandardInput)
    let streams =
      [.text, .github, .jsonLines].contains(options.format) && !stdinFixed && options.writeBaseline == nil
    let workers = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let results = OrderedResults<LintJob.Outcome>(count: jobs.count)
    clock.start(.analysis)
    let queued = jobs
    results.fill(workers: workers) { queued[$0].run() }
    var reports: [FileReport] = []
    for (index, job) in jobs.enumerated() {
      let outcome = results.take(index)
      let input = job.input
      clock.bytes += input.bytes.count
      var report = FileReport(path: input.path, text: outcome.text, findings: outcome.findings)
      if let fixed = outcome.fixed {
        var written = true
        if !input.isStandardInput {
          do {
            try FixWriter.write(fixed.bytes, to: input.path, expectedOriginal: input.bytes)
          } catch {
            errors.write("dossier: error: \(error)\n")
            failed = true
            written = false
          }
        }
        if written {
          for edit in fixed.applied {
            let position = report.position(edit.range.lowerBound)
            let change: String
            if edit.range.isEmpty {
              change = "inserted \"\(edit.newText)\""
            } else if edit.newText.isEmpty {
              change = "removed \"\(outcome.text.string(in: edit.range))\""
            } else {
              change = "\(outcome.text.string(in: edit.range)) → \(edit.newText)"
            }
            errors.write("fixed \(input.path):\(position.line):\(position.column): \(change)\n")
          }
          report = FileReport(path: input.path, text: fixed.text, findings: fixed.findings)
        }
      }
      // With standard input and --fix, the (fixed) text is the output.
      if options.fix, input.isStandardInput { output.write(report.text.string) }
      if options.writeBaseline != nil { unfilteredReports.append(report) }
      if baselineFilter != nil { report = baselineFilter!.apply(to: report) }
      if streams {
        output.write(
          options.format == .text
            ? TextFormat.render([report], color: useColor, quiet: options.quiet)
            : Self.render([report], format: options.format))
      }
      reports.append(report)
    }
    clock.stop(.analysis)

    clock.start(.output)
    if let path = options.writeBaseline {
      let baseline = Baseline.recording(unfilteredReports, folder: Baseline.folderOf(path))
      do {
        try FixWriter.replace(Array(baseline.serialized.utf8), at: path)
        let count = baseline.findingCount
        errors.write(
          "dossier: baseline: recorded \(count) finding\(count == 1 ? "" : "s") of \(inputs.count) "
            + "draft\(inputs.count == 1 ? "" : "s") in \(path)\n")
        return failed ? 2 : 0
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
    }
    if let filter = baselineFilter {
      let fixed = filter.fixed
      if !fixed.isEmpty, !options.quiet {
        let total = fixed.reduce(0) { $0 + $1.count }
        errors.write(
          "dossier: baseline: \(total) recorded finding\(total == 1 ? " no longer occurs" : "s no longer occur") "
            + "(fixed; --write-baseline \(options.baseline!) records the findings as they are now):\n")
        for (entry, count) in fixed {
          errors.write("  fixed: \(entry.path): \(entry.rule) \"\(entry.text)\"\(count > 1 ? " (×\(count))" : "")\n")
        }
      }
    }
    if streams {
      // Written above, draft by draft.
    } else if options.format == .json, !stdinFixed, let standard = output as? StandardStream {
      // Straight to the file descriptor: no String is built (and checked) for a large report.
      FileDescriptor.writeAll(JSONFormat.renderBytes(reports), to: standard.descriptor)
    } else {
      let rendered =
        options.format == .text
        ? TextFormat.render(reports, color: useColor, quiet: options.quiet)
        : Self.render(reports, format: options.format)
      if stdinFixed { errors.write(rendered) } else { output.write(rendered) }
    }
    if options.format == .github {
      if let note = GitHubFormat.hiddenNote(reports) { output.write(note + "\n") }
      if let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
        if !FileDescriptor.append(Array(GitHubFormat.summary(reports).utf8), toFileAtPath: path) {
          errors.write("dossier: error: \(path): cannot write the job summary (GITHUB_STEP_SUMMARY)\n")
          failed = true
        }
      }
    }
    if options.format == .text, !options.quiet {
      let corpus = corpusDescriptions.isEmpty ? "" : "; corpus: " + corpusDescriptions.joined(separator: "; ")
      let hidden = baselineFilter?.hidden ?? 0
      let baselined = hidden > 0 ? "; \(hidden) more in the baseline" : ""
      errors.write(TextFormat.summary(reports) + baselined + corpus + "\n")
    }
    clock.stop(.output)
    if options.timings {
      clock.attributeFirstUseBuilds()
      errors.write(clock.report(files: inputs.count) + "\n")
      for outcome in indexOutcomes { errors.write("corpus index: \(outcome)\n") }
    }
    if failed { return 2 }
    guard let threshold = options.failureThreshold else { return 0 }
    return reports.contains { $0.findings.contains { $0.severity >= threshold } } ? 1 : 0
  }

  /// The configuration in effect for a draft: `--config` alone, or every `.dossier.json` that
  /// applies to its folder (see `Configuration.resolve`).
  func resolveConfiguration(for input: DraftInput) throws(DossierError) -> Configuration {
    try resolveConfiguration(forDirectory: input.configSearchDirectory)
  }

  func resolveConfiguration(forDirectory directory: String) throws(DossierError) -> Configuration {
    if options.noConfig { return Configuration() }
    if let path = options.configPath { return try Configuration.load(path: path) }
    return try Configuration.resolve(forDirectory: directory)
  }

  /// What a search of `folder` leaves out under `configuration`: its `ignore` patterns, then
  /// `--exclude` (relative to the current folder), and the corpus folders in effect there.
  func searchRules(for folder: String, configuration: Configuration) throws(DossierError) -> DraftInput.SearchRules {
    var rules = DraftInput.SearchRules()
    let here = FileManager.default.currentDirectoryPath
    var explicit = configuration.ignore
    for pattern in options.exclude {
      do throws(GlobPattern.Problem) {
        if let rule = try IgnoreRules.Rule(line: pattern, base: here, origin: "--exclude") { explicit.append(rule) }
      } catch {
        throw DossierError(message: "--exclude '\(pattern)': \(error)")
      }
    }
    rules.ignore.addExplicit(explicit)
    rules.corpusFolders =
      options.corpusFolders.isEmpty
      ? configuration.corpusFolders : options.corpusFolders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    return rules
  }

  /// The kinds of file a folder search checks, in words.
  static var draftKinds: String {
    DraftFormat.draftSearchExtensions.map { "." + $0 }.joined(separator: ", ")
  }

  static func render(_ reports: [FileReport], format: LintOptions.Format) -> String {
    switch format {
    case .text: TextFormat.render(reports, color: false, quiet: false)
    case .json: JSONFormat.render(reports)
    case .sarif: SARIFFormat.render(reports)
    case .github: GitHubFormat.render(reports)
    case .jsonLines: JSONLinesFormat.render(reports)
    case .junit: JUnitFormat.render(reports)
    case .gitlab: GitLabFormat.render(reports)
    case .rdjson: RDJSONFormat.render(reports)
    }
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
