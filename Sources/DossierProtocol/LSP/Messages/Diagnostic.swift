import DossierJSON

/// A finding as the editor shows it (LSP `Diagnostic`).
public struct Diagnostic: EncodableValue, Equatable {
  public enum Severity: Int, Sendable {
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4
  }

  /// A place that bears on the diagnostic (the corpus line a finding cites), with a note.
  public struct RelatedInformation: Sendable, Equatable {
    public var location: Location
    public var message: String
    public init(location: Location, message: String) {
      self.location = location
      self.message = message
    }
  }

  public var range: LSPRange
  public var severity: Severity
  public var code: String
  public var source: String
  public var message: String
  /// A link to the rule's documentation (`codeDescription.href`).
  public var documentation: String?
  public var relatedInformation: [RelatedInformation]

  public init(
    range: LSPRange, severity: Severity, code: String, source: String, message: String, documentation: String? = nil,
    relatedInformation: [RelatedInformation] = []
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.source = source
    self.message = message
    self.documentation = documentation
    self.relatedInformation = relatedInformation
  }

  public var json: JSONValue {
    var object: JSONObject = [
      "range": range.json, "severity": .integer(severity.rawValue), "code": .string(code), "source": .string(source),
      "message": .string(message),
    ]
    if let documentation { object["codeDescription"] = ["href": .string(documentation)] }
    if !relatedInformation.isEmpty {
      object["relatedInformation"] = .array(
        relatedInformation.map { ["location": $0.location.json, "message": .string($0.message)] })
    }
    return .object(object)
  }
}

/// `textDocument/publishDiagnostics`, sent by the server: a document's diagnostics, all of them.
public struct PublishDiagnosticsParams: ServerNotification {
  public static let method = "textDocument/publishDiagnostics"
  public var uri: String
  /// The document version the diagnostics are of (none for a file that is not open).
  public var version: Int?
  public var diagnostics: [Diagnostic]

  public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }

  public var json: JSONValue {
    var object: JSONObject = ["uri": .string(uri)]
    if let version { object["version"] = .integer(version) }
    object["diagnostics"] = diagnostics.json
    return .object(object)
  }
}
