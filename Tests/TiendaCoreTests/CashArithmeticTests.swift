import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The worked day, pinned to the peso.
@Suite struct CashArithmeticTests {
  let dir = TempDir()
  let shop: Shop
  let ledger: CashLedgerFixture

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.configure(ShopSettingsChange(zone: "America/Santiago"))
    ledger = try CashLedgerFixture(shop: shop)
  }

  /// Float 20.000; then:
  /// - sale 1: $7.865 in cash, customer hands $10.000; rounded to $7.860, change $2.140 (kept 7.860)
  /// - sale 2: $2.996 in cash, hands $3.000; rounded to $3.000, no change (kept 3.000)
  /// - sale 3: $12.990 by débito
  /// - sale 4: $5.000 in cash, hands $20.000, change $15.000 (kept 5.000), later voided in cash
  /// - return of $1.865 from sale 1, refunded in cash rounded to $1.860
  /// - ingreso $5.000, retiro $10.000
  /// Expected cash = 20.000 + (7.860 + 3.000 + 5.000) − (5.000 + 1.860) + 5.000 − 10.000 = 24.000.
  func workedDay() throws {
    try shop.register.openSession(float: Money(20_000))
    let s1 = try ledger.sale(
      1, total: 7_865, iva: 1_256, pays: [.cash(7_865, handed: 10_000, change: 2_140)])
    try ledger.sale(
      2, total: 2_996, iva: 478, pays: [.cash(2_996, handed: 3_000, change: 0)],
      lineDiscount: 300, couponDiscount: 204)
    try ledger.sale(
      3, total: 12_990, iva: 2_074, pays: [.card("débito", 12_990)], ticketDiscount: 1_000)
    let s4 = try ledger.sale(
      4, total: 5_000, iva: 798, pays: [.cash(5_000, handed: 20_000, change: 15_000)])
    try ledger.refund(
      "anulación", number: 1, of: s4, total: 5_000, iva: 798,
      pay: .cash(5_000, handed: 5_000, change: 0))
    try ledger.refund(
      "devolución", number: 2, of: s1, total: 1_865, iva: 298,
      pay: .cash(1_865, handed: 1_860, change: 0))
    try shop.register.moveCash(.deposit, amount: Money(5_000), reason: "sencillo")
    try shop.register.moveCash(.withdrawal, amount: Money(10_000), reason: "pago proveedor")
  }

  @Test func xReportOfTheWorkedDay() throws {
    try workedDay()
    let x = try shop.register.xReport()
    #expect(x.openingFloat == Money(20_000))
    #expect(x.cashFromSales == Money(15_860))
    #expect(x.cashRefunds == Money(6_860))
    #expect(x.deposits == Money(5_000) && x.depositsCount == 1)
    #expect(x.withdrawals == Money(10_000) && x.withdrawalsCount == 1)
    #expect(x.expectedCash == Money(24_000))
    // Rounding: −5 and +4 on sales, +5 kept on the cash return → +4, for information only.
    #expect(x.rounding == Money(4))
    #expect(x.methods.map(\.method) == [.cash, .debit, .credit, .transfer])
    #expect(x.methods.map(\.payments) == [3, 1, 0, 0])
    #expect(x.methods.map(\.expected) == [Money(24_000), Money(12_990), .zero, .zero])
    #expect(x.salesCount == 4 && x.firstSale == 1 && x.lastSale == 4)
    #expect(x.salesTotal == Money(28_851))
    #expect(x.voidsCount == 1 && x.voidsTotal == Money(5_000))
    #expect(x.returnsCount == 1 && x.returnsTotal == Money(1_865))
    #expect(x.netSales == Money(21_986))
    #expect(x.lineDiscounts == Money(300) && x.ticketDiscounts == Money(1_000))
    #expect(x.couponCount == 1 && x.couponDiscounts == Money(204))
    #expect(
      x.taxes == [
        CashReport.TaxLine(code: "iva", rate: 19_000, sales: Money(4_606), refunds: Money(1_096))
      ])
    #expect(x.taxes[0].net == Money(3_510))
    // The X report changes nothing.
    #expect(try shop.register.currentSession() != nil)
  }

  @Test func closingStoresZWithDifferences() throws {
    try workedDay()
    let z = try shop.register.closeSession(
      CashCount(
        cash: Money(23_950), others: [.debit: Money(12_990)], leave: Money(20_000),
        note: "faltan 50"))
    #expect(z.number == 1)
    #expect(z.report.expectedCash == Money(24_000))
    #expect(z.countedCash == Money(23_950))
    #expect(z.cashDifference == Money(-50))
    #expect(z.difference(.debit) == .zero)
    #expect(z.difference(.credit) == nil)  // not declared
    #expect(z.takenAway == Money(3_950))
    #expect(z.leftFloat == Money(20_000))
    #expect(z.note == "faltan 50")
    #expect(try shop.register.currentSession() == nil)
    #expect(try shop.register.zReport(number: 1) == z)
    // The next session starts with what was left.
    let (next, _) = try shop.register.openSession()
    #expect(next.openingFloat == Money(20_000))
  }

  @Test func secondSessionCountsOnlyItsOwnRows() throws {
    try workedDay()
    try shop.register.closeSession(CashCount(cash: Money(24_000), leave: Money(20_000)))
    let first = try shop.register.zReport(number: 1)
    try shop.register.openSession()
    try ledger.sale(5, total: 1_000, iva: 160, pays: [.cash(1_000, handed: 2_000, change: 1_000)])
    try shop.register.moveCash(.withdrawal, amount: Money(500), reason: "bolsas")
    let x = try shop.register.xReport()
    #expect(x.openingFloat == Money(20_000))
    #expect(x.salesCount == 1 && x.firstSale == 5 && x.lastSale == 5)
    #expect(x.cashFromSales == Money(1_000) && x.cashRefunds == .zero)
    #expect(x.withdrawals == Money(500) && x.deposits == .zero)
    #expect(x.voidsCount == 0 && x.returnsCount == 0)
    #expect(x.expectedCash == Money(20_500))
    #expect(x.expected(.debit) == .zero)
    let z2 = try shop.register.closeSession(CashCount(cash: Money(20_600)))
    #expect(z2.number == 2 && z2.cashDifference == Money(100))
    #expect(z2.leftFloat == .zero)
    // The first Z is still exactly what it was.
    #expect(try shop.register.zReport(number: 1) == first)
    #expect(try shop.register.zReports().map(\.number) == [2, 1])
  }

  @Test func refundsToCardReduceThatMethod() throws {
    try shop.register.openSession(float: .zero)
    let sale = try ledger.sale(1, total: 10_000, iva: 1_597, pays: [.card("crédito", 10_000)])
    try ledger.refund(
      "devolución", number: 1, of: sale, total: 4_000, iva: 639, pay: .card("crédito", 4_000))
    let x = try shop.register.xReport()
    #expect(x.expected(.credit) == Money(6_000))
    #expect(x.expectedCash == .zero)
    #expect(x.methods.first { $0.method == .credit }?.payments == 1)
  }

  @Test func splitPaymentKeepsOnlyTheCashPart() throws {
    try shop.register.openSession(float: Money(1_000))
    // $7.869: $5.000 by débito, the rest ($2.869 → $2.870) in cash from a $5.000 bill.
    try ledger.sale(
      1, total: 7_869, iva: 1_256,
      pays: [.card("débito", 5_000), .cash(2_869, handed: 5_000, change: 2_130)])
    let x = try shop.register.xReport()
    #expect(x.cashFromSales == Money(2_870))
    #expect(x.rounding == Money(1))
    #expect(x.expectedCash == Money(3_870))
    #expect(x.expected(.debit) == Money(5_000))
  }
}
