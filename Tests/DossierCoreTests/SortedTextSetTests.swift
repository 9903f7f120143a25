import Testing

@testable import DossierCore

struct SortedTextSetTests {
  /// A long text (kept by number) is equal to another only when their bytes are, as a short one
  /// (kept inline) is: two orders of the same combining marks, which Swift's `String` holds
  /// equal, are two texts, each giving back its own bytes.
  @Test func longTextsAreEqualByTheirBytes() {
    let first = "counterproliferation a\u{0301}\u{0323}"
    let second = "counterproliferation a\u{0323}\u{0301}"
    #expect(first == second)  // canonically equivalent Strings
    #expect(Array(first.utf8) != Array(second.utf8))
    #expect(TokenText(first) != TokenText(second))
    #expect(Array(TokenText(second).string.utf8) == Array(second.utf8))
    #expect(TokenText(first) == TokenText("counterproliferation a\u{0301}\u{0323}"))
  }

  @Test func behavesLikeASet() {
    let words = ["harbour", "district", "authority", "harbour", "night-bus", "counterproliferation-related", "a"]
    let set = SortedTextSet(words.map { TokenText($0) })
    #expect(set.count == 6)
    for word in words { #expect(set.contains(TokenText(word))) }
    #expect(!set.contains(TokenText("harbor")))
    let smaller = set.subtracting([TokenText("harbour"), TokenText("absent")])
    #expect(smaller.count == 5 && !smaller.contains(TokenText("harbour")))
    let larger = smaller.union(SortedTextSet([TokenText("title"), TokenText("district")]))
    #expect(larger.count == 6 && larger.contains(TokenText("title")))
    #expect(SortedTextSet([]).isEmpty && !SortedTextSet([]).contains(TokenText("a")))
  }
}
