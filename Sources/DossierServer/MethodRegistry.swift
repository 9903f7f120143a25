import DossierJSON
import DossierProtocol

/// Method name → handler. (The stored handlers throw untyped errors, always `ResponseError`s:
/// Swift 6.3's SILGen crashes on a closure with both an `isolated` parameter and typed throws.)
/// A handler decodes the message's typed parameters (a bad field is an
/// `InvalidParams` error naming it), runs the server's method for it, and encodes the typed result.
struct MethodRegistry: Sendable {
  typealias RequestHandler = @Sendable (isolated LanguageServer, RequestID, Params) throws -> Void
  typealias NotificationHandler = @Sendable (isolated LanguageServer, Params) throws -> Void

  private(set) var requests: [String: RequestHandler] = [:]
  private(set) var notifications: [String: NotificationHandler] = [:]

  /// A request answered at once with `handler`'s result.
  mutating func answer<Request: LSPRequest>(
    _: Request.Type,
    _ handler:
      @escaping @Sendable (isolated LanguageServer, Request.RequestParams) throws(ResponseError) ->
      Request.Response
  ) {
    requests[Request.method] = { server, id, params in
      let decoded = try Request.RequestParams(from: params)
      server.respond(id, .success(try handler(server, decoded).json))
    }
  }

  /// A request whose handler answers later itself (`LanguageServer.respond`), or at once.
  mutating func answerLater<Request: LSPRequest>(
    _: Request.Type,
    _ handler:
      @escaping @Sendable (isolated LanguageServer, RequestID, Request.RequestParams) throws(ResponseError) ->
      Void
  ) {
    requests[Request.method] = { server, id, params in
      try handler(server, id, try Request.RequestParams(from: params))
    }
  }

  mutating func handle<Notification: LSPNotification>(
    _: Notification.Type,
    _ handler:
      @escaping @Sendable (isolated LanguageServer, Notification.NotificationParams) throws(ResponseError) ->
      Void
  ) {
    notifications[Notification.method] = { server, params in
      try handler(server, try Notification.NotificationParams(from: params))
    }
  }
}

extension LanguageServer {
  /// Every method the server answers (requests) or acts on (notifications). Any other request is
  /// `MethodNotFound`; any other notification is ignored, as LSP asks.
  static let methods: MethodRegistry = {
    var methods = MethodRegistry()
    methods.answer(InitializeRequest.self) { server, params throws(ResponseError) in try server.initialize(params) }
    methods.answer(ShutdownRequest.self) { server, _ in server.shutdown() }
    methods.answer(HoverRequest.self) { server, params throws(ResponseError) in try server.hover(params) }
    methods.answer(CompletionRequest.self) { server, params throws(ResponseError) in try server.completion(params) }
    methods.answer(CompletionResolveRequest.self) { server, item in server.resolveCompletion(item) }
    methods.answer(DefinitionRequest.self) { server, params throws(ResponseError) in try server.definition(params) }
    methods.answer(CodeActionRequest.self) { server, params throws(ResponseError) in try server.codeActions(params) }
    methods.answer(DocumentSymbolRequest.self) { server, params throws(ResponseError) in
      try server.documentSymbols(params)
    }
    methods.answer(WorkspaceSymbolRequest.self) { server, params in server.workspaceSymbols(params) }
    methods.answerLater(DocumentDiagnosticRequest.self) { server, id, params throws(ResponseError) in
      try server.pullDiagnostics(id, params)
    }
    methods.handle(InitializedNotification.self) { server, _ in server.initialized() }
    methods.handle(DidOpenTextDocument.self) { server, params in server.didOpen(params) }
    methods.handle(DidChangeTextDocument.self) { server, params in server.didChange(params) }
    methods.handle(DidCloseTextDocument.self) { server, params in server.didClose(params) }
    methods.handle(DidSaveTextDocument.self) { server, params in server.didSave(params) }
    methods.handle(DidChangeConfiguration.self) { server, params in server.didChangeConfiguration(params) }
    methods.handle(DidChangeWatchedFiles.self) { server, _ in server.reloadCorpora(reason: "watched files changed") }
    methods.handle(CancelRequest.self) { server, params in server.cancel(params.id) }
    methods.handle(SetTrace.self) { server, params in server.traceToClient = params.traces }
    return methods
  }()
}
