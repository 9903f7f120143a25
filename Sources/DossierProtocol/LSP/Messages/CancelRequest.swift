import DossierJSON

/// `$/cancelRequest`: the client no longer wants an answer to a request.
public enum CancelRequest: LSPNotification {
  public static let method = "$/cancelRequest"
  public typealias NotificationParams = CancelParams
}

public struct CancelParams: DecodableParams {
  public var id: RequestID

  public init(from params: Params) throws(ResponseError) {
    let child = try params.child("id")
    guard let id = RequestID(child.value) else { throw .invalidParams("\(child.path) must be an integer or a string") }
    self.id = id
  }
}
