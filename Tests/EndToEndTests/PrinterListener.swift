import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP "printer" on 127.0.0.1 for tests: accepts connections, keeps
/// every byte received and answers DLE EOT (10 04 n) like a real ESC/POS
/// printer (0x12: online, fine). `silent` never accepts (its backlog is
/// filled), so a connect times out as with a printer that is off the
/// network; `mode` picks how a connected printer behaves.
final class PrinterListener: @unchecked Sendable {
  enum Mode {
    /// Reads everything, answers every status question.
    case healthy
    /// Accepts and never reads a byte (a hung printer).
    case neverReads
    /// Reads this many bytes, then hangs up.
    case closesAfter(Int)
    /// Reads everything, never answers status (an old printer).
    case noStatus
    /// Offline for lack of paper: DLE EOT 1 → 0x1A (bit 3), DLE EOT 4 → 0x72.
    case paperOut
    /// Not a printer: a web server that answers the status question with
    /// an HTTP error line, then hangs up.
    case httpReply
    /// Answers every status question with this one byte.
    case answers(UInt8)
  }

  let fd: Int32
  let port: UInt16
  let mode: Mode
  private let lock = NSLock()
  private var data: [UInt8] = []
  private var connections = 0
  private var answers = 0
  private var clients: [Int32] = []
  private var stuffers: [Int32] = []

  init(silent: Bool = false, port wanted: UInt16 = 0, mode: Mode = .healthy) throws {
    self.mode = mode
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    self.fd = fd
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = wanted.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, silent ? 0 : 8) == 0 else {
      close(fd)
      port = 0
      throw POSIXError(.EADDRINUSE)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    var stuffers: [Int32] = []
    defer { self.stuffers = stuffers }
    if silent {
      // Fill the accept queue so the next SYN is dropped.
      for _ in 0..<3 {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        _ = fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK)
        _ = withUnsafePointer(to: &address) {
          $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
          }
        }
        stuffers.append(s)
      }
      return
    }
    let thread = Thread { [self] in self.acceptLoop() }
    thread.start()
  }

  private func acceptLoop() {
    while true {
      let client = accept(fd, nil, nil)
      if client < 0 { return }
      lock.lock()
      connections += 1
      clients.append(client)
      lock.unlock()
      if case .neverReads = mode { continue }  // kept open until stop()
      serve(client)
      close(client)
      lock.lock()
      clients.removeAll { $0 == client }
      lock.unlock()
    }
  }

  /// Reads one connection to its end, answering status questions.
  private func serve(_ client: Int32) {
    var buffer = [UInt8](repeating: 0, count: 4096)
    var mine: [UInt8] = []
    var scanned = 0
    while true {
      var wanted = buffer.count
      if case .closesAfter(let limit) = mode {
        wanted = min(wanted, limit - mine.count)
        if wanted <= 0 { return }
      }
      let n = read(client, &buffer, wanted)
      if n <= 0 { return }
      mine += buffer[0..<n]
      lock.lock()
      data += buffer[0..<n]
      lock.unlock()
      // Every complete DLE EOT n gets its answer, as soon as it arrives.
      while scanned + 2 < mine.count {
        defer { scanned += 1 }
        guard mine[scanned] == 0x10, mine[scanned + 1] == 0x04 else { continue }
        if case .httpReply = mode {
          let reply = Array("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nZ".utf8)
          _ = reply.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
          return
        }
        guard let answer = status(for: mine[scanned + 2]) else { continue }
        var byte = answer
        _ = write(client, &byte, 1)
        lock.lock()
        answers += 1
        lock.unlock()
      }
    }
  }

  private func status(for n: UInt8) -> UInt8? {
    switch mode {
    case .noStatus, .neverReads, .closesAfter, .httpReply: return nil
    case .healthy: return 0x12
    case .paperOut: return n == 4 ? 0x72 : 0x1A
    case .answers(let byte): return byte
    }
  }

  /// How many status questions were answered.
  var answerCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return answers
  }

  var received: [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    return data
  }

  var connectionCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return connections
  }

  /// Waits until `count` bytes or more arrived (or the time is up).
  func waitForBytes(atLeast count: Int = 1, seconds: Double = 5) -> [UInt8] {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      let got = received
      if got.count >= count { return got }
      usleep(20_000)
    }
    return received
  }

  func stop() {
    shutdown(fd, Int32(SHUT_RDWR))
    close(fd)
    for s in stuffers { close(s) }
    lock.lock()
    let open = clients
    clients = []
    lock.unlock()
    for c in open { shutdown(c, Int32(SHUT_RDWR)) }
  }

  deinit { stop() }
}
