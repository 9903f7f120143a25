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

  var value: Value {
    state.withLock { state in
      switch state {
      case .built(let value):
        return value
      case .pending(let build):
        let value = build()
        state = .built(value)
        return value
      }
    }
  }
}
