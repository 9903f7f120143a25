import DossierCore
import DossierTestSupport
import Foundation
import Testing

@testable import DossierCommandLine

/// The one table of commands and options: the parser reads every option in it, and the help,
/// the man page and the completion scripts name every one.
@Suite struct CommandTableTests {
  /// A value each option accepts.
  func sampleValue(_ option: CommandTable.Option) -> String? {
    guard option.value != nil else { return nil }
    if let first = option.choices.first { return first }
    switch option.name {
    case "--jobs": return "2"
    case "--exclude": return "*.bak"
    default: return "x"
    }
  }

  @Test func everyOptionOfTheTableParses() throws {
    for option in CommandTable.lintOptions {
      for name in option.names {
        var arguments = [name]
        if let value = sampleValue(option) { arguments.append(value) }
        if name == "--stdin-filename" { arguments.append("-") }
        arguments.append("draft.md")
        #expect(throws: Never.self, "\(arguments)") { _ = try LintOptions.parse(arguments) }
      }
      if option.value == nil {
        #expect(throws: UsageError.self) { _ = try LintOptions.parse(["\(option.name)=1", "draft.md"]) }
      }
    }
    #expect(throws: UsageError.self) { _ = try LintOptions.parse(["--no-such-option", "draft.md"]) }
  }

  @Test func helpManPageAndCompletionsNameEveryOption() throws {
    let help = CommandLineTool.lintUsage
    let page = ManPage.page
    let scripts = ShellCompletions.shells.compactMap(ShellCompletions.script(for:))
    #expect(scripts.count == 3)
    for command in CommandTable.commands {
      #expect(page.contains(ManPage.escaped(command.name)), "\(command.name)")
      for option in command.options {
        for name in option.names {
          if command.name == "lint" { #expect(help.contains(name), "\(name)") }
          #expect(page.contains(ManPage.escaped(name)), "\(name)")
          for script in scripts {
            let written = script.hasPrefix("# fish") ? String(name.drop { $0 == "-" }) : name
            #expect(script.contains(written), "\(name) in \(script.prefix(30))")
          }
        }
      }
    }
    for rule in Rule.allCases { #expect(page.contains(ManPage.escaped(rule.rawValue))) }
    #expect(runCommandLine(["man"]).output == page)
    #expect(runCommandLine(["completions", "tcsh"]).status == 2)
  }

  /// Runs `shell` with `arguments`, or nil when the shell is not installed.
  func run(_ shell: String, _ arguments: [String]) throws -> String? {
    guard let path = ["/usr/bin/\(shell)", "/bin/\(shell)"].first(where: FileManager.default.isExecutableFile)
    else { return nil }
    let child = try ChildProcess(
      executable: path, arguments: arguments, environment: ProcessInfo.processInfo.environment)
    let outcome = child.finish(timeout: 120)
    let output = String(decoding: outcome.output, as: UTF8.self)
    #expect(
      outcome.termination.status == 0 && !outcome.timedOut && outcome.errors.isEmpty,
      "\(shell) \(arguments): \(output)\(String(decoding: outcome.errors, as: UTF8.self))")
    return output
  }

  @Test func theScriptsWorkInTheirShells() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dossier-completions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String: String] = [:]
    for shell in ShellCompletions.shells {
      let file = folder.appendingPathComponent("dossier.\(shell)").path
      try Data(ShellCompletions.script(for: shell)!.utf8).write(to: URL(fileURLWithPath: file))
      files[shell] = file
      _ = try run(shell, ["-n", file])
    }
    if let output = try run(
      "bash",
      [
        "-c",
        "source \(files["bash"]!); COMP_WORDS=(dossier lint --format ''); COMP_CWORD=3; _dossier; echo \"${COMPREPLY[*]}\";"
          + " COMP_WORDS=(dossier corpus s); COMP_CWORD=2; _dossier; echo \"${COMPREPLY[*]}\"",
      ])
    {
      #expect(output == "text json sarif github json-lines junit gitlab rdjson\nshow\n")
    }
    if let output = try run(
      "fish", ["-c", "source \(files["fish"]!); complete -C 'dossier lint --fail-on '; complete -C 'dossier corpus i'"])
    {
      let words = output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
      #expect(words == ["error", "information", "never", "warning", "index", "init"])
    }
  }
}
