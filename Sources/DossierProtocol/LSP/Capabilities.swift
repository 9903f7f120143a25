import DossierJSON

/// A format for documentation the client renders (LSP `MarkupKind`).
public enum MarkupKind: String, Sendable, Equatable {
  case plaintext
  case markdown

  /// The first kind of the client's list (its order of preference) that the server can write;
  /// `markdown` when the client gives no list.
  static func preferred(_ list: JSONValue?) -> MarkupKind {
    guard let kinds = list?.arrayValue?.compactMap(\.stringValue), !kinds.isEmpty else { return .markdown }
    return kinds.lazy.compactMap(MarkupKind.init(rawValue:)).first ?? .plaintext
  }
}

/// What the client said it can do, decoded once at `initialize` into the values the server's
/// features consult. A capability the client does not declare is one it does not have (LSP
/// 3.17), except the documentation formats, where a client that names none gets Markdown.
public struct ClientCapabilities: Sendable, Equatable {
  /// `general.positionEncodings`, in the client's order.
  public var positionEncodings: [String] = []
  /// `textDocument.diagnostic`: the client pulls diagnostics.
  public var pullDiagnostics = false
  /// `workspace.diagnostics.refreshSupport`: the server may ask the client to pull again.
  public var diagnosticRefresh = false
  /// `workspace.configuration`: the server may ask for settings.
  public var workspaceConfiguration = false
  /// `workspace.didChangeWatchedFiles.dynamicRegistration`.
  public var didChangeWatchedFilesDynamicRegistration = false
  /// `textDocument.hover.contentFormat`.
  public var hoverFormat = MarkupKind.markdown
  /// `textDocument.completion.completionItem.documentationFormat`.
  public var completionDocumentationFormat = MarkupKind.markdown
  /// `textDocument.completion.completionItem.snippetSupport`.
  public var snippetSupport = false
  /// `relatedInformation` of diagnostics (published or pulled).
  public var relatedInformation = false
  /// `codeDescriptionSupport` of diagnostics: a rule's documentation link.
  public var codeDescription = false
  /// `window.workDoneProgress`: the server may report progress of its own.
  public var workDoneProgress = false

  public init() {}

  public init(_ value: JSONValue) {
    let general = value["general"]
    positionEncodings = general?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    let textDocument = value["textDocument"]
    let workspace = value["workspace"]
    pullDiagnostics = textDocument?["diagnostic"]?.objectValue != nil
    diagnosticRefresh = workspace?["diagnostics"]?["refreshSupport"]?.boolValue ?? false
    workspaceConfiguration = workspace?["configuration"]?.boolValue ?? false
    didChangeWatchedFilesDynamicRegistration =
      workspace?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
    hoverFormat = MarkupKind.preferred(textDocument?["hover"]?["contentFormat"])
    let completionItem = textDocument?["completion"]?["completionItem"]
    completionDocumentationFormat = MarkupKind.preferred(completionItem?["documentationFormat"])
    snippetSupport = completionItem?["snippetSupport"]?.boolValue ?? false
    // LSP 3.17 declares these for published diagnostics; pulled diagnostics share them (and
    // some clients declare them under `textDocument.diagnostic` too).
    func diagnostics(_ key: String) -> Bool {
      textDocument?["publishDiagnostics"]?[key]?.boolValue ?? textDocument?["diagnostic"]?[key]?.boolValue ?? false
    }
    relatedInformation = diagnostics("relatedInformation")
    codeDescription = diagnostics("codeDescriptionSupport")
    workDoneProgress = value["window"]?["workDoneProgress"]?.boolValue ?? false
  }

  /// UTF-8 when offered, else UTF-16 (the protocol's default).
  public var negotiatedEncoding: PositionEncoding {
    positionEncodings.contains("utf-8") ? .utf8 : .utf16
  }
}
