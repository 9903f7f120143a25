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

  func diagnostic(_ finding: Finding) -> JSONValue {
    var object: JSONObject = [
      "range": converter.range(finding.range, in: text).json,
      "severity": .integer(Self.severity(finding.severity)),
      "code": .string(finding.rule.rawValue),
      "source": "dossier",
      "message": .string(finding.message),
    ]
    if client.codeDescription {
      object["codeDescription"] = ["href": .string(EmbeddedFilesCache.ruleURI(finding.rule))]
    }
    if client.relatedInformation {
      let related: [JSONValue] = finding.evidence.compactMap { evidence in
        let corpusText = corpus?.document(named: evidence.document, folder: evidence.folder)?.text
        guard let location = Self.location(of: evidence, encoding: converter.encoding, corpusText: corpusText) else {
          return nil
        }
        return ["location": location, "message": .string("corpus: \(Corpus.shorten(evidence.quote, limit: 200))")]
      }
      if !related.isEmpty { object["relatedInformation"] = .array(related) }
    }
    return .object(object)
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .information: 3
    case .hint: 4
    }
  }

  /// An evidence passage as an LSP location (UTF-16 positions are computed in the corpus document,
  /// whose text the server has).
  static func location(of evidence: Evidence, encoding: PositionEncoding = .utf16, corpusText: SourceText? = nil)
    -> JSONValue?
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
    return ["uri": .string(DocumentURI.uri(of: path)), "range": LSPRange(start: start, end: end).json]
  }

  func edit(_ edit: TextEdit) -> JSONValue {
    ["range": converter.range(edit.range, in: text).json, "newText": .string(edit.newText)]
  }

  /// A hover's content: Markdown, or for a client that shows plain text, the same content and
  /// layout without markup.
  static func hover(_ knowledge: KnowledgeAtPosition, format: MarkupKind) -> String {
    let markdown = format == .markdown
    var lines = [markdown ? "**\(knowledge.title)** _(\(knowledge.kind))_" : "\(knowledge.title) (\(knowledge.kind))"]
    if let definition = knowledge.definition { lines += ["", definition] }
    if !knowledge.aliases.isEmpty { lines += ["", "Also: " + knowledge.aliases.joined(separator: ", ")] }
    if !knowledge.facts.isEmpty {
      lines += ["", "Facts:"]
      for fact in knowledge.facts.prefix(6) { lines.append("- \(fact.statement ?? "\(fact.subject): \(fact.value)")") }
    }
    for evidence in knowledge.evidence.prefix(3) {
      let quote = Corpus.shorten(evidence.quote, limit: 300)
      let source = "\(evidence.document):\(evidence.line)"
      lines += markdown ? ["", "> \(quote)", "", "— `\(source)`"] : ["", "\u{201C}\(quote)\u{201D}", "— \(source)"]
    }
    return lines.joined(separator: "\n")
  }
}
