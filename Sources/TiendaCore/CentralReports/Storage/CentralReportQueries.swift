import TiendaStore

/// The central reports' SQL (PostgreSQL), over the `central_*_events`
/// views of `CentralReportsSchema`: the same figures as the local rollups,
/// each event with its branch and its local day in the branch's zone.
enum CentralReportQueries {
  /// A dimension's key and name over an events view `r`.
  static func group(_ dimension: ReportDimension, byBranch: Bool) -> (key: String, name: String) {
    if byBranch { return ("r.branch", "r.branch") }
    switch dimension {
    case .day: return ("to_char(r.day, 'YYYY-MM-DD')", "''")
    case .week: return ("to_char(date_trunc('week', r.day), 'YYYY-MM-DD')", "''")
    case .month: return ("to_char(r.day, 'YYYY-MM')", "''")
    case .hour: return ("lpad(r.hour::text, 2, '0')", "''")
    case .weekday: return ("extract(isodow FROM r.day)::text", "''")
    case .product: return ("r.sku", "r.name")
    case .category: return ("r.category", "r.category")
    case .method: return ("r.method", "r.method")
    case .cashier: return ("r.user_name", "r.user_name")
    case .register: return ("r.branch || ' · ' || r.register", "r.branch || ' · ' || r.register")
    }
  }

  static func sums(_ columns: [String]) -> String {
    columns.map { "coalesce(sum(r.\($0)), 0)::bigint AS \($0)" }.joined(separator: ", ")
  }

  static let ticketFigures = """
    \(sums(["tickets", "voids", "returns", "gross"])),
    coalesce(sum(r.line_discounts + r.ticket_discounts + r.coupon_discounts), 0)::bigint
      AS discounts,
    \(sums(["line_discounts", "ticket_discounts", "coupon_discounts"])),
    coalesce(sum(r.total), 0)::bigint AS sold, coalesce(sum(r.net), 0)::bigint AS sold_net,
    \(sums(["void_total", "void_net", "return_total", "return_net"])),
    0 AS units, 0 AS returned_units, 0 AS cost, 0 AS returned_cost, 0 AS uncertain_lines,
    0 AS missing_cost_lines
    """

  static let productFigures = """
    0 AS tickets, 0 AS voids, 0 AS returns, \(sums(["gross", "discounts"])),
    0 AS line_discounts, 0 AS ticket_discounts, 0 AS coupon_discounts,
    coalesce(sum(r.total), 0)::bigint AS sold, coalesce(sum(r.net), 0)::bigint AS sold_net,
    0 AS void_total, 0 AS void_net, coalesce(sum(r.returned_total), 0)::bigint AS return_total,
    coalesce(sum(r.returned_net), 0)::bigint AS return_net,
    \(sums(["units", "returned_units", "cost", "returned_cost", "uncertain_lines",
      "missing_cost_lines"]))
    """

  static let paymentFigures = """
    coalesce(sum(r.payments), 0)::bigint AS tickets, 0 AS voids,
    coalesce(sum(r.refunds), 0)::bigint AS returns, coalesce(sum(r.received), 0)::bigint AS gross,
    0 AS discounts, 0 AS line_discounts, 0 AS ticket_discounts, 0 AS coupon_discounts,
    coalesce(sum(r.received), 0)::bigint AS sold, 0 AS sold_net, 0 AS void_total, 0 AS void_net,
    coalesce(sum(r.refunded), 0)::bigint AS return_total, 0 AS return_net, 0 AS units,
    0 AS returned_units, 0 AS cost, 0 AS returned_cost, 0 AS uncertain_lines,
    0 AS missing_cost_lines
    """

  /// `ORDER BY` for a source.
  static func order(_ source: ReportSource, time: Bool, byUnits: Bool, ascending: Bool) -> String {
    if time { return "1" }
    let total: String
    switch source {
    case .sales: total = "sum(r.total) - sum(r.void_total) - sum(r.return_total)"
    case .products: total = "coalesce(sum(r.total) - sum(r.returned_total), 0)"
    case .payments: total = "sum(r.received) - sum(r.refunded)"
    }
    let way = ascending ? "ASC" : "DESC"
    let units = "coalesce(sum(r.units) - sum(r.returned_units), 0)"
    return byUnits
      ? "\(units) \(way), \(total) \(way), 2, 1" : "\(total) \(way), 2, 1"
  }

  /// Rows of a dimension over `[$1, $2]` (ISO days).
  static func rows(
    _ dimension: ReportDimension, byBranch: Bool, period: Period, byUnits: Bool = false,
    ascending: Bool = false, category: String? = nil, in central: CentralSQL
  ) throws -> [ReportFigures] {
    let (key, name) = group(dimension, byBranch: byBranch)
    let source: ReportSource = byBranch && dimension == .day ? .sales : dimension.source
    let view: String
    let figures: String
    switch source {
    case .sales: (view, figures) = ("tienda.central_ticket_events", ticketFigures)
    case .products: (view, figures) = ("tienda.central_product_events", productFigures)
    case .payments: (view, figures) = ("tienda.central_payment_events", paymentFigures)
    }
    let filter = source == .products ? " AND ($3::text IS NULL OR r.category = $3)" : ""
    let sql = """
      SELECT \(key) AS key, max(\(name)) AS name, \(figures)
      FROM \(view) r WHERE r.day BETWEEN $1::date AND $2::date\(filter)
      GROUP BY 1 ORDER BY \(order(source, time: dimension.isTime && !byBranch, byUnits: byUnits, ascending: ascending))
      """
    var parameters: [String?] = [period.from.iso, period.to.iso]
    if source == .products { parameters.append(category) }
    return try central.rows(sql, parameters).map { try ReportFigures(row: $0) }
  }

  /// Product rows per branch and product (`informe productos … por sucursal`).
  static func productsByBranch(
    period: Period, byUnits: Bool, ascending: Bool, category: String?, in central: CentralSQL
  ) throws -> [ReportFigures] {
    let sql = """
      SELECT r.sku AS key, max(r.name) || ' · ' || r.branch AS name, \(productFigures)
      FROM tienda.central_product_events r
      WHERE r.day BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR r.category = $3)
      GROUP BY r.branch, r.sku ORDER BY \(order(.products, time: false, byUnits: byUnits, ascending: ascending))
      """
    return try central.rows(sql, [period.from.iso, period.to.iso, category]).map {
      try ReportFigures(row: $0)
    }
  }

  /// Every sale, void and return of the period.
  static func totals(period: Period, in central: CentralSQL) throws -> ReportFigures {
    try central.rows(
      """
      SELECT '' AS key, '' AS name, \(ticketFigures)
      FROM tienda.central_ticket_events r WHERE r.day BETWEEN $1::date AND $2::date
      """, [period.from.iso, period.to.iso]
    ).first.map { try ReportFigures(row: $0) } ?? ReportFigures()
  }

  /// Taxes per code: sold − returned.
  static func taxes(period: Period, in central: CentralSQL) throws -> [TaxAmountRow] {
    try central.rows(
      """
      SELECT code, (sum(sold) - sum(returned))::bigint AS amount FROM tienda.central_tax_events
      WHERE day BETWEEN $1::date AND $2::date GROUP BY code ORDER BY code
      """, [period.from.iso, period.to.iso]
    ).map { try TaxAmountRow(row: $0) }
  }

  /// Voids (count) and voids and returns (total) of the sales made in the
  /// period, made in it (each sale's day in its branch's zone).
  static func refundsOfSales(period: Period, in central: CentralSQL) throws -> RefundsOfSalesRow {
    try central.rows(
      """
      SELECT coalesce(sum((r.kind = 'anulación')::int), 0)::bigint AS voids,
        coalesce(sum(r.total), 0)::bigint AS total
      FROM tienda.central_sale_refunds r
      WHERE r.sale_day BETWEEN $1::date AND $2::date AND r.day <= $2::date
      """, [period.from.iso, period.to.iso]
    ).first.map { try RefundsOfSalesRow(row: $0) } ?? RefundsOfSalesRow()
  }

  /// Stock per product (summed over branches, or per branch).
  static func stock(category: String?, byBranch: Bool, in central: CentralSQL) throws
    -> [StockValueRow]
  {
    let name = byBranch ? "max(s.name) || ' · ' || s.branch" : "max(s.name)"
    let group = byBranch ? "s.branch, s.sku" : "s.sku"
    return try central.rows(
      """
      SELECT s.sku, \(name) AS name, max(s.category) AS category, max(s.unit) AS unit,
        sum(s.stock)::bigint AS stock, max(s.cost) AS cost, max(s.price) AS price,
        max(s.net_price) AS net_price
      FROM tienda.central_stock s WHERE $1::text IS NULL OR s.category = $1
      GROUP BY \(group) ORDER BY 2, 1
      """, [category]
    ).map { try StockValueRow(row: $0) }
  }
}
