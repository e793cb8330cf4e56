import TiendaStore

extension Ticket {
  /// The lines as the engine sees them. A line with a manual price
  /// (`a 300`, `importe`, an open price) takes no promotion: its price was
  /// already decided by hand.
  var promotionLines: [PromotionLine] {
    lines.map { line in
      let input = line.pricingInput
      return PromotionLine(
        productID: line.product.id, categoryID: line.product.categoryID,
        quantity: line.quantity, unitPrice: line.unitPrice,
        amount: input.fixedAmount ?? Pricing.lineAmount(input.quantity, input.unitPrice),
        weighed: line.product.unit.isWeighed,
        eligible: line.customPrice == nil && line.fixedAmount == nil)
    }
  }

  var promotionSubtotal: Money {
    lines.map(\.pricingInput).reduce(Money.zero) {
      $0 + Pricing.withTaxes($1.fixedAmount ?? Pricing.lineAmount($1.quantity, $1.unitPrice), $1)
    }
  }

  var liveContext: PromotionContext? {
    guard var context = promotionContext, !promotionsOff, !context.rules.isEmpty else {
      return nil
    }
    context.customerGroupID = customer?.groupID
    return context
  }

  /// The ticket's figures with its promotions (DESIGN §8.7): catalog or
  /// list price → promotions → line discounts → ticket discount → coupon.
  func promotedTotals() -> TicketTotals {
    var inputs = lines.map(\.pricingInput)
    let rule = coupon?.rule ?? DiscountRule()
    guard let context = liveContext, !lines.isEmpty else {
      return Pricing.price(inputs, discount: discount, coupon: rule)
    }
    let outcome = PromotionEngine.evaluate(
      promotionLines, context: context, subtotal: promotionSubtotal)
    for i in inputs.indices { inputs[i].promotion = outcome.savings[i] }
    var totals = Pricing.price(inputs, discount: discount, coupon: rule)
    // Each promotion's saving as the customer sees it (with taxes): the
    // line's saving shared by largest remainder when two touch one line.
    var applied = outcome.applied
    for i in lines.indices where totals.lines[i].promotionDiscount > .zero {
      let touching = applied.indices.filter { applied[$0].savings[i] != nil }
      let shares = Rounding.allocate(
        totals.lines[i].promotionDiscount.minorUnits,
        weights: touching.map { applied[$0].savings[i]!.minorUnits })
      for (k, a) in touching.enumerated() { applied[a].savings[i] = Money(shares[k]) }
    }
    totals.promotions = applied
    return totals
  }

  /// Promotions open now that a bit more would trigger.
  public var nearMisses: [PromotionNearMiss] {
    guard let context = liveContext else { return [] }
    let lines = promotionLines
    let subtotal = promotionSubtotal
    let outcome = PromotionEngine.evaluate(lines, context: context, subtotal: subtotal)
    return PromotionEngine.nearMisses(
      lines, context: context, subtotal: subtotal, outcome: outcome)
  }
}

/// A promotion given on a recorded sale's line (`ver venta`).
public struct SaleLinePromotion: Sendable, Equatable {
  public let position: Int64
  public let promotionID: Int64
  public let name: String
  public let units: Quantity
  public let saving: Money
}

extension Promotions {
  /// Writes what each promotion saved on each line (one statement; only
  /// for a sale some promotion touched).
  func record(_ applied: [AppliedPromotion], sale: Int64) throws {
    try SaleLinePromotionRow.insertAll(applied, sale: sale, into: db)
  }

  /// The promotions of a recorded sale, by line.
  public func ofSale(_ sale: Int64) throws -> [SaleLinePromotion] {
    try SaleLinePromotionRow.ofSale(sale, in: db).map {
      SaleLinePromotion(
        position: $0.position, promotionID: $0.promotionID, name: $0.name,
        units: Quantity(thousandths: $0.units), saving: Money($0.saving))
    }
  }
}
