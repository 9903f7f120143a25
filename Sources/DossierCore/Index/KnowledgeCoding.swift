// The knowledge entries, evidence and notes in the compiled corpus index (`IndexWriter`).

extension Evidence {
  /// By its number in the section's table of evidence: frames and denials of one sentence share
  /// theirs, and decoding them shares one copy.
  func encode(to writer: inout IndexWriter) {
    writer.write(writer.number(of: self))
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    let number = try reader.readInt()
    guard reader.evidenceTable.indices.contains(number) else { throw IndexDamage("evidence out of range") }
    self = reader.evidenceTable[number]
  }

  /// The evidence itself, for the table.
  func encodeFields(to writer: inout IndexWriter) {
    writer.write(document)
    writer.write(folder)
    writer.write(line)
    writer.write(range)
    writer.write(quote)
    writer.write(page)
  }

  init(fieldsFrom reader: inout IndexReader) throws(IndexDamage) {
    let document = try reader.readString(reusing: .document)
    let folder = try reader.readBool() ? try reader.readString(reusing: .folder) : nil
    self.init(
      document: document, folder: folder, line: try reader.readInt(), range: try reader.readRange(),
      quote: try reader.readString())
    page = try reader.readOptionalInt()
    guard line >= 0, range.lowerBound >= 0, (page ?? 0) >= 0 else { throw IndexDamage("evidence out of range") }
  }
}

extension [Evidence] {
  func encode(to writer: inout IndexWriter) {
    writer.write(self) { writer, evidence in evidence.encode(to: &writer) }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self = try reader.readArray { (reader: inout IndexReader) throws(IndexDamage) in try Evidence(from: &reader) }
  }
}

extension EntryOrigin {
  func encode(to writer: inout IndexWriter) {
    writer.write(self == .knowledgeFile)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self = try reader.readBool() ? .knowledgeFile : .derived
  }
}

extension Term {
  func encode(to writer: inout IndexWriter) {
    writer.write(preferred)
    writer.write(kind)
    writer.write(definition)
    writer.write(aliases)
    writer.write(accepted)
    writer.write(rejected)
    evidence.encode(to: &writer)
    origin.encode(to: &writer)
    writer.write(modifies)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      preferred: try reader.readString(), kind: try reader.readString(), definition: try reader.readOptionalString(),
      aliases: try reader.readStrings(), accepted: try reader.readStrings(), rejected: try reader.readStrings(),
      evidence: try [Evidence](from: &reader), origin: try EntryOrigin(from: &reader),
      modifies: try reader.readStrings())
  }
}

extension AcronymDefinition {
  func encode(to writer: inout IndexWriter) {
    writer.write(acronym)
    writer.write(expansion)
    writer.write(plurals)
    evidence.encode(to: &writer)
    origin.encode(to: &writer)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      acronym: try reader.readString(), expansion: try reader.readString(), plurals: try reader.readStrings(),
      evidence: try [Evidence](from: &reader), origin: try EntryOrigin(from: &reader))
  }
}

extension Reference {
  func encode(to writer: inout IndexWriter) {
    writer.write(preferred)
    writer.write(kind)
    writer.write(identifier)
    writer.write(definition)
    writer.write(accepted)
    writer.write(rejected)
    evidence.encode(to: &writer)
    origin.encode(to: &writer)
    writer.write(date != nil)
    if let date {
      writer.write(date.written)
      writer.write(date.value)
      [date.evidence].encode(to: &writer)
    }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      preferred: try reader.readString(), kind: try reader.readString(), identifier: try reader.readString(),
      definition: try reader.readOptionalString(), accepted: try reader.readStrings(),
      rejected: try reader.readStrings(), evidence: try [Evidence](from: &reader),
      origin: try EntryOrigin(from: &reader))
    if try reader.readBool() {
      let written = try reader.readString()
      let value = try reader.readInt()
      guard let evidence = try [Evidence](from: &reader).first else {
        throw IndexDamage("a reference's date has no evidence")
      }
      date = ReferenceDate(written: written, value: value, evidence: evidence)
    }
  }
}

extension FactValue {
  func encode(to writer: inout IndexWriter) {
    switch self {
    case .year(let year):
      writer.write(UInt8(0))
      writer.write(year)
    case .count(let count):
      writer.write(UInt8(1))
      writer.write(count)
    case .date(let date):
      writer.write(UInt8(2))
      writer.write(date)
    case .identifier(let identifier):
      writer.write(UInt8(3))
      writer.write(identifier)
    case .relation(let members, let object):
      writer.write(UInt8(4))
      writer.write(members)
      writer.write(object)
    }
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    switch try reader.readUInt8() {
    case 0: self = .year(try reader.readInt())
    case 1: self = .count(try reader.readInt())
    case 2: self = .date(try reader.readString())
    case 3: self = .identifier(try reader.readString())
    case 4: self = .relation(members: try reader.readStrings(), object: try reader.readOptionalString())
    default: throw IndexDamage("an unknown kind of fact value")
    }
  }
}

extension Fact {
  func encode(to writer: inout IndexWriter) {
    writer.write(id)
    writer.write(subject)
    writer.write(subjectAliases)
    writer.write(claim)
    value.encode(to: &writer)
    writer.write(statement)
    evidence.encode(to: &writer)
    origin.encode(to: &writer)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      id: try reader.readString(), subject: try reader.readString(), subjectAliases: try reader.readStrings(),
      claim: try reader.readStrings(), value: try FactValue(from: &reader), statement: try reader.readOptionalString(),
      evidence: try [Evidence](from: &reader), origin: try EntryOrigin(from: &reader))
  }
}

extension DossierError {
  func encode(to writer: inout IndexWriter) {
    writer.write(path)
    writer.write(line)
    writer.write(column)
    writer.write(message)
  }

  init(from reader: inout IndexReader) throws(IndexDamage) {
    self.init(
      path: try reader.readOptionalString(), line: try reader.readOptionalInt(), column: try reader.readOptionalInt(),
      message: try reader.readString())
  }
}
