import DossierCore
import Foundation
import Testing

/// Each rule's documentation is true: its failing examples give the finding it shows, its passing
/// examples give none, and the pages in `docs/rules/` are the ones the table makes.
@Suite struct RuleDocumentationTests {
  static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/rules")

  /// "line:column: severity: message" of each finding of `rule`, as `lint` prints it.
  func printed(_ draft: String, _ rule: Rule) -> [String] {
    let document = DraftDocument(draft)
    return Analyzer.findings(in: document, corpus: .embedded).filter { $0.rule == rule }.map { finding in
      let position = document.text.position(of: finding.range.lowerBound, in: .scalar)
      return "\(position.line + 1):\(position.column + 1): \(finding.severity.rawValue): \(finding.message)"
    }
  }

  @Test(arguments: Rule.allCases) func examplesFailAndPassAsDocumented(_ rule: Rule) throws {
    let documentation = RuleDocumentation.of(rule)
    #expect(!documentation.failing.isEmpty && !documentation.passing.isEmpty)
    for example in documentation.failing {
      let finding = try #require(example.finding)
      #expect(printed(example.draft, rule).contains(finding), "\(example.draft): \(printed(example.draft, rule))")
    }
    for example in documentation.passing {
      #expect(printed(example.draft, rule).isEmpty, "\(example.draft)")
    }
  }

  /// Set DOSSIER_WRITE_RULE_DOCS=1 to write the pages after changing the table.
  @Test(arguments: Rule.allCases) func thePageInTheRepositoryIsTheTables(_ rule: Rule) throws {
    let page = Self.pages.appendingPathComponent("\(rule.rawValue).md")
    let markdown = RuleDocumentation.of(rule).markdown
    if ProcessInfo.processInfo.environment["DOSSIER_WRITE_RULE_DOCS"] == "1" {
      try FileManager.default.createDirectory(at: Self.pages, withIntermediateDirectories: true)
      try markdown.write(to: page, atomically: true, encoding: .utf8)
    }
    #expect(try String(contentsOf: page, encoding: .utf8) == markdown)
  }

  @Test func linksPointAtThePages() {
    for rule in Rule.allCases {
      #expect(RuleDocumentation.url(of: rule).hasSuffix("/docs/rules/\(rule.rawValue).md"))
    }
  }
}
