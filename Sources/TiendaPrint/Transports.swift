import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Sends a job's bytes to a printer: a device or plain file, a TCP socket
/// (port 9100), or CUPS through `lp`. Every wait is bounded; the outcome
/// says whether any byte left (a retry is safe only when none did) and,
/// for printers that confirm (`estado sí`), whether the printer answered
/// its status afterwards (DESIGN §8.20).
public enum Transport {
  /// Connect and per-write bounds, in milliseconds.
  nonisolated(unsafe) public static var connectTimeout: Int32 = 2000
  nonisolated(unsafe) public static var writeTimeout: Int32 = 5000
  /// How long a printer has to answer its status after a job.
  nonisolated(unsafe) public static var statusTimeout: Int32 = 2000

  /// `connected` runs once the printer is reached, just before the first byte.
  public static func send(
    _ bytes: [UInt8], to printer: Printer, connected: () -> Void = {}
  ) -> SendOutcome {
    // A printer that hangs up must not kill the program.
    signal(SIGPIPE, SIG_IGN)
    switch printer.transport {
    case .file:
      return sendToFile(
        bytes, path: printer.target, confirm: printer.confirms, connected: connected)
    case .tcp:
      return sendTCP(
        bytes, target: printer.target, confirm: printer.confirms, connected: connected)
    case .cups:
      return sendCUPS(
        bytes, queue: printer.target, raw: printer.language != .pdf, connected: connected)
    case .screen: return .printed
    }
  }

  static func reason(_ code: Int32) -> String { PrintText.systemError(code) }

  /// Writes everything to `fd`, waiting at most `writeTimeout` for each chunk:
  /// `.sent` when every byte left.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> SendOutcome {
    var sent = 0
    while sent < bytes.count {
      var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
      let ready = poll(&pfd, 1, writeTimeout)
      if ready == 0 {
        return sent == 0
          ? .failed(PrintText.writeTimeout)
          : .uncertain(PrintText.writeTimeout, bytesSent: Int64(sent))
      }
      let n = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        let code = errno
        if code == EAGAIN || code == EINTR { continue }
        return sent == 0
          ? .failed(reason(code)) : .uncertain(reason(code), bytesSent: Int64(sent))
      }
      sent += n
    }
    return .sent
  }

  /// A device that confirms is opened for reading too, to hear its status;
  /// one that cannot be read (or a plain file) ends the job `enviado`.
  static func sendToFile(
    _ bytes: [UInt8], path: String, confirm: Bool, connected: () -> Void
  ) -> SendOutcome {
    let isDevice = path.hasPrefix("/dev/")
    let flags = O_WRONLY | O_NONBLOCK | O_CLOEXEC | (isDevice ? O_NOCTTY : O_APPEND | O_CREAT)
    var fd: Int32 = -1
    var readable = false
    if isDevice && confirm {
      fd = open(path, (flags & ~O_WRONLY) | O_RDWR, 0o600)
      readable = fd >= 0
    }
    if fd < 0 { fd = open(path, flags, 0o600) }
    if fd < 0 {
      let code = errno
      if code == EACCES { return .failed(PrintText.permissionDenied(path)) }
      if code == ENOENT { return .failed(PrintText.noSuchDevice(path)) }
      return .failed(PrintText.cannotOpen(path, reason(code)))
    }
    defer { close(fd) }
    // A late answer to an earlier job's question may still wait to be read:
    // dropped, so the status read after this job is this job's one byte.
    if readable { PrinterStatus.drain(fd) }
    connected()
    let outcome = writeAll(fd, bytes)
    guard outcome == .sent, readable else { return outcome }
    return PrinterStatus.confirm(fd, sent: bytes.count)
  }

  /// `host[:port]`, port 9100 by default.
  static func hostAndPort(_ target: String) -> (String, String) {
    if let colon = target.lastIndex(of: ":"), !target.hasPrefix("[") {
      return (String(target[..<colon]), String(target[target.index(after: colon)...]))
    }
    return (target, "9100")
  }

  static func sendTCP(
    _ bytes: [UInt8], target: String, confirm: Bool, connected: () -> Void
  ) -> SendOutcome {
    let (host, port) = hostAndPort(target)
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    var list: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, port, &hints, &list) == 0, let info = list else {
      return .failed(PrintText.unknownHost(target))
    }
    defer { freeaddrinfo(list) }
    let fd = socket(
      info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return .failed(reason(errno)) }
    defer { close(fd) }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 {
      guard errno == EINPROGRESS else {
        return .failed(PrintText.connectFailed(target, reason(errno)))
      }
      var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
      if poll(&pfd, 1, connectTimeout) == 0 { return .failed(PrintText.noAnswer(target)) }
      var error: Int32 = 0
      var length = socklen_t(MemoryLayout<Int32>.size)
      getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
      if error != 0 { return .failed(PrintText.connectFailed(target, reason(error))) }
    }
    connected()
    let outcome = writeAll(fd, bytes)
    // The write side stays open for the status question (some printers
    // hang up at the first FIN).
    if outcome == .sent && confirm { return PrinterStatus.confirm(fd, sent: bytes.count) }
    shutdown(fd, Int32(SHUT_WR))
    return outcome
  }

  static func sendCUPS(_ bytes: [UInt8], queue: String, raw: Bool, connected: () -> Void)
    -> SendOutcome
  {
    var input: [Int32] = [0, 0]
    var errors: [Int32] = [0, 0]
    guard pipe(&input) == 0, pipe(&errors) == 0 else { return .failed(reason(errno)) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    for fd in [input[0], input[1], errors[0], errors[1]] {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
    let args = ["lp", "-s", "-d", queue] + (raw ? ["-o", "raw"] : [])
    var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "lp", &actions, nil, &argv, environ)
    close(input[0])
    close(errors[1])
    guard spawned == 0 else {
      close(input[1])
      close(errors[0])
      return .failed(spawned == ENOENT ? PrintText.noLp : reason(spawned))
    }
    // lp reads everything before queuing: a short write means nothing was queued.
    connected()
    let written = writeAll(input[1], bytes)
    close(input[1])
    var status: Int32 = 0
    var waited: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      if waited > writeTimeout * 2 {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(errors[0])
        return .failed(PrintText.lpTimeout(queue))
      }
      usleep(10_000)
      waited += 10
    }
    var message = [UInt8](repeating: 0, count: 512)
    let n = read(errors[0], &message, message.count)
    close(errors[0])
    let exited = (status & 0x7f) == 0
    let code = (status >> 8) & 0xff
    guard exited && code == 0, written == .sent else {
      let text = n > 0 ? String(decoding: message[0..<n], as: UTF8.self) : ""
      return .failed(PrintText.lpFailed(queue, PrintText.lpSaid(text)))
    }
    return .sent
  }
}
