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
  var converter: PositionConverter { PositionConverter(encoding: converterEncoding) }

  func document(_ uri: String) throws(ResponseError) -> OpenDocument {
    guard let document = documents[uri] else { throw ResponseError(.invalidParams, "document \(uri) is not open") }
    return document
  }

  /// The format of a document: its language id's, except that a plain-text id for a file whose
  /// extension names Markdown or HTML is the extension's (an editor without a Markdown mode, such
  /// as Emacs without markdown-mode, opens `.md` files as text: they are still Markdown).
  static func format(uri: String, languageID: String?) -> DraftFormat {
    let byName = DraftFormat(fileName: uri)
    let named = byName.fileExtensions.contains { uri.lowercased().hasSuffix("." + $0) }
    guard let format = languageID.flatMap(DraftFormat.init(languageID:)) else { return byName }
    if format == .plainText, named, byName != .plainText { return byName }
    return format
  }

  func didOpen(_ params: DidOpenParams) {
    let uri = params.uri
    let generation = newGeneration()
    documents[uri] = OpenDocument(
      uri: uri, text: SourceText(params.text), version: params.version,
      format: Self.format(uri: uri, languageID: params.languageID),
      generation: generation, opened: generation)
    reportProblems()
    if !client.pullDiagnostics { schedulePublish(uri, delay: .milliseconds(0)) }
  }

  func didChange(_ params: DidChangeParams) {
    let uri = params.uri
    guard var document = documents[uri] else {
      log("didChange for \(uri), which is not open: ignored")
      return
    }
    var bytes = document.text.bytes
    var text = document.text
    for change in params.changes {
      if let range = change.range {
        bytes.replaceSubrange(converter.byteRange(range, in: text), with: Array(change.text.utf8))
      } else {
        bytes = Array(change.text.utf8)
      }
      text = SourceText(bytes: bytes)
    }
    document.replaceText(text, generation: newGeneration())
    document.version = params.version ?? document.version + 1
    documents[uri] = document
    if !client.pullDiagnostics { schedulePublish(uri, delay: debounce) }
  }

  func didClose(_ params: TextDocumentParams) {
    let uri = params.uri
    documents.removeValue(forKey: uri)
    pendingPublish.removeValue(forKey: uri)?.cancel()
    if !client.pullDiagnostics {
      writer.send(OutgoingMessage.notification(PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    }
  }

  func didSave(_ params: TextDocumentParams) {
    let uri = params.uri
    // Saving a corpus document or a configuration reloads; saving a draft needs nothing.
    if let path = DocumentURI.path(of: uri),
      path.hasSuffix("/.dossier.json") || path.hasSuffix("/knowledge.json")
        || workspace.watchedFolders.contains(where: { path.hasPrefix($0 + "/") })
    {
      reloadCorpora(reason: "\(path) saved")
    }
  }

  // MARK: Diagnostics

  /// Everything an analysis needs, captured on the queue.
  struct Snapshot: Sendable {
    var document: OpenDocument
    var corpus: Corpus
    /// The document's corpus has never loaded yet: nothing to check against until it does.
    var corpusPending: Bool
    var options: AnalysisOptions
    var generation: Int
  }

  func snapshot(_ document: OpenDocument) -> Snapshot {
    let configuration = workspace.configuration(for: document.path)
    let selection = workspace.corpus(
      for: configuration, directory: document.path.map { PathName.deletingLastComponent($0) })
    reportProblems()
    publishConfigurationDiagnostics()
    return Snapshot(
      document: document, corpus: selection.corpus, corpusPending: selection.isPending, options: configuration.options,
      generation: workspace.generation)
  }

  /// An analysis's findings and what the next analysis of the document can reuse.
  struct Analysis: Sendable {
    var findings: [Finding]
    var draft: DraftDocument
    var state: AnalysisState
    /// The corpus generation of the snapshot it was made from.
    var corpusGeneration: Int
  }

  /// Runs on the analysis queue: re-checks only what changed since the document's last analysis.
  static func analyze(_ snapshot: Snapshot) -> Analysis {
    var document = snapshot.document
    let draft = document.draft()
    let (findings, state) = Analyzer.analyze(
      draft, corpus: snapshot.corpus, options: snapshot.options, previous: document.lastAnalysis)
    // No corpus could be loaded: nothing to check against, so nothing is reported.
    return Analysis(
      findings: snapshot.corpus.documents.isEmpty ? [] : findings, draft: draft, state: state,
      corpusGeneration: snapshot.generation)
  }

  /// Back on the queue: keeps the analysis as the base for the next one (not when it is of a
  /// text from before the document was last opened).
  func record(_ analysis: Analysis, uri: String, generation: Int) {
    guard var document = documents[uri], generation >= document.opened else { return }
    document.lastAnalysis = analysis.state
    document.lastParsed = analysis.draft
    if document.generation == generation {
      document.parsed = analysis.draft
      document.currentFindings = (analysis.corpusGeneration, analysis.findings)
    }
    documents[uri] = document
  }

  func diagnostics(_ findings: [Finding], _ document: OpenDocument, corpus: Corpus) -> [Diagnostic] {
    let conversions = ProtocolConversions(
      converter: converter, text: document.text, client: client, corpus: corpus)
    return findings.map(conversions.diagnostic)
  }

  func schedulePublish(_ uri: String, delay: DispatchTimeInterval) {
    pendingPublish.removeValue(forKey: uri)?.cancel()
    guard !awaitingSettings else {
      publishesAfterSettings.insert(uri)
      return
    }
    pendingPublish[uri] = onQueue(after: delay) { server in
      server.pendingPublish.removeValue(forKey: uri)
      guard let document = server.documents[uri] else { return }
      let snapshot = server.snapshot(document)
      // Nothing to check against until the corpus first loads (`corpusLoaded` checks it then).
      guard !snapshot.corpusPending else { return }
      server.analysisQueue.async {
        let analysis = Self.analyze(snapshot)
        server.onQueue { server in server.publish(analysis, of: snapshot, uri: uri) }
      }
    }
  }

  /// Back on the queue after an analysis: keeps it, and publishes its findings if the document
  /// has not changed meanwhile (a newer check is already on its way).
  func publish(_ analysis: Analysis, of snapshot: Snapshot, uri: String) {
    record(analysis, uri: uri, generation: snapshot.document.generation)
    guard let current = documents[uri], current.generation == snapshot.document.generation else { return }
    let params = PublishDiagnosticsParams(
      uri: uri, version: current.version, diagnostics: diagnostics(analysis.findings, current, corpus: snapshot.corpus))
    writer.send(OutgoingMessage.notification(params))
  }

  func pullDiagnostics(_ id: RequestID, _ params: DocumentDiagnosticParams) throws(ResponseError) {
    let document = try document(params.uri)
    guard !awaitingSettings else {
      waitingPulls.append((id, params))
      return
    }
    let snapshot = snapshot(document)
    guard !snapshot.corpusPending else {
      waitingPulls.append((id, params))
      return
    }
    let resultID = "\(document.generation)-\(snapshot.generation)"
    if params.previousResultID == resultID {
      respond(id, .success(DocumentDiagnosticReport.unchanged(resultID: resultID).json))
      return
    }
    inFlight.insert(id)
    analysisQueue.async { [self] in
      let analysis = Self.analyze(snapshot)
      onQueue { server in
        server.record(analysis, uri: document.uri, generation: document.generation)
        server.inFlight.remove(id)
        if server.cancelled.remove(id) != nil {
          server.respond(id, .failure(ResponseError(.requestCancelled, "cancelled")))
          return
        }
        let items = server.diagnostics(analysis.findings, document, corpus: snapshot.corpus)
        server.respond(id, .success(DocumentDiagnosticReport.full(resultID: resultID, items: items).json))
      }
    }
  }

  /// A diagnostic on each configuration file that cannot be read, at the line and column of the
  /// problem; cleared once the file reads again.
  func publishConfigurationDiagnostics() {
    let errors = workspace.configurationErrors
    guard errors != publishedConfigurationErrors else { return }
    for (path, error) in errors.sorted(by: { $0.key < $1.key }) where publishedConfigurationErrors[path] != error {
      let data = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
      let text = SourceText(bytes: data)
      // The error's line and column (1-based, Unicode scalars), over one character.
      let offset = text.offset(
        line: max(0, (error.line ?? 1) - 1), column: max(0, (error.column ?? 1) - 1), in: .scalar)
      let end = text.offset(line: max(0, (error.line ?? 1) - 1), column: max(0, error.column ?? 1), in: .scalar)
      let diagnostic = Diagnostic(
        range: converter.range(offset..<end, in: text), severity: .error, code: "configuration", source: "dossier",
        message: error.message)
      writer.send(
        OutgoingMessage.notification(
          PublishDiagnosticsParams(uri: DocumentURI.uri(of: path), version: nil, diagnostics: [diagnostic])))
    }
    for path in publishedConfigurationErrors.keys.sorted() where errors[path] == nil {
      writer.send(
        OutgoingMessage.notification(
          PublishDiagnosticsParams(uri: DocumentURI.uri(of: path), version: nil, diagnostics: [])))
    }
    publishedConfigurationErrors = errors
  }
}
