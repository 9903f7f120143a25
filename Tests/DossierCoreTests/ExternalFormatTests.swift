import Foundation
import Testing

@testable import DossierCore

/// PDF and Word corpus documents, read through pdftotext and pandoc: evidence cites the original
/// file (and for a PDF, the page); without the program, the file is skipped with a note.
struct ExternalFormatTests {
  /// A two-page PDF with one line of text on each page, written by hand.
  static func pdf(pages: [String]) -> Data {
    var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    let kids = pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
    objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
    let font = 3 + 2 * pages.count
    for (index, text) in pages.enumerated() {
      objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(4 + 2 * index) 0 R "
          + "/Resources << /Font << /F1 \(font) 0 R >> >> >>")
      let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
      objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
    }
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    var out = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (number, object) in objects.enumerated() {
      offsets.append(out.utf8.count)
      out += "\(number + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(out.utf8)
  }

  static func available(_ program: String) -> Bool {
    if case .output = ExternalFormat.run([program, "--version"]) { return true }
    if case .failed = ExternalFormat.run([program, "--version"]) { return true }  // present, odd exit
    return false
  }

  @Test func aPDFIsReadWithItsPages() throws {
    let folder = try temporaryCorpus([
      "notes.md": "The basin has many tributaries and several long-standing disputes.\n"
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
    try Self.pdf(pages: [
      "The Mekong River Commission was founded in 1995 by four member countries.",
      "The Xayaburi Dam began commercial operation in 2019 after years of controversy.",
    ]).write(to: URL(fileURLWithPath: folder + "/reports/annual.pdf"))
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    guard Self.available("pdftotext") else {
      #expect(corpus.documents.map(\.name) == ["notes.md"])
      #expect(corpus.notes.map(\.description).contains { $0.contains("annual.pdf") && $0.contains("pdftotext") })
      return
    }
    #expect(corpus.notes.isEmpty)
    #expect(corpus.documents.map(\.name) == ["notes.md", "reports/annual.pdf"])
    let conflict = try #require(
      findings("The Xayaburi Dam began commercial operation in 2017.\n", corpus: corpus).first {
        $0.rule == .factConflict
      })
    #expect(conflict.evidence.first?.document == "reports/annual.pdf")
    #expect(conflict.evidence.first?.page == 2)
    let first = try #require(
      findings("The Mekong River Commission was founded in 1997.\n", corpus: corpus).first { $0.rule == .factConflict })
    #expect(first.evidence.first?.page == 1)
  }

  @Test func aWordDocumentIsReadOrSkippedWithANote() throws {
    let folder = try temporaryCorpus([
      "notes.md": "The basin has many tributaries and several long-standing disputes.\n"
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let source = folder + "/source.md"
    try Data("# Report\n\nThe Mekong River Commission was founded in 1995 by four member countries.\n".utf8).write(
      to: URL(fileURLWithPath: source))
    guard Self.available("pandoc") else {
      try Data("PK not really a docx".utf8).write(to: URL(fileURLWithPath: folder + "/report.docx"))
      let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
      #expect(corpus.notes.map(\.description).contains { $0.contains("report.docx") && $0.contains("pandoc") })
      return
    }
    guard case .output = ExternalFormat.run(["pandoc", source, "-o", folder + "/report.docx"]) else {
      Issue.record("pandoc could not write the test document")
      return
    }
    try FileManager.default.removeItem(atPath: source)
    // A file pandoc cannot read is skipped with a note; the rest loads.
    try Data("PK not really a docx".utf8).write(to: URL(fileURLWithPath: folder + "/broken.docx"))
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    #expect(corpus.documents.map(\.name) == ["notes.md", "report.docx"])
    #expect(corpus.notes.map(\.description).contains { $0.contains("broken.docx") && $0.contains("could not read") })
    let conflict = try #require(
      findings("The Mekong River Commission was founded in 1997.\n", corpus: corpus).first { $0.rule == .factConflict })
    #expect(conflict.evidence.first?.document == "report.docx")
    #expect(conflict.evidence.first?.page == nil)
  }

  @Test func aFolderOfUnreadableDocumentsIsAnError() throws {
    let folder = try temporaryCorpus([:])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("%PDF-1.4 broken".utf8).write(to: URL(fileURLWithPath: folder + "/only.pdf"))
    #expect {
      _ = try Corpus.load(folders: [folder], includeEmbedded: false)
    } throws: { "\($0)".contains("no documents Dossier can read") }
  }

  /// A converter that never ends is stopped at the deadline, and its file is left out with a
  /// note, instead of holding the corpus's loading for good.
  @Test func aConverterThatHangsIsStoppedAtItsDeadline() {
    let started = ContinuousClock.now
    guard case .timedOut(let seconds) = ExternalFormat.run(["/bin/sh", "-c", "sleep 60"], timeout: 1) else {
      Issue.record("a hanging converter was not stopped")
      return
    }
    #expect(seconds == 1)
    #expect(ContinuousClock.now - started < .seconds(30))
  }

  /// A converter keeps none of the process's other descriptors: a pipe made elsewhere (here, one
  /// that is not close-on-exec) is not open in it, so it cannot hold back that pipe's end of file.
  @Test func aConverterInheritsNoOtherDescriptor() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    guard case .output(let bytes) = ExternalFormat.run(["/bin/sh", "-c", "ls /proc/$$/fd"]) else {
      Issue.record("the shell did not run")
      return
    }
    let open = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
    #expect(open.contains(1))
    #expect(!open.contains(ends[0]) && !open.contains(ends[1]), "open in the child: \(open)")
  }
}
