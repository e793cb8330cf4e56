import TiendaStore

/// One row of `cash_movements` (ledger: written once, never changed).
struct CashMovementRow: PersistableRow {
  static let table = "cash_movements"

  let registerID: Int64
  let sessionID: Int64?
  let kind: CashMovement.Kind
  let amount: Money
  let reason: String
  let at: Int64
  let userName: String?
  let approvedBy: String?

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "session_id": sessionID, "kind": kind.rawValue,
      "amount": amount.minorUnits, "reason": reason, "at": at, "user_name": userName,
      "approved_by": approvedBy,
    ]
  }
}

/// A cash movement with its register's name, as `movimientos de caja` lists it.
struct CashMovementListingRow: FetchableRow {
  let listing: CashMovementListing

  init(row: Row) throws {
    listing = CashMovementListing(
      at: try row["at"], registerName: try row["register_name"],
      kind: CashMovement.Kind(rawValue: try row["kind"]) ?? .drawerOpened,
      amount: Money(try row.int("amount")), reason: try row["reason"],
      userName: try row["user_name"], approvedBy: try row["approved_by"])
  }

  /// Movements from `start` (included) to `end` (excluded), oldest first.
  static func between(_ start: Int64, _ end: Int64, in db: Database) throws
    -> [CashMovementListingRow]
  {
    try db.fetchAll(
      """
      SELECT m.at, r.name AS register_name, m.kind, m.amount, m.reason, m.user_name,
        m.approved_by
      FROM cash_movements m JOIN registers r ON r.id = m.register_id
      WHERE m.at >= ? AND m.at < ? ORDER BY m.at, m.id
      """, [.integer(start), .integer(end)])
  }
}
