import TiendaStore

/// A new move of a customer's points ledger (written once).
struct NewPointMoveRow: PersistableRow {
  static let table = "point_moves"

  var customerID: Int64
  var kind: PointMoveKind
  var points: Int64
  var amount: Money = .zero
  var expiresAt: Int64? = nil
  var registerID: Int64
  var sessionID: Int64?
  var at: Int64
  var userName: String?
  var approvedBy: String?
  var saleID: Int64? = nil
  var refundID: Int64? = nil
  var reason = ""

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "customer_id": customerID, "kind": kind.rawValue, "points": points,
      "amount": amount.minorUnits, "expires_at": expiresAt, "register_id": registerID,
      "session_id": sessionID, "at": at, "user_name": userName, "approved_by": approvedBy,
      "sale_id": saleID, "refund_id": refundID, "reason": reason,
    ]
  }
}

/// A stored move as the ledger walk reads it.
struct PointMoveRow: FetchableRow {
  let move: PointMove

  init(row: Row) throws {
    move = PointMove(
      id: try row["id"], kind: try row.enumValue("kind"), points: try row["points"],
      amount: Money(try row.int("amount")), at: try row["at"], expiresAt: try row["expires_at"],
      saleNumber: try row["sale_number"], refundNumber: try row["refund_number"],
      userName: try row["user_name"], reason: try row["reason"])
  }

  /// The moves of customer `id`, oldest first.
  static func ofCustomer(_ id: Int64, in db: Database) throws -> [PointMove] {
    let rows: [PointMoveRow] = try db.fetchAll(
      """
      SELECT m.id, m.kind, m.points, m.amount, m.at, m.expires_at, s.number AS sale_number,
        f.number AS refund_number, m.user_name, m.reason
      FROM point_moves m LEFT JOIN sales s ON s.id = m.sale_id
        LEFT JOIN refunds f ON f.id = m.refund_id
      WHERE m.customer_id = ? ORDER BY m.id
      """, [.integer(id)])
    return rows.map(\.move)
  }
}

/// The points moves of one sale and of its voids and returns.
struct SalePointsRow: FetchableRow {
  let customerID: Int64
  let kind: PointMoveKind
  let points: Int64
  let amount: Money
  let moveID: Int64

  init(row: Row) throws {
    customerID = try row["customer_id"]
    kind = try row.enumValue("kind")
    points = try row["points"]
    amount = Money(try row.int("amount"))
    moveID = try row["id"]
  }

  static func ofSale(_ id: Int64, in db: Database) throws -> [SalePointsRow] {
    try db.fetchAll(
      """
      SELECT id, customer_id, kind, points, amount FROM point_moves
      WHERE sale_id = ? OR refund_id IN (SELECT id FROM refunds WHERE sale_id = ?)
      ORDER BY id
      """, [.integer(id), .integer(id)])
  }
}

/// A session's points moves by kind: the money redeemed and given back to
/// points (the count of method `puntos` at closing).
struct PointSessionRow: FetchableRow {
  let kind: PointMoveKind
  let count: Int
  let points: Int64
  let amount: Money

  init(row: Row) throws {
    kind = try row.enumValue("kind")
    count = try row["n"]
    points = try row["points"]
    amount = Money(try row.int("amount"))
  }

  static func ofSession(_ id: Int64, in db: Database) throws -> [PointSessionRow] {
    try db.fetchAll(
      """
      SELECT kind, count(*) AS n, sum(points) AS points, sum(amount) AS amount
      FROM point_moves WHERE session_id = ? GROUP BY kind ORDER BY min(id)
      """, [.integer(id)])
  }
}
