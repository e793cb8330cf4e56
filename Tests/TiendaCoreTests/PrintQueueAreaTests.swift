import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The print queue as an area (issue 14, item 4): commands make one call
/// (`printSaleTicket`, `printTestPage`, `printReport`) that resolves the
/// printer and the document and writes the job and its journal row in one
/// transaction. The rows are read back through a second connection with
/// hand-written SQL, not through the code under test.
@Suite struct PrintQueueAreaTests {
  let dir = TempDir()
  let shop: Shop
  let path: String

  init() throws {
    path = dir.file("t.db")
    shop = try Shop.open(path: path, clock: FixedClock(1_795_438_800))
    var d = ProductDraft(name: "Empanada de pino", price: Money(2500))
    d.stock = Quantity(units: 40)
    try shop.catalog.createProduct(d)
  }

  /// Hand-written SQL through its own connection.
  func rows(_ sql: String) throws -> [[SQLValue]] {
    let db = try Database(path: path)
    defer { db.close() }
    return try db.query(sql).map(\.values)
  }

  func sell() throws {
    try shop.checkout.sellNow(
      SaleRequest(
        items: [SaleItemRequest(query: "empanada", quantity: Quantity(units: 1))],
        payments: [PaymentRequest(method: .cash)]))
  }

  func addPrinter(_ name: String = "boletera") throws {
    var draft = PrinterDraft(name: name)
    draft.transport = .tcp
    draft.target = "127.0.0.1:9"
    try shop.printers.configurePrinter(draft)
  }

  @Test func kindsAndDocumentsKeepTheirStoredWords() throws {
    // The words every earlier version wrote in `print_jobs.kind`, and the
    // gift card voucher (issue 15), the account receipts and statements
    // (issue 16), the kitchen slip and the order voucher (issue 20).
    #expect(
      Set(PrintJobKind.allCases.map(\.rawValue)) == [
        "ticket", "regalo", "sostenido", "cotización", "anulación", "devolución", "cajón",
        "prueba", "informe-x", "informe-z", "etiquetas", "tarjeta-regalo", "cuenta",
        "comanda", "pedido",
      ])
    #expect(PrintedDocument(stored: "tarjeta-regalo:4") == .giftCard(4))
    #expect(PrintedDocument(stored: "cuenta:5") == .account(5))
    #expect(PrintedDocument(stored: "venta:12") == .sale(12))
    #expect(PrintedDocument(stored: "reembolso:3")?.stored == "reembolso:3")
    #expect(PrintedDocument(stored: "ticket:7")?.kind == .ticket)
    for bad in ["", "venta", "venta:", "venta:x", "z:4", "venta:1:2"] {
      #expect(PrintedDocument(stored: bad) == nil, "\(bad)")
    }
    try addPrinter()
    try sell()
    let stored = try rows("SELECT kind, document, state, copy FROM print_jobs ORDER BY id")
    #expect(stored == [[.text("ticket"), .text("venta:1"), .text("pendiente"), .integer(0)]])
    let job = try #require(try shop.printQueue.printJobs().first)
    #expect(job.kind == .ticket && job.document == .sale(1) && job.state == .pending)
  }

  @Test func aSaleTicketIsOneCallAndSaysCopiaOnceItWentOut() throws {
    try addPrinter()
    var change = ShopSettingsChange()
    change.autoPrint = false
    try shop.configure(change)
    try sell()
    let first = try shop.printQueue.printSaleTicket("1", on: nil, forceCopy: false)
    #expect(first.kind == .ticket && first.document == .sale(1) && !first.copy)
    #expect(try shop.printQueue.prepareSending(first.id, payload: [1]))
    try shop.printQueue.finishSending(first.id, .printed)
    let second = try shop.printQueue.printSaleTicket("1", on: "boletera", forceCopy: false)
    #expect(second.copy)
    let journal = try rows(
      "SELECT action, entity_id, json_extract(after, '$.venta') FROM journal"
        + " WHERE entity = 'impresión' ORDER BY id")
    #expect(
      journal == [
        [.text("impresión.ticket"), .text(String(first.id)), .text("1")],
        [.text("impresión.copia"), .text(String(second.id)), .text("1")],
      ])
    // An unknown sale: nothing written.
    #expect(throws: (any Error).self) {
      try shop.printQueue.printSaleTicket("99", on: nil, forceCopy: true)
    }
    #expect(try rows("SELECT count(*) FROM print_jobs") == [[.integer(2)]])
  }

  @Test func aTestPageIsRenderedForThePrinterItGoesTo() throws {
    #expect(throws: PrintError.noPrinter(.tickets)) {
      try shop.printQueue.printTestPage(on: nil) { _ in [1] }
    }
    try addPrinter()
    try addPrinter("cocina")
    var seen: [String] = []
    let job = try shop.printQueue.printTestPage(on: "cocina") { printer in
      seen.append(printer.name)
      return [0x1b, 0x40, UInt8(printer.width)]
    }
    #expect(seen == ["cocina"])
    #expect(job.kind == .testPage && job.printerName == "cocina" && job.document == nil)
    let stored = try rows(
      "SELECT j.kind, p.name, hex(j.payload) FROM print_jobs j JOIN printers p"
        + " ON p.id = j.printer_id")
    #expect(stored == [[.text("prueba"), .text("cocina"), .text("1B402A")]])
    let journal = try rows(
      "SELECT action, json_extract(after, '$.impresora') FROM journal"
        + " WHERE entity = 'impresión'")
    #expect(journal == [[.text("impresión.prueba"), .text("cocina")]])
  }

  @Test func aReportThatDoesNotExistWritesNothing() throws {
    try addPrinter()
    let before = try rows("SELECT count(*) FROM journal")
    #expect(throws: CashError.self) {
      try shop.printQueue.printReport(.z(number: nil), on: nil) { _, _ in ("Z", [1]) }
    }
    #expect(try rows("SELECT count(*) FROM print_jobs") == [[.integer(0)]])
    #expect(try rows("SELECT count(*) FROM journal") == before)
  }

  @Test func deletingAPrinterCancelsItsWaitingJobsOnly() throws {
    try addPrinter()
    try sell()
    try sell()
    let jobs = try shop.printQueue.printJobs().map(\.id).sorted()
    #expect(try shop.printQueue.prepareSending(jobs[0], payload: [1]))
    try shop.printQueue.finishSending(jobs[0], .sent)
    try shop.printers.deletePrinter("boletera")
    #expect(
      try rows("SELECT id, state FROM print_jobs ORDER BY id") == [
        [.integer(jobs[0]), .text("enviado")], [.integer(jobs[1]), .text("cancelado")],
      ])
    #expect(
      try rows("SELECT active, is_default, name_folded FROM printers") == [
        [.integer(0), .integer(0), .text("boletera#1")]
      ])
  }

  @Test func theBackupsAreaNamesItsFile() throws {
    #expect(shop.backups.filePath == path)
    let copy = try shop.backups.backup(to: dir.file("copia.db"))
    #expect(copy == dir.file("copia.db"))
    let db = try Database(path: copy)
    defer { db.close() }
    #expect(try db.query("PRAGMA integrity_check").map(\.values) == [[.text("ok")]])
  }
}
