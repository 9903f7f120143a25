#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pipe a converter writes its output to, and what keeps it from leaking into other children:
/// both ends are close-on-exec from the start (`pipe2`), and a child closes every descriptor past
/// its standard three (`posix_spawn_file_actions_addclosefrom_np`). Without both, a program
/// started for one file at the same moment as another's could inherit that other's write end,
/// and its reader would see no end of output until the wrong program exited.
enum ChildPipe {
  /// A new pipe, both ends close-on-exec; nil when none can be made.
  static func make() -> (read: Int32, write: Int32)? {
    var ends: [Int32] = [-1, -1]
    if let pipe2 = Library.pipe2 {
      guard pipe2(&ends, O_CLOEXEC) == 0 else { return nil }
    } else {
      // Without pipe2 (a static executable: see `Library`), a child started by another thread
      // between these calls could inherit the ends.
      guard pipe(&ends) == 0 else { return nil }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    }
    return (ends[0], ends[1])
  }

  /// Has the child close every descriptor past standard error once its own are in place.
  static func closeOthers(_ actions: inout posix_spawn_file_actions_t) {
    if let addCloseFrom = Library.addCloseFrom { _ = addCloseFrom(&actions, 3) }
  }

  /// The two functions, looked up by name: the C library has them (glibc 2.9 and 2.34) but
  /// declares them only for `_GNU_SOURCE`, which Swift's import of it does not set. A static
  /// executable has no table to look them up in: there the pipe is made close-on-exec just after
  /// it is made, and a child started by another thread in between could still inherit it, which
  /// delays a reader until that child ends but never hangs it (converters end on their own, or at
  /// `ExternalFormat.runTimeout`).
  private enum Library {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    static let pipe2 = symbol("pipe2", as: Pipe2.self)
    static let addCloseFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)

    static func symbol<T>(_ name: String, as type: T.Type) -> T? {
      guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
      return unsafeBitCast(address, to: type)
    }
  }
}
