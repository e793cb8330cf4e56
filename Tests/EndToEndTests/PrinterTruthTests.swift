import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 13, item 1 (DESIGN §8.20): a job is `impreso` only when the
/// printer answered its status (DLE EOT 1) after the job's bytes. Real TCP
/// listeners play a healthy printer, one that never reads, one that hangs
/// up mid-send, one that never answers status and one out of paper.
@Suite(.serialized) struct PrinterTruthTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Feria Don Pepe\"",
      "crear producto \"Empanada de pino\" precio 2500 stock 40")
  }

  func job(_ n: Int = 1) throws -> [String: Any] {
    try #require(try box.rows("cola de impresión como json").first { $0["numero"] as? Int == n })
  }

  func printable(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
  }

  /// Sells one empanada with `-c`; the program waits (at most 8 s) for the
  /// sale's own ticket before it exits.
  @discardableResult
  func sell() throws -> RunResult {
    let r = try box.tienda(
      ["-c", "vender 1 empanada pino pagar efectivo"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Venta"), "\(r.transcript)")
    return r
  }

  @Test func aHealthyPrinterConfirmsTheJobWithItsStatus() throws {
    let printer = try PrinterListener()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    try sell()
    #expect(try job()["estado"] as? String == "impreso")
    // The status question follows the ticket's last byte, and was answered.
    #expect(Array(printer.received.suffix(3)) == [0x10, 0x04, 0x01])
    #expect(printer.answerCount == 1)
    #expect(try box.rows("listar impresoras como json").first?["estado"] as? Bool == true)
  }

  @Test func aPrinterThatNeverReadsLeavesTheJobUncertain() throws {
    let printer = try PrinterListener(mode: .neverReads)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    let start = Date()
    try sell()
    // Connect, write into the socket buffers, then at most 2 s for status.
    #expect(Date().timeIntervalSince(start) < 6)
    let j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    #expect((j["error"] as? String ?? "").contains("no contestó su estado"), "\(j)")
  }

  @Test func aPrinterThatHangsUpMidSendLeavesTheJobUncertain() throws {
    let printer = try PrinterListener(mode: .closesAfter(20))
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    try sell()
    #expect(printer.received.count == 20)
    let j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    let error = j["error"] as? String ?? ""
    #expect(error.contains("cortó la conexión"), "\(error)")
    // Uncertain jobs are not resent by themselves: the next sale goes out,
    // the cut-off ticket does not.
    let healthy = try PrinterListener()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(healthy.port)")
    try sell()
    let text = printable(healthy.received)
    #expect(text.contains("Venta 2") && !text.contains("Venta 1"), "\(text)")
    #expect(try job(1)["estado"] as? String == "incierto")
    #expect(try job(2)["estado"] as? String == "impreso")
  }

  @Test func aPrinterWithoutStatusIsUncertainUntilConfiguredEstadoNo() throws {
    let printer = try PrinterListener(mode: .noStatus)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    try sell()
    var j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    #expect((j["error"] as? String ?? "").contains("estado no"), "\(j)")
    let saved = try box.ok("configurar impresora boletera estado no")
    #expect(!saved.stdout.contains("confirma"), "\(saved.stdout)")
    #expect(try box.rows("listar impresoras como json").first?["estado"] as? Bool == false)
    let before = printer.received.count
    try sell()
    j = try job(2)
    #expect(j["estado"] as? String == "enviado", "\(j)")
    // `estado no`: no status question after the ticket.
    let second = Array(printer.waitForBytes(atLeast: before + 100)[before...])
    #expect(!zip(second, second.dropFirst()).contains { $0 == 0x10 && $1 == 0x04 })
    #expect(printable(second).contains("Venta 2"))
  }

  @Test func aManualReprintOfAnUncertainJobSaysCopia() throws {
    let printer = try PrinterListener(mode: .noStatus)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    try sell()
    #expect(try job()["estado"] as? String == "incierto")
    let first = printer.received.count
    #expect(!printable(printer.received).contains("COPIA"))
    // `reintentar impresión N` of an uncertain ticket renders it again as a copy.
    let r = try box.tienda(
      ["-c", "reintentar impresión 1"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    let again = printable(Array(printer.waitForBytes(atLeast: first + 100)[first...]))
    #expect(again.contains("*** COPIA ***"), "\(again)")
    #expect(again.contains("Venta 1"), "\(again)")
    let j = try job()
    #expect((j["tipo"] as? String ?? "").contains("copia"), "\(j)")
  }

  @Test func paperOutIsReportedInSpanishAndLeavesTheJobUncertain() throws {
    let printer = try PrinterListener(mode: .paperOut)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port)")
    try sell()
    let j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    #expect((j["error"] as? String ?? "").contains("no tiene papel"), "\(j)")
    // It asked the printer status, then (offline) the paper sensor.
    #expect(Array(printer.received.suffix(6)) == [0x10, 0x04, 0x01, 0x10, 0x04, 0x04])
  }

  @Test func probarImpresoraSaysHowTheJobEndedAndFailsWhenItDidNotPrint() throws {
    let healthy = try PrinterListener()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(healthy.port)")
    var r = try box.tienda(["-c", "probar impresora"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Trabajo 1 impreso en «boletera»"), "\(r.transcript)")
    #expect(printable(healthy.received).contains("PRUEBA DE IMPRESORA"))

    let mute = try PrinterListener(mode: .noStatus)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(mute.port)")
    r = try box.tienda(["-c", "probar impresora"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("No sé si el trabajo 2 salió"), "\(r.transcript)")
    #expect(r.stderr.contains("configurar impresora boletera estado no"), "\(r.transcript)")

    // A refused connection: the reason in Spanish, never the system's English.
    let probe = try PrinterListener()
    let port = probe.port
    probe.stop()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(port)")
    r = try box.tienda(["-c", "probar impresora"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("El trabajo 3 no salió por «boletera»"), "\(r.transcript)")
    #expect(r.stderr.contains("rechazó la conexión"), "\(r.transcript)")
    #expect(!r.stderr.lowercased().contains("refused"), "\(r.transcript)")
    let j = try job(3)
    #expect(j["estado"] as? String == "fallido")
    #expect(!(j["error"] as? String ?? "").lowercased().contains("refused"), "\(j)")
  }

  @Test func reimprimirFailsWhenTheTicketDoesNotPrint() throws {
    let healthy = try PrinterListener()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(healthy.port)")
    try sell()
    var r = try box.tienda(["-c", "reimprimir ticket 1"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Trabajo 2 impreso en «boletera»"), "\(r.transcript)")
    #expect(printable(healthy.received).contains("*** COPIA ***"))
    healthy.stop()
    r = try box.tienda(["-c", "reimprimir ticket 1"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("El trabajo 3 no salió"), "\(r.transcript)")
    #expect(try job(3)["estado"] as? String == "fallido")
  }

  @Test func aOneShotCommandThatPrintsNothingNeverWaitsForAnUnreachablePrinter() throws {
    let silent = try PrinterListener(silent: true)
    defer { withExtendedLifetime(silent) {} }  // alive to the end (see PrintingEndToEndTests)
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(silent.port)")
    try sell()
    #expect(try job()["estado"] as? String == "fallido")
    #expect(try job()["intentos"] as? Int == 1)
    for command in ["listar productos", "crear producto Alfajor precio 900"] {
      let start = Date()
      let r = try box.tienda(["-c", command], env: ["TIENDA_ESPERA_IMPRESION": "6000"])
      let elapsed = Date().timeIntervalSince(start)
      #expect(r.status == 0, "\(r.transcript)")
      #expect(elapsed < 1, "«\(command)» esperó \(elapsed) s a una impresora que no contesta")
    }
    // The job stays for the next process that prints (it was not even tried).
    #expect(try job()["estado"] as? String == "fallido")
    #expect(try job()["intentos"] as? Int == 1)
  }

  @Test func aPlainFileEndsEnviado() throws {
    try box.ok("configurar impresora usb archivo \(box.path("papel.bin")) ancho 32")
    try sell()
    #expect(try job()["estado"] as? String == "enviado")
  }

  /// DLE EOT is ESC/POS: a ZPL label printer is never sent one.
  @Test func aZplPrinterIsNotAskedItsStatus() throws {
    let zebra = try PrinterListener()
    try box.ok(
      "crear producto Alfajor precio 900 sku ALF01",
      "configurar impresora zebra tcp 127.0.0.1:\(zebra.port) rol etiquetas lenguaje zpl")
    let r = try box.tienda(
      ["-c", "imprimir etiquetas ALF01 2"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try job()["estado"] as? String == "enviado")
    let bytes = zebra.waitForBytes(atLeast: 10)
    #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("^XZ\n"), "\(bytes.suffix(8))")
    #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0x10 && $1 == 0x04 })
  }

  /// A pseudo-terminal stands in for a USB printer (`/dev/pts/N`): tienda
  /// opens the device for reading too and hears its status answer.
  @Test func aDevicePrinterAnswersItsStatus() throws {
    let device = try FakeDevicePrinter()
    try box.ok("configurar impresora usb archivo \(device.path) ancho 32")
    try sell()
    #expect(try job()["estado"] as? String == "impreso")
    #expect(printable(device.received).contains("Venta 1"))
    device.answering = false
    try sell()
    #expect(try job(2)["estado"] as? String == "incierto")
  }
}

/// The master side of a pseudo-terminal in raw mode, playing a USB printer.
final class FakeDevicePrinter: @unchecked Sendable {
  let master: Int32
  let slave: Int32
  let path: String
  private let lock = NSLock()
  private var data: [UInt8] = []
  private var answer = true

  var answering: Bool {
    get { lock.withLock { answer } }
    set { lock.withLock { answer = newValue } }
  }

  var received: [UInt8] { lock.withLock { data } }

  init() throws {
    // posix_openpt, unlockpt and ptsname by hand (Glibc hides them from Swift).
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0,  // TIOCSPTLCK
      ioctl(master, 0x8004_5430, &number) == 0  // TIOCGPTN
    else { throw POSIXError(.ENODEV) }
    path = "/dev/pts/\(number)"
    // Raw mode (no echo, no newline translation), kept by an open slave.
    slave = open(path, O_RDWR | O_NOCTTY)
    var attributes = termios()
    tcgetattr(slave, &attributes)
    cfmakeraw(&attributes)
    tcsetattr(slave, TCSANOW, &attributes)
    Thread { [self] in self.serve() }.start()
  }

  private func serve() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    var scanned = 0
    var all: [UInt8] = []
    while true {
      let n = read(master, &buffer, buffer.count)
      if n <= 0 { return }
      all += buffer[0..<n]
      lock.withLock { data += buffer[0..<n] }
      while scanned + 2 < all.count {
        defer { scanned += 1 }
        if all[scanned] == 0x10 && all[scanned + 1] == 0x04 && answering {
          var ok: UInt8 = 0x12
          _ = write(master, &ok, 1)
        }
      }
    }
  }

  deinit {
    close(slave)
    close(master)
  }
}
