/// A tax as a product carries it: code and rate.
public struct TaxRate: Hashable, Sendable {
  public let code: String
  public let rate: Percent

  public init(code: String, rate: Percent) {
    self.code = code
    self.rate = rate
  }
}

/// A price split into net and each tax.
public struct PriceBreakdown: Equatable, Sendable {
  public let net: Money
  public let taxes: [(code: String, amount: Money)]
  public let total: Money

  public static func == (a: PriceBreakdown, b: PriceBreakdown) -> Bool {
    a.net == b.net && a.total == b.total && a.taxes.map(\.code) == b.taxes.map(\.code)
      && a.taxes.map(\.amount) == b.taxes.map(\.amount)
  }
}

/// How taxes apply to an amount (DESIGN.md §6: taxes are rates, all on the net).
public enum TaxMath {
  static let percentScale: Int64 = 100_000  // Percent is in thousandths of a percent

  /// With taxes included (shelf prices in Chile), the amount is split as an
  /// electronic boleta reports it (DESIGN.md §8.8): net = amount / (1 + Σ
  /// rates) rounded half up; the rest is the taxes, shared in proportion to
  /// their rates (largest remainder), so the parts add up exactly to the
  /// amount. Without, each tax is the net times its rate, rounded half up,
  /// added on top.
  ///
  /// Beer at $1.990 with IVA 19 % and ILA 20,5 % included: net 1.427
  /// (1.426,52), taxes 563 shared 19 : 20,5 → IVA 271, ILA 292.
  public static func breakdown(_ amount: Money, taxes: [TaxRate], included: Bool)
    -> PriceBreakdown
  {
    if included {
      let (net, parts) = split(amount, taxes: taxes)
      return PriceBreakdown(
        net: net, taxes: zip(taxes, parts).map { ($0.code, $1) }, total: amount)
    }
    let amounts = taxes.map {
      Money(Rounding.divideHalfUp(amount.minorUnits * $0.rate.thousandths, percentScale))
    }
    let total = amounts.reduce(amount, +)
    return PriceBreakdown(
      net: amount, taxes: zip(taxes, amounts).map { ($0.code, $1) }, total: total)
  }

  /// An amount with `taxes` included, split into its net and each tax (in
  /// the order of `taxes`): the boleta rule of `breakdown`. Exempt (no
  /// taxes): all net.
  public static func split(_ amount: Money, taxes: [TaxRate]) -> (net: Money, taxes: [Money]) {
    guard !taxes.isEmpty, amount != .zero else {
      return (amount, taxes.map { _ in .zero })
    }
    let rates = taxes.map(\.rate.thousandths)
    let divisor = percentScale + rates.reduce(0, +)
    // amount × 100.000 / divisor, rounded half up, without overflow.
    let (high, low) = amount.minorUnits.multipliedFullWidth(by: percentScale)
    let (q, r) = divisor.dividingFullWidth((high, low))
    let net = r * 2 >= divisor ? q + 1 : q
    let parts = Rounding.allocate(amount.minorUnits - net, weights: rates)
    return (Money(net), parts.map(Money.init))
  }
}
