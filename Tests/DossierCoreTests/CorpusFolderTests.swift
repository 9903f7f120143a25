import DossierCore
import Foundation
import Testing

/// A corpus folder is read whole: nested folders, in a stable order, without hidden folders, and
/// a folder with no documents is an error rather than an empty corpus.
struct CorpusFolderTests {
  @Test func nestedFoldersAreReadAndCitedByTheirPath() throws {
    let folder = try temporaryCorpus([
      "basin.txt": "The Mekong River Commission was founded in 1995 by four member countries.\n",
      "orders/2019/dams.md":
        "# Dams\n\nThe Xayaburi Dam began commercial operation in 2019 after years of controversy.\n",
      ".git/objects/stray.md": "The Xayaburi Dam began commercial operation in 2007.\n",
      ".dossier-cache/copy.md": "The Mekong River Commission was founded in 1991.\n",
      "orders/.draft.md.swp": "The Mekong River Commission was founded in 1990.\n",
      "orders/notes.docx-not-a-document.bin": "The Mekong River Commission was founded in 1990.\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    #expect(corpus.documents.map(\.name) == ["basin.txt", "orders/2019/dams.md"])
    let conflicts = findings("The Xayaburi Dam began commercial operation in 2017.\n", corpus: corpus)
      .filter { $0.rule == .factConflict }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.evidence.first?.document == "orders/2019/dams.md")
    #expect(conflicts.first?.evidence.first?.folder == folder)
  }

  @Test func aFolderWithNoDocumentsIsAnError() throws {
    let empty = try temporaryCorpus(["README.pdf.txt-not": "x", ".hidden.md": "The order was signed in 1999.\n"])
    defer { try? FileManager.default.removeItem(atPath: empty) }
    #expect {
      _ = try Corpus.load(folders: [empty], includeEmbedded: false)
    } throws: { error in
      "\(error)".contains("corpus folder has no documents")
    }
  }

  @Test func aSymbolicLinkNeitherLeavesTheCorpusNorLoops() throws {
    let folder = try temporaryCorpus(["a/one.md": "The Mekong River Commission was founded in 1995.\n"])
    let outside = try temporaryCorpus(["far.md": "The Xayaburi Dam began commercial operation in 2019.\n"])
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      try? FileManager.default.removeItem(atPath: outside)
    }
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: folder + "/a/loop", withDestinationPath: folder)
    try manager.createSymbolicLink(atPath: folder + "/elsewhere", withDestinationPath: outside)
    try manager.createSymbolicLink(atPath: folder + "/again", withDestinationPath: folder + "/a")
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    #expect(corpus.documents.map(\.name) == ["a/one.md"])
  }
}
