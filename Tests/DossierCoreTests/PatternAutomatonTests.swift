import Testing

@testable import DossierCore

/// The multi-pattern matcher against the obvious search, pattern by pattern.
@Suite struct PatternAutomatonTests {
  static func isWord(_ byte: UInt8) -> Bool { PatternAutomaton.isWordByte(byte) }

  /// Every occurrence of every pattern at word boundaries, by end then longest first.
  static func naive(_ patterns: [[UInt8]], _ text: [UInt8]) -> [PatternAutomaton.Match] {
    var found: [(match: PatternAutomaton.Match, order: Int)] = []
    for (payload, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= text.count {
      for start in 0...(text.count - pattern.count) where text[start..<start + pattern.count].elementsEqual(pattern) {
        let end = start + pattern.count
        guard start == 0 || !isWord(text[start - 1]), end == text.count || !isWord(text[end]) else { continue }
        found.append((PatternAutomaton.Match(range: start..<end, payload: payload), payload))
      }
    }
    return found.sorted {
      ($0.match.range.upperBound, -$0.match.range.count, $0.order)
        < ($1.match.range.upperBound, -$1.match.range.count, $1.order)
    }.map(\.match)
  }

  @Test func findsWordBoundedOccurrences() {
    let patterns = ["program", "nuclear program", "program", "(wmd)", "u.s.", "pro"].map { Array($0.utf8) }
    let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
    let text = Array("the nuclear program, programs and (wmd) of the u.s. pro-program".utf8)
    let matches = automaton.matches(in: text)
    #expect(matches == Self.naive(patterns, text))
    #expect(matches.map { String(decoding: text[$0.range], as: UTF8.self) }.contains("nuclear program"))
    #expect(
      !matches.contains { String(decoding: text[$0.range], as: UTF8.self) == "program" && $0.range.lowerBound == 21 })
    #expect(automaton.patternCount == 6)
  }

  /// The walk starts only at words a pattern starts with (a filter on the first word's first
  /// eight bytes and length): words sharing eight bytes or a length with a pattern's first word,
  /// words at the very end of the text, and patterns that start with punctuation.
  @Test func firstWordFilterKeepsEveryMatch() {
    let patterns = ["counterproliferation", "counterproliferation policy", "\"quoted\"", "-led", "ab"]
      .map { Array($0.utf8) }
    let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
    for text in [
      "counterproliferation policy, counterproliferations and counterprolif: \"quoted\" -led ab",
      "a \"quoted\" word and a US-led counterproliferation", "ab", "x ab", "counterproliferation",
    ] {
      let bytes = Array(text.utf8)
      let matches = automaton.matches(in: bytes)
      #expect(matches == Self.naive(patterns, bytes), "\(text)")
      #expect(!matches.isEmpty, "\(text)")
    }
  }

  /// Words of every length around the first-word table's limits (8 and 15 bytes), in patterns
  /// of one to three words, found in texts made of the same words (and near misses).
  @Test func agreesWithNaiveSearchOnWordsOfEveryLength() {
    var random = SeededGenerator(seed: 99)
    // "x", "y", "xx", "xy", … up to eighteen letters: same length or same start, different words.
    var words: [String] = []
    for length in 1...18 {
      let stem = String(repeating: "x", count: length - 1)
      words += [stem + "x", stem + "y"]
    }
    let separators = [" ", "-", "'", ", ", "é"]
    for _ in 0..<300 {
      let patterns = (0..<(1 + random.next(12))).map { _ in
        (0..<(1 + random.next(3))).map { _ in words[random.next(words.count)] }.joined(separator: " ")
      }.map { Array($0.utf8) }
      let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
      var text: [UInt8] = []
      for _ in 0..<random.next(40) {
        text += Array(words[random.next(words.count)].utf8)
        text += Array(separators[random.next(separators.count)].utf8)
      }
      #expect(automaton.matches(in: text) == Self.naive(patterns, text))
    }
  }

  @Test func agreesWithNaiveSearchOnRandomInput() {
    var random = SeededGenerator(seed: 7)
    let alphabet = Array("ab -'.".utf8)
    for _ in 0..<200 {
      let patterns = (0..<(1 + random.next(8))).map { _ in
        (0..<(1 + random.next(4))).map { _ in alphabet[random.next(alphabet.count)] }
      }
      let text = (0..<random.next(60)).map { _ in alphabet[random.next(alphabet.count)] }
      let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
      #expect(automaton.matches(in: text) == Self.naive(patterns, text), "\(patterns) in \(text)")
    }
  }

  @Test func emptyInputs() {
    #expect(PatternAutomaton(patterns: []).matches(in: Array("text".utf8)).isEmpty)
    #expect(PatternAutomaton(patterns: [(Array("a".utf8), 0)]).matches(in: []).isEmpty)
  }
}

@Suite struct TrigramTableTests {
  @Test func hitsComeBackByKeyInInsertionOrder() {
    // Keys that differ only in their high bits land near each other in the table and must
    // still be told apart; repeats of a key keep the order they were added in.
    var entries: [(key: UInt64, hit: TrigramTable.Hit)] = []
    var expected: [UInt64: [Int32]] = [:]
    for number in 0..<500 {
      let key = UInt64(number % 37) << 40 | UInt64(number % 3)
      entries.append((key, TrigramTable.Hit(passage: Int32(number), position: Int32(number % 7))))
      expected[key, default: []].append(Int32(number))
    }
    let table = TrigramTable(entries)
    for (key, passages) in expected {
      #expect(table.hits(key).map(\.passage) == passages)
    }
    #expect(table.hits(UInt64.max).isEmpty)
    #expect(table.hits(1 << 63).isEmpty)
    #expect(TrigramTable([]).hits(0).isEmpty)
  }
}

@Suite struct PatternAutomatonLayoutTests {
  /// Patterns over every byte value (non-ASCII included) and long words, so the double array
  /// places nodes with many children and with labels near 255, and the walk skips long words
  /// eight bytes at a time.
  @Test func agreesWithNaiveSearchOverAllBytes() {
    var random = SeededGenerator(seed: 11)
    let common = Array("abcdefghij0123 .".utf8)
    func byte() -> UInt8 { random.next(4) == 0 ? UInt8(random.next(256)) : common[random.next(common.count)] }
    for _ in 0..<150 {
      let patterns = (0..<(1 + random.next(60))).map { _ in (0..<(1 + random.next(12))).map { _ in byte() } }
      var text: [UInt8] = []
      for _ in 0..<random.next(40) {
        // Pieces of patterns, so matches happen, between random bytes and long runs of letters.
        let pattern = patterns[random.next(patterns.count)]
        text += pattern.prefix(1 + random.next(pattern.count))
        text += (0..<random.next(20)).map { _ in
          random.next(3) == 0 ? byte() : UInt8(ascii: "a") + UInt8(random.next(26))
        }
        if random.next(2) == 0 { text.append(UInt8(ascii: " ")) }
      }
      let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
      #expect(automaton.matches(in: text) == PatternAutomatonTests.naive(patterns, text), "\(patterns) in \(text)")
    }
  }

  @Test func manyPatternsSharingPrefixes() {
    // Thousands of nodes, some with dozens of children: the layout must keep every one apart.
    var patterns: [[UInt8]] = []
    for first in UInt8(ascii: "a")...UInt8(ascii: "f") {
      for second in UInt8(ascii: "0")...UInt8(ascii: "z") where PatternAutomaton.isWordByte(second) {
        patterns.append([first, second, UInt8(ascii: " "), first])
      }
    }
    let automaton = PatternAutomaton(patterns: patterns.enumerated().map { ($0.element, $0.offset) })
    let text = Array(patterns.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ").utf8)
    let matches = automaton.matches(in: text)
    #expect(matches.count == patterns.count)
    #expect(matches == PatternAutomatonTests.naive(patterns, text))
  }
}
