import Foundation

/// How the cost of a large corpus grows with its size: a nested corpus folder whose top-level
/// folders are added one group at a time (the first 1, 5 and all of them, in name order: the
/// executive orders' presidents). For each, a one-line draft is checked:
/// - with `--no-index` (the corpus read and derived from its folders, nothing kept);
/// - cold: no compiled index yet, so it is built and written (`CorpusIndexStore`);
/// - warm: the index is opened;
/// - after one document changed (the index is rebuilt);
/// and a 1 MB draft with the index warm (whether a draft's analysis grows with the corpus).
/// Each figure is the median of `repeats` runs: wall time and peak resident memory.
struct CorpusCurve {
  var binary: URL
  var corpus: URL
  var scratch: URL
  var draft: URL
  var repeats = 3

  func run() throws {
    let manager = FileManager.default
    let parts = try manager.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }.sorted()
    guard !parts.isEmpty else {
      print("corpus-curve: \(corpus.path) has no folders")
      return
    }
    let indexFolder = scratch.appendingPathComponent("index")
    setenv("DOSSIER_INDEX_DIR", indexFolder.path, 1)
    let oneLine = scratch.appendingPathComponent("one-line.md")
    try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: oneLine)
    print(
      "corpus curve: \(corpus.path) (\(parts.count) top-level folders), median of \(repeats) runs each; "
        + "ms wall / MiB peak")
    print(
      pad("folders", 8) + pad("MB", 6) + pad("docs", 6) + pad("no index", 12) + pad("cold (build)", 14)
        + pad("warm", 11) + pad("index MB", 9) + pad("1 changed", 11) + pad("B/B cold", 9) + pad("B/B warm", 9)
        + "1 MB draft ms")
    for count in Set([1, min(5, parts.count), parts.count]).sorted() {
      // A copy of the first `count` folders (a link out of a corpus folder is not followed).
      let subset = scratch.appendingPathComponent("curve-\(count)")
      try? manager.removeItem(at: subset)
      try manager.createDirectory(at: subset, withIntermediateDirectories: true)
      for part in parts.prefix(count) {
        try manager.copyItem(at: corpus.appendingPathComponent(part), to: subset.appendingPathComponent(part))
      }
      let (bytes, documents, first) = size(of: subset)
      let lint = ["lint", "--no-config", "--fail-on", "never", "-q", "--timings", "--corpus", subset.path]
      func measure(_ arguments: [String], before: () throws -> Void = {}) throws -> (wall: Double, peak: Double) {
        var walls: [Double] = []
        var peaks: [Double] = []
        for _ in 0..<repeats {
          try before()
          var result: (errors: String, peakMiB: Double) = ("", 0)
          walls.append(try time { result = try runMeasured(binary, arguments) })
          peaks.append(result.peakMiB)
        }
        return (median(walls), median(peaks))
      }
      let unindexed = try measure(lint + ["--no-index", oneLine.path])
      let cold = try measure(lint + [oneLine.path]) { try? manager.removeItem(at: indexFolder) }
      let warm = try measure(lint + [oneLine.path])
      let indexBytes =
        (try? manager.contentsOfDirectory(atPath: indexFolder.path))?.reduce(0) { total, name in
          total
            + ((try? manager.attributesOfItem(atPath: indexFolder.appendingPathComponent(name).path)[.size] as? Int)
              ?? 0)
        } ?? 0
      // One document gains a sentence each run: its index no longer matches.
      var edits = 0
      let changed = try measure(lint + [oneLine.path]) {
        edits += 1
        let handle = try FileHandle(forWritingTo: first)
        handle.seekToEndOfFile()
        handle.write(Data("\nThe order was amended in review \(edits).\n".utf8))
        try handle.close()
      }
      var analyses: [Double] = []
      for _ in 0..<repeats {
        let large = try runCapturingError(binary, lint + [draft.path])
        if let value = number(after: "analysis ", in: large) { analyses.append(value) }
      }
      func perByte(_ mebibytes: Double) -> String { String(format: "%.1f", mebibytes * 1_048_576 / Double(bytes)) }
      func cell(_ figure: (wall: Double, peak: Double)) -> String {
        String(format: "%.0f / %.0f", figure.wall, figure.peak)
      }
      print(
        pad("\(count)", 8) + pad(String(format: "%.1f", Double(bytes) / 1_000_000), 6) + pad("\(documents)", 6)
          + pad(cell(unindexed), 12) + pad(cell(cold), 14) + pad(cell(warm), 11)
          + pad(String(format: "%.0f", Double(indexBytes) / 1_000_000), 9)
          + pad(String(format: "%.0f ms", changed.wall), 11) + pad(perByte(cold.peak), 9) + pad(perByte(warm.peak), 9)
          + String(format: "%.1f", median(analyses)))
      try? manager.removeItem(at: subset)
      try? manager.removeItem(at: indexFolder)
    }
  }

  /// The folder's bytes and documents, and its first document in name order.
  func size(of folder: URL) -> (bytes: Int, documents: Int, first: URL) {
    var bytes = 0
    var documents = 0
    var first: URL?
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
    while let file = enumerator?.nextObject() as? URL {
      guard let size = try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize, !file.hasDirectoryPath else {
        continue
      }
      bytes += size
      documents += 1
      if file.pathExtension == "md", first == nil || file.path < first!.path { first = file }
    }
    return (bytes, documents, first ?? folder)
  }

  func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
