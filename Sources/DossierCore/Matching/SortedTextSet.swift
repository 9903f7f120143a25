/// A set of token texts kept as a sorted array: built by sorting (no hashing, one allocation),
/// asked by binary search. For sets built often and asked seldom, such as a scope list's
/// context words (`ScopeIndex`).
struct SortedTextSet: Sendable, Equatable {
  private(set) var elements: [TokenText]

  init<Texts: Sequence>(_ texts: Texts) where Texts.Element == TokenText {
    var elements = Array(texts)
    elements.sort()
    var unique = 0
    for index in elements.indices where unique == 0 || elements[unique - 1] != elements[index] {
      elements[unique] = elements[index]
      unique += 1
    }
    elements.removeLast(elements.count - unique)
    self.elements = elements
  }

  var isEmpty: Bool { elements.isEmpty }
  var count: Int { elements.count }

  func contains(_ text: TokenText) -> Bool {
    var low = 0
    var high = elements.count
    while low < high {
      let middle = (low + high) / 2
      if elements[middle] < text { low = middle + 1 } else { high = middle }
    }
    return low < elements.count && elements[low] == text
  }

  /// The set without `texts`.
  func subtracting<Texts: Sequence>(_ texts: Texts) -> SortedTextSet where Texts.Element == TokenText {
    let removed = SortedTextSet(texts)
    guard !removed.isEmpty else { return self }
    var copy = self
    copy.elements.removeAll { removed.contains($0) }
    return copy
  }

  /// The set with `other`'s texts too.
  func union(_ other: SortedTextSet) -> SortedTextSet {
    other.isEmpty ? self : SortedTextSet(elements + other.elements)
  }
}
