import DossierCore
import FoundationEssentials

/// `dossier lint --print-config [PATH ...]`: the configuration in effect for each path, as
/// `lint` would use it there: the files that take part and how they combine, the corpus, every
/// rule's severity, the accepted words, and what a folder search leaves out.
struct ConfigurationReport {
  var options: LintOptions

  func run(output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
    let lint = LintCommand(options: options)
    for (index, path) in options.paths.enumerated() {
      guard FileManager.default.fileExists(atPath: path) else {
        errors.write("dossier: error: \(path): no such file or folder\n")
        return 2
      }
      let directory: String
      if PathName.isDirectory(path) {
        directory = path
      } else {
        let parent = PathName.deletingLastComponent(path)
        directory = parent.isEmpty ? "." : parent
      }
      do {
        let configuration = try lint.resolveConfiguration(forDirectory: directory)
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        let rules = try lint.searchRules(for: folder, configuration: configuration)
        if index > 0 { output.write("\n") }
        output.write(report(for: path, folder: folder, configuration: configuration, rules: rules))
      } catch {
        errors.write("dossier: error: \(error)\n")
        return 2
      }
    }
    return 0
  }

  func report(
    for path: String, folder: String, configuration: Configuration, rules: DraftInput.SearchRules
  ) -> String {
    var lines = ["configuration for \(path)"]
    // The files.
    if options.noConfig {
      lines.append("  files: none (--no-config)")
    } else if let file = options.configPath {
      lines.append("  files: \(file) alone (--config)")
    } else if configuration.sources.isEmpty {
      lines.append("  files: none found (no .dossier.json here or in a folder above)")
    } else {
      lines.append(
        "  files, outermost first (a nearer file's settings win; accepted words and ignore patterns add up):")
      for source in configuration.sources { lines.append("    \(PathName.relativeToCurrentDirectory(source))") }
    }
    // The corpus, as `lint` would load it.
    var inEffect = configuration
    if !options.corpusFolders.isEmpty {
      inEffect.corpusFolders = rules.corpusFolders
      inEffect.includeEmbeddedCorpus = options.includeEmbeddedCorpus
      inEffect.corpusSource = "--corpus"
    }
    lines.append("  corpus: \(inEffect.corpusDescription)")
    // The rules.
    lines.append("  rules:")
    let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
    for rule in Rule.allCases {
      let severity = configuration.options.severity(of: rule).map(\.rawValue) ?? "off"
      let set = configuration.options.severities[rule] != nil ? "" : " (default)"
      let padding = String(repeating: " ", count: width - rule.rawValue.count)
      lines.append("    \(rule.rawValue)\(padding)  \(severity)\(set)")
    }
    let accepted = configuration.options.acceptedWords.sorted()
    lines.append("  accepted words: \(accepted.isEmpty ? "none" : accepted.joined(separator: ", "))")
    // What a folder search leaves out.
    lines.append("  a folder search leaves out:")
    lines.append("    hidden files and folders (names starting with \".\")")
    lines.append(
      "    built in: \(IgnoreRules.builtInFolders.map { $0 + "/" }.joined(separator: ", "))")
    let gitignores = DraftInput.SearchRules.withGitignoresAbove(folder, IgnoreRules(includingBuiltIn: false))
    var files: [String] = []
    for rule in gitignores.gitignore {
      let file = String(rule.origin[..<(rule.origin.lastIndex(of: ":") ?? rule.origin.endIndex)])
      if !files.contains(file) { files.append(file) }
    }
    let own = PathName.appending(".gitignore", to: folder)
    if FileManager.default.fileExists(atPath: own) { files.append(own) }
    if files.isEmpty {
      lines.append("    .gitignore: none applies")
    } else {
      lines.append("    what these ignore (and the .gitignore files of the folders searched):")
      for file in files { lines.append("      \(PathName.relativeToCurrentDirectory(file))") }
    }
    for rule in rules.ignore.explicit {
      let origin = rule.origin == "--exclude" ? rule.origin : PathName.relativeToCurrentDirectory(rule.origin)
      lines.append("    \(rule.written)  (\(origin))")
    }
    for corpus in rules.corpusFolders {
      lines.append("    \(PathName.relativeToCurrentDirectory(corpus))/  (a corpus folder)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
