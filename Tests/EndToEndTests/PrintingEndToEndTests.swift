import Foundation
import Testing

/// Issue 7 (Impresión) end to end: the binary, a real shop file and real
/// sockets. A sale never waits on, fails with, or duplicates because of a
/// printer.
@Suite(.serialized) struct PrintingEndToEndTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Feria Don Pepe\"",
      "crear producto \"Empanada de pino\" precio 2500 stock 40")
  }

  func jobs() throws -> [[String: Any]] { try box.rows("cola de impresión como json") }

  @Test func aSalePrintsItsTicketOverTCP() throws {
    let printer = try PrinterListener()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(printer.port) ancho 32 cajón sí")
    let r = try box.ok("vender 2 empanada pino pagar efectivo 10000")
    #expect(r.stdout.contains("Venta 1"))
    let bytes = printer.waitForBytes(atLeast: 100)
    #expect(Array(bytes.prefix(8)) == [0x1B, 0x40, 0x1B, 0x52, 0x00, 0x1B, 0x74, 0x02])
    // Cash payment with `cajón sí`: the drawer pulse follows the code page.
    #expect(Array(bytes[8..<13]) == [0x1B, 0x70, 0x00, 0x19, 0xFA])
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("Venta 1"))
    #expect(text.contains("$5.000"))
    #expect(try jobs().first?["estado"] as? String == "impreso")
    // A card sale does not open the drawer.
    try box.ok("vender 1 empanada pino pagar débito")
    let second = Array(printer.waitForBytes(atLeast: bytes.count + 100)[bytes.count...])
    #expect(Array(second[8..<10]) != [0x1B, 0x70])
    #expect(printer.connectionCount == 2)
  }

  @Test func aRefusedPrinterNeverStopsTheSaleAndIsRetriedLater() throws {
    // Find a free port, then close it: connecting is refused.
    let probe = try PrinterListener()
    let port = probe.port
    probe.stop()
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(port)")
    let start = Date()
    let r = try box.ok("vender 2 empanada pino pagar efectivo 10000")
    #expect(Date().timeIntervalSince(start) < 4)
    #expect(r.stdout.contains("Venta 1"))
    var list = try jobs()
    #expect(list.first?["estado"] as? String == "fallido")
    let error = list.first?["error"] as? String ?? ""
    #expect(error.contains("no pude conectar"), "\(error)")
    #expect(try box.count("SELECT count(*) FROM sales") == 1)
    // The printer comes back: the next command sends the waiting job first.
    let printer = try PrinterListener(port: port)
    try box.ok("vender 1 empanada pino pagar débito")
    let bytes = printer.waitForBytes(atLeast: 400)
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("Venta 1"))
    #expect(text.contains("Venta 2"))
    #expect(text.range(of: "Venta 1")!.lowerBound < text.range(of: "Venta 2")!.lowerBound)
    list = try jobs()
    #expect(list.compactMap { $0["estado"] as? String } == ["impreso", "impreso"])
    // Each ticket went out once.
    #expect(text.components(separatedBy: "Venta 1").count == 2)
  }

  @Test func aSilentPrinterTimesOutWithinTheBound() throws {
    let silent = try PrinterListener(silent: true)
    // Swift may free an object after its last use: the listener (and its
    // full accept queue) must outlive the sale, or the port refuses.
    defer { withExtendedLifetime(silent) {} }
    try box.ok("configurar impresora boletera tcp 127.0.0.1:\(silent.port)")
    let start = Date()
    // The program may wait up to 6 s at exit for the job; the connection
    // gives up after 2 s, so the job ends failed well before that.
    let r = try box.tienda(
      ["-c", "vender 2 empanada pino pagar efectivo 10000"],
      env: ["TIENDA_ESPERA_IMPRESION": "6000"])
    let elapsed = Date().timeIntervalSince(start)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Venta 1"))
    #expect(elapsed < 6, "la venta esperó \(elapsed) s a la impresora")
    let job = try #require(try jobs().first)
    #expect(job["estado"] as? String == "fallido", "\(job)")
    let error = job["error"] as? String ?? ""
    #expect(error.contains("no responde"), "\(error)")
    // Cancelled, it is never sent.
    try box.ok("cancelar impresión todo")
    #expect(try jobs().first?["estado"] as? String == "cancelado")
  }

  @Test func screenPrinterShowsTheJobsOwnBytes() throws {
    try box.ok("configurar impresora vista pantalla ancho 32")
    let r = try box.ok("vender 2 empanada pino pagar efectivo 10000")
    #expect(r.stdout.contains("         Feria Don Pepe\n"))
    #expect(r.stdout.contains("Empanada de pino          $5.000\n"))
    #expect(r.stdout.contains("NO VÁLIDO COMO BOLETA"))
    #expect(r.stdout.contains("---------------- corte"))
    let copy = try box.ok("reimprimir ticket 1")
    #expect(copy.stdout.contains("*** COPIA ***"))
    let again = try box.ok("imprimir ticket 1")
    #expect(again.stdout.contains("*** COPIA ***"))
    let test = try box.ok("probar impresora")
    #expect(test.stdout.contains("áéíóú ÁÉÍÓÚ ñÑ üÜ ¿? ¡! ° ª º $"))
    #expect(test.stdout.contains("12345678901234567890123456789012"))
    #expect(test.stdout.contains("[EAN-13 7801234567894]"))
  }

  @Test func fileAndDeviceTransport() throws {
    let path = box.path("lp0")
    try box.ok("configurar impresora usb archivo \(path) ancho 48 corte no")
    try box.ok("vender 2 empanada pino pagar efectivo 10000", "abrir cajón")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("Venta 1"))
    // `cajón no`: no pulse, not even for `abrir cajón`.
    #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0x1B && $1 == 0x70 })
    try box.ok("configurar impresora usb cajón sí", "abrir cajón")
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(Array(after.suffix(7)) == [0x1B, 0x40, 0x1B, 0x70, 0x00, 0x19, 0xFA])
    #expect(try box.journalActions().contains("caja.abrir_cajón"))
  }

  @Test func printerMistakesAreClear() throws {
    #expect(try box.refused("configurar impresora boletera").contains("Falta cómo llegar"))
    #expect(
      try box.refused("configurar impresora b tcp 1.2.3.4 ancho 40").contains("32 (58 mm), 42 o 48")
    )
    #expect(try box.refused("imprimir ticket 1").contains("No encontré la venta"))
    #expect(try box.refused("probar impresora").contains("No hay impresora de tickets"))
    #expect(try box.refused("cancelar impresión 99").contains("No hay un trabajo"))
  }
}
