import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The limits of DESIGN §8.2 and checked arithmetic: beyond a limit a typed
/// error, never a trap. Expected figures come from Python's unbounded
/// integers (`a * b`, then half away from zero).
@Suite struct LimitsTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    var queso = ProductDraft(name: "Queso", price: Money(15_000))
    queso.stock = Quantity(units: 10)
    try shop.catalog.createProduct(queso)
    var oro = ProductDraft(name: "Oro", price: Money(Limits.amount))
    oro.stock = Quantity(units: 10)
    try shop.catalog.createProduct(oro)
    var tomate = ProductDraft(name: "Tomate", price: Money(1_990))
    tomate.unit = .kilogram
    try shop.catalog.createProduct(tomate)
  }

  func item(_ query: String, thousandths: Int64) -> SaleItemRequest {
    SaleItemRequest(query: query, quantity: Quantity(thousandths: thousandths))
  }

  @Test func scaledIsExactBeyondSixtyFourBits() throws {
    // Python: a * b in full, then divided by c half away from zero.
    #expect(
      try Rounding.scaled(1_000_000_000_000, by: 99_999_000, over: 99_999_000) == 1_000_000_000_000)
    #expect(try Rounding.scaled(1_499_985_000, by: 33_333, over: 99_999_000) == 499_995)
    #expect(try Rounding.scaled(-7, by: 1, over: 2) == -4)
    #expect(
      try Rounding.scaled(999_999_999_999, by: 9_999_999, over: 1000) == 9_999_998_999_990_000)
    #expect(try Rounding.scaled(-123_456_789, by: 987_654_321, over: 1000) == -121_932_631_112_635)
    #expect(throws: LimitError.overflow) {
      try Rounding.scaled(Int64.max, by: Int64.max, over: 1)
    }
    #expect(throws: LimitError.overflow) { try Rounding.scaled(1, by: 1, over: 0) }
  }

  @Test func sumsAndLineAmountsThrowInsteadOfTrapping() throws {
    #expect(throws: LimitError.overflow) {
      try Money.checkedSum([Money(Int64.max), Money(1)])
    }
    #expect(throws: LimitError.overflow) { try Money(Int64.min).subtracting(Money(1)) }
    #expect(try Money.checkedSum([Money(2_500), Money(1_990)]) == Money(4_490))
    // 99.999 units at $10^12: 10^20 thousandths, beyond Int64.
    #expect(throws: LimitError.overflow) {
      try Money.lineAmount(Quantity(thousandths: 99_999_000), Money(Limits.amount))
    }
    #expect(try Money.lineAmount(Quantity(thousandths: 750), Money(1_990)) == Money(1_493))
  }

  @Test func aLineBeyondTheLimitsIsNeverSaved() throws {
    // Used to trap (SIGILL) in Pricing after the line was saved.
    #expect(throws: LimitError.lineAmount(product: "Oro")) {
      try shop.tickets.addItems([item("oro", thousandths: 99_999_000)])
    }
    #expect(try shop.tickets.openTicket() == nil)
    #expect(throws: LimitError.self) {
      try shop.tickets.addItems([item("queso", thousandths: 100_000_000)])
    }
    #expect(try shop.tickets.openTicket() == nil)
    #expect(throws: LimitError.self) {
      try shop.tickets.addItems([item("tomate", thousandths: 10_000_000)])
    }
    // At the limit it is fine; merging past it is refused and keeps the line.
    try shop.tickets.addItems([item("queso", thousandths: 99_999_000)])
    #expect(throws: LimitError.self) {
      try shop.tickets.addItems([item("queso", thousandths: 1_000)])
    }
    #expect(
      try shop.tickets.openTicket()?.lines.map(\.quantity) == [Quantity(thousandths: 99_999_000)])
    #expect(try shop.tickets.openTicket()?.totals.total == Money(1_499_985_000))
  }

  @Test func aTicketTotalBeyondOneAmountIsRefused() throws {
    try shop.tickets.addItems([item("oro", thousandths: 1_000)])
    #expect(throws: LimitError.ticketTotal) {
      try shop.tickets.addItems([item("queso", thousandths: 1_000)])
    }
    #expect(try shop.tickets.openTicket()?.lines.count == 1)
  }

  @Test func stockStaysWithinTenToTheNineUnits() throws {
    #expect(throws: LimitError.stock(product: "Queso")) {
      try shop.stock.adjustStock("queso", .add(Quantity(units: 1_000_000_000), nil))
    }
    #expect(try shop.catalog.findProduct("queso").stock == Quantity(units: 10))
  }

  @Test func controlCharactersAreRefusedInNames() throws {
    for name in ["a\u{1B}[2Jb", "a\u{0}b", "a\u{9B}b", "a\u{7F}b", "a\nb"] {
      #expect(throws: TextError.self) {
        try shop.catalog.createProduct(ProductDraft(name: name, price: Money(100)))
      }
    }
    #expect(
      ControlCharacters.escaping("Mal\u{1B}[2J\u{0}x\u{9B}y\r\n") == "Mal\\x1B[2J\\x00x\\x9By\r\n")
    #expect(
      ControlCharacters.escaping("\u{1B}[31mError:\u{1B}[0m", keepingColors: true)
        == "\u{1B}[31mError:\u{1B}[0m")
    #expect(ControlCharacters.escaping("a\rb") == "a\\x0Db")
  }
}
