/// One line as the pricing sees it: what was entered, before any discount.
public struct PricingInput: Sendable, Equatable {
  public var quantity: Quantity
  public var unitPrice: Money
  /// A fixed line amount (`importe 1000 tomate`): the line is exactly this.
  public var fixedAmount: Money?
  public var includesTaxes: Bool
  public var taxes: [TaxRate]
  public var discountPercent: Percent?
  public var discountAmount: Money?
  /// What promotions took off the line (issue 19), in its basis: applied
  /// before the line's own discount (§8.7).
  public var promotion: Money = .zero

  public init(
    quantity: Quantity, unitPrice: Money, fixedAmount: Money? = nil, includesTaxes: Bool = true,
    taxes: [TaxRate] = [], discountPercent: Percent? = nil, discountAmount: Money? = nil
  ) {
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.fixedAmount = fixedAmount
    self.includesTaxes = includesTaxes
    self.taxes = taxes
    self.discountPercent = discountPercent
    self.discountAmount = discountAmount
  }
}

/// A tax amount on a line or a ticket.
public struct TaxAmount: Sendable, Equatable {
  public let code: String
  public let rate: Percent
  public var amount: Money
}

extension [TaxAmount] {
  /// Adds `taxes` to these totals, one entry per code and rate, in order of
  /// first appearance.
  mutating func accumulate(_ taxes: [TaxAmount]) {
    for tax in taxes {
      if let k = firstIndex(where: { $0.code == tax.code && $0.rate == tax.rate }) {
        self[k].amount = self[k].amount + tax.amount
      } else {
        append(tax)
      }
    }
  }
}

/// A priced line. Amounts the customer sees (`gross`, `lineDiscount`,
/// shares, `total`) include taxes; `amount` is in the product's own price
/// basis (net when its price does not include taxes).
public struct PricedLine: Sendable, Equatable {
  /// Quantity × unit price, rounded half up once (or the fixed amount).
  public let amount: Money
  /// What the line costs with taxes, before any discount.
  public let gross: Money
  public let lineDiscount: Money
  public let ticketDiscount: Money
  public let couponDiscount: Money
  /// What the customer pays for the line.
  public let total: Money
  public let net: Money
  public let taxes: [TaxAmount]
  /// What promotions took off, with taxes (before `lineDiscount`).
  public var promotionDiscount: Money = .zero
}

/// The figures of a whole ticket (DESIGN.md §6 "Money").
public struct TicketTotals: Sendable, Equatable {
  public let lines: [PricedLine]
  /// Sum of the lines with taxes, before discounts (the coupon's `mínimo`
  /// is checked against it).
  public let subtotal: Money
  public let lineDiscounts: Money
  public let ticketDiscount: Money
  public let couponDiscount: Money
  public let total: Money
  public let net: Money
  /// Each tax over the whole ticket, in order of first appearance.
  public let taxes: [TaxAmount]
  /// What promotions took off the ticket, with taxes, and which did it.
  public var promotionDiscounts: Money = .zero
  public var promotions: [AppliedPromotion] = []

  public var discounts: Money {
    promotionDiscounts + lineDiscounts + ticketDiscount + couponDiscount
  }
}

/// A discount on the ticket or a coupon: a percentage or a fixed amount.
public struct DiscountRule: Sendable, Equatable {
  public var percent: Percent?
  public var amount: Money?

  public init(percent: Percent? = nil, amount: Money? = nil) {
    self.percent = percent
    self.amount = amount
  }

  public var isEmpty: Bool { percent == nil && amount == nil }
}

/// The arithmetic of a ticket: line amounts, discounts, coupon, taxes.
///
/// Line amount = quantity × unit price rounded half up once; a percentage
/// rounds half up once; ticket discounts and the coupon are spread over the
/// lines in proportion (largest remainder) so the parts add up to the total.
/// Taxes are computed on the ticket's total per tax set and spread back over
/// the lines (`TicketTaxes`, DESIGN.md §8.8).
///
/// ```swift
/// let t = Pricing.price([PricingInput(quantity: Quantity(units: 1), unitPrice: Money(6990),
///                         taxes: [TaxRate(code: "iva", rate: Percent(thousandths: 19_000))])])
/// t.net  // 5874; t.taxes[0].amount  // 1116
/// // Three lines of $1.000: net 2.521, IVA 479 (not 3 × 840 / 160).
/// ```
public enum Pricing {
  static let percentScale: Int64 = 100_000

  /// `percent` of `amount`, rounded half up.
  public static func share(_ amount: Money, _ percent: Percent) -> Money {
    Money(Rounding.divideHalfUp(amount.minorUnits * percent.thousandths, percentScale))
  }

  /// Quantity × price, rounded half up to the currency unit.
  public static func lineAmount(_ quantity: Quantity, _ price: Money) -> Money {
    Money(Rounding.divideHalfUp(quantity.thousandths * price.minorUnits, 1000))
  }

  /// Taxes on top of a net amount, each rounded half up.
  static func taxesOnTop(_ net: Money, _ taxes: [TaxRate]) -> [TaxAmount] {
    taxes.map { TaxAmount(code: $0.code, rate: $0.rate, amount: share(net, $0.rate)) }
  }

  /// What `base` (in the line's basis) costs with taxes.
  static func withTaxes(_ base: Money, _ input: PricingInput) -> Money {
    input.includesTaxes ? base : taxesOnTop(base, input.taxes).reduce(base) { $0 + $1.amount }
  }

  /// The line's own discount (percentage first, then the fixed amount), in
  /// its basis; may exceed the amount (the caller refuses that).
  public static func lineDiscount(_ amount: Money, _ input: PricingInput) -> Money {
    let percent = input.discountPercent.map { share(amount, $0) } ?? .zero
    return percent + (input.discountAmount ?? .zero)
  }

  /// The discount a rule gives on `base` (percentage first, then amount).
  public static func ruleDiscount(_ base: Money, _ rule: DiscountRule) -> Money {
    let percent = rule.percent.map { share(base, $0) } ?? .zero
    return min(base, percent + (rule.amount ?? .zero))
  }

  public static func price(
    _ inputs: [PricingInput], discount: DiscountRule = DiscountRule(),
    coupon: DiscountRule = DiscountRule()
  ) -> TicketTotals {
    var amounts: [Money] = []
    var grosses: [Money] = []
    var discounted: [Money] = []
    var promoted: [Money] = []
    for input in inputs {
      let amount = input.fixedAmount ?? lineAmount(input.quantity, input.unitPrice)
      let afterPromotion = max(.zero, amount - input.promotion)
      let base = max(.zero, afterPromotion - lineDiscount(afterPromotion, input))
      amounts.append(amount)
      grosses.append(withTaxes(amount, input))
      promoted.append(input.promotion > .zero ? withTaxes(afterPromotion, input) : grosses.last!)
      discounted.append(withTaxes(base, input))
    }
    let afterLines = discounted.reduce(.zero, +)
    let ticketDiscount = ruleDiscount(afterLines, discount)
    let ticketShares = Rounding.allocate(
      ticketDiscount.minorUnits, weights: discounted.map(\.minorUnits))
    let afterTicket = zip(discounted, ticketShares).map { $0 - Money($1) }
    let couponBase = afterTicket.reduce(.zero, +)
    let couponDiscount = ruleDiscount(couponBase, coupon)
    let couponShares = Rounding.allocate(
      couponDiscount.minorUnits, weights: afterTicket.map(\.minorUnits))

    let totals = zip(afterTicket, couponShares).map { $0 - Money($1) }
    // Taxes on the ticket's total per tax set, spread over the lines (§8.8).
    let splits = TicketTaxes.split(totals: totals, taxes: inputs.map(\.taxes))
    var lines: [PricedLine] = []
    var taxTotals: [TaxAmount] = []
    for i in inputs.indices {
      taxTotals.accumulate(splits[i].taxes)
      lines.append(
        PricedLine(
          amount: amounts[i], gross: grosses[i], lineDiscount: promoted[i] - discounted[i],
          ticketDiscount: Money(ticketShares[i]), couponDiscount: Money(couponShares[i]),
          total: totals[i], net: splits[i].net, taxes: splits[i].taxes,
          promotionDiscount: grosses[i] - promoted[i]))
    }
    var result = TicketTotals(
      lines: lines, subtotal: grosses.reduce(.zero, +),
      lineDiscounts: lines.reduce(.zero) { $0 + $1.lineDiscount },
      ticketDiscount: ticketDiscount, couponDiscount: couponDiscount,
      total: lines.reduce(.zero) { $0 + $1.total }, net: lines.reduce(.zero) { $0 + $1.net },
      taxes: taxTotals)
    result.promotionDiscounts = lines.reduce(.zero) { $0 + $1.promotionDiscount }
    return result
  }

  /// Chile's cash rounding (Ley 20.956) to the nearest 10: endings 1–5 go
  /// down, 6–9 up (7.865 → 7.860, 7.869 → 7.870).
  public static func cashRounded(_ amount: Money) -> Money {
    let r = amount.minorUnits % 10
    if r == 0 { return amount }
    return r <= 5 ? Money(amount.minorUnits - r) : Money(amount.minorUnits + 10 - r)
  }
}
