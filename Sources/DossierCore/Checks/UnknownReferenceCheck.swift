/// `unknown-reference`: a formal reference (an executive order, a resolution, a named agreement
/// or declaration; not a section of the United States Code) the corpus does not know. A number
/// one digit away from a known reference of the same kind ("Executive Order 13383") is a wrong
/// identifier instead, a `fact-conflict` with the known number as its fix, when the draft ties it
/// to the known one (`NearMissReading`: the same date, or the same distinctive words); otherwise
/// it is unknown, and the known one is named and offered as a fix. Decision symbols and
/// legal acts are never near misses: their numbers are short, and a neighbouring one names
/// another real decision or act. A named instrument followed by another capitalised word is part
/// of a longer name ("UN Treaty Collection"), not a reference.
enum UnknownReferenceCheck: BlockCheck {
  static let rule = Rule.unknownReference

  static func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let corpus = context.corpus
    let occurrences = context.references
    let prose = context.prose
    // (A section of the United States Code is looked up, and shown on hover, but a draft that
    // cites one its corpus does not is not told so: drafts cite the statutes behind a policy
    // far beyond what any corpus of orders and statements quotes.)
    for occurrence in occurrences
    where occurrence.kind != "statute"
      && !corpus.knowsReference(kind: occurrence.kind, identifier: occurrence.identifier)
      // (In the other number: "the Cancun Agreements", "a … Information Agreement".)
      && (ReferenceScanner.numberedKinds.contains(occurrence.kind)
        || !corpus.knowsReference(kind: occurrence.kind, identifier: Self.inOtherNumber(occurrence.identifier)))
    {
      let range = prose.originalRange(ofTokens: occurrence.tokens)
      // As written, on one line (a reference may break over two).
      // (A number of a list after a plural, "Resolutions 1718 and 1874", is named in full.)
      let isListedNumber = occurrence.tokens.count == 1 && prose.tokens[occurrence.tokens.lowerBound].kind == .number
      let written = isListedNumber ? occurrence.canonical : context.text(range).singleSpaced
      let isNumbered = ReferenceScanner.numberedKinds.contains(occurrence.kind)
      if !isNumbered {
        // Title case (a heading's, a list of names') makes any "X Act" look like a name: only
        // a sentence with a word of content in lower case past its first word counts, a
        // heading's as any other's ("Does the Administration support the … Act?").
        guard let sentence = prose.sentence(containingToken: occurrence.tokens.lowerBound) else { continue }
        let sentenceTokens = prose.sentences[sentence]
        let isTitleCase = !sentenceTokens.contains { index in
          let token = prose.tokens[index]
          return token.kind == .word && !token.isCapitalized && !token.wordClasses.contains(.function)
            && index != sentenceTokens.lowerBound && token.utf8Count >= 3
        }
        if isTitleCase { continue }
        let after = occurrence.tokens.upperBound
        if after < prose.tokens.count, prose.tokens[after].kind == .word, prose.tokens[after].isCapitalized,
          prose.sentences[sentence].contains(after)
        {
          continue
        }
        // The full name of an instrument the corpus knows by the short name in parentheses after
        // it: "the North American Free Trade Agreement (NAFTA)" where the corpus writes "NAFTA".
        if after + 2 < prose.tokens.count, prose.tokens[after].hasText("("),
          let close = prose.tokens[(after + 1)...].prefix(4).firstIndex(where: { $0.hasText(")") }), close > after + 1,
          prose.tokens[(after + 1)..<close].contains(where: \.isUpperCaseAcronym),
          corpus.firstUse(of: context.text(prose.originalRange(ofTokens: after + 1..<close))) != nil
        {
          continue
        }
        // A case the corpus cites inside the draft's parties, or the other way round ("West
        // Virginia v. EPA" for "Virginia v. EPA" at a sentence's start).
        if occurrence.kind == "case",
          corpus.referencePositions(ofKind: "case").contains(where: {
            let identifier = corpus.references[$0].identifier
            return identifier.contains(occurrence.identifier) || occurrence.identifier.contains(identifier)
          })
        {
          continue
        }
        // The corpus names it in these very words, if not as a reference of its own ("the
        // Pacific Island Forum's Boe Declaration" names the "Boe Declaration"), or a document's
        // title does ("The Wilmington Declaration Joint Statement from the Leaders of …").
        if corpus.titleNames(written) || corpus.firstUse(of: written) != nil { continue }
        // Or in a list after the plural ("the Treaties of Tlatelolco, Rarotonga, Bangkok and
        // Pelindaba" names the "Treaty of Bangkok", the "Bangkok Treaty").
        if Self.isListedAfterThePlural(written, corpus: corpus) { continue }
        // An owner's name before the instrument's ("Congressman Bobby Scott's National
        // Apprenticeship Act of 2021" where the corpus cites the National Apprenticeship Act of
        // 2021), in the draft or in the corpus: the same instrument.
        if let owned = ReferenceScanner.ownedName(occurrence.identifier),
          corpus.knowsReference(kind: occurrence.kind, identifier: String(owned))
            || corpus.ownedReferenceKeys.contains("\(occurrence.kind):\(owned)")
        {
          continue
        }
        // An owner's name before an instrument the corpus names by the words that follow ("the
        // World Trade Organisation Agreement on Fisheries Subsidies" where the corpus cites the
        // "Agreement on Fisheries Subsidies"): the same instrument.
        if namesKnownInstrumentAfter(occurrence, sentence: sentenceTokens, prose: prose, corpus: corpus) { continue }
        // An organisation's initials before an instrument the corpus knows ("the GIFCT Content
        // Incident Protocol" where the corpus writes "the Global Internet Forum to Counter
        // Terrorism (GIFCT) Content Incident Protocol"): the owner's, when the corpus writes those
        // initials too. (Two words of the name's own at least: "EU Protocol" says nothing. With
        // only two, the corpus names the owner in the instrument's paragraph: "the G20 work on …
        // the Common Framework" names the "G20 Common Framework"; a "US Climate Act" is not the
        // corpus's "Climate Act".)
        if occurrence.tokens.count >= 3, case let owner = prose.tokens[occurrence.tokens.lowerBound],
          owner.isUpperCaseAcronym || Self.isGroupName(context.text(of: owner)), owner.utf8Count >= 2,
          case let name = context.text(
            prose.originalRange(ofTokens: occurrence.tokens.lowerBound + 1..<occurrence.tokens.upperBound)),
          corpus.knowsReference(kind: occurrence.kind, identifier: name),
          occurrence.tokens.count >= 4
            ? corpus.firstUse(of: owner.text) != nil
            : corpus.firstUse(of: name, inParagraphNaming: context.text(of: owner)) != nil
        {
          continue
        }
        // Words joined by "and" before a known name may be a thing of their own beside it:
        // "CryptoAPI and Remote Desktop Protocol" where the corpus cites the Remote Desktop
        // Protocol. (A name with "and" inside it is then read as the known one.)
        let identifierWords = occurrence.identifier.split(separator: " ")
        // (Two words of its own before the instrument's at least: a known "Divestment Act" says
        // nothing of the "Sudan Accountability and Divestment Act".)
        if let joined = identifierWords.lastIndex(of: "and"), identifierWords.count - joined - 1 >= 3,
          corpus.knowsReference(
            kind: occurrence.kind, identifier: identifierWords[(joined + 1)...].joined(separator: " "))
        {
          continue
        }
        // A known name with initials for some of its words, in the draft or in the corpus ("UN
        // Declaration" where the corpus cites the United Nations Declaration): the same instrument.
        // (Only names opening with the same letter, as initials keep it, are split into words.)
        let writtenWords = Self.nameWords(written)
        let firstLetter = written.first.map { $0.uppercased() }
        if corpus.referencePositions(ofKind: occurrence.kind).contains(where: { position in
          let preferred = corpus.references[position].preferred
          return preferred.first.map({ $0.uppercased() }) == firstLetter
            && (Self.abbreviates(writtenWords, Self.nameWords(preferred))
              || Self.abbreviates(Self.nameWords(preferred), writtenWords))
        }) {
          continue
        }
        // A known name with a letter or two wrong ("Inhoffe National Defense Authorization Act"):
        // the misspelt word is `name-misspelled`'s, the reference is the known one.
        let identifier = Array(occurrence.identifier.utf8)
        if identifier.count >= 12,
          corpus.referencePositions(ofKind: occurrence.kind).contains(where: { position in
            let known = corpus.references[position].identifier
            // (Lengths more than two apart are more than two edits apart: no distance computed.)
            return abs(known.utf8.count - identifier.count) <= 2
              && WordForms.editDistance(Array(known.utf8), identifier, limit: 2) <= 2
          })
        {
          continue
        }
      }
      // A numbered instrument the corpus writes in the same words where it reads as no citation
      // of its own ("Recalling its resolution 2373 (XXII)", the Assembly's own style): the corpus
      // knows it.
      if isNumbered, corpus.firstUse(of: occurrence.canonical) != nil { continue }
      var nearest: (reference: Reference, reading: NearMissReading.Reading)?
      // (A session's symbol, "77/277" beside "77/276", names another real resolution.)
      if occurrence.kind == "executive-order" || occurrence.kind == "resolution", !occurrence.identifier.contains("/"),
        let known = nearMiss(occurrence, in: corpus)
      {
        nearest = (known, NearMissReading.reading(of: occurrence, near: known, in: prose, corpus: corpus))
      }
      let numberToken = prose.tokens[occurrence.tokens.upperBound - 1]
      let replaceNumber = { (known: Reference) in
        Fix(
          title: "Replace \(numberToken.text) with \(known.identifier)",
          edits: [TextEdit(range: numberToken.originalRange, newText: known.identifier)], isCertain: false)
      }
      if let (known, reading) = nearest {
        switch reading {
        case .typo:
          findings.append(
            Finding(
              rule: .factConflict, message: "the corpus cites \(known.preferred), not \(occurrence.canonical)",
              range: range, evidence: Array(known.evidence.prefix(2)), fixes: [replaceNumber(known)]))
        case .otherDate:
          // Another instrument: the known one is dated otherwise. Nothing to replace.
          let date = known.date.map { " of \($0.written)" } ?? ""
          findings.append(
            Finding(
              rule: rule,
              message:
                "the corpus does not cite \"\(written)\" (it cites \(known.preferred)\(date), one character away: another instrument)",
              range: range, evidence: known.date.map { [$0.evidence] } ?? Array(known.evidence.prefix(1))))
        case .untied:
          findings.append(
            Finding(
              rule: rule,
              message:
                "the corpus does not cite \"\(written)\" (it cites \(known.preferred), one character away, in other terms)",
              range: range, evidence: Array(known.evidence.prefix(1)), fixes: [replaceNumber(known)]))
        }
        continue
      }
      // A document's code is unknown only beside two or more of its family the corpus cites
      // ("M-22-18" where it cites M-22-09 and M-21-31): a lone code of a prefix may be anything.
      if occurrence.kind == "code" {
        let family = Self.codeFamily(occurrence.identifier)
        let members = corpus.referencePositions(ofKind: "code").map { corpus.references[$0] }.filter {
          Self.codeFamily($0.identifier) == family
        }
        guard members.count >= 2 else { continue }
        findings.append(
          Finding(
            rule: rule,
            message:
              "the corpus does not cite \"\(written)\" (it cites \(members.prefix(3).map(\.preferred).joined(separator: ", ")))",
            range: range, evidence: members.flatMap(\.evidence).prefix(1).map { $0 }))
        continue
      }
      // A numbered directive is unknown only beside others of its family the corpus cites by
      // number ("Space Policy Directive 1" where it cites Space Policy Directive 3): a family it
      // never numbers may be known by a title or a short name ("NSPM-2") the corpus's prose does
      // not repeat. Nor is one the corpus cites by its family's initials ("NSPM-2" for "National
      // Security Presidential Memorandum 2").
      let family = Self.family(of: occurrence.identifier)
      let ofKind = corpus.referencePositions(ofKind: occurrence.kind)
      func isOfFamily(_ position: Int) -> Bool { Self.family(of: corpus.references[position].identifier) == family }
      if occurrence.kind == "numbered-directive" {
        guard ofKind.contains(where: isOfFamily) else { continue }
        let initials = String(family.compactMap(\.first)).uppercased()
        let number = occurrence.identifier.split(separator: " ").last.map(String.init) ?? ""
        if corpus.firstUse(of: "\(initials)-\(number)") != nil || corpus.firstUse(of: "\(initials) \(number)") != nil {
          continue
        }
      }
      // A symbol the corpus writes in another form ("Regulation (EU) 2022/1032" where it writes
      // "EU/2022/1032"): the corpus has it. (A plain number may be anything in a corpus.)
      if isNumbered, occurrence.identifier.contains(where: { $0 == "/" || $0 == "." }),
        corpus.firstUse(of: occurrence.identifier) != nil
      {
        continue
      }
      // (Those of the same family first, each group in the corpus's order: "Space Policy
      // Directive 3" for "Space Policy Directive 1".)
      let known = (ofKind.lazy.filter(isOfFamily) + ofKind.lazy.filter { !isOfFamily($0) }).prefix(3).map {
        corpus.references[$0].preferred
      }
      let message: String
      if known.isEmpty {
        message = "the corpus cites no \(label(occurrence.kind)); \"\(written)\" is not in the sources"
      } else {
        message =
          "the corpus does not cite \"\(written)\" (it cites \(known.prefix(3).joined(separator: ", ")))"
      }
      findings.append(
        Finding(
          rule: rule, message: message, range: range,
          evidence: ofKind.lazy.flatMap { corpus.references[$0].evidence }.prefix(1).map { $0 }))
    }
    return findings
  }

  /// A named instrument's identifier with its last word in the other number ("cancun agreements"
  /// ↔ "cancun agreement").
  static func inOtherNumber(_ identifier: String) -> String {
    identifier.hasSuffix("s") ? String(identifier.dropLast()) : identifier + "s"
  }

  /// A reference's family: its identifier without its number ("space policy directive" of
  /// "space policy directive 3").
  static func family(of identifier: String) -> ArraySlice<Substring> {
    identifier.split(separator: " ").dropLast()
  }

  /// A document code's family: its prefix and its number of groups ("M" and 3 of "M-22-18").
  static func codeFamily(_ identifier: String) -> String {
    let parts = identifier.split(separator: "-")
    return "\(parts.first ?? "")/\(parts.count)"
  }

  static func label(_ kind: String) -> String {
    switch kind {
    case "executive-order": "executive order"
    case "resolution": "resolution"
    case "law": "law or act"
    case "decision": "decision"
    case "numbered-directive": "numbered directive or memorandum"
    case "public-law": "public law"
    case "case": "court case"
    case "code": "document code"
    default: kind
    }
  }

  /// A group's name of capitals and digits ("G20", "G7", "P5").
  static func isGroupName(_ written: String) -> Bool {
    written.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } == true
      && written.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x30 && $0 <= 0x39 }
      && written.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// A known reference of the same kind whose number differs by one edit of the same length.
  static func nearMiss(_ occurrence: ReferenceScanner.Occurrence, in corpus: Corpus) -> Reference? {
    let candidates = corpus.referenceNeighbours.neighbours(
      kind: occurrence.kind, identifier: occurrence.identifier, in: corpus.references)
    return candidates.count == 1 ? corpus.references[candidates[0]] : nil
  }

  /// The words of a name as written, the dots of initials dropped ("U.N." is "UN").
  static func nameWords(_ name: String) -> [Substring] {
    name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word in
      word.contains(".") && word.allSatisfy({ $0 == "." || $0.isUppercase })
        ? Substring(word.filter { $0 != "." }) : word
    }
  }

  /// `short` is `long` with initials for some runs of its words, capitalised words each of them
  /// ("UN Declaration" of "United Nations Declaration"); every other word the same.
  static func abbreviates(_ short: [Substring], _ long: [Substring]) -> Bool {
    var (shortIndex, longIndex, usesInitials) = (0, 0, false)
    while shortIndex < short.count, longIndex < long.count {
      let word = short[shortIndex]
      if word.lowercased() == long[longIndex].lowercased() {
        shortIndex += 1
        longIndex += 1
        continue
      }
      guard (2...6).contains(word.count), word.allSatisfy(\.isUppercase), longIndex + word.count <= long.count else {
        return false
      }
      let expansion = long[longIndex..<longIndex + word.count]
      guard
        zip(word, expansion).allSatisfy({ letter, full in
          full.first?.isUppercase == true && full.count > 1 && full.first == letter
        })
      else { return false }
      shortIndex += 1
      longIndex += word.count
      usesInitials = true
    }
    return usesInitials && shortIndex == short.count && longIndex == long.count
  }

  /// Whether `written`, an instrument named by one word ("Treaty of Bangkok", "Bangkok Treaty"),
  /// is in a list the corpus writes after the instrument's plural and "of" ("the Treaties of
  /// Tlatelolco, Rarotonga, Bangkok and Pelindaba").
  static func isListedAfterThePlural(_ written: String, corpus: Corpus) -> Bool {
    let words = written.split(separator: " ")
    let (instrument, name): (Substring, Substring)
    if words.count == 3, words[1] == "of" {
      (instrument, name) = (words[0], words[2])
    } else if words.count == 2 {
      (instrument, name) = (words[1], words[0])
    } else {
      return false
    }
    let folded = WordForms.folded(String(instrument))
    guard name.first?.isUppercase == true, ReferenceScanner.instrumentList.contains(where: { $0.word == folded })
    else { return false }
    let plural = folded.hasSuffix("y") ? folded.dropLast() + "ies" : folded + "s"
    return corpus.listsAfter("\(plural) of", String(name))
  }

  /// The instrument's word of `occurrence` and the words after it in its sentence open the name
  /// of an instrument of its kind the corpus cites ("Agreement on Fisheries Subsidies" after "the
  /// World Trade Organisation").
  static func namesKnownInstrumentAfter(
    _ occurrence: ReferenceScanner.Occurrence, sentence: Range<Int>, prose: ProseText, corpus: Corpus
  ) -> Bool {
    let instrument = occurrence.tokens.upperBound - 1
    guard instrument + 2 < sentence.upperBound, prose.tokens[instrument + 1].kind == .word else { return false }
    // (Names of two words of their own or more after the instrument's: "Memorandum of
    // Understanding" is a kind of instrument, not one.)
    let known = corpus.referencePositions(ofKind: occurrence.kind).map { corpus.references[$0] }.filter { reference in
      reference.identifier.split(separator: " ").dropFirst().filter { !WordForms.isFunctionWord(String($0)) }.count
        >= 2
    }
    guard !known.isEmpty else { return false }
    var words = prose.tokens[instrument].text
    for index in instrument + 1..<sentence.upperBound {
      let token = prose.tokens[index]
      guard token.kind == .word else { break }
      words += " " + token.text
      if known.contains(where: { $0.identifier == words }) { return true }
    }
    return false
  }
}
