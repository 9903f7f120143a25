/// The dates documents give themselves in YAML front matter ("date: '2023-12-08'" between "---"
/// lines), for documents whose text dates nothing: a fact sheet saying "Today, the President
/// announced …" is what a draft's "On December 8, 2023, the President announced …" reports.
/// Read from each document's first bytes, without parsing it, when a check first asks.
struct DocumentDates: Sendable {
  /// Each document's date as yyyymmdd, 0 for one undated.
  private let dates: [Int32]

  /// How much of a document's start is read for its front matter.
  static let frontMatterLimit = 2048

  init(_ documents: CorpusDocuments) {
    dates = documents.indices.map { position in
      Self.frontMatterDate(documents.leadingBytes(at: position, limit: Self.frontMatterLimit)) ?? 0
    }
  }

  /// The date of the document at `position` (yyyymmdd), nil when its front matter gives none.
  func date(at position: Int) -> Int32? {
    dates.indices.contains(position) && dates[position] != 0 ? dates[position] : nil
  }

  /// The documents dated on `date` (yyyymmdd), or in its month when its day is 0 ("November 2024").
  func documents(on date: Int32) -> [Int] {
    guard date % 100 == 0 else { return dates.indices.filter { dates[$0] == date } }
    return dates.indices.filter { dates[$0] != 0 && dates[$0] / 100 == date / 100 && dates[$0] % 100 != 0 }
  }

  /// The documents dated in `year`, in the corpus's order.
  func documents(inYear year: Int32) -> [Int] {
    dates.indices.filter { dates[$0] != 0 && dates[$0] / 10000 == year }
  }

  /// The keys that date a document, in the order preferred.
  static let keys = ["date", "published", "date_published", "published_time", "pubdate"]

  /// The date a front matter gives under one of `keys` (the first found in their order), as
  /// yyyymmdd: an ISO date at the start of the value, quoted or not ("2023-12-08",
  /// "'2023-12-08'", "2023-12-08T05:00:00-05:00"). Nil without front matter or a date.
  static func frontMatterDate(_ bytes: [UInt8]) -> Int32? {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).makeIterator()
    func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
      var line = line
      while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { line = line.dropLast() }
      return line
    }
    guard let first = lines.next(), trimmed(first).elementsEqual("---".utf8) else { return nil }
    var found: [String: Int32] = [:]
    while let line = lines.next() {
      let line = trimmed(line)
      if line.elementsEqual("---".utf8) { break }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
      let key = String(decoding: line[..<colon], as: UTF8.self).lowercased()
      guard keys.contains(key), found[key] == nil else { continue }
      var value = line[(colon + 1)...].drop { $0 == UInt8(ascii: " ") }
      if let quote = value.first, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
        value = value.dropFirst()
      }
      if let date = isoDate(value) { found[key] = date }
    }
    return keys.lazy.compactMap { found[$0] }.first
  }

  /// "YYYY-MM-DD" at the start of `bytes`, as yyyymmdd, when it is a calendar date.
  static func isoDate(_ bytes: ArraySlice<UInt8>) -> Int32? {
    let digits = Array(bytes.prefix(10))
    guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int32? {
      var value: Int32 = 0
      for byte in digits[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int32(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return year * 10_000 + month * 100 + day
  }
}
