import DossierCore
import DossierTestSupport
import Foundation
import Testing

/// Nested `.dossier.json` files combine the way EditorConfig's do: the nearest wins, a file that
/// does not name a corpus keeps its parents', `"root": true` stops the search.
@Suite struct ConfigurationTests {
  /// A folder tree with the given files (relative path → contents), returned as its root.
  static func tree(_ files: [String: String]) throws -> URL {
    let root = TestScratch.path("dossier-config-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root.resolvingSymlinksInPath()
  }

  @Test func aNestedFileWithoutACorpusKeepsItsParentsCorpus() throws {
    let root = try Self.tree([
      ".dossier.json": #"{"corpus": ["sources"], "rules": {"term-variant": "error"}, "accept": ["Itlay"]}"#,
      "drafts/team/.dossier.json": #"{"rules": {"acronym-undefined": "off"}, "accept": ["Soeul"]}"#,
      "sources/a.txt": "Text.",
    ])
    let configuration = try Configuration.resolve(forDirectory: root.appendingPathComponent("drafts/team").path)
    #expect(configuration.corpusFolders == [root.appendingPathComponent("sources").path])
    #expect(!configuration.usesEmbeddedCorpus)
    #expect(configuration.options.severities[.termVariant] == .some(.error))
    #expect(configuration.options.severities[.acronymUndefined] == .some(nil))
    #expect(configuration.options.acceptedWords.isSuperset(of: ["itlay", "soeul"]))
    #expect(configuration.sources.count == 2)
    #expect(configuration.corpusSource == root.appendingPathComponent(".dossier.json").path)
    #expect(configuration.corpusDescription.contains("sources/"))
  }

  @Test func theNearestFileWinsRuleByRuleAndCorpusWhole() throws {
    let root = try Self.tree([
      ".dossier.json": #"{"corpus": ["sources"], "rules": {"term-variant": "error"}}"#,
      "sub/.dossier.json": #"{"corpus": ["other"], "rules": {"term-variant": "hint"}}"#,
    ])
    let configuration = try Configuration.resolve(forDirectory: root.appendingPathComponent("sub").path)
    #expect(configuration.corpusFolders == [root.appendingPathComponent("sub/other").path])
    #expect(configuration.options.severities[.termVariant] == .some(.hint))
  }

  @Test func rootStopsTheSearch() throws {
    let root = try Self.tree([
      ".dossier.json": #"{"corpus": ["sources"]}"#,
      "sub/.dossier.json": #"{"root": true, "rules": {}}"#,
    ])
    let configuration = try Configuration.resolve(forDirectory: root.appendingPathComponent("sub").path)
    #expect(configuration.corpusFolders.isEmpty)
    #expect(configuration.usesEmbeddedCorpus)
    #expect(configuration.corpusDescription == "the embedded seed corpus")
  }

  @Test func aBrokenParentIsAnErrorWithItsPosition() throws {
    let root = try Self.tree([
      ".dossier.json": "{\n  \"corpus\": [1]\n}",
      "sub/.dossier.json": #"{"rules": {}}"#,
    ])
    #expect(throws: DossierError.self) {
      try Configuration.resolve(forDirectory: root.appendingPathComponent("sub").path)
    }
    do {
      _ = try Configuration.resolve(forDirectory: root.appendingPathComponent("sub").path)
    } catch {
      #expect(error.line == 2)
      #expect(error.path?.hasSuffix("/.dossier.json") == true)
    }
  }

  @Test func ignorePatternsAreRelativeToTheirFileAndAddUp() throws {
    let root = try Self.tree([
      ".dossier.json": #"{"ignore": ["archive/"]}"#,
      "sub/.dossier.json": #"{"ignore": ["*.notes.md", "!keep.notes.md"]}"#,
    ])
    let configuration = try Configuration.resolve(forDirectory: root.appendingPathComponent("sub").path)
    #expect(configuration.ignore.map(\.written) == ["archive/", "*.notes.md", "!keep.notes.md"])
    var rules = IgnoreRules()
    rules.addExplicit(configuration.ignore)
    let top = root.standardizedFileURL.path
    #expect(rules.ignores(top + "/docs/archive", isDirectory: true))
    #expect(rules.ignores(top + "/sub/x.notes.md", isDirectory: false))
    #expect(!rules.ignores(top + "/sub/keep.notes.md", isDirectory: false))
    // The nested file's patterns stay in its folder.
    #expect(!rules.ignores(top + "/x.notes.md", isDirectory: false))
  }

  @Test func aBadIgnorePatternIsReportedWhereItIsWritten() {
    for (text, message) in [
      ("{\n  \"ignore\": [\"a[b\"]\n}", "never closed"), ("{\n  \"ignore\": \"a\"\n}", "must be an array"),
      ("{\n  \"ignore\": [\"# just a comment\"]\n}", "not blank or a comment"),
    ] {
      do {
        _ = try Configuration.parse(Array(text.utf8), path: "x.json", baseDirectory: "/")
        Issue.record("accepted \(text)")
      } catch {
        #expect(error.line == 2)
        #expect(error.message.contains(message), "\(error.message)")
      }
    }
  }

  @Test func rootMustBeABoolean() throws {
    #expect(throws: DossierError.self) {
      try Configuration.parse(Array(#"{"root": "yes"}"#.utf8), path: "x", baseDirectory: "/")
    }
  }
}

/// A derived reference is spelled as the corpus's running prose spells it most, never as a line
/// set in capitals.
@Suite struct DerivedReferenceSpellingTests {
  @Test func capitalsLineDoesNotSetTheSpelling() throws {
    let folder = try temporaryCorpus([
      "a.txt": """
      THE PARIS AGREEMENT ENTERED INTO FORCE IN 2016.
      The Paris Agreement was adopted by the parties in 2015.
      Parties report under the Paris Agreement every five years.
      """
    ])
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    let reference = try #require(corpus.references.first { $0.identifier.lowercased().contains("paris") })
    #expect(reference.preferred == "Paris Agreement")
  }
}

/// The one decision of which corpus a configuration puts in effect, shared by every front.
@Suite struct CorpusSelectionTests {
  @Test func selectionFollowsTheConfiguration() throws {
    var configuration = Configuration()
    #expect(CorpusSelection(configuration) == CorpusSelection(folders: [], includesEmbedded: true))
    #expect(try CorpusSelection(configuration).load() === Corpus.embedded)
    configuration.corpusFolders = ["/corpus/a", "/corpus/b"]
    #expect(
      CorpusSelection(configuration) == CorpusSelection(folders: ["/corpus/a", "/corpus/b"], includesEmbedded: false))
    configuration.includeEmbeddedCorpus = true
    #expect(CorpusSelection(configuration).includesEmbedded)
    // The same folders are the same selection, whichever configuration named them (one cache key).
    var other = Configuration()
    other.corpusFolders = ["/corpus/a", "/corpus/b"]
    other.includeEmbeddedCorpus = true
    #expect(Set([CorpusSelection(configuration), CorpusSelection(other)]).count == 1)
  }

  @Test func anEmptySelectionIsAnErrorNamingItsSource() {
    var configuration = Configuration()
    configuration.includeEmbeddedCorpus = false
    let selection = CorpusSelection(configuration)
    #expect(selection.isEmpty)
    #expect(throws: DossierError.self) { try selection.load(source: "/project/.dossier.json") }
    do {
      _ = try selection.load(source: "/project/.dossier.json")
    } catch {
      #expect(error.path == "/project/.dossier.json")
      #expect(error.message.contains("nothing to check against"))
    }
  }
}
