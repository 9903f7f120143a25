/// Light English word handling for matching claims and sentences: function words and a small
/// suffix-stripping stemmer ("tests", "tested" → "test"; "independence", "independent" → "independ").
public enum WordForms {
  static let functionWordList = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "since", "and", "or",
    "but", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "is",
    "was", "were", "are", "be", "been", "being", "has", "have", "had", "it", "as", "which", "who",
    "whom", "whose", "than", "then", "ever", "also", "into", "over", "about", "some", "any", "all",
    "both", "each", "such", "there", "here", "when", "where", "while", "not", "no", "so", "very",
    "would", "could", "should", "will", "shall", "may", "might", "can", "do", "does", "did", "they",
    "them", "we", "us", "he", "she", "i", "you", "what", "if", "up", "out", "more", "most", "only",
    "just", "even", "still", "around", "after", "before", "during", "between", "through", "per",
  ]
  static let functionWords = WordSet(functionWordList)

  public static func isFunctionWord(_ word: String) -> Bool { functionWords.contains(word) }

  /// Where a word's possessive ending starts: before a final "'s" or "'", else the word's end
  /// ("pakistan's" → 8, "states'" → 6).
  static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let end = bytes.count
    if end >= 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] == UInt8(ascii: "s") { return end - 2 }
    if end >= 1, bytes[end - 1] == UInt8(ascii: "'") { return end - 1 }
    return end
  }

  /// Whether a folded word ends in the possessive ("x-mode's", "members'"): `possessiveStart`
  /// falls before its end.
  static func isPossessive(_ word: Substring) -> Bool {
    var word = word
    return word.withUTF8 { possessiveStart($0) < $0.count }
  }

  /// Whether a token's folded text ends in the possessive ("Pakistan's", "members'").
  static func isPossessive(_ token: Token) -> Bool {
    token.withUTF8 { possessiveStart($0) < $0.count }
  }

  /// A spelling as written, without a final "'s" or "’s" ("Group's" → "Group").
  static func withoutPossessive(_ spelling: String) -> String {
    spelling.hasSuffix("'s") || spelling.hasSuffix("\u{2019}s") ? String(spelling.dropLast(2)) : spelling
  }

  /// A crude stem: possessive, plural and common derivational endings removed, keeping at
  /// least four letters; a verb of three letters and "e" keeps its "e" ("saving", "saved",
  /// "saves" → "save").
  public static func stem(_ word: String) -> String {
    var copy = word
    return copy.withUTF8 { stem(utf8: $0, word: word) }
  }

  /// `stem` of a token's folded text, read from its bytes (no String built for the word).
  static func stem(of token: Token) -> String {
    token.withUTF8 { stem(utf8: $0, word: nil) }
  }

  /// `stem` of the word spelled by `bytes`; `word` is that word as a String when the caller has
  /// one (it is returned as it is when it is its own stem).
  private static func stem(utf8 bytes: UnsafeBufferPointer<UInt8>, word: String?) -> String {
    let whole = { word ?? String(decoding: bytes, as: UTF8.self) }
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemCharacters(whole()) }
    return asciiStem(bytes) ?? whole()
  }

  /// `stem(of:)` as a plain value, built without a String: what claim frames compare and index.
  static func stemText(of token: Token) -> TokenText {
    let text = token.textValue
    guard text.isASCII else { return TokenText(stem(of: token)) }
    // A verb's irregular past ("grew", "grown" → "grow"), so a claim read "grew by 6 percent" is
    // the corpus's "has grown by 4 percent".
    if text.count <= 10, let base = irregularVerbForms[text] { return base }
    return text.withUTF8 { bytes in
      guard let (end, added) = asciiStemEnd(bytes) else { return text }
      let stem = text.prefix(end)
      return added.map { stem.appending($0) } ?? stem
    }
  }

  /// The irregular past tenses and participles of verbs that state claims (rises, growth,
  /// decisions, money), each with its base. Not those that are other words too ("found", "left",
  /// "go").
  static let irregularVerbForms: [TokenText: TokenText] = {
    let forms: [(String, [String])] = [
      ("grow", ["grew", "grown"]), ("rise", ["rose", "risen"]), ("arise", ["arose", "arisen"]),
      ("fall", ["fell", "fallen"]), ("take", ["took", "taken"]), ("give", ["gave", "given"]), ("make", ["made"]),
      ("hold", ["held"]), ("meet", ["met"]), ("spend", ["spent"]), ("pay", ["paid"]), ("sell", ["sold"]),
      ("buy", ["bought"]), ("bring", ["brought"]), ("build", ["built"]), ("begin", ["began", "begun"]),
      ("win", ["won"]), ("write", ["wrote", "written"]), ("draw", ["drew", "drawn"]),
      ("choose", ["chose", "chosen"]), ("shrink", ["shrank", "shrunk"]), ("stand", ["stood"]), ("lose", ["lost"]),
      ("keep", ["kept"]), ("send", ["sent"]), ("seek", ["sought"]), ("become", ["became"]),
      ("break", ["broke", "broken"]), ("speak", ["spoke", "spoken"]), ("strike", ["struck"]),
      ("withdraw", ["withdrew", "withdrawn"]), ("overtake", ["overtook", "overtaken"]),
      ("undertake", ["undertook", "undertaken"]), ("fight", ["fought"]), ("teach", ["taught"]),
      ("catch", ["caught"]), ("lead", ["led"]), ("tell", ["told"]), ("say", ["said"]), ("think", ["thought"]),
      ("see", ["saw", "seen"]), ("sink", ["sank", "sunk"]), ("freeze", ["froze", "frozen"]), ("flee", ["fled"]),
      ("deal", ["dealt"]), ("mean", ["meant"]), ("feel", ["felt"]), ("lend", ["lent"]), ("swear", ["swore", "sworn"]),
      ("bear", ["bore", "borne"]), ("forgive", ["forgave", "forgiven"]), ("drive", ["drove", "driven"]),
      ("steal", ["stole", "stolen"]), ("hide", ["hid", "hidden"]),
    ]
    var table: [TokenText: TokenText] = [:]
    for (base, inflected) in forms {
      for form in inflected { table[TokenText(form)] = TokenText(base) }
    }
    return table
  }()

  /// `stem` of an ASCII word (the same rules on bytes, without Character comparisons), or nil
  /// when the word is its own stem.
  private static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let (end, added) = asciiStemEnd(bytes) else { return nil }
    let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    return added.map { stem + String(UnicodeScalar($0)) } ?? stem
  }

  /// Where an ASCII word's stem ends in its bytes, and the letter that follows it: "y" for "ies"
  /// ("policies" → "policy"), "e" for a root of three letters that ends as "save" does before
  /// "ing" or "ed" ("saving", "saved" → "save"); nil when the word is its own stem. The suffixes
  /// are tried in `stemSuffixes`' order, grouped by their last byte, so a word is compared only
  /// with the suffixes its last letter allows.
  private static func asciiStemEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, added: UInt8?)? {
    let end = possessiveStart(bytes)
    // The stem left by `suffix`, when the word ends with it and at least four bytes remain.
    func strip(_ suffix: StaticString) -> Int? {
      let count = suffix.utf8CodeUnitCount
      guard end - count >= 4 else { return nil }
      let start = suffix.utf8Start
      for offset in 0..<count where bytes[end - count + offset] != start[offset] { return nil }
      return end - count
    }
    // A root of three letters, consonant, vowel, consonant, left by `suffix`: the root of a verb
    // in "e" ("sav" of "saving", "saved": "save").
    func shortRoot(_ suffix: StaticString) -> Int? {
      let count = suffix.utf8CodeUnitCount
      guard end - count == 3, end == bytes.count else { return nil }
      let start = suffix.utf8Start
      for offset in 0..<count where bytes[3 + offset] != start[offset] { return nil }
      return isShortVerbRoot(bytes[..<3]) ? 3 : nil
    }
    let last = end > 0 ? bytes[end - 1] : 0
    switch last {
    case UInt8(ascii: "s"):
      if let stem = strip("ations") ?? strip("ences") ?? strip("ents") ?? strip("ings") { return (stem, nil) }
      if let stem = strip("ies") { return (stem, UInt8(ascii: "y")) }
      if let stem = strip("es") ?? strip("s") { return (stem, nil) }
    case UInt8(ascii: "n"): if let stem = strip("ation") { return (stem, nil) }
    case UInt8(ascii: "e"): if let stem = strip("ence") { return (stem, nil) }
    case UInt8(ascii: "t"): if let stem = strip("ent") { return (stem, nil) }
    case UInt8(ascii: "g"):
      if let stem = strip("ing") { return (stem, nil) }
      if let root = shortRoot("ing") { return (root, UInt8(ascii: "e")) }
    case UInt8(ascii: "d"):
      if let stem = strip("ed") { return (stem, nil) }
      if let root = shortRoot("ed") { return (root, UInt8(ascii: "e")) }
    default: break
    }
    return end == bytes.count ? nil : (end, nil)
  }

  /// Three lower-case letters, consonant, vowel, consonant (not "w", "x" or "y"): the root of a
  /// verb in "e" before "ing" or "ed" ("sav" of "saving").
  private static func isShortVerbRoot(_ root: some Collection<UInt8>) -> Bool {
    func isVowel(_ byte: UInt8) -> Bool { "aeiou".utf8.contains(byte) }
    func isConsonant(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && !isVowel(byte) }
    guard root.count == 3 else { return false }
    let second = root.index(after: root.startIndex)
    let last = root.index(after: second)
    return isConsonant(root[root.startIndex]) && isVowel(root[second]) && isConsonant(root[last])
      && !"wxy".utf8.contains(root[last])
  }

  /// The words a lower-case plural may be the plural of, likeliest first: "policies" →
  /// "policy", "approaches" → "approach", "approache"; "accounts" → "account". None for a word
  /// that does not end in "s" or ends as singulars do ("process", "status", "basis").
  /// The plurals a lower-case singular may have: "currency" → "currencies", "tax" → "taxes",
  /// "agreement" → "agreements".
  static func plurals(of word: String) -> [String] {
    guard word.count > 2, !word.hasSuffix("s") || word.hasSuffix("ss") else { return [] }
    if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      return [String(word.dropLast()) + "ies"]
    }
    if word.hasSuffix("ss") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") {
      return [word + "es"]
    }
    return [word + "s"]
  }

  static func singulars(of word: String) -> [String] {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is")
    else { return [] }
    var found: [String] = []
    if word.hasSuffix("ies") { found.append(String(word.dropLast(3)) + "y") }
    if word.hasSuffix("es") { found.append(String(word.dropLast(2))) }
    found.append(String(word.dropLast()))
    return found
  }

  /// The suffixes `stem` removes, in the order it tries them.
  static let stemSuffixes = ["ations", "ation", "ences", "ence", "ents", "ent", "ings", "ing", "ies", "ed", "es", "s"]

  /// `stem` for words with non-ASCII letters, counting Characters.
  static func stemCharacters(_ word: String) -> String {
    let whole = word
    var word = word
    if word.hasSuffix("'s") { word.removeLast(2) } else if word.hasSuffix("'") { word.removeLast() }
    for suffix in stemSuffixes {
      if word.hasSuffix(suffix), word.count - suffix.count >= 4 {
        word.removeLast(suffix.count)
        if suffix == "ies" { word += "y" }
        return word
      }
    }
    // A verb of three letters and "e" ("saving", "saved" → "save"), with no possessive.
    for suffix in ["ing", "ed"] where whole == word && word.hasSuffix(suffix) && word.count == 3 + suffix.count {
      let root = word.utf8.prefix(3)
      if isShortVerbRoot(root) { return String(decoding: root, as: UTF8.self) + "e" }
    }
    return word
  }

  /// Words of a phrase as stems: "Left Afghanistan" → ["left", "afghanistan"].
  public static func stems(ofPhrase phrase: String) -> [String] {
    let source = SourceText(phrase)
    let normalized = NormalizedText(source: source, segments: [.init(range: 0..<source.count, join: .adjacent)])
    return Tokenizer.tokens(of: normalized, source: source)
      .filter { $0.kind != .punctuation }
      .map { stem(of: $0) }
  }

  /// The phrase folded as a draft's text would be (lower case, quotes and dashes folded).
  public static func folded(_ phrase: String) -> String {
    var phrase = phrase
    // Plain ASCII (nearly every term and name) is folded from its bytes, and most of it is
    // already folded: no text map is built.
    switch phrase.withUTF8(NormalizedText.foldASCII) {
    case .unchanged: return phrase
    case .folded(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .notASCII:
      return NormalizedText(
        source: SourceText(phrase), segments: [.init(range: 0..<phrase.utf8.count, join: .adjacent)]
      )
      .string
    }
  }

  /// Whether `a` and `b`, of equal length, differ by two neighbouring bytes swapped and by nothing
  /// else: a typist's slip in a name ("Soeul") or a number ("$76.4 million" for "$67.4 million").
  static func differByANeighbourSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    let differing = a.indices.filter { a[$0] != b[$0] }
    return differing.count == 2 && differing[1] == differing[0] + 1 && a[differing[0]] == b[differing[1]]
      && a[differing[1]] == b[differing[0]]
  }

  /// Damerau–Levenshtein distance (optimal string alignment) between two short strings, capped:
  /// returns `limit + 1` as soon as the distance must exceed `limit`.
  public static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
