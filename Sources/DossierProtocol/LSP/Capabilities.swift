import DossierJSON

/// What the client said it can do, reduced to what the server needs to know.
public struct ClientCapabilities: Sendable {
  public var positionEncodings: [String] = []
  public var pullDiagnostics = false
  public var workspaceConfiguration = false
  public var didChangeWatchedFilesDynamicRegistration = false
  public var markdownHover = true
  public var snippetSupport = false
  public var relatedInformation = true
  public var codeDescription = true

  public init() {}

  public init(_ value: JSONValue) {
    let general = value["general"]
    positionEncodings = general?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    let textDocument = value["textDocument"]
    pullDiagnostics = textDocument?["diagnostic"]?.objectValue != nil
    workspaceConfiguration = value["workspace"]?["configuration"]?.boolValue ?? false
    didChangeWatchedFilesDynamicRegistration =
      value["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
    if let formats = textDocument?["hover"]?["contentFormat"]?.arrayValue?.compactMap(\.stringValue), !formats.isEmpty {
      markdownHover = formats.contains("markdown")
    }
    snippetSupport = textDocument?["completion"]?["completionItem"]?["snippetSupport"]?.boolValue ?? false
    relatedInformation = textDocument?["publishDiagnostics"]?["relatedInformation"]?.boolValue ?? true
  }

  /// UTF-8 when offered, else UTF-16 (the protocol's default).
  public var negotiatedEncoding: PositionEncoding {
    positionEncodings.contains("utf-8") ? .utf8 : .utf16
  }
}
