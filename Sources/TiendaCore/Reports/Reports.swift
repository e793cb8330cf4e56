import TiendaStore

/// Reports (issue 17): what sold, when, by whom and what it earned. Every
/// figure comes from the rollups the sale, void and return transactions
/// keep (`ReportsSchema`), so a year answers as fast as a day.
public struct Reports: ShopArea {
  let shop: Shop

  /// `informe ventas [período] [por …]`: rows per group and the period's
  /// honest totals (gross, discounts, voids, returns, net, taxes per code,
  /// tickets).
  public func sales(_ request: SalesReportRequest) throws -> SalesReport {
    let (from, to) = (request.period.from.iso, request.period.to.iso)
    return try db.read {
      let rows = try ReportQueries.rows(
        request.dimension, period: request.period,
        order: request.dimension.isTime ? .key : .total(ascending: false), in: db)
      // Ticket rows add up to the period (each sale, void and return is in
      // one of them); other rollups need the ticket rollup's sum.
      let totals =
        request.dimension.source == .sales
        ? try Self.sum(rows) : try ReportQueries.totals(from: from, to: to, in: db)
      var report = SalesReport(
        period: request.period, dimension: request.dimension, rows: rows, totals: totals,
        taxes: try ReportQueries.taxes(from: from, to: to, in: db).map {
          (code: $0.code, amount: Money($0.amount))
        })
      let (start, end) = LocalTime.bounds(request.period)
      let ofPeriod = try ReportQueries.refundsOfSales(from: start, to: end, in: db)
      let standing = totals.tickets - ofPeriod.voids
      report.standingTickets = standing
      if standing > 0 {
        let net = try Self.checked(
          totals.sold.minorUnits.subtractingReportingOverflow(ofPeriod.total))
        let half = net >= 0 ? standing / 2 : -(standing / 2)
        report.averageTicket = Money((net + half) / standing)
      }
      return report
    }
  }

  /// `informe productos [período] [más|menos vendidos] [por unidades] [top N]
  /// [categoría X]`; also `informe stock vendido` (every product, no limit).
  public func products(_ request: ProductReportRequest) throws -> ProductReport {
    try db.read { try rankedProducts(request) }
  }

  private func rankedProducts(_ request: ProductReportRequest) throws -> ProductReport {
    let category: Category? = try request.category.map { try shop.catalog.findCategory($0) }
    let order: ReportQueries.RowOrder
    switch request.order {
    case .best: order = request.byUnits ? .units(ascending: false) : .total(ascending: false)
    case .worst: order = request.byUnits ? .units(ascending: true) : .total(ascending: true)
    case .name: order = .name
    }
    var rows = try ReportQueries.rows(
      .product, period: request.period, categoryID: category?.id, order: order,
      unsold: request.order == .worst, in: db)
    let totals = try Self.sum(rows)
    let count = rows.count
    if let limit = request.limit, limit >= 0, rows.count > limit {
      rows = Array(rows.prefix(limit))
    }
    var report = ProductReport(
      period: request.period, rows: rows, totals: totals, category: category?.name)
    report.productCount = count
    report.withoutCost = try ReportQueries.withoutCost(
      period: request.period, categoryID: category?.id, in: db)
    return report
  }

  /// `informe ganancias [período] [por producto|categoría|mes]`: net sales
  /// without taxes − cost of what was sold and kept = gross margin.
  public func profit(period: Period, by dimension: ReportDimension) throws -> ProfitReport {
    try db.read {
      var rows: [ReportFigures]
      if dimension.source == .products {
        rows = try ReportQueries.rows(dimension, period: period, order: .margin, in: db)
      } else {
        rows = try ReportQueries.productsByTime(dimension, period: period, in: db)
      }
      var report = ProfitReport(
        period: period, dimension: dimension, rows: rows, totals: try Self.sum(rows))
      report.withoutCost = try ReportQueries.withoutCost(period: period, categoryID: nil, in: db)
      return report
    }
  }

  /// `reconstruir informes`: the rollups again from the ledger, in one
  /// transaction.
  public func rebuild() throws -> RollupRebuild {
    try mutate { journal in
      let rebuild = try rebuildRollups()
      journal.record(
        "informes.reconstruir", entity: "informes",
        after: .object(
          ReportQueries.rollups.map { ($0, .int(rebuild.rows[$0] ?? 0)) }
            + [("diferencias", .int(rebuild.differences))]))
      return rebuild
    }
  }

  func rebuildRollups() throws -> RollupRebuild {
    var differences: Int64 = 0
    var rows: [String: Int64] = [:]
    for table in ReportQueries.rollups {
      differences += try ReportQueries.differences(table, in: db)
      rows[table] = try ReportQueries.rebuild(table, in: db)
    }
    try ReportQueries.clearPendingRebuild(in: db)
    return RollupRebuild(rows: rows, differences: differences)
  }

  /// After migration 17 on a file with sales (`informes.reconstruir`):
  /// rebuilt once, in the shop's zone.
  func rebuildIfPending() throws {
    guard settings.reportsRebuildPending else { return }
    // The end of the migration (which writes no journal row either): derived
    // rows only, in one transaction.
    _ = try db.write { try rebuildRollups() }
    shop.settings.reportsRebuildPending = false
  }

  /// `verificar base`: rollups that disagree with the ledger.
  public func rollupDifferences() throws -> [RollupDifference] {
    try ReportQueries.rollups.compactMap { table in
      let groups = try ReportQueries.differences(table, in: db)
      return groups == 0 ? nil : RollupDifference(table: table, groups: groups)
    }
  }

  /// The sum of rows (a product report's totals).
  static func sum(_ rows: [ReportFigures]) throws -> ReportFigures {
    func add(_ a: Int64, _ b: Int64) throws -> Int64 {
      try checked(a.addingReportingOverflow(b))
    }
    func add(_ a: Money, _ b: Money) throws -> Money {
      Money(try add(a.minorUnits, b.minorUnits))
    }
    func add(_ a: Quantity, _ b: Quantity) throws -> Quantity {
      Quantity(thousandths: try add(a.thousandths, b.thousandths))
    }
    var t = ReportFigures()
    for r in rows {
      t.tickets = try add(t.tickets, r.tickets)
      t.voids = try add(t.voids, r.voids)
      t.returns = try add(t.returns, r.returns)
      t.gross = try add(t.gross, r.gross)
      t.discounts = try add(t.discounts, r.discounts)
      t.lineDiscounts = try add(t.lineDiscounts, r.lineDiscounts)
      t.ticketDiscounts = try add(t.ticketDiscounts, r.ticketDiscounts)
      t.couponDiscounts = try add(t.couponDiscounts, r.couponDiscounts)
      t.sold = try add(t.sold, r.sold)
      t.soldNet = try add(t.soldNet, r.soldNet)
      t.voidTotal = try add(t.voidTotal, r.voidTotal)
      t.voidNet = try add(t.voidNet, r.voidNet)
      t.returnTotal = try add(t.returnTotal, r.returnTotal)
      t.returnNet = try add(t.returnNet, r.returnNet)
      t.units = try add(t.units, r.units)
      t.returnedUnits = try add(t.returnedUnits, r.returnedUnits)
      t.cost = try add(t.cost, r.cost)
      t.returnedCost = try add(t.returnedCost, r.returnedCost)
      t.uncertainLines = try add(t.uncertainLines, r.uncertainLines)
      t.missingCostLines = try add(t.missingCostLines, r.missingCostLines)
      t.costedNet = try add(t.costedNet, r.costedNet)
      t.costedCost = try add(t.costedCost, r.costedCost)
    }
    return t
  }
}
