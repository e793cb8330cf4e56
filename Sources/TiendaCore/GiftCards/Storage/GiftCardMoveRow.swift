import TiendaStore

/// A new move of a card's ledger (written once).
struct NewGiftCardMoveRow {
  static let columns = [
    "card_id", "kind", "amount", "register_id", "session_id", "at", "user_name", "approved_by",
    "sale_id", "refund_id", "method", "paid", "tendered", "change", "rounding", "reference",
    "reason",
  ]

  var cardID: Int64
  var kind: GiftCardMoveKind
  var amount: Money
  var registerID: Int64
  var sessionID: Int64
  var at: Int64
  var userName: String?
  var approvedBy: String?
  var saleID: Int64? = nil
  var refundID: Int64? = nil
  /// The payment, or how a void paid the rest back.
  var payment: PaymentRecord? = nil
  var reason = ""

  var values: [SQLValue] {
    [
      .integer(cardID), .text(kind.rawValue), .integer(amount.minorUnits), .integer(registerID),
      .integer(sessionID), .integer(at), userName.sqlValue, approvedBy.sqlValue,
      saleID.sqlValue, refundID.sqlValue, payment.map { .text($0.method.rawValue) } ?? .null,
      .integer(payment?.amount.minorUnits ?? 0), .integer(payment?.tendered.minorUnits ?? 0),
      .integer(payment?.change.minorUnits ?? 0), .integer(payment?.rounding.minorUnits ?? 0),
      payment?.reference.sqlValue ?? .null, .text(reason),
    ]
  }

  /// Writes the moves in one statement, in order; returns the last one's id.
  @discardableResult
  static func insertAll(_ rows: [NewGiftCardMoveRow], into db: Database) throws -> Int64 {
    guard !rows.isEmpty else { return 0 }
    try db.insertRows(into: "gift_card_moves", columns: columns, rows.map(\.values))
    return db.lastInsertRowID
  }
}

/// A move as `saldo tarjeta-regalo` shows it.
struct GiftCardMoveRow: FetchableRow {
  let move: GiftCardMove

  init(row: Row) throws {
    let method: String? = try row["method"]
    move = GiftCardMove(
      id: try row["id"], kind: try row.enumValue("kind"), amount: Money(try row.int("amount")),
      balanceAfter: Money(try row.int("balance_after")), at: try row["at"],
      registerName: try row["register_name"], userName: try row["user_name"],
      saleNumber: try row["sale_number"], refundNumber: try row["refund_number"],
      method: method.map(PaymentMethod.init(rawValue:)), paid: Money(try row.int("paid")),
      tendered: Money(try row.int("tendered")), change: Money(try row.int("change")),
      rounding: Money(try row.int("rounding")), reference: try row["reference"],
      reason: try row["reason"])
  }

  /// The moves of card `id`, oldest first, each with the balance after it.
  static func ofCard(_ id: Int64, in db: Database) throws -> [GiftCardMove] {
    let rows: [GiftCardMoveRow] = try db.fetchAll(
      """
      SELECT m.id, m.kind, m.amount,
        sum(m.amount) OVER (ORDER BY m.id ROWS UNBOUNDED PRECEDING) AS balance_after,
        m.at, r.name AS register_name, m.user_name, s.number AS sale_number,
        f.number AS refund_number, m.method, m.paid, m.tendered, m.change, m.rounding,
        m.reference, m.reason
      FROM gift_card_moves m JOIN registers r ON r.id = m.register_id
        LEFT JOIN sales s ON s.id = m.sale_id LEFT JOIN refunds f ON f.id = m.refund_id
      WHERE m.card_id = ? ORDER BY m.id
      """, [.integer(id)])
    return rows.map(\.move)
  }

  /// The move `id` (a voucher to print).
  static func find(_ id: Int64, in db: Database) throws -> (card: Int64, move: GiftCardMove)? {
    guard
      let card: Int64 = try db.fetchValue(
        "SELECT card_id FROM gift_card_moves WHERE id = ?", [.integer(id)])
    else { return nil }
    guard let move = try ofCard(card, in: db).first(where: { $0.id == id }) else { return nil }
    return (card, move)
  }
}

/// One group of a session's moves: a kind and a method.
struct GiftCardSessionRow: FetchableRow {
  let kind: GiftCardMoveKind
  let method: PaymentMethod?
  let count: Int
  let amount: Money
  let paid: Money
  let kept: Money

  init(row: Row) throws {
    kind = try row.enumValue("kind")
    let name: String? = try row["method"]
    method = name.map(PaymentMethod.init(rawValue:))
    count = try row["n"]
    amount = Money(try row.int("amount"))
    paid = Money(try row.int("paid"))
    kept = Money(try row.int("kept"))
  }

  /// Session `id`'s moves grouped by kind and method.
  static func ofSession(_ id: Int64, in db: Database) throws -> [GiftCardSessionRow] {
    try db.fetchAll(
      """
      SELECT kind, method, count(*) AS n, sum(amount) AS amount, sum(paid) AS paid,
        sum(tendered - change) AS kept
      FROM gift_card_moves WHERE session_id = ?
      GROUP BY kind, method ORDER BY min(id)
      """, [.integer(id)])
  }

  /// What refunds of sale `saleID` already gave back to each card (folded code).
  static func creditedFromSale(_ saleID: Int64, in db: Database) throws -> [String: Money] {
    var result: [String: Money] = [:]
    try db.forEach(
      """
      SELECT c.code_folded, sum(m.amount) AS amount
      FROM gift_card_moves m JOIN gift_cards c ON c.id = m.card_id
        JOIN refunds f ON f.id = m.refund_id
      WHERE f.sale_id = ? AND m.kind = 'reintegro' GROUP BY c.code_folded
      """, [.integer(saleID)]
    ) { row in
      result[try row.string("code_folded")] = Money(try row.int("amount"))
    }
    return result
  }
}
