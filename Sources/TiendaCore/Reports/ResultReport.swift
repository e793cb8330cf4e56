import TiendaStore

/// `informe resultado [período]` (issue 18): the period's result.
///
/// Net sales without taxes (after discounts, less voids and returns) and
/// the cost of what was sold and kept come from the product rollups, as in
/// `informe ganancias`; expenses are counted on their day (due day, else
/// the day recorded: accrual, paid or not), voided ones aside.
public struct ResultReport: Sendable {
  public let period: Period
  /// Every sale, with a cost or not (as «neto» in `informe ganancias`).
  public let netSales: Money
  /// Net sales of the products that have a cost, and their cost: the gross
  /// margin is over these only, as in `informe ganancias`.
  public let costedSales: Money
  public let costOfSales: Money
  public let expenses: [(category: String, amount: Money)]
  /// Products sold in the period without a cost (their cost counts 0).
  public let withoutCost: [String]
  /// Lines with an estimated cost (sold before costs were kept).
  public let estimatedLines: Int64

  /// Net sales of products without a cost: their margin is unknown, so
  /// they stay out of the margin and of the result (shown on their own).
  public var salesWithoutCost: Money { netSales - costedSales }
  public var grossMargin: Money { costedSales - costOfSales }
  public var totalExpenses: Money { expenses.reduce(.zero) { $0 + $1.amount } }
  public var result: Money { grossMargin - totalExpenses }
}

extension Reports {
  /// `informe resultado [período]`: generates the recurring expenses due
  /// first, then reads the rollups and the expenses of the period.
  public func result(period: Period) throws -> ResultReport {
    try shop.expenses.generateDue()
    // By product, as `informe ganancias`: a product without a cost leaves
    // only its own sales out of the margin.
    let profit = try profit(period: period, by: .product)
    let t = profit.totals
    return try db.read {
      let expenses = try ExpenseByCategoryRow.of(
        from: period.from.iso, to: period.to.iso, in: db)
      return ResultReport(
        period: period, netSales: t.net, costedSales: t.costedNet, costOfSales: t.costedCost,
        expenses: expenses.map { (category: $0.name, amount: $0.total) },
        withoutCost: profit.withoutCost, estimatedLines: t.estimatedLines)
    }
  }
}
