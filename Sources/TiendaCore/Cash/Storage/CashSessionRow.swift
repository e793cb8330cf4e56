import TiendaStore

/// One row of `cash_sessions`: a register session from `abrir caja` (or
/// the first sale) to `cerrar caja`.
struct CashSessionRow: FetchableRow, PersistableRow {
  static let table = "cash_sessions"

  var id: Int64 = 0
  let registerID: Int64
  let openedAt: Int64
  let openedBy: String?
  let openingFloat: Money
  let autoOpened: Bool

  init(
    registerID: Int64, openedAt: Int64, openedBy: String?, openingFloat: Money, autoOpened: Bool
  ) {
    self.registerID = registerID
    self.openedAt = openedAt
    self.openedBy = openedBy
    self.openingFloat = openingFloat
    self.autoOpened = autoOpened
  }

  init(row: Row) throws {
    id = try row["id"]
    registerID = try row["register_id"]
    openedAt = try row["opened_at"]
    openedBy = try row["opened_by"]
    openingFloat = Money(try row.int("opening_float"))
    autoOpened = try row["auto_opened"]
  }

  /// The columns a new session is written with (`closed_at` stays NULL).
  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "opened_at": openedAt, "opened_by": openedBy,
      "opening_float": openingFloat.minorUnits, "auto_opened": autoOpened,
    ]
  }

  var session: CashSession {
    CashSession(
      id: id, registerID: registerID, openedAt: openedAt, openedBy: openedBy,
      openingFloat: openingFloat, autoOpened: autoOpened)
  }

  /// The open session of a register, if any.
  static func open(registerID: Int64, in db: Database) throws -> CashSessionRow? {
    try db.fetchOne(
      """
      SELECT id, register_id, opened_at, opened_by, opening_float, auto_opened
      FROM cash_sessions WHERE register_id = ? AND closed_at IS NULL
      """, [.integer(registerID)])
  }

  /// Marks a session closed (a closed session is final: a trigger refuses
  /// any later change).
  static func close(id: Int64, at: Int64, by userName: String?, in db: Database) throws {
    try db.update(
      "cash_sessions", set: ["closed_at": at, "closed_by": userName], where: "id = ?",
      [.integer(id)])
  }
}

/// What an open ticket of a register still holds, to refuse a closing.
struct OpenTicketContents: FetchableRow {
  let lines: Int64
  let payments: Int64

  init(row: Row) throws {
    lines = try row["lines"]
    payments = try row["payments"]
  }

  var isEmpty: Bool { lines == 0 && payments == 0 }

  static func of(registerID: Int64, in db: Database) throws -> OpenTicketContents? {
    try db.fetchOne(
      """
      SELECT coalesce(sum((SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id)), 0)
          AS lines,
        coalesce(sum((SELECT count(*) FROM ticket_payments p WHERE p.ticket_id = t.id)), 0)
          AS payments
      FROM tickets t WHERE t.register_id = ? AND t.state = 'abierto'
      """, [.integer(registerID)])
  }
}
