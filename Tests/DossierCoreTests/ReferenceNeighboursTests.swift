import Testing

@testable import DossierCore

/// The known references one character away from a draft's identifier, found by lookups.
struct ReferenceNeighboursTests {
  func reference(_ kind: String, _ identifier: String) -> Reference {
    Reference(preferred: "\(kind) \(identifier)", kind: kind, identifier: identifier, origin: .derived)
  }

  @Test func oneSubstitutionAwayOfTheSameKindAndLength() {
    let references = [
      reference("executive-order", "13382"), reference("executive-order", "13392"),
      reference("executive-order", "1338"),
      reference("resolution", "13383"), reference("executive-order", "13383"), reference("executive-order", "23482"),
    ]
    let neighbours = ReferenceNeighbours(references)
    // 13383: 13382 and 13392? No: 13392 is two away. The exact 13383 is not its own neighbour.
    #expect(neighbours.neighbours(kind: "executive-order", identifier: "13383", in: references) == [0])
    #expect(neighbours.neighbours(kind: "executive-order", identifier: "13372", in: references) == [0, 1])
    #expect(neighbours.neighbours(kind: "resolution", identifier: "13382", in: references) == [3])
    #expect(neighbours.neighbours(kind: "executive-order", identifier: "99999", in: references).isEmpty)
    #expect(neighbours.neighbours(kind: "executive-order", identifier: "1339", in: references) == [2])
  }

  /// The same answers as comparing by edit distance with every reference, on many identifiers.
  @Test func agreesWithEditDistanceEverywhere() {
    var references: [Reference] = []
    for number in stride(from: 13000, to: 13600, by: 7) { references.append(reference("executive-order", "\(number)")) }
    for number in stride(from: 100, to: 400, by: 3) { references.append(reference("executive-order", "\(number)")) }
    let neighbours = ReferenceNeighbours(references)
    for number in Array(12990..<13610) + Array(95..<405) {
      let identifier = "\(number)"
      let slow = references.indices.filter {
        references[$0].identifier.count == identifier.count
          && WordForms.editDistance(Array(references[$0].identifier.utf8), Array(identifier.utf8), limit: 1) == 1
      }
      #expect(neighbours.neighbours(kind: "executive-order", identifier: identifier, in: references) == slow)
    }
  }
}

extension ReferenceNeighboursTests {
  /// A group's name ("G20") before an instrument the corpus cites by its other words is the
  /// owner's, when the corpus names the group where it cites the instrument.
  @Test func aGroupsNameBeforeAKnownInstrument() throws {
    let corpus = try inventedCorpus([
      "communique.md": """
      We look forward to the G20 work on improving the implementation of the Common Framework for debt \
      treatments in a predictable and timely manner.

      The ministers welcomed the Harbour Framework for port finance, which the council adopted in March.
      """
    ])
    #expect(
      flagged("Our position on the G20 Common Framework for debt has not changed.", .unknownReference, corpus: corpus)
        .isEmpty)
    // A group the corpus never names beside the instrument.
    #expect(
      flagged("Our position on the G7 Harbour Framework for ports has not changed.", .unknownReference, corpus: corpus)
        == ["G7 Harbour Framework"])
  }
}
