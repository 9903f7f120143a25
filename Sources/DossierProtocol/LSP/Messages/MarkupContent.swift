import DossierJSON

/// Documentation text in the format the client reads (LSP `MarkupContent`).
public struct MarkupContent: EncodableValue, Equatable {
  public var kind: MarkupKind
  public var value: String

  public init(kind: MarkupKind, value: String) {
    self.kind = kind
    self.value = value
  }

  public var json: JSONValue { ["kind": .string(kind.rawValue), "value": .string(value)] }
}
