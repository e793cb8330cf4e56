import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP "printer" on 127.0.0.1 for tests: accepts connections and keeps
/// every byte received. `silent` never accepts (its backlog is filled), so
/// a connect times out as with a printer that is off the network.
final class PrinterListener: @unchecked Sendable {
  let fd: Int32
  let port: UInt16
  private let lock = NSLock()
  private var data: [UInt8] = []
  private var connections = 0
  private var stuffers: [Int32] = []

  init(silent: Bool = false, port wanted: UInt16 = 0) throws {
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
      lock.unlock()
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let n = read(client, &buffer, buffer.count)
        if n <= 0 { break }
        lock.lock()
        data += buffer[0..<n]
        lock.unlock()
      }
      close(client)
    }
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
  }

  deinit { stop() }
}
