import TiendaStore

// The sums an X report reads from the ledger, one query each, all by the
// session's id.

/// Sales of a session: how many, their number range and totals.
struct SessionSalesTotals: FetchableRow {
  let count: Int
  let firstSale: Int64?
  let lastSale: Int64?
  let total: Money
  let net: Money
  let lineDiscounts: Money
  let ticketDiscounts: Money
  let couponCount: Int
  let couponDiscounts: Money

  init(row: Row) throws {
    count = try row["sales"]
    firstSale = try row["first_sale"]
    lastSale = try row["last_sale"]
    total = Money(try row.int("total"))
    net = Money(try row.int("net"))
    lineDiscounts = Money(try row.int("line_discounts"))
    ticketDiscounts = Money(try row.int("ticket_discounts"))
    couponCount = try row["coupons"]
    couponDiscounts = Money(try row.int("coupon_discounts"))
  }

  static func of(session: Int64, in db: Database) throws -> SessionSalesTotals? {
    try db.fetchOne(
      """
      SELECT count(*) AS sales, min(number) AS first_sale, max(number) AS last_sale,
        coalesce(sum(total), 0) AS total, coalesce(sum(net), 0) AS net,
        coalesce(sum(line_discounts), 0) AS line_discounts,
        coalesce(sum(ticket_discount), 0) AS ticket_discounts,
        coalesce(sum(coupon_id IS NOT NULL), 0) AS coupons,
        coalesce(sum(coupon_discount), 0) AS coupon_discounts
      FROM sales WHERE session_id = ?
      """, [.integer(session)])
  }
}

/// Refunds of a session of one kind (void or return).
struct SessionRefundTotals: FetchableRow {
  /// A void (`anulación`); anything else is a return.
  let isVoid: Bool
  let count: Int
  let total: Money
  let net: Money

  init(row: Row) throws {
    isVoid = (try row.string("kind")) == "anulación"
    count = try row["refunds"]
    total = Money(try row.int("total"))
    net = Money(try row.int("net"))
  }

  static func of(session: Int64, in db: Database) throws -> [SessionRefundTotals] {
    try db.fetchAll(
      """
      SELECT kind, count(*) AS refunds, coalesce(sum(total), 0) AS total,
        coalesce(sum(net), 0) AS net
      FROM refunds WHERE session_id = ? GROUP BY kind
      """, [.integer(session)])
  }
}

/// Payments of a session by method, sale payments apart from refund ones.
struct SessionPaymentTotals: FetchableRow {
  /// Nil for a method the X report does not list.
  let method: CashReport.Method?
  let isRefund: Bool
  let count: Int
  let amount: Money
  /// Tendered minus change: what stayed in (or left) the drawer.
  let drawer: Money
  let rounding: Money

  init(row: Row) throws {
    method = CashReport.Method(rawValue: try row["method"])
    isRefund = try row["is_refund"]
    count = try row["payments"]
    amount = Money(try row.int("amount"))
    drawer = Money(try row.int("drawer"))
    rounding = Money(try row.int("rounding"))
  }

  static func of(session: Int64, in db: Database) throws -> [SessionPaymentTotals] {
    try db.fetchAll(
      """
      SELECT method, refund_id IS NOT NULL AS is_refund, count(*) AS payments,
        coalesce(sum(amount), 0) AS amount, coalesce(sum(tendered - change), 0) AS drawer,
        coalesce(sum(rounding), 0) AS rounding
      FROM payments WHERE session_id = ? GROUP BY method, refund_id IS NOT NULL
      """, [.integer(session)])
  }
}

/// Cash movements of a session of one kind.
struct SessionMovementTotals: FetchableRow {
  /// Nil for a kind this version does not know (counted as a drawer opening).
  let kind: CashMovement.Kind?
  let count: Int
  let amount: Money

  init(row: Row) throws {
    kind = CashMovement.Kind(rawValue: try row["kind"])
    count = try row["movements"]
    amount = Money(try row.int("amount"))
  }

  static func of(session: Int64, in db: Database) throws -> [SessionMovementTotals] {
    try db.fetchAll(
      """
      SELECT kind, count(*) AS movements, coalesce(sum(amount), 0) AS amount
      FROM cash_movements WHERE session_id = ? GROUP BY kind
      """, [.integer(session)])
  }
}

/// Taxes of one code and rate on a session's sales and refunds.
struct SessionTaxTotals: FetchableRow {
  let line: CashReport.TaxLine

  init(row: Row) throws {
    line = CashReport.TaxLine(
      code: try row["code"], rate: try row["rate"], sales: Money(try row.int("sales")),
      refunds: Money(try row.int("refunds")))
  }

  static func of(session: Int64, in db: Database) throws -> [SessionTaxTotals] {
    try db.fetchAll(
      """
      SELECT code, rate, sum(sales) AS sales, sum(refunds) AS refunds FROM (
        SELECT t.code, t.rate, t.amount AS sales, 0 AS refunds
        FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id
        JOIN sales s ON s.id = l.sale_id WHERE s.session_id = ?1
        UNION ALL
        SELECT t.code, t.rate, 0, t.amount
        FROM refund_line_taxes t JOIN refund_lines l ON l.id = t.refund_line_id
        JOIN refunds f ON f.id = l.refund_id WHERE f.session_id = ?1
      ) GROUP BY code, rate ORDER BY rate DESC, code
      """, [.integer(session)])
  }
}
