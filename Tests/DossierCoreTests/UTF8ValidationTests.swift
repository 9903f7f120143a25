import Testing

@testable import DossierCore

@Suite struct UTF8ValidationTests {
  @Test func acceptsWhatTheStandardLibraryAccepts() {
    let samples: [[UInt8]] = [
      [], Array("plain ASCII prose, long enough for the eight-byte path".utf8),
      Array("curly ‘quotes’ — dashes … and 🚀 emoji, é, 中文".utf8),
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
      [0xE2, 0x80], [0x80], [0xFF], Array("abc".utf8) + [0xE2, 0x80, 0x41] + Array("defghijkl".utf8),
    ]
    for sample in samples {
      #expect(UTF8Validation.check(sample).isValid == (String(validating: sample, as: UTF8.self) != nil), "\(sample)")
    }
  }

  @Test func agreesWithTheStandardLibraryOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    // Bytes drawn mostly from lead and continuation ranges, so many sequences are nearly valid.
    let alphabet: [UInt8] = [
      0x41, 0x20, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF3, 0xF4,
      0xF5, 0xC0, 0xFF,
    ]
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...24, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let result = UTF8Validation.check(bytes)
      #expect(result.isValid == expected, "\(bytes)")
      #expect(result.containsNUL == bytes.contains(0), "\(bytes)")
    }
  }

  @Test func findsNULBytesInAnyPosition() {
    for position in 0..<20 {
      var bytes = Array(repeating: UInt8(ascii: "a"), count: 20)
      bytes[position] = 0
      #expect(UTF8Validation.check(bytes) == .init(isValid: true, containsNUL: true))
      bytes.append(0xFF)
      #expect(UTF8Validation.check(bytes) == .init(isValid: false, containsNUL: true))
    }
    #expect(UTF8Validation.check(Array("no nul here at all".utf8)).containsNUL == false)
  }
}

@Suite struct ASCIIWordsTests {
  @Test func classMasksAgreeWithByteTests() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let word = bytes.withUnsafeBufferPointer { ASCIIWords.load($0, at: 0) }
      for (index, byte) in bytes.enumerated() {
        let bit: UInt64 = 0x80 << (8 * UInt64(index))
        #expect((ASCIIWords.upperCase(word) & bit != 0) == (byte >= 0x41 && byte <= 0x5A))
        #expect((ASCIIWords.lowerCase(word) & bit != 0) == (byte >= 0x61 && byte <= 0x7A))
        let alphanumeric =
          (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        #expect((ASCIIWords.alphanumeric(word) & bit != 0) == alphanumeric)
      }
    }
  }

  @Test func casingByWordsAgreesWithCasingByBytes() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aAbBsSzZ09'.-éÉ’".utf8)
    for _ in 0..<5_000 {
      let length = Int.random(in: 1...20, using: &generator)
      // Padding after the word, as a draft has: the fast path reads sixteen bytes.
      let bytes =
        (0..<length).map { _ in alphabet.randomElement(using: &generator)! } + Array(repeating: 0x20, count: 16)
      bytes.withUnsafeBufferPointer { buffer in
        let fast = Tokenizer.casing(of: buffer, in: 0..<length)
        let slow = Tokenizer.casingByBytes(of: buffer, in: 0..<length)
        #expect(fast == slow, "\(bytes.prefix(length))")
      }
    }
  }
}

@Suite struct LineStartTests {
  /// Line starts the plain way: after "\n", after "\r" not followed by "\n".
  func naiveLineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0A {
        starts.append(index + 1)
      } else if bytes[index] == 0x0D {
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    return starts
  }

  @Test func lineStartsAgreeWithAPlainScan() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = [0x0A, 0x0D, 0x0C, 0x09, 0x20, 0x41, 0x61, 0x7F, 0xC3, 0xA9]
    for _ in 0..<3_000 {
      let length = Int.random(in: 0...40, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      #expect(SourceText(validatedBytes: bytes).lineStarts == naiveLineStarts(bytes), "\(bytes)")
    }
  }
}
