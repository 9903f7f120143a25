import FoundationEssentials

extension Corpus {
  /// File extensions read as corpus documents.
  static let documentExtensions = Set(DraftFormat.readableExtensions)

  /// Loads the corpus folders (each: its documents plus an optional `knowledge.json`), and the
  /// embedded seed corpus when `includeEmbedded` is true.
  public static func load(folders: [String], includeEmbedded: Bool) throws(DossierError) -> Corpus {
    let read = try read(folders: folders, includeEmbedded: includeEmbedded)
    var documents = includeEmbedded ? embeddedParts.documents : []
    documents += CorpusSource.parsed(Array(read.sources.dropFirst(documents.count)))
    return Corpus(documents: documents, knowledge: read.knowledge, notes: read.notes)
  }

  /// The documents (as read from their files, not yet parsed) and knowledge files of the corpus
  /// folders, after those of the embedded seed corpus when `includeEmbedded` is true, and notes
  /// on the files left out.
  static func read(folders: [String], includeEmbedded: Bool) throws(DossierError) -> (
    sources: [CorpusSource], knowledge: [KnowledgeFile], notes: [DossierError]
  ) {
    var sources: [CorpusSource] = []
    var knowledge: [KnowledgeFile] = []
    var notes: [DossierError] = []
    if includeEmbedded {
      sources += embeddedParts.documents.map(\.source)
      knowledge += embeddedParts.knowledge
    }
    for folder in folders {
      let part = try loadFolder(folder)
      sources += part.sources
      knowledge += part.knowledge
      notes += part.notes
    }
    return (sources, knowledge, notes)
  }

  /// Checks a knowledge file's bytes against `documents` as loading a corpus does (JSON, schema,
  /// every evidence quote found in its document); throws the first problem as `file:line:col`.
  public static func checkKnowledgeFile(_ bytes: [UInt8], path: String, documents: [CorpusDocument])
    throws(DossierError)
  {
    _ = try KnowledgeFile(bytes: bytes, path: path, documents: documents.map(\.source))
  }

  /// The seed corpus compiled into the binary.
  /// A corpus with nothing in it: what the language server checks against while the corpus a
  /// configuration names cannot be loaded (never the embedded corpus in its place).
  public static let empty = Corpus(documents: [], knowledge: [])

  public static let embedded: Corpus = Corpus(documents: embeddedParts.documents, knowledge: embeddedParts.knowledge)

  private static let embeddedParts: (documents: [CorpusDocument], knowledge: [KnowledgeFile]) = {
    let (documents, knowledgeBytes) = embeddedDocuments()
    // The embedded knowledge file is verified by the test suite (and `dossier corpus check`);
    // a broken one is a build defect, so here it is simply left out.
    let knowledge = knowledgeBytes.flatMap {
      try? KnowledgeFile(bytes: $0, path: "seeds/knowledge.json", documents: documents.map(\.source))
    }
    return (documents, knowledge.map { [$0] } ?? [])
  }()

  /// The embedded documents, and the embedded knowledge file's bytes if there is one.
  private static func embeddedDocuments() -> (documents: [CorpusDocument], knowledge: [UInt8]?) {
    var documents: [CorpusDocument] = []
    var knowledgeBytes: [UInt8]?
    // Only the files the corpus uses are decoded (not the embedded README).
    for file in EmbeddedSeedCorpus.files where !file.name.contains("/") {
      if file.name == KnowledgeFile.fileName {
        knowledgeBytes = decoded(file.base64)
      } else if documentExtensions.contains(PathName.pathExtension(file.name).lowercased()) {
        documents.append(CorpusDocument(name: file.name, folder: nil, text: SourceText(bytes: decoded(file.base64))))
      }
    }
    return (documents, knowledgeBytes)
  }

  /// Verifies the embedded knowledge file (for tests and `dossier corpus check`).
  public static func verifyEmbeddedKnowledge() throws(DossierError) {
    let (documents, knowledgeBytes) = embeddedDocuments()
    if let knowledgeBytes {
      _ = try KnowledgeFile(bytes: knowledgeBytes, path: "seeds/knowledge.json", documents: documents.map(\.source))
    }
  }

  /// The names of the embedded files and their bytes (for the language server's cache folder):
  /// the seed corpus, and the README as "doc/README.md".
  public static var embeddedFiles: [(name: String, bytes: [UInt8])] {
    EmbeddedSeedCorpus.files.map { ($0.name, decoded($0.base64)) }
  }

  private static func decoded(_ base64: String) -> [UInt8] { [UInt8](Data(base64Encoded: base64) ?? Data()) }

  /// Every extension a corpus document may have: read natively or through another program.
  static let readableExtensions = documentExtensions.union(ExternalFormat.readableExtensions)

  static func isReadableDocument(_ name: String) -> Bool {
    readableExtensions.contains(PathName.pathExtension(name).lowercased())
  }

  /// The files loading `folder` reads, as paths: its documents (nested folders included, as
  /// loading walks them) and its knowledge file; nil when the folder cannot be read. For noticing
  /// that a corpus changed on disk.
  public static func files(in folder: String) -> [String]? {
    guard let walk = try? CorpusFolderWalk(folder, isDocument: isReadableDocument) else { return nil }
    return (walk.documents + (walk.knowledgeFile.map { [$0] } ?? [])).map { PathName.appending($0, to: folder) }
  }

  static func loadFolder(_ folder: String) throws(DossierError) -> (
    sources: [CorpusSource], knowledge: [KnowledgeFile], notes: [DossierError]
  ) {
    let walk = try CorpusFolderWalk(folder, isDocument: isReadableDocument)
    guard !walk.documents.isEmpty else {
      throw DossierError(
        path: folder,
        message:
          "corpus folder has no documents (\(readableExtensions.sorted().map { "." + $0 }.joined(separator: ", ")))")
    }
    // PDF and Word documents are read by other programs, on every core; files they cannot read
    // are left out with a note.
    let external = walk.documents.compactMap { name in ExternalFormat(fileName: name).map { (name: name, format: $0) } }
    let converted = Parallel.map(external) {
      $0.format.document(name: $0.name, folder: folder, path: PathName.appending($0.name, to: folder))
    }
    var notes: [DossierError] = []
    var convertedDocuments: [String: CorpusSource] = [:]
    for result in converted {
      switch result {
      case .success(let document): convertedDocuments[document.name] = document
      case .failure(let note): notes.append(note)
      }
    }
    let externalNames = Set(external.map(\.name))
    // Read in turn (the disk serves one reader best); parsed later, on every core.
    var nativeByName: [String: CorpusSource] = [:]
    for name in walk.documents where !externalNames.contains(name) {
      let path = PathName.appending(name, to: folder)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw DossierError(path: path, message: "cannot read corpus document")
      }
      let bytes = [UInt8](data)
      // A file not in UTF-8 is read all the same, with a note (`TextRepair`).
      if let repaired = TextRepair.repaired(bytes) {
        notes.append(DossierError(path: path, message: repaired.how))
        var source = CorpusSource(name: name, folder: folder, text: SourceText(bytes: repaired.bytes))
        source.fileHash = ContentHash.of(bytes)
        nativeByName[name] = source
        continue
      }
      nativeByName[name] = CorpusSource(name: name, folder: folder, text: SourceText(bytes: bytes))
    }
    let knowledgePath = walk.knowledgeFile.map { PathName.appending($0, to: folder) }
    let documents = walk.documents.compactMap { nativeByName[$0] ?? convertedDocuments[$0] }
    guard !documents.isEmpty else {
      throw DossierError(
        path: folder,
        message: "corpus folder has no documents Dossier can read (\(notes.count) skipped: \(notes[0].message))")
    }
    var knowledge: [KnowledgeFile] = []
    if let knowledgePath {
      guard let data = FileManager.default.contents(atPath: knowledgePath) else {
        throw DossierError(path: knowledgePath, message: "cannot read knowledge file")
      }
      knowledge.append(try KnowledgeFile(bytes: [UInt8](data), path: knowledgePath, documents: documents))
    }
    return (documents, knowledge, notes)
  }
}
