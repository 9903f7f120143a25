import Testing

@testable import DossierCore

@Suite struct WordFormsTests {
  @Test func stemsByBytesAsByCharacters() {
    let words = [
      "nations", "nation", "sanctions", "sanction", "differences", "reference", "agreements", "agreement",
      "meetings", "meeting", "policies", "policy", "tested", "taxes", "tests", "test", "pakistan's", "states'",
      "ies", "cities", "us", "was", "its", "s", "", "programmes", "'s", "o'neill's", "rolled", "ended",
    ]
    for word in words {
      #expect(WordForms.stem(word) == WordForms.stemCharacters(word), "\(word)")
    }
    #expect(WordForms.stem("sanctions") == "sanction")
    #expect(WordForms.stem("policies") == "policy")
    #expect(WordForms.stem("pakistan's") == "pakistan")
    #expect(WordForms.stem("déclarations") == WordForms.stemCharacters("déclarations"))
  }
}
