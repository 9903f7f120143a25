import Testing

@testable import DossierCore

struct SortedTextSetTests {
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
