import DossierJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A curated knowledge file (`knowledge.json` in a corpus folder), decoded and verified: every
/// evidence quote must occur in the document it names. Errors are reported as
/// `file:line:column: message`. The format is described by `seeds/knowledge.schema.json`.
struct KnowledgeFile: Sendable {
  static let fileName = "knowledge.json"

  var terms: [Term] = []
  var acronyms: [AcronymDefinition] = []
  var references: [Reference] = []
  var facts: [Fact] = []

  /// Decodes `bytes` (the file at `path`), checking evidence against `documents`.
  init(bytes: [UInt8], path: String, documents: [CorpusSource]) throws(DossierError) {
    let root = try DossierError.parseJSON(bytes, path: path)
    let reader = Reader(path: path, documents: documents)
    guard root.value.objectValue != nil else { throw reader.error(root, "a knowledge file is a JSON object") }
    try reader.allowOnly(Fields.root, in: root)
    if let version = root["version"] {
      guard version.value.intValue == 1 else { throw reader.error(version, "unsupported version (expected 1)") }
    }
    for node in try reader.array(root, "terms") {
      try reader.allowOnly(Fields.term, in: node)
      terms.append(
        Term(
          preferred: try reader.string(node, "preferred"), kind: try reader.optionalString(node, "kind") ?? "term",
          definition: try reader.optionalString(node, "definition"), aliases: try reader.strings(node, "aliases"),
          accepted: try reader.strings(node, "accepted"), rejected: try reader.strings(node, "rejected"),
          evidence: try reader.evidence(node), origin: .knowledgeFile,
          modifies: try reader.strings(node, "modifies").map(WordForms.stem)))
    }
    for node in try reader.array(root, "acronyms") {
      try reader.allowOnly(Fields.acronym, in: node)
      acronyms.append(
        AcronymDefinition(
          acronym: try reader.string(node, "acronym"), expansion: try reader.string(node, "expansion"),
          plurals: try reader.strings(node, "plurals"), evidence: try reader.evidence(node), origin: .knowledgeFile))
    }
    for node in try reader.array(root, "references") {
      try reader.allowOnly(Fields.reference, in: node)
      references.append(
        Reference(
          preferred: try reader.string(node, "preferred"), kind: try reader.optionalString(node, "kind") ?? "other",
          identifier: try reader.string(node, "identifier"), definition: try reader.optionalString(node, "definition"),
          accepted: try reader.strings(node, "accepted"), rejected: try reader.strings(node, "rejected"),
          evidence: try reader.evidence(node), origin: .knowledgeFile))
    }
    var ids = Set<String>()
    for node in try reader.array(root, "facts") {
      try reader.allowOnly(Fields.fact, in: node)
      let id = try reader.string(node, "id")
      guard Self.isFactID(id) else {
        throw reader.error(
          node["id"] ?? node,
          "fact id \(Reader.quoted(id)) must be lower-case letters, digits and hyphens, starting with a letter or digit"
        )
      }
      guard ids.insert(id).inserted else { throw reader.error(node["id"] ?? node, "duplicate fact id \"\(id)\"") }
      let claim = try reader.strings(node, "claim")
      guard !claim.isEmpty else { throw reader.error(node, "a fact needs at least one \"claim\" phrase") }
      facts.append(
        Fact(
          id: id, subject: try reader.string(node, "subject"),
          subjectAliases: try reader.strings(node, "subjectAliases"),
          claim: claim, value: try reader.factValue(node), statement: try reader.optionalString(node, "statement"),
          evidence: try reader.evidence(node), origin: .knowledgeFile))
    }
  }

  /// The values a fact may state, as `seeds/knowledge.schema.json` says (`minimum`, `maximum`).
  /// A year has four digits and no far future: a draft writes years with four digits, and a fix
  /// puts this number into the draft. A count is never negative and stays far below where
  /// arithmetic on it could overflow.
  static let years = 1000...2999
  static let counts = 0...1_000_000_000_000

  /// A fact id as the schema's pattern `^[a-z0-9][a-z0-9-]*$` has it.
  static func isFactID(_ id: String) -> Bool {
    func allowed(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
    guard let first = id.utf8.first, allowed(first) else { return false }
    return id.utf8.allSatisfy { allowed($0) || $0 == UInt8(ascii: "-") }
  }

  /// Whether `text` is a date as the schema's pattern has it: `YYYY-MM-DD` or `YYYY-MM`, with a
  /// year in `years`, a month from 01 to 12 and a day that month has (29 February only in a
  /// leap year).
  static func isDate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-") else { return false }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), years.contains(year), let month = number(5..<7), (1...12).contains(month)
    else { return false }
    guard bytes.count == 10 else { return true }
    guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }

  /// The fields each kind of entry may have (made once: a knowledge file can hold thousands of
  /// entries).
  private enum Fields {
    static let root: Set<String> = ["$schema", "version", "description", "terms", "acronyms", "references", "facts"]
    static let term: Set<String> = [
      "preferred", "kind", "definition", "aliases", "accepted", "rejected", "modifies", "evidence",
    ]
    static let acronym: Set<String> = ["acronym", "expansion", "plurals", "evidence"]
    static let reference: Set<String> = [
      "preferred", "kind", "identifier", "definition", "accepted", "rejected", "evidence",
    ]
    static let fact: Set<String> = ["id", "subject", "subjectAliases", "claim", "value", "statement", "evidence"]
    static let value: Set<String> = ["type", "value", "object"]
    static let evidence: Set<String> = ["document", "quote"]
  }

  /// Reads typed fields and turns every problem into a located error.
  private struct Reader {
    let path: String
    let documents: [CorpusSource]
    /// Document name → index of the first document with that name.
    let documentIndex: [String: Int]
    /// Each quoted document folded whole, once (documents do not keep their folded text).
    let foldedDocuments = FoldedDocuments()

    init(path: String, documents: [CorpusSource]) {
      self.path = path
      self.documents = documents
      var index: [String: Int] = [:]
      for (position, document) in documents.enumerated() where index[document.name] == nil {
        index[document.name] = position
      }
      self.documentIndex = index
    }

    /// `text` as a JSON string literal: quoted, on one line.
    static func quoted(_ text: String) -> String { JSONValue.string(text).serialized() }

    func error(_ node: JSONNode, _ message: String) -> DossierError { DossierError(path: path, at: node, message) }

    func allowOnly(_ keys: Set<String>, in node: JSONNode) throws(DossierError) {
      guard let object = node.value.objectValue else { throw error(node, "expected an object") }
      for key in object.keys where !keys.contains(key) {
        let position = node.keyPosition(key) ?? node.position
        throw DossierError(
          path: path, line: position.line, column: position.column,
          message: "unknown field \"\(key)\" (allowed: \(keys.sorted().joined(separator: ", ")))")
      }
    }

    func array(_ node: JSONNode, _ key: String) throws(DossierError) -> [JSONNode] {
      guard let child = node[key] else { return [] }
      guard let count = child.value.arrayValue?.count else { throw error(child, "\"\(key)\" must be an array") }
      return (0..<count).compactMap { child[$0] }
    }

    func string(_ node: JSONNode, _ key: String) throws(DossierError) -> String {
      guard let child = node[key] else { throw error(node, "missing required field \"\(key)\"") }
      // Not blank: some byte besides spaces, tabs and line feeds.
      guard let value = child.value.stringValue, value.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A })
      else {
        throw error(child, "\"\(key)\" must be a non-empty string")
      }
      return value
    }

    func optionalString(_ node: JSONNode, _ key: String) throws(DossierError) -> String? {
      guard node[key] != nil else { return nil }
      return try string(node, key)
    }

    func strings(_ node: JSONNode, _ key: String) throws(DossierError) -> [String] {
      var result: [String] = []
      for item in try array(node, key) {
        guard let value = item.value.stringValue, !value.isEmpty else {
          throw error(item, "\"\(key)\" must hold non-empty strings")
        }
        result.append(value)
      }
      return result
    }

    func factValue(_ node: JSONNode) throws(DossierError) -> FactValue {
      guard let value = node["value"] else { throw error(node, "missing required field \"value\"") }
      try allowOnly(Fields.value, in: value)
      let type = try string(value, "type")
      guard let content = value["value"] else { throw error(value, "missing required field \"value\"") }
      switch type {
      case "year", "count":
        let range = type == "year" ? KnowledgeFile.years : KnowledgeFile.counts
        let allowed = "a \(type) is a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let number = content.value.intValue else {
          // A number too large for an integer is out of range rather than not a number.
          guard case .double(let double) = content.value, double.rounded() == double else {
            throw error(content, allowed)
          }
          throw error(content, "\(type) \(JSONValue.double(double).serialized()) out of range: \(allowed)")
        }
        guard range.contains(number) else { throw error(content, "\(type) \(number) out of range: \(allowed)") }
        return type == "year" ? .year(number) : .count(number)
      case "date":
        let allowed =
          "a date is YYYY-MM-DD or YYYY-MM, with a year from \(KnowledgeFile.years.lowerBound) to \(KnowledgeFile.years.upperBound)"
        guard let text = content.value.stringValue else { throw error(content, allowed) }
        guard KnowledgeFile.isDate(text) else { throw error(content, "invalid date \(Self.quoted(text)): \(allowed)") }
        return .date(text)
      case "identifier":
        guard content.value.stringValue != nil else { throw error(content, "an identifier is a string") }
        return .identifier(try string(value, "value"))
      case "relation":
        let members = try strings(value, "value")
        guard members.count >= 2 else { throw error(content, "a relation names at least two members") }
        return .relation(members: members, object: try optionalString(value, "object"))
      default:
        throw error(value["type"] ?? value, "unknown value type \"\(type)\" (year, count, date, identifier, relation)")
      }
    }

    /// Evidence quotes must be found in the named document.
    func evidence(_ node: JSONNode) throws(DossierError) -> [Evidence] {
      let items = try array(node, "evidence")
      guard !items.isEmpty else { throw error(node, "missing required field \"evidence\" (at least one quote)") }
      var result: [Evidence] = []
      for item in items {
        try allowOnly(Fields.evidence, in: item)
        let name = try string(item, "document")
        let quote = try string(item, "quote")
        guard let document = documentIndex[name] else {
          throw error(item["document"] ?? item, "no document \"\(name)\" in this corpus folder")
        }
        guard let range = QuoteLocator.locate(quote, in: foldedDocuments.folded(document, of: documents)) else {
          throw error(item["quote"] ?? item, "quote not found in \(name): \"\(quote)\"")
        }
        result.append(documents[document].evidence(range: range))
      }
      return result
    }
  }
}

/// Finds a quotation in a document's text, comparing folded text (quotes, dashes, case and
/// white space folded).
enum QuoteLocator {
  static func locate(_ quote: String, in text: SourceText) -> Range<Int>? {
    locate(quote, in: NormalizedText(source: text, segments: [.init(range: 0..<text.count, join: .adjacent)]))
  }

  static func locate(_ quote: String, in haystack: NormalizedText) -> Range<Int>? {
    locate(needle: needle(for: quote), in: haystack)
  }

  /// Where the folded `needle` (see `needle(for:)`) first stands in `haystack`, as an original range.
  static func locate(needle: [UInt8], in haystack: NormalizedText) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    guard let start = firstOccurrence(of: needle, in: haystack.bytes) else { return nil }
    return haystack.originalRange(start..<start + needle.count)
  }

  /// The bytes a quotation is searched for: folded, and without leading and trailing spaces
  /// (folding made all white space plain spaces), trimmed as bytes unless a leading space carries
  /// a combining mark (then it is part of a character). Empty for a quotation of white space.
  static func needle(for quote: String) -> [UInt8] {
    let foldedQuote = WordForms.folded(quote)
    let folded = Array(foldedQuote.utf8)
    let first = folded.firstIndex { $0 != 0x20 } ?? folded.count
    let end = (folded.lastIndex { $0 != 0x20 } ?? -1) + 1
    return first > 0 && first < folded.count && folded[first] >= 0x80
      ? Array(foldedQuote.trimmingCharacters(in: " ").utf8)
      : first < end ? Array(folded[first..<end]) : []
  }

  /// Endings a word may take and still be a use of it ("reexport" in "reexported"), for a word
  /// of `inflectedLength` letters or more ("Ban" is not in "Band"). Excerpts match by the same
  /// rule (`EvidenceExcerpt`).
  static let inflectionEndings = ["s", "es", "ed", "d", "ing"]
  static let inflectedLength = 4
  static let inflections: [[UInt8]] = inflectionEndings.map { Array($0.utf8) }

  /// Where `needle` first occurs in `haystack` as whole words: not inside a longer word ("tel" is
  /// not in "immediately"), though its last word may be inflected ("reexport" in "reexported").
  /// A needle that starts or ends with punctuation needs no boundary there.
  static func firstWordOccurrence(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard let first = needle.first, let last = needle.last else { return nil }
    let needsStart = PatternAutomaton.isWordByte(first)
    let needsEnd = PatternAutomaton.isWordByte(last)
    let lastWord = needle.reversed().prefix { PatternAutomaton.isWordByte($0) }.count
    let inflects = lastWord >= inflectedLength
    var from = haystack.startIndex
    while from < haystack.endIndex, let found = firstOccurrence(of: needle, in: haystack[from...]) {
      let start = from + found
      let end = start + needle.count
      let startsWord = !needsStart || start == haystack.startIndex || !PatternAutomaton.isWordByte(haystack[start - 1])
      func isEnd(_ position: Int) -> Bool {
        position == haystack.endIndex || !PatternAutomaton.isWordByte(haystack[position])
      }
      let endsWord =
        !needsEnd || isEnd(end)
        || inflects
          && inflections.contains { ending in
            end + ending.count <= haystack.endIndex && haystack[end..<end + ending.count].elementsEqual(ending)
              && isEnd(end + ending.count)
          }
      if startsWord && endsWord { return start - haystack.startIndex }
      from = start + 1
    }
    return nil
  }

  /// Where `needle` (not empty) first occurs in `haystack`. The C library's `memchr` (vectorised)
  /// finds each place where the needle's least common byte (by English letter frequency) would
  /// fall, and `memcmp` compares the whole needle there: a knowledge file with thousands of
  /// quotes searches its documents thousands of times.
  static func firstOccurrence(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    haystack.withUnsafeBytes { firstOccurrence(of: needle, in: $0) }
  }

  /// The same, in a slice: the position counts from the slice's start.
  static func firstOccurrence(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    haystack.withUnsafeBytes { firstOccurrence(of: needle, in: $0) }
  }

  static func firstOccurrence(of needle: [UInt8], in text: UnsafeRawBufferPointer) -> Int? {
    guard !needle.isEmpty, needle.count <= text.count else { return nil }
    var pivot = 0
    for offset in needle.indices where commonness[Int(needle[offset])] < commonness[Int(needle[pivot])] {
      pivot = offset
    }
    return needle.withUnsafeBytes { needle in
      guard let base = text.baseAddress, let pattern = needle.baseAddress else { return nil }
      let byte = Int32(needle[pivot])
      let last = text.count - needle.count
      var start = 0
      while start <= last, let found = memchr(base + start + pivot, byte, last - start + 1) {
        let position = base.distance(to: UnsafeRawPointer(found)) - pivot
        if memcmp(base + position, pattern, needle.count) == 0 { return position }
        start = position + 1
      }
      return nil
    }
  }

  /// How common each byte is in folded English text, roughly: the space and "etaoin…" most,
  /// then other letters, punctuation and digits, then bytes of other scripts.
  private static let commonness: [UInt8] = {
    var table = [UInt8](repeating: 40, count: 256)
    for byte in 0x21..<0x80 { table[byte] = 60 }
    for (rank, letter) in "etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() { table[Int(letter)] = UInt8(250 - 6 * rank) }
    table[0x20] = 255
    return table
  }()
}

/// Whole documents folded on first need, for verifying a knowledge file's quotes.
final class FoldedDocuments {
  private var folded: [Int: NormalizedText] = [:]

  func folded(_ index: Int, of documents: [CorpusSource]) -> NormalizedText {
    if let known = folded[index] { return known }
    let made = documents[index].folded
    folded[index] = made
    return made
  }
}
