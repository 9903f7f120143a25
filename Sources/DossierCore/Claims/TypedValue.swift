/// A value a sentence states, read into a type with a unit, so that equal values written
/// differently ("$10 million" and "$10,000,000", "quarterly" and "four times a year", "ten" and
/// "10") compare equal and values of different kinds never compare at all.
public struct TypedValue: Sendable, Hashable {
  public enum Kind: UInt8, Sendable, Hashable {
    /// A bare year ("in 2008").
    case year
    /// A calendar date: a day, month and year ("June 26, 2008", "26 June 2008", "2008-06-26") or
    /// a month and year ("March 2010").
    case date
    /// A number of things ("46 sailors", "ten members", "1,300 staff").
    case count
    /// A rank ("fourth", "21st", "twenty-first").
    case ordinal
    /// A share ("60 per cent", "60 percent", "60%").
    case percent
    /// A sum of money ("$6 million", "USD 6 million"); `unit` is the currency.
    case amount
    /// A physical measure ("1.1 °C", "1.5 degrees"); `unit` is the unit.
    case measure
    /// A length of time ("three years", "nine months"); `magnitude` in days.
    case duration
    /// How often ("every five years", "quarterly", "twice a year"); `magnitude` in times a year.
    case frequency
    /// The number of a reference ("Article 6", "Resolution 2270"): read so it is never a count.
    case identifier
    /// How a body voted ("by a majority of 6–3", "voted 8–1", "by six votes to three");
    /// `magnitude` is the votes for times 1,000 plus the votes against.
    case vote
  }

  /// A word before the value that says how it relates to the truth.
  public enum Bound: UInt8, Sendable, Hashable {
    case exact
    /// "about", "around", "some", "nearly".
    case approximate
    /// "at least", "no fewer than".
    case atLeast
    /// "more than", "over".
    case moreThan
    /// "up to", "at most".
    case atMost
    /// "less than", "fewer than", "under".
    case lessThan
  }

  public var kind: Kind
  /// The value in its kind's canonical unit: a year; a date as `year * 10000 + month * 100 + day`
  /// (day 0 for a month and year); a count; a rank; a percentage; an amount in currency units; a
  /// measure; days; times a year.
  public var magnitude: Double
  /// The currency or unit ("usd", "°c"); empty for kinds without one.
  public var unit: String
  /// The tokens the value is written with ("$", "6", "million").
  public var tokens: Range<Int>
  /// The token that holds the number (the one a fix replaces when it is alone).
  public var token: Int
  public var bound: Bound

  public init(kind: Kind, magnitude: Double, unit: String = "", tokens: Range<Int>, token: Int, bound: Bound = .exact) {
    self.kind = kind
    self.magnitude = magnitude
    self.unit = unit
    self.tokens = tokens
    self.token = token
    self.bound = bound
  }

  /// The year a year or a date names.
  public var year: Int? {
    switch kind {
    case .year: Int(magnitude)
    case .date: Int(magnitude) / 10000
    default: nil
    }
  }

  /// A date's month (1–12), if it has one.
  var month: Int? { kind == .date ? (Int(magnitude) / 100) % 100 : nil }
  /// A date's day, or nil for a month and year.
  var day: Int? {
    guard kind == .date else { return nil }
    let day = Int(magnitude) % 100
    return day == 0 ? nil : day
  }

  /// The value as a whole number, when it is one.
  public var integer: Int? {
    guard magnitude.rounded() == magnitude, abs(magnitude) < 1e15 else { return nil }
    return Int(magnitude)
  }

  /// True when the two can be compared at all: the same kind (a bare year and a date compare by
  /// year) in the same unit, and the same bound ("at least 55" and "more than 50" say different
  /// things without contradicting each other; "about" counts as exact).
  public func isComparable(with other: TypedValue) -> Bool {
    boundClass == other.boundClass && isOfTheSameKind(as: other)
  }

  /// The same kind of value in the same unit, whatever the bounds ("up to $12.3 billion" and
  /// "$9.4 billion" are two sums): what another value of a clause is checked against.
  /// (A day of the year written without its year, "17 May", compares only with another.)
  public func isOfTheSameKind(as other: TypedValue) -> Bool {
    switch (kind, other.kind) {
    case (.year, .year): return true
    case (.year, .date), (.date, .year): return !isYearless && !other.isYearless
    case (.date, .date): return isYearless == other.isYearless
    default: return kind == other.kind && unit == other.unit && kind != .identifier
    }
  }

  /// A date written without its year ("17 May"): year 0.
  public var isYearless: Bool { kind == .date && magnitude < 10_000 }

  /// True when two comparable values say the same thing: equal magnitudes; a year equals a date
  /// in that year; a month and year equals any day of that month.
  public func agrees(with other: TypedValue) -> Bool {
    if kind != other.kind || kind == .year { return year == other.year }
    if kind == .date {
      guard year == other.year, month == other.month else { return false }
      guard let day, let otherDay = other.day else { return true }
      return day == otherDay
    }
    let scale = max(abs(magnitude), abs(other.magnitude), 1)
    return abs(magnitude - other.magnitude) <= scale * 1e-9
  }

  private var boundClass: Int {
    switch bound {
    case .exact, .approximate: 0
    default: Int(bound.rawValue)
    }
  }
}

extension TypedValue {
  /// The tokens the value stands in place of as words of its clause: none for a length written
  /// as a modifier ("a 5-year effort", "in any 12-month period": two clauses about one five-year
  /// effort share those words).
  func coveredTokens<Tokens: RandomAccessCollection<Token>>(in tokens: Tokens) -> Range<Int>?
  where Tokens.Index == Int {
    if kind == .duration, self.tokens.count == 3, tokens[self.tokens.lowerBound + 1].hasText("-") { return nil }
    return self.tokens
  }
}
