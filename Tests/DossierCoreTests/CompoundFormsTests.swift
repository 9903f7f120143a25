import DossierCore
import Testing

/// Compounds derived from a corpus's own usage: open, closed and hyphenated forms, counted.
@Suite struct CompoundFormsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "delta.txt": """
      The commission finished its first stocktake of the delta in 2020 after long delays.
      A second stocktake is planned for the dry season of the coming decade.
      Every stocktake counts the stock of fish and what the fleets take from the river.
      Sand reexported from the delta reached the coast within a single season.
      The reexportation of sand is now licensed by the commission and its members.
      The fleets export sand and fish to the coast every year without a licence.
      About 40 per cent of the fish are caught in the wet season by the fleets.
      Nearly 12 per cent of the catch is exported, and 3 per cent is sold locally.
      The flood-prone villages of the delta moved inland after the great flood.
      Many flood-prone districts have no dykes, and the flood-prone farms are insured.
      The commission may be asked to act, and the members may be consulted every day.
      Results may be published in the annual report that members read every day.
      Plans may be revised when the commission meets to review the work of every day.
      Floods hit the delta in the long-term average, but the long-term plan is new.
      The term of the commission runs for a decade, and each term is renewable.
      The basin programme runs over a time frame of ten years for the whole delta.
      Its time frame was set in 2019, and a shorter time frame applies to the dykes.
      The first time frame ended early, and later timeframes were longer in the plan.
      The commission has a cybersecurity office, and its cybersecurity staff train members in security.
      """
    ])
  }

  @Test func closedCompoundsRejectTheirHyphenatedAndOpenForms() {
    #expect(flagged("The first stock-take ended in 2020.", .termVariant, corpus: corpus) == ["stock-take"])
    #expect(flagged("The first stock take ended in 2020.", .termVariant, corpus: corpus) == ["stock take"])
    #expect(flagged("The first stocktake ended in 2020.", .termVariant, corpus: corpus).isEmpty)
    // The parts on their own are words, not variants.
    #expect(flagged("They take stock of the fish.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func aClosedCompoundsInflectionsShareItsRejection() throws {
    let finding = try #require(
      findings("Firms that re-export sand need a licence.", corpus: corpus).first { $0.rule == .termVariant })
    #expect(finding.fixes.first?.edits.first?.newText == "reexport")
    #expect(flagged("Firms re-exported sand.", .termVariant, corpus: corpus) == ["re-exported"])
    // A prefix that makes other words hyphenated splits only at a doubled vowel.
    #expect(flagged("The members re-sign the treaty and re-form the board.", .termVariant, corpus: corpus).isEmpty)
  }

  /// A closed word split by a draft is no variant when the corpus writes another of its
  /// inflections hyphenated ("re-designating" beside "redesignated").
  @Test func aSplitIsNoVariantWhereTheCorpusHyphenatesAnotherInflection() throws {
    let closed = "The board redesignated the firm. It redesignated two banks. The banks were redesignated."
    let consistent = try inventedCorpus(["a.md": closed])
    #expect(flagged("The firm was re-designated.", .termVariant, corpus: consistent) == ["re-designated"])
    let mixed = try inventedCorpus(["a.md": closed, "b.md": "The board is also re-designating one bank."])
    #expect(flagged("The firm was re-designated.", .termVariant, corpus: mixed).isEmpty)
  }

  /// A short closed word ("signup", six letters) the corpus also writes hyphenated ("sign-up") is
  /// no preference of the corpus's: a draft's "sign-ups" follows it.
  @Test func aShortClosedWordTheCorpusAlsoHyphenatesIsNoVariant() throws {
    let closed = "Each signup is checked. Two signups failed. The signup page is new."
    let consistent = try inventedCorpus(["a.md": closed])
    #expect(flagged("The sign-ups rose.", .termVariant, corpus: consistent) == ["sign-ups"])
    let mixed = try inventedCorpus(["a.md": closed, "b.md": "The sign-up page asks for an email address."])
    #expect(flagged("The sign-ups rose.", .termVariant, corpus: mixed).isEmpty)
  }

  @Test func capitalisedVariantsCountAtAnItemStartOnly() {
    #expect(flagged("- Cyber security training for members.", .termVariant, corpus: corpus) == ["Cyber security"])
    #expect(flagged("The team met the Cyber Security Agency of the region.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func boundOpenPairsRejectTheirClosedForm() throws {
    let finding = try #require(
      findings("About 40 percent of the fish are caught.", corpus: corpus).first { $0.rule == .termVariant })
    #expect(finding.fixes.first?.edits.first?.newText == "per cent")
    // "may be" and "every day" are no compounds: "maybe" and "everyday" are other words.
    #expect(flagged("Maybe the everyday work of members will change.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func hyphenatedModifiersRejectTheOpenFormOnlyBeforeANoun() {
    #expect(flagged("The flood prone villages moved.", .termVariant, corpus: corpus) == ["flood prone"])
    #expect(flagged("The villages are flood prone.", .termVariant, corpus: corpus).isEmpty)
    // "term" is a word of its own in the corpus: "long-term" leaves "the long term" alone.
    #expect(flagged("In the long term villages move.", .termVariant, corpus: corpus).isEmpty)
  }

  /// An open pair the corpus writes only as a noun ("disrupt the supply chain") says nothing of
  /// how it is written before a noun it modifies, where a hyphen is the usual style ("the
  /// supply-chain effort"); as a noun, the hyphenated form is still a variant. A corpus that
  /// writes the pair open before a noun ("supply chain audits") makes it one there too.
  @Test func anOpenPairHyphenatedAsAModifierIsAVariantOnlyWhereTheCorpusModifiesWithIt() throws {
    let nouns = try inventedCorpus([
      "ports.md": """
      The board will disrupt the supply chain for the parts that reach the delta.
      Every supply chain of the fleets runs through three ports on the coast.
      The supply chain for spare parts is long, and the board maps the supply chain each year.
      It maps the supply chain including its brokers, and the supply chain expanded.
      """
    ])
    #expect(flagged("The board leads a supply-chain review of the ports.", .termVariant, corpus: nouns).isEmpty)
    #expect(flagged("Each year the board maps the supply-chain.", .termVariant, corpus: nouns) == ["supply-chain"])
    let modifiers = try inventedCorpus([
      "ports.md": """
      The board will disrupt the supply chain for the parts that reach the delta.
      Every supply chain of the fleets runs through three ports on the coast.
      The supply chain for spare parts is long, and supply chain audits start each year.
      """
    ])
    #expect(
      flagged("The board leads a supply-chain review of the ports.", .termVariant, corpus: modifiers) == [
        "supply-chain"
      ])
  }

  /// An open pair whose second word stands mostly elsewhere ("level"), written open before the
  /// same word twice or more ("sea level rise") and never hyphenated: hyphenated before that word,
  /// it is a variant. Inside a longer chain ("sea-level-based") it is another compound. Before words that
  /// differ ("sea level fell", "sea level rose") it may be a noun before its verb.
  @Test func anOpenPairTheCorpusModifiesWithTwiceIsOneEvenWhenItsWordsStandApart() throws {
    let corpus = try inventedCorpus([
      "coast.md": """
      The sea level rise will reach the delta, and sea level rise will reach the coast.
      The level of the river is high. The level of funding is low. A new level was set.
      The board set a level for each port, and the level fell. Another level rose at the level crossing.
      The sea level fell in May.
      """
    ])
    #expect(flagged("The board studies sea-level rise in the delta.", .termVariant, corpus: corpus) == ["sea-level"])
    #expect(flagged("The board studies sea-level-based plans for the delta.", .termVariant, corpus: corpus).isEmpty)
    // Before another word, or as a noun, the corpus says nothing of it.
    #expect(flagged("The board studies sea-level data for the delta.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The board studies the sea-level.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The board studies sea-levels data for the delta.", .termVariant, corpus: corpus).isEmpty)
    // Written open only as a noun, it says nothing of the hyphenated modifier.
    let nouns = try inventedCorpus([
      "coast.md": """
      The sea level fell in May. The sea level rose in June. The sea level is high.
      The level of the river is high. The level of funding is low. A new level was set.
      """
    ])
    #expect(flagged("The board studies sea-level rise in the delta.", .termVariant, corpus: nouns).isEmpty)
  }

  /// A hyphenated variant inside a longer chain ("net-zero-carbon") is part of another compound.
  @Test func aHyphenatedVariantInsideALongerChainIsAnotherCompound() throws {
    let corpus = try inventedCorpus([
      "plan.md": "The net zero plan of the valley aims at net zero emissions, and net zero targets bind the ports."
    ])
    #expect(flagged("The valley has a net-zero plan.", .termVariant, corpus: corpus) == ["net-zero"])
    #expect(flagged("The valley has a net-zero-carbon plan.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The valley has a low-net-zero plan.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func aModifiersSecondWordMayStandAloneOnceInAWhile() throws {
    let corpus = try inventedCorpus([
      "sensors.md": """
      # The Rights-Respecting Sensors Charter

      The board funds privacy-preserving sensors and privacy-preserving methods for the delta.
      Its privacy-preserving tools keep the data of members while preserving the river's record.
      The board wants rights-respecting rules and rights-respecting audits.
      """
    ])
    // Three of the four uses of "preserving" are in the compound; "respecting" stands only in
    // it, once in a title in capitals.
    #expect(
      flagged("The board funds privacy preserving sensors.", .termVariant, corpus: corpus) == ["privacy preserving"])
    #expect(flagged("The board wants rights respecting rules.", .termVariant, corpus: corpus) == ["rights respecting"])
    // Not before a noun: English whatever the corpus hyphenates.
    #expect(flagged("The method is privacy preserving.", .termVariant, corpus: corpus).isEmpty)
  }

  @Test func compoundsWrittenTwoWaysAreNeverVariants() {
    #expect(flagged("A time-frame and a timeframe of ten years.", .termVariant, corpus: corpus).isEmpty)
  }
}

/// A rank and the noun after it are a phrase, not an open compound.
@Suite struct RankedNounsTests {
  @Test func aRankAndItsNounAreNoCompound() throws {
    let corpus = try inventedCorpus([
      "terms.md": """
      During his first term as President, he imposed tariffs. In his first term, he ended the agreement.
      In his first term imports fell, and his first term budget grew.
      The net zero target was set, and the net zero plan follows. Net zero emissions matter, as net zero does.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("A study found that the first-term tariffs worked.").isEmpty)
    #expect(variants("The net-zero plan was revised.") == ["net-zero"])
  }
}

/// A compound modifier the corpus hyphenates ("public-private partnerships") is written so before
/// the words the corpus writes it before; its open form elsewhere is English.
@Suite struct CompoundModifierTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "ports.md": """
      The agencies built public-private partnerships and public-private collaboration for the delta.
      A whole-of-government effort secures the ship-to-shore cranes of the ports.
      Planners weigh long-term sustainability and the long-term costs of the basin.
      The private sector, the shore and the term of the plan matter to the government.
      Private owners and private funds set the term of each term sheet on the shore.
      """
    ])
  }

  func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }

  @Test func theOpenFormBeforeAWordTheCorpusWritesTheModifierBefore() {
    #expect(variants("New public private partnerships will follow.") == ["public private"])
    #expect(
      variants("It takes a whole of government effort to secure ship to shore cranes.") == [
        "whole of government", "ship to shore",
      ])
    #expect(variants("Planners now weigh long term costs.") == ["long term"])
  }

  @Test func theOpenFormElsewhereIsEnglish() {
    // Before a word the corpus never writes after it, at the end of a clause, or as a phrase.
    #expect(variants("It is a public private matter.").isEmpty)
    #expect(variants("In the long term villages move.").isEmpty)
    #expect(variants("Costs matter in the long term.").isEmpty)
    #expect(variants("The whole of government is here.").isEmpty)
  }

  /// A chain around a function word, open after "a" or "an" and before a word, modifies it
  /// whatever the word: "a whole of government" is no noun phrase. Elsewhere only before the
  /// words the corpus writes it before.
  @Test func aChainAfterAnArticleModifiesAnyWord() {
    #expect(variants("It was a whole of government pipeline.") == ["whole of government"])
    #expect(variants("They tried a ship to shore link.") == ["ship to shore"])
    #expect(variants("Our whole of government pipeline grew.").isEmpty)
    #expect(variants("It was a whole of government, in effect.").isEmpty)
    // A pair is not a chain: "a long term" may be a phrase.
    #expect(variants("They chose a long term lease.").isEmpty)
  }

  @Test func aKnowledgeFileSaysWhichWordsItModifies() throws {
    let knowledge = """
      {"version": 1, "terms": [{"preferred": "cross-border", "kind": "term", "rejected": ["cross border"],
        "modifies": ["flows"], "evidence": [{"document": "flows.md", "quote": "cross-border flows"}]}]}
      """
    let corpus = try Corpus.load(
      folders: [try temporaryCorpus(["flows.md": "The cross-border flows rose.", "knowledge.json": knowledge])],
      includeEmbedded: false)
    #expect(flagged("The cross border flow rose.", .termVariant, corpus: corpus) == ["cross border"])
    #expect(flagged("They trade cross border goods.", .termVariant, corpus: corpus).isEmpty)
  }
}

/// A closed word of the corpus written in two by a draft ("cyber space", "rule-making").
@Suite struct SplitCompoundsTests {
  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus([
      "space.md": """
      The agency defends cyberspace and licenses each spaceport. Cyberspace is contested; the spaceport is busy.
      Its rulemaking on reentries continues: rulemaking takes time, and reentries are tracked.
      Crews plan human spaceflight; spaceflight is costly. The agency also funds human space flights.
      Everyday checks may be made. Every setup is reviewed, and the setup is logged.
      The rollout is slow: each rollout waits on offshoring, and offshoring waits on nothing.
      """
    ])
  }

  func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }

  @Test func aClosedWordWrittenOpenOrHyphenated() {
    #expect(variants("They defend cyber space and open a space port.") == ["cyber space", "space port"])
    #expect(variants("The rule-making on re-entries goes on.") == ["rule-making", "re-entries"])
    // In the other number.
    #expect(variants("Two new space ports opened.") == ["space ports"])
    // Joined by a hyphen, a particle or a function word is part of the word.
    #expect(variants("The roll-out of off-shoring goes on.") == ["roll-out", "off-shoring"])
    // A word whose hyphen waits for a later word opens another compound.
    #expect(variants("They guard cyber space- and ground-based links.") == [])
    #expect(variants("They guard cyber space and ground-based links.") == ["cyber space"])
  }

  @Test func oneLetterHyphenatedToAWordTheCorpusWritesClosed() throws {
    let corpus = try inventedCorpus([
      "outreach.md": "States sent an email to each family; the email listed the plans. Ebooks were sent too."
    ])
    #expect(flagged("States kept their e-mail outreach going.", .termVariant, corpus: corpus) == ["e-mail"])
    // Open, or a word the corpus does not write closed twice, it is left alone.
    #expect(flagged("States kept their e mail outreach going.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("States sent an e-book to each family.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("Patients had an x-ray.", .termVariant, corpus: corpus).isEmpty)
  }

  /// Hyphenated, a word of six letters, two letters before a word, an ambiguous prefix before a
  /// word of four letters, and a closed word written once in each number are variants too; words
  /// of their own ("resign", "replace") and what the corpus writes split are not.
  @Test func shorterClosedWordsWrittenHyphenated() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      Subsea cables reach the subsea farms. The onsite crews work onsite all year.
      Families pay copays, and copays fell. Shops will reopen, and each shop can reopen soon.
      Farmers are decisionmakers, and every decisionmaker votes. Officials resign; others replace them.
      Members resign often. Crews replace parts, and they replace pumps. Bystanders stand on shore.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(
      variants("The sub-sea cables, on-site crews and co-pays let shops re-open, with farmers as decision-makers.")
        == ["sub-sea", "on-site", "co-pays", "re-open", "decision-makers"])
    #expect(variants("Officials re-sign the pact and re-place the markers.").isEmpty)
    #expect(variants("Crews work on-shore.").isEmpty)
    #expect(variants("Crews work sub sea and on site.").isEmpty)
  }

  /// A name the corpus writes with its number joined ("Justice40") is a variant split ("Justice
  /// 40"); a number the corpus writes apart from a word too is not.
  @Test func aNameJoinedToItsNumberWrittenSplit() throws {
    let corpus = try inventedCorpus([
      "goals.md": """
      The Justice40 Initiative sets a goal for the valley. Under Justice40, benefits flow to towns.
      Route66 appears once. Title 42 applies, and Title42 is written joined once, and Title42 twice.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The Justice 40 Initiative sets a goal.") == ["Justice 40"])
    #expect(variants("The Justice40 Initiative and Route 66 and Title 42 apply.").isEmpty)
    // One capital and its number ("G7"), written with a hyphen or a space.
    let group = try inventedCorpus([
      "summit.md":
        "The G7 leaders met in May. The G7 statement followed, and G7 ministers agreed. Annex A 2 lists firms."
    ])
    #expect(flagged("The G-7 leaders met, and the G 7 agreed.", .termVariant, corpus: group) == ["G-7", "G 7"])
    #expect(flagged("Annex A 2 and the B-52 fleet are listed.", .termVariant, corpus: group).isEmpty)
  }

  /// A closed word the corpus never writes, of two content words it writes as a pair three times
  /// or more, is a variant ("healthcare" where the corpus writes "health care"); not with a
  /// particle ("setback"), nor where the corpus writes the pair less often.
  @Test func anOpenPairWrittenClosed() throws {
    let corpus = try inventedCorpus([
      "care.md": """
      Health care costs rose, and health care workers left. The health care system strained.
      Floods set back the towns; the rains set back repairs, and storms set back the harvest.
      Every river cruise needs river maps. The river cruise season is short.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("Healthcare costs rose in the valley towns.") == ["Healthcare"])
    #expect(variants("The healthcare workers left the valley.") == ["healthcare"])
    #expect(variants("The floods were a setback for the towns.").isEmpty)
    #expect(variants("The rivercruise season is short.").isEmpty)
  }

  @Test func ordinaryEnglishAndTheCorpusesOwnSplitsStayQuiet() {
    // Function words and particles make other words; the corpus writes "space flights" too.
    #expect(variants("Checks may be made every day. They set up the plan.").isEmpty)
    #expect(variants("They roll out the plan, and move jobs off shoring up.").isEmpty)
    // Part of a longer hyphenated word, on either side.
    #expect(variants("The agency planned a fast-roll-out of the system.").isEmpty)
    // A dash that touches both words joins nothing.
    #expect(variants("Plans roll—out of step—on schedule.").isEmpty)
    #expect(variants("Crews plan human space flight.").isEmpty)
    // A capitalised name is written as its owner writes it.
    #expect(variants("The Cyber Space Command met.").isEmpty)
  }

  @Test func theFirstWordOfASentenceMayBeCapitalised() throws {
    #expect(variants("Cyber space is contested.") == ["Cyber space"])
    #expect(variants("- Rule-making goes on.") == ["Rule-making"])
    // Elsewhere, capitals make a name.
    #expect(variants("The Cyber Space Command met.").isEmpty)
    let finding = try #require(
      Analyzer.findings(in: DraftDocument("Cyber space is contested."), corpus: corpus).first {
        $0.rule == .termVariant
      })
    #expect(finding.fixes.first?.edits.first?.newText == "Cyberspace")
  }

  @Test func theFixJoinsTheDraftsOwnWords() throws {
    let document = DraftDocument("Two new space ports opened.")
    let finding = try #require(Analyzer.findings(in: document, corpus: corpus).first { $0.rule == .termVariant })
    #expect(finding.message == "the corpus writes \"spaceport\", not \"space ports\"")
    #expect(finding.fixes.first?.edits.first?.newText == "spaceports")
  }
}

extension CompoundFormsTests {
  /// An open pair counts with its plural: "burn pits" written often and "burn pit exposure" once
  /// make one compound, whose hyphenated form is a variant in either number.
  @Test func anOpenPairCountsWithItsPlural() throws {
    let corpus = try inventedCorpus([
      "exposure.md": """
      Troops served near burn pits at many bases abroad.
      The burn pits burned waste day and night.
      Veterans exposed to burn pits can now file claims.
      The registry tracks burn pit exposure for every veteran.
      """
    ])
    #expect(flagged("The study measured burn-pit exposure.", .termVariant, corpus: corpus) == ["burn-pit"])
    #expect(flagged("Smoke rose from the burn-pits.", .termVariant, corpus: corpus) == ["burn-pits"])
    #expect(flagged("The study measured burn pit exposure near burn pits.", .termVariant, corpus: corpus).isEmpty)
  }
}

extension CompoundFormsTests {
  /// A compound modifier the corpus writes five times or more before three words or more, or
  /// before four words or more, is a variant open before any word it modifies; before fewer, only
  /// before those words.
  @Test func aModifierWrittenBeforeManyWordsIsOneBeforeAny() throws {
    let corpus = try inventedCorpus([
      "plans.md": """
      The agency takes a whole-of-government approach. A whole-of-government effort followed.
      The whole-of-government plan was new. Its whole-of-government response grew.
      A whole-of-government initiative began. The public-private partnerships grew.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("They built a whole of government pipeline.") == ["whole of government"])
    #expect(variants("The whole of government is here.").isEmpty)
    #expect(variants("New public private partnerships will follow.") == ["public private"])
    #expect(variants("New public private pipelines will follow.").isEmpty)
    // Four times, before four words: before any word too.
    let edges = try inventedCorpus([
      "science.md": """
      The valley funds cutting-edge cancer work, cutting-edge scientific tools, cutting-edge technologies
      and a cutting-edge trilateral effort. The knife's edge is sharp, and the edge of the river is wet.
      The table's edge is worn, and the cliff's edge is steep; at the edge of town, an edge stands.
      """
    ])
    #expect(flagged("It funds cutting edge research.", .termVariant, corpus: edges) == ["cutting edge"])
    #expect(flagged("It funds cutting-edge research.", .termVariant, corpus: edges).isEmpty)
  }
}

extension CompoundFormsTests {
  /// A compound whose last word makes modifiers ("-based", "-led") is a variant open before any
  /// noun, whatever nouns the corpus wrote it before; after a verb it is left alone.
  @Test func aModifierEndingMakesTheOpenFormAVariantBeforeAnyNoun() throws {
    let corpus = try inventedCorpus([
      "care.md": """
      The clinic runs hospital-based violence intervention. Its hospital-based violence team grew.
      The plan is based on evidence, and its budget is based on data the clinic based its work on.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("New hospital based programs reach people.") == ["hospital based"])
    #expect(variants("The program is hospital based.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A rank before "ever" ("first-ever") modifies as one word: open, it is a variant before any
  /// noun, and not where no noun follows ("the first ever to").
  @Test func aRankBeforeEverIsOneModifier() throws {
    let corpus = try inventedCorpus([
      "firsts.md": """
      The board held its first-ever river summit. It named a first-ever basin envoy. No board had ever met
      there, nobody had ever asked, and it was the wettest year ever.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The board adopted the first ever water strategy.") == ["first ever"])
    #expect(variants("She was the first ever to cross it.").isEmpty)
  }

  /// A compound ending in a gerund that the corpus writes as a noun ("in cost-sharing.") is a
  /// variant open as a noun too; written as a modifier only, it is a variant only before a noun.
  @Test func aGerundCompoundWrittenAsANounIsAVariantAsANoun() throws {
    let nouns = try inventedCorpus([
      "fees.md": """
      Growers pay more than $6,000 a year in cost-sharing. The plan lowers growers’ cost-sharing for all seed.
      """
    ])
    let modifiers = try inventedCorpus([
      "fees.md": """
      The new cost-sharing cap grew quickly across the river basin this year. The cost-sharing rules changed for every
      grower in the valley. The cost-sharing cap fell again after the floods.
      """
    ])
    #expect(flagged("Growers pay less in cost sharing.", .termVariant, corpus: nouns) == ["cost sharing"])
    #expect(flagged("Growers pay less in cost sharing.", .termVariant, corpus: modifiers).isEmpty)
    #expect(flagged("The cost sharing cap grew.", .termVariant, corpus: modifiers) == ["cost sharing"])
  }

  /// "No" opens compound modifiers as one word ("no-fly zone"), as "one" does ("one-way attack"):
  /// open, they are variants before the words the corpus writes them before, and English elsewhere.
  @Test func noAndOneOpenCompoundModifiers() throws {
    let corpus = try inventedCorpus([
      "zone.md": """
      Allies rejected a no-fly zone over the valley. A no-fly zone would widen the war. The drones were one-way attack
      drones, and more one-way attack drones followed.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("They asked for a no fly zone.") == ["no fly"])
    #expect(variants("The one way attack drones hit the port.") == ["one way"])
    #expect(variants("Birds that cannot fly, and no fly anywhere; one way to attack the problem.").isEmpty)
  }

  /// A gerund compound before a relative pronoun or a verb stands as a noun: no modifier does.
  @Test func aGerundCompoundBeforeAVerbIsANoun() throws {
    let corpus = try inventedCorpus([
      "review.md": """
      The board reviewed the decision-making that was required. Its decision-making was slow. The decision-making
      which followed was slower still. The plan changed decision-making and budgets.
      """
    ])
    #expect(
      flagged("The council studied decision making in the valley.", .termVariant, corpus: corpus) == [
        "decision making"
      ])
  }

  /// A compound modifier coordinated with another ("trauma-informed and victim-centered
  /// interviews") modifies the noun after both, in the corpus and in a draft.
  @Test func aCoordinatedCompoundModifiesTheNounAfterBoth() throws {
    let corpus = try inventedCorpus([
      "care.md": """
      Agents use trauma-informed and victim-centered interviews. Staff get trauma-informed, and victim-centered training.
      The board was informed of the plan, and growers informed the board of the floods.
      Growers get home-based care. Home-based providers are paid on time.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("They fund trauma informed care.") == ["trauma informed"])
    #expect(variants("All home based and center-based providers are paid.") == ["home based"])
    #expect(variants("Providers are home based and paid.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// An open pair holding most uses of its first word ("substance use") is a term as much as one
  /// holding its second ("price gouging"), whether or not it modifies a noun: hyphenated, each is
  /// a variant; not one whose words stand elsewhere too.
  @Test func anOpenPairHoldingItsFirstWordOrAGerundIsATerm() throws {
    let corpus = try inventedCorpus([
      "clinics.md": """
      Clinics across the river basin treat substance use disorders every single day of the year. New substance use
      services grew this year, and substance use care expanded to every valley town. Many growers use clinics,
      use phones to reach them, and use the river roads; they use them often and use them well.
      The law cracks down on price gouging in the valley, and it ends price gouging from seed suppliers. It also
      stops price gouging by river shippers. Growers walk along the river bank, sit by the river bank and fish from the
      river bank.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("It treats substance-use disorders.") == ["substance-use"])
    #expect(variants("It ends price-gouging by suppliers.") == ["price-gouging"])
    // (A pair holding its word is a term though it modifies no noun: "river bank".)
    #expect(variants("They walked along the river-bank.") == ["river-bank"])
    let shared = try inventedCorpus([
      "plan.md": """
      The substance of the plan matters, and its substance is clear. In substance, clinics treat substance use
      disorders every day. New substance use services grew, and substance use care expanded to the valley. Many
      growers use clinics, use phones, and use the river roads; they use them often and use them well.
      """
    ])
    #expect(flagged("It treats substance-use disorders.", .termVariant, corpus: shared).isEmpty)
  }
}

extension CompoundFormsTests {
  /// An open pair holding its words is a term though it modifies no noun ("nurse midwives"); a
  /// compound ending in "-free" modifies any noun ("toll-free"); a capitalised word before a
  /// word that makes modifiers makes one too ("Black-owned", kept capitalised); a prefix's
  /// closed form of six letters is a variant ("cohost").
  @Test func moreCompoundsTheCorpusWritesOneWay() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The valley trains more nurse midwives. Clinics hire nurse midwives, and the state pays nurse midwives.
      Growers call the toll-free line, and the toll-free number answers at night in the valley.
      Growers are free to call the board, and free calls and free visits help the valley.
      Loans to Black-owned businesses doubled in the valley, and Black-owned firms grew along the river.
      The board will co-host the river summit, and co-hosting it matters to the valley towns.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("Clinics hire nurse-midwives.") == ["nurse-midwives"])
    #expect(variants("Growers use a toll free hotline.") == ["toll free"])
    #expect(variants("Loans to Black owned businesses doubled.") == ["Black owned"])
    #expect(variants("The board will cohost the summit.") == ["cohost"])
    #expect(variants("The call was toll free.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// After "re" or "pre", a closed word before a corpus word of five letters or more is one
  /// compound ("rehouse", "preschool"): hyphenated, a variant. Not a word of its own ("resource",
  /// "resign"), whose hyphenated form is another word.
  @Test func aClosedWordAfterAnAmbiguousPrefixBeforeALongWord() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The board will rehouse the valley families, and the crews rehouse the growers along the river.
      Every house in the valley has a school, and every preschool and preschools nearby opened a house.
      The board resigned, its chair resigned, and growers signed and signs forms. New resources and resources
      came from sources and from every source of the valley.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The board will re-house the families.") == ["re-house"])
    #expect(variants("Children attend pre-school in the valley.") == ["pre-school"])
    #expect(variants("The crews will re-source the parts and re-sign the deal.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A web address written as text ("valleyfarms.gov") is no word the corpus writes: a draft's
  /// "valley farms" is no variant of it, while a closed word of the corpus's prose still is.
  @Test func aWebAddressIsNoClosedWord() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      Farmers pump groundwater, and the groundwater fell. Apply at valleyfarms.gov today.
      The form is at valleyfarms.gov/apply, and the rules at www.valleyfarms.org and valleyfarms.gov/rules.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The valley farms pump ground water.") == ["ground water"])
  }
}

extension CompoundFormsTests {
  /// A variant that begins inside the words of a spelling the corpus uses and runs past it
  /// ("care giver" after the corpus's "health care") is still a variant; one inside those words,
  /// or after them, is read as before.
  @Test func aVariantOverlappingAnAcceptedSpellingIsStillAVariant() throws {
    let folder = try temporaryCorpus([
      "care.md": "Every health care worker counts, and every caregiver too.\n",
      "knowledge.json": """
      {"terms": [
        {"preferred": "health care", "kind": "term", "rejected": ["healthcare"],
         "evidence": [{"document": "care.md", "quote": "health care worker"}]},
        {"preferred": "caregiver", "kind": "term", "rejected": ["care giver"],
         "evidence": [{"document": "care.md", "quote": "every caregiver"}]}
      ]}
      """,
    ])
    let corpus = try Corpus.load(folders: [folder], includeEmbedded: false)
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("Each health care giver counts.") == ["care giver"])
    #expect(variants("Each health care worker counts, and each care giver.") == ["care giver"])
    #expect(variants("Each health care worker counts.").isEmpty)
    #expect(variants("Each healthcare giver counts.") == ["healthcare"])
  }
}

extension CompoundFormsTests {
  /// A closed word of six letters the corpus writes often ("seabed", ten times or more) is
  /// split by a draft's "sea bed"; one it writes twice is not. "per cent" where the corpus
  /// writes "percent" is the word's other spelling.
  @Test func aShortClosedWordWrittenOftenAndPerCent() throws {
    let often = Array(repeating: "The seabed was mapped again.", count: 10).joined(separator: " ")
    let corpus = try inventedCorpus([
      "seabed.md": often
        + " Rates rose 5 percent, and exports 3 percent. The sunset came at six, and the sunset was red."
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The sea bed was mapped again.") == ["sea bed"])
    #expect(variants("Rates rose 5 per cent in the year.") == ["per cent"])
    #expect(variants("The sun set at six, and the bed was made.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A name the corpus writes as one word, twice or more ("AggregateEU"), written in two by a
  /// draft ("Aggregate EU") is a variant; two words the corpus writes apart too are not.
  @Test func aNameOfOneWordWrittenInTwo() throws {
    let corpus = try inventedCorpus([
      "gas.md": """
      Buyers met on AggregateEU in May, and AggregateEU matched the demand. The Basin Fund and the BasinFund
      office both opened.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("Buyers met on Aggregate EU in May.") == ["Aggregate EU"])
    #expect(variants("Buyers met at the Basin Fund in May.").isEmpty)
    #expect(variants("Buyers met at the Aggregate office in May.").isEmpty)
    // After a sentence's capitalised first word or a function word, still the name.
    #expect(variants("The Aggregate EU platform met in May.") == ["Aggregate EU"])
    // Inside a longer name the corpus never writes with its one word: another name.
    #expect(variants("Buyers met on Project Aggregate EU in May.").isEmpty)
    #expect(variants("Buyers met on Aggregate EU Portal in May.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A code of capitals the corpus writes joined to its number ("MH17") is a variant split by a
  /// space or a hyphen ("MH 17", "MH-17"), and the capitals are then no acronym of their own.
  @Test func aCodeJoinedToItsNumberWrittenSplit() throws {
    let corpus = try inventedCorpus([
      "flight.md": """
      Flight MH17 was downed over the east. The families of MH17 met in the capital in July.
      Crews flew the C-17 home; the C-17 landed at night. Route 66 runs west.
      """
    ])
    #expect(flagged("The MH-17 families met.", .termVariant, corpus: corpus) == ["MH-17"])
    #expect(flagged("The MH 17 memorial opened.", .termVariant, corpus: corpus) == ["MH 17"])
    #expect(flagged("The MH-17 families met.", .acronymUndefined, corpus: corpus).isEmpty)
    #expect(flagged("The MH17 families met; the C-17 landed on Route 66.", .termVariant, corpus: corpus).isEmpty)
    // A code the corpus writes apart is no variant, and capitals before another number remain
    // an acronym to define.
    #expect(flagged("The C 17 landed.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The XQ-17 families met.", .acronymUndefined, corpus: corpus) == ["XQ"])
  }

  /// A title of two capitalised words the corpus hyphenates five times or more, and never
  /// writes in lower case ("Secretary-General"), written open and capitalised is a variant; the
  /// same words in lower case are other words.
  @Test func aHyphenatedTitleWrittenOpen() throws {
    let corpus = try inventedCorpus([
      "assembly.md": """
      The Secretary-General reported in May. It asks the Secretary-General to report again.
      The Secretary-General named an envoy, and the Secretary-General thanked the members.
      The report of the Secretary-General was welcomed. The Vice-Chair spoke; the Vice-Chair left.
      The chair of the panel stayed.
      The general secretary of the union spoke about the secretary of state.
      """
    ])
    #expect(flagged("The Secretary General reported.", .termVariant, corpus: corpus) == ["Secretary General"])
    #expect(flagged("The union's secretary general reported.", .termVariant, corpus: corpus).isEmpty)
    // Written fewer than five times: no title the corpus settles.
    #expect(flagged("The Vice Chair reported.", .termVariant, corpus: corpus).isEmpty)
  }

  /// A hyphenated compound whose second word stands only in it, written as a noun at least half
  /// of the time ("flown at half-mast."), is a variant open as a noun too; one written before
  /// the nouns it modifies stays a variant only there.
  @Test func aBoundCompoundWrittenAsANoun() throws {
    let corpus = try inventedCorpus([
      "flags.md": """
      Flags will be flown at half-mast. The flags stay at half-mast for a week.
      Flags flew at half-mast on the day, and at half-mast tomorrow.
      The weapons-usable material was moved. More weapons-usable stocks were found.
      """
    ])
    #expect(flagged("Flags flew at half mast on Monday.", .termVariant, corpus: corpus) == ["half mast"])
    #expect(flagged("The weapons usable material was moved.", .termVariant, corpus: corpus) == ["weapons usable"])
    #expect(flagged("The stocks were weapons usable, they said.", .termVariant, corpus: corpus).isEmpty)
  }
}

extension CompoundFormsTests {
  /// Three content words the corpus hyphenates three times or more before a noun ("non-nuclear-
  /// weapon States") are a variant open or half open before it; written twice, no term.
  @Test func threeContentWordsHyphenatedTogether() throws {
    let corpus = try inventedCorpus([
      "assembly.md": """
      The non-nuclear-weapon States met in May. Most non-nuclear-weapon States agreed, and all
      non-nuclear-weapon States signed. The long-range-missile tests and long-range-missile launches went on.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The non-nuclear weapon States met.") == ["non-nuclear weapon"])
    #expect(variants("The non nuclear weapon States met.") == ["non nuclear weapon"])
    #expect(variants("The non-nuclear-weapon States met.").isEmpty)
    #expect(variants("The long-range missile tests went on.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A noun closed from a verb and its particle ("backup", "shutdown"): hyphenated, it is a
  /// variant; open, it is the verb ("back up the files", "shut down the plant").
  @Test func aVerbAndItsParticleClosedRejectOnlyTheHyphenatedForm() throws {
    let corpus = try inventedCorpus([
      "tax.md": """
      Brokers apply backup withholding to the payments. The backup rate is set by the statute.
      A government shutdown delays the notices, and each shutdown is reported. They walk back the rule.
      """
    ])
    #expect(flagged("Brokers apply back-up withholding.", .termVariant, corpus: corpus) == ["back-up"])
    #expect(flagged("Brokers back up the files every day.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("A shut-down delays the notices.", .termVariant, corpus: corpus) == ["shut-down"])
    #expect(flagged("They shut down the plant in May.", .termVariant, corpus: corpus).isEmpty)
  }
}

/// A name with a rank the corpus writes the other way (`OrdinalNames`).
@Suite struct OrdinalNameTests {
  @Test func aRankWrittenTheOtherWayInANameIsAVariant() throws {
    let corpus = try inventedCorpus([
      "fleet.md": """
      The U.S. Fifth Fleet is based in the valley. The Fifth Fleet patrols the river, and the 2nd Circuit heard the case.
      The 2nd Circuit ruled later.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The 5th Fleet patrols the river.") == ["5th"])
    #expect(variants("The Second Circuit ruled.") == ["Second"])
    // The corpus's own forms, another rank, another word, or a rank in lower case: nothing.
    #expect(variants("The Fifth Fleet and the 2nd Circuit.").isEmpty)
    #expect(variants("The 6th Fleet and the 5th Avenue.").isEmpty)
    #expect(variants("It was the fifth Fleet exercise.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A number hyphenated to a word ("24-hour economy", "five-year" in figures: "5-year plan") is a
  /// compound modifier: open before a word the corpus writes it before, a variant; the plural
  /// ("24 hours a day") is another phrase, which neither makes the corpus inconsistent nor is
  /// flagged; a compound the corpus also writes open is no term.
  @Test func aNumberHyphenatedToAWordIsACompoundModifier() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The valley will build a 24-hour economy, and the 24-hour economy needs night buses.
      Shops open 24 hours a day, and the market runs 24 hours on weekends.
      The board adopted a 5-year plan. The 5-year plan ends in 2030.
      The 30-day notice applies to growers, and a 30 day notice applies to fleets.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The 24 hour economy will create jobs.") == ["24 hour"])
    #expect(variants("The board wrote a 5 year plan.") == ["5 year"])
    #expect(variants("Shops open 24 hours a day, and the plan runs 5 years.").isEmpty)
    #expect(variants("A 30 day notice applies.").isEmpty)
    #expect(variants("The 24 hour shift ended.").isEmpty)
  }
}

extension CompoundFormsTests {
  /// A chain around a function word may end in an acronym ("debt-to-GDP ratio"): written open
  /// before the word the corpus writes it before, a variant, and the corpus's capitals are kept.
  @Test func aChainEndingInAnAcronym() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The debt-to-GDP ratio of the valley fell in 2024, and the debt-to-GDP ratio will fall again.
      Gross domestic product (GDP) grew, and GDP per head rose in the valley towns.
      """
    ])
    let finding = try #require(
      findings("The debt to GDP ratio fell.", corpus: corpus).first { $0.rule == .termVariant })
    #expect(finding.message == "the corpus writes \"debt-to-GDP\", not \"debt to GDP\"")
    #expect(finding.fixes.first?.edits.first?.newText == "debt-to-GDP")
    #expect(flagged("Debt to GDP matters to the valley.", .termVariant, corpus: corpus).isEmpty)
  }
}

extension CompoundFormsTests {
  /// A dash touching two words ("missions—including") joins no compound: the corpus's words
  /// written open are no variant of it. A hyphen does ("non-binding").
  @Test func aDashTouchingTwoWordsJoinsNoCompound() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The board approved 8 missions—including two flights—for the valley, and the crews flew.
      The valley signs each non-binding pact, and every non-binding pact reports to the board.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("It covers eight missions including two flights.").isEmpty)
    #expect(variants("It covers two flights including the valley.").isEmpty)
    #expect(variants("Each non binding pact reports.") == ["non binding"])
  }
}

extension CompoundFormsTests {
  /// A compound modifier's open form written as a noun's phrase in the corpus ("a high level of
  /// protection") leaves the corpus consistent: written open before a word in a draft ("high
  /// level meeting"), it is a variant. Written open before a word in the corpus too, it is not.
  @Test func aModifiersOpenFormAsANounLeavesTheCorpusConsistent() throws {
    let corpus = try inventedCorpus([
      "valley.md": """
      The high-level meeting of the valley board set targets, and a second high-level meeting followed.
      The high-level panel met, and the high-level event drew growers. Growers enjoy a high level of protection.
      """
    ])
    func variants(_ draft: String) -> [String] { flagged(draft, .termVariant, corpus: corpus) }
    #expect(variants("The 2023 high level meeting set a target.") == ["high level"])
    #expect(variants("Growers need a high level of protection.").isEmpty)
    let mixed = try inventedCorpus([
      "valley.md": """
      The high-level meeting of the valley board set targets, and a second high-level meeting followed.
      The high-level panel met, and a high level panel met again.
      """
    ])
    #expect(flagged("The 2023 high level meeting set a target.", .termVariant, corpus: mixed).isEmpty)
  }
}

extension CompoundModifierTests {
  /// A modifier the corpus hyphenates once, and writes open twice or more elsewhere ("no ex-ante
  /// limit" beside "not restricted ex ante"), has no form of the corpus's: its open form before
  /// the same word is no variant. Hyphenated twice, it has one.
  @Test func oneHyphenatedUseAgainstOpenOnesMakesNoForm() throws {
    let corpus = try inventedCorpus([
      "policy.md": """
      Purchases are not restricted ex ante. The rules of the delta programme stand.
      There is no ex-ante limit to that programme. There is no limitation ex ante, as was said.
      The council set a mid-year review and held the mid-year review in July.
      """
    ])
    #expect(flagged("It has no ex ante limit on purchases.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("It set a mid year review.", .termVariant, corpus: corpus) == ["mid year"])
  }
}
