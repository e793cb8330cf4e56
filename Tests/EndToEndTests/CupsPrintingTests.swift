import Foundation
import Testing
import TiendaTestSupport

/// tienda's own CUPS transport (`lp`, started with posix_spawn) against the
/// test queues of Scripts/lib/cups.sh: ESC/POS raw, byte for byte, and a
/// PDF label sheet through CUPS's normal filters, decoded by zbarimg.
@Suite(.serialized) struct CupsPrintingTests {
  /// Whether the queues exist; outside CI their absence skips the test.
  func queuesReady() -> Bool {
    if CupsQueues.raw != nil && CupsQueues.pdf != nil { return true }
    if ExternalTool.isCI { Issue.record("\(CupsQueues.missingMessage)") }
    return false
  }

  @Test func escposTicketThroughARawQueueArrivesUnchanged() throws {
    guard queuesReady() else { return }
    let box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Almacén Ñuñoa\"",
      "crear producto \"Empanada de pino\" precio 2500 stock 40")
    try CupsQueues.withRawQueue { queue in
      try box.ok("configurar impresora boletera cups \(queue.name) ancho 32 cajón sí")
      try box.ok("vender 2 empanada pino pagar efectivo 10000")
      try CupsQueues.waitUntilIdle(queue.name)
      let printed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: queue.file)))
      let job = try box.sqlite(box.db, "SELECT hex(payload) || '|' || state FROM print_jobs")
      let parts = job.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|")
      #expect(parts.last == "enviado", "\(job.stdout)")  // CUPS cannot confirm (§8.20)
      #expect(hex(printed) == String(parts.first ?? ""))
      #expect(Array(printed.prefix(8)) == [0x1B, 0x40, 0x1B, 0x52, 0x00, 0x1B, 0x74, 0x02])
      // «Almacén Ñuñoa» in PC850.
      #expect(
        contains(printed, [0x41, 0x6C, 0x6D, 0x61, 0x63, 0x82, 0x6E, 0x20, 0xA5, 0x75, 0xA4]))
    }
  }

  @Test func aMissingQueueFailsTheJobNotTheSale() throws {
    guard queuesReady() else { return }
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 stock 40",
      "configurar impresora boletera cups no-existe-esta-cola")
    let r = try box.ok("vender 1 empanada pino pagar efectivo")
    #expect(r.stdout.contains("Venta 1"))
    let job = try box.rows("cola de impresión como json").first
    #expect(job?["estado"] as? String == "fallido")
    let error = job?["error"] as? String ?? ""
    #expect(error.contains("CUPS rechazó"), "\(error)")
  }

  @Test func labelSheetThroughThePDFQueueScans() throws {
    guard queuesReady(), let queue = CupsQueues.pdf else { return }
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Coca-Cola 1,5 L\" precio 1990 barras 7801234567894",
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01",
      "crear producto Tomate precio 1490 unidad kg barras 7802000000010",
      "configurar impresora hojas cups \(queue.name) rol hojas lenguaje pdf")
    let before = Set(try FileManager.default.contentsOfDirectory(atPath: queue.directory))
    try box.ok("imprimir etiquetas coca cola 2, EMP01, tomate en hojas")
    let job = try box.rows("cola de impresión como json").first
    #expect(job?["estado"] as? String == "enviado", "\(String(describing: job))")
    // CUPS filters the PDF on its own time: wait for the file it leaves.
    var produced: String?
    for _ in 0..<300 where produced == nil {
      let now = try FileManager.default.contentsOfDirectory(atPath: queue.directory)
      produced = now.first { !before.contains($0) && $0.hasSuffix(".pdf") }
      if produced == nil { Thread.sleep(forTimeInterval: 0.2) }
    }
    let file = try #require(produced, "la cola PDF no dejó un archivo nuevo")
    let path = queue.directory + "/" + file
    defer { try? FileManager.default.removeItem(atPath: path) }
    // cups-pdf writes the file in steps: wait until it ends with %%EOF.
    var pdf = Data()
    for _ in 0..<300 {
      pdf = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
      if String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF") { break }
      Thread.sleep(forTimeInterval: 0.2)
    }
    let codes = try BarcodeScanner.decode(pdf: pdf)
    #expect(Set(codes) == ["7801234567894", "EMP01", "7802000000010"], "\(codes)")
  }

  func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16, uppercase: true) }.map { $0.count == 1 ? "0" + $0 : $0 }
      .joined()
  }

  func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains {
      Array(haystack[$0..<($0 + needle.count)]) == needle
    }
  }
}
