/// What a corpus holds, item by item, for `dossier corpus show`: the terms with their variants,
/// the names, acronyms and references, and the claims (a value stated about something), each with
/// the document and line it comes from.
public struct DerivedItem: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case term, name, acronym, reference, claim
  }

  public var kind: Kind
  /// The item as the corpus writes it ("non-proliferation", "WMD", "Executive Order 13382").
  public var text: String
  /// What else there is to say: the variants it rejects, the expansion, the value, a count.
  public var detail: String
  /// Where the corpus says it (nil for a name, counted over the whole corpus).
  public var evidence: Evidence?
  /// From the knowledge file rather than derived from the documents.
  public var isCurated: Bool
}

extension Corpus {
  /// Every item the corpus holds, optionally only those whose text or detail contains `filter`
  /// (compared folded: case, quotes and dashes do not matter); by document, then line.
  public func derivedItems(matching filter: String? = nil) -> [DerivedItem] {
    var items: [DerivedItem] = []
    for term in terms {
      var detail: [String] = []
      if !term.rejected.isEmpty { detail.append("not: " + term.rejected.joined(separator: ", ")) }
      if !term.aliases.isEmpty { detail.append("also: " + term.aliases.joined(separator: ", ")) }
      items.append(
        DerivedItem(
          kind: .term, text: term.preferred, detail: detail.joined(separator: "; "), evidence: term.evidence.first,
          isCurated: term.origin == .knowledgeFile))
    }
    for noun in vocabulary.properNouns.values {
      items.append(
        DerivedItem(
          kind: .name, text: noun.spelling, detail: "\(noun.count) use\(noun.count == 1 ? "" : "s")", evidence: nil,
          isCurated: false))
    }
    for acronym in acronyms {
      items.append(
        DerivedItem(
          kind: .acronym, text: acronym.acronym, detail: acronym.expansion, evidence: acronym.evidence.first,
          isCurated: acronym.origin == .knowledgeFile))
    }
    for reference in references {
      let detail =
        reference.rejected.isEmpty
        ? reference.kind : reference.kind + "; not: " + reference.rejected.joined(separator: ", ")
      items.append(
        DerivedItem(
          kind: .reference, text: reference.preferred, detail: detail, evidence: reference.evidence.first,
          isCurated: reference.origin == .knowledgeFile))
    }
    for fact in facts {
      items.append(
        DerivedItem(
          kind: .claim, text: fact.statement ?? "\(fact.subject) \(fact.claim.first ?? "")",
          detail: fact.value.description,
          evidence: fact.evidence.first, isCurated: fact.origin == .knowledgeFile))
    }
    for entry in claims.frames.entries {
      items.append(
        DerivedItem(
          kind: .claim, text: entry.written, detail: "\(entry.frame.value.kind)", evidence: entry.evidence,
          isCurated: false))
    }
    if let filter, !filter.isEmpty {
      let wanted = WordForms.folded(filter)
      items.removeAll {
        !WordForms.folded($0.text).contains(wanted) && !WordForms.folded($0.detail).contains(wanted)
          && !($0.kind == .claim && WordForms.folded($0.evidence?.quote ?? "").contains(wanted))
      }
    }
    // By document (names, which have none, last), then line, kind and text: a stable order.
    let kindOrder = Dictionary(uniqueKeysWithValues: DerivedItem.Kind.allCases.enumerated().map { ($1, $0) })
    return items.sorted {
      let left = ($0.evidence == nil ? 1 : 0, $0.evidence?.document ?? "", $0.evidence?.line ?? 0)
      let right = ($1.evidence == nil ? 1 : 0, $1.evidence?.document ?? "", $1.evidence?.line ?? 0)
      if left != right { return left < right }
      if $0.kind != $1.kind { return kindOrder[$0.kind]! < kindOrder[$1.kind]! }
      return $0.text < $1.text
    }
  }
}
