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
  /// With taxes included (shelf prices in Chile), the amount is split into
  /// net and taxes in proportion 1 : rate₁ : rate₂ …, each rounded so that
  /// the parts add up exactly to the amount (largest remainder). Without,
  /// each tax is the net times its rate, rounded half up, added on top.
  ///
  /// Beer at $1.990 with IVA 19 % and ILA 20,5 % included: net 1.427, IVA 271,
  /// ILA 292 (exact shares 1.426,52 · 271,04 · 292,44).
  public static func breakdown(_ amount: Money, taxes: [TaxRate], included: Bool)
    -> PriceBreakdown
  {
    let percentScale: Int64 = 100_000  // Percent is in thousandths of a percent
    if included {
      let parts = Rounding.allocate(
        amount.minorUnits, weights: [percentScale] + taxes.map(\.rate.thousandths))
      return PriceBreakdown(
        net: Money(parts[0]),
        taxes: zip(taxes, parts.dropFirst()).map { ($0.code, Money($1)) }, total: amount)
    }
    let amounts = taxes.map {
      Money(Rounding.divideHalfUp(amount.minorUnits * $0.rate.thousandths, percentScale))
    }
    let total = amounts.reduce(amount, +)
    return PriceBreakdown(
      net: amount, taxes: zip(taxes, amounts).map { ($0.code, $1) }, total: total)
  }
}
