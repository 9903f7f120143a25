/// The corpus a configuration puts in effect: its folders and whether the embedded seed corpus
/// joins them. `dossier lint`, `dossier explain` and the language server all decide through this
/// one value which corpus applies, and key their caches by it, so a folder set means the same
/// corpus on every front.
public struct CorpusSelection: Hashable, Sendable {
  /// Corpus folders, absolute, in the configuration's order.
  public let folders: [String]
  public let includesEmbedded: Bool

  public init(folders: [String], includesEmbedded: Bool) {
    self.folders = folders
    self.includesEmbedded = includesEmbedded
  }

  /// The corpus `configuration` names (the embedded corpus when it names no folder, unless it
  /// leaves that out too).
  public init(_ configuration: Configuration) {
    self.init(folders: configuration.corpusFolders, includesEmbedded: configuration.usesEmbeddedCorpus)
  }

  /// Nothing to check against: no folder and no embedded corpus.
  public var isEmpty: Bool { folders.isEmpty && !includesEmbedded }

  /// Only the embedded corpus: nothing to load.
  public var isEmbeddedOnly: Bool { folders.isEmpty && includesEmbedded }

  /// Loads the corpus (the embedded one is never loaded twice). An empty selection is an error
  /// naming `source`, the configuration that made it.
  public func load(source: String? = nil) throws(DossierError) -> Corpus {
    try load(source: source, index: nil).corpus
  }

  /// Loads the corpus through the compiled index in `index` (see `CorpusIndexStore`) when given,
  /// and says how the index served (nil when no index was asked for or none applies: the embedded
  /// corpus alone is compiled into the binary).
  public func load(
    source: String? = nil, index: CorpusIndexStore?, whileBuilding: ((Corpus) -> Void)? = nil
  ) throws(DossierError) -> (
    corpus: Corpus, index: CorpusIndexStore.Outcome?
  ) {
    if isEmbeddedOnly { return (.embedded, nil) }
    guard !isEmpty else {
      throw DossierError(
        path: source,
        message: "the configuration names no corpus folder and leaves out the embedded corpus: nothing to check against"
      )
    }
    if let index {
      let (corpus, outcome) = try index.load(self, whileBuilding: whileBuilding)
      return (corpus, outcome)
    }
    return (try Corpus.load(folders: folders, includeEmbedded: includesEmbedded), nil)
  }
}
