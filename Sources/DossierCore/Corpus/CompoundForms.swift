/// The open ("net zero"), closed ("stocktake") and hyphenated ("pre-industrial") forms of the
/// corpus's compounds, counted over its text: a compound the corpus writes one way, often enough
/// and never another way, becomes a term whose other forms are rejected variants.
///
/// Guards keep ordinary English quiet:
/// - A hyphenated compound's open form is rejected only after a common prefix ("non
///   proliferation") or when its second word is bound to it (the corpus never uses "usable" but in
///   "weapons-usable"), and then only before a word it modifies: "long-term" never makes "in the
///   long term" a variant, nor "cutting-edge" "at the cutting edge". Any other compound modifier
///   ("public-private", "whole-of-government") rejects its open form only before the words the
///   corpus writes it before ("public private partnerships").
/// - An open pair ("net zero") is a compound when it holds two thirds of its second word's uses
///   and modifies a following word somewhere; its hyphenated form is then a variant. One whose
///   words stand apart elsewhere, written open before the same word twice or more and never
///   hyphenated ("open market operations"), is noted with that word (`Scan.openModifiers`):
///   hyphenated before it, it is a variant (`OpenModifiers`). Its closed
///   form is one only when the pair behaves as one word: every use of the second word and a third
///   of the first's ("per cent" → "percent"); "may be", "every day", "in equity" never do.
/// - A closed word splits into a common prefix and a word ("cybersecurity"), or into two content
///   words of four letters or more that the corpus uses on their own ("stocktake"); a prefix
///   that makes other words when hyphenated ("re-sign", "re-form") splits only where a vowel is
///   doubled ("reexport"). Its inflections share the rejection ("re-export" for "reexported").
/// - A number hyphenated to a word ("24-hour economy", "5-year plan") is a compound modifier too;
///   its plural ("24 hours a day") is another phrase.
/// - Only a hyphen joins words into a compound: a dash touching two ("missions—including") does
///   not.
/// - Every rejected form is one the corpus never writes, anywhere; a family with one used
///   variant is inconsistent and yields nothing. A compound modifier's open form counts as
///   written only right before a content word (`Scan.openBeforeAWord`): "a high level of
///   protection" is a noun's phrase beside "high-level meeting".
public enum CompoundForms {
  /// Prefixes whose hyphenated compounds are commonly also written open ("non proliferation").
  static let openablePrefixes: Set<String> = [
    "non", "anti", "counter", "pro", "self", "co", "multi", "inter", "post", "pre", "semi", "sub",
    "cross", "cyber", "geo", "socio", "mid", "over", "under", "re", "de", "trans", "ultra", "neo",
  ]
  /// Prefixes that also make other words when hyphenated ("re-sign", "re-cover", "co-op",
  /// "de-fuse"): a closed word splits after them only where the vowel is doubled ("reexport",
  /// "cooperate", "preexisting").
  static let ambiguousPrefixes: Set<String> = ["re", "de", "pre", "co", "pro"]
  /// Particles of phrasal verbs: "set up", "break down" are verbs, never variants of "setup".
  static let particles: Set<String> = [
    "up", "down", "out", "off", "on", "in", "over", "back", "away", "along", "across", "under", "about", "around",
    "through", "together", "aside", "forth", "ahead", "apart", "by",
  ]
  /// How often a compound is written before its form counts as the corpus's consistent one.
  static let minimumHyphenatedUses = 1
  /// The kind of a hyphenated compound whose open form is a variant only where it modifies a
  /// following word (`TermVariantCheck` looks at the draft's next word).
  public static let modifierKind = "compound modifier"
  /// The kind of a hyphenated title ("Secretary-General"): its open form is a variant only
  /// capitalised (`TermVariantCheck`).
  public static let titleKind = "title"
  static let minimumOpenUses = 3
  static let minimumClosedUses = 2

  /// The terms of a finished `scan`, with the closed compounds' `families` and their words'
  /// first uses (`document` reads a document by its position, for a pair's evidence).
  static func terms(
    scan: Scan, vocabulary: Vocabulary, foldedText: [UInt8], families: ClosedFamilies, firstUses: [String: Evidence],
    document: (Int) -> CorpusDocument
  ) -> [Term] {
    var candidates: [Term] = []

    // Hyphenated compounds: the closed form (when it is no corpus word) and the open form.
    // Candidates are made in a fixed order (the tables' keys sorted), so that when two make the
    // same term, the same one is kept on every run.
    for key in scan.hyphenated.keys.sorted() {
      let entry = scan.hyphenated[key]!
      let parts = key.split(separator: "-").map(String.init)
      // A number and a word ("24-hour economy"): open, a variant only before a word the corpus
      // writes it before (any word, when it modifies several); "24 hours" is another phrase.
      if parts[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        guard parts[1].count >= 3, !isFunctionWord(parts[1]), !particles.contains(parts[1]),
          !entry.followers.isEmpty
        else { continue }
        candidates.append(
          Term(
            preferred: key, kind: modifierKind, rejected: [parts.joined(separator: " ")], evidence: [entry.evidence],
            origin: .derived, modifies: wordsModified(entry, lastPart: parts[1])))
        continue
      }
      var rejected: [String] = []
      let closed = parts.joined()
      // A compound the corpus also writes closed ("phase-down" beside "phasedown") is no term.
      if withNumber(closed).contains(where: vocabulary.contains) { continue }
      // (Six letters after a prefix: "co-host", "cohost".)
      if closed.count >= 7
        || closed.count == 6 && openablePrefixes.contains(parts[0]) && parts[0].count >= 2
          && parts[1].count >= 4
      {
        rejected.append(closed)
      }
      let uses = scan.pairs[Scan.Pair(first: parts[0], second: parts[1], hyphen: true)]?.count ?? 0
      // The second word stands (nearly) only in the compound: two thirds of its uses or more,
      // in any case ("Rights-Respecting" in a title is a use of "respecting" too).
      let bound = uses >= 2 && uses * 3 >= (vocabulary.wordCounts[parts[1]] ?? 0) * 2
      var kind = "term"
      var modifies: [String] = []
      // A compound ending in a gerund that the corpus writes as a noun, at least half of the
      // time ("in cost-sharing.", "decision-making for investments"): open, it is a variant as a
      // noun too ("seniors pay more in cost sharing").
      let isGerundNoun =
        parts[1].count >= 5 && parts[1].hasSuffix("ing") && entry.nounUses >= 2 && entry.nounUses * 2 >= entry.count
        && parts[0].count >= 3 && !isFunctionWord(parts[0]) && !particles.contains(parts[0])
      if openablePrefixes.contains(parts[0]), !particles.contains(parts[0]) {
        rejected.append(parts.joined(separator: " "))
      } else if isGerundNoun {
        rejected.append(parts.joined(separator: " "))
      } else if bound, parts[0].count >= 3, !isFunctionWord(parts[0]) {
        // Open only before the noun it modifies ("weapons usable material"): "at the cutting
        // edge" is English whatever the corpus hyphenates. Unless the corpus writes the compound
        // as a noun, at least half of the time ("flown at half-mast.", "at half-mast for"):
        // then it is one everywhere ("flags flew at half mast").
        rejected.append(parts.joined(separator: " "))
        if entry.nounUses < 2 || entry.nounUses * 2 < entry.count { kind = modifierKind }
      } else if isModifier(parts, followers: entry.followers) {
        // Any compound modifier: open only before a word the corpus writes it before ("public
        // private partnerships" where the corpus writes "public-private partnerships"); "in the
        // long term" stays English.
        rejected.append(parts.joined(separator: " "))
        kind = modifierKind
        modifies = wordsModified(entry, lastPart: parts[1])
      }
      guard !rejected.isEmpty, entry.count >= minimumHyphenatedUses else { continue }
      candidates.append(
        Term(
          preferred: capitalizedSpelling(of: key, in: entry.evidence.quote) ?? key, kind: kind, rejected: rejected,
          evidence: [entry.evidence], origin: .derived,
          modifies: modifies))
    }
    // "whole-of-government effort": the same, for three words around a function word; and three
    // content words written so three times or more ("nuclear-weapon-free zone", "non-nuclear-weapon
    // States"), whose half-open forms are variants too ("non-nuclear weapon States").
    for key in scan.hyphenatedChains.keys.sorted() {
      let entry = scan.hyphenatedChains[key]!
      let parts = key.split(separator: "-").map(String.init)
      guard isModifier([parts[0], parts[2]], followers: entry.followers) else { continue }
      var rejected = [parts.joined(separator: " ")]
      if !isFunctionWord(parts[1]) {
        guard entry.count >= 3, parts[1].count >= 2, !particles.contains(parts[1]) else { continue }
        rejected += ["\(parts[0])-\(parts[1]) \(parts[2])", "\(parts[0]) \(parts[1])-\(parts[2])"]
      }
      candidates.append(
        Term(
          preferred: key, kind: modifierKind, rejected: rejected, evidence: [entry.evidence],
          origin: .derived, modifies: wordsModified(entry, lastPart: parts[2])))
    }

    // Names of two proper nouns joined by a hyphen, written so at least twice ("Indo-Pacific",
    // "Euro-Atlantic"): the open form is a variant. Words the corpus also writes in lower case
    // ("Long-Term" in a title) make no name.
    // So is a title of two capitalised words ("Secretary-General", "Director-General") written
    // five times or more and never in lower case; it is matched only as a title, capitalised.
    for key in scan.hyphenatedNames.keys.sorted() {
      let entry = scan.hyphenatedNames[key]!
      let parts = key.split(separator: "-").map(String.init)
      guard entry.count >= 2, parts.count == 2 else { continue }
      let isName = parts.allSatisfy({ vocabulary.properNouns[$0] != nil })
      let isTitle =
        !isName && entry.count >= 5 && scan.hyphenated[key] == nil
        && parts.allSatisfy({ $0.count >= 3 && !isFunctionWord($0) && !particles.contains($0) })
      guard isName || isTitle else { continue }
      let open = String(entry.spelling.map { $0 == "-" ? " " : $0 })
      candidates.append(
        Term(
          preferred: entry.spelling, kind: isName ? "term" : titleKind, rejected: [open], evidence: [entry.evidence],
          origin: .derived))
    }

    // Open pairs that hold most uses of their second word and modify nouns ("net zero
    // emissions"): the hyphenated form is a variant; the closed form too when every use of the
    // second word is in the pair ("per cent").
    // (A pair's count holds its plural's, where the corpus writes both: see `Scan.finish`.)
    let openPairs = scan.pairs.filter { !$0.key.hyphen && $0.value.count >= minimumOpenUses }
    for (pair, entry) in openPairs.sorted(by: { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }) {
      // A rank and a noun ("first term", "second round") are a phrase, whatever follows them.
      guard pair.second.count >= 3, pair.first.count >= 2, !ordinals.contains(pair.first), let place = entry.place,
        case let secondUses = (vocabulary.wordCounts[pair.second] ?? 0)
          + (scan.pluralsCounted.contains(pair) ? vocabulary.wordCounts[pair.second + "s"] ?? 0 : 0),
        secondUses > 0
      else { continue }
      var rejected: [String] = []
      // The pair holds most uses of its second word, or of its first ("substance use", where
      // "substance" stands nearly only in the pair): a compound the corpus writes open, before a
      // noun or as one ("price gouging", "nurse midwives"), so hyphenated it is a variant.
      let firstUses = vocabulary.wordCounts[pair.first] ?? 0
      let holdsAWord =
        entry.count * 3 >= secondUses * 2 || (pair.first.count >= 5 && entry.count * 3 >= firstUses * 2)
      if holdsAWord, !isFunctionWord(pair.first), !isFunctionWord(pair.second) {
        rejected.append("\(pair.first)-\(pair.second)")
      }
      // The closed form: the corpus writes it in no number (else the pair is inconsistent), and
      // the pair behaves as one word: every use of its second word is in the pair, and either it
      // is a unit after numerals ("40 per cent" → "percent") or two content words that hold a
      // third of the first word's uses. Function words make other words closed ("may be",
      // "every day", "in equity": "maybe", "everyday", "inequity").
      let closed = pair.first + pair.second
      if withNumber(closed).contains(where: vocabulary.contains) { continue }
      let isUnit = entry.afterNumber * 2 >= entry.count
      let isWordLike =
        !isFunctionWord(pair.first) && !isFunctionWord(pair.second)
        && entry.count * 3 >= (vocabulary.wordCounts[pair.first] ?? 0)
      if entry.count == secondUses, isUnit || isWordLike { rejected.append(closed) }
      guard !rejected.isEmpty else { continue }
      let evidence = document(place.document).evidence(sentenceAround: place.range)
      candidates.append(
        Term(
          preferred: "\(pair.first) \(pair.second)", kind: "term", rejected: rejected, evidence: [evidence],
          origin: .derived))
    }

    // Closed words that split into a prefix or word and a word.
    candidates += closedTerms(families, firstUses: firstUses)

    // Only compounds whose every variant the corpus never writes, in the singular or plural: a
    // compound it writes two ways ("timeframes" beside "time frame") is no term.
    let used = PhraseOccurrence.used(candidates.flatMap { $0.rejected.flatMap(withNumber) }, in: foldedText)
    func isUsed(_ term: Term) -> Bool {
      // (A number's compound is inconsistent only written open in the singular: "24 hours" is
      // another phrase.)
      let forms = term.preferred.first?.isNumber == true ? { [$0] } : withNumber
      // A compound modifier of two words is inconsistent written open only before a word ("a
      // high level meeting"); "a high level of protection" is a noun's phrase.
      // (Of two words of letters: a number's pairs are not counted.)
      let openPair =
        term.kind == modifierKind && term.preferred.split(separator: "-").count == 2
          && term.preferred.first?.isLetter == true
        ? WordForms.folded(String(term.preferred.map { $0 == "-" ? " " : $0 })) : nil
      return term.rejected.contains { variant in
        if let openPair, WordForms.folded(variant) == openPair { return scan.openBeforeAWord.contains(openPair) }
        return forms(variant).contains { used.contains(WordForms.folded($0)) }
      }
    }
    var usedFamilies: Set<String> = []
    for term in candidates where term.kind == "closed-compound" && isUsed(term) {
      usedFamilies.insert(term.definition ?? "")
    }
    var terms: [Term] = []
    var seen: Set<String> = []
    // In order of spelling, and of making for the same spelling (a stable sort).
    let ordered = candidates.indices.sorted { (candidates[$0].preferred, $0) < (candidates[$1].preferred, $1) }
    for var term in ordered.map({ candidates[$0] }) {
      if term.kind == "closed-compound" {
        if usedFamilies.contains(term.definition ?? "") { continue }
        term.kind = "term"
        term.definition = nil
      } else if isUsed(term) {
        continue
      }
      guard seen.insert(term.preferred).inserted else { continue }
      terms.append(term)
    }
    return terms.sorted { $0.preferred < $1.preferred }
  }

  /// The compound `key` (folded) as its first use writes it, when that starts with a capital away
  /// from the sentence's start ("Black-owned"): the name's word keeps its capital.
  static func capitalizedSpelling(of key: String, in quote: String) -> String? {
    let text = Array(quote.unicodeScalars)
    let wanted = Array(key.unicodeScalars)
    guard !wanted.isEmpty, text.count > wanted.count else { return nil }
    func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
      ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
    for start in 1...(text.count - wanted.count)
    where text[start].properties.isUppercase && !text[start - 1].properties.isAlphabetic {
      guard (0..<wanted.count).allSatisfy({ lower(text[start + $0]) == wanted[$0] }) else { continue }
      var written = String.UnicodeScalarView()
      written.append(contentsOf: text[start..<start + wanted.count])
      return String(written)
    }
    return nil
  }

  /// The words a compound modifier's open form is a variant before: those the corpus writes it
  /// before ("public private partnerships"), or any word (empty) when the corpus writes it five
  /// times or more before three words or more ("whole-of-government approach", "… effort", "…
  /// plan": "a whole of government pipeline" too), or before four words or more, each once
  /// ("cutting-edge cancer", "… scientific", "… technologies", "… trilateral": "cutting edge
  /// research" too), or when its last word makes modifiers ("hospital-based violence
  /// intervention": "hospital based programs" too).
  static func wordsModified(_ entry: Scan.HyphenatedUses, lastPart: String) -> [String] {
    let distinct = Set(entry.followers).count
    return entry.count >= 5 && distinct >= 3 || distinct >= 4 || modifierEndings.contains(lastPart)
      ? [] : entry.followers
  }
  /// Words that make a compound modifier of any word before them ("evidence-based",
  /// "community-led", "data-driven"): such a compound written open before a noun is a variant
  /// before any noun.
  static let modifierEndings: Set<String> = [
    "based", "led", "driven", "focused", "centered", "centred", "oriented", "owned", "funded", "backed", "run",
    "informed", "ever", "free",
  ]

  /// Whether a hyphenated compound of `parts` (the content words of a chain) is a modifier whose
  /// open form is a variant before its `followers`: it precedes some word, and neither part is a
  /// function word or a particle ("follow-up": "follow up" is a verb), nor an adverb in "-ly"
  /// ("highly-skilled" is written open anyway).
  static func isModifier(_ parts: [String], followers: [String]) -> Bool {
    // ("first-ever", "largest-ever": a rank before "ever" modifies as one word; "no-fly zone":
    // so does "no" before a word.)
    !followers.isEmpty && parts.count == 2 && parts[0].count >= 2 && parts[1].count >= 2
      && !parts.enumerated().contains(where: { offset, part in
        (part != "ever" || offset == 0) && !(offset == 0 && modifierOpeners.contains(part))
          && (isFunctionWord(part) || particles.contains(part))
      })
      && !parts[0].hasSuffix("ly")
  }

  /// Function words that open a compound modifier ("no-fly zone", "no-deal exit").
  static let modifierOpeners: Set<String> = ["no"]

  /// Families of closed words: stem → (split point, words of the corpus with that stem, uses).
  typealias ClosedFamilies = [String: (split: Int, words: [String], uses: Int)]

  /// The families of closed words the corpus writes at least `minimumClosedUses` times (with
  /// their inflections) that split in exactly one way.
  static func closedFamilies(vocabulary: Vocabulary) -> ClosedFamilies {
    var families: [String: (split: Int, words: [String], uses: Int)] = [:]
    for (word, count) in vocabulary.wordCounts where word.utf8.count >= 5 {
      guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), vocabulary.properNouns[word] == nil,
        let split = word.utf8.count >= 7
          ? splitPoint(of: word, vocabulary: vocabulary) : particleSplitPoint(of: word, vocabulary: vocabulary)
      else { continue }
      let stem = WordForms.stem(word)
      let endsInParticle = endsInParticle(stem, after: split)
      guard stem.utf8.count > split + 2 || endsInParticle, stem.hasPrefix(String(word.prefix(split))) else {
        continue
      }
      if let family = families[stem] {
        guard family.split == split else {
          families[stem]!.split = -1
          continue
        }
        families[stem]!.words.append(word)
        families[stem]!.uses += count
      } else {
        families[stem] = (split, [word], count)
      }
    }
    return families.filter { $0.value.split > 0 && $0.value.uses >= minimumClosedUses }
  }

  /// The words whose first uses are the evidence of closed `families`: each family's first word.
  static func firstUseWords(of families: ClosedFamilies) -> Set<String> {
    Set(families.values.compactMap { $0.words.min() })
  }

  /// The closed compounds of `families`, as terms of kind "closed-compound" whose `definition`
  /// names their family (the stem): the caller drops a family whose variant the corpus uses.
  private static func closedTerms(_ kept: ClosedFamilies, firstUses: [String: Evidence]) -> [Term] {
    var terms: [Term] = []
    for stem in kept.keys.sorted() {
      let family = kept[stem]!
      var forms = Set(family.words)
      // The inflections the corpus does not happen to use ("reexport" beside "reexported").
      if family.words.contains(where: { $0.hasSuffix("ed") || $0.hasSuffix("ing") }) {
        forms.insert(stem)
      }
      if !forms.contains(stem) {
      } else if stem.hasSuffix("e") {
        forms.formUnion([stem + "s", stem + "d"])
      } else if !stem.hasSuffix("y") {
        forms.formUnion([stem + "s", stem + "ed", stem + "ing"])
      }
      let first = String(stem.prefix(family.split))
      let isPrefix = openablePrefixes.contains(first)
      let endsInParticle = endsInParticle(stem, after: family.split)
      let evidence = family.words.min().flatMap { firstUses[$0] }
      for form in forms.sorted() {
        let rest = String(form.dropFirst(family.split))
        var rejected = ["\(first)-\(rest)"]
        // The open form is another phrase when the first part is a preposition or particle
        // ("over time" beside "overtime", "under way"), or the last is ("back up" is a verb
        // beside "backup").
        if !ambiguousPrefixes.contains(first) || !isPrefix, !particles.contains(first), !endsInParticle {
          rejected.append("\(first) \(rest)")
        }
        terms.append(
          Term(
            preferred: form, kind: "closed-compound", definition: stem, rejected: rejected,
            evidence: evidence.map { [$0] } ?? [], origin: .derived))
      }
    }
    return terms
  }

  /// Particles that close a noun made of a phrasal verb ("backup", "shutdown", "rollout",
  /// "takeover", "payoff").
  static let nounParticles: Set<String> = ["up", "down", "out", "off", "over"]

  /// Whether `stem` ends, after `split`, in one of `nounParticles` (perhaps with a plural's
  /// "s" that the stem kept).
  static func endsInParticle(_ stem: String, after split: Int) -> Bool {
    let rest = String(stem.dropFirst(split))
    return nounParticles.contains(rest) || rest.hasSuffix("s") && nounParticles.contains(String(rest.dropLast()))
  }

  /// Where a short closed word splits into a verb and a particle ("backup", "layoff", "setup"):
  /// a content word of three letters or more the corpus writes, then one of `nounParticles`.
  /// Only the hyphenated form is its variant ("back-up"); nil for any other word.
  static func particleSplitPoint(of word: String, vocabulary: Vocabulary) -> Int? {
    var singular = word
    if singular.hasSuffix("s") { singular.removeLast() }
    for particle in nounParticles where singular.hasSuffix(particle) {
      let first = String(singular.dropLast(particle.utf8.count))
      // (The verb may be a particle of its own: "back" in "backup".)
      guard first.utf8.count >= 3, vocabulary.contains(first), !WordForms.isFunctionWord(first),
        !otherFunctionWords.contains(first)
      else { continue }
      return first.utf8.count
    }
    return nil
  }

  /// Where a closed word splits: after a common prefix followed by a corpus word (after an
  /// ambiguous prefix only at a doubled vowel), or between two content words of four letters or
  /// more that the corpus uses. Nil when no split or more than one qualifies.
  static func splitPoint(of word: String, vocabulary: Vocabulary) -> Int? {
    var word = word
    return word.withUTF8 { bytes in
      var found: Int?
      for split in 2...(bytes.count - 4) {
        // Asked of the bytes: most splits qualify as nothing, and build no text.
        let first = UnsafeBufferPointer(rebasing: bytes[..<split])
        let rest = UnsafeBufferPointer(rebasing: bytes[split...])
        let isPrefix = split <= 7 && openablePrefixWords.contains(first)
        let qualifies: Bool
        if isPrefix {
          if ambiguousPrefixWords.contains(first) {
            // After "re", "co", … at a doubled vowel ("reexport"), or before a corpus word of five
            // letters or more ("rehouse", "preschool"), unless the closed word is a word of its
            // own, not the prefix's ("resource" is no "source" again).
            qualifies =
              isWord(rest, vocabulary)
              && (bytes[split - 1] == bytes[split] && "aeiou".utf8.contains(bytes[split])
                || rest.count >= 5 && !isWordOfItsOwn(bytes))
          } else {
            qualifies = isWord(rest, vocabulary) && !isFunctionWord(rest)
          }
        } else {
          // Two content words of four letters or more, both in the corpus.
          qualifies =
            split >= 4 && rest.count >= 4 && vocabulary.contains(asciiBytes: first)
            && vocabulary.contains(asciiBytes: rest) && !isFunctionWord(first) && !isFunctionWord(rest)
        }
        guard qualifies else { continue }
        if found != nil { return nil }
        found = split
      }
      return found
    }
  }

  /// Words that open with "re", "pre", "co", "de" or "pro" before another word but mean something
  /// else than the prefix and that word ("resign" is no "sign" again, "present" no "sent"
  /// before): written with a hyphen, they are other words, never variants. Matched as the start
  /// of a closed word ("resignation", "researchers").
  static let wordsOfTheirOwn: [String] = [
    "react", "recount", "recover", "recreation", "redress", "refund", "reform", "refrain", "refuse", "relay",
    "release", "remark", "repress", "represent", "research", "resent", "reserve", "reside", "resign", "resolve",
    "resort", "resound", "resource", "restore", "retire", "retreat", "return", "present", "pretend", "preserve",
    "prevent", "protest", "provision", "progress", "project", "produce", "process", "program", "promotion",
    "deform", "defuse", "detail", "decline", "depart", "design", "deliver", "conserve", "contest", "content",
    "replace", "record", "report", "remove", "resume", "recall", "relate", "remain", "repeat", "reprise", "repose",
    "defer", "deface", "degrade", "coin", "cohere", "proceed", "profess", "protract", "product", "prolong",
  ]

  /// Whether a closed word starts with one of `wordsOfTheirOwn`.
  static func isWordOfItsOwn(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { isWordOfItsOwn($0) }
  }

  /// Whether a closed word (ASCII bytes) starts with one of `wordsOfTheirOwn`.
  private static func isWordOfItsOwn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    wordsOfTheirOwn.contains { word in
      word.utf8.count <= bytes.count && word.utf8.elementsEqual(bytes.prefix(word.utf8.count))
    }
  }

  /// A form with its number changed: "frame" → "frames", "frames" → "frame".
  static func withNumber(_ form: String) -> [String] {
    form.hasSuffix("s") ? [form, String(form.dropLast()), form + "es"] : [form, form + "s", form + "es"]
  }

  /// A corpus word, or one whose stem the corpus uses as a word ("proliferation"), asked of an
  /// ASCII word's bytes.
  private static func isWord(_ word: UnsafeBufferPointer<UInt8>, _ vocabulary: Vocabulary) -> Bool {
    guard word.count >= 4 else { return false }
    if vocabulary.contains(asciiBytes: word) { return true }
    let stem = WordForms.stem(String(decoding: word, as: UTF8.self))
    return stem.utf8.count != word.count && vocabulary.contains(stem)
  }

  /// Ranks, which make phrases with the nouns after them.
  static let ordinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next",
  ]

  /// Determiners and the like that `WordForms` does not list.
  static let otherFunctionWords: Set<String> = [
    "every", "another", "either", "neither", "whether", "upon", "onto", "within", "without", "cannot", "none",
  ]

  /// A function word, a particle, or a determiner `WordForms` does not list.
  static func isFunctionWord(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { isFunctionWord($0) }
  }

  /// `isFunctionWord` of a word's bytes.
  static func isFunctionWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    WordForms.functionWords.contains(word) || particleWords.contains(word) || otherFunctionWordSet.contains(word)
  }

  /// The same lists as byte-keyed tables, for the splits of a closed word.
  static let openablePrefixWords = WordSet(openablePrefixes)
  static let modifierEndingWords = WordSet(modifierEndings)
  static let ambiguousPrefixWords = WordSet(ambiguousPrefixes)
  static let particleWords = WordSet(particles)
  static let otherFunctionWordSet = WordSet(otherFunctionWords)

  /// The first running-text use of each of a set of words, in documents read one at a time, in
  /// order (tokens are compared by their folded text as plain values: no String is built per
  /// corpus word).
  struct FirstUseReading: Sendable {
    private var wanted: PlainHashTable<TokenText, String>
    private let count: Int
    private(set) var found: [String: Evidence] = [:]
    /// False once every word was found.
    var wantsDocuments: Bool { found.count < count }

    init(words: Set<String>) {
      wanted = PlainHashTable(minimumCapacity: words.count)
      for word in words { wanted.update(TokenText(word), initial: word) { _ in } }
      count = words.count
    }

    mutating func add(_ document: CorpusDocument) {
      guard wantsDocuments else { return }
      for paragraph in document.paragraphs where paragraph.readsAsText {
        for token in paragraph.prose.tokens where token.kind == .word {
          guard let word = wanted[token.textValue], found[word] == nil else { continue }
          found[word] = document.evidence(sentenceAround: token.originalRange)
          if !wantsDocuments { return }
        }
      }
    }
  }
}

extension CompoundForms {
  /// One pass over the corpus's tokens: its hyphenated lower-case compounds, and every pair of
  /// lower-case words written open ("net zero") or hyphenated ("weapons-usable"), counted.
  struct Scan {
    /// How often a hyphenated form is written, its first use, and the words it is written
    /// before (the first `followerLimit` of them).
    /// (`nounUses`: the uses before a mark or a preposition, where it stands as a noun: "in
    /// cost-sharing.", "decision-making for".)
    typealias HyphenatedUses = (count: Int, evidence: Evidence, followers: [String], nounUses: Int)

    var hyphenated: [String: HyphenatedUses] = [:]
    /// Three lower-case words joined by hyphens around a function word ("whole-of-government",
    /// "ship-to-shore"), by their folded text: how often, the first use, the words they precede.
    var hyphenatedChains: [String: HyphenatedUses] = [:]
    /// How many words a compound modifier's followers keep (the first ones read).
    static let followerLimit = 16
    /// Names of two capitalised words joined by a hyphen ("Indo-Pacific"), by their folded text:
    /// the spelling first written, how often, and where.
    var hyphenatedNames: [String: (spelling: String, count: Int, evidence: Evidence)] = [:]
    /// Pairs used at least twice: how often, how often right after a number, and the sentence of
    /// a running-prose use.
    var pairs: [Pair: (count: Int, afterNumber: Int, place: Place?)] = [:]
    /// Open pairs of content words written before the same content word twice or more and
    /// never hyphenated, as "first second modified" (the modified word's stem): "open market
    /// operat". Set by `finish`.
    private(set) var openModifiers: Set<String> = []
    /// The pairs the corpus hyphenates that it also writes open right before a content word
    /// ("high level meeting" beside "high-level meeting"), as "first second": only those make a
    /// compound modifier's open form inconsistent ("a high level of protection" is a noun's).
    /// Set by `finish`.
    private(set) var openBeforeAWord: Set<String> = []

    struct Pair: Hashable {
      var first: String
      var second: String
      var hyphen: Bool
    }

    /// Where a use was seen, for evidence built only for the pairs that are kept.
    typealias Place = (document: Int, range: Range<Int>)

    private struct Key: PlainHashable {
      var first: TokenText
      var second: TokenText
      var hyphen: Bool

      /// This table is filled once per word pair of the corpus: hashed by the texts' own hashes.
      var plainHash: UInt64 {
        (first.hashWord ^ (second.hashWord >> 7) &+ (hyphen ? 1 : 0)) &* 0xFF51_AFD7_ED55_8CCD
      }
    }

    /// Every pair counted so far, by its texts as plain values (`pairs` holds those that matter,
    /// once `finish` has run).
    private var counted: PlainHashTable<Key, Counts>

    /// A pair's counts while the corpus is read (`pairs` has them once `finish` has run).
    private struct Counts {
      var count: Int32 = 0
      var afterNumber: Int32 = 0
      /// The content word it is written open before, and how often (none while 0): the first
      /// such word written twice stays ("sea level rise" twice, whatever "sea level fell" says
      /// once).
      var followerUses: Int32 = 0
      /// How often it is written open right before a content word (a modifier's place).
      var followed: Int32 = 0
      var follower = TokenText.empty
      var place: Place?

      mutating func count(follower word: TokenText) {
        if followerUses > 0, word == follower {
          followerUses += 1
        } else if followerUses < 2 {
          (follower, followerUses) = (word, 1)
        }
      }
    }

    /// A scan of documents holding `textBytes` of text in all.
    init(textBytes: Int) {
      // About one distinct pair in four words of a large corpus: reserved once, never regrown.
      counted = PlainHashTable(minimumCapacity: textBytes / 24)
    }

    /// Counts the pairs of one more document (the next in the corpus's order).
    mutating func add(_ document: CorpusDocument, at documentIndex: Int) {
      for paragraph in document.paragraphs {
        let prose = paragraph.prose
        let tokens = prose.tokens
        for index in tokens.indices where tokens[index].kind == .word && !tokens[index].isCapitalized {
          let token = tokens[index]
          // The word before: "a b" (one space) or "a-b" (no space either side of the hyphen).
          let key: Key
          let start: Int
          if index >= 1, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized,
            tokens[index - 1].range.upperBound + 1 == token.range.lowerBound,
            index < 2 || !tokens[index - 2].hasText("-")
          {
            key = Key(first: tokens[index - 1].textValue, second: token.textValue, hyphen: false)
            start = index - 1
          } else if index >= 2, tokens[index - 1].hasText("-"), Self.isHyphen(tokens[index - 1], in: document.text),
            tokens[index - 2].kind == .word,
            !tokens[index - 2].isCapitalized,
            tokens[index - 2].range.upperBound == tokens[index - 1].range.lowerBound,
            tokens[index - 1].range.upperBound == token.range.lowerBound,
            index < 3 || !tokens[index - 3].hasText("-")
          {
            key = Key(first: tokens[index - 2].textValue, second: token.textValue, hyphen: true)
            start = index - 2
          } else {
            continue
          }
          let place: Place? =
            paragraph.readsAsText
            ? (documentIndex, tokens[start].originalRange.lowerBound..<token.originalRange.upperBound) : nil
          let afterNumber: Int32 = start > 0 && tokens[start - 1].kind == .number ? 1 : 0
          // The content word right after an open pair, one space on.
          var follower: TokenText?
          if !key.hyphen, index + 1 < tokens.count, case let next = tokens[index + 1], next.kind == .word,
            !next.wordClasses.contains(.function), next.range.lowerBound == token.range.upperBound + 1
          {
            follower = next.textValue
          }
          counted.update(key, initial: Counts()) { state in
            state.count += 1
            state.afterNumber += afterNumber
            if let follower {
              state.count(follower: follower)
              state.followed += 1
            }
            if state.place == nil { state.place = place }
          }
        }
        collectHyphenated(document: document, paragraph: paragraph)
      }
    }

    /// The closed words of the corpus (five letters or more, written twice or more) that it
    /// also writes split in two, open or hyphenated ("cyber space" beside "cyberspace", "sign-up"
    /// beside "signup"): a draft that splits them follows the corpus (`SplitCompounds`, which
    /// asks of closed words from five letters, "email", up). Set by `finish(vocabulary:)`.
    private(set) var splitWritten: Set<String> = []

    /// Keeps the pairs that can matter, once every document is counted, and notes which closed
    /// words of `vocabulary` are also written split.
    mutating func finish(vocabulary: Vocabulary) {
      // (In either number: "human space flights" splits "spaceflight".)
      words: for (word, count) in vocabulary.wordCounts where count >= 2 && word.utf8.count >= 5 {
        guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
        for form in CompoundForms.withNumber(word) where isWrittenSplit(form, open: true) {
          splitWritten.insert(word)
          continue words
        }
        // Another inflection hyphenated ("re-designating" beside "redesignated"): the corpus
        // does not hold to the closed form either. (Hyphenated only: "in forming" is no split of
        // "informed".)
        let stem = WordForms.stem(word)
        guard stem.utf8.count >= 5 else { continue }
        for form in Self.inflections(ofStem: stem) where form != word && isWrittenSplit(form, open: false) {
          splitWritten.insert(word)
          continue words
        }
      }
      finish()
    }

    /// Whether the corpus writes `form` split in two somewhere: hyphenated, or (`open`) open too.
    /// (The parts are read from the form's bytes: no String is built per split.)
    private func isWrittenSplit(_ form: String, open: Bool) -> Bool {
      var form = form
      return form.withUTF8 { bytes in
        (2...(bytes.count - 2)).contains { split in
          let first = TokenText(bytes, 0..<split)
          let second = TokenText(bytes, split..<bytes.count)
          return open && counted[Key(first: first, second: second, hyphen: false)] != nil
            || counted[Key(first: first, second: second, hyphen: true)] != nil
        }
      }
    }

    /// The inflections a verb's or a noun's `stem` may take ("redesignat": "redesignate",
    /// "redesignated", "redesignating" …).
    static func inflections(ofStem stem: String) -> [String] {
      [stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "ing", stem + "ion", stem + "ions"]
    }

    /// The open pairs whose count holds their plural's ("burn pit" with "burn pits").
    private(set) var pluralsCounted: Set<Pair> = []

    /// Keeps the pairs that can matter, once every document is counted.
    mutating func finish() {
      func isLetters(_ word: String) -> Bool { word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
      // An open pair counts with its plural where the corpus writes both ("burn pits" beside
      // "burn pit exposure"): one compound, named by the singular; the plural is no pair of its
      // own.
      var merged: [(plural: Key, singular: Key)] = []
      for key in counted.keys where !key.hyphen {
        let length = key.second.count
        guard length >= 4,
          key.second.withUTF8({ $0[length - 1] == UInt8(ascii: "s") && $0[length - 2] != UInt8(ascii: "s") })
        else { continue }
        let singular = Key(first: key.first, second: key.second.prefix(length - 1), hyphen: false)
        if counted[singular] != nil { merged.append((key, singular)) }
      }
      var plurals = PlainHashTable<Key, Void>(minimumCapacity: merged.count * 2 + 16)
      for (plural, singular) in merged {
        let uses = counted[plural]!
        counted.update(singular, initial: Counts()) { state in
          state.count += uses.count
          state.afterNumber += uses.afterNumber
          state.followed += uses.followed
          if uses.followerUses > 0, state.followerUses > 0, uses.follower == state.follower {
            state.followerUses += uses.followerUses
          } else if uses.followerUses > state.followerUses {
            (state.follower, state.followerUses) = (uses.follower, uses.followerUses)
          }
          if state.place == nil { state.place = uses.place }
        }
        plurals.update(plural, initial: ()) { _ in }
      }
      for (_, singular) in merged where counted[singular]!.count >= Int32(CompoundForms.minimumOpenUses) {
        pluralsCounted.insert(Pair(first: singular.first.string, second: singular.second.string, hyphen: false))
      }
      // Only pairs that can matter become Strings: hyphenated pairs used twice, open pairs used
      // often enough to be terms.
      for (key, state) in zip(counted.keys, counted.values)
      where state.count >= (key.hyphen ? 2 : Int32(CompoundForms.minimumOpenUses)) && plurals[key] == nil {
        let first = key.first.string
        let second = key.second.string
        guard isLetters(first), isLetters(second) else { continue }
        pairs[Pair(first: first, second: second, hyphen: key.hyphen)] = (
          Int(state.count), Int(state.afterNumber), state.place
        )
      }
      // Pairs written hyphenated and written open before a word (as a modifier) too.
      for (key, state) in zip(counted.keys, counted.values)
      where !key.hyphen && state.followed > 0 && plurals[key] == nil
        && counted[Key(first: key.first, second: key.second, hyphen: true)] != nil
      {
        openBeforeAWord.insert("\(key.first.string) \(key.second.string)")
      }
      // Open pairs before the same word twice, never hyphenated (in either number).
      for (key, state) in zip(counted.keys, counted.values)
      where !key.hyphen && state.followerUses >= 2 && plurals[key] == nil {
        let first = key.first.string
        let second = key.second.string
        guard isLetters(first), isLetters(second), !CompoundForms.isFunctionWord(first),
          !CompoundForms.isFunctionWord(second), !CompoundForms.particles.contains(first),
          !CompoundForms.particles.contains(second),
          CompoundForms.withNumber(second).allSatisfy({ form in
            counted[Key(first: key.first, second: TokenText(form), hyphen: true)] == nil
          })
        else { continue }
        openModifiers.insert("\(first) \(second) \(WordForms.stem(state.follower.string))")
      }
      counted = PlainHashTable()
    }

    /// A word of letters only: asked of its bytes when they are ASCII (a hyphenated word of a
    /// large corpus is asked twice), of its Characters otherwise.
    static func isLetters(_ token: Token) -> Bool {
      token.withUTF8 { bytes in
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
          return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isLetter)
        }
        return bytes.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
      }
    }

    /// The mark `token` folds to "-" is written as a hyphen (or a Unicode hyphen), not a dash
    /// touching two words ("missions—including" joins no compound).
    static func isHyphen(_ token: Token, in text: SourceText) -> Bool {
      text.isHyphen(at: token.originalRange)
    }

    /// A number of one to three ASCII digits, not part of a longer figure ("24" in "24-hour", not
    /// "2.5" or "1,000").
    static func isShortNumeral(_ token: Token) -> Bool {
      token.kind == .number && token.isDigits && token.utf8Count <= 3
    }

    /// The stem of the content word right after the token at `index` (one space between): the
    /// word a compound before it modifies.
    static func follower(after index: Int, _ tokens: [Token]) -> String? {
      guard index + 1 < tokens.count else { return nil }
      let next = tokens[index + 1]
      guard next.kind == .word, !next.wordClasses.contains(.function),
        next.range.lowerBound == tokens[index].range.upperBound + 1
      else { return nil }
      return WordForms.stem(next.text)
    }

    /// "whole-of-government": three lower-case words of letters joined by hyphens, the middle one
    /// a function word, not part of a longer chain, starting at `index`. The last may be an
    /// acronym, kept in capitals ("debt-to-GDP ratio").
    private mutating func collectChain(at index: Int, _ tokens: [Token], document: CorpusDocument) {
      let words = [tokens[index], tokens[index + 2], tokens[index + 4]]
      func isLowerCaseWord(_ word: Token) -> Bool { word.kind == .word && !word.isCapitalized && Self.isLetters(word) }
      let endsInAcronym = words[2].kind == .word && words[2].isUpperCaseAcronym && Self.isLetters(words[2])
      guard tokens[index + 1].hasText("-"), tokens[index + 3].hasText("-"),
        (index..<index + 4).allSatisfy({ tokens[$0].touches(tokens[$0 + 1]) }),
        Self.isHyphen(tokens[index + 1], in: document.text), Self.isHyphen(tokens[index + 3], in: document.text),
        index + 5 >= tokens.count || !tokens[index + 5].hasText("-"),
        isLowerCaseWord(words[0]), isLowerCaseWord(words[1]), endsInAcronym || isLowerCaseWord(words[2]),
        !words[0].wordClasses.contains(.function), !words[2].wordClasses.contains(.function)
      else { return }
      let last = endsInAcronym ? document.text.string(in: words[2].originalRange) : words[2].withoutPossessive
      let key = "\(words[0].text)-\(words[1].text)-\(last)"
      Self.count(key, follower: Self.follower(after: index + 4, tokens), in: &hyphenatedChains) {
        document.evidence(sentenceAround: words[0].originalRange.lowerBound..<words[2].originalRange.upperBound)
      }
    }

    /// Counts one more use of `key` in `table`: its first use's evidence (made only then), and
    /// the word after it among its followers.
    private static func count(
      _ key: String, follower: String?, asNoun: Bool = false, in table: inout [String: HyphenatedUses],
      evidence: () -> Evidence
    ) {
      if var entry = table[key] {
        entry.count += 1
        if let follower, entry.followers.count < followerLimit, !entry.followers.contains(follower) {
          entry.followers.append(follower)
        }
        if asNoun { entry.nounUses += 1 }
        table[key] = entry
      } else {
        table[key] = (1, evidence(), follower.map { [$0] } ?? [], asNoun ? 1 : 0)
      }
    }

    /// Prepositions after which a compound before them stands as a noun ("decision-making for"),
    /// and the relative pronouns and verbs that only a noun stands before ("decision-making that
    /// was required", "decision-making was slow"): no modifier does.
    static let nounEndingPrepositions = WordSet([
      "for", "of", "in", "on", "to", "with", "at", "by", "from", "that", "which", "is", "was", "are", "were", "has",
      "had", "have", "will", "would", "should", "could", "must",
    ])

    /// The token at `index` ends a noun before it: a mark of punctuation other than a hyphen or
    /// an opening one, a preposition ("in cost-sharing.", "decision-making for investments"), a
    /// relative pronoun or a verb ("decision-making that was required").
    static func endsNoun(at index: Int, _ tokens: [Token]) -> Bool {
      guard index < tokens.count else { return true }
      let token = tokens[index]
      if token.kind == .punctuation {
        return token.hasText(".") || token.hasText(",") || token.hasText(";") || token.hasText(":")
          || token.hasText(")")
      }
      return nounEndingPrepositions.contains(token)
    }

    /// The stem of the content word a compound ending at `index` modifies: the word right after
    /// it (`follower`), or the one after a compound coordinated with it ("trauma-informed and
    /// victim-centered interview", "home-based, and center-based providers": after "and" or "or",
    /// a comma before it or not, a hyphenated compound and the word right after that).
    static func modifiedWord(after index: Int, _ tokens: [Token]) -> String? {
      if let follower = follower(after: index, tokens) { return follower }
      var cursor = index + 1
      if cursor < tokens.count, tokens[cursor].hasText(",") { cursor += 1 }
      guard cursor + 3 < tokens.count, tokens[cursor].hasText("and") || tokens[cursor].hasText("or") else {
        return nil
      }
      let first = tokens[cursor + 1]
      let hyphen = tokens[cursor + 2]
      let second = tokens[cursor + 3]
      guard first.kind == .word, hyphen.hasText("-"), second.kind == .word, first.touches(hyphen),
        hyphen.touches(second), !first.isCapitalized
      else { return nil }
      return follower(after: cursor + 3, tokens)
    }

    /// "non-proliferation": two lower-case words of letters joined by a hyphen, not part of a
    /// longer chain, in running prose.
    private mutating func collectHyphenated(document: CorpusDocument, paragraph: CorpusDocument.Paragraph) {
      guard paragraph.readsAsText else { return }
      let tokens = paragraph.prose.tokens
      var index = 0
      while index + 2 < tokens.count {
        defer { index += 1 }
        let first = tokens[index]
        let hyphen = tokens[index + 1]
        let second = tokens[index + 2]
        if index + 4 < tokens.count, index == 0 || !tokens[index - 1].hasText("-") {
          collectChain(at: index, tokens, document: document)
        }
        // Two words of letters joined by a hyphen, not part of a longer chain; or a number of up
        // to three digits and a word ("24-hour economy", "10-year bond").
        guard first.kind == .word && Self.isLetters(first) || Self.isShortNumeral(first), hyphen.hasText("-"),
          second.kind == .word, first.touches(hyphen),
          hyphen.touches(second), index + 3 >= tokens.count || !tokens[index + 3].hasText("-"),
          index == 0 || !tokens[index - 1].hasText("-"), Self.isLetters(second),
          Self.isHyphen(hyphen, in: document.text)
        else { continue }
        let key = "\(first.text)-\(second.withoutPossessive)"
        let range = first.originalRange.lowerBound..<second.originalRange.upperBound
        // (A capitalised word before a word that makes modifiers too: "Black-owned", "Tribal-led".)
        if !first.isCapitalized || !first.isUpperCaseAcronym && CompoundForms.modifierEndingWords.contains(second),
          !second.isCapitalized, (second.textValue.isASCII ? second.utf8Count : second.text.count) >= 3
        {
          let follower = Self.modifiedWord(after: index + 2, tokens)
          Self.count(
            key, follower: follower, asNoun: follower == nil && Self.endsNoun(at: index + 3, tokens), in: &hyphenated
          ) {
            document.evidence(sentenceAround: range)
          }
        } else if first.isCapitalized, second.isCapitalized, !first.isUpperCaseAcronym, !second.isUpperCaseAcronym {
          if hyphenatedNames[key] != nil {
            hyphenatedNames[key]!.count += 1
          } else {
            // (The two words joined by a plain hyphen, however the document writes it:
            // "Secretary‑General" with a non-breaking one.)
            let spelling = WordForms.withoutPossessive(
              document.text.string(in: first.originalRange) + "-" + document.text.string(in: second.originalRange))
            hyphenatedNames[key] = (spelling, 1, document.evidence(sentenceAround: range))
          }
        }
      }
    }
  }
}
