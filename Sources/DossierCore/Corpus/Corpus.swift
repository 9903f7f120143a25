import FoundationEssentials
import Synchronization

/// Everything Dossier knows: the source documents, what a knowledge file says about them, and
/// what is derived from their text. Immutable once built; share it freely between threads.
public final class Corpus: Sendable {
  public let documents: CorpusDocuments
  public let terms: [Term]
  public let acronyms: [AcronymDefinition]
  public let references: [Reference]
  public let facts: [Fact]
  public let vocabulary: Vocabulary
  public let termTable: TermTable
  let claims: ClaimIndex
  /// The term table's, claim phrases' and subjects' patterns in one trie.
  let patterns: CorpusPatterns
  /// The corpus's word sequences for quotations: only a draft with a quotation reads them, so
  /// they are indexed when one first asks.
  var passages: PassageIndex { builtPassages.value }
  private let builtPassages: BuiltOnFirstUse<PassageIndex>
  /// The documents that write each word, kept in a compiled index (nil for a corpus read from its
  /// folders): a phrase is looked for only in those that write all its words.
  let postings: StoredPostings?
  /// Acronyms by their singular spelling.
  let acronymIndex: [String: AcronymDefinition]
  /// Acronyms by their expansion, folded and single-spaced ("standing deposit facility" → SDF),
  /// when a hover first asks.
  var acronymsByExpansion: [String: AcronymDefinition] { builtAcronymsByExpansion.value }
  private let builtAcronymsByExpansion: BuiltOnFirstUse<[String: AcronymDefinition]>
  /// Upper-case words inside proper names of the running prose ("acme hmo plus"): see `AcronymNames`.
  let acronymNames: Set<String>
  /// Upper-case words the corpus's running prose writes right after two or more different names,
  /// ending them (folded: "kc" of "Mr Stein KC and …", "Claire Mitchell KC."): a title or a
  /// company's form that follows any name ("LLP"), built when a check first asks. (Not after a
  /// name in the possessive: "X-Mode's SDK", "Google's SDK" are things the names own.)
  var titlesAfterNames: Set<String> { builtTitlesAfterNames.value }
  private let builtTitlesAfterNames: BuiltOnFirstUse<Set<String>>
  /// Acronyms whose names the documents spell out somewhere as capitalised words ("Department
  /// of Foreign Affairs and Trade" for "DFAT"), whether or not they define them.
  let acronymsSpelledOut: Set<String>
  /// Closed words the corpus also writes split, open or hyphenated: splitting them follows it.
  let splitWritten: Set<String>
  /// Open pairs written before the same word twice or more and never hyphenated, as "first
  /// second stem" ("open market operat"; `CompoundForms.Scan.openModifiers`).
  let openModifiers: Set<String>
  /// Names of several words as the corpus spaces them (`NameSpellings`).
  let nameSpellings: NameSpellings
  /// Everything completion can offer, folded once, when completion first asks (`lint` never does).
  var completionEntries: [CompletionEntry] { builtCompletionEntries.value }
  private let builtCompletionEntries: BuiltOnFirstUse<[CompletionEntry]>
  /// Single-word proper nouns (from the documents and the knowledge file) by folded length.
  let properNouns: ProperNounTable
  /// `firstUse(of:)`'s answers so far (nil inside: the corpus never uses the phrase).
  let firstUses = Mutex<[String: Evidence?]>([:])
  /// `uses(of:upTo:)`'s answers so far.
  let phraseUses = Mutex<[String: (first: Evidence?, count: Int, limit: Int)]>([:])
  /// The last texts `phraseCompletions(of:lowerCase:limit:)` looked for, each with the documents
  /// that hold it.
  let phraseSearches = Mutex<[(typed: String, documents: [Int])]>([])
  /// `heading(_:)`'s answers so far.
  let headings = Mutex<[String: (heading: Evidence, body: Evidence?)?]>([:])
  /// `formalDefinition(of:)`'s answers so far.
  let formalDefinitions = Mutex<[String: Evidence?]>([:])
  /// `writesInParentheses(_:)`'s and `writesBeforeAWord(_:)`'s answers (under keys of their
  /// own), and `spellsOut(_:inDocumentOf:)`'s, so far.
  let parenthesized = Mutex<[String: Bool]>([:])
  let spelledOut = Mutex<[String: Bool]>([:])
  /// `acronymDocuments(_:)`'s answers so far.
  let acronymDocumentCounts = Mutex<[String: (using: Int, defining: Int)]>([:])
  /// `citedTitle(of:)`'s and `codes(after:limit:)`'s answers so far.
  let citedTitles = Mutex<[String: (title: String, evidence: Evidence)?]>([:])
  let codesAfter = Mutex<[String: [String]]>([:])
  /// `listsAfter(_:_:)`'s lists so far: the words of every list after each plural asked.
  let listedWords = Mutex<[String: Set<[UInt8]>]>([:])
  /// The references whose identifier is one character away from another identifier of the same
  /// kind and length, found without comparing with each (`UnknownReferenceCheck.nearMiss`).
  var referenceNeighbours: ReferenceNeighbours { builtReferenceNeighbours.value }
  private let builtReferenceNeighbours: BuiltOnFirstUse<ReferenceNeighbours>

  /// Each reference's position by "kind:folded identifier" ("executive-order:13382",
  /// "declaration:lahore declaration"; the first of equal ones), built when a check first asks.
  var referencesByKey: [String: Int] { builtReferencesByKey.value }
  private let builtReferencesByKey: BuiltOnFirstUse<[String: Int]>

  /// The positions in `references` of each kind's references, in the corpus's order, built when a
  /// check first asks: a check asks one kind's of a corpus citing thousands of all kinds.
  func referencePositions(ofKind kind: String) -> [Int] { builtReferencePositionsByKind.value[kind] ?? [] }
  private let builtReferencePositionsByKind: BuiltOnFirstUse<[String: [Int]]>

  /// "kind:name" of the references named with an owner before them, by the name after the owner
  /// ("law:national apprenticeship act of 2021" of "Bobby Scott's National Apprenticeship Act of
  /// 2021"), built when a check first asks.
  var ownedReferenceKeys: Set<String> { builtOwnedReferenceKeys.value }
  private let builtOwnedReferenceKeys: BuiltOnFirstUse<Set<String>>

  /// The dates documents give in their front matter, read when a check first asks.
  var documentDates: DocumentDates { builtDocumentDates.value }
  private let builtDocumentDates: BuiltOnFirstUse<DocumentDates>

  /// Files of the corpus folders that were left out, and why (a PDF with no `pdftotext` to read
  /// it): each one line for the user.
  public let notes: [DossierError]

  /// Reads `documents` for what they say, with the knowledge files' entries first.
  convenience init(documents: [CorpusDocument], knowledge: [KnowledgeFile], notes: [DossierError] = []) {
    self.init(
      documents: CorpusDocuments(documents),
      derived: Self.derive(documents: documents, knowledge: knowledge, notes: notes))
  }

  /// What `documents` say, with the knowledge files' entries first (see `CorpusReading`).
  static func derive(documents: [CorpusDocument], knowledge: [KnowledgeFile], notes: [DossierError]) -> DerivedParts {
    var reading = CorpusReading(textBytes: documents.reduce(0) { $0 + $1.text.count })
    reading.add(documents)
    let held = CorpusDocuments(documents)
    return (consume reading).derived(
      knowledge: knowledge, notes: notes,
      reread: { each in
        for document in documents where !each(document) { break }
      }, document: { documents[$0] }, scope: BuiltOnFirstUse { ScopeIndex(documents: held) })
  }

  /// What reading the documents yields, before it is indexed for lookups: what the compiled
  /// corpus index keeps on disk (`CorpusIndexFile`).
  struct DerivedParts {
    var terms: [Term]
    var acronyms: [AcronymDefinition]
    var references: [Reference]
    var facts: [Fact]
    var vocabulary: Vocabulary
    var claims: ClaimIndex
    var acronymNames: Set<String>
    var acronymsSpelledOut: Set<String> = []
    /// Closed words the corpus also writes split ("cyber space" beside "cyberspace").
    var splitWritten: Set<String> = []
    /// Open pairs before the same word, never hyphenated ("open market operat").
    var openModifiers: Set<String> = []
    /// Names of several words as the corpus spaces them.
    var nameSpellings = NameSpellings()
    var notes: [DossierError]
    /// The passage index kept in a compiled index; nil: built from the documents when first asked.
    var passages: StoredPassages? = nil
    /// The documents that write each word, kept in a compiled index; nil: none kept.
    var postings: StoredPostings? = nil
  }

  /// Indexes what was derived from `documents` (read now, or kept in a compiled index) for the
  /// checks' lookups.
  init(documents: CorpusDocuments, derived: DerivedParts) {
    let (terms, acronyms, references, vocabulary) = (
      derived.terms, derived.acronyms, derived.references, derived.vocabulary
    )
    self.documents = documents
    self.notes = derived.notes
    self.vocabulary = vocabulary
    self.terms = terms
    self.references = references
    self.acronyms = acronyms
    self.facts = derived.facts
    self.termTable = TermTable(terms: terms, references: references)
    self.claims = derived.claims
    self.patterns = CorpusPatterns(termTable: termTable, claims: claims)
    self.postings = derived.postings
    if let stored = derived.passages {
      self.builtPassages = BuiltOnFirstUse(built: PassageIndex(stored: stored))
    } else {
      self.builtPassages = BuiltOnFirstUse { PassageIndex(documents: documents) }
    }
    let allReferences = references
    self.builtDocumentDates = BuiltOnFirstUse { DocumentDates(documents) }
    self.builtReferencePositionsByKind = BuiltOnFirstUse {
      var byKind: [String: [Int]] = [:]
      for (position, reference) in allReferences.enumerated() { byKind[reference.kind, default: []].append(position) }
      return byKind
    }
    self.builtReferencesByKey = BuiltOnFirstUse {
      var byKey: [String: Int] = [:]
      for (position, reference) in allReferences.enumerated() {
        let key = "\(reference.kind):\(WordForms.folded(reference.identifier))"
        if byKey[key] == nil { byKey[key] = position }
      }
      return byKey
    }
    self.builtOwnedReferenceKeys = BuiltOnFirstUse {
      Set(
        allReferences.compactMap { reference in
          let folded = WordForms.folded(reference.identifier)
          guard let owned = ReferenceScanner.ownedName(folded), owned.count < folded.count else { return nil }
          return "\(reference.kind):\(owned)"
        })
    }
    self.builtReferenceNeighbours = BuiltOnFirstUse { ReferenceNeighbours(allReferences) }
    let acronymNames = derived.acronymNames
    self.builtTitlesAfterNames = BuiltOnFirstUse {
      // Each "name acronym" key of two words (`AcronymNames.leadingKey`), counted by its name.
      var names: [Substring: Set<Substring>] = [:]
      for key in acronymNames {
        let words = key.split(separator: " ")
        guard words.count == 2, !WordForms.isPossessive(words[0]) else { continue }
        names[words[1], default: []].insert(words[0])
      }
      return Set(names.filter { $0.value.count >= 2 }.map { String($0.key) })
    }
    self.builtAcronymsByExpansion = BuiltOnFirstUse { [acronyms] in
      var byExpansion: [String: AcronymDefinition] = [:]
      for acronym in acronyms {
        let key = WordForms.folded(acronym.expansion).singleSpaced
        if byExpansion[key] == nil { byExpansion[key] = acronym }
      }
      return byExpansion
    }
    var acronymIndex: [String: AcronymDefinition] = [:]
    for acronym in acronyms where acronymIndex[acronym.acronym] == nil { acronymIndex[acronym.acronym] = acronym }
    self.acronymIndex = acronymIndex
    self.acronymNames = derived.acronymNames
    self.acronymsSpelledOut = derived.acronymsSpelledOut
    self.splitWritten = derived.splitWritten
    self.openModifiers = derived.openModifiers
    self.nameSpellings = derived.nameSpellings
    var nouns: [String: String] = [:]
    for (folded, entry) in vocabulary.properNouns { nouns[folded] = entry.spelling }
    for term in terms where term.origin == .knowledgeFile {
      for name in [term.preferred] + term.aliases
      where !name.contains(" ") && name.first?.isUppercase == true
        && name.allSatisfy(\.isLetter)
      {
        nouns[WordForms.folded(name)] = name
      }
    }
    // In a fixed order, so that ties between equally near names are found in the same order.
    self.properNouns = ProperNounTable(
      nouns.filter { $0.key.utf8.count >= 5 }.sorted { $0.key < $1.key }.map {
        ProperNoun(folded: $0.key, spelling: $0.value, bytes: Array($0.key.utf8))
      })
    let (completionTerms, completionAcronyms, completionReferences) = (terms, acronyms, references)
    let properNounCounts = vocabulary.properNouns.values.sorted { ($1.count, $0.spelling) < ($0.count, $1.spelling) }
      .map { ($0.spelling, $0.count) }
    let names = vocabulary.multiWordNames
    self.builtCompletionEntries = BuiltOnFirstUse {
      CompletionEntry.entries(
        for: (completionTerms, completionAcronyms, completionReferences, properNounCounts, names))
    }
  }

  /// Counts for `dossier corpus check`.
  public var statistics: [(name: String, count: Int)] {
    [
      ("documents", documents.count),
      (
        "sentences",
        documents.reduce(0) { $0 + $1.paragraphs.filter(\.isRunningProse).reduce(0) { $0 + $1.prose.sentences.count } }
      ),
      ("terms", terms.count),
      ("proper nouns", vocabulary.properNouns.count),
      ("acronyms", acronyms.count),
      ("references", references.count),
      ("facts", facts.count),
      ("derived claims", claims.derivedCount),
    ]
  }

  /// The document named `name` (in `folder`, when given).
  public func document(named name: String, folder: String? = nil) -> CorpusDocument? {
    documents.position(named: name, folder: folder).map { documents[$0] }
  }
}
