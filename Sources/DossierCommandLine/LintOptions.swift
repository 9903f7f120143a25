import DossierCore

/// The parsed command line of `dossier lint`.
public struct LintOptions: Sendable, Equatable {
  public enum Format: String, Sendable, CaseIterable {
    case text, json, sarif, github
    case jsonLines = "json-lines"
    case junit, gitlab, rdjson
  }
  public enum FailLevel: String, Sendable, CaseIterable { case error, warning, information, never }
  public enum ColorMode: String, Sendable, CaseIterable { case auto, always, never }

  public var paths: [String] = []
  public var format = Format.text
  public var failOn = FailLevel.error
  public var corpusFolders: [String] = []
  public var includeEmbeddedCorpus = false
  public var configPath: String?
  public var noConfig = false
  public var fix = false
  public var quiet = false
  /// Print how long each phase took (corpus loading, analysis, output) to standard error.
  public var timings = false
  public var color = ColorMode.auto
  public var stdinFileName: String?
  /// How many drafts are checked at once (`--jobs`); nil: one per core.
  public var jobs: Int?
  /// Read corpus folders directly, without their compiled index (`--no-index`).
  public var noIndex = false
  /// `--exclude PATTERN`: what a folder search leaves out, as in `.gitignore`, relative to the
  /// current folder.
  public var exclude: [String] = []
  /// `--allow-empty`: nothing to check is no error.
  public var allowEmpty = false
  /// `--print-config`: print the configuration in effect for each path instead of checking.
  public var printConfig = false
  /// `--baseline FILE`: report only findings the baseline does not record.
  public var baseline: String?
  /// `--write-baseline FILE`: record every finding in FILE instead of reporting them.
  public var writeBaseline: String?

  public init() {}

  /// The lowest severity that makes the exit status 1, or nil for `never`.
  public var failureThreshold: Severity? {
    switch failOn {
    case .error: .error
    case .warning: .warning
    case .information: .information
    case .never: nil
    }
  }

  public static func parse(_ arguments: [String]) throws(UsageError) -> LintOptions {
    var options = LintOptions()
    var index = 0
    func value(for flag: String) throws(UsageError) -> String {
      index += 1
      guard index < arguments.count else { throw UsageError("\(flag) needs a value") }
      return arguments[index]
    }
    func choice<T: RawRepresentable & CaseIterable>(_ flag: String, _ raw: String, _: T.Type) throws(UsageError) -> T
    where T.RawValue == String {
      guard let parsed = T(rawValue: raw) else {
        throw UsageError("\(flag) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(raw)'")
      }
      return parsed
    }
    var onlyPaths = false
    while index < arguments.count {
      var argument = arguments[index]
      var inlineValue: String?
      if !onlyPaths, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        inlineValue = String(argument[argument.index(after: equals)...])
        argument = String(argument[..<equals])
      }
      func next() throws(UsageError) -> String {
        if let inlineValue { return inlineValue }
        return try value(for: argument)
      }
      if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
        options.paths.append(argument)
      } else if argument == "--" {
        onlyPaths = true
      } else {
        // The options are `CommandTable.lintOptions`: whether one takes a value is said there.
        guard let option = CommandTable.lintOption(named: argument) else {
          throw UsageError("unknown option '\(argument)' (see 'dossier lint --help')")
        }
        if option.value == nil, inlineValue != nil { throw UsageError("\(argument) takes no value") }
        switch option.name {
        case "--format": options.format = try choice(argument, try next(), Format.self)
        case "--fail-on": options.failOn = try choice(argument, try next(), FailLevel.self)
        case "--corpus": options.corpusFolders.append(try next())
        case "--include-embedded-corpus": options.includeEmbeddedCorpus = true
        case "--config": options.configPath = try next()
        case "--no-config": options.noConfig = true
        case "--fix": options.fix = true
        case "--quiet": options.quiet = true
        case "--timings": options.timings = true
        case "--no-index": options.noIndex = true
        case "--exclude":
          let pattern = try next()
          let rule: IgnoreRules.Rule?
          do throws(GlobPattern.Problem) {
            rule = try IgnoreRules.Rule(line: pattern, base: "/", origin: "--exclude")
          } catch {
            throw UsageError("--exclude '\(pattern)': \(error)")
          }
          if rule == nil { throw UsageError("--exclude needs a pattern, not '\(pattern)'") }
          options.exclude.append(pattern)
        case "--allow-empty": options.allowEmpty = true
        case "--print-config": options.printConfig = true
        case "--baseline": options.baseline = try next()
        case "--write-baseline": options.writeBaseline = try next()
        case "--color": options.color = try choice(argument, try next(), ColorMode.self)
        case "--stdin-filename": options.stdinFileName = try next()
        case "--jobs":
          let raw = try next()
          guard let jobs = Int(raw), jobs >= 1 else {
            throw UsageError("\(argument) must be a whole number of at least 1, not '\(raw)'")
          }
          options.jobs = jobs
        default:
          // Every option of the table is read above (`LintOptionsTests` parses each of them).
          throw UsageError("option '\(argument)' is not supported by this build")
        }
      }
      index += 1
    }
    if options.printConfig {
      if options.paths.isEmpty { options.paths = ["."] }
      if options.paths.contains("-") { throw UsageError("--print-config takes files and folders, not '-'") }
    }
    if options.paths.isEmpty { throw UsageError("no drafts given (see 'dossier lint --help')") }
    if options.writeBaseline != nil, options.fix {
      throw UsageError("--write-baseline records findings; it does not go with --fix")
    }
    if options.stdinFileName != nil, !options.paths.contains("-") {
      throw UsageError("--stdin-filename goes with '-' (standard input)")
    }
    return options
  }
}

/// A mistake in the command line.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
