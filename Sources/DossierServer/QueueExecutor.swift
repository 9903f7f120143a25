import Dispatch

/// The language server's executor: its jobs run on one serial dispatch queue, in order.
///
/// The server is an actor whose isolation is this queue. Messages arrive from the reader thread
/// as plain `queue.async` blocks (in arrival order, which an actor's task queue does not
/// promise), and each block enters the actor with `assumeIsolated`: a check at run time that it
/// is on the queue (`checkIsolated`), after which the compiler checks every access to the
/// server's state. Swift on Linux has no dispatch queue that is itself a serial executor, so this
/// type makes one.
final class QueueExecutor: SerialExecutor {
  let queue: DispatchQueue

  init(label: String) {
    queue = DispatchQueue(label: label)
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedSerialExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }

  func checkIsolated() {
    dispatchPrecondition(condition: .onQueue(queue))
  }
}
