/// The parts of a draft where the writer switched rules off with comments:
///
///     <!-- dossier-disable term-variant -->   … <!-- dossier-enable term-variant -->
///     <!-- dossier-disable -->                … <!-- dossier-enable -->        (all rules)
///     <!-- dossier-disable-next-line quote-mismatch -->
///
/// Several rules may be listed, separated by spaces or commas. Unknown rule names are ignored
/// (and reported by `unknownRuleNames`), so a typo never hides findings of other rules.
public struct Suppressions: Sendable, Hashable {
  public struct Region: Sendable, Hashable {
    /// Byte range of the draft where the rules are off.
    public var range: Range<Int>
    /// The rules switched off; nil means all.
    public var rules: Set<Rule>?
  }

  public private(set) var regions: [Region] = []
  public private(set) var unknownRuleNames: [(name: String, range: Range<Int>)] = []

  public static func == (lhs: Suppressions, rhs: Suppressions) -> Bool { lhs.regions == rhs.regions }
  public func hash(into hasher: inout Hasher) { hasher.combine(regions) }

  public init() {}

  init(comments: [Range<Int>], text: SourceText) {
    var open: [String: (start: Int, rules: Set<Rule>?)] = [:]
    for comment in comments {
      let body = text.string(in: comment)
        .replacingFirst("<!--", with: "").replacingLast("-->", with: "")
        .trimmingCharacters(in: " \t\r\n")
      let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
        .map(String.init)
      guard let directive = words.first?.lowercased() else { continue }
      let names = Array(words.dropFirst())
      var rules: Set<Rule>? = nil
      if !names.isEmpty {
        var known = Set<Rule>()
        for name in names {
          if let rule = Rule(rawValue: name.lowercased()) {
            known.insert(rule)
          } else {
            unknownRuleNames.append((name, comment))
          }
        }
        rules = known
      }
      let key = names.map { $0.lowercased() }.sorted().joined(separator: ",")
      switch directive {
      case "dossier-disable":
        open[key] = (comment.upperBound, rules)
      case "dossier-enable":
        if let start = open.removeValue(forKey: key) {
          regions.append(Region(range: start.start..<comment.lowerBound, rules: start.rules))
        } else if key.isEmpty {
          // A bare enable closes everything still open.
          for (_, start) in open {
            regions.append(Region(range: start.start..<comment.lowerBound, rules: start.rules))
          }
          open.removeAll()
        }
      case "dossier-disable-next-line":
        let line = text.line(containing: max(comment.lowerBound, comment.upperBound - 1)) + 1
        if line < text.lineCount {
          regions.append(Region(range: text.lineRange(line), rules: rules))
        }
      case "dossier-disable-line":
        let first = text.line(containing: comment.lowerBound)
        regions.append(Region(range: text.lineRange(first).lowerBound..<comment.lowerBound, rules: rules))
      default:
        continue
      }
    }
    for (_, start) in open {
      regions.append(Region(range: start.start..<text.count, rules: start.rules))
    }
  }

  /// True when a finding of `rule` starting at `offset` is switched off.
  public func suppresses(_ rule: Rule, at offset: Int) -> Bool {
    regions.contains { region in
      (region.range.contains(offset) || (region.range.isEmpty && region.range.lowerBound == offset))
        && (region.rules?.contains(rule) ?? true)
    }
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    return self[..<range.lowerBound] + replacement + self[range.upperBound...]
  }

  func replacingLast(_ target: String, with replacement: String) -> String {
    guard let range = ranges(of: target).last else { return self }
    return self[..<range.lowerBound] + replacement + self[range.upperBound...]
  }

  public func trimmingCharacters(in set: String) -> String {
    // `set` is a handful of characters: searching it beats hashing into a Set.
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return result.startIndex == startIndex && result.endIndex == endIndex ? self : String(result)
  }
}
