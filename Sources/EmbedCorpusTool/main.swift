import Foundation

// Usage: dossier-embed-corpus OUTPUT.swift [--as NAME] FILE...
// Writes a Swift file declaring `EmbeddedSeedCorpus.files`: each input's file name and its exact
// bytes, as a base64 literal (so any byte sequence survives, and the source stays valid Swift).

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: dossier-embed-corpus OUTPUT.swift FILE...\n".utf8))
  exit(2)
}

var source = """
  // Generated at build time by dossier-embed-corpus from the package's seeds/ folder. Do not edit.

  enum EmbeddedSeedCorpus {
    /// The seed corpus files: name and base64 of the exact bytes.
    static let files: [(name: String, base64: String)] = [

  """
var pending = Array(arguments.dropFirst())
var inputs: [(name: String, path: String)] = []
while !pending.isEmpty {
  let argument = pending.removeFirst()
  if argument == "--as", pending.count >= 2 {
    inputs.append((pending[0], pending[1]))
    pending.removeFirst(2)
  } else {
    inputs.append((URL(fileURLWithPath: argument).lastPathComponent, argument))
  }
}
for (fileName, path) in inputs {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("dossier-embed-corpus: cannot read \(path)\n".utf8))
    exit(2)
  }
  let name = fileName.replacingOccurrences(of: "\\", with: "\\\\")
    .replacingOccurrences(of: "\"", with: "\\\"")
  source += "    (name: \"\(name)\", base64: \"\(data.base64EncodedString())\"),\n"
}
source += "  ]\n}\n"
do {
  try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
  FileHandle.standardError.write(Data("dossier-embed-corpus: cannot write \(outputPath): \(error)\n".utf8))
  exit(2)
}
