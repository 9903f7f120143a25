import DossierCore

/// `dossier man`: the man page, in roff, made from `CommandTable` and the rules' table.
enum ManPage {
  /// Text with roff's special characters escaped: backslashes, and a leading "." or "'".
  static func escaped(_ text: String) -> String {
    var escaped = text.replacingAll("\\", with: "\\e").replacingAll("-", with: "\\-")
    if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
    return escaped
  }

  static func bold(_ text: String) -> String { "\\fB\(escaped(text))\\fR" }
  static func italic(_ text: String) -> String { "\\fI\(escaped(text))\\fR" }

  static var page: String {
    var lines = [
      ".TH DOSSIER 1 \"\" \"dossier \(DossierVersion.current)\" \"User Commands\"",
      ".SH NAME",
      "dossier \\- check policy drafts against a corpus of trusted sources",
      ".SH SYNOPSIS",
    ]
    for command in CommandTable.commands {
      lines.append(".B dossier \(escaped(command.name))")
      var rest = command.options.isEmpty ? "" : "[options] "
      rest += command.arguments
      if !rest.isEmpty { lines.append(escaped(rest)) }
      lines.append(".br")
    }
    lines += [
      ".SH DESCRIPTION",
      escaped(
        "Dossier reports where a draft contradicts a corpus fact, cites a reference the corpus does not "
          + "know, strays from the corpus's terminology, or misquotes a source. Every finding says what "
          + "the corpus says and where (document and line), and offers a fix where the fix is certain. "
          + "The corpus is the embedded seed corpus unless --corpus or a .dossier.json names folders."),
      ".SH COMMANDS",
    ]
    for command in CommandTable.commands {
      lines += [
        ".TP", bold("dossier " + command.name) + (command.arguments.isEmpty ? "" : " " + escaped(command.arguments)),
        escaped(command.summary),
      ]
    }
    for command in CommandTable.commands where !command.options.isEmpty {
      lines.append(".SH \(escaped(command.name.uppercased())) OPTIONS")
      for option in command.options {
        let names = option.names.sorted { $0.count < $1.count }.map(bold).joined(separator: ", ")
        lines += [".TP", names + (option.value.map { " " + italic($0) } ?? ""), escaped(option.help)]
      }
    }
    lines.append(".SH RULES")
    for rule in Rule.allCases {
      lines += [
        ".TP", bold(rule.rawValue) + " (" + escaped(rule.defaultSeverity.rawValue) + ")",
        escaped(rule.summary.prefix(1).uppercased() + rule.summary.dropFirst() + "."),
      ]
    }
    lines += [
      ".PP", escaped("'dossier help RULE' prints a rule's page with examples."),
      ".SH EXIT STATUS",
      ".TP", "0", escaped("nothing at or above --fail-on was found"),
      ".TP", "1", escaped("a finding at or above --fail-on"),
      ".TP", "2",
      escaped("a usage, configuration, corpus or input error, reported on one line of standard error"),
      ".SH FILES",
      ".TP", bold(".dossier.json"),
      escaped(
        "Configuration: corpus folders, rule severities, accepted words and ignore patterns; every file "
          + "from a draft's folder up to the first with \"root\": true applies, the nearest winning."),
      ".TP", bold("knowledge.json"),
      escaped("A corpus folder's curated knowledge: terms, acronyms, references and facts, each with a quote."),
      ".SH ENVIRONMENT",
      ".TP", bold("NO_COLOR"), escaped("no colour in text output"),
      ".TP", bold("DOSSIER_INDEX_DIR"),
      escaped(
        "where compiled corpus indexes are kept (else $XDG_CACHE_HOME/dossier/corpus-index, else ~/.cache/dossier/corpus-index)"
      ),
      ".TP", bold("GITHUB_STEP_SUMMARY"), escaped("with --format github, the file a Markdown summary is added to"),
      ".SH SEE ALSO",
      escaped("The README and docs/rules/ in Dossier's repository: \(RuleDocumentation.repository)"),
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
