import DossierCore

/// Every command and option of `dossier`, in one table: `lint`'s parser takes its options from
/// it, and the help, the man page (`dossier man`) and the shell completions (`dossier
/// completions bash|zsh|fish`) are made from it, so none of them can name an option the tool
/// does not have.
public enum CommandTable {
  public struct Option: Sendable {
    /// The long name first ("--format"), then any short one ("-f").
    public var names: [String]
    /// The value's placeholder ("FORMAT"), or nil for a switch.
    public var value: String?
    /// The values it accepts, when they are a fixed set.
    public var choices: [String] = []
    /// What a value names, for completion: a file, a folder, or neither.
    public var completes: Completion = .none
    public var help: String

    public enum Completion: Sendable { case none, file, folder }

    public var name: String { names[0] }
  }

  public struct Command: Sendable {
    /// "lint", or "corpus check" for a subcommand.
    public var name: String
    /// The arguments after the options, as the synopsis writes them.
    public var arguments: String
    public var summary: String
    public var options: [Option] = []
    /// Whether its arguments are files and folders (for completion).
    public var takesPaths = false
  }

  public static let lintOptions: [Option] = [
    Option(
      names: ["--format", "-f"], value: "FORMAT", choices: LintOptions.Format.allCases.map(\.rawValue),
      help: "text (default), json, json-lines, sarif, github, gitlab (Code Quality), junit or rdjson (reviewdog)"),
    Option(
      names: ["--fail-on"], value: "LEVEL", choices: LintOptions.FailLevel.allCases.map(\.rawValue),
      help: "exit 1 when a finding is at or above LEVEL: error (default), warning, information or never"),
    Option(
      names: ["--corpus"], value: "DIR", completes: .folder,
      help: "use this corpus folder instead of the embedded corpus (repeatable)"),
    Option(names: ["--include-embedded-corpus"], help: "keep the embedded corpus alongside --corpus folders"),
    Option(
      names: ["--config"], value: "FILE", completes: .file,
      help: "use this configuration instead of the nearest .dossier.json"),
    Option(names: ["--no-config"], help: "ignore .dossier.json files"),
    Option(
      names: ["--exclude"], value: "PATTERN",
      help: "leave out what PATTERN matches when searching folders (.gitignore syntax, relative to the current "
        + "folder; repeatable)"),
    Option(names: ["--allow-empty"], help: "exit 0 when there is nothing to check"),
    Option(
      names: ["--print-config"],
      help: "print the configuration in effect for each PATH (default .) and what a folder search leaves out; "
        + "check nothing"),
    Option(
      names: ["--write-baseline"], value: "FILE", completes: .file,
      help: "record every finding in FILE (nothing is reported)"),
    Option(
      names: ["--baseline"], value: "FILE", completes: .file,
      help: "report only findings FILE does not record, and list the recorded ones that no longer occur"),
    Option(names: ["--fix"], help: "apply every certain fix (atomically) and report what remains"),
    Option(names: ["--stdin-filename"], value: "NAME", help: "name (and format) of the draft read from '-'"),
    Option(names: ["--quiet", "-q"], help: "findings only: no evidence lines, no summary"),
    Option(
      names: ["--timings"],
      help: "print how long corpus loading, analysis and output took, and how the corpus index served"),
    Option(
      names: ["--no-index"],
      help: "read corpus folders afresh: no compiled index is read or written (see 'dossier help corpus')"),
    Option(names: ["--jobs", "-j"], value: "N", help: "check N drafts at once (default: one per core)"),
    Option(
      names: ["--color", "--colour"], value: "WHEN", choices: LintOptions.ColorMode.allCases.map(\.rawValue),
      help: "auto (default), always or never; NO_COLOR is honoured"),
  ]

  public static let commands: [Command] = [
    Command(
      name: "lint", arguments: "[PATH ...]",
      summary: "Check drafts (files, or folders of .md, .markdown, .txt, .text, .html, .htm; '-' for stdin)",
      options: lintOptions, takesPaths: true),
    Command(
      name: "explain", arguments: "TERM",
      summary: "Print what the corpus knows about a term, name, reference or value",
      options: [
        Option(names: ["--corpus"], value: "DIR", completes: .folder, help: "use this corpus folder (repeatable)")
      ]),
    Command(
      name: "corpus check", arguments: "[DIR ...]",
      summary: "Validate a corpus (the embedded one by default) and print its counts", takesPaths: true),
    Command(
      name: "corpus show", arguments: "[DIR ...]", summary: "List what the corpus holds, by document",
      options: [Option(names: ["--filter"], value: "WORD", help: "keep the items that mention WORD")],
      takesPaths: true),
    Command(
      name: "corpus init", arguments: "DIR",
      summary: "Write a knowledge.json scaffold from what Dossier derives from DIR", takesPaths: true),
    Command(
      name: "corpus index", arguments: "[DIR ...]",
      summary: "Build the compiled index of the corpus DIR ... name together, or print where indexes are",
      options: [Option(names: ["--clear"], help: "remove every index")], takesPaths: true),
    Command(
      name: "lsp", arguments: "[--stdio]",
      summary: "Serve the Language Server Protocol over stdin/stdout (editors)"),
    Command(
      name: "help", arguments: "[COMMAND|RULE]",
      summary: "Show help for a command, or what a rule finds ('dossier help rules')"),
    Command(name: "man", arguments: "", summary: "Print the man page (roff)"),
    Command(
      name: "completions", arguments: "bash|zsh|fish", summary: "Print the shell completion script for a shell"),
  ]

  /// The option of `lint` named `name`, if any.
  static func lintOption(named name: String) -> Option? {
    lintOptions.first { $0.names.contains(name) }
  }

  /// The options, as help lists them: names and value, then the help, wrapped.
  static func optionLines(_ options: [Option], indent: String = "  ") -> String {
    let heads = options.map { option in
      option.names.sorted { $0.count < $1.count }.joined(separator: ", ") + (option.value.map { " " + $0 } ?? "")
    }
    let width = min(26, heads.map(\.count).max() ?? 0)
    var lines: [String] = []
    for (head, option) in zip(heads, options) {
      let wrapped = TextWrapping.wrap(option.help, width: 94 - width - indent.count)
      let padding = String(repeating: " ", count: max(1, width + 2 - head.count))
      if head.count > width {
        lines.append(indent + head)
        for line in wrapped { lines.append(indent + String(repeating: " ", count: width + 2) + line) }
      } else {
        lines.append(indent + head + padding + wrapped[0])
        for line in wrapped.dropFirst() { lines.append(indent + String(repeating: " ", count: width + 2) + line) }
      }
    }
    return lines.joined(separator: "\n")
  }
}
