/// HTML character references: `&#8217;`, `&#x2019;` and the named ones prose uses (`&amp;`,
/// `&nbsp;`, `&rsquo;`, `&mdash;`, accented letters …). A reference must end with `;`; anything
/// else starting with `&` is text.
enum CharacterReference {
  /// The character a reference at `start` stands for and the offset after its `;`, or nil.
  static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
    guard start + 2 < end, bytes[start] == UInt8(ascii: "&") else { return nil }
    // The longest reference read is 32 bytes ("&CounterClockwiseContourIntegral;").
    let limit = min(end, start + 34)
    guard let semicolon = (start + 1..<limit).first(where: { bytes[$0] == UInt8(ascii: ";") }) else { return nil }
    let body = bytes[(start + 1)..<semicolon]
    guard !body.isEmpty else { return nil }
    if body.first == UInt8(ascii: "#") {
      let digits = body.dropFirst()
      let isHex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
      let number = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
      guard !number.isEmpty, number.count <= 8, let value = UInt32(number, radix: isHex ? 16 : 10),
        value != 0, let scalar = Unicode.Scalar(value)
      else { return nil }
      return (scalar, semicolon + 1)
    }
    guard let value = named[String(decoding: body, as: UTF8.self)], let scalar = Unicode.Scalar(value) else {
      return nil
    }
    return (scalar, semicolon + 1)
  }

  /// The named references of HTML that policy prose uses, by name.
  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ensp": 0x2002,
    "emsp": 0x2003, "thinsp": 0x2009, "shy": 0xAD, "zwnj": 0x200C, "zwj": 0x200D,
    "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
    "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
    "ndash": 0x2013, "mdash": 0x2014, "hyphen": 0x2010, "minus": 0x2212, "hellip": 0x2026, "bull": 0x2022,
    "middot": 0xB7, "sect": 0xA7, "para": 0xB6, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0,
    "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE,
    "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "percnt": 0x25, "permil": 0x2030, "euro": 0x20AC, "pound": 0xA3,
    "yen": 0xA5, "cent": 0xA2, "dollar": 0x24, "num": 0x23, "commat": 0x40, "dagger": 0x2020, "Dagger": 0x2021,
    "iexcl": 0xA1, "iquest": 0xBF, "ordf": 0xAA, "ordm": 0xBA, "micro": 0xB5,
    "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
    "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD,
    "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4,
    "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC,
    "Yacute": 0xDD, "THORN": 0xDE, "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3,
    "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA,
    "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1,
    "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9,
    "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "thorn": 0xFE, "yuml": 0xFF, "OElig": 0x152,
    "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "Zcaron": 0x17D, "zcaron": 0x17E,
  ]
}
