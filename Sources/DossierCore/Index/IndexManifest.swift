/// What a compiled corpus index was built from: the tool that built it, the corpus selection, and
/// each file it read with its size, modification time and content fingerprint. An index is used
/// only while all of these still hold (`CorpusIndexStore`).
struct IndexManifest: Equatable, Sendable {
  struct File: Equatable, Sendable {
    /// The path inside its corpus folder.
    var path: String
    var size: Int
    /// Nanoseconds since 1970; 0 when the file changed too close to the build to trust its time
    /// (the next run compares its content instead).
    var modified: Int
    /// Its inode's change time and number: a file replaced keeps neither.
    var changed: Int
    var inode: UInt64
    var hash: UInt64
  }

  /// The index format and the executable that wrote it: another build of Dossier may derive
  /// differently, so it never reads this index.
  var tool: String
  var folders: [String]
  var includesEmbedded: Bool
  /// Per folder, in the order loading reads them: documents, then the knowledge file.
  var files: [[File]]
  /// The programs that read the files in other formats (PDF, Word), as found when the index was
  /// built (`ExternalFormat.programIdentity`).
  var converters: [String]

  func encode(to writer: inout IndexWriter) {
    writer.write(tool)
    writer.write(folders)
    writer.write(includesEmbedded)
    writer.write(files) { writer, folder in
      writer.write(folder) { writer, file in
        writer.write(file.path)
        writer.write(file.size)
        writer.write(file.modified)
        writer.write(file.changed)
        writer.writeFixed(file.inode)
        writer.writeFixed(file.hash)
      }
    }
    writer.write(converters)
  }

  init(tool: String, folders: [String], includesEmbedded: Bool, files: [[File]], searchPath: String?) {
    self.tool = tool
    self.folders = folders
    self.includesEmbedded = includesEmbedded
    self.files = files
    self.converters = Self.converters(for: files, searchPath: searchPath)
  }

  /// The identities of the programs that read `files` in other formats, found on `searchPath`.
  static func converters(for files: [[File]], searchPath: String?) -> [String] {
    let formats = Set(files.joined().compactMap { ExternalFormat(fileName: $0.path) })
    return formats.sorted { $0.rawValue < $1.rawValue }.map { $0.programIdentity(searchPath: searchPath) }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    tool = try reader.readString()
    folders = try reader.readStrings()
    includesEmbedded = try reader.readBool()
    files = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
        File(
          path: try reader.readString(), size: try reader.readInt(), modified: try reader.readInt(),
          changed: try reader.readInt(), inode: try reader.readFixed(), hash: try reader.readFixed())
      }
    }
    converters = try reader.readStrings()
  }
}
