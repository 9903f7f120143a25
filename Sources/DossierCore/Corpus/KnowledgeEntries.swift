/// What the corpus knows, as entries. Entries come from a curated knowledge file or are derived
/// from the documents themselves; `origin` says which.
public enum EntryOrigin: Sendable, Hashable {
  /// Written in a knowledge file.
  case knowledgeFile
  /// Derived from the corpus documents.
  case derived
}

/// A term or named entity: its preferred form and the variants a draft may or may not use.
public struct Term: Sendable, Hashable {
  public var preferred: String
  /// "term", "person", "place", "country", "organization", ….
  public var kind: String
  public var definition: String?
  /// Other names for the same thing, fine to use.
  public var aliases: [String]
  /// Variant spellings accepted silently.
  public var accepted: [String]
  /// Variant spellings that get a `term-variant` finding.
  public var rejected: [String]
  public var evidence: [Evidence]
  public var origin: EntryOrigin
  /// For a compound modifier ("public-private"): the words (stems) it is written before, its
  /// open form a variant only before one of them ("public private partnerships"); empty, before
  /// any word it modifies.
  public var modifies: [String]

  public init(
    preferred: String, kind: String, definition: String? = nil, aliases: [String] = [],
    accepted: [String] = [], rejected: [String] = [], evidence: [Evidence] = [],
    origin: EntryOrigin, modifies: [String] = []
  ) {
    self.modifies = modifies
    self.preferred = preferred
    self.kind = kind
    self.definition = definition
    self.aliases = aliases
    self.accepted = accepted
    self.rejected = rejected
    self.evidence = evidence
    self.origin = origin
  }
}

/// An acronym and its expansion.
public struct AcronymDefinition: Sendable, Hashable {
  public var acronym: String
  public var expansion: String
  /// Plural spellings ("WMDs").
  public var plurals: [String]
  public var evidence: [Evidence]
  public var origin: EntryOrigin

  public init(
    acronym: String, expansion: String, plurals: [String] = [], evidence: [Evidence] = [], origin: EntryOrigin
  ) {
    self.acronym = acronym
    self.expansion = expansion
    self.plurals = plurals
    self.evidence = evidence
    self.origin = origin
  }
}

/// A formal reference: an executive order, a resolution, a law, a named agreement.
public struct Reference: Sendable, Hashable {
  public var preferred: String
  /// "executive-order", "resolution", "law", "agreement", "declaration", "treaty", "other".
  public var kind: String
  /// The number or name that identifies it within its kind ("13382", "lahore").
  public var identifier: String
  public var definition: String?
  public var accepted: [String]
  public var rejected: [String]
  public var evidence: [Evidence]
  public var origin: EntryOrigin
  /// The date the corpus gives the instrument, where it writes one ("Executive Order 12957 of
  /// March 15, 1995") and never another.
  public var date: ReferenceDate?

  public init(
    preferred: String, kind: String, identifier: String, definition: String? = nil,
    accepted: [String] = [], rejected: [String] = [], evidence: [Evidence] = [], origin: EntryOrigin,
    date: ReferenceDate? = nil
  ) {
    self.date = date
    self.preferred = preferred
    self.kind = kind
    self.identifier = identifier
    self.definition = definition
    self.accepted = accepted
    self.rejected = rejected
    self.evidence = evidence
    self.origin = origin
  }
}

/// A checkable claim with a typed value.
public struct Fact: Sendable, Hashable {
  public var id: String
  public var subject: String
  public var subjectAliases: [String]
  /// Words or short phrases a sentence making this claim has next to the value.
  public var claim: [String]
  public var value: FactValue
  public var statement: String?
  public var evidence: [Evidence]
  public var origin: EntryOrigin

  public init(
    id: String, subject: String, subjectAliases: [String] = [], claim: [String], value: FactValue,
    statement: String? = nil, evidence: [Evidence] = [], origin: EntryOrigin
  ) {
    self.id = id
    self.subject = subject
    self.subjectAliases = subjectAliases
    self.claim = claim
    self.value = value
    self.statement = statement
    self.evidence = evidence
    self.origin = origin
  }
}

/// The value a fact states.
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
  case year(Int)
  case count(Int)
  /// "YYYY-MM-DD" or "YYYY-MM".
  case date(String)
  case identifier(String)
  /// The members a claim applies to jointly ("state-owned" and "private").
  case relation(members: [String], object: String?)

  public var kind: String {
    switch self {
    case .year: "year"
    case .count: "count"
    case .date: "date"
    case .identifier: "identifier"
    case .relation: "relation"
    }
  }

  public var description: String {
    switch self {
    case .year(let year): String(year)
    case .count(let count): CountWords.word(for: count) ?? String(count)
    case .date(let date): date
    case .identifier(let identifier): identifier
    case .relation(let members, let object):
      ([FactValue.joinedList(members)] + (object.map { [$0] } ?? [])).joined(separator: " ")
    }
  }

  static func joinedList(_ items: [String]) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    case 2: "\(items[0]) and \(items[1])"
    default: items.dropLast().joined(separator: ", ") + ", and " + items[items.count - 1]
    }
  }
}

/// Number words: "three" ↔ 3.
public enum CountWords {
  static let words = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  ]

  public static func word(for count: Int) -> String? {
    words.indices.contains(count) ? words[count] : nil
  }

  static let values = WordTable(words.enumerated().map { ($1, $0) })

  /// The number a count word names ("three" → 3). Asked of every word of a draft.
  public static func value(of word: String) -> Int? { values[word] }
}

/// The date of an instrument as its corpus writes it right after the reference ("of March 15,
/// 1995"): a day, a month and a year.
public struct ReferenceDate: Sendable, Hashable {
  /// As written: "March 15, 1995".
  public var written: String
  /// yyyymmdd, as `TypedValue` holds a date.
  public var value: Int
  public var evidence: Evidence

  public init(written: String, value: Int, evidence: Evidence) {
    self.written = written
    self.value = value
    self.evidence = evidence
  }

  /// The date as a value to compare a draft's with.
  var typedValue: TypedValue {
    TypedValue(kind: .date, magnitude: Double(value), unit: "", tokens: 0..<0, token: 0, bound: .exact)
  }
}
