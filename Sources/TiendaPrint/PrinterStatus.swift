import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Printer truth (DESIGN §8.20): after a job's bytes, the printer is asked
/// its status with DLE EOT 1 and has `Transport.statusTimeout` to answer.
/// ESC/POS printers handle DLE EOT as soon as it arrives, after every byte
/// sent before it: an answer says the job reached the printer.
enum PrinterStatus {
  static let printerStatus: [UInt8] = [0x10, 0x04, 0x01]
  static let paperStatus: [UInt8] = [0x10, 0x04, 0x04]

  /// What the printer said.
  enum Answer: Equatable {
    case byte(UInt8)
    /// Nothing in time.
    case silent
    /// The printer hung up, or the connection broke.
    case closed(Int32)
    /// Something that is not one status byte (a web server's reply, a
    /// device that is not an ESC/POS printer): these first bytes.
    case notAPrinter([UInt8])
  }

  /// A status byte has bits 1 and 4 set and bits 0 and 7 clear (0x12 when
  /// all is well).
  static func isStatus(_ byte: UInt8) -> Bool { byte & 0x93 == 0x12 }

  /// How long to keep listening after the first byte: a printer answers
  /// exactly one byte per question, so anything more in this moment means
  /// the device is something else.
  static let extraListen: Int64 = 100

  /// Reads and drops what is waiting on `fd` (non-blocking), at most 4 KiB.
  static func drain(_ fd: Int32) {
    var buffer = [UInt8](repeating: 0, count: 256)
    for _ in 0..<16 {
      var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&pfd, 1, 0) > 0, pfd.revents & Int16(POLLIN) != 0,
        read(fd, &buffer, buffer.count) > 0
      else { return }
    }
  }

  /// Milliseconds on a monotonic clock.
  static func now() -> Int64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Int64(t.tv_sec) * 1000 + Int64(t.tv_nsec) / 1_000_000
  }

  /// Asks with `request` and waits for a status byte until `deadline`.
  static func ask(_ fd: Int32, _ request: [UInt8], until deadline: Int64) -> Answer {
    var sent = 0
    while sent < request.count {
      var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
      let left = Int32(clamping: max(0, deadline - now()))
      if poll(&pfd, 1, left) <= 0 { return .silent }
      let n = request[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EAGAIN || errno == EINTR { continue }
        return .closed(errno)
      }
      sent += n
    }
    var heard: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    var until = deadline
    while true {
      let left = until - now()
      if left <= 0 { break }
      var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&pfd, 1, Int32(clamping: left))
      if ready == 0 { break }
      if ready < 0 {
        if errno == EINTR { continue }
        if heard.isEmpty { return .closed(errno) }
        break
      }
      let n = read(fd, &buffer, buffer.count)
      if n < 0 && (errno == EAGAIN || errno == EINTR) { continue }
      if n <= 0 {
        if heard.isEmpty { return .closed(n == 0 ? 0 : errno) }
        break
      }
      if heard.isEmpty { until = now() + extraListen }
      heard += buffer[0..<n]
      if heard.count > 1 { return .notAPrinter(Array(heard.prefix(16))) }
    }
    guard let byte = heard.first else { return .silent }
    return isStatus(byte) ? .byte(byte) : .notAPrinter(heard)
  }

  /// The outcome of a job whose `sent` bytes all left: the printer's answer.
  /// Offline (bit 3: cover open, paper out, an error) keeps the job
  /// `incierto`: a printer keeps what it received and may print it when it
  /// comes back, so resending by itself could print it twice.
  static func confirm(_ fd: Int32, sent: Int) -> SendOutcome {
    let deadline = now() + Int64(Transport.statusTimeout)
    let bytes = Int64(sent)
    switch ask(fd, printerStatus, until: deadline) {
    case .silent: return .uncertain(PrintText.noStatus, bytesSent: bytes)
    case .closed(let code): return .uncertain(PrintText.closedBeforeStatus(code), bytesSent: bytes)
    case .notAPrinter: return .uncertain(PrintText.notAPrinter, bytesSent: bytes)
    case .byte(let status) where status & 0x08 == 0: return .printed
    case .byte:
      // Offline: the paper sensor says whether the roll ran out.
      if case .byte(let paper) = ask(fd, paperStatus, until: deadline), paper & 0x60 != 0 {
        return .uncertain(PrintText.paperOut, bytesSent: bytes)
      }
      return .uncertain(PrintText.offline, bytesSent: bytes)
    }
  }
}
