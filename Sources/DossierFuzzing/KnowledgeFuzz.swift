import DossierCore

/// Bytes as a knowledge file for the seed documents: it loads or is refused with a position
/// inside the file; never a crash.
enum KnowledgeFuzz {
  static let documents = Array(Corpus.embedded.documents)

  static func run(_ bytes: [UInt8]) {
    do {
      try Corpus.checkKnowledgeFile(bytes, path: "knowledge.json", documents: documents)
    } catch {
      let description = "\(error)"
      require(description.hasPrefix("knowledge.json"), "error does not name the file: \(description)")
      if let line = error.line {
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        require(line >= 1 && line <= lines, "error line \(line) outside the file (\(lines) lines)")
      }
    }
  }
}
