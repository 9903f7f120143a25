/// What the corpus knows about a word or phrase, rendered as plain text for `dossier explain`
/// (the language server renders the same entries as Markdown).
extension Corpus {
  /// The entries matching `query` (case-insensitive; any spelling, alias or acronym).
  public func entries(matching query: String) -> (
    terms: [Term], acronyms: [AcronymDefinition], references: [Reference], facts: [Fact]
  ) {
    let folded = WordForms.folded(query.trimmingCharacters(in: " \t\n"))
    let terms = terms.filter { term in
      ([term.preferred] + term.aliases + term.accepted + term.rejected).contains { WordForms.folded($0) == folded }
    }
    let acronyms = acronyms.filter { acronym in
      WordForms.folded(acronym.acronym) == folded || WordForms.folded(acronym.expansion) == folded
        || acronym.plurals.contains { WordForms.folded($0) == folded }
    }
    let references = references.filter { reference in
      ([reference.preferred, reference.identifier] + reference.accepted + reference.rejected).contains {
        WordForms.folded($0) == folded
      }
    }
    let names = Set(
      terms.flatMap { [$0.preferred] + $0.aliases } + references.map(\.preferred) + acronyms.map(\.acronym)
    ).map(WordForms.folded)
    let facts = facts.filter { fact in
      let subjects = ([fact.subject] + fact.subjectAliases).map(WordForms.folded)
      return subjects.contains(folded) || names.contains { subjects.contains($0) }
        || WordForms.folded(fact.value.description) == folded
        || fact.claim.contains { WordForms.folded($0) == folded }
    }
    return (terms, acronyms, references, facts)
  }

  /// A plain-text explanation of `query`, or nil when the corpus knows nothing of it.
  public func explain(_ query: String) -> String? {
    let found = entries(matching: query)
    var lines: [String] = []
    func cite(_ evidence: [Evidence]) {
      for item in evidence.prefix(3) {
        lines.append("    \(item.document):\(item.line): \"\(Self.shorten(item.quote))\"")
      }
    }
    for term in found.terms {
      lines.append("\(term.preferred) (\(term.kind))")
      if let definition = term.definition {
        lines.append("  \(definition)")
      } else if let formal = formalDefinition(of: term.preferred) {
        lines.append("  \(Self.shorten(formal.quote))")
      }
      if !term.aliases.isEmpty { lines.append("  also: \(term.aliases.joined(separator: ", "))") }
      if !term.accepted.isEmpty { lines.append("  accepted: \(term.accepted.joined(separator: ", "))") }
      if !term.rejected.isEmpty { lines.append("  not: \(term.rejected.joined(separator: ", "))") }
      cite(term.evidence)
    }
    for acronym in found.acronyms {
      lines.append("\(acronym.acronym): \(acronym.expansion)")
      cite(acronym.evidence)
    }
    for reference in found.references {
      lines.append("\(reference.preferred) (\(reference.kind))")
      if let definition = reference.definition { lines.append("  \(definition)") }
      if !reference.accepted.isEmpty { lines.append("  accepted: \(reference.accepted.joined(separator: ", "))") }
      if !reference.rejected.isEmpty { lines.append("  not: \(reference.rejected.joined(separator: ", "))") }
      cite(reference.evidence)
    }
    if !found.facts.isEmpty { lines.append("facts:") }
    for fact in found.facts {
      lines.append("  - \(fact.statement ?? "\(fact.subject): \(fact.value)") [\(fact.value.kind): \(fact.value)]")
      cite(fact.evidence)
    }
    if lines.isEmpty, let noun = vocabulary.properNouns[WordForms.folded(query)], let use = firstUse(of: noun.spelling)
    {
      lines.append("\(noun.spelling) (name used \(noun.count) times in the corpus)")
      cite([use])
    }
    // Words the corpus uses ("loss and damage"): how often, its formal definition, its first use.
    let phrase = query.singleSpaced
    if lines.isEmpty, !phrase.isEmpty {
      let found = uses(of: phrase, upTo: 100)
      if let first = found.first {
        let times = found.count >= 100 ? "100 or more times" : found.count == 1 ? "once" : "\(found.count) times"
        lines.append("\(phrase) (used \(times) in the corpus)")
        if let definition = formalDefinition(of: phrase) {
          lines.append("  \(Self.shorten(definition.quote))")
          cite([definition])
        }
        cite([first])
      }
    }
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  public static func shorten(_ quote: String, limit: Int = 160) -> String {
    // The quote's lines joined by single spaces, read only as far as the limit: a quote may be a
    // long paragraph, and a report shortens one per finding.
    var flat = ""
    var count = 0
    var spaceWanted = false
    for character in quote {
      if character.isNewline {
        spaceWanted = count > 0
        continue
      }
      if spaceWanted {
        // A line that opens with a combining mark joins the space before it into one
        // character: read the plain way.
        if (" " + String(character)).count == 1 {
          return shortenedByCharacters(quote, limit: limit)
        }
        guard count < limit else { return String(flat.prefix(limit - 1)) + "…" }
        flat.append(" ")
        count += 1
        spaceWanted = false
      }
      guard count < limit else { return String(flat.prefix(limit - 1)) + "…" }
      flat.append(character)
      count += 1
    }
    return flat
  }

  private static func shortenedByCharacters(_ quote: String, limit: Int) -> String {
    let flat = quote.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
  }
}
