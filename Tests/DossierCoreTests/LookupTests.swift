import Foundation
import Testing

@testable import DossierCore

/// Hover lookups (`Analyzer.knowledge(at:in:corpus:)`): only ever about the words under the
/// cursor, the same from any of their characters, with evidence around them.
@Suite struct LookupTests {
  static let files = [
    "accord.txt": """
    The Harbor Accord was signed in 2014 by the port cities of Almaria and Belvon.
    Article 1
    The parties shall share dredging costs equally.
    Article 2
    Each party shall report its shipping tonnage every year.
    For the purposes of this Accord, "berth fee" means the charge levied on each vessel per day at berth.
    The harbor authority immediately published the berth fee schedule, and the berth fee rose in 2016.
    Dredging in Port Almarin is reviewed by the Joint Harbor Commission (JHC).
    """,
    "notes.md": """
    # Port notes

    The Joint Harbor Commission met in Port Almarin in 2015 to review the berth fee.
    Critics said the tidal surcharge and the berth fee should be merged.
    The board recalled tidal surcharge disputes with concern.
    The Joint Harbor Commission publishes its minutes every quarter.
    The costs of Article
    3 are shared by the cities.
    """,
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  /// The hover at each character of `item` in `text` (the first occurrence).
  func hovers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
    Self.hovers(item, in: text, corpus: corpus)
  }

  /// The same against another corpus; with `skippingSpaces`, not at the spaces between the item's
  /// words.
  static func hovers(_ item: String, in text: String, corpus: Corpus, skippingSpaces: Bool = false)
    -> [KnowledgeAtPosition?]
  {
    let draft = DraftDocument(text)
    let bytes = Array(text.utf8)
    let start = bytes.count - text[text.range(of: item)!.lowerBound...].utf8.count
    return (start..<start + item.utf8.count).filter { !skippingSpaces || bytes[$0] != 0x20 }.map {
      Analyzer.knowledge(at: $0, in: draft, corpus: corpus)
    }
  }

  @Test func aPhraseTheCorpusAbbreviatesGivesItsAcronymAndAPossessiveIsThePhrase() throws {
    let commission = try #require(
      hovers("Joint Harbor Commission", in: "Fees rose after the Joint Harbor Commission's review.").first ?? nil)
    #expect(commission.title == "Joint Harbor Commission")
    #expect(commission.aliases.contains("JHC"))
    #expect(commission.evidence.first?.quote.contains("(JHC)") == true)
    let possessive = hovers("Commission's", in: "Fees rose after the Joint Harbor Commission's review.")
    #expect(possessive.allSatisfy { $0?.title == "Joint Harbor Commission" })
  }

  @Test func aNameNumberedByTheNumberAfterItIsOneItem() throws {
    let rules = try inventedCorpus([
      "rules.md": """
      Pillar 2 introduces a minimum charge on every berth operator from 2025.
      In accordance with Standing Order No. 89, the debate now stands adjourned.
      """
    ])
    func answers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: rules, skippingSpaces: true)
    }
    #expect(
      answers("Pillar 2", in: "Ports will apply the Pillar 2 rules next year.").allSatisfy { $0?.title == "Pillar 2" })
    // "No" written either way; another number of the same name is one the corpus does not mention.
    let adjourned = answers("Standing Order No 89", in: "The debate stands adjourned under Standing Order No 89.")
    #expect(adjourned.allSatisfy { $0?.title == "Standing Order No 89" && $0?.evidence.first?.line == 2 })
    let other = answers("Standing Order No 90", in: "The debate stands adjourned under Standing Order No 90.")
    #expect(
      other.allSatisfy { $0?.isKnown == false && $0?.note == "The corpus does not mention Standing Order No 90." })
    // Not a sentence's first word with a count, nor a month's day.
    #expect(answers("Some 40", in: "Some 40 ships called.").allSatisfy { $0?.title != "Some 40" })
    #expect(answers("March 3", in: "The board met on March 3 again.").allSatisfy { $0?.title != "March 3" })
  }

  @Test func anInstrumentsNameWithAPartInParenthesesIsOneItem() throws {
    let laws = try inventedCorpus([
      "laws.md": "The Ministry's Harbor-2 (Temporary Measures) Act 2020 also offered relief to berth tenants."
    ])
    let item = "Harbor-2 (Temporary Measures) Act 2020"
    let known = Self.hovers(
      item, in: "Tenants got relief through the \(item) last year.", corpus: laws, skippingSpaces: true)
    #expect(known.allSatisfy { $0?.title == item && $0?.evidence.first?.line == 1 })
    let other = "Harbor (Amendment) Act 2031"
    let unknown = Self.hovers(other, in: "The \(other) passed.", corpus: laws, skippingSpaces: true)
    // (A reference: its word in parentheses is part of its name.)
    #expect(unknown.allSatisfy { $0?.isKnown == false && $0?.note == "The corpus does not cite \(other)." })
    // Parentheses around anything else are no part of a name.
    #expect(
      Self.hovers("Harbor", in: "The Harbor (as amended) Act passed.", corpus: laws).allSatisfy {
        $0?.title != "Harbor (as amended) Act"
      })
  }

  @Test func aNameOfSeveralWordsIsOneItemFromAnyCharacter() throws {
    let answers = hovers("Port Almarin", in: "Ships wait outside Port Almarin for days.")
    let first = try #require(answers.first ?? nil)
    #expect(first.title == "Port Almarin")
    #expect(answers.allSatisfy { $0?.title == first.title && $0?.range == first.range })
    #expect(first.evidence.first?.document == "accord.txt")
  }

  @Test func aNameLongerThanFiveWordsIsWholeFromAnyCharacter() throws {
    let basin = try inventedCorpus([
      "minutes.txt": """
      Delegates met the Joint Commission for the Protection of the Upper Basin in Vientiane.
      The Joint Commission for the Protection of the Upper Basin reports every year.
      """
    ])
    let name = "Joint Commission for the Protection of the Upper Basin"
    let text = "Farmers wrote to the \(name) about the dams."
    let answers = Self.hovers(name, in: text, corpus: basin, skippingSpaces: true)
    #expect(answers.allSatisfy { $0?.title == name })
  }

  @Test func aBodysNameWithAnAndIsOneUnknownNameFromAnyWord() throws {
    let text = "The Securities and Exchange Commission and Almaria and Kenya officials met."
    let answers = hovers("Securities and Exchange Commission", in: text)
    #expect(answers.allSatisfy { $0?.title == "Securities and Exchange Commission" && $0?.isKnown == false })
    // Not two places joined by "and".
    #expect(hovers("Almaria", in: text).allSatisfy { $0?.title != "Almaria and Kenya" })
  }

  @Test func aNameOpeningWithAnAcronymOrHoldingANumberIsOneItem() throws {
    let rules = try inventedCorpus([
      "rules.md": """
      The Harbor Acquisition Regulation (HAR) governs berth contracts. The HAR Council meets monthly.
      Drafts come from the Revised 508 Harbor Transition Workgroup of the ports.
      Vessels listed in 46 U.S.C. 2101 pay no berth fee.
      """
    ])
    func answers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: rules, skippingSpaces: true)
    }
    // The acronym's name, from each character, with the acronym's expansion.
    let council = answers("HAR Council", in: "The HAR Council approved it.")
    #expect(council.allSatisfy { $0?.title == "HAR Council" && $0?.definition == "HAR: Harbor Acquisition Regulation" })
    // The acronym alone is the acronym.
    #expect(answers("HAR", in: "The HAR applies.").allSatisfy { $0?.title == "HAR" })
    // A number inside a name is the name's.
    let workgroup = "Revised 508 Harbor Transition Workgroup"
    #expect(answers(workgroup, in: "It came from the \(workgroup) last year.").allSatisfy { $0?.title == workgroup })
    // A section of the Code with its sub-part, as the draft writes it.
    #expect(
      answers("46 U.S.C. 2101(a)", in: "Vessels under 46 U.S.C. 2101(a) are exempt.").allSatisfy {
        $0?.title == "46 U.S.C. 2101(a)" && $0?.isKnown == true
      })
  }

  @Test func aPartNamedWithItsInstrumentIsOneItem() throws {
    let acts = try inventedCorpus([
      "acts.md": """
      Radios are subject to Section 255 of the Harbor Communications Act, not to the berth rules.
      The Harbor Communications Act covers every port.
      Cranes follow Section 7 of the Harbor Safety and Dredging Act of 2003 (HSD Act).
      """
    ])
    func answers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: acts, skippingSpaces: true)
    }
    let item = "Section 255 of the Harbor Communications Act"
    #expect(
      answers(item, in: "Phones fall under \(item) today.").allSatisfy { $0?.title == item && $0?.isKnown == true })
    // The instrument alone is the instrument; another part of it is not this one.
    #expect(
      answers("Harbor Communications Act", in: "The Harbor Communications Act applies.").allSatisfy {
        $0?.title == "Harbor Communications Act"
      })
    let other = "Section 256 of the Harbor Communications Act"
    #expect(answers(other, in: "Phones fall under \(other) today.").allSatisfy { $0?.isKnown == false })
    // The instrument named otherwise where the corpus writes the part: the corpus's use.
    let short = "Section 7 of the HSD Act"
    #expect(answers(short, in: "Cranes fall under \(short) today.").allSatisfy { $0?.isKnown == true })
    // A part's heading serves for the instrument its document is, not for another it mentions.
    let accord = try inventedCorpus([
      "harbor-accord.txt": """
      The parties recall the Tidal Protocol of 1990.
      Article 2
      The parties shall share dredging costs equally.
      """
    ])
    func accordAnswer(_ item: String) throws -> KnowledgeAtPosition {
      let text = "\(item) applies."
      return try #require(Analyzer.knowledge(at: 2, in: DraftDocument(text), corpus: accord))
    }
    #expect(try accordAnswer("Article 2 of the Harbor Accord").definition?.contains("dredging costs") == true)
    #expect(try accordAnswer("Article 2 of the Tidal Protocol").isKnown == false)
  }

  @Test func anUnknownNamesNumberIsItsLastWord() throws {
    let ending = "The order was aimed above all at Nord Stream 2."
    #expect(hovers("Nord Stream 2", in: ending).allSatisfy { $0?.title == "Nord Stream 2" && $0?.isKnown == false })
    // Not a count of what follows it.
    let counting = "Officials said Nord Stream 2 pipelines were built."
    #expect(hovers("Nord Stream", in: counting).allSatisfy { $0?.title == "Nord Stream" })
    // Nor a number after lower-case words.
    #expect(hovers("15", in: "The agency set a goal of 15.").allSatisfy { $0?.kind != "name" })
    #expect(hovers("15", in: "The agency set a goal of 15% for the year.").allSatisfy { $0?.kind != "name" })
  }

  @Test func aNumberWordInsideAPhraseIsThePhrases() throws {
    let contracts = try inventedCorpus([
      "order.txt": """
      A successor contractor shall offer the employees of the predecessor contract a right of first refusal of employment.
      There shall be no employment openings until such right of first refusal has been provided.
      """
    ])
    let text =
      "A successor contractor must give the outgoing staff a right of first refusal before it fills any openings."
    let draft = DraftDocument(text)
    let start = text.utf8.count - text[text.range(of: "first refusal")!.lowerBound...].utf8.count
    // Not "first" the ordinal of the corpus's statement: the phrase.
    let answer = Analyzer.knowledge(at: start, in: draft, corpus: contracts)
    #expect(answer?.title == "right of first refusal")
  }

  @Test func aValueIsOneItemFromAnyCharacterItsSymbolsAndCommasToo() throws {
    let measures = try inventedCorpus([
      "basin.txt": """
      The basin has warmed by around 1.1 °C since the records began.
      The commission held its inaugural meeting on March 3, 2011, in Vientiane.
      """
    ])
    func answers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: measures)
    }
    // The "°" of "1.4 °C" and the comma of "March 3, 2011" are the value's as much as its digits.
    for (item, text, title) in [
      ("1.4 °C", "The basin has warmed by around 1.4 °C since the records began.", "1.1 °C"),
      ("March 3, 2011", "The commission held its inaugural meeting on March 3, 2011, in Vientiane.", "March 3, 2011"),
    ] {
      let all = answers(item, in: text)
      let first = try #require(all.first ?? nil)
      #expect(first.title == title)
      #expect(all.allSatisfy { $0?.title == first.title && $0?.range == first.range }, "\(item)")
    }
  }

  @Test func aTermIsFoundOnWordBoundariesWithItsFormalDefinition() throws {
    let answer = try #require(hovers("berth fee", in: "The berth fee doubled.").first ?? nil)
    #expect(answer.title == "berth fee")
    #expect(answer.definition?.contains("the charge levied on each vessel") == true)
    // "Tel" in "immediately" is no use of a name: a word never matches inside another.
    #expect(hovers("Tel", in: "Officials in Tel met.").allSatisfy { $0 == nil })
  }

  @Test func aPhraseInThePluralIsTheCorpusPhraseInTheSingular() throws {
    let answers = hovers("tidal surcharges", in: "Both tidal surcharges were merged.")
    #expect(answers.allSatisfy { $0?.title == "tidal surcharge" && $0?.isKnown == true })
    #expect(answers.first??.evidence.first?.document == "notes.md")
    // A word the corpus never writes in either number is no phrase of its.
    #expect(hovers("tidal storms", in: "Both tidal storms were merged.").allSatisfy { $0?.title != "tidal surcharge" })
    #expect(WordForms.singulars(of: "policies") == ["policy", "polici", "policie"])
    #expect(WordForms.singulars(of: "accounts") == ["account"])
    #expect(WordForms.singulars(of: "process").isEmpty && WordForms.singulars(of: "basis").isEmpty)
  }

  @Test func aValueNoClaimAlignsWithShowsTheCorpusStatementOfTheSameValueAboutTheSameThing() throws {
    let corpus = try inventedCorpus([
      "order.md": """
      The Secretary shall assist the inquiry into the harbor blast in Almaria on February 14, 2005, that resulted \
      in the death of Governor Rafiq Belvon.

      Penalties shall not apply if the owner divests its business with the entity not later than June 6, 2013.
      """
    ])
    func answer(_ item: String, in text: String) -> KnowledgeAtPosition? {
      let start = text.utf8.count - text[text.range(of: item)!.lowerBound...].utf8.count
      return Analyzer.knowledge(at: start, in: DraftDocument(text), corpus: corpus)
    }
    // The same date, with the sentence's names, or four of its words.
    let blast = try #require(
      answer("February 14, 2005", in: "The bombing that killed Rafiq Belvon took place on February 14, 2005."))
    #expect(blast.title == "February 14, 2005" && blast.evidence.first?.line == 1 && blast.note == nil)
    let divest = try #require(
      answer(
        "June 6, 2013",
        in: "An owner escapes penalties if it divests its business with the entity no later than June 6, 2013."))
    #expect(divest.evidence.first?.line == 3)
    // Three words in common are not enough without a name.
    #expect(answer("June 6, 2013", in: "An owner may sell its business by June 6, 2013.") == nil)
    // The same date about something else, or another date: nothing (never a verdict).
    #expect(answer("February 14, 2005", in: "The new port opened to shipping on February 14, 2005.") == nil)
    #expect(
      answer("February 15, 2005", in: "The bombing that killed Rafiq Belvon took place on February 15, 2005.") == nil)
  }

  @Test func aDefinitionMayScopeItselfBeforeItsVerb() throws {
    let orders = try inventedCorpus([
      "order.md": """
      Sec. 1. The Secretary may restrict any tidal clearing house that trades in dredged sand.

      Sec. 2. For this order:

      (a) the term “tidal clearing house,” as used in section 1 of this order, means any firm that settles \
      payments for harbor dues;

      (b) the term “dock ledger” shall mean the record of berths, as used in section 1.
      """
    ])
    let text = "A tidal clearing house must register."
    let start = text.utf8.count - text[text.range(of: "tidal")!.lowerBound...].utf8.count
    let answer = try #require(Analyzer.knowledge(at: start, in: DraftDocument(text), corpus: orders))
    #expect(answer.title == "tidal clearing house")
    #expect(answer.definition?.contains("settles payments for harbor dues") == true)
  }

  @Test func aQuestionsAnswerAndWhatSomethingOccursWhenDefineIt() throws {
    let faq = try inventedCorpus([
      "faq.md": """
      * Q1: What does “berth fee” mean?
      * Q2: What is a dock ledger?

      Q1: What does “berth fee” mean? A: A berth fee is the charge levied on each vessel per day at berth.

      Q2: What is a dock ledger?

      The dock ledger records every berth assigned in the harbor, by day.

      The Silting Effect occurs when dredged sand returns to a channel within a season.

      Why does the tide matter for the harbor? Every berth fee depends on the tide tables.

      The spring tide means that every berth fee doubles.

      No port may impose a tidal burden (significant delay or expense) on a vessel at berth. A tidal burden
      is rare.

      Berths are assigned in the harbor basin (in Belvon) each morning.
      """
    ])
    func definition(_ phrase: String, in text: String) throws -> String? {
      let start = text.utf8.count - text[text.range(of: phrase)!.lowerBound...].utf8.count
      return try #require(Analyzer.knowledge(at: start, in: DraftDocument(text), corpus: faq)).definition
    }
    // The answer after the question in its paragraph, or in the next, past the list of questions.
    #expect(try definition("berth fee", in: "Each berth fee is due daily.")?.contains("charge levied") == true)
    #expect(try definition("dock ledger", in: "The dock ledger is open.")?.contains("records every berth") == true)
    #expect(try definition("Silting Effect", in: "The Silting Effect is costly.")?.contains("dredged sand") == true)
    // A question about something else defines nothing: "tide" is no question's subject here.
    #expect(faq.formalDefinition(of: "tide") == nil)
    // "means that" is a consequence.
    #expect(faq.formalDefinition(of: "spring tide") == nil)
    // A gloss in parentheses right after it defines it; a place or a citation there does not.
    #expect(try definition("tidal burden", in: "A tidal burden arises.")?.contains("significant delay") == true)
    #expect(faq.formalDefinition(of: "harbor basin") == nil)
  }

  @Test func aFirstUseIsTextWithThePhraseAsWrittenNotAHeadingOrAName() throws {
    let decision = try inventedCorpus([
      "decision.txt": """
      Tidal surcharge
      Decides that the Tidal Surcharge Fund shall be reviewed by the board;
      Decides that the tidal surcharge shall be paid by every vessel at berth;
      The tidal surcharge rose in 2016.
      """
    ])
    // Not the heading, nor the name's use: the first operative clause, before running prose.
    #expect(decision.firstUse(of: "tidal surcharge")?.line == 3)
    #expect(decision.firstUse(of: "Tidal Surcharge Fund")?.line == 2)
  }

  @Test func aCountOfTheSameNamedThingShowsTheCorpusSentenceThatStatesIt() throws {
    let ferries = try inventedCorpus([
      "inquiry.txt": """
      The inquiry into the Almaria ferry recorded the deaths of 46 passengers in March 2014.
      The Belvon harbour handled 900 vessels in 2015.
      """
    ])
    // (Asked at the value's first character.)
    func hover(_ draft: String) -> KnowledgeAtPosition? { Self.hovers("46", in: draft, corpus: ferries).first ?? nil }
    // One shared word, a name: the same number of the same thing of the same ferry.
    let sinking = "The sinking of the Almaria killed 46 passengers, a report found."
    let same = try #require(hover(sinking))
    #expect(same.note == nil)
    #expect(same.evidence.first?.quote.contains("46 passengers") == true)
    // The count and its noun are one item, the same from either.
    #expect(String(decoding: Array(sinking.utf8)[same.range], as: UTF8.self) == "46 passengers")
    let fromNoun = Self.hovers("passengers", in: sinking, corpus: ferries)
    #expect(fromNoun.allSatisfy { $0?.range == same.range && $0?.evidence.first?.line == same.evidence.first?.line })
    // Another ferry's 46 passengers, and another number, are not what the corpus says.
    #expect(hover("The sinking of the Tavira killed 46 passengers, a report found.")?.evidence.isEmpty ?? true)
    #expect(hover("The sinking of the Almaria killed 46 crew, a report found.")?.evidence.isEmpty ?? true)
  }

  @Test func aLengthWrittenAsAModifierStaysWordsOfTheClause() throws {
    let orders = try inventedCorpus([
      "order.txt": """
      The order prohibits any United States financial institution from making loans or providing credits \
      to the sanctioned person totaling more than $10,000,000 in any 12-month period unless such person \
      is engaged in activities to relieve human suffering.
      """
    ])
    // "12-month" is a length and still words the draft shares with the corpus sentence.
    let draft = "A sanctioned person may not borrow more than $10,000,000 from U.S. banks in any 12-month period."
    let hover = try #require(Self.hovers("$10,000,000", in: draft, corpus: orders).first ?? nil)
    #expect(hover.evidence.first?.quote.contains("$10,000,000") == true)
  }

  @Test func aYearOfTheSameThingShowsTheCorpusSentenceThatStatesIt() throws {
    let reviews = try inventedCorpus([
      "charter.txt": """
      The basin states shall undertake their first sediment review in 2026 and every five years thereafter.
      The harbour authority opened its new terminal in 2026 after a long delay.
      """
    ])
    // (Asked at the value's first character.)
    func hover(_ draft: String) -> KnowledgeAtPosition? { Self.hovers("2026", in: draft, corpus: reviews).first ?? nil }
    // Two shared words, one of them the thing the year is the time of ("review"; "take place"
    // says nothing of what): what the corpus says, never a difference.
    let same = try #require(hover("The charter required the first sediment review to take place in 2026."))
    #expect(same.note == nil)
    #expect(same.evidence.first?.line == 1)
    // The same year of something else, sharing words but not what the year is the time of, is
    // not what the corpus says of it.
    #expect(hover("The charter required the sediment basin terminal to open in 2026.")?.evidence.first?.line != 1)
    #expect(hover("The first sediment sample was lost in 2026.")?.evidence.isEmpty ?? true)
  }

  @Test func aPhraseIsNarrowedToATermInsideItOnlyPastAVerb() throws {
    let minutes = try inventedCorpus([
      "minutes.txt": """
      The committee reaffirmed flexible inflation targeting as its framework for the coming year.
      Under flexible inflation targeting the committee also weighs growth in its decisions.
      Inflation targeting anchors expectations, and inflation targeting needs credibility.
      Critics of inflation targeting say that inflation targeting ignores supply shocks.
      Members said inflation targeting had served the economy well in the review.
      Members must address loss and damage, and address loss and damage soon.
      They addressed the gap, are addressing the backlog and will address delays in the review.
      The minimum qualifying salary rises; the minimum qualifying salary for new passes is higher.
      The minimum wage, the minimum standard and the minimum age apply to every pass.
      The qualifying salary of a pass holder rises, as qualifying salary rules say.
      A qualifying salary is set; each qualifying salary is reviewed, and qualifying salary bands move.
      Loss and damage rose; loss and damage costs grew; loss and damage funds lag.
      """
    ])
    // "flexible" is no verb: the term is the phrase, from every word.
    let flexible = Self.hovers(
      "flexible inflation targeting", in: "The bank moved to flexible inflation targeting in 2016.", corpus: minutes,
      skippingSpaces: true)
    #expect(flexible.allSatisfy { $0?.title == "flexible inflation targeting" })
    // Nor a word before it that is no verb, however often the phrase inside is written alone.
    let minimum = Self.hovers(
      "minimum qualifying salary", in: "Holders must earn the minimum qualifying salary today.", corpus: minutes,
      skippingSpaces: true)
    #expect(minimum.allSatisfy { $0?.title == "minimum qualifying salary" })
    // "address" is a verb (the corpus writes "addressed"): the term is the phrase inside.
    let address = Self.hovers("loss", in: "Ministers will address loss and damage.", corpus: minutes)
    #expect(address.allSatisfy { $0?.title == "loss and damage" })
  }

  @Test func aNumberedDesignationShowsItsHeadingAndOnlyThatNumber() throws {
    let article = try #require(hovers("Art. 2", in: "Under Art. 2 each party reports.").first ?? nil)
    #expect(article.title == "Article 2")
    #expect(article.definition?.contains("shipping tonnage") == true)
    #expect(article.evidence.first?.line == 4)
    // A use wrapped across two lines is a use, never a heading.
    let wrapped = try #require(hovers("Article 3", in: "Under Article 3 costs are shared.").first ?? nil)
    #expect(wrapped.isKnown && wrapped.definition == nil)
    let unknown = try #require(hovers("Article 9", in: "Under Article 9 parties may leave.").first ?? nil)
    #expect(!unknown.isKnown)
    #expect(unknown.evidence.isEmpty)
    #expect(unknown.note == "The corpus does not mention Article 9.")
  }

  @Test func designationsAreOnlyPartsOfInstrumentsEachOnItsOwn() throws {
    let listed = hovers("Article 1", in: "Under Article 1, Article 2 and Article 9 the parties act.")
    #expect(listed.allSatisfy { $0?.title == "Article 1" })
    // The text under a heading stops at the next heading.
    #expect(listed.first??.definition?.contains("shipping tonnage") == false)
    #expect(hovers("Nearly 200", in: "Nearly 200 ships called.").allSatisfy { $0 == nil || $0?.title != "Nearly 200" })
  }

  @Test func aRecalledPhraseIsNoDefinition() throws {
    let explanation = try #require(corpus.explain("tidal surcharge"))
    // Lines of a definition are indented by two spaces; citations by four.
    #expect(!explanation.split(separator: "\n").contains { $0.hasPrefix("  ") && !$0.hasPrefix("    ") })
  }

  @Test func anInstrumentOrNameTheCorpusNeverWritesIsNotAnotherOne() throws {
    // The corpus knows the Harbor Accord and Almaria, not these.
    for (item, text) in [
      ("Almaria Joint Statement", "The Almaria Joint Statement was vague."),
      // A body's name ending the run: not the place it opens with.
      ("Almaria Port Authority", "Like the Almaria Port Authority, the board sets fees."),
      ("Almaria Qzx Vole", "Almaria Qzx Vole spoke first."),
    ] {
      for answer in hovers(item, in: text) {
        #expect(answer?.isKnown != true, "\(item)")
        #expect(answer?.evidence.isEmpty ?? true, "\(item)")
      }
    }
  }

  @Test func aCodedIdentifierIsOneItemKnownOrNotNeverItsNamesFirstWord() throws {
    let directives = try inventedCorpus([
      "bod.md": """
      The Harbor Safety Office (HSO) issues binding notices to port operators.
      Binding Harbor Notice 22-01 requires operators to patch cranes within two weeks.
      Under memo M-15-13 every berth must publish its fees, and alert AA20-352A lists the rogue tugs.
      Proclamation 8693 closed the outer berths, and M-commerce grew.
      """
    ])
    func answers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: directives)
    }
    // Known: the same item from every character, the name's words included.
    for (item, text, title) in [
      ("Binding Harbor Notice 22-01", "Binding Harbor Notice 22-01 covers cranes.", "Binding Harbor Notice 22-01"),
      ("M-15-13", "Fees follow M-15-13, the 2015 memo.", "M-15-13"),
      ("AA20-352A", "See AA20-352A for the tugs.", "AA20-352A"),
      ("Proclamation 8693", "Proclamation 8693 shut the berths.", "Proclamation 8693"),
    ] {
      let found = answers(item, in: text)
      #expect(found.allSatisfy { $0?.title == title && $0?.isKnown == true }, "\(item)")
      #expect(found.first??.evidence.first?.line == (item.hasPrefix("Proc") ? 4 : item.hasPrefix("Bind") ? 2 : 3))
    }
    // Unknown: said so, from every character; never "Binding Harbor Notice" or "M" with another
    // one's evidence.
    for (item, text) in [
      ("Binding Harbor Notice 23-01", "Binding Harbor Notice 23-01 will follow."),
      ("M-22-09", "The deadlines in M-22-09 apply."),
      ("Proclamation 8694", "Proclamation 8694 reopened them."),
    ] {
      let found = answers(item, in: text)
      #expect(found.allSatisfy { $0?.isKnown == false && $0?.evidence.isEmpty == true }, "\(item)")
      #expect(found.allSatisfy { $0?.title == item }, "\(item)")
    }
    // With what the corpus does cite of that kind: the codes after the same name, or with the
    // same letters (not "M-commerce", which has no number).
    #expect(
      answers("Binding Harbor Notice 23-01", in: "Binding Harbor Notice 23-01 will follow.").first??.note
        == "The corpus does not cite Binding Harbor Notice 23-01. It cites Binding Harbor Notice 22-01.")
    #expect(
      answers("M-22-09", in: "The deadlines in M-22-09 apply.").first??.note
        == "The corpus does not cite M-22-09. It cites M-15-13.")
    // Numbered with periods: letters and digits ("E202.2"), or a number after an acronym.
    let dotted = try inventedCorpus([
      "rules.md": """
      Old cranes fall under exception E202.2 of the harbor standards.
      Berth contracts follow HAR 39.205 on exemptions, at a cost of $1.90 a ton.
      Complaints follow 46 CFR 255.6 in every port.
      """
    ])
    func dottedAnswers(_ item: String, in text: String) -> [KnowledgeAtPosition?] {
      Self.hovers(item, in: text, corpus: dotted)
    }
    #expect(
      dottedAnswers("E202.2", in: "We rely on E202.2 here.").allSatisfy { $0?.title == "E202.2" && $0?.isKnown == true }
    )
    #expect(
      dottedAnswers("E202.8", in: "We rely on E202.8 here.").allSatisfy {
        $0?.title == "E202.8" && $0?.isKnown == false
      })
    #expect(
      dottedAnswers("HAR 39.205", in: "The file holds what HAR 39.205 asks.").allSatisfy {
        $0?.title == "HAR 39.205" && $0?.isKnown == true
      })
    #expect(
      dottedAnswers("46 CFR 255.6", in: "They act under 46 CFR 255.6 now.").allSatisfy {
        $0?.title == "46 CFR 255.6" && $0?.isKnown == true
      })
    // Not a sum, nor a decimal after a word that is no acronym.
    #expect(dottedAnswers("1.90", in: "It costs $1.90 a ton.").allSatisfy { $0?.kind != "reference" })
    #expect(dottedAnswers("2.1", in: "Then Version 2.1 came.").allSatisfy { $0?.kind != "reference" })
    // A plain number of three digits after an acronym, not a year nor an amount in a currency.
    #expect(dottedAnswers("HAR 390", in: "The file holds what HAR 390 asks.").allSatisfy { $0?.title == "HAR 390" })
    #expect(dottedAnswers("2018", in: "The HAR 2018 review.").allSatisfy { $0?.kind != "reference" })
    #expect(dottedAnswers("2.5", in: "It cost USD 2.5 billion.").allSatisfy { $0?.kind != "reference" })
    #expect(dottedAnswers("500", in: "It cost USD 500 million.").allSatisfy { $0?.kind != "reference" })
    // A range of years, a day range and one number after a hyphen are no codes.
    #expect(answers("2021-2022", in: "Fees rose in 2021-2022.").allSatisfy { $0?.kind != "reference" })
    #expect(answers("15-20", in: "Berths closed on January 15-20.").allSatisfy { $0?.kind != "reference" })
    #expect(answers("COVID-19", in: "COVID-19 closed the berths.").allSatisfy { $0?.kind != "reference" })
  }

  @Test func aCodesTitleIsTheOneItsCitationGives() throws {
    let memo = try inventedCorpus([
      "memo.md": """
      Consistent with memo H-05-08,[^3] each harbor names a berth officer.

      Memo H-07-16, as amended, sets the fees, and memo H-09-01, see above, the tides.

      [^3]: Harbor Memo H-05-08, *Designation of Senior Berth Officers for Safety* (Feb. 11, 2005).
      """
    ])
    func answer(_ item: String, in text: String) throws -> KnowledgeAtPosition {
      let start = text.utf8.count - text[text.range(of: item)!.lowerBound...].utf8.count
      return try #require(Analyzer.knowledge(at: start, in: DraftDocument(text), corpus: memo))
    }
    let cited = try answer("H-05-08", in: "The officers answer to H-05-08.")
    #expect(cited.definition == "Designation of Senior Berth Officers for Safety")
    #expect(cited.evidence.first?.line == 5)
    // Words after a comma that are no title in italics or quotation marks are none.
    #expect(try answer("H-07-16", in: "Fees follow H-07-16.").definition == nil)
    #expect(try answer("H-09-01", in: "Tides follow H-09-01.").definition == nil)
  }

  @Test func theWordAfterAnOpeningParenthesisIsTheOneHovered() throws {
    let text = "The Joint Harbor Commission (JHC) met."
    let draft = DraftDocument(text)
    let offset = text.utf8.count - text[text.range(of: "JHC")!.lowerBound...].utf8.count
    let answer = try #require(Analyzer.knowledge(at: offset, in: draft, corpus: corpus))
    #expect(answer.title == "JHC")
    #expect(answer.definition == "Joint Harbor Commission")
  }

  @Test func anOrdinaryWordOrAnUnstatedYearGetsNoHover() {
    #expect(hovers("shipping", in: "Global shipping slowed.").allSatisfy { $0 == nil })
    #expect(hovers("1990", in: "Trade fell in 1990.").allSatisfy { $0 == nil })
  }

  @Test func explainTellsHowOftenAPhraseIsUsedWithItsDefinition() throws {
    let term = try #require(corpus.explain("berth fee"))
    #expect(term.contains("the charge levied on each vessel"))
    let phrase = try #require(corpus.explain("tidal  surcharge"))
    #expect(phrase.hasPrefix("tidal surcharge (used 2 times in the corpus)"))
    #expect(phrase.contains("notes.md:4"))
    #expect(corpus.explain("qzx vole") == nil)
  }

  @Test func excerptsAreCutOnWordsAroundTheItemWithTheLineItStandsOn() {
    let quote =
      String(repeating: "alpha beta gamma ", count: 20) + "\nthe berth fee rose "
      + String(
        repeating: "delta epsilon ", count: 20)
    let evidence = Evidence(document: "x.txt", folder: nil, line: 10, range: 0..<quote.utf8.count, quote: quote)
    let excerpt = EvidenceExcerpt(evidence, around: ["Berth Fee"], limit: 60)
    #expect(excerpt.line == 11)
    #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
    #expect(excerpt.text.contains("the berth fee rose"))
    #expect(!excerpt.text.contains("\n"))
    // Whole words only at both cuts.
    let words = excerpt.text.dropFirst().dropLast().split(separator: " ")
    #expect(
      words.allSatisfy { ["alpha", "beta", "gamma", "the", "berth", "fee", "rose", "delta", "epsilon"].contains($0) })
    // An inflected use is a use; a longer word is not.
    let inflected = Evidence(
      document: "x.txt", folder: nil, line: 1, range: 0..<0,
      quote: String(repeating: "alpha ", count: 30) + "\nthe goods were reexported to the port")
    #expect(EvidenceExcerpt(inflected, around: ["reexport"], limit: 30).text.contains("reexported"))
    #expect(EvidenceExcerpt(inflected, around: ["reex"], limit: 30).line == 1)
    // A short word takes no ending: "Ban" is not in "Band".
    let band = Evidence(document: "x.txt", folder: nil, line: 1, range: 0..<0, quote: "The Band played.")
    #expect(!EvidenceExcerpt(band, around: ["Ban"]).matched)
    // Lines end at "\r\n" and at a lone "\r" too.
    let crlf = Evidence(document: "x.txt", folder: nil, line: 3, range: 0..<0, quote: "one\r\ntwo\rthe berth fee")
    #expect(EvidenceExcerpt(crlf, around: ["berth fee"]).line == 5)
    // No match: the passage's start, on its own line.
    #expect(EvidenceExcerpt(evidence, around: ["nowhere"], limit: 60).line == 10)
  }
}

extension LookupTests {
  /// A phrase with a word no document writes is found nowhere without reading the documents;
  /// its last word may still be written with an ending ("reexport" in "reexported").
  @Test func aPhraseWithAWordNeverWrittenIsNowhere() throws {
    let corpus = try inventedCorpus([
      "trade.md": "Sand reexported from the delta reached the coast. The Tidal Surcharge Fund pays the fleets."
    ])
    #expect(corpus.hasWordNeverWritten(Array("tidal surcharge fund".utf8)) == false)
    #expect(corpus.hasWordNeverWritten(Array("tidal levy fund".utf8)) == true)
    #expect(corpus.hasWordNeverWritten(Array("sand reexport".utf8)) == false)
    // (Words of other characters are not asked.)
    #expect(corpus.hasWordNeverWritten(Array("e.o. 14017".utf8)) == false)
    #expect(corpus.firstUse(of: "Tidal Surcharge Fund")?.line == 1)
    #expect(corpus.firstUse(of: "Tidal Levy Fund") == nil)
    #expect(corpus.firstUse(of: "sand reexport")?.line == 1)
  }
}
