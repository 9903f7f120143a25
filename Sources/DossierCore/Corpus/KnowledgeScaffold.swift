import DossierJSON

/// A `knowledge.json` to start from, written from what Dossier derived from a corpus folder's
/// documents (`dossier corpus init`): the terms with the variants the corpus does not use, the
/// acronyms and the formal references, each with the sentence that shows it. Facts are left for
/// the team to write: a derived claim is aligned from the documents anyway, and a fact is a
/// statement someone vouches for.
///
/// Every entry carries evidence quoted verbatim from the folder's own documents, so the file
/// loads as it is (the loader verifies every quote).
public enum KnowledgeScaffold {
  /// The term kinds the knowledge file's schema allows (`seeds/knowledge.schema.json`).
  static let termKinds: Set<String> = [
    "term", "person", "place", "country", "organization", "group", "event", "program", "weapon", "policy",
    "document", "agreement", "other",
  ]
  static let referenceKinds: Set<String> = [
    "executive-order", "resolution", "law", "agreement", "declaration", "treaty", "other",
  ]

  /// The scaffold for the documents of `folder` (entries whose evidence is in another folder,
  /// or that have none, are left out), as JSON text, with how many entries of each kind it has.
  public static func build(for corpus: Corpus, folder: String) -> (
    json: String, terms: Int, acronyms: Int, references: Int
  ) {
    func evidence(_ list: [Evidence]) -> JSONValue? {
      guard let first = list.first(where: { $0.folder == folder }) else { return nil }
      return [["document": .string(first.document), "quote": .string(first.quote)]]
    }
    var terms: [JSONValue] = []
    for term in corpus.terms where term.origin == .derived && !term.rejected.isEmpty {
      // Only a form the documents write (derived families also hold forms made up for matching).
      guard let evidence = evidence(term.evidence),
        term.evidence.contains(where: { WordForms.folded($0.quote).contains(WordForms.folded(term.preferred)) })
      else { continue }
      var entry: JSONObject = [
        "preferred": .string(term.preferred), "kind": .string(termKinds.contains(term.kind) ? term.kind : "term"),
        "rejected": .array(term.rejected.map { .string($0) }), "evidence": evidence,
      ]
      if !term.modifies.isEmpty { entry["modifies"] = .array(term.modifies.map { .string($0) }) }
      terms.append(.object(entry))
    }
    var acronyms: [JSONValue] = []
    for acronym in corpus.acronyms where acronym.origin == .derived {
      guard let evidence = evidence(acronym.evidence) else { continue }
      var entry: JSONObject = ["acronym": .string(acronym.acronym), "expansion": .string(acronym.expansion)]
      if !acronym.plurals.isEmpty { entry["plurals"] = .array(acronym.plurals.map { .string($0) }) }
      entry["evidence"] = evidence
      acronyms.append(.object(entry))
    }
    var references: [JSONValue] = []
    for reference in corpus.references where reference.origin == .derived {
      guard let evidence = evidence(reference.evidence) else { continue }
      var entry: JSONObject = [
        "preferred": .string(reference.preferred),
        "kind": .string(referenceKinds.contains(reference.kind) ? reference.kind : "other"),
        "identifier": .string(reference.identifier),
      ]
      if !reference.accepted.isEmpty { entry["accepted"] = .array(reference.accepted.map { .string($0) }) }
      entry["evidence"] = evidence
      references.append(.object(entry))
    }
    let root: JSONValue = [
      "$schema": "https://dossier.invalid/knowledge.schema.json",
      "version": 1,
      "description": .string(
        "Written by `dossier corpus init` from what Dossier derived from these documents: keep what is right, "
          + "correct or delete the rest, and add facts. Every quote must stay verbatim."),
      "terms": .array(terms), "acronyms": .array(acronyms), "references": .array(references), "facts": [],
    ]
    return (root.serialized(pretty: true) + "\n", terms.count, acronyms.count, references.count)
  }
}
