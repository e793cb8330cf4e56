import TiendaStore

/// `informe ventas|productos|stock … en central [por sucursal]` (issue 23):
/// the same reports, rows and totals as the local ones (`SalesReport`,
/// `ProductReport`, `StockReport`), computed by SQL on the central
/// PostgreSQL over every branch's pushed ledger.
public struct CentralReports: ShopArea {
  let shop: Shop

  public func sales(_ request: SalesReportRequest, byBranch: Bool) throws -> SalesReport {
    let central = try PostgresCentral(shop)
    let rows = try CentralReportQueries.rows(
      request.dimension, byBranch: byBranch, period: request.period, in: central)
    let totals = try CentralReportQueries.totals(period: request.period, in: central)
    var report = SalesReport(
      period: request.period, dimension: byBranch ? .register : request.dimension, rows: rows,
      totals: totals,
      taxes: try CentralReportQueries.taxes(period: request.period, in: central).map {
        (code: $0.code, amount: Money($0.amount))
      })
    let ofPeriod = try CentralReportQueries.refundsOfSales(period: request.period, in: central)
    let standing = totals.tickets - ofPeriod.voids
    report.standingTickets = standing
    if standing > 0 {
      let net = try Reports.checked(
        totals.sold.minorUnits.subtractingReportingOverflow(ofPeriod.total))
      let half = net >= 0 ? standing / 2 : -(standing / 2)
      report.averageTicket = Money((net + half) / standing)
    }
    return report
  }

  public func products(_ request: ProductReportRequest, byBranch: Bool) throws -> ProductReport {
    let central = try PostgresCentral(shop)
    let ascending = request.order == .worst
    var rows =
      byBranch
      ? try CentralReportQueries.productsByBranch(
        period: request.period, byUnits: request.byUnits, ascending: ascending,
        category: request.category, in: central)
      : try CentralReportQueries.rows(
        .product, byBranch: false, period: request.period, byUnits: request.byUnits,
        ascending: ascending, category: request.category, in: central)
    let totals = try Reports.sum(rows)
    let count = rows.count
    if let limit = request.limit, limit >= 0, rows.count > limit {
      rows = Array(rows.prefix(limit))
    }
    var report = ProductReport(
      period: request.period, rows: rows, totals: totals, category: request.category)
    report.productCount = count
    report.withoutCost = rows.filter { !$0.hasCost }.map(\.name)
    return report
  }

  public func stock(category: String?, byBranch: Bool) throws -> StockReport {
    let central = try PostgresCentral(shop)
    let rows = try CentralReportQueries.stock(category: category, byBranch: byBranch, in: central)
    return try Reports.stockReport(rows, category: category)
  }
}
