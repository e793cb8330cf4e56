import TiendaStore

/// A new move of an account's ledger (written once; the trigger
/// `account_moves_balance` updates the cached balance in the same statement).
struct NewAccountMoveRow: PersistableRow {
  static let table = "account_moves"

  var customerID: Int64
  var kind: AccountMoveKind
  var amount: Money
  var registerID: Int64
  var sessionID: Int64?
  var at: Int64
  var userName: String?
  var approvedBy: String?
  var saleID: Int64? = nil
  var refundID: Int64? = nil
  /// An abono's payment, or a loan's cash.
  var payment: PaymentRecord? = nil
  var reason = ""

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "customer_id": customerID, "kind": kind.rawValue, "amount": amount.minorUnits,
      "register_id": registerID, "session_id": sessionID, "at": at, "user_name": userName,
      "approved_by": approvedBy, "sale_id": saleID, "refund_id": refundID,
      "method": payment?.method.rawValue, "paid": payment?.amount.minorUnits ?? 0,
      "tendered": payment?.tendered.minorUnits ?? 0, "change": payment?.change.minorUnits ?? 0,
      "rounding": payment?.rounding.minorUnits ?? 0, "reference": payment?.reference,
      "reason": reason,
    ]
  }

  @discardableResult
  static func insert(_ row: NewAccountMoveRow, into db: Database) throws -> Int64 {
    try row.insert(into: db)
  }
}

/// A move as the statement shows it, with the balance after it.
struct AccountMoveRow: FetchableRow {
  let move: AccountMove

  init(row: Row) throws {
    let method: String? = try row["method"]
    move = AccountMove(
      id: try row["id"], kind: try row.enumValue("kind"), amount: Money(try row.int("amount")),
      balanceAfter: Money(try row.int("balance_after")), at: try row["at"],
      registerName: try row["register_name"], userName: try row["user_name"],
      approvedBy: try row["approved_by"], saleNumber: try row["sale_number"],
      refundNumber: try row["refund_number"], method: method.map(PaymentMethod.init(rawValue:)),
      tendered: Money(try row.int("tendered")), change: Money(try row.int("change")),
      reference: try row["reference"], reason: try row["reason"])
  }

  /// The moves of customer `id`, oldest first, each with the balance after it.
  static func ofCustomer(_ id: Int64, in db: Database) throws -> [AccountMove] {
    let rows: [AccountMoveRow] = try db.fetchAll(
      """
      SELECT m.id, m.kind, m.amount,
        sum(m.amount) OVER (ORDER BY m.id ROWS UNBOUNDED PRECEDING) AS balance_after,
        m.at, r.name AS register_name, m.user_name, m.approved_by, s.number AS sale_number,
        f.number AS refund_number, m.method, m.tendered, m.change, m.reference, m.reason
      FROM account_moves m JOIN registers r ON r.id = m.register_id
        LEFT JOIN sales s ON s.id = m.sale_id LEFT JOIN refunds f ON f.id = m.refund_id
      WHERE m.customer_id = ? ORDER BY m.id
      """, [.integer(id)])
    return rows.map(\.move)
  }

  /// The move `id` and its customer (a receipt to print).
  static func find(_ id: Int64, in db: Database) throws -> (customer: Int64, move: AccountMove)? {
    guard
      let customer: Int64 = try db.fetchValue(
        "SELECT customer_id FROM account_moves WHERE id = ?", [.integer(id)])
    else { return nil }
    guard let move = try ofCustomer(customer, in: db).first(where: { $0.id == id }) else {
      return nil
    }
    return (customer, move)
  }

  /// The customer whose account sale `id` was charged to.
  static func customerOfSale(_ id: Int64, in db: Database) throws -> Int64? {
    try db.fetchValue(
      "SELECT customer_id FROM account_moves WHERE sale_id = ? AND kind = 'venta' LIMIT 1",
      [.integer(id)])
  }
}

/// One group of a session's account moves: a kind and a method.
struct AccountSessionRow: FetchableRow {
  let kind: AccountMoveKind
  let method: PaymentMethod?
  let count: Int
  let amount: Money

  init(row: Row) throws {
    kind = try row.enumValue("kind")
    let name: String? = try row["method"]
    method = name.map(PaymentMethod.init(rawValue:))
    count = try row["n"]
    amount = Money(try row.int("amount"))
  }

  static func ofSession(_ id: Int64, in db: Database) throws -> [AccountSessionRow] {
    try db.fetchAll(
      """
      SELECT kind, method, count(*) AS n, sum(amount) AS amount
      FROM account_moves WHERE session_id = ?
      GROUP BY kind, method ORDER BY min(id)
      """, [.integer(id)])
  }
}

/// A cached balance that disagrees with its ledger (`verificar base`).
struct AccountBalanceMismatchRow: FetchableRow {
  let customer: String
  let cached: Money
  let ledger: Money

  init(row: Row) throws {
    customer = try row["name"]
    cached = Money(try row.int("cached"))
    ledger = Money(try row.int("ledger"))
  }

  static func all(in db: Database) throws -> [AccountBalanceMismatchRow] {
    try db.fetchAll(
      """
      SELECT coalesce(c.name, '#' || x.customer_id) AS name, x.cached, x.ledger FROM (
        SELECT customer_id, sum(cached) AS cached, sum(ledger) AS ledger FROM (
          SELECT customer_id, balance AS cached, 0 AS ledger FROM account_balances
          UNION ALL
          SELECT customer_id, 0, sum(amount) FROM account_moves GROUP BY customer_id)
        GROUP BY customer_id) x
      LEFT JOIN customers c ON c.id = x.customer_id
      WHERE x.cached <> x.ledger OR NOT EXISTS (
        SELECT 1 FROM account_balances b WHERE b.customer_id = x.customer_id)
      ORDER BY x.customer_id
      """)
  }
}
