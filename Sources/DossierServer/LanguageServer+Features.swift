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

  func hover(_ params: TextDocumentPositionParams) throws(ResponseError) -> Hover? {
    let document = try document(params.uri)
    let offset = converter.offset(params.position, in: document.text)
    let corpus = snapshot(document).corpus
    guard let knowledge = Analyzer.knowledge(at: offset, in: draft(document), corpus: corpus) else { return nil }
    // Markdown for a client that renders it; the same content without markup for one that
    // shows plain text (no "**", backticks or "#" shown as they are).
    let contents = ProtocolConversions.hover(knowledge, format: client.hoverFormat)
    return Hover(
      contents: MarkupContent(kind: client.hoverFormat, value: contents),
      range: converter.range(knowledge.range, in: document.text))
  }

  // MARK: Completion

  static func completionKind(_ kind: CompletionCandidate.Kind) -> CompletionItem.Kind {
    switch kind {
    case .term: .text
    case .entity: .class  // a named thing
    case .acronym: .keyword
    case .reference: .reference
    case .value: .value
    }
  }

  func completion(_ params: TextDocumentPositionParams) throws(ResponseError) -> CompletionList? {
    let document = try document(params.uri)
    // Past the last line there is nothing to complete (past a line's end, the end of the line).
    guard params.position.line < document.text.lineCount else { return nil }
    let offset = converter.offset(params.position, in: document.text)
    let corpus = snapshot(document).corpus
    let candidates = Analyzer.completions(at: offset, in: draft(document), corpus: corpus)
    let items = candidates.enumerated().map { index, candidate in
      CompletionItem(
        label: candidate.label, kind: Self.completionKind(candidate.kind), detail: candidate.detail,
        sortText: String(repeating: "0", count: max(0, 4 - String(index).count)) + String(index),
        filterText: candidate.filterText,
        textEdit: LSPTextEdit(
          range: converter.range(candidate.replace, in: document.text), newText: candidate.insertText),
        data: ["uri": .string(document.uri), "label": .string(candidate.label)])
    }
    // While a word is being typed the list is incomplete: phrases of the corpus are offered
    // from the third letter, so a client filtering the first answer locally would never see them.
    let bytes = document.text.bytes
    let typing =
      offset > 0 && offset <= bytes.count
      && (bytes[offset - 1] >= 0x80 || Character(Unicode.Scalar(bytes[offset - 1])).isLetter
        || Character(Unicode.Scalar(bytes[offset - 1])).isNumber)
    return CompletionList(isIncomplete: typing, items: items)
  }

  func resolveCompletion(_ item: CompletionItem) -> CompletionItem {
    var item = item
    let label = item.data?["label"]?.stringValue ?? item.label
    let uri = item.data?["uri"]?.stringValue
    let corpus = uri.flatMap { documents[$0] }.map { snapshot($0).corpus } ?? .embedded
    if let explanation = corpus.explain(label) {
      item.documentation =
        client.completionDocumentationFormat == .markdown
        ? MarkupContent(kind: .markdown, value: "```text\n\(explanation)\n```")
        : MarkupContent(kind: .plaintext, value: explanation)
    }
    return item
  }

  // MARK: Definition

  func definition(_ params: TextDocumentPositionParams) throws(ResponseError) -> [Location]? {
    let document = try document(params.uri)
    let offset = converter.offset(params.position, in: document.text)
    let corpus = snapshot(document).corpus
    guard let knowledge = Analyzer.knowledge(at: offset, in: draft(document), corpus: corpus) else { return nil }
    let locations = knowledge.evidence.compactMap { evidence in
      let text = corpus.document(named: evidence.document, folder: evidence.folder)?.text
      return ProtocolConversions.location(of: evidence, encoding: converterEncoding, corpusText: text)
    }
    return locations.isEmpty ? nil : locations
  }

  // MARK: Code actions

  func codeActions(_ params: CodeActionParams) throws(ResponseError) -> [CodeAction] {
    let document = try document(params.uri)
    let range = converter.byteRange(params.range, in: document.text)
    let only = params.only
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
    var actions: [CodeAction] = []
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
          actions.append(
            CodeAction(
              title: fix.title, kind: "quickfix", diagnostics: [conversions.diagnostic(finding)],
              isPreferred: fix.isCertain,
              edit: WorkspaceEdit(changes: [(document.uri, fix.edits.map(conversions.edit))])))
        }
      }
      if document.format != .plainText {
        for rule in Set(touching.map(\.rule)).sorted() {
          let line = document.text.line(containing: touching.first { $0.rule == rule }!.range.lowerBound)
          let lineStart = document.text.lineStarts[line]
          let indentation = document.text.bytes[lineStart...].prefix { $0 == 0x20 || $0 == 0x09 }
          let comment =
            String(decoding: indentation, as: UTF8.self) + "<!-- dossier-disable-next-line \(rule.rawValue) -->\n"
          actions.append(
            CodeAction(
              title: "Disable \(rule.rawValue) on this line", kind: "quickfix",
              edit: WorkspaceEdit(
                changes: [(document.uri, [conversions.edit(TextEdit(range: lineStart..<lineStart, newText: comment))])])
            ))
        }
      }
    }
    let certain = findings.compactMap { $0.fixes.first(where: \.isCertain) }
    if wanted("source.fixAll.dossier") || (only?.contains("source.fixAll") ?? false), !certain.isEmpty {
      let result = FixApplication.apply(fixes: certain, to: document.text.bytes)
      actions.append(
        CodeAction(
          title: "Fix all certain Dossier findings (\(result.applied.count))", kind: "source.fixAll.dossier",
          edit: WorkspaceEdit(changes: [(document.uri, result.applied.map(conversions.edit))])))
    }
    return actions
  }

  // MARK: Symbols

  func documentSymbols(_ params: TextDocumentParams) throws(ResponseError) -> [DocumentSymbol] {
    let document = try document(params.uri)
    let draft = draft(document)
    // Headings nest by level: a stack of open headings, each closed (into its parent, or the
    // roots) when a heading of its level or above begins.
    var stack: [(level: Int, symbol: DocumentSymbol)] = []
    var roots: [DocumentSymbol] = []
    func close(while condition: (Int) -> Bool) {
      while let last = stack.last, condition(last.level) {
        stack.removeLast()
        if stack.isEmpty {
          roots.append(last.symbol)
        } else {
          stack[stack.count - 1].symbol.children.append(last.symbol)
        }
      }
    }
    for (index, block) in draft.blocks.enumerated() {
      guard case .heading(let level) = block.kind else { continue }
      close { $0 >= level }
      let nextHeading = draft.blocks[(index + 1)...].first {
        if case .heading(let next) = $0.kind { return next <= level } else { return false }
      }
      let end =
        nextHeading.map { document.text.lineStarts[document.text.line(containing: $0.range.lowerBound)] }
        ?? document.text.count
      let start = document.text.lineStarts[document.text.line(containing: block.range.lowerBound)]
      let name = document.text.string(in: block.range).trimmingCharacters(in: " \t")
      stack.append(
        (
          level,
          DocumentSymbol(
            name: name.isEmpty ? "(heading)" : name, kind: .string,
            range: converter.range(start..<max(start, end), in: document.text),
            selectionRange: converter.range(block.range, in: document.text))
        ))
    }
    close { _ in true }
    return roots
  }

  func workspaceSymbols(_ params: WorkspaceSymbolParams) -> [SymbolInformation] {
    let query = WordFormsBridge.folded(params.query)
    var corpora: [Corpus] = [.embedded]
    for document in documents.values { corpora.append(snapshot(document).corpus) }
    var symbols: [SymbolInformation] = []
    var seen = Set<String>()
    for corpus in corpora {
      func add(_ name: String, _ kind: DocumentSymbol.Kind, _ evidence: Evidence?, container: String) {
        guard query.isEmpty || WordFormsBridge.folded(name).contains(query), let evidence,
          seen.insert(name + "|" + container).inserted,
          let location = ProtocolConversions.location(
            of: evidence, encoding: converterEncoding,
            corpusText: corpus.document(named: evidence.document, folder: evidence.folder)?.text)
        else { return }
        symbols.append(SymbolInformation(name: name, kind: kind, location: location, containerName: container))
      }
      for term in corpus.terms where term.origin == .knowledgeFile {
        add(term.preferred, .key, term.evidence.first, container: term.kind)
      }
      for reference in corpus.references {
        add(reference.preferred, .reference, reference.evidence.first, container: reference.kind)
      }
      for acronym in corpus.acronyms {
        add("\(acronym.acronym): \(acronym.expansion)", .constant, acronym.evidence.first, container: "acronym")
      }
      for fact in corpus.facts { add(fact.statement ?? fact.id, .constant, fact.evidence.first, container: "fact") }
      if symbols.count > 500 { break }
    }
    return Array(symbols.prefix(500))
  }
}

/// Folding as the core does it, for symbol queries.
enum WordFormsBridge {
  static func folded(_ text: String) -> String { WordForms.folded(text) }
}
