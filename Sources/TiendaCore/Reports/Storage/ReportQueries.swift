import TiendaStore

/// Every report query selects the same columns (0 where a rollup does not
/// know a figure).
struct ReportFiguresRow: FetchableRow {
  let figures: ReportFigures
  init(row: Row) throws { figures = try ReportFigures(row: row) }
}

extension ReportFigures {
  init(row: Row) throws {
    self.init()
    key = try row["key"]
    name = try row["name"]
    tickets = try row["tickets"]
    voids = try row["voids"]
    returns = try row["returns"]
    gross = Money(try row["gross"])
    discounts = Money(try row["discounts"])
    lineDiscounts = Money(try row["line_discounts"])
    ticketDiscounts = Money(try row["ticket_discounts"])
    couponDiscounts = Money(try row["coupon_discounts"])
    sold = Money(try row["sold"])
    soldNet = Money(try row["sold_net"])
    voidTotal = Money(try row["void_total"])
    voidNet = Money(try row["void_net"])
    returnTotal = Money(try row["return_total"])
    returnNet = Money(try row["return_net"])
    units = Quantity(thousandths: try row["units"])
    returnedUnits = Quantity(thousandths: try row["returned_units"])
    cost = Money(try row["cost"])
    returnedCost = Money(try row["returned_cost"])
    uncertainLines = try row["uncertain_lines"]
    missingCostLines = try row["missing_cost_lines"]
    if hasCost {
      costedNet = net
      costedCost = netCost
    }
  }
}

/// The report SQL: sums over the rollups (never over the ledger), and the
/// rebuild and check against the `*_ledger` views.
enum ReportQueries {
  static func figures(_ sql: String, _ values: [SQLValue], in db: Database) throws
    -> [ReportFigures]
  {
    try db.fetchAll(sql, values, as: ReportFiguresRow.self).map(\.figures)
  }

  /// A dimension's SQL: its key and name over the rollup's columns (`r.…`,
  /// products as `p`, categories as `c`, registers as `g`).
  static func group(_ dimension: ReportDimension) -> (key: String, name: String) {
    switch dimension {
    case .day: return ("r.day", "''")
    case .week: return ("date(r.day, '-6 days', 'weekday 1')", "''")
    case .month: return ("substr(r.day, 1, 7)", "''")
    case .hour: return ("printf('%02d', r.hour)", "''")
    case .weekday: return ("CAST((strftime('%w', r.day) + 6) % 7 + 1 AS TEXT)", "''")
    case .product: return ("p.sku", "p.name")
    case .category: return ("coalesce(c.id, 0)", "coalesce(c.name, '')")
    case .method: return ("r.method", "r.method")
    case .cashier: return ("r.user_name", "r.user_name")
    case .register: return ("r.register_id", "coalesce(g.name, '')")
    }
  }

  static let salesFigures = """
    sum(r.tickets) AS tickets, sum(r.voids) AS voids, sum(r.returns) AS returns,
    sum(r.gross) AS gross,
    sum(r.line_discounts + r.ticket_discounts + r.coupon_discounts) AS discounts,
    sum(r.line_discounts) AS line_discounts, sum(r.ticket_discounts) AS ticket_discounts,
    sum(r.coupon_discounts) AS coupon_discounts,
    sum(r.total) AS sold, sum(r.net) AS sold_net, sum(r.void_total) AS void_total,
    sum(r.void_net) AS void_net, sum(r.return_total) AS return_total,
    sum(r.return_net) AS return_net, 0 AS units, 0 AS returned_units, 0 AS cost,
    0 AS returned_cost, 0 AS uncertain_lines, 0 AS missing_cost_lines
    """

  static let productFigures = """
    0 AS tickets, 0 AS voids, 0 AS returns, coalesce(sum(r.gross), 0) AS gross,
    coalesce(sum(r.discounts), 0) AS discounts, 0 AS line_discounts, 0 AS ticket_discounts,
    0 AS coupon_discounts, coalesce(sum(r.total), 0) AS sold, coalesce(sum(r.net), 0) AS sold_net,
    0 AS void_total, 0 AS void_net, coalesce(sum(r.returned_total), 0) AS return_total,
    coalesce(sum(r.returned_net), 0) AS return_net, coalesce(sum(r.units), 0) AS units,
    coalesce(sum(r.returned_units), 0) AS returned_units, coalesce(sum(r.cost), 0) AS cost,
    coalesce(sum(r.returned_cost), 0) AS returned_cost,
    coalesce(sum(r.uncertain_lines), 0) AS uncertain_lines
    """

  /// Sale lines without a cost per product, sold in `[?9, ?10)` (instants).
  /// Starts from the few lines without a cost (partial index of migration
  /// 18; CROSS JOIN keeps that order): a year of lines is never scanned.
  static let missingCost = """
    SELECT l.product_id, count(*) AS lines FROM sale_line_costs k
      CROSS JOIN sale_lines l CROSS JOIN sales s
    WHERE k.cost IS NULL AND l.id = k.line_id AND s.id = l.sale_id
      AND s.at >= ?9 AND s.at < ?10
    GROUP BY l.product_id
    """

  static let paymentFigures = """
    sum(r.payments) AS tickets, 0 AS voids, sum(r.refunds) AS returns, sum(r.received) AS gross,
    0 AS discounts, 0 AS line_discounts, 0 AS ticket_discounts, 0 AS coupon_discounts,
    sum(r.received) AS sold, 0 AS sold_net, 0 AS void_total, 0 AS void_net,
    sum(r.refunded) AS return_total, 0 AS return_net, 0 AS units, 0 AS returned_units,
    0 AS cost, 0 AS returned_cost, 0 AS uncertain_lines, 0 AS missing_cost_lines
    """

  /// A period as the product rollups read it: whole months from
  /// `report_products_month`, the days before and after them from
  /// `report_products` (an empty range is `"9"…"0"`).
  struct ProductRanges {
    var headFrom = "9"
    var headTo = "0"
    var monthFrom = "9"
    var monthTo = "0"
    var tailFrom = "9"
    var tailTo = "0"

    init(_ period: Period) {
      let from = period.from
      let to = period.to
      // Day arithmetic only (no dates built from parts: nothing can fail).
      func monthStart(_ d: LocalDate) -> LocalDate { d.adding(days: 1 - d.day) }
      let firstFullStart = from.day == 1 ? from : monthStart(monthStart(from).adding(days: 32))
      let nextMonthStart = monthStart(monthStart(to).adding(days: 32))
      let lastFullEnd = to == nextMonthStart.adding(days: -1) ? to : monthStart(to).adding(days: -1)
      guard firstFullStart <= lastFullEnd else {
        headFrom = from.iso
        headTo = to.iso
        return
      }
      if from < firstFullStart {
        headFrom = from.iso
        headTo = firstFullStart.adding(days: -1).iso
      }
      monthFrom = String(firstFullStart.iso.prefix(7))
      monthTo = String(lastFullEnd.iso.prefix(7))
      if lastFullEnd < to {
        tailFrom = lastFullEnd.adding(days: 1).iso
        tailTo = to.iso
      }
    }

    var values: [SQLValue] {
      [headFrom, headTo, monthFrom, monthTo, tailFrom, tailTo].map { .text($0) }
    }
  }

  static let productColumns = ReportsSchemaColumns.product.joined(separator: ", ")

  /// The product rollup's rows over a period (`?1`…`?6` of `ProductRanges`),
  /// with `day` (months as `YYYY-MM`).
  static let productRows = """
    SELECT day, product_id, \(productColumns) FROM report_products
      WHERE day BETWEEN ?1 AND ?2
    UNION ALL SELECT month, product_id, \(productColumns) FROM report_products_month
      WHERE month BETWEEN ?3 AND ?4
    UNION ALL SELECT day, product_id, \(productColumns) FROM report_products
      WHERE day BETWEEN ?5 AND ?6
    """

  /// How report rows are ordered (in SQL: no sorting code in Swift).
  enum RowOrder {
    /// By the group's key (time order).
    case key
    /// Largest total first (net of voids and returns); `ascending` for the
    /// worst sellers.
    case total(ascending: Bool)
    case units(ascending: Bool)
    case margin
    /// By product name.
    case name

    func sql(_ source: ReportSource) -> String {
      let total: String
      switch source {
      case .sales: total = "sum(r.total) - sum(r.void_total) - sum(r.return_total)"
      case .products: total = "coalesce(sum(r.total) - sum(r.returned_total), 0)"
      case .payments: total = "sum(r.received) - sum(r.refunded)"
      }
      let units = "coalesce(sum(r.units) - sum(r.returned_units), 0)"
      let margin =
        "coalesce(sum(r.net) - sum(r.returned_net) - sum(r.cost) + sum(r.returned_cost), 0)"
      switch self {
      case .key: return "1"
      case .total(let ascending): return "\(total) \(ascending ? "" : "DESC"), 2 COLLATE es, 1"
      case .units(let ascending):
        let way = ascending ? "" : "DESC"
        return "\(units) \(way), \(total) \(way), 2 COLLATE es, 1"
      // Rows without a cost (unknown margin) last.
      case .margin: return "coalesce(sum(nc.lines), 0) > 0, \(margin) DESC, 2 COLLATE es, 1"
      case .name: return "2 COLLATE es, 1"
      }
    }
  }

  /// The rows of a dimension over a period. `unsold`: also the active
  /// products without sales (for «menos vendidos»).
  static func rows(
    _ dimension: ReportDimension, period: Period, categoryID: Int64? = nil,
    order: RowOrder = .key, unsold: Bool = false, in db: Database
  ) throws -> [ReportFigures] {
    let (key, name) = group(dimension)
    let orderBy = order.sql(dimension.source)
    let range: [SQLValue] = [.text(period.from.iso), .text(period.to.iso)]
    switch dimension.source {
    case .sales:
      let table = dimension == .hour ? "report_hours" : "report_sales"
      let join = dimension == .register ? "LEFT JOIN registers g ON g.id = r.register_id" : ""
      return try figures(
        """
        SELECT \(key) AS key, max(\(name)) AS name, \(salesFigures)
        FROM \(table) r \(join)
        WHERE r.day BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY \(orderBy)
        """, range, in: db)
    case .payments:
      return try figures(
        """
        SELECT \(key) AS key, max(\(name)) AS name, \(paymentFigures)
        FROM report_payments r WHERE r.day BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY \(orderBy)
        """, range, in: db)
    case .products:
      // Summed per product first, then per group.
      return try figures(
        """
        SELECT \(key) AS key, max(\(name)) AS name, \(productFigures),
          coalesce(sum(nc.lines), 0) AS missing_cost_lines
        FROM products p
          LEFT JOIN (SELECT product_id, \(ReportsSchemaColumns.productSums)
                     FROM (\(productRows)) GROUP BY product_id) r ON r.product_id = p.id
          LEFT JOIN categories c ON c.id = p.category_id
          LEFT JOIN (\(missingCost)) nc ON nc.product_id = p.id
        WHERE (r.product_id IS NOT NULL OR (?8 AND p.active = 1))
          AND (?7 IS NULL OR p.category_id IN (\(categoryTree("?7"))))
        GROUP BY 1 ORDER BY \(orderBy)
        """,
        ProductRanges(period).values + [
          categoryID.map { .integer($0) } ?? .null, .integer(unsold ? 1 : 0),
          .integer(LocalTime.bounds(period).start), .integer(LocalTime.bounds(period).end),
        ], in: db)
    }
  }

  /// Cost and margin per time group (`informe ganancias por mes`), from
  /// the product rollups.
  static func productsByTime(_ dimension: ReportDimension, period: Period, in db: Database)
    throws -> [ReportFigures]
  {
    if dimension == .month {
      return try figures(
        """
        SELECT substr(r.day, 1, 7) AS key, '' AS name, \(productFigures),
          0 AS missing_cost_lines
        FROM (\(productRows)) r GROUP BY 1 ORDER BY 1
        """, ProductRanges(period).values, in: db)
    }
    return try figures(
      """
      SELECT \(group(dimension).key) AS key, '' AS name, \(productFigures),
        0 AS missing_cost_lines
      FROM report_products r WHERE r.day BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1
      """, [.text(period.from.iso), .text(period.to.iso)], in: db)
  }

  /// A category and every category below it (as `listar productos
  /// categoría` reads them), for `p.category_id IN (…)`.
  static func categoryTree(_ root: String) -> String {
    """
    WITH RECURSIVE tree(id) AS (SELECT \(root) UNION
      SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree
    """
  }

  static let zeroFigures = """
    0 AS tickets, 0 AS voids, 0 AS returns, 0 AS gross, 0 AS discounts, 0 AS line_discounts,
    0 AS ticket_discounts, 0 AS coupon_discounts, 0 AS sold,
    0 AS sold_net, 0 AS void_total, 0 AS void_net, 0 AS return_total, 0 AS return_net,
    0 AS units, 0 AS returned_units, 0 AS cost, 0 AS returned_cost, 0 AS uncertain_lines,
    0 AS missing_cost_lines
    """

  /// The period's totals from the ticket rollup (every sale, void and return).
  static func totals(from: String, to: String, in db: Database) throws -> ReportFigures {
    // report_sales holds every sale, void and return once.
    try figures(
      """
      SELECT '' AS key, '' AS name, \(salesFigures)
      FROM report_sales r WHERE r.day BETWEEN ?1 AND ?2 GROUP BY 1
      """, [.text(from), .text(to)], in: db
    ).first ?? ReportFigures()
  }

  /// Taxes per code over the period: sold − returned.
  static func taxes(from: String, to: String, in db: Database) throws -> [TaxAmountRow] {
    try db.fetchAll(
      """
      SELECT code, sum(sold) - sum(returned) AS amount FROM report_taxes
      WHERE day BETWEEN ?1 AND ?2 GROUP BY code ORDER BY code
      """, [.text(from), .text(to)])
  }

  /// The products sold in `period` (of a category and those below it) with
  /// lines without a cost, by name.
  static func withoutCost(period: Period, categoryID: Int64?, in db: Database) throws
    -> [String]
  {
    let (start, end) = LocalTime.bounds(period)
    return try db.fetchAll(
      """
      SELECT p.name FROM products p JOIN (\(missingCost)) nc ON nc.product_id = p.id
      WHERE ?1 IS NULL OR p.category_id IN (\(categoryTree("?1")))
      ORDER BY p.name COLLATE es
      """,
      [
        categoryID.map { .integer($0) } ?? .null, .null, .null, .null, .null, .null,
        .null, .null, .integer(start), .integer(end),
      ], as: CostlessProductRow.self
    ).map(\.name)
  }

  /// Voids (count) and voids and returns (total) made in `[from, to)` of
  /// the sales made then (by the `sales_at` and `refunds_sale` indexes).
  static func refundsOfSales(from: Int64, to: Int64, in db: Database) throws
    -> RefundsOfSalesRow
  {
    try db.fetchOne(
      """
      SELECT coalesce(sum(r.kind = 'anulación'), 0) AS voids, coalesce(sum(r.total), 0) AS total
      FROM sales s JOIN refunds r ON r.sale_id = s.id
      WHERE s.at >= ?1 AND s.at < ?2 AND r.at < ?2
      """, [.integer(from), .integer(to)]) ?? RefundsOfSalesRow()
  }

  /// The category with this folded name (active), or nil.
  static func categoryID(named folded: String, in db: Database) throws -> CategoryNameRow? {
    try db.fetchOne(
      "SELECT id, name FROM categories WHERE name_folded = ?1 AND active = 1", [.text(folded)])
  }

  /// The rollup tables, each with the view that computes it from the ledger.
  static let rollups = [
    "report_sales", "report_hours", "report_products", "report_products_month", "report_taxes",
    "report_payments",
  ]

  /// Groups in which a rollup and its ledger view disagree.
  static func differences(_ table: String, in db: Database) throws -> Int64 {
    try db.scalarInt(
      """
      SELECT (SELECT count(*) FROM (SELECT * FROM \(table)_ledger EXCEPT SELECT * FROM \(table)))
        + (SELECT count(*) FROM (SELECT * FROM \(table) EXCEPT SELECT * FROM \(table)_ledger))
      """)
  }

  /// Replaces a rollup's rows with its ledger view's; returns the new count.
  static func rebuild(_ table: String, in db: Database) throws -> Int64 {
    try db.run("DELETE FROM \(table)")
    try db.run("INSERT INTO \(table) SELECT * FROM \(table)_ledger")
    return try db.scalarInt("SELECT count(*) FROM \(table)")
  }

  /// Removes the flag migration 17 leaves in a file that had sales.
  static func clearPendingRebuild(in db: Database) throws {
    try db.run("DELETE FROM settings WHERE key = 'informes.reconstruir'")
  }
}

struct TaxAmountRow: FetchableRow {
  let code: String
  let amount: Int64
  init(row: Row) throws {
    code = try row["code"]
    amount = try row["amount"]
  }
}

struct CostlessProductRow: FetchableRow {
  let name: String
  init(row: Row) throws { name = try row["name"] }
}

struct RefundsOfSalesRow: FetchableRow {
  var voids: Int64 = 0
  var total: Int64 = 0
  init() {}
  init(row: Row) throws {
    voids = try row["voids"]
    total = try row["total"]
  }
}

struct CategoryNameRow: FetchableRow {
  let id: Int64
  let name: String
  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
  }
}

struct StockValueRow: FetchableRow {
  let sku: String
  let name: String
  let category: String
  let unit: ProductUnit
  let stock: Int64
  let cost: Int64?
  let price: Int64
  let netPrice: Int64
  init(row: Row) throws {
    sku = try row["sku"]
    name = try row["name"]
    category = try row["category"]
    unit = try row.enumValue("unit")
    stock = try row["stock"]
    cost = try row["cost"]
    price = try row["price"]
    netPrice = try row["net_price"]
  }
}

struct RefundEntryRow: FetchableRow {
  let entry: RefundEntry
  init(row: Row) throws {
    entry = RefundEntry(
      at: try row["at"], kind: try row.enumValue("kind"), register: try row["register"],
      number: try row["number"], saleRegister: try row["sale_register"],
      saleNumber: try row["sale_number"], total: Money(try row["total"]),
      user: try row["user_name"], approvedBy: try row["approved_by"], reason: try row["reason"])
  }
}

extension ReportQueries {
  /// Active products that hold stock (kits hold none), with the price
  /// without taxes (taxes included in the price taken out, rounded).
  static func stock(categoryID: Int64?, in db: Database) throws -> [StockValueRow] {
    try db.fetchAll(
      """
      SELECT p.sku, p.name, coalesce(c.name, '') AS category, p.unit, p.stock, p.cost, p.price,
        CASE WHEN p.price_includes_taxes = 1
          THEN (p.price * 100000 + (100000 + coalesce(r.rate, 0)) / 2)
            / (100000 + coalesce(r.rate, 0))
          ELSE p.price END AS net_price
      FROM products p LEFT JOIN categories c ON c.id = p.category_id
        LEFT JOIN (SELECT pt.product_id, sum(t.rate) AS rate FROM product_taxes pt
                   JOIN taxes t ON t.id = pt.tax_id GROUP BY pt.product_id) r
          ON r.product_id = p.id
      WHERE p.active = 1 AND p.is_kit = 0
        AND (?1 IS NULL OR p.category_id IN (\(categoryTree("?1"))))
      ORDER BY p.name_folded
      """, [categoryID.map { .integer($0) } ?? .null])
  }

  /// Voids and returns made in `[from, to)` (instants), and the tickets
  /// cancelled then (journal rows `venta.cancelar`, by the `journal_at` index).
  static func refunds(from: Int64, to: Int64, in db: Database) throws -> [RefundEntry] {
    try db.fetchAll(
      """
      SELECT r.at, r.kind, g.name AS register, r.number, sg.name AS sale_register,
        s.number AS sale_number, r.total, r.user_name, r.approved_by, r.reason, r.id AS n
      FROM refunds r JOIN registers g ON g.id = r.register_id
        JOIN sales s ON s.id = r.sale_id JOIN registers sg ON sg.id = s.register_id
      WHERE r.at >= ?1 AND r.at < ?2
      UNION ALL
      SELECT j.at, 'ticket cancelado', g.name, NULL, NULL, NULL,
        coalesce(json_extract(j.before, '$.total'), 0), j.user_name, j.approved_by,
        coalesce(json_extract(j.after, '$.motivo'), ''), j.id
      FROM journal j JOIN registers g ON g.id = j.register_id
      WHERE j.action = 'venta.cancelar' AND j.at >= ?1 AND j.at < ?2
      ORDER BY 1, 11
      """, [.integer(from), .integer(to)], as: RefundEntryRow.self
    ).map(\.entry)
  }
}

/// The rollup columns the queries share with the schema.
enum ReportsSchemaColumns {
  static let product = Schema.productFigures
  static let productSums = Schema.sums(Schema.productFigures)
}
