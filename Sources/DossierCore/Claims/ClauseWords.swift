/// The content words of a clause, compared by a light lemma key ("posed", "poses", "pose" →
/// "pos"; "provides", "provided" → "provid"; "parties", "party" → "party"), read in windows on
/// either side of a word: what polarity and scope alignment compare a draft clause and a corpus
/// clause on. Closed English word lists only.
enum ClauseWords {
  /// Words after which a clause has ended (parentheses are read through: "(INDOPACOM)").
  static let hardBreaks = WordSet([";", ":", ".", "!", "?", "\""])
  /// Words that deny the clause they stand in.
  static let negators = WordSet(["not", "never", "cannot", "n't", "nor", "neither"])
  /// Words that deny or doubt a clause without "not" ("failed to provide", "without posing",
  /// "posed no threat"), make it conditional or hypothetical ("if", "whether", "could"), or
  /// report someone else's claim ("alleged"): a clause with one of them asserts nothing certain.
  static let hedges = WordSet([
    "no", "none", "nothing", "nobody", "without", "fail", "fails", "failed", "failing", "lack", "lacks", "lacked",
    "refuse", "refused", "refuses", "deny", "denies", "denied", "reject", "rejects", "rejected", "if", "unless",
    "whether", "may", "might", "could", "would", "should", "can", "must", "shall", "will", "hardly", "barely",
    "rarely", "seldom", "unlikely", "instead", "rather", "alleged", "allegedly", "claim", "claimed", "claims",
    "argue", "argued", "argues", "question", "questioned", "doubt", "doubted", "whereas", "although", "though",
    "except", "unless", "only", "solely", "exclusively", "merely", "just", "until", "once", "yet",
  ])

  /// A word that denies its clause ("not", "didn't", "cannot").
  static func isNegator(_ token: Token) -> Bool {
    guard token.kind == .word else { return false }
    if negators.contains(token) { return true }
    return token.withUTF8 { bytes in
      bytes.count > 3 && bytes[bytes.count - 3] == UInt8(ascii: "n") && bytes[bytes.count - 2] == UInt8(ascii: "'")
        && bytes[bytes.count - 1] == UInt8(ascii: "t")
    }
  }

  /// A word or number that carries content (not a function word).
  static func isContent(_ token: Token) -> Bool {
    switch token.kind {
    case .word: !token.wordClasses.contains(.function) && !isNegator(token)
    case .number: true
    case .punctuation: false
    }
  }

  /// The lemma key of a folded word: inflectional endings, a final "e" and a doubled final
  /// consonant removed, so a verb's or a noun's forms share one key.
  static func key(_ word: String) -> String {
    var bytes = Array(word.utf8)
    // A possessive.
    if bytes.count > 2, bytes[bytes.count - 2] == UInt8(ascii: "'"), bytes.last == UInt8(ascii: "s") {
      bytes.removeLast(2)
    } else if bytes.last == UInt8(ascii: "'") {
      bytes.removeLast()
    }
    // Compared in place: no array is built for a suffix.
    func ends(_ suffix: StaticString) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      let start = suffix.utf8Start
      for offset in 0..<count where bytes[bytes.count - count + offset] != start[offset] { return false }
      return true
    }
    if bytes.count > 5, ends("ing") {
      bytes.removeLast(3)
    } else if bytes.count > 4, ends("ied") || ends("ies") {
      bytes.removeLast(3)
      bytes.append(UInt8(ascii: "y"))
    } else if bytes.count > 4, ends("ed") {
      bytes.removeLast(2)
    } else if bytes.count > 4, ends("ses") || ends("xes") || ends("ches") || ends("shes") || ends("oes") {
      bytes.removeLast(2)
    } else if bytes.count > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") {
      bytes.removeLast()
    }
    if bytes.count > 3, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
    if bytes.count > 3, let last = bytes.last, last == bytes[bytes.count - 2],
      !"aeiou".utf8.contains(last), last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z")
    {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func key(of token: Token) -> String { key(token.text) }

  /// The keys of up to `limit` content words before `index` in its clause, nearest first, and
  /// whether a negator or a hedge stands among the words read.
  static func before(
    _ index: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>, limit: Int
  ) -> (keys: [String], negated: Bool, hedged: Bool) {
    var keys: [String] = []
    var negated = false
    var hedged = false
    var cursor = index - 1
    while cursor >= sentence.lowerBound, keys.count < limit {
      let token = tokens[cursor]
      if token.kind == .punctuation, hardBreaks.contains(token) { break }
      if isNegator(token) { negated = true }
      if token.kind == .word, hedges.contains(token) { hedged = true }
      if isContent(token) {
        let key = key(of: token)
        if !keys.contains(key) { keys.append(key) }
      }
      cursor -= 1
    }
    return (keys, negated, hedged)
  }

  /// The keys of up to `limit` content words from `index` on in its clause; the clause also ends
  /// at a comma followed by a coordinating conjunction (", and it still chose …").
  static func after(
    _ index: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>, limit: Int
  ) -> (keys: [String], end: Int) {
    var keys: [String] = []
    var cursor = index
    var end = index
    while cursor < sentence.upperBound, keys.count < limit {
      let token = tokens[cursor]
      if token.kind == .punctuation {
        if hardBreaks.contains(token) { break }
        if token.hasText(","), cursor + 1 < sentence.upperBound,
          tokens[cursor + 1].hasText(in: ["and", "but", "while", "which", "whereas", "although", "though"])
        {
          break
        }
      }
      if isContent(token) {
        let key = key(of: token)
        if !keys.contains(key) { keys.append(key) }
        end = cursor
      }
      cursor += 1
    }
    return (keys, end)
  }
}
