import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The spool's bookkeeping (issue 7): jobs written with the sale, claimed
/// once, retried only when nothing left, uncertain when a send was cut.
@Suite struct PrintJobsTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    var d = ProductDraft(name: "Empanada de pino", price: Money(2500))
    d.stock = Quantity(units: 40)
    try shop.catalog.createProduct(d)
  }

  func sell(cash: Bool = true) throws {
    try shop.checkout.sellNow(
      SaleRequest(
        items: [SaleItemRequest(query: "empanada", quantity: Quantity(units: 1))],
        payments: [PaymentRequest(method: cash ? .cash : .debit)]))
  }

  @discardableResult
  func printer(drawer: Bool = true) throws -> Printer {
    var draft = PrinterDraft(name: "boletera")
    draft.transport = .tcp
    draft.target = "127.0.0.1:9"
    draft.drawer = drawer
    return try shop.printers.configurePrinter(draft)
  }

  @Test func aSaleWritesItsJobInTheSameTransaction() throws {
    try sell()
    #expect(try shop.printQueue.printJobs().isEmpty)  // no printer, no job
    let p = try printer()
    #expect(p.isDefault && p.role == .tickets && p.language == .escpos && p.width == 42)
    try sell()
    let job = try #require(try shop.printQueue.printJobs().first)
    #expect(job.kind.rawValue == "ticket" && job.document?.stored == "venta:2" && job.drawer)
    try sell(cash: false)
    #expect(try shop.printQueue.printJobs().first?.drawer == false)
    // A refused payment leaves no job behind.
    let item = SaleItemRequest(query: "empanada", quantity: Quantity(units: 1))
    #expect(throws: SaleError.self) {
      try shop.checkout.sellNow(
        SaleRequest(items: [item], payments: [PaymentRequest(method: .cash, amount: Money(100))]))
    }
    #expect(try shop.printQueue.printJobs().count == 2)
    // Automatic printing off: the sale prints nothing.
    var change = ShopSettingsChange()
    change.autoPrint = false
    try shop.configure(change)
    try sell()
    #expect(try shop.printQueue.printJobs().count == 2)
  }

  @Test func aJobIsClaimedOnceAndUncertainWhenCut() throws {
    try printer()
    try sell()
    let job = try #require(try shop.printQueue.jobsToSend().first)
    #expect(try shop.printQueue.prepareSending(job.id, payload: [1, 2, 3]))
    // Another sender (a second terminal) cannot take it.
    #expect(try !shop.printQueue.prepareSending(job.id, payload: [1, 2, 3]))
    #expect(try shop.printQueue.jobsToSend().isEmpty)
    try shop.printQueue.markSending(job.id)
    // The sender died mid-send: two minutes later the job is uncertain.
    let later = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800 + 300))
    #expect(try later.printQueue.jobsToSend().isEmpty)
    #expect(try later.printQueue.printJob(job.id).state == .uncertain)
    // Only a person decides to reprint it.
    #expect(try later.printQueue.retryJobs(nil) == 0)
    #expect(try later.printQueue.retryJobs(job.id) == 1)
    #expect(try later.printQueue.printJob(job.id).state == .pending)
  }

  @Test func aCancelDuringASendStaysCancelled() throws {
    try printer()
    try sell()
    let job = try #require(try shop.printQueue.jobsToSend().first)
    #expect(try shop.printQueue.prepareSending(job.id, payload: [1]))
    // Someone cancels while the (failing) send is under way.
    #expect(try shop.printQueue.cancelJobs(nil) == 1)
    try shop.printQueue.finishSending(job.id, .failed("no responde"))
    #expect(try shop.printQueue.printJob(job.id).state == .cancelled)
    #expect(try shop.printQueue.jobsToSend().isEmpty)
  }

  @Test func failedJobsRetryWithinTheWindowOnly() throws {
    try printer()
    try sell()
    let job = try #require(try shop.printQueue.jobsToSend().first)
    #expect(try shop.printQueue.prepareSending(job.id, payload: [1]))
    try shop.printQueue.finishSending(job.id, .failed("no responde"))
    #expect(try shop.printQueue.jobsToSend().map(\.id) == [job.id])
    let tomorrow = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800 + 86_400))
    #expect(try tomorrow.printQueue.jobsToSend().isEmpty)
    #expect(try tomorrow.printQueue.retryJobs(nil) == 1)
    #expect(try tomorrow.printQueue.cancelJobs(job.id) == 1)
    #expect(throws: PrintError.jobNotWaiting(job.id, state: .cancelled)) {
      try tomorrow.printQueue.cancelJobs(job.id)
    }
  }

  @Test func printerRulesAndDefaults() throws {
    let first = try printer()
    var second = PrinterDraft(name: "cocina")
    second.transport = .screen
    let kitchen = try shop.printers.configurePrinter(second)
    #expect(!kitchen.isDefault)  // tickets already has its default
    second.makeDefault = true
    #expect(try shop.printers.configurePrinter(second).isDefault)
    #expect(try shop.printers.defaultPrinter(.tickets)?.name == "cocina")
    #expect(try shop.printers.findPrinter("boletera").isDefault == false)
    var bad = PrinterDraft(name: "x")
    bad.transport = .tcp
    bad.target = "h"
    bad.width = 40
    #expect(throws: PrintError.badWidth(40)) { try shop.printers.configurePrinter(bad) }
    #expect(throws: PrintError.transportNeeded("nueva")) {
      try shop.printers.configurePrinter(PrinterDraft(name: "nueva"))
    }
    try shop.printers.deletePrinter("boletera")
    #expect(try shop.printers.list().map(\.name) == ["cocina"])
    _ = first
  }
}
