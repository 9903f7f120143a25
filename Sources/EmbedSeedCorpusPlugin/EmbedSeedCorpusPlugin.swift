import Foundation
import PackagePlugin

/// Compiles the files of the package's `seeds/` folder into the target that uses this plugin,
/// as `EmbeddedSeedCorpus.files`. The seed documents stay byte for byte what is on disk.
@main
struct EmbedSeedCorpusPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let seeds = context.package.directoryURL.appending(path: "seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path(percentEncoded: false))
      .filter { !$0.hasPrefix(".") }
      .sorted()
    // The README rides along (as "doc/README.md") so the language server can link each
    // diagnostic to its rule's section without a network connection.
    let readme = context.package.directoryURL.appending(path: "README.md")
    let inputs = names.map { seeds.appending(path: $0) } + [readme]
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeedCorpus.swift")
    return [
      .buildCommand(
        displayName: "Embedding the seed corpus (\(names.count) files)",
        executable: try context.tool(named: "dossier-embed-corpus").url,
        arguments: [output.path(percentEncoded: false)]
          + names.map { seeds.appending(path: $0).path(percentEncoded: false) }
          + ["--as", "doc/README.md", readme.path(percentEncoded: false)],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
