import TiendaStore

/// What the listed sales were paid with, per method (`ventas`' footer,
/// DESIGN §8.11): how many payments, and how much they settled net of what
/// the voids and returns of those sales paid back by that method (whenever
/// made). Cash counts what the drawer kept: tendered less change, rounding
/// included (a cash refund, what was handed).
struct MethodTotalRow: FetchableRow {
  let total: SalesMethodTotal

  init(row: Row) throws {
    total = SalesMethodTotal(
      method: PaymentMethod(rawValue: try row.string("method")),
      payments: Int(try row.int("payments")), amount: Money(try row.int("amount")))
  }

  /// Sales with `start <= at < end`.
  static func between(_ start: Int64, _ end: Int64, in db: Database) throws -> [SalesMethodTotal] {
    try db.fetchAll(
      select + " WHERE s.at >= ? AND s.at < ? GROUP BY p.method ORDER BY min(p.id)",
      [.integer(start), .integer(end)], as: MethodTotalRow.self
    ).map(\.total)
  }

  /// Sales with a payment whose reference is `reference`.
  static func withReference(_ reference: String, in db: Database) throws -> [SalesMethodTotal] {
    try db.fetchAll(
      select
        + """
         WHERE s.id IN (SELECT sale_id FROM payments WHERE reference = ?)
        GROUP BY p.method ORDER BY min(p.id)
        """,
      [.text(reference)], as: MethodTotalRow.self
    ).map(\.total)
  }

  /// What customer `customer`'s sales were paid with (`ventas cliente …`).
  static func ofCustomer(_ customer: Int64, between start: Int64?, _ end: Int64?, in db: Database)
    throws -> [SalesMethodTotal]
  {
    try db.fetchAll(
      select
        + """
         WHERE s.id IN (SELECT sale_id FROM sale_customers WHERE customer_id = ?)
          AND s.at >= ? AND s.at < ?
        GROUP BY p.method ORDER BY min(p.id)
        """,
      [.integer(customer), .integer(start ?? Int64.min), .integer(end ?? Int64.max)],
      as: MethodTotalRow.self
    ).map(\.total)
  }

  private static let select = """
    SELECT p.method, count(p.sale_id) AS payments,
      sum(CASE WHEN p.sale_id IS NULL THEN -1 ELSE 1 END
        * CASE WHEN p.method = 'efectivo' THEN p.tendered - p.change ELSE p.amount END) AS amount
    FROM payments p LEFT JOIN refunds f ON f.id = p.refund_id
    JOIN sales s ON s.id = coalesce(p.sale_id, f.sale_id)
    """
}
