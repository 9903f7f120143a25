import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A program the tests run: started with `posix_spawn` as a shell starts a command, and waited
/// for with `waitpid` under a deadline, so that no test can wait for ever.
///
/// Not Foundation's `Process`: on Linux its `waitUntilExit` waits on a run loop for a
/// termination notice, and under many processes started at once from parallel tests that notice
/// can be lost, parking the test for good (a sanitizer run of the suite once hung that way until
/// CI's time ran out). Here:
/// - every pipe is close-on-exec, and the child closes every descriptor past its three standard
///   ones, so no child keeps another test's pipe open (which would hold back that pipe's end of
///   file);
/// - the child starts with no signal blocked and SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE at
///   their default action (a test's worker thread blocks most signals, and children inherit
///   the mask);
/// - every wait has a deadline, after which the child is killed.
public final class ChildProcess: @unchecked Sendable {
  /// Where one of the child's standard streams goes.
  public enum Stream: Sendable {
    /// A pipe to this process (`input`, `output`, `errors`).
    case pipe
    /// `/dev/null`.
    case null
    /// This process's own stream, inherited.
    case inherit
  }

  /// How the child ended: its exit status, or the signal that ended it.
  public struct Termination: Equatable, Sendable {
    public let status: Int32
    public let signal: Int32?
  }

  public let pid: pid_t
  /// The write end of the child's standard input, or -1 when it is not a pipe or is closed.
  public private(set) var input: Int32
  /// The read end of the child's standard output, or -1 when it is not a pipe.
  public let output: Int32
  /// The read end of the child's standard error, or -1 when it is not a pipe.
  public let errors: Int32
  private let termination = Mutex<Termination?>(nil)

  /// Starts `executable` (a path) with `arguments` and exactly `environment`.
  public init(
    executable: String, arguments: [String], environment: [String: String], directory: String? = nil,
    input inputStream: Stream = .null, output outputStream: Stream = .pipe, errors errorsStream: Stream = .pipe
  ) throws(ChildProcessError) {
    ChildProcess.ignoreBrokenPipes
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var parentEnds: [Int32] = [-1, -1, -1]
    var childEnds: [Int32] = []
    defer { for end in childEnds { close(end) } }
    func closeAll() { for end in parentEnds where end >= 0 { close(end) } }
    for (descriptor, stream) in [inputStream, outputStream, errorsStream].enumerated() {
      let target = Int32(descriptor)
      switch stream {
      case .inherit:
        break
      case .null:
        posix_spawn_file_actions_addopen(&actions, target, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
      case .pipe:
        guard let ends = ChildProcess.closeOnExecPipe() else {
          closeAll()
          throw ChildProcessError(message: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        // The child's end becomes its standard stream; the parent keeps the other.
        let (childEnd, parentEnd) = descriptor == 0 ? (ends.read, ends.write) : (ends.write, ends.read)
        childEnds.append(childEnd)
        parentEnds[descriptor] = parentEnd
        posix_spawn_file_actions_adddup2(&actions, childEnd, target)
      }
    }
    if let closeFrom = ChildProcess.addCloseFrom { _ = closeFrom(&actions, 3) }
    if let directory {
      guard let addDirectory = ChildProcess.addDirectory, addDirectory(&actions, directory) == 0 else {
        closeAll()
        throw ChildProcessError(message: "cannot start \(executable) in \(directory)")
      }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signalNumber) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] =
      environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var child = pid_t()
    let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      closeAll()
      throw ChildProcessError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    pid = child
    input = parentEnds[0]
    output = parentEnds[1]
    errors = parentEnds[2]
  }

  deinit {
    if isRunning {
      _ = Glibc.kill(pid, SIGKILL)
      _ = reap(blocking: true)
    }
    for end in [input, output, errors] where end >= 0 { close(end) }
  }

  // MARK: Input

  /// Writes all of `bytes` to the child's standard input; false when the child no longer reads
  /// it (it exited or closed it).
  @discardableResult
  public func write(_ bytes: [UInt8]) -> Bool {
    guard input >= 0 else { return false }
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { Glibc.write(input, $0.baseAddress!, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return true
  }

  /// Closes the child's standard input: it reads the end of the file.
  public func closeInput() {
    guard input >= 0 else { return }
    close(input)
    input = -1
  }

  // MARK: Ending

  /// Whether the child is still running (a child that ended is reaped here).
  public var isRunning: Bool { reap(blocking: false) == nil }

  /// The child's end, once it has ended.
  public var ended: Termination? { reap(blocking: false) }

  /// Waits up to `timeout` seconds for the child to end; nil if it is still running then.
  public func wait(timeout: Double) -> Termination? {
    let deadline = ChildProcess.now() + timeout
    while true {
      if let ended = reap(blocking: false) { return ended }
      if ChildProcess.now() >= deadline { return nil }
      usleep(2_000)
    }
  }

  /// Sends `signalNumber` to the child (if it is still running).
  public func send(_ signalNumber: Int32) {
    if isRunning { _ = Glibc.kill(pid, signalNumber) }
  }

  /// Kills the child and waits for it.
  public func kill() {
    guard isRunning else { return }
    _ = Glibc.kill(pid, SIGKILL)
    _ = reap(blocking: true)
  }

  private func reap(blocking: Bool) -> Termination? {
    termination.withLock { termination in
      if let termination { return termination }
      var raw: Int32 = 0
      while true {
        let reaped = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
        if reaped < 0, errno == EINTR { continue }
        guard reaped == pid else { return nil }
        break
      }
      let signalNumber = raw & 0x7f
      termination =
        signalNumber == 0
        ? Termination(status: (raw >> 8) & 0xff, signal: nil)
        : Termination(status: 128 + signalNumber, signal: signalNumber)
      return termination
    }
  }

  // MARK: Running to the end

  /// What a child wrote and how it ended; `timedOut` when it was killed at the deadline.
  public struct Outcome: Sendable {
    public let termination: Termination
    public let output: [UInt8]
    public let errors: [UInt8]
    public let timedOut: Bool
  }

  /// Writes `input` to the child's standard input and closes it, while reading its standard
  /// output and error as they come (neither can fill and block the child), until both end and
  /// the child exits, or `timeout` seconds pass and it is killed.
  public func finish(input bytes: [UInt8] = [], timeout: Double) -> Outcome {
    let deadline = ChildProcess.now() + timeout
    var pending = bytes[...]
    if pending.isEmpty { closeInput() }
    if input >= 0 { _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK) }
    var open = [output, errors].filter { $0 >= 0 }
    var collected = Dictionary(uniqueKeysWithValues: open.map { ($0, [UInt8]()) })
    var chunk = [UInt8](repeating: 0, count: 65536)
    var timedOut = false
    while !open.isEmpty || input >= 0 {
      let remaining = deadline - ChildProcess.now()
      guard remaining > 0 else {
        timedOut = true
        break
      }
      var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if input >= 0 { polled.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
      let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining, 1) * 1000) + 1)
      if ready < 0, errno != EINTR { break }
      for entry in polled where entry.revents != 0 {
        if entry.fd == input {
          let count = pending.withUnsafeBytes { Glibc.write(input, $0.baseAddress!, $0.count) }
          if count > 0 { pending = pending.dropFirst(count) }
          if pending.isEmpty || (count < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
          continue
        }
        let count = read(entry.fd, &chunk, chunk.count)
        if count > 0 {
          collected[entry.fd, default: []] += chunk[..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
          open.removeAll { $0 == entry.fd }
        }
      }
    }
    var end = timedOut ? nil : wait(timeout: max(0, deadline - ChildProcess.now()))
    if end == nil {
      timedOut = true
      kill()
      end = ended
    }
    return Outcome(
      termination: end ?? Termination(status: 128 + SIGKILL, signal: SIGKILL),
      output: output >= 0 ? collected[output] ?? [] : [], errors: errors >= 0 ? collected[errors] ?? [] : [],
      timedOut: timedOut)
  }

  // MARK: The C library

  /// Seconds on the monotonic clock.
  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// A pipe whose two ends are closed on exec (`pipe2(O_CLOEXEC)`, which Swift's Glibc module
  /// does not declare).
  private static func closeOnExecPipe() -> (read: Int32, write: Int32)? {
    var ends: [Int32] = [-1, -1]
    if let pipe2 {
      guard pipe2(&ends, O_CLOEXEC) == 0 else { return nil }
    } else {
      guard pipe(&ends) == 0 else { return nil }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    }
    return (ends[0], ends[1])
  }

  private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
  private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
  private typealias AddDirectory =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

  private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
    guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(address, to: type)
  }

  // glibc 2.9, 2.34 and 2.29 have these, behind _GNU_SOURCE.
  private static let pipe2 = symbol("pipe2", as: Pipe2.self)
  private static let addCloseFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)
  private static let addDirectory = symbol("posix_spawn_file_actions_addchdir_np", as: AddDirectory.self)

  /// A write to a child that has exited fails with EPIPE instead of killing the test process.
  private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// A child process that could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
