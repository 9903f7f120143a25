import DossierTestSupport
import Foundation
import Testing

@testable import DossierCore

/// The compiled corpus index (`CorpusIndexStore`): a corpus opened from its index judges every
/// draft exactly as the corpus read from its folders does, and an index that no longer matches
/// its folders, or is damaged, is rebuilt rather than used.
@Suite struct CorpusIndexTests {
  /// A fresh, empty index folder.
  func temporaryStore() -> CorpusIndexStore {
    CorpusIndexStore(
      folder: TestScratch.path("dossier-index-\(UUID().uuidString)").path)
  }

  /// The package's seed corpus (with its knowledge file) and, where `../shared/eval` sits beside
  /// the package, the real corpora of the development sets (no knowledge file).
  func corpusFolders() -> [String] {
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var folders = [package.appendingPathComponent("seeds").path]
    for set in ["dprk", "climate"] {
      let folder = package.deletingLastPathComponent().appendingPathComponent("shared/eval/\(set)/corpus").path
      if FileManager.default.fileExists(atPath: folder) { folders.append(folder) }
    }
    return folders
  }

  /// What is derived from the same folders is the same on every reading, evidence included: a
  /// term two compound families both make keeps the same one's evidence, whatever order the
  /// tables (seeded afresh for every table) are walked in. The index stores one reading.
  @Test func theSameFoldersDeriveTheSameKnowledgeEveryTime() throws {
    for folder in corpusFolders() {
      let readings = try (0..<4).map { _ in try Corpus.load(folders: [folder], includeEmbedded: false) }
      func firstDifference<Entry: Equatable>(_ entries: [Entry], _ others: [Entry]) -> String? {
        if entries.count != others.count { return "\(entries.count) entries, then \(others.count)" }
        return zip(entries, others).first { $0 != $1 }.map { "\($0.0)\nthen \($0.1)" }
      }
      for reading in readings.dropFirst() {
        #expect(firstDifference(readings[0].terms, reading.terms) == nil, "\(folder)")
        #expect(firstDifference(readings[0].acronyms, reading.acronyms) == nil, "\(folder)")
        #expect(firstDifference(readings[0].references, reading.references) == nil, "\(folder)")
      }
    }
  }

  /// An index of PDF documents is not used once another program would read them (a newer
  /// pdftotext may read the same file differently): the program found on `PATH` is recorded.
  @Test(.enabled(if: ExternalFormatTests.available("pdftotext")))
  func anotherPDFReaderMakesTheIndexStale() throws {
    let folder = try temporaryCorpus(["basin.txt": "The basin has many tributaries and several disputes.\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ExternalFormatTests.pdf(pages: ["The Mekong River Commission was founded in 1995 by four member countries."])
      .write(to: URL(fileURLWithPath: folder + "/annual.pdf"))
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    #expect(try store.load(selection).outcome == .built("no index yet"))
    let opened = try #require(try CorpusIndexFile.open(path: store.path(for: selection)))
    #expect(opened.manifest.converters.count == 1)
    #expect(opened.manifest.converters.first?.hasPrefix("pdftotext: /") == true)

    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
    guard case .fresh = try CorpusIndexStore.freshness(of: opened.manifest, for: selection, searchPath: searchPath)
    else {
      Issue.record("the index is stale with the pdftotext that built it")
      return
    }
    // Another pdftotext, earlier on the search path.
    let bin = TestScratch.path("dossier-bin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let program = bin.appendingPathComponent("pdftotext").path
    try Data("#!/bin/sh\nexit 1\n".utf8).write(to: URL(fileURLWithPath: program))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
    guard
      case .stale(let reason) = try CorpusIndexStore.freshness(
        of: opened.manifest, for: selection, searchPath: bin.path + ":" + searchPath)
    else {
      Issue.record("the index is used with another pdftotext")
      return
    }
    #expect(reason.contains("PDF"))
  }

  @Test func anOpenedIndexJudgesEveryDraftAsTheFoldersDo() throws {
    let drafts = try developmentDrafts()
    for folder in corpusFolders() {
      let store = temporaryStore()
      let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
      let built = try store.load(selection)
      #expect(built.outcome == .built("no index yet"))
      let opened = try store.load(selection)
      #expect(opened.outcome == .opened, "\(folder)")
      let (read, stored) = (built.corpus, opened.corpus)
      #expect(stored.statistics.map(\.count) == read.statistics.map(\.count))
      #expect(stored.terms == read.terms)
      #expect(stored.acronyms == read.acronyms)
      #expect(stored.references == read.references)
      #expect(stored.facts == read.facts)
      #expect(stored.nameSpellings.entries == read.nameSpellings.entries)
      for draft in drafts {
        let document = DraftDocument(draft)
        #expect(
          Analyzer.findings(in: document, corpus: stored) == Analyzer.findings(in: document, corpus: read),
          "\(folder): \(draft.prefix(60))")
      }
      // Lookups read documents too: the first use of a proper noun, a quotation's passage.
      for noun in read.vocabulary.properNouns.values.map(\.spelling).sorted().prefix(40) {
        #expect(stored.firstUse(of: noun) == read.firstUse(of: noun), "\(noun)")
      }
      for position in read.documents.indices.prefix(20) {
        #expect(stored.documents[position].text == read.documents[position].text)
      }
    }
  }

  /// The scope index (lists, universal statements and their heads' restrictions) and the passage
  /// index an index holds are what the documents hold, whether building it read the documents a
  /// second time for deriving (the development corpora) or for these alone (a corpus deriving
  /// needs no second look at).
  @Test func theScopeAndPassagesOfAnIndexAreTheDocuments() throws {
    let plain = try temporaryCorpus([
      "rules.md": """
      # Reporting rules

      Each Party shall report its emissions to the secretariat every year.

      The coastal Parties are Portugal, Spain and Greece.

      Developed Parties shall also report their forests and their fisheries.
      """
    ])
    defer { try? FileManager.default.removeItem(atPath: plain) }
    for folder in corpusFolders() + [plain] {
      let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
      let read = try Corpus.load(folders: [folder], includeEmbedded: false)
      let stored = try temporaryStore().load(selection).corpus
      if folder == plain {
        #expect(!read.claims.scope.universals.isEmpty)
        #expect(!read.claims.scope.restrictions.isEmpty)
        // Deriving it needs no second look: its index reads the passages and restrictions in
        // a reading of their own.
        let documents = CorpusSource.parsed(try Corpus.read(folders: [folder], includeEmbedded: false).sources)
        var reading = CorpusReading(textBytes: 0)
        reading.add(documents)
        var reread = false
        _ = (consume reading).derived(
          knowledge: [], notes: [], reread: { _ in reread = true }, document: { documents[$0] },
          scope: BuiltOnFirstUse { ScopeIndex(documents: documents) })
        #expect(!reread)
      }
      func list(_ list: ScopeIndex.List) -> String {
        "\(list.head) \(list.members) \(list.written) \(list.tokens) \(list.evidence)"
      }
      func statement(_ statement: ScopeIndex.Statement) -> String {
        "\(statement.head) \(statement.modifiers) \(statement.predicate) \(statement.evidence)"
      }
      let (scope, storedScope) = (read.claims.scope, stored.claims.scope)
      #expect(scope.lists.map(list) == storedScope.lists.map(list), "\(folder)")
      #expect(scope.universals.map(statement) == storedScope.universals.map(statement), "\(folder)")
      #expect(
        scope.restrictions.mapValues { $0.map(statement) } == storedScope.restrictions.mapValues { $0.map(statement) },
        "\(folder)")
      // Every paragraph's first trigram finds the same passages at the same places.
      for (index, document) in read.documents.enumerated() {
        for paragraph in document.paragraphs {
          let words = PassageIndex.words(of: paragraph).words
          guard words.count >= 3 else { continue }
          func hits(_ corpus: Corpus) -> [String] {
            var found: [String] = []
            corpus.passages.forEachHit(words[0..<3]) { passage, position in
              let hit = corpus.passages.passage(at: passage)
              found.append("\(hit.document) \(hit.paragraph) \(position) \(Array(hit.words))")
            }
            return found.sorted()
          }
          let expected = hits(read)
          #expect(expected.contains { $0.hasPrefix("\(index) ") }, "\(folder): \(document.name)")
          #expect(hits(stored) == expected, "\(folder): \(document.name)")
        }
      }
    }
  }

  /// Opening an index stops at its next step once it is no longer wanted (a run found it stale
  /// and has nothing to serve from it), and opens whole while it is.
  @Test func anIndexNoLongerWantedStopsOpening() throws {
    let folder = try temporaryCorpus(["basin.md": "The Mekong River Commission was founded in 1995.\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    _ = try store.load(selection)
    let opened = try #require(try CorpusIndexFile.open(path: store.path(for: selection)))
    #expect(throws: IndexDamage.self) { try CorpusIndexFile.corpus(opened, isWanted: { false }) }
    var asked = 0
    let corpus = try CorpusIndexFile.corpus(
      opened,
      isWanted: {
        asked += 1
        return true
      })
    #expect(asked > 1)
    #expect(corpus.documents.count == 1)
  }

  /// A document read with a note (not in UTF-8) is read, not skipped: the index is kept, opened
  /// while the file is unchanged, and the note comes back with it.
  @Test func aDocumentNotInUTF8IsIndexedWithItsNote() throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    let legacy = Array("The Xayaburi Dam opened in 2019 near the caf".utf8) + [0xE9] + Array(" by the river.\n".utf8)
    try Data(legacy).write(to: URL(fileURLWithPath: folder + "/legacy.txt"))
    // Its modification time well in the past, so that the index trusts it.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder + "/legacy.txt")
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    let built = try store.load(selection)
    #expect(built.outcome == .built("no index yet"))
    #expect(
      built.corpus.notes.map(\.message) == [
        "not UTF-8 (from line 1) and no multi-byte character in it: read as Windows-1252"
      ])
    let opened = try store.load(selection)
    #expect(opened.outcome == .opened)
    #expect(opened.corpus.notes.count == 1)
    #expect(opened.corpus.document(named: "legacy.txt")?.text.string.contains("café") == true)
  }

  @Test func aChangedCorpusRebuildsItsIndex() throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    #expect(try store.load(selection).outcome == .built("no index yet"))
    #expect(try store.load(selection).outcome == .opened)

    // A newer time with the same content: still the same corpus.
    let basin = folder + "/basin.txt"
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: basin)
    #expect(try store.load(selection).outcome == .opened)

    // The same size, another content.
    var text = try String(contentsOfFile: basin, encoding: .utf8)
    text = text.replacingOccurrences(of: "1995", with: "1996")
    try Data(text.utf8).write(to: URL(fileURLWithPath: basin))
    guard case .built(let reason) = try store.load(selection).outcome else {
      Issue.record("a changed document did not rebuild the index")
      return
    }
    #expect(reason.contains("basin.txt changed"))
    let rebuilt = try store.load(selection)
    #expect(rebuilt.outcome == .opened)
    #expect(rebuilt.corpus.document(named: "basin.txt")?.text.bytes == Array(text.utf8))

    // A document added, then removed.
    try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
    try Data("The commission met in 2001 to review the treaty on the river.\n".utf8)
      .write(to: URL(fileURLWithPath: folder + "/notes/extra.md"))
    #expect(try store.load(selection).outcome != .opened)
    try FileManager.default.removeItem(atPath: folder + "/notes/extra.md")
    #expect(try store.load(selection).outcome != .opened)
    #expect(try store.load(selection).outcome == .opened)
  }

  @Test func aDamagedIndexIsRebuiltNeverUsed() throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    let reference = try store.load(selection).corpus
    let path = store.path(for: selection)
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    var damages: [(String, Data)] = [
      ("empty", Data()),
      ("truncated", whole.prefix(whole.count / 2)),
      ("foreign", Data("not an index at all".utf8)),
      ("with bytes past its end", whole + Data([0])),
    ]
    for offset in [20, whole.count / 3, whole.count / 2, whole.count - 1] {
      var flipped = whole
      flipped[offset] ^= 0x5A
      damages.append(("a byte changed at \(offset)", flipped))
    }
    for (name, bytes) in damages {
      try bytes.write(to: URL(fileURLWithPath: path))
      let loaded = try store.load(selection)
      guard case .built(let reason) = loaded.outcome else {
        Issue.record("\(name): a damaged index was used")
        continue
      }
      #expect(reason.contains("damaged") || reason == "no index yet", "\(name): \(reason)")
      #expect(loaded.corpus.statistics.map(\.count) == reference.statistics.map(\.count))
      #expect(try store.load(selection).outcome == .opened, "\(name)")
    }
  }

  @Test func runsBuildingOneIndexAtOnceLeaveItWhole() async throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    let counts = try await withThrowingTaskGroup(of: [Int].self) { group in
      for _ in 0..<6 { group.addTask { try store.load(selection).corpus.statistics.map(\.count) } }
      var all: [[Int]] = []
      for try await counts in group { all.append(counts) }
      return all
    }
    #expect(Set(counts).count == 1)
    let opened = try store.load(selection)
    #expect(opened.outcome == .opened)
    #expect(opened.corpus.statistics.map(\.count) == counts[0])
    // No temporary file is left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: store.folder)
    #expect(left == [URL(fileURLWithPath: store.path(for: selection)).lastPathComponent])
  }

  @Test func anIndexThatCannotBeWrittenStillServesTheCorpus() throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    // The store's folder would have to be made inside a file.
    let file = try temporaryCorpus(["blocker.txt": "x"]) + "/blocker.txt"
    let store = CorpusIndexStore(folder: file + "/index")
    let loaded = try store.load(CorpusSelection(folders: [folder], includesEmbedded: false))
    guard case .unwritable = loaded.outcome else {
      Issue.record("expected the index not to be kept, got \(loaded.outcome)")
      return
    }
    #expect(loaded.corpus.documents.count == riverCorpusFiles.count)
  }

  @Test func aMissingCorpusFolderIsTheSameErrorWithOrWithoutAnIndex() throws {
    let selection = CorpusSelection(folders: ["/nonexistent/corpus"], includesEmbedded: false)
    #expect(throws: DossierError(path: "/nonexistent/corpus", message: "corpus folder not found")) {
      try temporaryStore().load(selection)
    }
  }

  @Test func readingDamagedBytesThrowsAndNeverTraps() {
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<2000 {
      let count = generator.next(64)
      let bytes = (0..<count).map { _ in UInt8(generator.next(256)) }
      var reader = IndexReader(bytes)
      _ = try? IndexManifest(from: &reader)
      var other = IndexReader(bytes)
      _ = try? Term(from: &other)
      var evidence = IndexReader(bytes)
      _ = try? Evidence(fieldsFrom: &evidence)
    }
  }

  /// A string read again right after itself is the one read before; one of the same length but
  /// other bytes, or another length, is read anew.
  @Test func aRepeatedStringIsReadAsTheOneBefore() throws {
    var writer = IndexWriter()
    for name in ["orders/a.md", "orders/a.md", "orders/b.md", "orders/bb.md", "", "", "orders/a.md"] {
      writer.write(name)
    }
    var reader = IndexReader(writer.bytes)
    var read: [String] = []
    while !reader.isAtEnd { read.append(try reader.readString(reusing: .document)) }
    #expect(read == ["orders/a.md", "orders/a.md", "orders/b.md", "orders/bb.md", "", "", "orders/a.md"])
    // Each slot remembers its own.
    var both = IndexWriter()
    for name in ["doc", "folder", "doc", "folder"] { both.write(name) }
    var pair = IndexReader(both.bytes)
    #expect(try pair.readString(reusing: .document) == "doc")
    #expect(try pair.readString(reusing: .folder) == "folder")
    #expect(try pair.readString(reusing: .document) == "doc")
    #expect(try pair.readString(reusing: .folder) == "folder")
  }

  @Test func buildingAnIndexRemovesThoseNoRunWillUseAgain() throws {
    let store = temporaryStore()
    let kept = try temporaryCorpus(riverCorpusFiles)
    let deleted = try temporaryCorpus(riverCorpusFiles)
    let keptSelection = CorpusSelection(folders: [kept], includesEmbedded: false)
    let deletedSelection = CorpusSelection(folders: [deleted], includesEmbedded: false)
    _ = try store.load(keptSelection)
    _ = try store.load(deletedSelection)
    try FileManager.default.removeItem(atPath: deleted)
    // A damaged index, a fresh temporary file (a run writing now) and an old one (a killed run).
    let damaged = store.folder + "/corpus-00000000000000aa.index"
    try Data("not an index".utf8).write(to: URL(fileURLWithPath: damaged))
    let writing = store.folder + "/corpus-00000000000000bb.index.1.2.tmp"
    let abandoned = store.folder + "/corpus-00000000000000cc.index.3.4.tmp"
    for path in [writing, abandoned] { try Data().write(to: URL(fileURLWithPath: path)) }
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: abandoned)

    // An index unused for over a month (a corpus no longer linted).
    let unused = try temporaryCorpus(riverCorpusFiles)
    let unusedSelection = CorpusSelection(folders: [unused], includesEmbedded: false)
    _ = try store.load(unusedSelection)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -40 * 24 * 3600)], ofItemAtPath: store.path(for: unusedSelection))

    let third = try temporaryCorpus(riverCorpusFiles)
    _ = try store.load(CorpusSelection(folders: [third], includesEmbedded: false))
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: store.folder))
    #expect(left.contains(URL(fileURLWithPath: store.path(for: keptSelection)).lastPathComponent))
    #expect(!left.contains(URL(fileURLWithPath: store.path(for: deletedSelection)).lastPathComponent))
    #expect(!left.contains("corpus-00000000000000aa.index"))
    #expect(left.contains("corpus-00000000000000bb.index.1.2.tmp"))
    #expect(!left.contains("corpus-00000000000000cc.index.3.4.tmp"))
    #expect(!left.contains(URL(fileURLWithPath: store.path(for: unusedSelection)).lastPathComponent))
    #expect(try store.load(keptSelection).outcome == .opened)
  }

  /// Every format a corpus holds, a knowledge file, and the embedded corpus alongside: opened from
  /// the index, each judges as read from its folder, evidence (pages included) and all.
  @Test func everyFormatAndTheEmbeddedCorpusSurviveTheIndex() throws {
    let folder = try temporaryCorpus([
      "basin.txt": riverCorpusFiles["basin.txt"]!,
      "2019/dams.md": riverCorpusFiles["dams.md"]!,
      "pages/treaty.html": """
      <html><head><title>Treaty</title><style>p { color: red }</style></head><body>
      <h1>The Mekong Agreement</h1>
      <p>The Mekong Agreement was signed in 1995 by Cambodia, Laos, Thailand &amp; Vietnam.</p>
      <p>Its parties meet each year to review the basin&#8217;s development plan.</p>
      </body></html>
      """,
    ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ExternalFormatTests.pdf(pages: [
      "The Mekong River Commission was founded in 1995 by four member countries.",
      "The Xayaburi Dam began commercial operation in 2019 after years of controversy.",
    ]).write(to: URL(fileURLWithPath: folder + "/annual.pdf"))
    let drafts = [
      "The Mekong Agreement was signed in 1996 by Cambodia, Laos, Thailand and Vietnam.\n",
      "The Xayaburi Dam began commercial operation in 2017.\n",
      "As the agreement puts it, \"its parties meet each year to review the basin's plan.\"\n",
      "Pakistan tested nuclear devices in 1999, and Executive Order 13383 followed.\n",
    ]
    for includesEmbedded in [false, true] {
      let store = temporaryStore()
      let selection = CorpusSelection(folders: [folder], includesEmbedded: includesEmbedded)
      let built = try store.load(selection)
      let opened = try store.load(selection)
      if built.corpus.notes.isEmpty {
        #expect(opened.outcome == .opened)
      } else {
        // A PDF that could not be read: no index is kept, so installing pdftotext takes effect.
        #expect(opened.outcome == .notKept("some documents were skipped"))
      }
      for draft in drafts {
        let document = DraftDocument(draft)
        #expect(
          Analyzer.findings(in: document, corpus: opened.corpus)
            == Analyzer.findings(in: document, corpus: built.corpus),
          "\(draft)")
      }
    }

    // A knowledge file added later is a change like any other.
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    _ = try store.load(selection)
    try Data(
      #"""
      {"terms": [{"preferred": "Mekong River Commission", "kind": "organization",
        "evidence": [{"document": "basin.txt", "quote": "The Mekong River Commission was founded in 1995"}]}]}
      """#.utf8
    )
    .write(to: URL(fileURLWithPath: folder + "/knowledge.json"))
    let reloaded = try store.load(selection)
    #expect(reloaded.outcome != .opened)
    #expect(reloaded.corpus.terms.contains { $0.preferred == "Mekong River Commission" && $0.origin == .knowledgeFile })
  }

  /// Files changed just before a build have times a later change could share, so their content is
  /// compared on the next run; once that confirms them and their times are old enough, the index
  /// records the times, and later runs trust them instead of reading every file again.
  @Test func recentTimesAreTrustedOnceConfirmed() throws {
    let folder = try temporaryCorpus(riverCorpusFiles)
    let store = temporaryStore()
    let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
    _ = try store.load(selection)
    let path = store.path(for: selection)
    #expect(try CorpusIndexFile.open(path: path)?.manifest.files[0].allSatisfy { $0.modified == 0 } == true)
    Thread.sleep(forTimeInterval: 3.2)
    #expect(try store.load(selection).outcome == .opened)
    let refreshed = try #require(try CorpusIndexFile.open(path: path)?.manifest)
    #expect(refreshed.files[0].allSatisfy { $0.modified != 0 })
    #expect(try store.load(selection).outcome == .opened)
    // A change after that is still seen.
    try Data("The Mekong River Commission was founded in 1996 by five member countries.\n".utf8)
      .write(to: URL(fileURLWithPath: folder + "/basin.txt"))
    #expect(try store.load(selection).outcome != .opened)
  }
}

extension CorpusIndexTests {
  /// The lists after a plural ("the Treaties of Tlatelolco, Rarotonga and Bangkok") are read once
  /// for every name asked of them, and name the same instruments as a search for each would, in
  /// the corpus read from its folders and in its index alike: whole words, never a word of
  /// another sentence.
  @Test func theListsAfterAPluralNameTheSameInstrumentsHoweverAsked() throws {
    let plain = try temporaryCorpus([
      "a.md": """
      The council met, and the Treaties of Tlatelolco, Rarotonga and Bangkok stand. Pelindaba waits.
      """,
      "b.md": """
      The Declarations of Lahore and Simla stand; the Delhi talks go on.
      """,
    ])
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let selection = CorpusSelection(folders: [plain], includesEmbedded: false)
    let read = try Corpus.load(folders: [plain], includeEmbedded: false)
    let stored = try temporaryStore().load(selection).corpus
    for corpus in [read, stored] {
      #expect(corpus.listsAfter("treaties of", "Bangkok") && corpus.listsAfter("treaties of", "Rarotonga"))
      #expect(corpus.listsAfter("declarations of", "Simla") && corpus.listsAfter("declarations of", "Lahore"))
      #expect(!corpus.listsAfter("treaties of", "Pelindaba") && !corpus.listsAfter("declarations of", "Delhi"))
      #expect(!corpus.listsAfter("treaties of", "Simla") && !corpus.listsAfter("declarations of", "Bang"))
      #expect(!corpus.listsAfter("treaties of", "Nowhere"))
    }
  }
}

extension CorpusIndexTests {
  /// A word in capitals is found past the documents that write it only in lower case, in the
  /// index as in the folders: those documents' text is asked before they are read whole.
  @Test func capitalsAreFoundPastDocumentsWritingTheWordInLowerCase() throws {
    var files: [String: String] = [:]
    for index in 0..<12 {
      files["clinic\(index).md"] = "Clinic \(index) cut its energy use and made an official report."
    }
    files["label.md"] = "The agency's ENERGY STAR program labels appliances. The OFFICIAL list is out."
    let plain = try temporaryCorpus(files)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let selection = CorpusSelection(folders: [plain], includesEmbedded: false)
    let read = try Corpus.load(folders: [plain], includeEmbedded: false)
    let stored = try temporaryStore().load(selection).corpus
    for corpus in [read, stored] {
      for word in ["ENERGY", "OFFICIAL"] {
        #expect(AcronymUndefinedCheck.writtenAlone(word, in: corpus)?.document == "label.md", "\(word)")
        #expect(corpus.uses(of: word, upTo: 20).count == 13, "\(word)")
      }
      #expect(AcronymUndefinedCheck.writtenAlone("CLINIC", in: corpus) == nil)
    }
  }
}

extension CorpusIndexTests {
  /// A phrase is looked for only in the documents the index's postings say write all its words:
  /// every phrase's first use and count are those of the corpus read from its folders, its last
  /// word inflected ("provides" of "provide"), possessive ("pakistan's"), across a line break,
  /// or of one word, in capitals or not.
  @Test func aPhraseFoundThroughThePostingsIsFoundAsInTheDocuments() throws {
    let plain = try temporaryCorpus([
      "a.md": """
      The council will provide funding to the basin every year, and the council's plan stands.

      The council provides funding to the delta; the U.S. Treasury and O'Brien's office agreed.
      """,
      "b.md": """
      The council will provide
      funding to the coast. The OFFICIAL list names the Council.

      Nothing else is said here about the coast.
      """,
    ])
    defer { try? FileManager.default.removeItem(atPath: plain) }
    for folder in corpusFolders() + [plain] {
      let selection = CorpusSelection(folders: [folder], includesEmbedded: false)
      let read = try Corpus.load(folders: [folder], includeEmbedded: false)
      let stored = try temporaryStore().load(selection).corpus
      #expect(stored.postings != nil)
      var phrases = [
        "the council provide", "council will provide funding", "will provide funding to the coast", "council",
        "councils", "council's plan", "u.s. treasury", "brien", "o'brien", "OFFICIAL", "provide", "fund",
      ]
      // Each document's first words, in ones, twos, threes and fours, and with one word changed.
      for document in read.documents.prefix(40) {
        for paragraph in document.paragraphs.prefix(3) {
          let words = PassageIndex.words(of: paragraph).words.map(\.string)
          guard words.count >= 4 else { continue }
          phrases += [words[0], words[0..<2].joined(separator: " "), words[0..<3].joined(separator: " ")]
          phrases += [words[1..<4].joined(separator: " "), ([words[0], "zzz"] + words[2..<4]).joined(separator: " ")]
        }
      }
      for phrase in phrases {
        let (a, b) = (read.uses(of: phrase, upTo: 5), stored.uses(of: phrase, upTo: 5))
        #expect(a.count == b.count, "\(folder): \(phrase)")
        #expect(a.first?.document == b.first?.document && a.first?.line == b.first?.line, "\(folder): \(phrase)")
      }
      if folder == plain {
        #expect(stored.uses(of: "council will provide funding", upTo: 5).count == 2)
        #expect(stored.uses(of: "council will provide funds", upTo: 5).count == 0)
      }
    }
  }
}
