import DossierJSON

/// `client/registerCapability`, sent by the server: watch these files and say when they change
/// (`workspace/didChangeWatchedFiles`).
public struct RegisterFileWatchers: ServerRequest {
  public static let method = "client/registerCapability"
  /// A glob anywhere in the workspace ("**/.dossier.json"), or every file under a folder.
  public enum Watcher: Sendable, Equatable {
    case pattern(String)
    case folder(uri: String)
  }

  public var id: String
  public var watchers: [Watcher]

  public init(id: String, watchers: [Watcher]) {
    self.id = id
    self.watchers = watchers
  }

  public var json: JSONValue {
    let watchers: [JSONValue] = watchers.map {
      switch $0 {
      case .pattern(let pattern): ["globPattern": .string(pattern)]
      case .folder(let uri): ["globPattern": ["baseUri": .string(uri), "pattern": "**/*"]]
      }
    }
    return [
      "registrations": [
        [
          "id": .string(id), "method": "workspace/didChangeWatchedFiles",
          "registerOptions": ["watchers": .array(watchers)],
        ]
      ]
    ]
  }
}
