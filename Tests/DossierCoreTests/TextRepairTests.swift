import DossierCore
import Foundation
import Testing

@testable import DossierCore

/// A corpus document not in UTF-8 is read all the same, with a note (`TextRepair`).
struct TextRepairTests {
  @Test func validUTF8IsLeftAlone() {
    #expect(TextRepair.repaired(Array("Café “quoted” — fine.\n".utf8)) == nil)
  }

  @Test func aFileWithNoMultiByteCharacterIsReadAsWindows1252() throws {
    // "café" and curly quotes as Windows-1252 writes them, on the second line.
    let bytes = Array("First line.\nThe caf".utf8) + [0xE9, 0x20, 0x93] + Array("open".utf8) + [0x94, 0x0A]
    let repaired = try #require(TextRepair.repaired(bytes))
    #expect(String(decoding: repaired.bytes, as: UTF8.self) == "First line.\nThe café “open”\n")
    #expect(repaired.how.contains("Windows-1252"))
    #expect(repaired.how.contains("line 2"))
    // The five bytes Windows-1252 leaves unassigned are C1 controls, as browsers read them.
    #expect(TextRepair.windows1252(0x81) == 0x81)
    #expect(TextRepair.windows1252(0x80) == 0x20AC)
  }

  @Test func aUTF8FileWithStrayBytesKeepsItsUTF8() throws {
    // Curly quotes in UTF-8, then binary bytes after the end of the page.
    let bytes = Array("<p>“Open”</p>\n</html>\n".utf8) + [0xFF, 0x00, 0xC3]
    let repaired = try #require(TextRepair.repaired(bytes))
    #expect(String(decoding: repaired.bytes, as: UTF8.self).hasPrefix("<p>“Open”</p>\n</html>\n\u{FFFD}"))
    #expect(SourceText.isValidUTF8(repaired.bytes))
    #expect(repaired.how.contains("U+FFFD"))
    #expect(repaired.how.contains("line 3"))
  }

  @Test func theCorpusIsReadWithANoteNamingTheFile() throws {
    let folder = try temporaryCorpus([
      "basin.txt": "The Mekong River Commission was founded in 1995 by four member countries.\n"
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let legacy =
      Array("Caf".utf8) + [0xE9]
      + Array(" owners along the river were consulted.\n\nThe Xayaburi Dam began commercial operation in 2019.\n".utf8)
    try Data(legacy).write(to: URL(filePath: folder).appendingPathComponent("dams.txt"))
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    #expect(corpus.documents.map(\.name) == ["basin.txt", "dams.txt"])
    #expect(corpus.notes.count == 1)
    #expect(corpus.notes.first?.description.contains("dams.txt") == true)
    let conflicts = findings("The Xayaburi Dam began commercial operation in 2017.\n", corpus: corpus)
      .filter { $0.rule == .factConflict }
    #expect(conflicts.first?.evidence.first?.document == "dams.txt")
  }
}
