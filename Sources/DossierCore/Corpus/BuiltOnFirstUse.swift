import Dispatch
import Synchronization

/// A part of a corpus that only some drafts need, built the first time it is asked for, once,
/// whatever the thread (a second caller waits for the first). Loading a corpus stays cheap for
/// the parts a draft never reaches.
final class BuiltOnFirstUse<Value: Sendable>: Sendable {
  private enum State {
    case pending(@Sendable () -> Value)
    case built(Value)
  }

  private let state: Mutex<State>

  init(_ build: @escaping @Sendable () -> Value) {
    state = Mutex(.pending(build))
  }

  /// A part already built.
  init(built value: Value) {
    state = Mutex(.built(value))
  }

  /// The value if it was built already (nothing is built).
  var valueIfBuilt: Value? {
    state.withLock { state in
      if case .built(let value) = state { return value }
      return nil
    }
  }

  var value: Value {
    state.withLock { state in
      switch state {
      case .built(let value):
        return value
      case .pending(let build):
        let start = DispatchTime.now().uptimeNanoseconds
        let value = build()
        FirstUseBuilds.nanoseconds.add(DispatchTime.now().uptimeNanoseconds - start, ordering: .relaxed)
        state = .built(value)
        return value
      }
    }
  }
}

/// The time spent building corpus parts on first use, in this process: work that belongs to the
/// corpus, though a draft's analysis sets it off (`lint --timings` counts it under the corpus).
enum FirstUseBuilds {
  static let nanoseconds = Atomic<UInt64>(0)
}

extension Corpus {
  /// How long building corpus parts on first use has taken so far in this process, in nanoseconds.
  public static var firstUseBuildNanoseconds: UInt64 { FirstUseBuilds.nanoseconds.load(ordering: .relaxed) }
}
