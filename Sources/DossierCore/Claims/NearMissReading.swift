/// Whether a draft's unknown reference one character away from a known one ("Executive Order
/// 13383" beside the corpus's 13382) is a typo of that one, or another instrument the corpus does
/// not cite. Instruments are numbered in sequence, so in a corpus that cites dozens of orders
/// nearly every real order is one digit from a cited one: nearness alone proves nothing. The
/// draft must tie its reference to the known one:
/// - a date written with it ("of June 26, 2008", `InstrumentDate`) that the corpus gives the
///   known one is a typo; another date is another instrument;
/// - without a date, its sentence must share at least two words with the sentences that cite the
///   known one, words that the sentences citing the corpus's other references of that kind
///   mostly do not use ("weapons of mass destruction", not "national emergency"). A corpus that
///   cites only a few of that kind leaves little room for a real one so near by chance: there,
///   one shared word ties it.
enum NearMissReading {
  enum Reading: Equatable {
    /// A typo of the known reference.
    case typo
    /// Another instrument: the draft dates it otherwise than the corpus dates the known one.
    case otherDate
    /// Nothing in the draft ties it to the known reference.
    case untied
  }

  /// A corpus that cites fewer other references of the kind than this leaves little room for
  /// a real instrument one character away by chance: one shared word ties the reference.
  static let fewReferences = 3

  /// At most this many other references are read for how common a word is among them.
  static let comparedReferences = 256

  /// How `occurrence` (unknown to the corpus) stands to `known`, one character away.
  static func reading(
    of occurrence: ReferenceScanner.Occurrence, near known: Reference, in prose: ProseText, corpus: Corpus
  ) -> Reading {
    if let date = InstrumentDate.value(after: occurrence, in: prose, fullDatesOnly: false),
      let knownDate = known.date
    {
      return knownDate.typedValue.agrees(with: date) ? .typo : .otherDate
    }
    guard let sentence = prose.sentence(containingToken: occurrence.tokens.lowerBound) else { return .untied }
    let ownWords = Set(WordForms.stems(ofPhrase: known.preferred))
    var draftWords = Set<String>()
    for index in prose.sentences[sentence] where !occurrence.tokens.contains(index) {
      let token = prose.tokens[index]
      guard token.kind == .word else { continue }
      let stem = WordForms.stem(of: token)
      if isContentWord(stem), !ownWords.contains(stem) { draftWords.insert(stem) }
    }
    // The known reference's citing sentences whole (a knowledge file's evidence may quote only
    // part of one); the others' as their evidence quotes them.
    let citing = known.evidence.map { evidence in
      corpus.document(named: evidence.document, folder: evidence.folder)?.evidence(sentenceAround: evidence.range)
        .quote ?? evidence.quote
    }
    let shared = draftWords.intersection(words(of: citing))
    guard !shared.isEmpty else { return .untied }
    // How many of the other references' citing sentences use each shared word.
    let others = corpus.references.lazy.filter { $0.kind == known.kind && $0.identifier != known.identifier }
      .prefix(comparedReferences)
    var using: [String: Int] = [:]
    var compared = 0
    for other in others {
      compared += 1
      for word in words(of: other.evidence.map(\.quote)).intersection(shared) { using[word, default: 0] += 1 }
    }
    let distinctive = shared.filter { using[$0, default: 0] * 4 <= compared }
    return distinctive.count >= (compared < fewReferences ? 1 : 2) ? .typo : .untied
  }

  /// The content words (as stems) of `sentences`.
  private static func words(of sentences: [String]) -> Set<String> {
    var words = Set<String>()
    for sentence in sentences {
      for stem in WordForms.stems(ofPhrase: sentence) where isContentWord(stem) { words.insert(stem) }
    }
    return words
  }

  /// A word that says what a sentence is about: not a function word, a number or a letter.
  private static func isContentWord(_ stem: String) -> Bool {
    stem.count >= 3 && stem.contains(where: \.isLetter) && !stem.contains(where: \.isNumber)
      && !WordForms.isFunctionWord(stem)
  }
}
