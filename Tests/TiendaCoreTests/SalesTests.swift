import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// Sales end to end in the core: ledger rows, stock, numbers, refusals.
@Suite struct SalesTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    // 2026-11-23 13:00 UTC, 10:00 in Santiago.
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    try product("Empanada de pino", 2500, stock: 40)
    try product("Coca-Cola 1,5 L", 1990, stock: 10)
    try product("Tomate", 1490, stock: 20) { $0.unit = .kilogram }
  }

  @discardableResult
  func product(
    _ name: String, _ price: Int64, stock: Int64, _ edit: (inout ProductDraft) -> Void = { _ in }
  ) throws -> Product {
    var d = ProductDraft(name: name, price: Money(price))
    d.stock = Quantity(units: stock)
    edit(&d)
    return try shop.catalog.createProduct(d)
  }

  func item(_ query: String, _ units: Int64 = 1) throws -> TicketLine {
    try shop.tickets.resolveItem(SaleItemRequest(query: query, quantity: Quantity(units: units)))
  }

  func request(_ query: String, _ units: Int64 = 1) -> SaleItemRequest {
    SaleItemRequest(query: query, quantity: Quantity(units: units))
  }

  /// The one-line sale (`vender … pagar …`).
  @discardableResult
  func sell(_ items: [SaleItemRequest], _ payments: [PaymentRequest]) throws -> PaymentOutcome {
    try shop.checkout.sellNow(SaleRequest(items: items, payments: payments))
  }

  func cash(_ amount: Int64? = nil) -> PaymentRequest {
    PaymentRequest(method: .cash, amount: amount.map(Money.init))
  }

  func stock(_ name: String) throws -> Quantity { try shop.catalog.findProduct(name).stock }

  /// Every row of every table: to prove a refusal changed nothing.
  func fingerprint() throws -> String {
    let tables = try shop.db.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'products_search%' ORDER BY name"
    ).map { $0.string(0) }
    var out = ""
    for table in tables {
      let count = try shop.db.scalarInt("SELECT count(*) FROM \"\(table)\"")
      out += "\(table):\(count);"
    }
    out +=
      "stock:"
      + (try shop.db.query("SELECT id, stock FROM products ORDER BY id")
        .map { "\($0.int(0))=\($0.int(1))" }.joined(separator: ","))
    return out
  }

  @Test func oneLineSaleRecordsEverything() throws {
    let outcome = try sell([request("empanada pino", 2), request("coca cola")], [cash(10000)])
    let sale = try #require(outcome.sale)
    #expect(sale.number == 1)
    #expect(sale.openedSession)
    #expect(sale.totals.total == Money(6990))
    #expect(sale.change == Money(3010))
    #expect(try stock("empanada pino") == Quantity(units: 38))
    #expect(try stock("coca cola") == Quantity(units: 9))
    let record = try shop.sales.sale("1")
    #expect(record.net == Money(5874))
    #expect(record.taxes.map(\.amount) == [Money(1116)])
    #expect(record.lines.count == 2)
    #expect(try shop.stock.stockMismatches().isEmpty)
    let actions = try shop.db.query("SELECT action FROM journal ORDER BY id").map { $0.string(0) }
    #expect(actions.suffix(2) == ["caja.abrir", "venta.registrar"])
    // The next sale is number 2, in the same session.
    let second = try sell([request("coca cola")], [PaymentRequest(method: .debit)])
    #expect(second.sale?.number == 2)
    #expect(second.sale?.openedSession == false)
  }

  @Test func refusalsLeaveTheFileUnchanged() throws {
    try sell([request("coca cola")], [cash()])
    try shop.coupons.createCoupon(
      {
        var d = CouponDraft(code: "VIEJO", percent: Percent(thousandths: 10_000))
        d.validUntil = LocalDate(year: 2026, month: 11, day: 1)!
        return d
      }())
    let before = try fingerprint()
    #expect(throws: SaleError.paymentShort(total: Money(5000), paid: Money(4000))) {
      try sell([request("empanada pino", 2)], [cash(4000)])
    }
    #expect(
      throws: SaleError.nonCashOverRemaining(
        method: .debit, amount: Money(6000), remaining: Money(5000))
    ) {
      try sell([request("empanada pino", 2)], [PaymentRequest(method: .debit, amount: Money(6000))])
    }
    #expect(
      throws: SaleError.notEnoughStock(
        product: "Coca-Cola 1,5 L", stock: Quantity(units: 9), wanted: Quantity(units: 12),
        unit: .unit)
    ) {
      try sell([request("coca cola", 12)], [cash()])
    }
    #expect(throws: CoreError.self) { try item("pizza") }
    #expect(throws: SaleError.alreadyVoided(number: 1)) {
      try shop.sales.voidSale("1", reason: "x")
      try shop.sales.voidSale("1", reason: "otra vez")
    }
    // The first void went through; the second changed nothing more.
    #expect(try fingerprint() != before)
    try shop.tickets.addItems([request("empanada pino", 2)])
    let withTicket = try fingerprint()
    #expect(
      throws: SaleError.couponExpired("VIEJO", until: LocalDate(year: 2026, month: 11, day: 1)!)
    ) {
      try shop.tickets.applyCoupon("viejo")
    }
    #expect(throws: SaleError.percentOver100(Percent(thousandths: 150_000))) {
      try shop.tickets.discountShare(
        DiscountRule(percent: Percent(thousandths: 150_000)), line: nil,
        in: try shop.tickets.openTicket()!)
    }
    #expect(throws: SaleError.discountAboveAmount(discount: Money(6000), amount: Money(5000))) {
      try shop.tickets.setDiscount(DiscountRule(amount: Money(6000)), line: nil)
    }
    #expect(try fingerprint() == withTicket)
  }

  @Test func voidAndPartialReturnRestoreStockAndRefundWhatWasPaid() throws {
    // 2 empanadas with 10 % off the line, a Coca-Cola, $500 off the ticket.
    try shop.tickets.addItems([request("empanada pino", 2), request("coca cola")])
    try shop.tickets.setDiscount(DiscountRule(percent: Percent(thousandths: 10_000)), line: 1)
    try shop.tickets.setDiscount(DiscountRule(amount: Money(500)), line: nil)
    let paid = try shop.checkout.payTicket([cash(10000)])
    #expect(paid.sale?.totals.total == Money(5990))
    #expect(try stock("empanada pino") == Quantity(units: 38))

    // Return one empanada: its line paid 4.500 − 347 = 4.153 for two: 2.077 (half up).
    let back = try shop.sales.returnSale(
      "1", items: [ReturnRequest(product: "empanada pino", quantity: Quantity(units: 1))],
      refund: .cash, reason: "fría")
    #expect(back.total == Money(2077))
    #expect(back.cashBack == Money(2080))  // cash refunds are rounded too
    #expect(try stock("empanada pino") == Quantity(units: 39))
    // The second returns what is left of the line, so the two add up to 4.153.
    let rest = try shop.sales.returnSale(
      "1", items: [ReturnRequest(product: "empanada pino", quantity: Quantity(units: 1))],
      refund: .cash, reason: "")
    #expect(rest.total == Money(2076))
    #expect(
      throws: SaleError.returnsMoreThanSold(
        product: "Empanada de pino", sold: Quantity(units: 2), returned: Quantity(units: 3),
        unit: .unit, number: 1)
    ) {
      try shop.sales.returnSale(
        "1", items: [ReturnRequest(product: "empanada pino", quantity: Quantity(units: 1))],
        refund: .cash, reason: "")
    }
    // A sale with returns is not voided; a fresh one is, once.
    #expect(throws: SaleError.nothingLeftToReturn(number: 1)) {
      try shop.sales.voidSale("1", reason: "x")
    }
    try sell([request("coca cola", 2)], [PaymentRequest(method: .debit, reference: "9")])
    #expect(try stock("coca cola") == Quantity(units: 7))
    let voided = try shop.sales.voidSale("2", reason: "error de digitación")
    #expect(voided.total == Money(3980))
    #expect(voided.payments.map(\.method) == [.debit])
    #expect(try stock("coca cola") == Quantity(units: 9))
    #expect(try shop.sales.sale("2").voided)
    #expect(try shop.stock.stockMismatches().isEmpty)
    // The ledger is untouched: the sale row cannot change.
    #expect(throws: StoreError.self) { try shop.db.run("UPDATE sales SET total = 0") }
  }

  @Test func ticketModeKeepsShortPaymentsAndMergesLines() throws {
    try shop.tickets.addItems([request("empanada pino")])
    try shop.tickets.addItems([request("empanada pino")])
    #expect(try shop.tickets.openTicket()!.lines.count == 1)
    #expect(try shop.tickets.openTicket()!.lines[0].quantity == Quantity(units: 2))
    let partial = try shop.checkout.payTicket([cash(3000)])
    #expect(partial.sale == nil)
    #expect(partial.remaining == Money(2000))
    #expect(throws: SaleError.cannotChangeAfterPayment) { try shop.tickets.removeLine(1) }
    let done = try shop.checkout.payTicket([PaymentRequest(method: .debit)])
    #expect(done.sale?.payments.map(\.amount) == [Money(3000), Money(2000)])
    #expect(try shop.tickets.openTicket() == nil)
  }

  @Test func zeroRemovesADiscountAndLinesWaitForIt() throws {
    try shop.tickets.addItems([request("empanada pino", 2)])
    try shop.tickets.setDiscount(DiscountRule(percent: Percent(thousandths: 10_000)), line: nil)
    #expect(throws: SaleError.linesAfterTicketDiscount) {
      try shop.tickets.addItems([request("coca cola")])
    }
    try shop.tickets.setDiscount(DiscountRule(percent: Percent(thousandths: 0)), line: nil)
    try shop.tickets.addItems([request("coca cola")])
    #expect(try shop.tickets.openTicket()!.totals.total == Money(6990))
  }

  @Test func weighedByAmountIsExactAndUnitByAmountNeedsTheRight() throws {
    var request = SaleItemRequest(query: "tomate")
    request.amount = Money(1000)
    let line = try shop.tickets.resolveItem(request)
    #expect(line.quantity == Quantity(thousandths: 671))  // 1000 / 1490 kg, to the gram
    #expect(!shop.tickets.needsPriceRight(line))
    let t = Pricing.price([line.pricingInput])
    #expect(t.total == Money(1000))
    var pan = SaleItemRequest(query: "empanada")
    pan.amount = Money(2000)
    #expect(shop.tickets.needsPriceRight(try shop.tickets.resolveItem(pan)))
    // Trailing quantity: `tomate 0,75`.
    var trailing = SaleItemRequest(query: "tomate 0,75")
    trailing.trailingQuery = "tomate"
    trailing.trailingQuantity = Quantity(thousandths: 750)
    #expect(try shop.tickets.resolveItem(trailing).quantity == Quantity(thousandths: 750))
  }

  @Test func kitsMoveTheirComponents() throws {
    try product("Pan amasado", 300, stock: 10)
    try product("Té", 500, stock: 10)
    var draft = ProductDraft(name: "Combo once", price: Money(700))
    draft.taxes = nil
    try shop.catalog.createKit(
      draft,
      components: [
        KitComponentInput(quantity: Quantity(units: 2), unit: nil, product: "pan amasado"),
        KitComponentInput(quantity: Quantity(units: 1), unit: nil, product: "té"),
      ])
    try sell([request("combo once", 3)], [cash()])
    #expect(try stock("pan amasado") == Quantity(units: 4))
    #expect(try stock("té") == Quantity(units: 7))
    _ = try shop.sales.returnSale("1", items: [], refund: .cash, reason: "")
    #expect(try stock("pan amasado") == Quantity(units: 10))
    #expect(try shop.stock.stockMismatches().isEmpty)
  }

  @Test func expiredProductsFollowTheSetting() throws {
    try product("Yogur", 600, stock: 5) { $0.expires = LocalDate(year: 2026, month: 11, day: 20)! }
    #expect(
      throws: SaleError.expired(product: "Yogur", on: LocalDate(year: 2026, month: 11, day: 20)!)
    ) {
      try item("yogur")
    }
    var allow = ShopSettingsChange()
    allow.sellExpired = true
    try shop.configure(allow)
    #expect(try item("yogur").product.name == "Yogur")
  }

  @Test func couponsCheckEveryConditionAndCountPaidUses() throws {
    var d = CouponDraft(code: "VERANO10", percent: Percent(thousandths: 10_000))
    d.minimum = Money(5000)
    d.maxUses = 1
    try shop.coupons.createCoupon(d)
    try shop.tickets.addItems([request("coca cola")])
    #expect(
      throws: SaleError.couponBelowMinimum("VERANO10", minimum: Money(5000), subtotal: Money(1990))
    ) { try shop.tickets.applyCoupon("verano10") }
    try shop.tickets.addItems([request("empanada pino", 2)])
    let ticket = try shop.tickets.applyCoupon("VERANO10")
    #expect(ticket.totals.couponDiscount == Money(699))
    #expect(try shop.coupons.findCoupon("verano10").uses == 0)
    try shop.checkout.payTicket([cash()])
    #expect(try shop.coupons.findCoupon("verano10").uses == 1)
    try shop.tickets.addItems([request("empanada pino", 3)])
    #expect(throws: SaleError.couponUsedUp("VERANO10", uses: 1)) {
      try shop.tickets.applyCoupon("verano10")
    }
    try shop.coupons.deactivateCoupon("verano10")
    #expect(throws: SaleError.couponInactive("VERANO10")) {
      try shop.tickets.applyCoupon("verano10")
    }
  }

  @Test func holdsAndQuotes() throws {
    try shop.tickets.addItems([request("empanada pino", 2)])
    let held = try shop.tickets.holdTicket(name: "señora")
    #expect(held.number == 1)
    #expect(try shop.tickets.openTicket() == nil)
    #expect(try stock("empanada pino") == Quantity(units: 40))  // stock not moved
    // Resumed at current prices.
    var change = ProductChange()
    change.price = Money(2700)
    try shop.catalog.editProduct("empanada pino", change)
    let resumed = try shop.tickets.resumeHeld(1)
    #expect(resumed.totals.total == Money(5400))
    // A quote keeps today's price.
    let quote = try shop.tickets.makeQuote(for: "Juan Pérez", validDays: 7)
    #expect(quote.number == 1)
    #expect(quote.validUntil == LocalDate(year: 2026, month: 11, day: 30)!)
    change.price = Money(3000)
    try shop.catalog.editProduct("empanada pino", change)
    let fromQuote = try shop.tickets.resumeQuote(1)
    #expect(fromQuote.totals.total == Money(5400))
    #expect(try shop.tickets.quotes().count == 1)
    // Another document while one is open is refused naming it (issue 12).
    #expect(throws: TicketOwnerError.documentOpen(lines: 1, total: Money(5400), paid: .zero)) {
      try shop.tickets.resumeQuote(1)
    }
  }

  @Test func requiredSessionRefusesWithoutOpening() throws {
    try shop.db.run("UPDATE settings SET value = 'no' WHERE key = 'venta.abrir_caja_sola'")
    let strict = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    #expect(throws: CoreError.noOpenSession("Caja 1")) {
      try strict.checkout.sellNow(
        SaleRequest(items: [SaleItemRequest(query: "coca cola")], payments: [cash()]))
    }
  }
}
