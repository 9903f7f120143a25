/// A glob as `.gitignore` writes one, matched against a path relative to the folder the pattern
/// belongs to ("drafts/old/memo.md"):
/// - `*` matches any run of characters but "/", `?` one character but "/";
/// - `[a-z]`, `[!0-9]` (or `[^0-9]`), `[[:alpha:]]` match one character of a class, never "/"
///   (a character, not a byte as git's wildmatch: "?" matches "é" whole);
/// - `**` as a whole segment matches any number of folders: `**/old` is "old" at any depth,
///   `old/**` everything inside "old", `a/**/b` "a/b", "a/x/b", "a/x/y/b";
/// - `\` makes the next character plain.
public struct GlobPattern: Sendable, Hashable {
  public let text: String
  private let bytes: [UInt8]

  /// A pattern, or a description of what is wrong with it (an unclosed `[`, a trailing `\`).
  public init(_ text: String) throws(GlobPattern.Problem) {
    self.text = text
    self.bytes = Array(text.utf8)
    try Self.validate(bytes)
  }

  public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
  }

  private static func validate(_ bytes: [UInt8]) throws(Problem) {
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count else { throw Problem(description: "a pattern cannot end with \"\\\"") }
        index += 2
      case UInt8(ascii: "["):
        guard classEnd(bytes, from: index) != nil else {
          throw Problem(description: "\"[\" opens a character class that is never closed")
        }
        index = classEnd(bytes, from: index)!
      default:
        index += 1
      }
    }
  }

  /// Whether the pattern matches all of `path`.
  public func matches(_ path: String) -> Bool {
    let path = Array(path.utf8)
    return Self.match(bytes[...], path[...])
  }

  /// The index just past the class that opens at `start` ("[" … "]"), if it is closed. A "]"
  /// right after "[" (or "[!") belongs to the class.
  private static func classEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start + 1
    if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "^") { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      // "[:alpha:]" inside a class: its "]" does not close the class.
      if bytes[index] == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":"),
        let close = namedClassEnd(bytes[...], from: index)
      {
        index = close
        continue
      }
      if bytes[index] == UInt8(ascii: "]") { return index + 1 }
      index += 1
    }
    return nil
  }

  /// The index just past a named class ("[:alpha:]") that opens at `start`, if it is one.
  private static func namedClassEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
    var index = start + 2
    while index + 1 < bytes.endIndex {
      if bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "]") { return index + 2 }
      guard bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") else { return nil }
      index += 1
    }
    return nil
  }

  /// Whether one byte is in the named POSIX class, as git's wildmatch reads them (ASCII).
  private static func isInNamedClass(_ name: String, _ byte: UInt8) -> Bool {
    let isUpper = byte >= 0x41 && byte <= 0x5A
    let isLower = byte >= 0x61 && byte <= 0x7A
    let isDigit = byte >= 0x30 && byte <= 0x39
    switch name {
    case "alpha": return isUpper || isLower
    case "digit": return isDigit
    case "alnum": return isUpper || isLower || isDigit
    case "upper": return isUpper
    case "lower": return isLower
    case "space": return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    case "blank": return byte == 0x20 || byte == 0x09
    case "punct": return byte >= 0x21 && byte <= 0x7E && !(isUpper || isLower || isDigit)
    case "xdigit": return isDigit || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    case "print": return byte >= 0x20 && byte <= 0x7E
    case "graph": return byte >= 0x21 && byte <= 0x7E
    case "cntrl": return byte < 0x20 || byte == 0x7F
    default: return false
    }
  }

  private static let slash = UInt8(ascii: "/")

  private static func match(_ pattern: ArraySlice<UInt8>, _ path: ArraySlice<UInt8>) -> Bool {
    var p = pattern.startIndex
    var t = path.startIndex
    while p < pattern.endIndex {
      let byte = pattern[p]
      switch byte {
      case UInt8(ascii: "*"):
        let isDouble = p + 1 < pattern.endIndex && pattern[p + 1] == UInt8(ascii: "*")
        let startsSegment = p == pattern.startIndex || pattern[p - 1] == slash
        let endsSegment = p + 2 >= pattern.endIndex || pattern[p + 2] == slash
        if isDouble, startsSegment, endsSegment {
          // "**" at the end: everything below.
          if p + 2 >= pattern.endIndex { return true }
          // "**/": zero or more whole folders, then the rest.
          let rest = pattern[(p + 3)...]
          var candidate = t
          while true {
            if match(rest, path[candidate...]) { return true }
            guard let next = path[candidate...].firstIndex(of: slash) else { return false }
            candidate = next + 1
          }
        }
        // "*" (or "**" inside a segment): any run without "/".
        var next = p + 1
        while next < pattern.endIndex, pattern[next] == UInt8(ascii: "*") { next += 1 }
        let rest = pattern[next...]
        var candidate = t
        while true {
          if match(rest, path[candidate...]) { return true }
          guard candidate < path.endIndex, path[candidate] != slash else { return false }
          candidate += 1
        }
      case UInt8(ascii: "?"):
        guard t < path.endIndex, path[t] != slash else { return false }
        t = scalarEnd(path, t)
        p += 1
      case UInt8(ascii: "["):
        guard t < path.endIndex, path[t] != slash, let end = classEnd(Array(pattern[p...]), from: 0) else {
          return false
        }
        let scalar = path[t..<scalarEnd(path, t)]
        guard classMatches(pattern[(p + 1)..<(p + end - 1)], Array(scalar)) else { return false }
        t += scalar.count
        p += end
      case UInt8(ascii: "\\"):
        guard p + 1 < pattern.endIndex, t < path.endIndex, path[t] == pattern[p + 1] else { return false }
        p += 2
        t += 1
      default:
        guard t < path.endIndex, path[t] == byte else { return false }
        p += 1
        t += 1
      }
    }
    return t == path.endIndex
  }

  private static func scalarEnd(_ path: ArraySlice<UInt8>, _ start: Int) -> Int {
    var end = start + 1
    while end < path.endIndex, path[end] & 0xC0 == 0x80 { end += 1 }
    return end
  }

  /// Whether one character (its UTF-8 bytes) is in the class written between "[" and "]".
  private static func classMatches(_ body: ArraySlice<UInt8>, _ character: [UInt8]) -> Bool {
    var index = body.startIndex
    var negated = false
    if index < body.endIndex, body[index] == UInt8(ascii: "!") || body[index] == UInt8(ascii: "^") {
      negated = true
      index += 1
    }
    // Members as whole characters, so a range compares scalars.
    func member(at position: Int) -> (scalar: [UInt8], next: Int) {
      var start = position
      if body[start] == UInt8(ascii: "\\"), start + 1 < body.endIndex { start += 1 }
      let end = scalarEnd(body, start)
      return (Array(body[start..<end]), end)
    }
    var found = false
    while index < body.endIndex {
      if body[index] == UInt8(ascii: "["), let close = namedClassEnd(body, from: index) {
        let name = String(decoding: body[(index + 2)..<(close - 2)], as: UTF8.self)
        if character.count == 1, isInNamedClass(name, character[0]) { found = true }
        index = close
        continue
      }
      let low = member(at: index)
      index = low.next
      if index + 1 < body.endIndex, body[index] == UInt8(ascii: "-") {
        let high = member(at: index + 1)
        index = high.next
        if low.scalar.lexicographicallyPrecedes(character) || low.scalar == character,
          character.lexicographicallyPrecedes(high.scalar) || character == high.scalar
        {
          found = true
        }
      } else if low.scalar == character {
        found = true
      }
    }
    return found != negated
  }
}
