import Foundation

/// Deterministic inputs for the benchmark: drafts built from the seed articles' own sentences
/// (shuffled, with years, counts and spellings perturbed, so they are diverse and full of the
/// kinds of things Dossier checks), and a synthetic corpus of any size.
struct Workloads {
  var random = SplitMix(seed: 0xD055_1E12)

  /// A Markdown draft of about `bytes` bytes.
  mutating func draft(bytes target: Int, seedSentences: [String]) -> String {
    var text = "# Generated briefing\n\n"
    var paragraph: [String] = []
    let variants = [
      ("program", "programme"), ("non-proliferation", "nonproliferation"), ("Islamabad", "Islamabd"), ("1998", "1999"),
      ("three", "four"),
    ]
    while text.utf8.count < target {
      var sentence = seedSentences[Int(random.next() % UInt64(seedSentences.count))]
      if random.next() % 4 == 0 {
        let (from, to) = variants[Int(random.next() % UInt64(variants.count))]
        sentence = sentence.replacingOccurrences(of: from, with: to)
      }
      if random.next() % 10 == 0 { sentence = "Analysts wrote that \"\(sentence.dropLast())\"." }
      if random.next() % 12 == 0 { sentence += " The WMD and NSG angles matter here." }
      paragraph.append(sentence)
      if paragraph.count >= 4 + Int(random.next() % 4) {
        text += (random.next() % 6 == 0 ? "- " : "") + paragraph.joined(separator: " ") + "\n\n"
        paragraph.removeAll()
        if random.next() % 8 == 0 { text += "## Section \(random.next() % 1000)\n\n" }
      }
    }
    return text
  }

  /// Writes a corpus of `terms` terms and `facts` facts (documents plus knowledge.json) into
  /// `folder`, each with evidence in the documents.
  mutating func corpus(in folder: URL, terms: Int, facts: Int) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let syllables = [
      "ka", "lo", "mi", "ren", "tas", "vo", "quin", "dor", "bel", "sha", "nu", "pra", "gel", "tor", "zi",
    ]
    func name() -> String {
      var word = ""
      for _ in 0..<(3 + Int(random.next() % 3)) { word += syllables[Int(random.next() % UInt64(syllables.count))] }
      return word.prefix(1).uppercased() + word.dropFirst()
    }
    var documents: [String] = []
    var current = ""
    var termEntries: [String] = []
    var factEntries: [String] = []
    var documentName = "doc-0.txt"
    func flush(force: Bool = false) throws {
      if current.utf8.count > 8_000 || (force && !current.isEmpty) {
        try Data(current.utf8).write(to: folder.appendingPathComponent(documentName))
        documents.append(documentName)
        documentName = "doc-\(documents.count).txt"
        current = ""
      }
    }
    for index in 0..<max(terms, facts) {
      let entity = "\(name()) \(name())"
      let compound = "\(name().lowercased())-\(name().lowercased())"
      let year = 1900 + Int(random.next() % 120)
      let sentence =
        "The \(entity) Institute adopted its \(compound) policy in \(year) after a long debate among members."
      current += sentence + "\n"
      let quote = "The \(entity) Institute adopted its \(compound) policy in \(year)"
      if index < terms {
        let closed = compound.replacingOccurrences(of: "-", with: "")
        termEntries.append(
          #"{"preferred": "\#(compound)", "kind": "term", "rejected": ["\#(closed)"], "evidence": [{"document": "\#(documentName)", "quote": "\#(quote)"}]}"#
        )
      }
      if index < facts {
        factEntries.append(
          #"{"id": "fact-\#(index)", "subject": "\#(entity) Institute", "claim": ["adopted its \#(compound) policy"], "value": {"type": "year", "value": \#(year)}, "evidence": [{"document": "\#(documentName)", "quote": "\#(quote)"}]}"#
        )
      }
      try flush()
    }
    try flush(force: true)
    let knowledge =
      "{\"version\": 1,\n\"terms\": [\n" + termEntries.joined(separator: ",\n") + "\n],\n\"facts\": [\n"
      + factEntries.joined(separator: ",\n") + "\n]}\n"
    try Data(knowledge.utf8).write(to: folder.appendingPathComponent("knowledge.json"))
  }
}

/// A small deterministic random generator.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
