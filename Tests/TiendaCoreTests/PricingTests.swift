import Testing

@testable import TiendaCore

/// The money rules of DESIGN.md §6, pinned by worked examples.
@Suite struct PricingTests {
  let iva = TaxRate(code: "iva", rate: Percent(thousandths: 19_000))
  let ila = TaxRate(code: "ila", rate: Percent(thousandths: 20_500))

  func line(_ units: Int64, _ price: Int64, taxes: [TaxRate]? = nil) -> PricingInput {
    PricingInput(
      quantity: Quantity(units: units), unitPrice: Money(price), taxes: taxes ?? [iva])
  }

  @Test func ivaBreakdownOf6990() {
    let t = Pricing.price([line(1, 6990)])
    #expect(t.total == Money(6990))
    #expect(t.net == Money(5874))
    #expect(t.taxes == [TaxAmount(code: "iva", rate: iva.rate, amount: Money(1116))])
  }

  @Test func cashRoundingOfChileanLaw() {
    #expect(Pricing.cashRounded(Money(7865)) == Money(7860))
    #expect(Pricing.cashRounded(Money(7869)) == Money(7870))
    #expect(Pricing.cashRounded(Money(7861)) == Money(7860))
    #expect(Pricing.cashRounded(Money(7866)) == Money(7870))
    #expect(Pricing.cashRounded(Money(7860)) == Money(7860))
  }

  @Test func weighedLineRoundsHalfUpOnce() {
    let input = PricingInput(
      quantity: Quantity(thousandths: 750), unitPrice: Money(1490), taxes: [iva])
    let t = Pricing.price([input])
    #expect(t.lines[0].amount == Money(1118))  // 1.117,5 → 1.118
    #expect(t.total == Money(1118))
  }

  @Test func cashPaymentWithRoundingAndChange() throws {
    let records = try Settlement.settle(
      total: Money(7865), already: [],
      requests: [PaymentRequest(method: .cash, amount: Money(10000))],
      roundCash: true)
    #expect(records.count == 1)
    #expect(records[0].amount == Money(7865))
    #expect(records[0].rounding == Money(-5))
    #expect(records[0].change == Money(2140))
    // Cash kept = handed over − change = the rounded amount.
    #expect(records[0].tendered - records[0].change == Money(7860))
  }

  @Test func splitPaymentWithChange() throws {
    // $12.990: débito 5.000, the rest (7.990) in cash with a 10.000 bill.
    let records = try Settlement.settle(
      total: Money(12990), already: [],
      requests: [
        PaymentRequest(method: .debit, amount: Money(5000), reference: "123"),
        PaymentRequest(method: .cash, amount: Money(10000)),
      ], roundCash: true)
    #expect(records.map(\.amount) == [Money(5000), Money(7990)])
    #expect(records[1].change == Money(2010))
    #expect(records[1].rounding == .zero)
    // Cash first, then the card takes exactly what is left (no rounding).
    let other = try Settlement.settle(
      total: Money(7865), already: [],
      requests: [
        PaymentRequest(method: .cash, amount: Money(5000)), PaymentRequest(method: .debit),
      ],
      roundCash: true)
    #expect(other.map(\.amount) == [Money(5000), Money(2865)])
    #expect(other.allSatisfy { $0.rounding == .zero && $0.change == .zero })
  }

  @Test func cashFollowedByACardIsAPartPayment() throws {
    // $2.005: the 2.000 in cash would settle it rounded, but the customer
    // also gives a card: the card pays the $5 left, nothing is rounded.
    let records = try Settlement.settle(
      total: Money(2005), already: [],
      requests: [
        PaymentRequest(method: .cash, amount: Money(2000)), PaymentRequest(method: .debit),
      ],
      roundCash: true)
    #expect(records.map(\.amount) == [Money(2000), Money(5)])
    #expect(records.allSatisfy { $0.rounding == .zero })
    // Alone, the same cash settles it (7.865 → 7.860 works the same way).
    let alone = try Settlement.settle(
      total: Money(2005), already: [],
      requests: [PaymentRequest(method: .cash, amount: Money(2000))],
      roundCash: true)
    #expect(alone[0].rounding == Money(-5))
    #expect(alone[0].change == .zero)
  }

  @Test func nonCashNeverExceedsWhatIsLeft() {
    #expect(
      throws: SaleError.nonCashOverRemaining(
        method: .debit, amount: Money(8000), remaining: Money(7865))
    ) {
      try Settlement.settle(
        total: Money(7865), already: [],
        requests: [PaymentRequest(method: .debit, amount: Money(8000))], roundCash: true)
    }
    #expect(throws: SaleError.alreadyPaid) {
      try Settlement.settle(
        total: Money(1000), already: [],
        requests: [PaymentRequest(method: .debit), PaymentRequest(method: .cash)], roundCash: true)
    }
  }

  @Test func lineAndTicketDiscountsAndCouponSpreadProRata() {
    // Empanadas 2 × 2.500 with 10 % off the line, Coca-Cola 1.990;
    // $500 off the ticket, then a 10 % coupon.
    var empanadas = line(2, 2500)
    empanadas.discountPercent = Percent(thousandths: 10_000)
    let t = Pricing.price(
      [empanadas, line(1, 1990)], discount: DiscountRule(amount: Money(500)),
      coupon: DiscountRule(percent: Percent(thousandths: 10_000)))
    #expect(t.subtotal == Money(6990))
    #expect(t.lineDiscounts == Money(500))
    #expect(t.ticketDiscount == Money(500))
    // 10 % of 5.990.
    #expect(t.couponDiscount == Money(599))
    #expect(t.total == Money(5391))
    // $500 over 4.500 : 1.990 → 346,7 : 153,3 → 347 + 153 (largest remainder).
    #expect(t.lines.map(\.ticketDiscount) == [Money(347), Money(153)])
    // 599 over 4.153 : 1.837 → 415,3 : 183,7 → 415 + 184.
    #expect(t.lines.map(\.couponDiscount) == [Money(415), Money(184)])
    #expect(t.lines.map(\.total) == [Money(3738), Money(1653)])
    // Each line's tax split is exact, and the ticket's is their sum.
    #expect(t.lines.map(\.net) == [Money(3141), Money(1389)])
    #expect(t.net == Money(4530))
    #expect(t.taxes.map(\.amount) == [Money(861)])
    #expect(t.net + t.taxes[0].amount == t.total)
  }

  @Test func pricesWithoutTaxesAddThemOnTop() {
    var input = line(1, 1000, taxes: [iva, ila])
    input.includesTaxes = false
    let t = Pricing.price([input])
    #expect(t.net == Money(1000))
    #expect(t.taxes.map(\.amount) == [Money(190), Money(205)])
    #expect(t.total == Money(1395))
    // With a ticket discount the gross is split again, still exact.
    let d = Pricing.price([input], discount: DiscountRule(amount: Money(395)))
    #expect(d.total == Money(1000))
    #expect(d.net + d.taxes.reduce(.zero) { $0 + $1.amount } == Money(1000))
  }

  @Test func percentageDiscountRoundsHalfUpOnce() {
    // 15 % of 1.990 = 298,5 → 299.
    let t = Pricing.price(
      [line(1, 1990)], discount: DiscountRule(percent: Percent(thousandths: 15_000)))
    #expect(t.ticketDiscount == Money(299))
    #expect(t.total == Money(1691))
  }
}
