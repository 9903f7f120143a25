import Dispatch
import DossierCore
import DossierJSON
import DossierProtocol
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LanguageServer {
  /// The document's parsed draft, cached until its next change.
  func draft(_ document: OpenDocument) -> DraftDocument {
    var document = document
    let draft = document.draft()
    documents[document.uri]?.parsed = draft
    return draft
  }

  // MARK: Hover

  func hover(_ params: Params) throws(ResponseError) -> JSONValue {
    let document = try document(params)
    let offset = converter.offset(try params.position(), in: document.text)
    let corpus = snapshot(document).corpus
    guard let knowledge = Analyzer.knowledge(at: offset, in: draft(document), corpus: corpus) else { return .null }
    // Markdown for a client that renders it; the same content without markup for one that
    // shows plain text (no "**", backticks or "#" shown as they are).
    let contents = ProtocolConversions.hover(knowledge, format: client.hoverFormat)
    return [
      "contents": ["kind": .string(client.hoverFormat.rawValue), "value": .string(contents)],
      "range": converter.range(knowledge.range, in: document.text).json,
    ]
  }

  // MARK: Completion

  static func completionKind(_ kind: CompletionCandidate.Kind) -> Int {
    switch kind {
    case .term: 1  // Text
    case .entity: 7  // Class (a named thing)
    case .acronym: 14  // Keyword
    case .reference: 18  // Reference
    case .value: 12  // Value
    }
  }

  func completion(_ params: Params) throws(ResponseError) -> JSONValue {
    let document = try document(params)
    let position = try params.position()
    // Past the last line there is nothing to complete (past a line's end, the end of the line).
    guard position.line < document.text.lineCount else { return .null }
    let offset = converter.offset(position, in: document.text)
    let corpus = snapshot(document).corpus
    let (replace, candidates) = Analyzer.completions(at: offset, in: draft(document), corpus: corpus)
    let range = converter.range(replace, in: document.text).json
    let items: [JSONValue] = candidates.enumerated().map { index, candidate in
      [
        "label": .string(candidate.label),
        "kind": .integer(Self.completionKind(candidate.kind)),
        "detail": .string(candidate.detail),
        "sortText": .string(String(repeating: "0", count: max(0, 4 - String(index).count)) + String(index)),
        "filterText": .string(candidate.label),
        "textEdit": ["range": range, "newText": .string(candidate.insertText)],
        "data": ["uri": .string(document.uri), "label": .string(candidate.label)],
      ]
    }
    return ["isIncomplete": false, "items": .array(items)]
  }

  func resolveCompletion(_ params: Params) throws(ResponseError) -> JSONValue {
    guard var item = params.value.objectValue, params.value["label"]?.stringValue != nil else {
      throw .invalidParams("params must be a completion item with a string label")
    }
    let label = params.value["data"]?["label"]?.stringValue ?? params.value["label"]?.stringValue ?? ""
    let uri = params.value["data"]?["uri"]?.stringValue
    let corpus = uri.flatMap { documents[$0] }.map { snapshot($0).corpus } ?? .embedded
    if let explanation = corpus.explain(label) {
      item["documentation"] =
        client.completionDocumentationFormat == .markdown
        ? ["kind": "markdown", "value": .string("```text\n\(explanation)\n```")]
        : ["kind": "plaintext", "value": .string(explanation)]
    }
    return .object(item)
  }

  // MARK: Definition

  func definition(_ params: Params) throws(ResponseError) -> JSONValue {
    let document = try document(params)
    let offset = converter.offset(try params.position(), in: document.text)
    let corpus = snapshot(document).corpus
    guard let knowledge = Analyzer.knowledge(at: offset, in: draft(document), corpus: corpus) else { return .null }
    let locations: [JSONValue] = knowledge.evidence.compactMap { evidence in
      let text = corpus.document(named: evidence.document, folder: evidence.folder)?.text
      return ProtocolConversions.location(of: evidence, encoding: converterEncoding, corpusText: text)
    }
    return locations.isEmpty ? .null : .array(locations)
  }

  // MARK: Code actions

  func codeActions(_ params: Params) throws(ResponseError) -> JSONValue {
    let document = try document(params)
    let range = converter.byteRange(try params.range(), in: document.text)
    // The context is required; its `only` filter, when given, is a list of kinds.
    let context = try params.child("context")
    _ = try context.object()
    if let only = context.value["only"], only != .null, only.arrayValue?.allSatisfy({ $0.stringValue != nil }) != true {
      throw .invalidParams("context.only must be an array of code action kinds")
    }
    let only = context.value["only"]?.arrayValue?.compactMap(\.stringValue)
    let snapshot = snapshot(document)
    // The latest analysis of this text, when it was checked against the corpus in effect; else
    // the document is checked now.
    let findings: [Finding]
    if let current = document.currentFindings, current.corpusGeneration == snapshot.generation {
      findings = current.findings
    } else {
      let analysis = Self.analyze(snapshot)
      record(analysis, uri: document.uri, generation: document.generation)
      findings = analysis.findings
    }
    let conversions = ProtocolConversions(
      converter: converter, text: document.text, client: client, corpus: snapshot.corpus)
    var actions: [JSONValue] = []
    func wanted(_ kind: String) -> Bool {
      guard let only else { return true }
      return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }
    let touching = findings.filter {
      $0.range.overlaps(range) || $0.range.contains(range.lowerBound) || $0.range.upperBound == range.lowerBound
    }
    if wanted("quickfix") {
      for finding in touching {
        for fix in finding.fixes {
          actions.append([
            "title": .string(fix.title),
            "kind": "quickfix",
            "diagnostics": [conversions.diagnostic(finding)],
            "isPreferred": .bool(fix.isCertain),
            "edit": ["changes": [document.uri: .array(fix.edits.map(conversions.edit))]],
          ])
        }
      }
      if document.format == .markdown {
        for rule in Set(touching.map(\.rule)).sorted() {
          let line = document.text.line(containing: touching.first { $0.rule == rule }!.range.lowerBound)
          let lineStart = document.text.lineStarts[line]
          let indentation = document.text.bytes[lineStart...].prefix { $0 == 0x20 || $0 == 0x09 }
          let comment =
            String(decoding: indentation, as: UTF8.self) + "<!-- dossier-disable-next-line \(rule.rawValue) -->\n"
          actions.append([
            "title": .string("Disable \(rule.rawValue) on this line"),
            "kind": "quickfix",
            "edit": [
              "changes": [document.uri: [conversions.edit(TextEdit(range: lineStart..<lineStart, newText: comment))]]
            ],
          ])
        }
      }
    }
    let certain = findings.compactMap { $0.fixes.first(where: \.isCertain) }
    if wanted("source.fixAll.dossier") || (only?.contains("source.fixAll") ?? false), !certain.isEmpty {
      let result = FixApplication.apply(fixes: certain, to: document.text.bytes)
      actions.append([
        "title": .string("Fix all certain Dossier findings (\(result.applied.count))"),
        "kind": "source.fixAll.dossier",
        "edit": ["changes": [document.uri: .array(result.applied.map(conversions.edit))]],
      ])
    }
    return .array(actions)
  }

  // MARK: Symbols

  func documentSymbols(_ params: Params) throws(ResponseError) -> JSONValue {
    let document = try document(params)
    let draft = draft(document)
    // Headings nest by level.
    struct Node {
      var level: Int
      var symbol: JSONObject
      var children: [JSONValue] = []
    }
    var stack: [Node] = []
    var roots: [JSONValue] = []
    func close(while condition: (Node) -> Bool) {
      while let last = stack.last, condition(last) {
        var node = stack.removeLast()
        if !node.children.isEmpty { node.symbol["children"] = .array(node.children) }
        if stack.isEmpty {
          roots.append(.object(node.symbol))
        } else {
          stack[stack.count - 1].children.append(.object(node.symbol))
        }
      }
    }
    for (index, block) in draft.blocks.enumerated() {
      guard case .heading(let level) = block.kind else { continue }
      close { $0.level >= level }
      let nextHeading = draft.blocks[(index + 1)...].first {
        if case .heading(let next) = $0.kind { return next <= level } else { return false }
      }
      let end =
        nextHeading.map { document.text.lineStarts[document.text.line(containing: $0.range.lowerBound)] }
        ?? document.text.count
      let start = document.text.lineStarts[document.text.line(containing: block.range.lowerBound)]
      let name = document.text.string(in: block.range).trimmingCharacters(in: " \t")
      stack.append(
        Node(
          level: level,
          symbol: [
            "name": .string(name.isEmpty ? "(heading)" : name), "kind": 15,
            "range": converter.range(start..<max(start, end), in: document.text).json,
            "selectionRange": converter.range(block.range, in: document.text).json,
          ]))
    }
    close { _ in true }
    return .array(roots)
  }

  func workspaceSymbols(_ params: Params) throws(ResponseError) -> JSONValue {
    let query = WordFormsBridge.folded(try params.string("query"))
    var corpora: [Corpus] = [.embedded]
    for document in documents.values { corpora.append(snapshot(document).corpus) }
    var symbols: [JSONValue] = []
    var seen = Set<String>()
    for corpus in corpora {
      func add(_ name: String, _ kind: Int, _ evidence: Evidence?, container: String) {
        guard query.isEmpty || WordFormsBridge.folded(name).contains(query), let evidence,
          seen.insert(name + "|" + container).inserted,
          let location = ProtocolConversions.location(
            of: evidence, encoding: converterEncoding,
            corpusText: corpus.document(named: evidence.document, folder: evidence.folder)?.text)
        else { return }
        symbols.append([
          "name": .string(name), "kind": .integer(kind), "location": location, "containerName": .string(container),
        ])
      }
      for term in corpus.terms where term.origin == .knowledgeFile {
        add(term.preferred, 20, term.evidence.first, container: term.kind)
      }
      for reference in corpus.references {
        add(reference.preferred, 18, reference.evidence.first, container: reference.kind)
      }
      for acronym in corpus.acronyms {
        add("\(acronym.acronym): \(acronym.expansion)", 14, acronym.evidence.first, container: "acronym")
      }
      for fact in corpus.facts { add(fact.statement ?? fact.id, 14, fact.evidence.first, container: "fact") }
      if symbols.count > 500 { break }
    }
    return .array(Array(symbols.prefix(500)))
  }
}

/// Folding as the core does it, for symbol queries.
enum WordFormsBridge {
  static func folded(_ text: String) -> String { WordForms.folded(text) }
}
