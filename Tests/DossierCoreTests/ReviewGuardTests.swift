import DossierCore
import Testing

/// False positives found by a review on invented corpora in other domains: each guard keeps a
/// correct sentence quiet and the real mistake beside it caught.
@Suite struct ReviewGuardTests {
  static let files = [
    "report.md": """
    # Riverton transit annual report

    The Harbor Line opened in March 2019 and was extended to Eastgate Station in 2022. The extension added four stations and cost $310 million.
    The authority serves the Northside, Westbank, Midtown, Eastgate and Harbor districts. The board of directors has nine members, appointed by the county executive.
    Overtime spending fell by a fifth. Overtime was capped for drivers.
    About 46 percent of riders with monthly passes are unaware of the reduced fare.
    The authority did not change its fare policy for 2024.
    The Pittsburgh office advised the authority on its procurement plan.
    """
  ]

  let corpus: Corpus

  init() throws {
    corpus = try inventedCorpus(Self.files)
  }

  func conflicts(_ draft: String) -> [String] { flagged(draft, .factConflict, corpus: corpus) }

  @Test func anotherNamedThingsValueIsNoConflict() {
    #expect(conflicts("Riverton's older streetcar line had opened in 1952 with six stations.").isEmpty)
    #expect(conflicts("The Westbank advisory committee, appointed by the county executive, has seven members.").isEmpty)
    #expect(
      conflicts("A 2019 survey found that 38 percent of riders with monthly passes were unaware of it in Kenya.")
        .isEmpty)
    // The same things with another value are still conflicts.
    #expect(
      conflicts("The Harbor Line opened in March 2018 and was extended to Eastgate Station in 2022.") == ["March 2018"])
    #expect(conflicts("The board of directors has seven members, appointed by the county executive.") == ["seven"])
  }

  @Test func aContrastingClauseIsAnotherClaim() {
    #expect(
      conflicts(
        "The Fremont Boulevard corridor will open by 2026, while the Harbor Line extension opened to Eastgate Station in 2022."
      )
      .isEmpty)
  }

  @Test func aRestrictionOfSomethingElseIsNoNarrowing() {
    #expect(conflicts("Riverton's new night buses serve only the Northside and Midtown districts.").isEmpty)
    #expect(
      conflicts("The authority serves only the Northside and Midtown districts.") == [
        "only the Northside and Midtown districts"
      ])
  }

  @Test func aDenialAboutAnotherYearIsNoContradiction() {
    #expect(conflicts("Last year the authority changed its fare policy for 2023.").isEmpty)
  }

  @Test func overTimeAndDemonymsAreEnglish() {
    #expect(flagged("Ridership recovered over time.", .termVariant, corpus: corpus).isEmpty)
    #expect(flagged("The Pittsburgher engineers agreed.", .nameMisspelled, corpus: corpus).isEmpty)
  }
}
