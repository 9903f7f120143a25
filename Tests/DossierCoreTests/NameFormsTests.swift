import DossierCore
import Testing

/// Near misses of short, multi-word and operative-clause names, on an invented corpus.
@Suite struct NameFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "basin.txt": """
      The delegates met in Tarvo in March, and the talks in Tarvo ended early.
      A later statement was issued at Kamo Dahl by the ministers of the basin.
      The Kamo Dahl statement set out new rules for the fleets of the delta.
      The next session met at Bir el-Hamra, and Bir el-Hamra hosted the fleets.
      \t3.\tRequests the forum and its Kelowice Committee to report on progress;
      \t4.\tInvites the Kelowice Committee to consider the fleets of the delta;
      """
    ])
  }

  @Test func shortNamesOnlyWithTwoLettersSwapped() {
    #expect(flagged("The talks in Tavro went well.", .nameMisspelled, corpus: corpus) == ["Tavro"])
    // One other edit of five letters makes other real names.
    #expect(flagged("The talks in Tarvi went well.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The talks in Tarvo went well.", .nameMisspelled, corpus: corpus).isEmpty)
  }

  /// The start of a longer name the corpus writes is that name's form ("Slava Ukraini" beside
  /// the corpus's "Ukrainian"); a name's word in the other spelling convention is a convention,
  /// not a slip, and a term variant of the name.
  @Test func aLongerNamesStartAndAConventionAreNoMisspellings() throws {
    let corpus = try inventedCorpus([
      "war.md": """
      Ukraine was invaded in 2022. Ukrainian forces held Kherson, and Ukraine's allies met again in Kherson.
      The Ukrainian government sought Most-Favoured-Nation treatment, and Most-Favoured-Nation status was revoked.
      """
    ])
    #expect(flagged("Slava Ukraini.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("Troops left Khersom in November.", .nameMisspelled, corpus: corpus) == ["Khersom"])
    #expect(flagged("Slava Ukriane.", .nameMisspelled, corpus: corpus) == ["Ukriane"])
    // (A word of a name in the other convention is the name written otherwise: a term variant.)
    #expect(flagged("Russia lost its Most-Favored-Nation status.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("Russia lost its Most-Favored-Nation status.", .termVariant, corpus: corpus) == ["Favored"])
    #expect(flagged("Russia lost its Most-Favuored-Nation status.", .nameMisspelled, corpus: corpus) == ["Favuored"])
  }

  /// Eight or nine letters with two vowels written otherwise, as another transliteration writes
  /// the name, are the corpus's name; not where two names are so near, nor a consonant changed.
  @Test func aNamesVowelsTransliteratedOtherwise() throws {
    let corpus = try inventedCorpus([
      "network.md": """
      The revenue funds Hizballah and the Houthis. Hizballah's financiers were designated in June.
      The minister met Dalbarak officials, and Delbarok officials met the envoy.
      """
    ])
    #expect(flagged("The revenue funds Hezbollah.", .nameMisspelled, corpus: corpus) == ["Hezbollah"])
    #expect(flagged("The revenue funds Hizballah.", .nameMisspelled, corpus: corpus).isEmpty)
    // Two names as near: which one is meant is unsure.
    #expect(flagged("The minister met Dolbarik officials.", .nameMisspelled, corpus: corpus).isEmpty)
    // Three letters changed: too many for a name this short.
    #expect(flagged("The revenue funds Hezbolleh.", .nameMisspelled, corpus: corpus).isEmpty)
  }

  /// A name's shorter form is no misspelling ("Philippine" of "Philippines"), but one letter of
  /// a doubled last letter dropped is ("Goolsbe" for "Goolsbee").
  @Test func aDoubledLastLetterDroppedIsAMisspelling() throws {
    let names = try inventedCorpus([
      "board.txt": """
      The board heard Governor Austan Goolsbee in May, and Governor Goolsbee spoke again in June.
      The fleets of the Marianas met in June, and the Marianas hosted the talks.
      """
    ])
    #expect(flagged("The board heard Goolsbe in May.", .nameMisspelled, corpus: names) == ["Goolsbe"])
    #expect(flagged("The Mariana fleets met in June.", .nameMisspelled, corpus: names).isEmpty)
    // Five letters: one of a doubled letter dropped is a slip; another edit may be another name.
    let chair = try inventedCorpus([
      "vote.txt": "Voting for the action were Jerome H. Powell, Chair; and Lisa D. Cook. Chair Powell spoke."
    ])
    #expect(flagged("Chair Jerome Powel spoke.", .nameMisspelled, corpus: chair) == ["Powel"])
    #expect(flagged("Chair Jerome Poell spoke.", .nameMisspelled, corpus: chair).isEmpty)
    // After the name's first word too: "Southeast Asia" beside the corpus's "Southeast Asian";
    // "Governor Goolsbe" still a misspelling.
    let region = try inventedCorpus([
      "region.txt": "The Association of Southeast Asian Nations met, and the Southeast Asian Nations agreed."
    ])
    #expect(flagged("We work with partners in Southeast Asia.", .nameMisspelled, corpus: region).isEmpty)
    #expect(flagged("The board heard Governor Goolsbe.", .nameMisspelled, corpus: names) == ["Goolsbe"])
  }

  @Test func theLastWordOfAMultiWordName() throws {
    let finding = try #require(
      findings("The Kamo Dhal statement was new.", corpus: corpus).first { $0.rule == .nameMisspelled })
    #expect(finding.fixes.first?.edits.first?.newText == "Dahl")
    #expect(flagged("They met at Bir el-Hamr in May.", .nameMisspelled, corpus: corpus) == ["Hamr"])
    // Not after the name's first word, or too far from the name: other words.
    #expect(flagged("The Dhal statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Kamo Dale statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
    #expect(flagged("The Kamo Dahl's statement was new.", .nameMisspelled, corpus: corpus).isEmpty)
  }

  @Test func namesUsedOnlyInOperativeClauses() {
    #expect(flagged("The Kelowize Committee met.", .nameMisspelled, corpus: corpus) == ["Kelowize"])
    #expect(flagged("The Kelowice Committee met.", .nameMisspelled, corpus: corpus).isEmpty)
  }
}

extension NameFormsTests {
  /// A name that only ever opens a list item or follows a colon is still a name when an
  /// institution's noun follows it ("Dartmouth College"); a verb opening a clause is not
  /// ("Underscores Article 2").
  @Test func aNameOpeningAListItemBeforeAnInstitutionsNoun() throws {
    let corpus = try inventedCorpus([
      "awards.md": """
      The first awardees include: Brevanton College (Hanover), Milbrook Institute and the state.

      - Brevanton College received $31.3 million for imaging.

      3. Underscores Article 2 of the charter for the awardees.
      """
    ])
    #expect(flagged("The awardees include Brevantn College.", .nameMisspelled, corpus: corpus) == ["Brevantn"])
    #expect(flagged("The board Underscored the charter.", .nameMisspelled, corpus: corpus).isEmpty)
  }
}

extension NameFormsTests {
  /// The first word of a multi-word name whose next word the draft writes exactly: up to two
  /// edits from five letters ("Fanny Mae" for "Fannie Mae"); the last word likewise ("Jon
  /// Stuart" for "Jon Stewart").
  @Test func aNearMissBesideAWordOfTheNameWrittenExactly() throws {
    let corpus = try inventedCorpus([
      "housing.md": """
      The plan asks Fannie Mae and Freddie Mac to waive the fee, as Secretary Marcia Fudge said.
      Later, Fannie Mae agreed, and the comedian Jon Stewart thanked Marcia Fudge.
      The Council met twice.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("The plan asks Fanny Mae to waive the fee.") == ["Fanny"])
    #expect(misspelled("Secretary Marsha Fudge said so.") == ["Marsha"])
    #expect(misspelled("The comedian Jon Stuart spoke.") == ["Stuart"])
    // Another word before the name's is no near miss of it.
    #expect(misspelled("The plan asks Freida Mae to waive the fee.").isEmpty)
    #expect(misspelled("Secretary Marcia Fudge said so.").isEmpty)
    // After "The", which opens sentences before many words, one edit only.
    #expect(misspelled("The Counsel met.").isEmpty)
    #expect(misspelled("The Councl met.") == ["Councl"])
  }
}

extension NameFormsTests {
  /// A title in "-man" with its number changed ("Congresswomen" beside "Congresswoman") is no
  /// misspelling, alone or before a name written exactly.
  @Test func aTitleInManWithItsNumberChangedIsNoMisspelling() throws {
    let corpus = try inventedCorpus([
      "hearing.md": """
      Congresswoman Alma Rivers opened the hearing on the river delta, and Congresswoman Alma Rivers closed it.
      The Chairwoman of the basin board thanked the Congresswoman for the long hearing on the delta.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Congresswomen Alma Rivers and Dana Lee spoke.").isEmpty)
    #expect(misspelled("Two Congresswomen spoke at the hearing.").isEmpty)
    #expect(misspelled("Congreswoman Alma Rivers spoke.") == ["Congreswoman"])
    // The same title of a man ("Congressman" beside the corpus's "Congresswoman"), or of a
    // woman where the corpus has the man's.
    #expect(misspelled("Congressman Dale Ortiz opened the hearing.").isEmpty)
    let men = try inventedCorpus([
      "hearing.md": "Congressman Dale Ortiz opened the hearing on the delta, and Congressman Dale Ortiz closed it."
    ])
    #expect(flagged("Congresswoman Alma Rivers opened the hearing.", .nameMisspelled, corpus: men).isEmpty)
    #expect(flagged("Congresman Dale Ortiz opened the hearing.", .nameMisspelled, corpus: men) == ["Congresman"])
    // A name that only ends in "man" has no other number: "Caymen" is "Cayman" misspelt.
    let islands = try inventedCorpus([
      "holders.md": """
      Holdings in the delta are large.

      | Country | Holdings |
      |---|---|
      | Cayman Islands | $421.2 |
      | Solomon Islands | $1.2 |
      """
    ])
    #expect(flagged("Centers such as the Caymen Islands hold debt.", .nameMisspelled, corpus: islands) == ["Caymen"])
  }
}

extension NameFormsTests {
  /// A first name before a surname the corpus writes, but never after the name it resembles, is
  /// another person's name ("Jenniffer Rivers" where the corpus has "Jennifer Granholm" and
  /// "Congresswoman Rivers"); before the surname the corpus writes with that name, it is a
  /// misspelling ("Jenniffer Granholm").
  @Test func anotherPersonsFirstNameBeforeAKnownSurname() throws {
    let corpus = try inventedCorpus([
      "visit.md": """
      Secretary Jennifer Granholm visited the delta, and Jennifer Granholm met Congresswoman Rivers there.
      Congresswoman Rivers thanked the Secretary for the visit to the delta towns.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Jenniffer Rivers spoke at the hearing.").isEmpty)
    #expect(misspelled("Jenniffer Granholm spoke at the hearing.") == ["Jenniffer"])
    // Past another given name too.
    #expect(misspelled("Jenniffer Ann Rivers spoke at the hearing.").isEmpty)
    #expect(misspelled("Then Jenniffer spoke at the hearing.") == ["Jenniffer"])
  }
}

extension NameFormsTests {
  /// An agent noun's other ending alone ("Adviser" beside the corpus's "Advisor") is no
  /// misspelling; after the words of the corpus's title ("National Security Adviser" where it
  /// writes "National Security Advisor"), it is.
  @Test func anAgentNounsOtherEndingIsNoMisspelling() throws {
    let corpus = try inventedCorpus([
      "staff.md": """
      The National Security Advisor cleared the text, and the National Security Advisor signed it.
      The Advisor met the board in the delta town hall.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Hold it until the Legal Adviser clears it.").isEmpty)
    #expect(misspelled("Hold it until the National Security Adviser clears it.") == ["Adviser"])
    #expect(misspelled("Hold it until the Legal Advisro clears it.") == ["Advisro"])
  }
}

extension NameFormsTests {
  /// A name written only in a list of names is a name: a draft word is a near miss of it beside
  /// the name's other words, never alone.
  @Test func aNameOfAListIsMissedOnlyBesideItsOtherWords() throws {
    let corpus = try inventedCorpus([
      "roundtable.md": """
      The President met state lawmakers on Tuesday to discuss orchard funding.

      1.  Colorado State Senator Christopher Kolker (D)
      2.  Florida State Representative Christine Hunschofsky (D)

      The ports named were:

      -   Puerto Castilla, Honduras
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Florida Representative Christine Hunschofski joined the meeting.") == ["Hunschofski"])
    #expect(misspelled("The grower Isabel Castillo joined the meeting.").isEmpty)
  }
}

extension NameFormsTests {
  /// A word built on another word the corpus writes ("Tracker" of its "track") is no near miss of
  /// a name it resembles ("Thacker").
  @Test func aFormOfAnotherCorpusWordIsNoNearMiss() throws {
    let corpus = try inventedCorpus([
      "crew.md": """
      The harbor crew met Commissioner Alana Thacker on Monday. Crews track every vessel in the bay, and Thacker
      praised them.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Owner: the desk. Tracker: the harbor sheet.").isEmpty)
    #expect(misspelled("The crew met Commissioner Thackery on Monday.") == ["Thackery"])
  }
}

extension NameFormsTests {
  /// The first word of a name the corpus never writes with the resembling word ("Fannie Mae"
  /// where the corpus has a "Fannin" but no "Fannin Mae") is another name; one the corpus does
  /// write so, in the possessive too, is still a near miss.
  @Test func theFirstWordOfAnotherNameIsNoNearMiss() throws {
    let corpus = try inventedCorpus([
      "county.md": """
      Relief reached Fannin County on Monday, and Fannin officials thanked the crews. Congress passed Savanna's Act \\
      last year, and Senator Sherrod Brown spoke.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Homeowners with loans through Fannie Mae can defer payments.").isEmpty)
    #expect(misspelled("Relief reached Fannon County on Monday.") == ["Fannon"])
    #expect(misspelled("The law known as Savannah’s Act passed.") == ["Savannah"])
    #expect(misspelled("It passed with Senator Sherod Brown's help.") == ["Sherod"])
  }
}

extension NameFormsTests {
  /// A name the draft's prose writes three times or more, near a name the corpus writes at most
  /// twice, is the writer's own ("Micron" throughout, beside one "Macron"); once or twice, or
  /// near a name the corpus writes often, it is still a near miss. Text outside prose (a comment)
  /// does not count.
  @Test func aNameTheDraftWritesAgainAndAgainIsItsOwn() throws {
    let corpus = try inventedCorpus([
      "visit.md": """
      President Macron welcomed the delegation. The Tarvo basin talks went on, and Tarvo hosted them; Tarvo \\
      closed them.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Micron builds a fab. Micron hires staff. Micron pays well.").isEmpty)
    #expect(misspelled("Micron builds a fab. Micron hires staff.") == ["Micron", "Micron"])
    #expect(misspelled("<!-- Micron, Micron -->\n\nMicron builds a fab.") == ["Micron"])
    // Near a name the corpus writes often (the seed corpus's "Islamabad"), every one is a near miss.
    #expect(
      flagged("Talks in Islamabd went on. Islamabd hosted them. Islamabd closed them.", .nameMisspelled) == [
        "Islamabd", "Islamabd", "Islamabd",
      ])
  }
}

extension NameFormsTests {
  /// An ordinary word misspelt inside a name the corpus writes ("Minority Buisness Development
  /// Agency") is a near miss of the name's word, with two of the name's words beside it; not
  /// with fewer, not where the corpus writes the draft's word, and not for a plural or the other
  /// spelling convention.
  @Test func anOrdinaryWordMisspeltInsideAName() throws {
    let corpus = try inventedCorpus([
      "agency.md": """
      The Minority Business Development Agency helps firms grow. Small businesses thrive when
      lending is fair, and the business community agrees that minority development is an agency
      matter. The Public Service Loan Forgiveness program forgives loans, and forgiveness of a
      loan is a public service. The Joint Fire Science Program funds research; science guides a
      joint fire program. The Defense Logistics Agency moves fuel for the defense of the region,
      and logistics matter.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    let finding = try #require(
      findings("The Minority Buisness Development Agency met.", corpus: corpus).first { $0.rule == .nameMisspelled })
    #expect(finding.fixes.first?.edits.first?.newText == "Business")
    #expect(finding.message == "the corpus writes this name \"Minority Business Development Agency\"")
    #expect(misspelled("The Public Service Loan Forgivness program was written by Congress.") == ["Forgivness"])
    // One word of the name beside it is too little; words the corpus never writes so, nothing.
    #expect(misspelled("A Buisness Development plan.").isEmpty)
    #expect(misspelled("The Majority Buisness Council met.").isEmpty)
    // A plural, or the name's word in the other spelling convention, is no misspelling.
    #expect(misspelled("The Joint Fire Sciences Program met.").isEmpty)
    #expect(misspelled("The Defence Logistics Agency met.").isEmpty)
  }
}

extension NameFormsTests {
  /// A name the corpus writes only in headings ("### FROM: Shaun Donovan, Director") is a name:
  /// misspelt beside its other word, it is found; alone, or a title-case heading's word, it is
  /// matched only beside its other words.
  @Test func namesWrittenOnlyInHeadings() throws {
    let memos = try inventedCorpus([
      "memo.md": """
      ### FROM: Shaun Donovan, Director

      ## Rescission Of Guidance

      Agencies must protect their websites and report to the director every quarter.
      """
    ])
    #expect(flagged("The memo was signed by Shaun Donavan in 2016.", .nameMisspelled, corpus: memos) == ["Donavan"])
    #expect(flagged("The memo was signed by Donavan in 2016.", .nameMisspelled, corpus: memos).isEmpty)
    #expect(flagged("Their Recission came later.", .nameMisspelled, corpus: memos).isEmpty)
  }
}

extension NameFormsTests {
  /// A near miss of two names is the one the corpus writes five times as often as the other, and
  /// five times at least ("Nigera": "Nigeria" ten times, "Niger" once); of two names written
  /// about as often, it is neither.
  @Test func aNearMissOfTwoNamesIsTheFarMoreFrequentOne() throws {
    let lopsided = try inventedCorpus([
      "review.md": String(repeating: "In May, Nigeria conducted a review, and Nigeria reported cases. ", count: 5)
        + "The review team also visited Niger in May."
    ])
    #expect(flagged("The review in Nigera ended in May.", .nameMisspelled, corpus: lopsided) == ["Nigera"])
    let even = try inventedCorpus([
      "review.md": String(repeating: "In May, Nigeria conducted a review, and Niger reported cases. ", count: 5)
    ])
    #expect(flagged("The review in Nigera ended in May.", .nameMisspelled, corpus: even).isEmpty)
  }
}

extension NameFormsTests {
  /// A surname in "-er" written in "-or" after the given name the corpus writes with it is that
  /// person's name misspelt, however like an agent noun's other ending it looks.
  @Test func aSurnameAfterItsGivenNameIsNoAgentNoun() throws {
    let corpus = try inventedCorpus([
      "votes.md": """
      Voting for the action were Loretta J. Mester, Patrick Harker and Lael Brainard; the Board met in June.
      The Board thanked Loretta J. Mester for her service in the delta region.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("Loretta Mestor voted for the action.") == ["Mestor"])
    // After another given name, or none, still an agent noun's ending.
    #expect(misspelled("The Mestor voted for the action.").isEmpty)
  }
}

extension NameFormsTests {
  /// A name with an apostrophe inside ("O'Brien") is a name like any other; the fix keeps the
  /// writer's apostrophe, straight or curly.
  @Test func aNameWithAnApostropheInside() throws {
    let corpus = try inventedCorpus([
      "evidence.md": """
      As former Permanent Secretary Dame Una O’Brien told us, the delta is changing. We thank Dame Una O’Brien.
      """
    ])
    let finding = try #require(
      findings("Dame Una O'Brian told the committee.", corpus: corpus).first { $0.rule == .nameMisspelled })
    #expect(finding.message == "the corpus spells this name \"O’Brien\"")
    #expect(finding.fixes.first?.edits.first?.newText == "O'Brien")
    #expect(flagged("Dame Una O’Brian told the committee.", .nameMisspelled, corpus: corpus) == ["O’Brian"])
    #expect(flagged("Dame Una O'Brien told the committee.", .nameMisspelled, corpus: corpus).isEmpty)
  }
}

extension NameFormsTests {
  /// A land's name built on the corpus's adjective ("Antarctica" beside "Antarctic") and the
  /// plural of a word in "-ency" beside its "-ence" ("Excellencies" beside "Excellence") are
  /// other words, not misspellings.
  @Test func aLandOnItsAdjectiveAndAPluralInEnciesAreOtherWords() throws {
    let corpus = try inventedCorpus([
      "expedition.md": """
      The teams joined the Antarctic Expedition in March with polar partners.
      The Centre of Excellence opened, and the Centre of Excellence grew.
      """
    ])
    func misspelled(_ draft: String) -> [String] { flagged(draft, .nameMisspelled, corpus: corpus) }
    #expect(misspelled("- If asked about Antarctica: the science is joint.").isEmpty)
    #expect(misspelled("Excellencies, friends, welcome.").isEmpty)
    #expect(misspelled("The Antartic Expedition sailed.") == ["Antartic"])
    #expect(misspelled("The Centre of Exellence opened.") == ["Exellence"])
  }
}
