import DossierCore
import DossierJSON
import FoundationEssentials

/// A record of the findings a team has accepted for now (`--write-baseline FILE`), so that a run
/// with `--baseline FILE` reports only what is new: how teams adopt a linter on documents that
/// already exist.
///
/// A finding is known by its rule, its draft (the path relative to the baseline's folder, so the
/// file works from any folder), the words it flags and its message (with "line #" for the draft
/// lines it mentions): never by its line, so a
/// recorded finding stays recorded when lines move. The same finding twice in a draft is
/// recorded with a count; a third occurrence is new. A recorded finding that no longer occurs in
/// a draft that was checked is reported as fixed.
///
///     {"version": 1, "findings": [
///       {"path": "docs/memo.md", "rule": "term-variant", "text": "nonproliferation",
///        "message": "the corpus writes \"non-proliferation\", not \"nonproliferation\"", "count": 2}]}
struct Baseline {
  struct Entry: Hashable, Comparable {
    var path: String
    var rule: String
    var text: String
    var message: String

    static func < (lhs: Entry, rhs: Entry) -> Bool {
      (lhs.path, lhs.rule, lhs.text, lhs.message) < (rhs.path, rhs.rule, rhs.text, rhs.message)
    }
  }

  static let version = 1
  /// The baseline file's folder, absolute: paths are relative to it.
  var folder: String
  var counts: [Entry: Int] = [:]

  init(folder: String) { self.folder = folder }

  /// The baseline at `path`; a missing, unreadable or malformed file is an error
  /// (`file:line:col: message`), never an empty baseline.
  static func load(_ path: String) throws(DossierError) -> Baseline {
    guard let bytes = FileDescriptor.readFile(atPath: path) else {
      throw DossierError(path: path, message: "cannot read the baseline (write one with --write-baseline)")
    }
    let node = try DossierError.parseJSON(bytes, path: path)
    func fail(_ node: JSONNode, _ message: String) -> DossierError { DossierError(path: path, at: node, message) }
    guard node.value.objectValue != nil else { throw fail(node, "a baseline is a JSON object") }
    guard let version = node["version"], version.value == .integer(Self.version) else {
      throw fail(node["version"] ?? node, "unknown baseline version (this dossier reads version \(Self.version))")
    }
    guard let list = node["findings"], let items = list.value.arrayValue else {
      throw fail(node["findings"] ?? node, "\"findings\" must be an array")
    }
    var baseline = Baseline(folder: folderOf(path))
    for index in items.indices {
      guard let item = list[index], item.value.objectValue != nil else {
        throw fail(list[index] ?? list, "each finding is an object")
      }
      func string(_ key: String) throws(DossierError) -> String {
        guard let value = item[key]?.value.stringValue else {
          throw fail(item[key] ?? item, "\"\(key)\" must be a string")
        }
        return value
      }
      let entry = Entry(
        path: try string("path"), rule: try string("rule"), text: try string("text"), message: try string("message"))
      guard Rule(rawValue: entry.rule) != nil else {
        throw fail(item["rule"] ?? item, "unknown rule \"\(entry.rule)\"")
      }
      var count = 1
      if let countNode = item["count"] {
        guard case .integer(let value) = countNode.value, value >= 1 else {
          throw fail(countNode, "\"count\" must be a whole number of at least 1")
        }
        count = value
      }
      baseline.counts[entry, default: 0] += count
    }
    return baseline
  }

  static func folderOf(_ path: String) -> String {
    let directory = PathName.deletingLastComponent(path)
    return URL(fileURLWithPath: directory.isEmpty ? "." : directory).standardizedFileURL.path
  }

  /// A draft's path as the baseline names it.
  func name(of report: FileReport) -> String {
    let absolute = URL(fileURLWithPath: report.path).standardizedFileURL.path
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  /// A finding as the baseline records it: its message without the draft lines it mentions, so
  /// lines moving never make it new.
  func entry(_ finding: Finding, in report: FileReport) -> Entry {
    Entry(
      path: name(of: report), rule: finding.rule.rawValue, text: report.text.string(in: finding.range),
      message: FileReport.lineFreeMessage(finding.message))
  }

  /// The findings of `reports`, recorded, as a baseline in `folder`.
  static func recording(_ reports: [FileReport], folder: String) -> Baseline {
    var baseline = Baseline(folder: folder)
    for report in reports {
      for finding in report.findings { baseline.counts[baseline.entry(finding, in: report), default: 0] += 1 }
    }
    return baseline
  }

  /// Takes the recorded findings out of reports, one draft at a time (so findings can be printed
  /// as each draft is done): in each draft, the first occurrences of a finding are the recorded
  /// ones.
  struct Filter {
    let baseline: Baseline
    private var remaining: [Entry: Int]
    private var checked = Set<String>()
    /// How many findings it took out so far.
    private(set) var hidden = 0

    init(_ baseline: Baseline) {
      self.baseline = baseline
      remaining = baseline.counts
    }

    mutating func apply(to report: FileReport) -> FileReport {
      checked.insert(baseline.name(of: report))
      var report = report
      report.findings = report.findings.filter { finding in
        let key = baseline.entry(finding, in: report)
        guard let left = remaining[key], left > 0 else { return true }
        remaining[key] = left - 1
        hidden += 1
        return false
      }
      return report
    }

    /// The recorded findings of the drafts checked so far that no longer occur, with how many
    /// times each.
    var fixed: [(entry: Entry, count: Int)] {
      remaining.filter { $0.value > 0 && checked.contains($0.key.path) }.map { (entry: $0.key, count: $0.value) }
        .sorted { $0.entry < $1.entry }
    }
  }

  /// The file's text: entries sorted, so a baseline's changes read well in a diff.
  var serialized: String {
    let findings: [JSONValue] = counts.keys.sorted().map { entry in
      var object: JSONObject = [
        "path": .string(entry.path), "rule": .string(entry.rule), "text": .string(entry.text),
        "message": .string(entry.message),
      ]
      if let count = counts[entry], count > 1 { object["count"] = .integer(count) }
      return .object(object)
    }
    let document: JSONValue = ["version": .integer(Self.version), "findings": .array(findings)]
    return document.serialized(pretty: true) + "\n"
  }

  var findingCount: Int { counts.values.reduce(0, +) }
}
