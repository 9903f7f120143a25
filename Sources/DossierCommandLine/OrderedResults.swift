import Dispatch
import Synchronization

/// Results filled in by workers in any order and taken in order by one reader, each as soon as it
/// and every earlier one are there: a folder lint prints each draft's findings as soon as it can
/// while the output keeps the drafts' order.
final class OrderedResults<Value: Sendable>: Sendable {
  private let values: Mutex<[Value?]>
  private let ready: [DispatchSemaphore]

  init(count: Int) {
    values = Mutex(Array(repeating: nil, count: count))
    ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
  }

  func store(_ value: Value, at index: Int) {
    values.withLock { $0[index] = value }
    ready[index].signal()
  }

  /// Waits for result `index` and takes it (it is not kept).
  func take(_ index: Int) -> Value {
    ready[index].wait()
    return values.withLock { values in
      defer { values[index] = nil }
      return values[index]!
    }
  }

  /// Runs `work` for every index on `workers` threads at once (each takes the next index not yet
  /// taken) and stores the results; returns at once, the work going on in the background.
  func fill(workers: Int, _ work: @escaping @Sendable (Int) -> Value) {
    let count = ready.count
    let next = Atomic(0)
    DispatchQueue.global(qos: .userInitiated).async {
      DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
        while true {
          let index = next.add(1, ordering: .relaxed).oldValue
          guard index < count else { return }
          self.store(work(index), at: index)
        }
      }
    }
  }
}
