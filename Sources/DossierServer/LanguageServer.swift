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

/// Dossier's language server.
///
/// Concurrency: the server is an actor, and its executor is one serial queue (`QueueExecutor`),
/// so every message is handled in arrival order and all mutable state (documents, settings,
/// corpora, pending requests) is isolated to it; Swift 6 checks each access. Reading stdin
/// happens on its own thread, so a slow analysis never blocks reading the next message.
/// Diagnostics are computed on a separate queue from an immutable snapshot and published only if
/// the document has not changed since; corpora load on a global queue.
public actor LanguageServer {
  enum Lifecycle {
    case uninitialized
    case running
    case shutDown
  }

  private nonisolated let executor = QueueExecutor(label: "dossier.server")
  /// The queue the server's state lives on.
  nonisolated var queue: DispatchQueue { executor.queue }
  public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
  nonisolated let analysisQueue = DispatchQueue(label: "dossier.analysis", qos: .userInitiated)
  nonisolated let writer: MessageWriter
  var lifecycle = Lifecycle.uninitialized
  var client = ClientCapabilities()
  var converterEncoding = PositionEncoding.utf16
  var documents: [String: OpenDocument] = [:]
  /// The last document generation given (see `OpenDocument.generation`).
  var lastGeneration = 0
  let workspace = WorkspaceCorpora()
  /// Where corpus folders' compiled indexes are kept (`CorpusIndexStore`).
  let indexStore = CorpusIndexStore.standard(environment: ProcessInfo.processInfo.environment)
  var receivedInitialized = false
  /// The corpus folders the client was asked to watch, and how many registrations were sent.
  var registeredFolders: Set<String> = []
  var watcherRegistrations = 0
  /// Watches the corpus folders for a client that does not (see `pollCorpusFolders`).
  nonisolated let poller = CorpusPoller()
  var pendingPublish: [String: DispatchWorkItem] = [:]
  /// Requests whose work runs off the queue and may be cancelled.
  var inFlight: Set<RequestID> = []
  var cancelled: Set<RequestID> = []
  var nextOutgoingID = 1
  /// What to do with the client's answer to each request the server sent: its result, or nil
  /// when it answered with an error.
  var outgoingHandlers: [RequestID: (JSONValue?) -> Void] = [:]
  var traceToClient = false
  /// Configuration files with a published error diagnostic, and the error.
  var publishedConfigurationErrors: [String: DossierError] = [:]
  /// True from `initialized` until the client's answer to the first `workspace/configuration`
  /// request (or `settingsWait`): no diagnostics are computed with settings about to change.
  var awaitingSettings = false
  /// Documents whose diagnostics wait for the settings.
  var publishesAfterSettings: Set<String> = []
  /// Pull requests waiting for the settings or for their corpus's first load, in arrival order:
  /// tried again when either arrives (one still waiting waits again).
  var waitingPulls: [(RequestID, DocumentDiagnosticParams)] = []
  /// Work-done progress tokens the client has accepted, and those whose work ended first.
  var progressBegun: Set<String> = []
  var progressEnded: Set<String> = []
  /// How long the first diagnostics wait for a client that does not answer the settings request.
  var settingsWait: DispatchTimeInterval = .seconds(2)
  /// Debounce before pushing diagnostics after an edit.
  var debounce: DispatchTimeInterval = .milliseconds(120)
  nonisolated let exitHandler: @Sendable (Int32) -> Void

  init(writer: MessageWriter, exitHandler: @escaping @Sendable (Int32) -> Void) {
    self.writer = writer
    self.exitHandler = exitHandler
    workspace.load = { [unowned self] selection in self.assumeIsolated { $0.startLoading(selection) } }
  }

  /// Serves LSP over standard input and output until `exit` or end of input.
  public static func runStandardIO() -> Never {
    signal(SIGPIPE, SIG_IGN)
    let server = LanguageServer(writer: MessageWriter(descriptor: STDOUT_FILENO)) { code in exit(code) }
    let reader = MessageReader(
      descriptor: STDIN_FILENO,
      deliver: { frame in server.onQueue { $0.receive(frame) } },
      finished: {
        server.onQueue { server in
          server.log("end of input; exiting")
          server.exitHandler(server.lifecycle == .shutDown ? 0 : 1)
        }
      })
    reader.start()
    dispatchMain()
  }

  /// Runs `body` on the server's queue, after everything already queued, isolated to the server.
  nonisolated func onQueue(_ body: @escaping @Sendable (isolated LanguageServer) -> Void) {
    queue.async { self.assumeIsolated(body) }
  }

  /// The same, after `delay`; the returned work item cancels it.
  @discardableResult
  nonisolated func onQueue(
    after delay: DispatchTimeInterval, _ body: @escaping @Sendable (isolated LanguageServer) -> Void
  ) -> DispatchWorkItem {
    let work = DispatchWorkItem { self.assumeIsolated(body) }
    queue.asyncAfter(deadline: .now() + delay, execute: work)
    return work
  }

  func log(_ message: String) {
    standardErrorWrite("dossier lsp: \(message)\n")
    if traceToClient, lifecycle == .running {
      writer.send(OutgoingMessage.notification(LogMessage(type: .log, message: message)))
    }
  }

  func showMessage(_ message: String, type: MessageType = .error) {
    writer.send(OutgoingMessage.notification(ShowMessage(type: type, message: message)))
  }

  func reportProblems() {
    for problem in workspace.problems {
      log(problem)
      showMessage(problem)
    }
    workspace.problems.removeAll()
  }

  /// A document generation never given before in this session.
  func newGeneration() -> Int {
    lastGeneration += 1
    return lastGeneration
  }

  // MARK: Receiving

  func receive(_ frame: MessageFramer.Frame) {
    switch frame {
    case .badHeader(let reason):
      log("dropped a message: \(reason)")
      writer.send(OutgoingMessage.error(id: nil, ResponseError(.parseError, "bad message header: \(reason)")))
    case .message(let body):
      handle(IncomingMessage.decode(body))
    }
  }

  func handle(_ message: IncomingMessage) {
    switch message {
    case .invalid(let id, let error):
      writer.send(OutgoingMessage.error(id: id, error))
    case .response(let id, let result, let error):
      outgoingHandlers.removeValue(forKey: id)?(error == nil ? result ?? .null : nil)
    case .notification(let method, let params):
      handleNotification(method, params)
    case .request(let id, let method, let params):
      handleRequest(id, method, params)
    }
  }

  func respond(_ id: RequestID, _ result: Result<JSONValue, ResponseError>) {
    switch result {
    case .success(let value): writer.send(OutgoingMessage.response(id: id, result: value))
    case .failure(let error): writer.send(OutgoingMessage.error(id: id, error))
    }
  }

  /// Sends a request to the client; `handler` runs on the queue with the result.
  func sendRequest<Request: ServerRequest>(_ request: Request, handler: @escaping (JSONValue?) -> Void = { _ in }) {
    let id = RequestID.string("dossier-\(nextOutgoingID)")
    nextOutgoingID += 1
    outgoingHandlers[id] = handler
    writer.send(OutgoingMessage.request(id: id, Request.method, request.json))
  }

  func handleRequest(_ id: RequestID, _ method: String, _ params: JSONValue) {
    switch lifecycle {
    case .uninitialized where method != "initialize":
      respond(id, .failure(ResponseError(.serverNotInitialized, "the server is not initialized yet")))
      return
    case .shutDown:
      respond(id, .failure(ResponseError(.invalidRequest, "the server is shut down")))
      return
    default:
      break
    }
    guard let handler = Self.methods.requests[method] else {
      respond(id, .failure(ResponseError(.methodNotFound, "unknown method \(method)")))
      return
    }
    if method == InitializeRequest.method, lifecycle != .uninitialized {
      respond(id, .failure(ResponseError(.invalidRequest, "initialize was already called")))
      return
    }
    do {
      try handler(self, id, Params(params))
    } catch {
      respond(id, .failure(error as? ResponseError ?? ResponseError(.internalError, "\(error)")))
    }
  }

  func handleNotification(_ method: String, _ params: JSONValue) {
    if method == "exit" {
      exitHandler(lifecycle == .shutDown ? 0 : 1)
      return
    }
    guard lifecycle == .running else { return }
    // Unknown notifications, and any "$/" one, are ignored.
    guard let handler = Self.methods.notifications[method] else { return }
    do {
      try handler(self, Params(params))
    } catch {
      log("\(method): \((error as? ResponseError)?.message ?? "\(error)")")
    }
  }

  // MARK: Lifecycle

  func initialize(_ params: InitializeParams) -> InitializeResult {
    client = params.capabilities
    converterEncoding = client.negotiatedEncoding
    traceToClient = params.traces
    workspace.applySettings(params.initializationOptions)
    lifecycle = .running
    var capabilities: JSONObject = [
      "positionEncoding": .string(converterEncoding.rawValue),
      "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
      "hoverProvider": true,
      "completionProvider": ["resolveProvider": true, "triggerCharacters": ["(", " "]],
      "definitionProvider": true,
      "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.dossier"], "resolveProvider": false],
      "documentSymbolProvider": true,
      "workspaceSymbolProvider": true,
    ]
    if client.pullDiagnostics {
      capabilities["diagnosticProvider"] = [
        "identifier": "dossier", "interFileDependencies": false, "workspaceDiagnostics": false,
      ]
    }
    return InitializeResult(capabilities: capabilities, serverName: "dossier", serverVersion: "0.1.0")
  }

  func shutdown() -> NullResult {
    lifecycle = .shutDown
    return NullResult()
  }

  func initialized() {
    // Sent once by LSP; a client that sends it again gets nothing twice.
    guard !receivedInitialized else { return }
    receivedInitialized = true
    if client.workspaceConfiguration {
      // The first diagnostics use the client's settings: they wait for its answer.
      awaitingSettings = true
      onQueue(after: settingsWait) { server in
        guard server.awaitingSettings else { return }
        server.log("the client has not answered workspace/configuration: checking with the settings known so far")
        server.settingsArrived()
      }
      pullConfiguration()
    }
    if client.didChangeWatchedFilesDynamicRegistration { registerWatchers() }
    pollCorpusFolders()
    reportProblems()
  }

  /// Every few seconds: for a client that watches files for the server, registers the corpus
  /// folders that came into use since (a `.dossier.json` found beside a newly opened draft); for
  /// one that does not, looks at the corpus folders in use and reloads when their files change
  /// (`CorpusPoller`).
  func pollCorpusFolders() {
    guard lifecycle == .running else { return }
    let folders = workspace.watchedFolders
    if client.didChangeWatchedFilesDynamicRegistration {
      if !Set(folders).isSubset(of: registeredFolders) { registerWatchers() }
    } else if !folders.isEmpty {
      poller.check(folders) { [self] changed in
        onQueue { server in server.reloadCorpora(reason: "files changed in \(changed.joined(separator: ", "))") }
      }
    }
    onQueue(after: CorpusPoller.interval) { server in server.pollCorpusFolders() }
  }

  /// Asks the client to watch the configuration files and the corpus folders in use; each new
  /// registration (a new id) adds the folders that came into use since the last.
  func registerWatchers() {
    let folders = workspace.watchedFolders
    let watchers: [RegisterFileWatchers.Watcher] =
      [.pattern("**/.dossier.json"), .pattern("**/knowledge.json")]
      + folders.map { .folder(uri: DocumentURI.uri(of: $0)) }
    let id =
      registeredFolders.isEmpty && watcherRegistrations == 0 ? "dossier-watch" : "dossier-watch-\(watcherRegistrations)"
    watcherRegistrations += 1
    registeredFolders.formUnion(folders)
    sendRequest(RegisterFileWatchers(id: id, watchers: watchers))
  }

  func pullConfiguration() {
    sendRequest(ConfigurationRequest(sections: ["dossier"])) { [self] result in
      if let settings = result?[0], !settings.isNull {
        workspace.applySettings(settings)
        reportProblems()
        if !awaitingSettings { recheckWhenCorporaReady() }
      }
      if awaitingSettings { settingsArrived() }
    }
  }

  /// The first settings are in effect: the diagnostics that waited for them are computed now.
  func settingsArrived() {
    awaitingSettings = false
    for uri in publishesAfterSettings.sorted() where documents[uri] != nil {
      schedulePublish(uri, delay: .milliseconds(0))
    }
    publishesAfterSettings.removeAll()
    answerWaitingPulls()
  }

  /// Tries again every pull request that waited.
  func answerWaitingPulls() {
    let pulls = waitingPulls
    waitingPulls.removeAll()
    for (id, params) in pulls {
      do {
        try pullDiagnostics(id, params)
      } catch {
        respond(id, .failure(error))
      }
    }
  }

  func didChangeConfiguration(_ params: DidChangeConfigurationParams) {
    if client.workspaceConfiguration {
      pullConfiguration()
    } else {
      workspace.applySettings(params.settings)
      reportProblems()
      recheckWhenCorporaReady()
    }
  }

  // MARK: Corpora

  /// Loads a corpus off the request queue: reading requests are answered meanwhile, with the
  /// corpus that served before (`WorkspaceCorpora.corpus`).
  func startLoading(_ selection: CorpusSelection) {
    log("loading the corpus in \(selection.folders.joined(separator: ", "))")
    let progress = beginProgress("Dossier", message: "Loading the corpus (\(selection.folders.count) folders)")
    let store = indexStore
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let result: Result<Corpus, DossierError>
      var outcome: CorpusIndexStore.Outcome?
      do throws(DossierError) {
        // Through the corpus's compiled index: opened at once when it is current; when it must be
        // rebuilt, the previous one serves meanwhile.
        let loaded = try selection.load(
          index: store,
          whileBuilding: { previous in
            self.onQueue { server in
              guard server.workspace.serveMeanwhile(selection, previous) else { return }
              server.log(
                "serving the previous index of the corpus in \(selection.folders.joined(separator: ", ")) while it is rebuilt"
              )
              server.corpusLoaded()
            }
          })
        outcome = loaded.index
        result = .success(loaded.corpus)
      } catch {
        result = .failure(error)
      }
      onQueue { [outcome] server in
        if let outcome { server.log("corpus in \(selection.folders.joined(separator: ", ")): \(outcome)") }
        server.workspace.finishLoad(selection, result)
        server.endProgress(progress)
        server.reportProblems()
        server.corpusLoaded()
      }
    }
  }

  /// A corpus is ready: every open document is checked again (pushed, or refreshed for a client
  /// that pulls), and pull requests that waited for it are answered.
  func corpusLoaded() {
    recheckAll()
    answerWaitingPulls()
  }

  /// Work-done progress the client shows (`window/workDoneProgress/create`, then `$/progress`),
  /// when it declared support; the token, or nil.
  func beginProgress(_ title: String, message: String) -> String? {
    guard client.workDoneProgress else { return nil }
    let token = "dossier-progress-\(nextOutgoingID)"
    sendRequest(CreateWorkDoneProgress(token: token)) { [self] result in
      guard result != nil else { return }  // the client refused the token
      writer.send(
        OutgoingMessage.notification(WorkDoneProgress(token: token, value: .begin(title: title, message: message))))
      if progressEnded.remove(token) != nil {
        writer.send(OutgoingMessage.notification(WorkDoneProgress(token: token, value: .end)))
      } else {
        progressBegun.insert(token)
      }
    }
    return token
  }

  func endProgress(_ token: String?) {
    guard let token else { return }
    if progressBegun.remove(token) != nil {
      writer.send(OutgoingMessage.notification(WorkDoneProgress(token: token, value: .end)))
    } else {
      progressEnded.insert(token)
    }
  }

  func reloadCorpora(reason: String) {
    log("reloading corpora: \(reason)")
    workspace.invalidate()
    recheckWhenCorporaReady()
  }

  /// After settings or corpora changed: starts loading what the open documents need, and checks
  /// them again now if nothing has to load, else when the loads finish (`corpusLoaded`) — not
  /// once with the corpus about to be replaced and again with the new one.
  func recheckWhenCorporaReady() {
    for document in documents.values { _ = snapshot(document) }
    if workspace.loading.isEmpty { recheckAll() }
  }

  func recheckAll() {
    if client.pullDiagnostics {
      if client.diagnosticRefresh { sendRequest(DiagnosticRefresh()) }
    } else {
      for uri in documents.keys { schedulePublish(uri, delay: .milliseconds(0)) }
    }
  }

  func cancel(_ id: RequestID) {
    if let waiting = waitingPulls.firstIndex(where: { $0.0 == id }) {
      waitingPulls.remove(at: waiting)
      respond(id, .failure(ResponseError(.requestCancelled, "cancelled")))
      return
    }
    guard inFlight.contains(id) else { return }
    cancelled.insert(id)
  }
}
