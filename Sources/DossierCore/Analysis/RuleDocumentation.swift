/// Each rule's documentation, in one table: what it finds and how the corpus decides, why it
/// matters, what to do, and examples that fail and pass against the embedded seed corpus (the
/// tests check that they do). The rule pages in `docs/rules/`, SARIF's rule help, `dossier help
/// RULE` and the language server's diagnostic links are all made from it.
public struct RuleDocumentation: Sendable {
  public struct Example: Sendable {
    /// A draft (one paragraph of Markdown), checked against the embedded seed corpus.
    public var draft: String
    /// What Dossier reports, as `lint` prints it; nil for a draft that passes.
    public var finding: String?
  }

  public var rule: Rule
  /// What the rule finds and how the corpus decides it, a paragraph or two.
  public var description: String
  /// Why a writer wants to know.
  public var rationale: String
  /// What to do about a finding, and the fix Dossier offers.
  public var remedy: String
  public var failing: [Example]
  public var passing: [Example]

  /// Where the page lives in the repository, and on the web.
  public static let repository = "https://github.com/dossier-lint/dossier"

  public static func url(of rule: Rule) -> String { "\(repository)/blob/main/docs/rules/\(rule.rawValue).md" }

  public static func of(_ rule: Rule) -> RuleDocumentation {
    switch rule {
    case .factConflict:
      RuleDocumentation(
        rule: rule,
        description: """
          A year, date, count, amount or identifier in the draft that the corpus states otherwise. \
          The draft's sentence is bound to a corpus claim either through a knowledge-file fact \
          (its claim phrase stands by the value) or, without a knowledge file, by aligning the \
          sentence with a corpus sentence about the same thing: the same kind of value, the same \
          noun it counts, enough of the same words and names, the same qualifying year. A \
          reference that nearly matches one the corpus cites ("Executive Order 13383" where the \
          corpus cites 13382) is a conflict too when the draft ties it to that one (the same date \
          after it, or words only the known one's citing sentences use), and so is an instrument dated otherwise than the \
          corpus dates it ("Executive Order 12957 of March 15, 1996" where its documents write "of \
          March 15, 1995"; only a date joined to the reference by "of" is read). When the corpus \
          states several values for what looks like the same thing, or a closer statement was set \
          aside, the rule says nothing.
          """,
        rationale: """
          A wrong number is the error a reader remembers, and the one a correction has to \
          retract. It is also the easiest to make when copying between drafts.
          """,
        remedy: """
          Use the corpus's value; the finding quotes the sentence that states it (document and \
          line). Where the corpus value is certain, `--fix` and the editor's quick fix replace the \
          draft's value with it.
          """,
        failing: [
          Example(
            draft: "Pakistan conducted its nuclear tests in 1999.",
            finding: "1:41: error: wrong year 1999: the corpus says: Pakistan became a nuclear power in 1998."),
          Example(
            draft: "The entities were designated under Executive Order 13383.",
            finding: "1:36: error: the corpus cites Executive Order 13382, not Executive Order 13383"),
        ],
        passing: [
          Example(draft: "Pakistan conducted its nuclear tests in 1998.", finding: nil),
          Example(draft: "The entities were designated under Executive Order 13382.", finding: nil),
        ])
    case .unknownReference:
      RuleDocumentation(
        rule: rule,
        description: """
          A formal reference (an executive order, a resolution, a numbered article, a named \
          agreement) that no corpus document cites. The finding names what the corpus does cite \
          of that kind. A reference one character away from a known one is a `fact-conflict` \
          instead when the draft ties it to that one (the same date, or words only the known \
          one's citing sentences use); otherwise it is reported here, with the known one named \
          and offered as a replacement (not when the draft dates it otherwise: another \
          instrument).
          """,
        rationale: """
          A citation the sources do not support is either a slip or a claim that needs a source \
          of its own; reviewers check citations first.
          """,
        remedy: """
          Cite what the corpus cites, or add the document that makes the reference to the corpus. \
          A knowledge file can also list the reference (`references`).
          """,
        failing: [
          Example(
            draft: "The entities were designated under Executive Order 12938.",
            finding:
              "1:36: warning: the corpus does not cite \"Executive Order 12938\" (it cites Executive Order 13382)")
        ],
        passing: [Example(draft: "The entities were designated under Executive Order 13382.", finding: nil)])
    case .termVariant:
      RuleDocumentation(
        rule: rule,
        description: """
          A spelling of a term that the corpus writes one way only: "nonproliferation" where the \
          corpus always writes "non-proliferation", a British spelling in an American corpus, an \
          abbreviated reference ("E.O. 13382") the corpus writes in full. Terms come from the \
          knowledge file's `terms` and, without one, from the corpus's own usage (compounds it \
          writes one way, spellings it never varies). A compound modifier the corpus hyphenates \
          ("public-private") is a variant written open only before the words the corpus writes it \
          before ("public private partnerships"), never as a phrase of its own ("in the long \
          term"); a closed word the corpus never splits ("cyberspace") is one written in two \
          ("cyber space", "cyber-space"). Ordinary words the corpus happens to use once are never \
          terms.
          """,
        rationale: """
          A house style follows its sources. Mixed spellings read as carelessness, and a search \
          for the corpus's spelling misses the draft's.
          """,
        remedy: """
          Use the corpus's spelling; `--fix` and the quick fix replace the variant, keeping its \
          capitals. A word the team accepts goes in `accept` in `.dossier.json`.
          """,
        failing: [
          Example(
            draft: "The nonproliferation regime is under strain.",
            finding: "1:5: warning: the corpus writes \"non-proliferation\", not \"nonproliferation\"")
        ],
        passing: [Example(draft: "The non-proliferation regime is under strain.", finding: nil)])
    case .acronymUndefined:
      RuleDocumentation(
        rule: rule,
        description: """
          An acronym the draft uses before, or without, spelling it out. The corpus's expansion is \
          quoted so the fix is one keystroke away. An acronym the draft defines anywhere before \
          its first use ("weapons of mass destruction (WMD)") is never reported, nor are \
          acronyms everyone knows.
          """,
        rationale: """
          Briefings travel beyond the people who know the file. An undefined acronym stops a \
          reader; one defined after its first use stops them twice.
          """,
        remedy: """
          Spell the acronym out at its first use, as the corpus does, with the acronym in \
          parentheses after it.
          """,
        failing: [
          Example(
            draft: "The WMD program grew. Weapons of mass destruction (WMD) spread.",
            finding: "1:5: warning: \"WMD\" is used before its expansion on line 1")
        ],
        passing: [
          Example(draft: "Weapons of mass destruction (WMD) spread. The WMD program grew.", finding: nil)
        ])
    case .nameMisspelled:
      RuleDocumentation(
        rule: rule,
        description: """
          A word within a letter or two of a proper noun the corpus spells one way, and not a \
          word of its own: "Islamabd" for "Islamabad". Words the corpus or ordinary English knows \
          are never reported.
          """,
        rationale: """
          A misspelled name is noticed by exactly the people a briefing is meant to persuade.
          """,
        remedy: "Use the corpus's spelling; `--fix` and the quick fix replace it.",
        failing: [
          Example(
            draft: "Officials in Islamabd said so.",
            finding: "1:14: warning: the corpus spells this name \"Islamabad\"")
        ],
        passing: [Example(draft: "Officials in Islamabad said so.", finding: nil)])
    case .quoteMismatch:
      RuleDocumentation(
        rule: rule,
        description: """
          A quotation whose words differ from the corpus passage it quotes: a word changed, \
          added or left out. The passage is found by its words, wherever it is in the corpus; \
          curly or straight quotation marks, dashes and case are not differences. A quotation \
          the corpus does not contain at all is not reported.
          """,
        rationale: """
          A misquotation is the one error a source can publicly correct, and quotations are \
          copied from draft to draft.
          """,
        remedy: """
          Quote the passage as the corpus writes it; the finding shows the corpus's word and \
          quotes its sentence.
          """,
        failing: [
          Example(
            draft: "One analyst warned that the move could \"complicate the global non-proliferation regime\".",
            finding: "1:56: warning: the quoted source reads \"international\", not \"global\"")
        ],
        passing: [
          Example(
            draft: "One analyst warned that the move could \"complicate the international non-proliferation regime\".",
            finding: nil)
        ])
    }
  }

  /// The page, in Markdown.
  public var markdown: String {
    let id = rule.rawValue
    var lines = [
      "# \(id)", "",
      "\(rule.summary.prefix(1).uppercased() + rule.summary.dropFirst()).", "",
      "Default severity: **\(rule.defaultSeverity.rawValue)**.", "",
      "## What it finds", "", description, "",
      "## Why", "", rationale, "",
      "## What to do", "", remedy, "",
      "## Examples", "",
      "Checked against the embedded seed corpus (`dossier lint draft.md`).", "",
    ]
    for example in failing {
      lines += ["Fails:", "", "```markdown", example.draft, "```", ""]
      if let finding = example.finding { lines += ["```", "draft.md:\(finding) [\(id)]", "```", ""] }
    }
    for example in passing {
      lines += ["Passes:", "", "```markdown", example.draft, "```", ""]
    }
    lines += [
      "## Configuration", "",
      "In `.dossier.json`, `\"rules\": {\"\(id)\": \"warning\"}` sets its severity (`error`, `warning`, "
        + "`information`, `hint`) and `\"off\"` turns it off. In a draft, "
        + "`<!-- dossier-disable-next-line \(id) -->` silences it for the next line, and "
        + "`<!-- dossier-disable \(id) -->` … `<!-- dossier-enable \(id) -->` for a stretch.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The same without Markdown, for a terminal and SARIF's `help.text`.
  public var text: String {
    var lines = [
      "\(rule.rawValue): \(rule.summary) (default: \(rule.defaultSeverity.rawValue))", "",
      Self.wrapped(description), "", Self.wrapped(rationale), "", Self.wrapped(remedy), "",
    ]
    for example in failing {
      lines.append("Fails:  \(example.draft)")
      if let finding = example.finding { lines.append("        → \(finding)") }
    }
    for example in passing { lines.append("Passes: \(example.draft)") }
    lines += ["", "More: \(Self.url(of: rule))"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A paragraph broken into lines of at most `width` characters, at spaces.
  static func wrapped(_ paragraph: String, width: Int = 96) -> String {
    TextWrapping.wrap(paragraph, width: width).joined(separator: "\n")
  }
}
