/// A completion the corpus offers at a place in a draft.
public struct CompletionCandidate: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case term, entity, acronym, reference, value
  }

  public var label: String
  public var kind: Kind
  /// A short line shown beside the label.
  public var detail: String
  /// The text inserted over the typed prefix.
  public var insertText: String
  /// Orders candidates: lower first.
  public var rank: Int
}

extension Analyzer {
  /// The typed prefix at `offset` (letters, digits, hyphens and periods before it) and the
  /// candidates for it: corpus terms, entities, acronyms and references matching the prefix
  /// (case-insensitive prefix first, then fuzzy), and — where the sentence already states a
  /// fact's subject and claim — the corpus value first.
  public static func completions(at offset: Int, in draft: DraftDocument, corpus: Corpus, limit: Int = 50)
    -> (replace: Range<Int>, candidates: [CompletionCandidate])
  {
    let bytes = draft.text.bytes
    let offset = max(0, min(offset, bytes.count))
    var start = offset
    while start > 0 {
      let byte = bytes[start - 1]
      let isWordPart = PatternAutomaton.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      if !isWordPart { break }
      start -= 1
    }
    while start < offset, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: ".") { start += 1 }
    let prefix = WordForms.folded(draft.text.string(in: start..<offset))
    var candidates: [CompletionCandidate] = []
    var seen = Set<String>()
    for value in factValues(before: start, in: draft, corpus: corpus) where value.label.lowercased().hasPrefix(prefix) {
      candidates.append(value)
      seen.insert(WordForms.folded(value.label) + "|" + value.insertText)
    }
    let defined = definedAcronyms(before: offset, in: draft)
    for entry in corpus.completionEntries {
      // An acronym the draft has not defined yet completes to "expansion (ACR)"; once defined,
      // to itself.
      if let acronym = entry.acronym, defined.contains(acronym) != entry.whenDefined { continue }
      let rank: Int
      if prefix.isEmpty {
        rank = entry.rank + 200
      } else if entry.folded.hasPrefix(prefix) {
        rank = entry.rank
      } else if prefix.count >= 2, isSubsequence(prefix, of: entry.folded) {
        rank = entry.rank + 100
      } else {
        continue
      }
      let insert = entry.insertText ?? entry.label
      guard seen.insert(entry.folded + "|" + insert).inserted else { continue }
      candidates.append(
        CompletionCandidate(label: entry.label, kind: entry.kind, detail: entry.detail, insertText: insert, rank: rank))
    }
    candidates.sort { ($0.rank, $0.label.count, $0.label) < ($1.rank, $1.label.count, $1.label) }
    return (start..<offset, Array(candidates.prefix(limit)))
  }

  static func isSubsequence(_ needle: String, of haystack: String) -> Bool {
    var iterator = haystack.makeIterator()
    for character in needle {
      var found = false
      while let next = iterator.next() {
        if next == character {
          found = true
          break
        }
      }
      if !found { return false }
    }
    return true
  }

  /// Acronyms the draft defines before `offset`.
  static func definedAcronyms(before offset: Int, in draft: DraftDocument) -> Set<String> {
    Set(draft.acronymDefinitions.filter { $0.offset < offset }.map(\.acronym))
  }

  /// "Pakistan became a nuclear power in |" → 1998: a fact whose claim phrase ends within a few
  /// words before the cursor, in a sentence that names the fact's subject.
  static func factValues(before offset: Int, in draft: DraftDocument, corpus: Corpus) -> [CompletionCandidate] {
    guard
      let blockIndex = draft.blocks.firstIndex(where: {
        $0.range.lowerBound <= offset && offset <= $0.range.upperBound + 1
      })
    else { return [] }
    let prose = draft.prose[blockIndex]
    let tokenEnd = prose.tokens.firstIndex { $0.originalRange.lowerBound >= offset } ?? prose.tokens.count
    guard tokenEnd > 0, let sentenceIndex = prose.sentence(containingToken: tokenEnd - 1) else { return [] }
    let sentence = prose.sentences[sentenceIndex].lowerBound..<tokenEnd
    let sentenceRange = prose.normalizedRange(ofTokens: sentence)
    let found = corpus.patterns.matches(in: prose.normalized.bytes)
    let hits = found.phrases.filter {
      sentenceRange.contains($0.range.lowerBound) && $0.range.upperBound <= sentenceRange.upperBound
    }
    let subjects = Set(found.subjects.filter { sentenceRange.contains($0.range.lowerBound) }.map(\.payload))
    var result: [CompletionCandidate] = []
    for hit in hits {
      let fact = corpus.claims.phrases[hit.payload].fact
      guard subjects.contains(fact), let number = FactReading.number(of: corpus.facts[fact].value) else {
        continue
      }
      let last = prose.tokenIndex(atNormalizedOffset: hit.range.upperBound - 1)
      guard let gap = FactReading.gap(prose, from: last + 1, to: tokenEnd), gap <= 2 else { continue }
      let label = corpus.facts[fact].value.description
      let text = String(number) == label || CountWords.word(for: number) == label ? label : String(number)
      if result.contains(where: { $0.insertText == text }) { continue }
      result.append(
        CompletionCandidate(
          label: text, kind: .value, detail: corpus.facts[fact].statement ?? "corpus value", insertText: text, rank: 0))
    }
    return result
  }
}

/// A completion the corpus can offer, prepared once per corpus.
struct CompletionEntry: Sendable {
  var label: String
  var folded: String
  var kind: CompletionCandidate.Kind
  var detail: String
  /// Text inserted instead of the label.
  var insertText: String?
  var rank: Int
  /// For acronym entries: the acronym, and whether the entry applies once the draft defines it.
  var acronym: String? = nil
  var whenDefined = false

  static func entries(
    for corpus: (terms: [Term], acronyms: [AcronymDefinition], references: [Reference], nouns: [(String, Int)])
  )
    -> [CompletionEntry]
  {
    var entries: [CompletionEntry] = []
    func add(
      _ label: String, _ kind: CompletionCandidate.Kind, _ detail: String, insert: String? = nil, rank: Int,
      acronym: String? = nil, whenDefined: Bool = false
    ) {
      entries.append(
        CompletionEntry(
          label: label, folded: WordForms.folded(label), kind: kind, detail: detail, insertText: insert, rank: rank,
          acronym: acronym, whenDefined: whenDefined))
    }
    for acronym in corpus.acronyms {
      let expanded = "\(acronym.expansion) (\(acronym.acronym))"
      add(acronym.acronym, .acronym, acronym.expansion, rank: 10, acronym: acronym.acronym, whenDefined: true)
      add(
        acronym.acronym, .acronym, "not yet defined: inserts \(expanded)", insert: expanded, rank: 10,
        acronym: acronym.acronym)
      add(acronym.expansion, .acronym, acronym.acronym, insert: expanded, rank: 12, acronym: acronym.acronym)
    }
    for reference in corpus.references {
      add(reference.preferred, .reference, reference.kind.replacingAll("-", with: " "), rank: 20)
      for accepted in reference.accepted { add(accepted, .reference, reference.preferred, rank: 22) }
    }
    for term in corpus.terms where term.origin == .knowledgeFile || term.kind != "spelling" {
      let kind: CompletionCandidate.Kind = term.kind == "term" ? .term : .entity
      add(term.preferred, kind, term.definition.map { String($0.prefix(80)) } ?? term.kind, rank: 30)
      for alias in term.aliases { add(alias, kind, term.preferred, rank: 32) }
    }
    for (spelling, count) in corpus.nouns {
      add(spelling, .entity, "name in the corpus (\(count)×)", rank: 40)
    }
    return entries
  }
}
