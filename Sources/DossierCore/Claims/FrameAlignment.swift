/// Aligns a draft frame with the corpus frames about the same thing and decides: the corpus
/// agrees, the corpus says something else, or nothing can be said.
///
/// A corpus frame is aligned when it has the same head and kind, the same qualifying year, a
/// comparable value, and shares enough subject words (more for a year or a date, which has no
/// head). The draft value conflicts only when no aligned frame states it and every aligned frame
/// states the same other value; otherwise the check abstains.
enum FrameAlignment {
  enum Outcome: Equatable {
    /// No corpus frame is about the same thing, or the aligned frames disagree with each other.
    case unknown
    /// Some aligned corpus frame states the draft's value: its entry in the index.
    case agrees(Int)
    /// Every aligned frame states one other value: their entries in the index.
    case conflict([Int])
  }

  /// The most bytes between two sentences read as one after the other.
  static let sentenceGap = 300

  /// The least number of subject words an aligned frame shares with the draft's.
  static func requiredOverlap(_ kind: TypedValue.Kind) -> Int {
    switch kind {
    case .year, .date: 3
    default: 2
    }
  }

  /// A subject word that is a number: the number of an order, a resolution or an article (the
  /// values of the clause are not subject words).
  static func isReferenceNumber(_ word: TokenText) -> Bool {
    word.firstByte >= 0x30 && word.firstByte <= 0x39
  }

  /// None of the draft frame's other years, dates and sums (`companions`) is contradicted by the
  /// values a corpus statement's sentence states of the same kind.
  /// `before`: the values of the sentence before the statement's, in its paragraph.
  static func companionsAgree(_ frame: ClaimFrame, _ stated: [TypedValue], before: [TypedValue] = []) -> Bool {
    func isStated(_ companion: TypedValue) -> Bool {
      stated.contains { $0.isOfTheSameKind(as: companion) && $0.agrees(with: companion) }
    }
    return frame.companions.allSatisfy { companion in
      if isStated(companion) || !stated.contains(where: { $0.isOfTheSameKind(as: companion) }) { return true }
      // A sum of money the sentence does not give, beside a larger one that it does and breaks
      // down into no smaller sums of its own: the draft breaks down what the sentence totals
      // ("over $1.5 billion: $500 million in ...").
      guard companion.kind == .amount else { return false }
      // Nor a total the sentence before gives, beside a smaller sum of the draft's that this
      // one gives: the sentence gives a part of the draft's total ("… has awarded more than $280
      // million … . Earlier this week, ED announced $95 million of this total …").
      if before.contains(where: { $0.isOfTheSameKind(as: companion) && $0.agrees(with: companion) }),
        frame.companions.contains(where: { part in
          part.isOfTheSameKind(as: companion) && part.magnitude < companion.magnitude && isStated(part)
        })
      {
        return true
      }
      return frame.companions.contains { total in
        total.isOfTheSameKind(as: companion) && total.magnitude > companion.magnitude && isStated(total)
          && !stated.contains { $0.isOfTheSameKind(as: total) && $0.magnitude < total.magnitude }
      }
    }
  }

  /// Half or more of a clause's `names` are `named`.
  static func isMostlyNamed(_ names: [TokenText], by named: (TokenText) -> Bool) -> Bool {
    names.filter(named).count * 2 >= names.count
  }

  /// A draft's year or date and a corpus's are the times of the same word.
  static func sharesAnchor(_ frame: ClaimFrame, _ other: ClaimFrame) -> Bool {
    frame.head.isEmpty && !frame.anchor.isEmpty && frame.anchor == other.anchor
  }

  /// `frame` and `other` share a subject word that is neither one of the clause's names nor a
  /// word of `title`.
  static func sharesWhatIsSaid(
    _ frame: ClaimFrame, _ other: ClaimFrame, clause: ClaimFrameReader.ClauseNames, title: [TokenText]
  ) -> Bool {
    frame.subject.contains { other.subject.contains($0) && !clause.names.contains($0) && !title.contains($0) }
  }

  /// `names` reads the names of the draft frame's clause (`ClaimFrameReader.names`); it is called
  /// only when some corpus frame passes the cheaper guards, at most once.
  /// `modified` is the stem of the noun the draft's sum or share modifies ("the $2,000 cap"), if
  /// any.
  static func align(
    _ frame: ClaimFrame, in index: FrameIndex, modified: TokenText = .empty,
    names readNames: () -> ClaimFrameReader.ClauseNames
  ) -> Outcome {
    guard !frame.isNegated, !frame.isDistributive, frame.value.kind != .identifier else { return .unknown }
    // A corpus frame states the draft's very value, as precisely as the draft states it:
    // "enacted in June, 2015" agrees with the draft's "enacted on June 12, 2015" only as far as
    // it goes, and another statement's "enacted on June 2, 2015" says more.
    func statesTheValue(_ other: ClaimFrame) -> Bool {
      other.value.isComparable(with: frame.value) && other.value.agrees(with: frame.value)
        && isAsPrecise(other.value, as: frame.value)
    }
    // A count or an ordinal without the noun it counts is not a claim about anything.
    if frame.value.kind == .count || frame.value.kind == .ordinal, frame.head.isEmpty { return .unknown }
    let required = requiredOverlap(frame.value.kind)
    // The reference numbers of the draft's clause ("Executive Order 14057"): a statement about
    // another order or resolution is about something else.
    let references = frame.subject.filter(isReferenceNumber)
    var aligned: [Int] = []
    var readNamesOnce: ClaimFrameReader.ClauseNames?
    // The most subject words any comparable corpus statement shares, and an aligned one.
    var closestAligned = 0
    // The comparable statements set aside after that (by names, other dates, the anchor), with
    // the subject words each shares.
    var setAside: [(entry: Int, shared: Int)] = []
    // The values stated in a corpus statement's sentence.
    func statedValues(_ entry: Int) -> [TypedValue] {
      index.entries[entry].sentence.map { index.entries[$0].frame.value }
    }
    // The values stated in the statement of the sentence right before, in the same document
    // (at most a short gap between them).
    func valuesBefore(_ entry: Int) -> [TypedValue] {
      let first = index.entries[entry].sentence.lowerBound
      guard first > 0 else { return [] }
      let (this, previous) = (index.entries[entry].evidence, index.entries[first - 1].evidence)
      guard previous.document == this.document, previous.folder == this.folder,
        (0...Self.sentenceGap).contains(this.range.lowerBound - previous.range.upperBound)
      else { return [] }
      return statedValues(first - 1)
    }
    // The subject words each aligned statement shares.
    var overlapsByEntry: [Int: Int] = [:]
    // The statements set aside for another date or sum of the draft's clause, not stating its value.
    var otherTimes: [(entry: Int, shared: Int)] = []
    for (entry, shared) in index.overlaps(with: frame) where shared >= min(required, 2) {
      let other = index.entries[entry].frame
      guard other.qualifier == frame.qualifier, other.value.isComparable(with: frame.value),
        other.relation.isCompatible(with: frame.relation)
      else { continue }
      // Words only one side borrowed from the sentence before ("It also … down to $0" after
      // "… fixing Public Service Loan Forgiveness") do not make the statements one: each shares
      // a word of its own sentence.
      guard frame.ownSubject.contains(where: other.subject.contains),
        other.ownSubject.contains(where: frame.subject.contains)
      else { continue }
      // The time of an instrument numbered in five digits or more ("E.O. 13773 of February 9,
      // 2017"), or by a serial number with a leading zero ("ED 21-01 … on December 13, 2020"), is
      // that instrument's: a draft's time for instruments it does not number ("issued the
      // directive on September 18, 2020") is no statement of it. (Other short numbers may be a
      // plan's year, "GHSA 2024", or a "5-year" one.)
      if frame.head.isEmpty, references.isEmpty,
        other.subject.contains(where: {
          isReferenceNumber($0) && ($0.count >= 5 || $0.count >= 2 && $0.firstByte == UInt8(ascii: "0"))
        })
      {
        continue
      }
      // A clause that names the statement's document ("the Glasgow decision warned", "under
      // Executive Order 13810") names what the statement is about where the statement's own
      // sentence may not: then the words the document is known by count as the statement's.
      let title = index.titles[Int(index.entries[entry].title)]
      var throughTitle = false
      if !references.allSatisfy(other.subject.contains) {
        let clause = readNamesOnce ?? readNames()
        readNamesOnce = clause
        // The statement names no other order of its own ("the emergency declared in Executive
        // Order 13466" is about 13466, even in Executive Order 13551).
        guard clause.namesTwo(of: title), references.allSatisfy({ other.subject.contains($0) || title.contains($0) }),
          other.subject.allSatisfy({ !isReferenceNumber($0) || references.contains($0) })
        else { continue }
        throughTitle = true
      }
      // One word fewer only for a statement of the time of the very same thing, named by the
      // document the draft's clause names (below).
      let fewer = shared < required
      if fewer, !sharesAnchor(frame, other) { continue }
      // Set aside unless aligned below.
      if !fewer { setAside.append((entry, shared)) }
      // The named things of the draft's clause are mostly named by the corpus statement too:
      // "Riverton's streetcar line" is not another city's "Harbor Line", nor a survey in Kenya
      // the corpus's survey elsewhere (a paraphrase may add a name or two).
      // (A name may stand outside the corpus frame's window: the names of its sentence count too.)
      let clause = readNamesOnce ?? readNames()
      readNamesOnce = clause
      let sentenceNames = index.entries[entry].names
      if !isMostlyNamed(
        clause.names, by: clause.namedOrByItsAcronym { other.subject.contains($0) || sentenceNames.contains($0) })
      {
        // Through its document, no name of the clause is named in part: "Ensuring American
        // Space Superiority" is not the "American Space Achievement" of a fact sheet's title.
        let isNamed = { (word: TokenText) in
          other.subject.contains(word) || sentenceNames.contains(word) || title.contains(word)
        }
        guard clause.namesTwo(of: title), isMostlyNamed(clause.names, by: clause.namedOrByItsAcronym(isNamed)),
          !clause.runs.contains(where: { run in run.contains(where: isNamed) && !run.allSatisfy(isNamed) })
        else { continue }
        throughTitle = true
      }
      // A statement named through its document shares what is said too, not only who it is
      // about: a word beyond the clause's names and the document's ("the nuclear test of
      // September 2" in an order on North Korea, not any date of that order's).
      if throughTitle, !sharesWhatIsSaid(frame, other, clause: clause, title: title) { continue }
      // A statement sharing one word fewer aligns only through its document: "Executive Order
      // 13810 followed … the nuclear test of September 3, 2017" and that order's "its nuclear
      // test of September 2, 2017". (Without the document, "the first nuclear test" or another
      // agreement's entry into force is not certainly the same thing.)
      if fewer, !throughTitle { continue }
      // The draft's other years and dates say which event it means: where the corpus statement
      // gives one of the same kind, it must agree ("a 2019 survey").
      guard companionsAgree(frame, statedValues(entry), before: valuesBefore(entry)) else {
        // A statement of another time or sum is not what the draft means once one of the
        // draft's time is aligned (below), unless it states the draft's very value (the draft
        // may have its date wrong instead).
        if !fewer, !other.value.agrees(with: frame.value) { otherTimes.append(setAside.removeLast()) }
        continue
      }
      // A year or a date is the time of something: the word it is the time of must be shared.
      if frame.head.isEmpty, !(other.subject.contains(frame.anchor) || frame.subject.contains(other.anchor)) {
        continue
      }
      // A date in the draft is more precise than a bare year in the corpus: only dates align.
      if frame.value.kind == .date, other.value.kind != .date { continue }
      aligned.append(entry)
      overlapsByEntry[entry] = shared
      closestAligned = max(closestAligned, shared)
      if !fewer { setAside.removeLast() }
    }
    guard !aligned.isEmpty else { return .unknown }
    // The statements whose sentences give the draft's other values (its date, its sums: none
    // contradicts them, see above) are the ones the draft means, where there are any: "At the end
    // of January 2023 … US$ 567.8 billion" with "US$ 576.8 billion as on January 27, 2023", not
    // with levels of reserves stated without a date; "by 40 basis points to 4.90 per cent" with
    // "by 50 basis points to 4.90 per cent", not with another meeting's "by 40 bps".
    // Without one, the statements of other times stay set aside: the closer of them leave a
    // statement further from the draft's words uncertain.
    // Keeps only `preferred` of the aligned statements, when it holds some but not all.
    func narrow(to preferred: [Int]) {
      guard !preferred.isEmpty, preferred.count < aligned.count else { return }
      aligned = preferred
      closestAligned = preferred.map { overlapsByEntry[$0] ?? 0 }.max() ?? 0
    }
    var confirmed = aligned.filter { entry in
      frame.companions.contains { companion in
        statedValues(entry).contains { $0.isOfTheSameKind(as: companion) && $0.agrees(with: companion) }
      }
    }
    // Statements of one sentence that lists values ("$1.4 billion (16.9%), and … $626 million
    // (74.6%)"): those whose own clauses give the draft's other sum or share are the ones it
    // means. (Not its year: a sentence's years are too often shared. Nor where one of them
    // states the draft's other sum itself: "nearly $385 million …, including nearly $300
    // million" holds the parts of the draft's "$3 billion, including nearly $385 million", no
    // list of things like it.)
    if confirmed.count > 1,
      confirmed.allSatisfy({ index.entries[$0].sentence == index.entries[confirmed[0]].sentence }),
      !confirmed.contains(where: { entry in
        frame.companions.contains {
          index.entries[entry].frame.value.isOfTheSameKind(as: $0) && index.entries[entry].frame.value.agrees(with: $0)
        }
      })
    {
      let confirmedInClause = confirmed.filter { entry in
        frame.companions.contains { companion in
          (companion.kind == .amount || companion.kind == .percent)
            && index.entries[entry].frame.companions.contains {
              $0.isOfTheSameKind(as: companion) && $0.agrees(with: companion)
            }
        }
      }
      if !confirmedInClause.isEmpty { confirmed = confirmedInClause }
    }
    // A statement confirmed by the draft's other values but further from its words than another
    // aligned one is not certainly the draft's: "Norway … with 31% of EU gas imports in the
    // first quarter of 2025" shares only its year with "refill EU gas storage to 90% by next
    // winter" of "summer 2025", and more words with "a share of 31% in total EU gas imports".
    let closestConfirmed = confirmed.map { overlapsByEntry[$0] ?? 0 }.max() ?? 0
    let confirmedIsClosest = !aligned.contains { (overlapsByEntry[$0] ?? 0) > closestConfirmed }
    if confirmedIsClosest { narrow(to: confirmed) }
    if confirmed.isEmpty || !confirmedIsClosest { setAside += otherTimes }
    // Statements that give the time as precisely as the draft says what the others only agree
    // with as far as they go ("enacted on June 2, 2015" beside "enacted in June, 2015").
    narrow(to: aligned.filter { isAsPrecise(index.entries[$0].frame.value, as: frame.value) })
    // The corpus states the draft's value in an aligned sentence: confirmed.
    for entry in aligned {
      for other in index.entries[entry].sentence {
        let stated = index.entries[other].frame.value
        if stated.isComparable(with: frame.value), stated.agrees(with: frame.value) { return .agrees(other) }
      }
    }
    // An aligned sentence gives the draft's sum per some period ("nearly $120.00 per month" for
    // "could save nearly $120" after "$110 per month"): the draft may leave the period to its
    // context, so no conflict is certain.
    if aligned.contains(where: { entry in
      index.entries[entry].sentence.contains { isSameSum(index.entries[$0].frame.value, frame.value) }
    }) {
      return .unknown
    }
    // A year or a date is compared with the statements of the time of the very same thing where
    // there are any: "the nuclear test of September 3, 2017" with "its nuclear test of September
    // 2, 2017", not with the "launches of July 28, 2017" of the same sentence, whose subject words
    // hold "test" too.
    // (A statement that dates no word of its own, "Executive Order 13100 of May 1, 2000 set up
    // …", stays.)
    if aligned.contains(where: { sharesAnchor(frame, index.entries[$0].frame) }) {
      narrow(
        to: aligned.filter { index.entries[$0].frame.anchor.isEmpty || sharesAnchor(frame, index.entries[$0].frame) })
    }
    // Statements far closer to the draft's words than every other aligned one are the ones it
    // means: "new export restrictions on nearly 100 entities for providing backdoor support to
    // Russia" shares seven words with the draft's clause, another package's "sanctions on nearly
    // 400 entities" three.
    let closest = aligned.filter { overlapsByEntry[$0] == closestAligned }
    if closest.count < aligned.count,
      aligned.allSatisfy({ entry in
        let shared = overlapsByEntry[entry] ?? 0
        return shared == closestAligned || (shared * 2 <= closestAligned && closestAligned - shared >= 3)
      })
    {
      narrow(to: closest)
    }
    // A statement of another of the draft clause's values ("11 percent … above the statutory
    // goal of 3 percent" beside "11 percent …, up from the statutory goal of 5 percent") is that
    // value's statement, not this one's, however many words it shares: where others are
    // aligned, they are the ones the draft means. (Only where their sentences state no other
    // quantity the draft's clause does not: "$1 billion to 30 ports, including $100 million"
    // may be another round than the draft's "$1 billion to 25 ports, including $300 million".)
    let ofCompanions = aligned.filter { entry in
      let stated = index.entries[entry].frame.value
      return frame.companions.contains { $0.isOfTheSameKind(as: stated) && $0.agrees(with: stated) }
    }
    if !ofCompanions.isEmpty {
      let others = aligned.filter { !ofCompanions.contains($0) }
      guard !others.isEmpty,
        others.allSatisfy({ entry in
          index.entries[entry].sentence.allSatisfy { other in
            let value = index.entries[other].frame.value
            return other == entry || ![.count, .amount, .percent, .measure].contains(value.kind)
              || frame.companions.contains {
                $0.isOfTheSameKind(as: value) && $0.agrees(with: value)
              }
          }
        })
      else { return .unknown }
      narrow(to: others)
    }
    let first = aligned[0]
    // A bare year in the draft against dates in the corpus: the dates must agree on the year.
    let same: (TypedValue, TypedValue) -> Bool =
      frame.value.kind == .year ? { $0.year == $1.year } : { $0.agrees(with: $1) }
    let expected = index.entries[first].frame.value
    guard aligned.allSatisfy({ same(expected, index.entries[$0].frame.value) }) else { return .unknown }
    // A corpus statement closer to the draft's words was set aside (by the names it lacks): the
    // draft may be about that one, so no conflict is certain ("caused around 1.2 °C of warming"
    // is closer to "caused around 1.1 °C of warming" than to "aiming for 1.5 degrees").
    // (A closer one that states the same value as the aligned ones leaves no doubt: "the Glasgow
    // decision warned" sets aside another decision's "about 1.1 °C", and either way the corpus
    // gives 1.1 °C.)
    guard setAside.allSatisfy({ $0.shared <= closestAligned || same(expected, index.entries[$0.entry].frame.value) })
    else { return .unknown }
    // A statement set aside that gives the draft's very value (of the same word, for a time),
    // in a sentence that contradicts none of the draft's other dates and sums: the corpus does
    // say it, of what may be the draft's very thing ("the meeting ending on 2 August 2023" among
    // the minutes of other meetings), so no conflict is certain. (Another meeting's "by 40
    // basis points to 4.40 per cent" is no such statement for "by 40 basis points to 4.90 per
    // cent".)
    let attested = setAside.contains { item in
      let other = index.entries[item.entry].frame
      return statesTheValue(other) && (!frame.head.isEmpty || sharesAnchor(frame, other))
        && companionsAgree(frame, statedValues(item.entry))
    }
    if attested { return .unknown }
    // A count of the same noun the corpus gives as the draft does, in a statement sharing a word
    // with the draft's clause, that the aligned statements are not far closer to ("including 46
    // Americans" among the killed, beside "as many as 6 Americans" still held): the corpus counts
    // that noun more than once, and says the draft's number of it.
    if frame.value.kind == .count, !frame.head.isEmpty {
      let attesting = index.overlaps(with: frame).filter { entry, _ in
        let other = index.entries[entry].frame
        return other.head == frame.head && statesTheValue(other)
          && frame.ownSubject.contains(where: other.subject.contains)
      }
      if let shared = attesting.map(\.shared).max(), !(shared * 2 <= closestAligned && closestAligned - shared >= 3) {
        return .unknown
      }
    }
    // Whether a corpus statement sharing a subject word with the draft's states its very value
    // (asked by the guards below, read once).
    var nearStatementStatesTheValue: Bool?
    func aNearStatementStatesTheValue() -> Bool {
      if let known = nearStatementStatesTheValue { return known }
      let found = index.overlaps(with: frame).contains { entry, _ in statesTheValue(index.entries[entry].frame) }
      nearStatementStatesTheValue = found
      return found
    }
    // Aligned by no more words than the least, while the corpus gives the draft's very value of
    // the same head (noun, currency, unit) of something that shares a word with it ("already helped over 200,000
    // residents" beside another county's "has already helped over 160,000 residents", where the
    // corpus says one "has already benefited over 200,000 residents"): which the draft means is
    // not certain.
    if closestAligned <= required, !frame.head.isEmpty,
      aNearStatementStatesTheValue()
    {
      return .unknown
    }
    // A sum per period ("worth more than $1 billion a year to consumers") that the corpus gives
    // as such of something sharing a word with the draft's ("these actions will save consumers
    // more than $1 billion annually"), beside another rate the draft's words are closer to
    // ("These fees cost consumers more than $24 billion a year"): the corpus cites the draft's
    // figure, and which thing the draft means by it is not certain.
    if frame.value.kind == .amount, frame.value.unit.contains("/"), aNearStatementStatesTheValue() {
      return .unknown
    }
    // A rank in a series the corpus tells ("welcomed the first cohort" … "the second cohort"):
    // the corpus gives the draft's rank of the same thing too, so which member the draft means
    // is not certain, whatever words it shares with either.
    if frame.value.kind == .ordinal,
      aNearStatementStatesTheValue()
    {
      return .unknown
    }
    // Statements that share only names with the draft's clause ("the District of Columbia") are
    // not certainly its: where they share no more words than the fewest required ("13 states
    // and the District of Columbia that do not" and "Twenty states and the District of Columbia
    // saw premiums decrease"), or where the corpus gives the draft's value of the same thing
    // elsewhere ("submissions across 45 states and D.C."), or the draft's count of the same noun
    // anywhere ("fourteen major companies, from DTE Energy and Eversource …" beside "seven major
    // utility companies including DTE Energy, Eversource …" and "a total of fourteen major
    // utility companies"), no conflict is certain. (A rare case, worth a pass over the
    // statements.)
    if let clause = readNamesOnce,
      aligned.allSatisfy({ entry in
        !frame.subject.contains { index.entries[entry].frame.subject.contains($0) && !clause.names.contains($0) }
      }),
      closestAligned <= required
        || aNearStatementStatesTheValue()
        // (A count's noun says what is counted; a sum's currency does not.)
        || frame.value.kind == .count
          && index.entries.contains(where: { entry in entry.frame.head == frame.head && statesTheValue(entry.frame) })
    {
      return .unknown
    }
    // A corpus sentence that names everything the draft's clause names (two names or more) and
    // gives the draft's value may be the draft's very statement, whatever words its clause
    // shares: "Within 120 days, NASA, with the Secretary of State and the APST, …" and the order's
    // "Within 120 days of the date of this order, the Administrator of NASA, in coordination with
    // the Secretary of State and the APST, shall …".
    if let clause = readNamesOnce, clause.names.count >= 2,
      index.overlaps(with: frame).contains(where: { entry, _ in
        let other = index.entries[entry]
        return statesTheValue(other.frame)
          && clause.names.allSatisfy { other.names.contains($0) || other.frame.subject.contains($0) }
      })
    {
      return .unknown
    }
    // The corpus states the draft's very value, precise enough to have been taken from it ("$1.11
    // trillion"), of something the draft's clause shares a word with: the draft says what the
    // corpus says, whatever statement its words are closer to.
    // So is a full date ("On June 3, 2021, President Biden …" where the corpus writes "on June 3,
    // 2021, President Biden established …").
    if hasThreeSignificantDigits(frame.value) || frame.value.kind == .date && frame.value.day != nil,
      index.entries(stating: frame.value).contains(where: { entry in
        let other = index.entries[Int(entry)]
        return other.frame.value.isComparable(with: frame.value)
          && frame.subject.contains { other.frame.subject.contains($0) || other.names.contains($0) }
      })
    {
      return .unknown
    }
    // A corpus statement of the draft's very value whose sentence gives one of the draft's other
    // sums too ("13 million people are going to continue … to save an average of $800
    // a year") is the draft's statement, whatever statement its words are closer to.
    if index.overlaps(with: frame).contains(where: { entry, _ in
      let other = index.entries[entry].frame
      guard statesTheValue(other) else { return false }
      let stated = statedValues(entry)
      // (A sum, not a share: "at least 20 percent ownership" stands beside many bars.)
      return frame.companions.contains { companion in
        companion.kind == .amount && stated.contains { $0.isOfTheSameKind(as: companion) && $0.agrees(with: companion) }
      }
    }) {
      return .unknown
    }
    // The corpus states the draft's very sum or share of the noun it modifies ("the $2,000 cap"
    // and "the $2,000 out-of-pocket cap"): the draft says what the corpus says of that thing,
    // whatever statement its other words are closer to.
    if !modified.isEmpty, frame.value.kind == .amount || frame.value.kind == .percent,
      index.entries(stating: frame.value).contains(where: { entry in
        let other = index.entries[Int(entry)].frame
        return statesTheValue(other) && other.subject.contains(modified)
      })
    {
      return .unknown
    }
    // A value no slip of the pen turns into the corpus's ("July 1, 2024" for "March 19, 1933",
    // "$60 million" for "$33.6 trillion") is about something else the words happen to share.
    guard isPlausibleSlip(frame.value, for: index.entries[aligned[0]].frame.value) else { return .unknown }
    return .conflict(aligned)
  }

  /// Whether a writer meaning `stated` could have written `written`: years ten or fewer apart, or
  /// one digit changed or two swapped ("1897" for "1879"); other numbers five times apart or
  /// less, or the same digits up to a thousand times apart ("$10 million" for "$10 billion"), or
  /// one digit added, dropped, changed or two swapped and at most twelve times apart ("6,000"
  /// for "16,000", "3%" for "31%").
  static func isPlausibleSlip(_ written: TypedValue, for stated: TypedValue) -> Bool {
    switch written.kind {
    case .year, .date:
      guard let first = written.year, let second = stated.year, abs(first - second) > 10 else { return true }
      return areNearDigits(Array(String(first).utf8), Array(String(second).utf8))
    case .count, .amount, .percent, .measure, .duration:
      let (first, second) = (abs(written.magnitude), abs(stated.magnitude))
      guard first > 0, second > 0, first.isFinite, second.isFinite else { return true }
      let ratio = max(first, second) / min(first, second)
      if ratio <= 5 { return true }
      let (digits, statedDigits) = (significantDigits(first), significantDigits(second))
      // (A thousand times apart at most: "million" for "billion".)
      if digits == statedDigits { return ratio <= 1_001 }
      return ratio <= 12 && areNearDigits(digits, statedDigits)
    default:
      return true
    }
  }

  /// The significant digits of a positive number, up to six, without trailing zeros ("18" for
  /// 1.8 billion, "336" for 33.6 trillion).
  static func significantDigits(_ value: Double) -> [UInt8] {
    var scaled = value
    while scaled >= 10 { scaled /= 10 }
    while scaled < 1 { scaled *= 10 }
    var digits = Array(String(Int((scaled * 100_000).rounded())).utf8)
    while digits.count > 1, digits.last == UInt8(ascii: "0") { digits.removeLast() }
    return digits
  }

  /// The same digits, or one digit added, dropped or changed, or two neighbours swapped (one
  /// edit of `WordForms.editDistance`, which counts a swap as one).
  static func areNearDigits(_ first: [UInt8], _ second: [UInt8]) -> Bool {
    WordForms.editDistance(first, second, limit: 1) <= 1
  }

  /// `value` gives a time at least to the precision of `draft`'s (a date's day where the draft
  /// gives one, its month where the draft gives one); any other value is as precise.
  static func isAsPrecise(_ value: TypedValue, as draft: TypedValue) -> Bool {
    guard draft.kind == .date else { return true }
    guard value.kind == .date else { return false }
    return draft.day == nil || value.day != nil
  }

  /// Two sums of the same currency and magnitude, one of them per a period the other is not
  /// (a rate's unit is its currency and "/" and the period's days: `ValueReader.ratePeriod`).
  static func isSameSum(_ stated: TypedValue, _ drafted: TypedValue) -> Bool {
    stated.kind == .amount && drafted.kind == .amount && stated.unit != drafted.unit
      && stated.unit.split(separator: "/").first == drafted.unit.split(separator: "/").first
      && stated.agrees(with: drafted)
  }

  /// A value precise enough, or large enough, to have been taken from where it is written: three
  /// significant digits, or a million or more ("12.2 million people", "2.8 million more
  /// Americans"; not "$250" beside "$350", nor "20 people").
  static func isPreciseOrLarge(_ value: TypedValue) -> Bool {
    hasThreeSignificantDigits(value) || value.magnitude >= 1_000_000
  }

  /// A sum, a share, a measure or a count written with three significant digits or more ("$1.11
  /// trillion", "11.2%", "$624,410", "12.2 million people"), not a round one ("$5 million", "28%",
  /// "40 people").
  static func hasThreeSignificantDigits(_ value: TypedValue) -> Bool {
    guard [.amount, .percent, .measure, .count].contains(value.kind) else { return false }
    var magnitude = abs(value.magnitude)
    guard magnitude > 0, magnitude.isFinite else { return false }
    // Scaled to an integer of 15 digits, trailing zeros dropped.
    while magnitude < 1e14 { magnitude *= 10 }
    while magnitude >= 1e15 { magnitude /= 10 }
    guard var digits = UInt64(exactly: magnitude.rounded()) else { return false }
    while digits > 0, digits % 10 == 0 { digits /= 10 }
    return digits >= 100
  }
}
