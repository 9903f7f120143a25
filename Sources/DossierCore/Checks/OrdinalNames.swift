/// A name with a rank that the corpus writes the other way: "5th Fleet" where the corpus writes
/// "Fifth Fleet" every time, "Second Circuit" where it writes "2nd Circuit". A term-variant
/// finding (`TermVariantCheck`), with the corpus's form offered.
///
/// The rank is a figure with its suffix ("5th") or a capitalised word ("Fifth", up to
/// "Twentieth"), and the name's word follows it after one space, capitalised. The corpus must
/// write the other form before that word twice or more, and the draft's form never.
enum OrdinalNames {
  static func findings(in context: CheckContext, besides reported: [Finding]) -> [Finding] {
    let prose = context.prose
    let tokens = prose.tokens
    var findings: [Finding] = []
    for index in tokens.indices.dropLast() {
      let token = tokens[index]
      let next = tokens[index + 1]
      guard next.kind == .word, next.isCapitalized, !next.isUpperCaseAcronym, !next.wordClasses.contains(.function),
        token.range.upperBound + 1 == next.range.lowerBound, let rank = rank(of: token)
      else { continue }
      let written = token.text
      guard let other = ValueReader.ordinalForms(of: rank).first(where: { $0 != written && !$0.contains("-") })
      else { continue }
      let name = next.text
      let corpus = context.corpus
      let others = corpus.uses(of: "\(other) \(name)", upTo: 2)
      guard others.count >= 2, let evidence = others.first, corpus.uses(of: "\(written) \(name)", upTo: 1).count == 0
      else { continue }
      let range = token.originalRange
      guard !reported.contains(where: { $0.range.overlaps(range) }) else { continue }
      let preferred = other.first?.isLetter == true ? other.prefix(1).uppercased() + other.dropFirst() : other
      let nameText = context.text(next.originalRange)
      findings.append(
        TermVariantCheck.variant(
          preferred: "\(preferred) \(nameText)", written: "\(context.text(range)) \(nameText)", range: range,
          evidence: [evidence], replacement: preferred))
    }
    return findings
  }

  /// The rank a token writes: a figure with its suffix ("5th", "21st"), or a capitalised word of
  /// `ValueReader.ordinalList` ("Fifth").
  static func rank(of token: Token) -> Int? {
    let text = token.text
    if token.kind == .word, token.isCapitalized, let position = ValueReader.ordinalList.firstIndex(of: text) {
      return position + 1
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let rank = Int(digits), rank >= 1 else { return nil }
    // (With the suffix its rank takes: "5th", never "5st".)
    guard ValueReader.ordinalForms(of: rank).first == text else { return nil }
    return rank
  }
}
