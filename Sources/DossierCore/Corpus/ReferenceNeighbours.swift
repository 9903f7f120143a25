/// Formal references by their identifier with one character masked ("kind:1338?"), so that the
/// known references one character away from a draft's identifier (a typo, "13383" for "13382")
/// are found with a lookup per character instead of an edit distance per known reference: a
/// corpus of thousands of executive orders answers as fast as one of two.
///
/// For identifiers of the same length, being one edit apart (`WordForms.editDistance`, which
/// counts swapping two neighbouring characters as one edit) is being one substitution or one
/// swap apart: masking each position in turn finds the first, swapping each pair the second.
struct ReferenceNeighbours: Sendable {
  private var byMaskedKey: [String: [Int]] = [:]
  private var byIdentifier: [String: [Int]] = [:]

  init(_ references: [Reference]) {
    for (index, reference) in references.enumerated() {
      for key in Self.maskedKeys(kind: reference.kind, identifier: reference.identifier) {
        byMaskedKey[key, default: []].append(index)
      }
      byIdentifier[reference.kind + ":" + reference.identifier, default: []].append(index)
    }
  }

  /// The indices (into the corpus's references, in order) of the references of `kind` whose
  /// identifier has the same length as `identifier` and differs from it in exactly one character.
  func neighbours(kind: String, identifier: String, in references: [Reference]) -> [Int] {
    var found: [Int] = []
    for key in Self.maskedKeys(kind: kind, identifier: identifier) {
      for index in byMaskedKey[key] ?? [] where references[index].identifier != identifier && !found.contains(index) {
        found.append(index)
      }
    }
    let characters = Array(identifier)
    for position in characters.indices.dropLast() where characters[position] != characters[position + 1] {
      var swapped = characters
      swapped.swapAt(position, position + 1)
      for index in byIdentifier[kind + ":" + String(swapped)] ?? [] where !found.contains(index) { found.append(index) }
    }
    return found.sorted()
  }

  /// "kind:" and the identifier with each character in turn replaced by U+0000.
  static func maskedKeys(kind: String, identifier: String) -> [String] {
    let utf8 = Array(identifier.utf8)
    if utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (nearly every identifier): a byte is a character.
      let prefix = Array(kind.utf8) + [UInt8(ascii: ":")]
      return utf8.indices.map { position in
        var key = prefix + utf8
        key[prefix.count + position] = 0
        return String(decoding: key, as: UTF8.self)
      }
    }
    let characters = Array(identifier)
    return characters.indices.map { position in
      var masked = characters
      masked[position] = "\u{0}"
      return kind + ":" + String(masked)
    }
  }
}
