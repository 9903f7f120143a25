import DossierCore

/// `dossier completions bash|zsh|fish`: completion scripts made from `CommandTable`: the
/// commands, the subcommands of `corpus`, each command's options, the values of options with a
/// fixed set, files and folders where a command or an option takes them, and rule ids after
/// `help`.
enum ShellCompletions {
  static let shells = ["bash", "zsh", "fish"]

  static func script(for shell: String) -> String? {
    switch shell {
    case "bash": bash
    case "zsh": zsh
    case "fish": fish
    default: nil
    }
  }

  /// The top-level words: commands, with "corpus" once.
  static var topLevel: [(name: String, summary: String)] {
    var seen: [String] = []
    var words: [(String, String)] = []
    for command in CommandTable.commands {
      let first = String(command.name.split(separator: " ")[0])
      guard !seen.contains(first) else { continue }
      seen.append(first)
      words.append((first, first == "corpus" ? "Check, show, initialise or index a corpus" : command.summary))
    }
    return words
  }

  static var corpusSubcommands: [CommandTable.Command] {
    CommandTable.commands.filter { $0.name.hasPrefix("corpus ") }
  }

  static func subcommandName(_ command: CommandTable.Command) -> String {
    String(command.name.split(separator: " ").last!)
  }

  static var helpTopics: [String] {
    ["lint", "explain", "corpus", "lsp", "man", "completions", "rules"] + Rule.allCases.map(\.rawValue)
  }

  // MARK: bash

  static var bash: String {
    var script = """
      # bash completion for dossier (made by `dossier completions bash`)
      _dossier() {
        local cur prev words cword
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        local command="${COMP_WORDS[1]}"
        if [ "$COMP_CWORD" -eq 1 ]; then
          COMPREPLY=($(compgen -W "\(topLevel.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
          return
        fi
        if [ "$command" = corpus ]; then
          if [ "$COMP_CWORD" -eq 2 ]; then
            COMPREPLY=($(compgen -W "\(corpusSubcommands.map(subcommandName).joined(separator: " "))" -- "$cur"))
            return
          fi
          command="corpus ${COMP_WORDS[2]}"
        fi
        case "$command" in

      """
    for command in CommandTable.commands where !command.options.isEmpty || command.takesPaths {
      script += "    \"\(command.name)\")\n"
      script += "      case \"$prev\" in\n"
      for option in command.options where option.value != nil {
        let names = option.names.joined(separator: "|")
        if !option.choices.isEmpty {
          script +=
            "        \(names)) COMPREPLY=($(compgen -W \"\(option.choices.joined(separator: " "))\" -- \"$cur\")); return;;\n"
        } else if option.completes == .folder {
          script += "        \(names)) mapfile -t COMPREPLY < <(compgen -d -- \"$cur\"); return;;\n"
        } else if option.completes == .file {
          script += "        \(names)) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); return;;\n"
        } else {
          script += "        \(names)) return;;\n"
        }
      }
      script += "      esac\n"
      let names = command.options.flatMap(\.names).joined(separator: " ")
      script +=
        "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"\(names) --help\" -- \"$cur\")); return; fi\n"
      // (One name per line: file names may hold spaces.)
      if command.takesPaths { script += "      mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n" }
      script += "      ;;\n"
    }
    script += """
          help) COMPREPLY=($(compgen -W "\(helpTopics.joined(separator: " "))" -- "$cur"));;
          completions) COMPREPLY=($(compgen -W "\(shells.joined(separator: " "))" -- "$cur"));;
        esac
      }
      complete -o filenames -F _dossier dossier

      """
    return script
  }

  // MARK: zsh

  static func zshEscaped(_ text: String) -> String {
    text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "'\\''").replacingAll("[", with: "\\[")
      .replacingAll("]", with: "\\]").replacingAll(":", with: "\\:")
  }

  static func zshSpec(_ option: CommandTable.Option) -> [String] {
    let help = zshEscaped(option.help)
    var action = ""
    if let value = option.value {
      if !option.choices.isEmpty {
        action = ":\(value.lowercased()):(\(option.choices.joined(separator: " ")))"
      } else if option.completes == .folder {
        action = ":\(value.lowercased()):_files -/"
      } else if option.completes == .file {
        action = ":\(value.lowercased()):_files"
      } else {
        action = ":\(value.lowercased()): "
      }
    }
    let repeatable = option.help.contains("repeatable") ? "*" : ""
    if option.names.count == 1 {
      return ["'\(repeatable)\(option.name)[\(help)]\(action)'"]
    }
    let group = option.names.joined(separator: " ")
    return option.names.map { name in
      "'\(repeatable.isEmpty ? "(\(group))" : "*")\(name)[\(help)]\(action)'"
    }
  }

  static var zsh: String {
    var script = """
      #compdef dossier
      # zsh completion for dossier (made by `dossier completions zsh`)

      _dossier() {
        local -a commands corpus_commands
        commands=(

      """
    for word in topLevel { script += "    '\(word.name):\(zshEscaped(word.summary))'\n" }
    script += "  )\n  corpus_commands=(\n"
    for command in corpusSubcommands {
      script += "    '\(subcommandName(command)):\(zshEscaped(command.summary))'\n"
    }
    script += """
        )
        if (( CURRENT == 2 )); then
          _describe -t commands 'dossier command' commands
          return
        fi
        local command=${words[2]}
        if [[ $command == corpus ]]; then
          if (( CURRENT == 3 )); then
            _describe -t commands 'corpus command' corpus_commands
            return
          fi
          command="corpus ${words[3]}"
          shift 2 words
          (( CURRENT -= 2 ))
        else
          shift words
          (( CURRENT -= 1 ))
        fi
        case $command in

      """
    for command in CommandTable.commands where !command.options.isEmpty || command.takesPaths {
      script += "    '\(command.name)')\n      _arguments -s \\\n"
      for spec in command.options.flatMap(zshSpec) { script += "        \(spec) \\\n" }
      script += command.takesPaths ? "        '*:path:_files'\n" : "        '*: :'\n"
      script += "      ;;\n"
    }
    script += """
          help) _values 'topic' \(helpTopics.joined(separator: " "));;
          completions) _values 'shell' \(shells.joined(separator: " "));;
        esac
      }

      _dossier "$@"

      """
    return script
  }

  // MARK: fish

  static func fishEscaped(_ text: String) -> String {
    text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
  }

  static var fish: String {
    var script = """
      # fish completion for dossier (made by `dossier completions fish`)
      complete -c dossier -f
      function __dossier_corpus_command
          set -l tokens (commandline -opc)
          test (count $tokens) -ge 3; and test $tokens[2] = corpus; and test $tokens[3] = $argv[1]
      end

      """
    for word in topLevel {
      script +=
        "complete -c dossier -n __fish_use_subcommand -a \(word.name) -d '\(fishEscaped(word.summary))'\n"
    }
    let corpusWords = corpusSubcommands.map(subcommandName).joined(separator: " ")
    for command in corpusSubcommands {
      script +=
        "complete -c dossier -n '__fish_seen_subcommand_from corpus; and not __fish_seen_subcommand_from \(corpusWords)' "
        + "-a \(subcommandName(command)) -d '\(fishEscaped(command.summary))'\n"
    }
    for command in CommandTable.commands where !command.options.isEmpty || command.takesPaths {
      let condition =
        command.name.hasPrefix("corpus ")
        ? "'__dossier_corpus_command \(subcommandName(command))'" : "'__fish_seen_subcommand_from \(command.name)'"
      if command.takesPaths { script += "complete -c dossier -n \(condition) -F\n" }
      for option in command.options {
        var line = "complete -c dossier -n \(condition)"
        for name in option.names {
          line += name.hasPrefix("--") ? " -l \(name.dropFirst(2))" : " -s \(name.dropFirst())"
        }
        if option.value != nil {
          line += " -r"
          if !option.choices.isEmpty {
            line += " -f -a '\(option.choices.joined(separator: " "))'"
          } else if option.completes == .folder {
            line += " -f -a '(__fish_complete_directories)'"
          } else if option.completes == .file {
            line += " -F"
          }
        }
        script += line + " -d '\(fishEscaped(option.help))'\n"
      }
    }
    script += "complete -c dossier -n '__fish_seen_subcommand_from help' -a '\(helpTopics.joined(separator: " "))'\n"
    script += "complete -c dossier -n '__fish_seen_subcommand_from completions' -a '\(shells.joined(separator: " "))'\n"
    return script
  }
}
