import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// Refusals, immutability, registers and the journal of the cash issue.
@Suite struct CashRulesTests {
  let dir = TempDir()
  let shop: Shop
  let ledger: CashLedgerFixture

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    ledger = try CashLedgerFixture(shop: shop)
  }

  /// Runs `body`, expects `error`, and checks nothing changed.
  func refused(_ error: CashError, _ body: () throws -> Void) throws {
    let before = try ledger.snapshot()
    #expect(throws: error) { try body() }
    #expect(try ledger.snapshot() == before)
  }

  @Test func openingTwiceIsRefused() throws {
    try shop.register.openSession(float: Money(20_000))
    try refused(
      .sessionAlreadyOpen(register: "Caja 1", openedAt: 1_795_438_800, openedBy: nil)
    ) { try shop.register.openSession(float: Money(5_000)) }
    #expect(try shop.register.currentSession()?.openingFloat == Money(20_000))
  }

  @Test func closingTwiceIsRefused() throws {
    try shop.register.openSession(float: Money(20_000))
    try shop.register.closeSession(CashCount(cash: Money(20_000)))
    try refused(.noOpenSession(register: "Caja 1")) {
      try shop.register.closeSession(CashCount(cash: Money(20_000)))
    }
    #expect(try shop.register.zReports().count == 1)
  }

  @Test func withdrawalLargerThanExpectedCashIsRefused() throws {
    try shop.register.openSession(float: Money(20_000))
    try ledger.sale(1, total: 2_500, iva: 399, pays: [.cash(2_500, handed: 5_000, change: 2_500)])
    try refused(.withdrawalExceedsCash(requested: Money(22_501), available: Money(22_500))) {
      try shop.register.moveCash(.withdrawal, amount: Money(22_501), reason: "banco")
    }
    // Card money is not in the drawer: it cannot be withdrawn either.
    try ledger.sale(2, total: 9_000, iva: 1_437, pays: [.card("débito", 9_000)])
    try refused(.withdrawalExceedsCash(requested: Money(30_000), available: Money(22_500))) {
      try shop.register.moveCash(.withdrawal, amount: Money(30_000), reason: "banco")
    }
    let all = try shop.register.moveCash(.withdrawal, amount: Money(22_500), reason: "banco")
    #expect(all.expectedCash == .zero)
  }

  @Test func badAmountsAndMissingReasonsAreRefused() throws {
    try shop.register.openSession(float: Money(1_000))
    try refused(.negativeAmount(Money(-500))) {
      try shop.register.moveCash(.deposit, amount: Money(-500), reason: "x")
    }
    try refused(.amountNotPositive(.zero)) {
      try shop.register.moveCash(.withdrawal, amount: .zero, reason: "x")
    }
    try refused(.reasonRequired) {
      try shop.register.moveCash(.deposit, amount: Money(500), reason: "  ")
    }
    try refused(.negativeAmount(Money(-1))) {
      try shop.register.closeSession(CashCount(cash: Money(-1)))
    }
    try refused(.leaveExceedsCounted(leave: Money(2_000), counted: Money(1_000))) {
      try shop.register.closeSession(CashCount(cash: Money(1_000), leave: Money(2_000)))
    }
    try refused(.denominationsDisagree(total: Money(1_500), counted: Money(1_000))) {
      try shop.register.closeSession(
        CashCount(
          cash: Money(1_000),
          denominations: [
            Denomination(value: Money(1_000), count: 1), Denomination(value: Money(500), count: 1),
          ]))
    }
    try refused(.badDenomination(Money(500))) {
      try shop.register.closeSession(
        CashCount(
          cash: Money(1_000),
          denominations: [
            Denomination(value: Money(500), count: 1), Denomination(value: Money(500), count: 1),
          ]))
    }
    let closed = try shop.db.scalarInt("SELECT count(*) FROM cash_sessions WHERE closed_at IS NULL")
    #expect(closed == 1)
  }

  @Test func movementsNeedAnOpenSession() throws {
    try refused(.noOpenSession(register: "Caja 1")) {
      try shop.register.moveCash(.deposit, amount: Money(500), reason: "sencillo")
    }
    #expect(throws: CashError.noOpenSession(register: "Caja 1")) { try shop.register.xReport() }
    // The drawer can be opened without a session; it is recorded.
    let drawer = try shop.register.openDrawer()
    #expect(drawer.sessionID == nil && drawer.expectedCash == nil)
    #expect(try shop.db.scalarInt("SELECT count(*) FROM cash_movements WHERE kind = 'cajón'") == 1)
  }

  @Test func denominationsAreStored() throws {
    try shop.register.openSession(float: Money(70_000))
    let z = try shop.register.closeSession(
      CashCount(
        cash: Money(76_000), leave: Money(20_000),
        denominations: [
          Denomination(value: Money(500), count: 12), Denomination(value: Money(20_000), count: 3),
          Denomination(value: Money(10_000), count: 1),
        ]))
    #expect(z.denominations.map(\.value) == [Money(20_000), Money(10_000), Money(500)])
    #expect(z.cashDifference == Money(6_000))
    #expect(try shop.register.zReport(number: 1).denominations == z.denominations)
  }

  @Test func openTicketBlocksClosingButHeldTicketsSurvive() throws {
    try shop.register.openSession(float: .zero)
    try shop.db.run(
      """
      INSERT INTO tickets(id, register_id, state, opened_at) VALUES (1, 1, 'abierto', 0);
      """)
    try shop.db.run(
      "INSERT INTO ticket_lines(ticket_id, position, product_id, quantity) VALUES (1, 1, ?, 1000)",
      [.integer(ledger.productID)])
    try refused(.openTicket(register: "Caja 1", lines: 1)) {
      try shop.register.closeSession(CashCount(cash: .zero))
    }
    try shop.db.run("UPDATE tickets SET state = 'sostenido', number = 1 WHERE id = 1")
    try shop.register.closeSession(CashCount(cash: .zero))
    #expect(try shop.db.scalarInt("SELECT count(*) FROM tickets WHERE state = 'sostenido'") == 1)
    #expect(try shop.db.scalarInt("SELECT count(*) FROM ticket_lines") == 1)
  }

  @Test func emptyOpenTicketDoesNotBlockClosing() throws {
    try shop.register.openSession(float: .zero)
    try shop.db.run(
      "INSERT INTO tickets(id, register_id, state, opened_at) VALUES (1, 1, 'abierto', 0)")
    #expect(try shop.register.closeSession(CashCount(cash: .zero)).number == 1)
  }

  @Test func zReportsAndClosedSessionsAreImmutable() throws {
    try shop.register.openSession(float: Money(1_000))
    let sale = try ledger.sale(
      1, total: 1_000, iva: 160, pays: [.cash(1_000, handed: 1_000, change: 0)])
    try shop.register.moveCash(.deposit, amount: Money(100), reason: "x")
    try shop.register.closeSession(CashCount(cash: Money(2_100)))
    let session = try shop.db.scalarInt("SELECT id FROM cash_sessions")
    for sql in [
      "UPDATE z_reports SET counted_cash = 0", "DELETE FROM z_reports",
      "UPDATE z_report_methods SET counted = 0", "DELETE FROM z_report_taxes",
      "UPDATE cash_movements SET amount = 1", "DELETE FROM cash_movements",
      "UPDATE cash_sessions SET closed_at = NULL", "DELETE FROM cash_sessions",
    ] {
      #expect(throws: StoreError.self, "\(sql)") { try shop.db.run(sql) }
    }
    // Nothing new lands in a closed session.
    #expect(throws: StoreError.self) {
      try shop.db.run(
        """
        INSERT INTO payments(sale_id, register_id, session_id, method, amount, tendered, change,
          rounding, at) VALUES (?, 1, ?, 'efectivo', 1, 1, 0, 0, 0)
        """, [.integer(sale), .integer(session)])
    }
    #expect(throws: StoreError.self) {
      try shop.db.run(
        """
        INSERT INTO cash_movements(register_id, session_id, kind, amount, at)
        VALUES (1, ?, 'ingreso', 5, 0)
        """, [.integer(session)])
    }
    #expect(try shop.register.zReport(number: 1).countedCash == Money(2_100))
  }

  @Test func registersHaveTheirOwnSessionsAndZNumbers() throws {
    let two = try shop.register.createRegister(name: "Caja 2")
    #expect(throws: CoreError.alreadyExists(.register, name: "Caja 2")) {
      try shop.register.createRegister(name: "caja 2")
    }
    #expect(try shop.register.registers().map(\.name) == ["Caja 1", "Caja 2"])
    try shop.register.openSession(float: Money(1_000))
    try shop.register.closeSession(CashCount(cash: Money(1_000)))
    try shop.register.openSession(float: Money(1_000))
    try shop.register.closeSession(CashCount(cash: Money(1_000)))
    // From this terminal (Caja 1) open Caja 2 by name; it is independent.
    let (session, register) = try shop.register.openSession(
      registerName: "caja 2", float: Money(5_000))
    #expect(register == two && session.registerID == two.id)
    #expect(try shop.register.currentSession() == nil)
    try shop.register.useRegister(named: "Caja 2")
    let z = try shop.register.closeSession(CashCount(cash: Money(5_000)))
    #expect(z.number == 1 && z.report.registerName == "Caja 2")
    #expect(try shop.register.zReports().map(\.number) == [1])
    let statuses = try shop.register.registerStatuses()
    #expect(statuses.map(\.lastZ) == [2, 1])
    #expect(statuses.allSatisfy { $0.session == nil })
  }

  @Test func journalShowsWhoOpenedMovedAndClosed() throws {
    try shop.users.createUser(name: "Pepe", role: "dueño", pin: "4321")
    try shop.users.createUser(name: "María", role: "cajero", pin: "1234")
    _ = try shop.users.logIn("maria", pin: "1234")
    try shop.register.openSession(float: Money(20_000))
    try shop.register.moveCash(.deposit, amount: Money(5_000), reason: "sencillo")
    try shop.acting(WriteContext(approvedBy: "Pepe")).register.moveCash(
      .withdrawal, amount: Money(10_000), reason: "pago proveedor")
    try shop.register.openDrawer()
    try shop.register.closeSession(CashCount(cash: Money(15_000)))
    let rows = try shop.db.query(
      """
      SELECT action, user_name, approved_by FROM journal WHERE action LIKE 'caja.%' ORDER BY id
      """
    ).map { [$0.string(0), $0.optionalString(1) ?? "-", $0.optionalString(2) ?? "-"] }
    #expect(
      rows == [
        ["caja.abrir", "María", "-"], ["caja.ingreso", "María", "-"],
        ["caja.retiro", "María", "Pepe"], ["caja.abrir_cajón", "María", "-"],
        ["caja.cerrar", "María", "-"],
      ])
    #expect(
      try shop.db.scalarInt(
        "SELECT count(*) FROM cash_movements WHERE user_name = 'María' AND approved_by = 'Pepe'")
        == 1)
  }

  @Test func firstSaleStillOpensASessionWithZeroFloat() throws {
    let (session, opened) = try shop.mutate { journal in try shop.register.sessionForSale(journal) }
    #expect(opened && session.autoOpened && session.openingFloat == .zero)
    #expect(try shop.register.xReport().expectedCash == .zero)
  }
}
