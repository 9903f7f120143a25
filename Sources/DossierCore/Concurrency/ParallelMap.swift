import Dispatch
import Synchronization

/// Work spread over every core: the pieces run at once (GCD's `concurrentPerform`, one worker
/// per core) and their results come back in order. For coarse pieces only (a corpus document, a
/// stretch of a long draft): each result is stored under a lock. The closures are `@Sendable`, so
/// the compiler checks that what they share is safe to share.
enum Parallel {
  /// The least text (in bytes) worth spreading over the cores: a small corpus is read on one.
  static let worthwhileBytes = 256 * 1024

  /// `transform` of each element, in order; one after the other when `worthIt` is false.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], worthIt: Bool = true, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard worthIt, elements.count > 1 else { return elements.map(transform) }
    let results = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      let result = transform(elements[index])
      results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
  }

  /// Runs the two pieces at once and returns both results; one after the other when `worthIt`
  /// is false (small pieces: waking a second core costs more than it saves).
  static func both<First: Sendable, Second: Sendable>(
    worthIt: Bool = true, _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    guard worthIt else { return (first(), second()) }
    let results = Mutex<(First?, Second?)>((nil, nil))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 {
        let value = first()
        results.withLock { $0.0 = value }
      } else {
        let value = second()
        results.withLock { $0.1 = value }
      }
    }
    return results.withLock { ($0.0!, $0.1!) }
  }
}
