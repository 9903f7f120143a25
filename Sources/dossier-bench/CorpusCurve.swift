import Foundation

/// How the cost of a large corpus grows with its size: a nested corpus folder whose top-level
/// folders are added one group at a time (the first 1, 5 and all of them, in name order: the
/// executive orders' presidents), each loaded for a one-line draft (start-up, loading, memory)
/// and for a 1 MB draft (whether a draft's analysis grows with the corpus).
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
    let oneLine = scratch.appendingPathComponent("one-line.md")
    try Data("Pakistan became a nuclear power in 1998.\n".utf8).write(to: oneLine)
    print("corpus curve: \(corpus.path) (\(parts.count) top-level folders), median of \(repeats) cold runs each")
    print(
      pad("folders", 9) + pad("MB", 8) + pad("documents", 11) + pad("wall ms", 10) + pad("corpus ms", 11)
        + pad("peak MiB", 10) + pad("B per B", 9) + "1 MB draft: analysis ms")
    for count in Set([1, min(5, parts.count), parts.count]).sorted() {
      // A copy of the first `count` folders (a link out of a corpus folder is not followed).
      let subset = scratch.appendingPathComponent("curve-\(count)")
      try? manager.removeItem(at: subset)
      try manager.createDirectory(at: subset, withIntermediateDirectories: true)
      for part in parts.prefix(count) {
        try manager.copyItem(at: corpus.appendingPathComponent(part), to: subset.appendingPathComponent(part))
      }
      let (bytes, documents) = size(of: subset)
      var walls: [Double] = []
      var loads: [Double] = []
      var peaks: [Double] = []
      var analyses: [Double] = []
      for _ in 0..<repeats {
        var result: (errors: String, peakMiB: Double) = ("", 0)
        walls.append(
          try time {
            result = try runMeasured(
              binary,
              ["lint", "--no-config", "--fail-on", "never", "-q", "--timings", "--corpus", subset.path, oneLine.path])
          })
        peaks.append(result.peakMiB)
        if let value = number(after: "corpus ", in: result.errors) { loads.append(value) }
        let large = try runCapturingError(
          binary, ["lint", "--no-config", "--fail-on", "never", "-q", "--timings", "--corpus", subset.path, draft.path])
        if let value = number(after: "analysis ", in: large) { analyses.append(value) }
      }
      let megabytes = Double(bytes) / 1_000_000
      let peak = median(peaks)
      print(
        pad("\(count)", 9) + pad(String(format: "%.1f", megabytes), 8) + pad("\(documents)", 11)
          + pad(String(format: "%.0f", median(walls)), 10) + pad(String(format: "%.0f", median(loads)), 11)
          + pad(String(format: "%.0f", peak), 10) + pad(String(format: "%.1f", peak * 1_048_576 / Double(bytes)), 9)
          + String(format: "%.1f", median(analyses)))
      try? manager.removeItem(at: subset)
    }
  }

  func size(of folder: URL) -> (bytes: Int, documents: Int) {
    var bytes = 0
    var documents = 0
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
    while let file = enumerator?.nextObject() as? URL {
      guard let size = try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize, !file.hasDirectoryPath else {
        continue
      }
      bytes += size
      documents += 1
    }
    return (bytes, documents)
  }

  func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
