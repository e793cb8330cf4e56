import TiendaStore

/// What the listed sales were paid with, per method (`ventas`' footer,
/// DESIGN §8.11): how many payments and how much they settled.
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

  private static let select = """
    SELECT p.method, count(*) AS payments, sum(p.amount) AS amount
    FROM payments p JOIN sales s ON s.id = p.sale_id
    """
}
