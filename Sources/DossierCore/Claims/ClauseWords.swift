/// The content words of a clause, compared by a light lemma key ("posed", "poses", "pose" →
/// "pos"; "provides", "provided" → "provid"; "parties", "party" → "party"), read in windows on
/// either side of a word: what polarity and scope alignment compare a draft clause and a corpus
/// clause on. Closed English word lists only.
enum ClauseWords {
  /// Words after which a clause has ended (parentheses are read through: "(INDOPACOM)").
  static let hardBreaks = WordSet([";", ":", ".", "!", "?", "\""])
  /// Words that deny the clause they stand in.
  /// (Tagged on every token as `WordClasses.negation`.)
  static let negatorList = ["not", "never", "cannot", "n't", "nor", "neither"]
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

  /// Verbs that keep someone from doing something ("keep recipients from building").
  static let preventingVerbs = WordSet([
    "keep", "keeps", "kept", "keeping", "prevent", "prevents", "prevented", "preventing", "prohibit", "prohibits",
    "prohibited", "prohibiting", "bar", "bars", "barred", "barring", "ban", "bans", "banned", "banning", "stop",
    "stops", "stopped", "stopping", "preclude", "precludes", "precluded", "precluding", "block", "blocks", "blocked",
    "blocking",
  ])

  /// Whether the word at `index` follows "from" after a verb that keeps someone from it, at most
  /// five words before ("they keep recipients from building", "barred from exporting"): what is
  /// kept from happening is not asserted.
  static func isKeptFrom(_ index: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Range<Int>) -> Bool {
    guard index - 1 > sentence.lowerBound, tokens[index - 1].hasText("from") else { return false }
    var cursor = index - 2
    while cursor >= sentence.lowerBound, index - 1 - cursor <= 5 {
      let token = tokens[cursor]
      if token.kind == .punctuation, hardBreaks.contains(token) || token.hasText(",") { return false }
      if preventingVerbs.contains(token) { return true }
      cursor -= 1
    }
    return false
  }

  /// A word that denies its clause ("not", "didn't", "cannot").
  static func isNegator(_ token: Token) -> Bool {
    guard token.kind == .word else { return false }
    if token.wordClasses.contains(.negation) { return true }
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
    var word = word
    return word.withUTF8 { bytes in withKey(of: bytes) { String(decoding: $0, as: UTF8.self) } }
  }

  static func key(of token: Token) -> String {
    token.withUTF8 { bytes in withKey(of: bytes) { String(decoding: $0, as: UTF8.self) } }
  }

  /// `key(of:)` as a plain value, built without a String.
  static func keyText(of token: Token) -> TokenText {
    token.withUTF8 { bytes in withKey(of: bytes) { TokenText($0) } }
  }

  /// Calls `body` with the bytes of `word`'s key, worked out in a stack buffer (no array and no
  /// String is built for a word).
  static func withKey<Result>(
    of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { bytes in
      var count = bytes.initialize(fromContentsOf: word)
      // A possessive.
      if count > 2, bytes[count - 2] == UInt8(ascii: "'"), bytes[count - 1] == UInt8(ascii: "s") {
        count -= 2
      } else if count > 0, bytes[count - 1] == UInt8(ascii: "'") {
        count -= 1
      }
      if count > 5, ends(bytes, count, "ing") {
        count -= 3
      } else if count > 4, ends(bytes, count, "ied") || ends(bytes, count, "ies") {
        count -= 2
        bytes[count - 1] = UInt8(ascii: "y")
      } else if count > 4, ends(bytes, count, "ed") {
        count -= 2
      } else if count > 4,
        ends(bytes, count, "ses") || ends(bytes, count, "xes") || ends(bytes, count, "ches")
          || ends(bytes, count, "shes") || ends(bytes, count, "oes")
      {
        count -= 2
      } else if count > 3, ends(bytes, count, "s"), !ends(bytes, count, "ss"), !ends(bytes, count, "us"),
        !ends(bytes, count, "is")
      {
        count -= 1
      }
      if count > 3, bytes[count - 1] == UInt8(ascii: "e") { count -= 1 }
      if count > 3 {
        let last = bytes[count - 1]
        if last == bytes[count - 2], !"aeiou".utf8.contains(last), last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z")
        {
          count -= 1
        }
      }
      return body(UnsafeBufferPointer(rebasing: bytes[..<count]))
    }
  }

  /// `bytes[..<count]` ends with `suffix`.
  @inline(__always) private static func ends(
    _ bytes: UnsafeMutableBufferPointer<UInt8>, _ count: Int, _ suffix: StaticString
  ) -> Bool {
    let length = suffix.utf8CodeUnitCount
    guard count >= length else { return false }
    let start = suffix.utf8Start
    for offset in 0..<length where bytes[count - length + offset] != start[offset] { return false }
    return true
  }

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
