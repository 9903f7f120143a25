import DossierCore
import DossierJSON
import DossierProtocol

/// Core values → LSP JSON. The only place that knows both.
struct ProtocolConversions {
  let converter: PositionConverter
  let text: SourceText
  /// What the client renders: related information and documentation links only when it does.
  let client: ClientCapabilities
  /// The corpus the findings came from, so evidence ranges are exact.
  var corpus: Corpus? = nil

  func diagnostic(_ finding: Finding) -> Diagnostic {
    var diagnostic = Diagnostic(
      range: converter.range(finding.range, in: text), severity: Self.severity(finding.severity),
      code: finding.rule.rawValue, source: "dossier", message: finding.message)
    if client.codeDescription { diagnostic.documentation = EmbeddedFilesCache.ruleURI(finding.rule) }
    if client.relatedInformation {
      diagnostic.relatedInformation = finding.evidence.compactMap { evidence in
        let corpusText = corpus?.document(named: evidence.document, folder: evidence.folder)?.text
        guard let location = Self.location(of: evidence, encoding: converter.encoding, corpusText: corpusText) else {
          return nil
        }
        return Diagnostic.RelatedInformation(
          location: location, message: "corpus: \(Corpus.shorten(evidence.quote, limit: 200))")
      }
    }
    return diagnostic
  }

  static func severity(_ severity: Severity) -> Diagnostic.Severity {
    switch severity {
    case .error: .error
    case .warning: .warning
    case .information: .information
    case .hint: .hint
    }
  }

  /// An evidence passage as an LSP location (UTF-16 positions are computed in the corpus document,
  /// whose text the server has).
  static func location(of evidence: Evidence, encoding: PositionEncoding = .utf16, corpusText: SourceText? = nil)
    -> Location?
  {
    guard let path = EmbeddedFilesCache.path(of: evidence) else { return nil }
    let start: Position
    let end: Position
    if let corpusText {
      let converter = PositionConverter(encoding: encoding)
      start = converter.position(evidence.range.lowerBound, in: corpusText)
      end = converter.position(evidence.range.upperBound, in: corpusText)
    } else {
      start = Position(line: evidence.line - 1, character: 0)
      end = Position(line: evidence.line, character: 0)
    }
    return Location(uri: DocumentURI.uri(of: path), range: LSPRange(start: start, end: end))
  }

  func edit(_ edit: TextEdit) -> LSPTextEdit {
    LSPTextEdit(range: converter.range(edit.range, in: text), newText: edit.newText)
  }

  /// A hover's content: Markdown, or for a client that shows plain text, the same content and
  /// layout without markup. One layout for every item: what it is and its kind; its definition or
  /// expansion; a note on the draft's words (a value that differs, a reference the corpus does not
  /// cite); the knowledge file's facts; what the corpus says, each excerpt with its document and
  /// line; other names, and the spellings the corpus does not use.
  static func hover(_ knowledge: KnowledgeAtPosition, format: MarkupKind) -> String {
    let markdown = format == .markdown
    var lines = [markdown ? "**\(knowledge.title)** _(\(knowledge.kind))_" : "\(knowledge.title) (\(knowledge.kind))"]
    if let definition = knowledge.definition {
      lines += [
        "", Corpus.shorten(definition.singleSpaced, limit: 500),
      ]
    }
    if let note = knowledge.note { lines += ["", note] }
    if !knowledge.facts.isEmpty {
      lines += ["", "Facts:"]
      for fact in knowledge.facts.prefix(6) { lines.append("- \(fact.statement ?? "\(fact.subject): \(fact.value)")") }
    }
    for (evidence, excerpt) in knowledge.excerpts() {
      let page = evidence.page.map { " (page \($0))" } ?? ""
      let source = "\(evidence.document):\(excerpt.line)\(page)"
      lines +=
        markdown
        ? ["", "> \(excerpt.text)", "", "— `\(source)`"] : ["", "\u{201C}\(excerpt.text)\u{201D}", "— \(source)"]
    }
    if !knowledge.aliases.isEmpty { lines += ["", "Also: " + knowledge.aliases.joined(separator: ", ")] }
    if !knowledge.variants.isEmpty {
      lines += ["", "Not used by the corpus: " + knowledge.variants.joined(separator: ", ")]
    }
    return lines.joined(separator: "\n")
  }

}
