#if canImport(Glibc)
  import Glibc
#endif

/// The terminal an open ticket belongs to: the process that opened it
/// (DESIGN §8.4). A later process that got the same pid is told apart by
/// its start time (field 22 of `/proc/<pid>/stat`), and a process of an
/// earlier boot by the kernel's boot id.
public struct TerminalID: Sendable, Equatable {
  public var pid: Int64
  /// Clock ticks after boot when the process started.
  public var started: Int64
  public var boot: String

  public init(pid: Int64, started: Int64, boot: String) {
    self.pid = pid
    self.started = started
    self.boot = boot
  }

  /// This process.
  public static let current: TerminalID =
    running(pid: Int64(getpid())) ?? TerminalID(pid: Int64(getpid()), started: 0, boot: bootID)

  /// The process that has `pid` now, nil when none runs.
  public static func running(pid: Int64) -> TerminalID? {
    guard pid > 0, pid <= Int64(Int32.max) else { return nil }
    guard let stat = readSmallFile("/proc/\(pid)/stat") else {
      // Without /proc (not Linux): alive or not, no start time.
      let alive = kill(pid_t(pid), 0) == 0 || errno == EPERM
      return alive ? TerminalID(pid: pid, started: 0, boot: bootID) : nil
    }
    // `pid (name) state ppid …`: the name may hold spaces and parentheses,
    // so fields are counted after the last «)». Field 22 is the start time.
    guard let close = stat.lastIndex(of: UInt8(ascii: ")")) else { return nil }
    let fields = stat[(close + 1)...].split(separator: UInt8(ascii: " "))
    guard fields.count > 19, let started = Int64(String(decoding: fields[19], as: UTF8.self))
    else { return nil }
    // A zombie has finished: its tickets are orphans.
    if fields[0].first == UInt8(ascii: "Z") || fields[0].first == UInt8(ascii: "X") { return nil }
    return TerminalID(pid: pid, started: started, boot: bootID)
  }

  /// Whether the process this identity names still runs (same pid, same
  /// start, same boot).
  public var isAlive: Bool {
    guard boot == TerminalID.bootID else { return false }
    return TerminalID.running(pid: pid) == self
  }

  /// The kernel's id of this boot ("" when unknown).
  static let bootID: String = {
    guard let bytes = readSmallFile("/proc/sys/kernel/random/boot_id") else { return "" }
    return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: " \n")
  }()

  /// The bytes of a small file under /proc, nil when it cannot be read.
  static func readSmallFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1024)
    while out.count < 8192 {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { break }
      out += buffer[0..<n]
    }
    return out
  }
}
