// The claim frames and denials in the compiled corpus index (`IndexWriter`).

extension TokenText {
  func encode(to writer: inout IndexWriter) {
    withUTF8 { writer.write(bytes: $0) }
  }

  /// Long texts are interned again in this process (their numbers are per process).
  init(from reader: inout IndexReader) throws(IndexDamage) {
    self = try reader.readTokenText()
  }
}

extension [TokenText] {
  func encode(to writer: inout IndexWriter) {
    writer.write(self) { writer, text in text.encode(to: &writer) }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try TokenText(from: &reader) }
  }
}

extension TypedValue {
  func encode(to writer: inout IndexWriter) {
    writer.write(kind.rawValue)
    writer.write(magnitude)
    writer.write(unit)
    writer.write(tokens)
    writer.write(token)
    writer.write(bound.rawValue)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      kind: try reader.readEnum(Kind.self), magnitude: try reader.readDouble(), unit: try reader.readString(),
      tokens: try reader.readRange(), token: try reader.readInt(), bound: try reader.readEnum(Bound.self))
  }
}

extension ClaimFrame {
  func encode(to writer: inout IndexWriter) {
    value.encode(to: &writer)
    head.encode(to: &writer)
    subject.encode(to: &writer)
    anchor.encode(to: &writer)
    writer.write(qualifier)
    writer.write(isNegated)
    writer.write(isDistributive)
    writer.write(clause)
    writer.write(companions) { writer, value in value.encode(to: &writer) }
    writer.write(relation.rawValue)
    writer.write(inheritedSubject)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      value: try TypedValue(from: &reader), head: try TokenText(from: &reader), subject: try [TokenText](from: &reader),
      anchor: try TokenText(from: &reader), qualifier: try reader.readOptionalInt(), isNegated: try reader.readBool(),
      isDistributive: try reader.readBool(), clause: try reader.readRange(),
      companions: try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
        try TypedValue(from: &reader)
      },
      relation: try Relation(from: &reader), inheritedSubject: try reader.readInt())
    guard (0...subject.count).contains(inheritedSubject) else {
      throw IndexDamage("a claim's borrowed subject words outnumber its subject")
    }
  }
}

extension ClaimFrame.Relation {
  init(from reader: inout IndexReader) throws(IndexDamage) {
    guard let relation = Self(rawValue: try reader.readUInt8()) else {
      throw IndexDamage("an unknown relation of a claim's value")
    }
    self = relation
  }
}

extension FrameIndex.Entry {
  func encode(to writer: inout IndexWriter) {
    frame.encode(to: &writer)
    writer.write(written)
    evidence.encode(to: &writer)
    writer.write(sentence)
    names.encode(to: &writer)
    writer.write(Int(title))
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      frame: try ClaimFrame(from: &reader), written: try reader.readString(), evidence: try Evidence(from: &reader),
      sentence: try reader.readRange(), names: try [TokenText](from: &reader))
    let title = try reader.readInt()
    guard title >= 0, title <= Int(Int32.max) else {
      throw IndexDamage("a claim frame's document title is out of range")
    }
    self.title = Int32(title)
  }
}

extension PolarityIndex.Denial {
  func encode(to writer: inout IndexWriter) {
    writer.write(predicates)
    writer.write(subject)
    writer.write(object)
    evidence.encode(to: &writer)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      predicates: try reader.readStrings(), subject: try reader.readStrings(), object: try reader.readStrings(),
      evidence: try Evidence(from: &reader))
  }
}

extension PolarityIndex {
  /// The denials (in the knowledge section).
  func encodeDenials(to writer: inout IndexWriter) {
    writer.write(denials) { writer, denial in denial.encode(to: &writer) }
  }

  static func decodeDenials(from reader: inout IndexReader) throws(IndexDamage) -> [Denial] {
    try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try Denial(from: &reader) }
  }

  /// The affirmative clauses of the denied predicates (a section of their own, read when first
  /// needed), in key order, so the same corpus writes the same bytes.
  func encodeAssertions(to writer: inout IndexWriter) {
    writer.write(assertions) { writer, assertions in
      writer.write(assertions) { writer, assertion in writer.write(assertion.object) }
    }
  }

  static func decodeAssertions(from reader: inout IndexReader) throws(IndexDamage) -> [String: [Assertion]] {
    try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in
      try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
        Assertion(object: try reader.readStrings())
      }
    }
  }
}

extension ScopeIndex.Statement {
  func encode(to writer: inout IndexWriter) {
    writer.write(head)
    writer.write(modifiers)
    writer.write(predicate)
    evidence.encodeFields(to: &writer)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      head: try reader.readString(), modifiers: try reader.readStrings(), predicate: try reader.readStrings(),
      evidence: try Evidence(fieldsFrom: &reader))
  }
}

extension ScopeIndex {
  /// The lists and universals (a section of their own, read when a draft first narrows a claim).
  func encode(to writer: inout IndexWriter) {
    writer.write(lists) { writer, list in Self.encode(list, to: &writer) }
    writer.write(universals) { writer, statement in statement.encode(to: &writer) }
  }

  static func encode(_ list: List, to writer: inout IndexWriter) {
    writer.write(list.head)
    writer.write(list.members) { writer, member in writer.write(member) }
    list.context.elements.encode(to: &writer)
    writer.write(list.tokens)
    writer.write(list.written)
    list.evidence.encodeFields(to: &writer)
  }

  /// The restrictions (another section, read when a narrowing first aligns), in key order.
  func encodeRestrictions(to writer: inout IndexWriter) {
    writer.write(restrictions) { writer, statements in
      writer.write(statements) { writer, statement in statement.encode(to: &writer) }
    }
  }

  /// The scope and restrictions sections of documents, read as `init(documents:)` reads them
  /// (the same bytes as encoding that index), with each list and restriction encoded as soon as
  /// it is read: a large corpus's lists take several times their encoding's memory.
  struct SectionWriter: Sendable {
    private var lists = IndexWriter()
    private var listCount = 0
    private var reading = ScopeIndex.Reading()
    private var restrictionReading: ScopeIndex.RestrictionReading?
    // Each head's restrictions: how many, and their encoding.
    private var restrictions: [String: (count: Int, writer: IndexWriter)] = [:]

    /// Reads one more document (the next in the corpus's order).
    mutating func add(_ document: CorpusDocument) {
      var (lists, listCount) = (self.lists, self.listCount)
      self.lists = IndexWriter()
      reading.add(document) { list in
        listCount += 1
        ScopeIndex.encode(list, to: &lists)
      }
      (self.lists, self.listCount) = (lists, listCount)
    }

    /// Reads the restrictions of one more document, in the same order, once every document
    /// was added.
    mutating func addRestrictions(from document: CorpusDocument) {
      if restrictionReading == nil {
        restrictionReading = ScopeIndex.RestrictionReading(universals: reading.universals)
      }
      var restrictions = self.restrictions
      self.restrictions = [:]
      restrictionReading!.add(document) { statement in
        restrictions[statement.head, default: (0, IndexWriter())].count += 1
        statement.encode(to: &restrictions[statement.head, default: (0, IndexWriter())].writer)
      }
      self.restrictions = restrictions
    }

    /// Whether the restrictions need the documents read again (there are universal statements).
    var wantsRestrictions: Bool { !reading.universals.isEmpty }

    /// Writes the scope section (the lists and the universal statements) to `file`, once every
    /// document was added; the lists are let go.
    mutating func writeScopeSection(to file: inout IndexFileWriter) {
      var count = IndexWriter()
      count.write(listCount)
      file.append(count.bytes)
      file.append(lists.bytes)
      lists = IndexWriter()
      var universals = IndexWriter()
      universals.write(reading.universals) { writer, statement in statement.encode(to: &writer) }
      file.append(universals.bytes)
    }

    /// Writes the restrictions section to `file` (as `encodeRestrictions(to:)` writes them), once
    /// every document's restrictions were added; each head's are let go once written.
    mutating func writeRestrictionsSection(to file: inout IndexFileWriter) {
      var header = IndexWriter()
      header.write(restrictions.count)
      file.append(header.bytes)
      for head in restrictions.keys.sorted() {
        header = IndexWriter()
        header.write(head)
        header.write(restrictions[head]!.count)
        file.append(header.bytes)
        file.append(restrictions.removeValue(forKey: head)!.writer.bytes)
      }
    }
  }

  init(from reader: inout IndexReader, restrictions: BuiltOnFirstUse<[String: [Statement]]>) throws(IndexDamage) {
    let lists = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      List(
        head: try reader.readString(),
        members: try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try reader.readStrings() },
        context: SortedTextSet(try [TokenText](from: &reader)), tokens: try reader.readRange(),
        written: try reader.readString(), evidence: try Evidence(fieldsFrom: &reader))
    }
    let universals = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in
      try Statement(from: &reader)
    }
    self.init(lists: lists, universals: universals, restrictions: restrictions)
  }

  static func decodeRestrictions(from reader: inout IndexReader) throws(IndexDamage) -> [String: [Statement]] {
    try reader.readDictionary { (reader: inout IndexReader) throws(IndexDamage) in
      try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try Statement(from: &reader) }
    }
  }
}
