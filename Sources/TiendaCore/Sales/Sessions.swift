import TiendaStore

/// A register session: from `abrir caja` (or the first sale) to `cerrar caja`.
public struct CashSession: Sendable, Equatable {
  public let id: Int64
  public let registerID: Int64
  public let openedAt: Int64
  public let openedBy: String?
  public let openingFloat: Money
  /// Opened by the first sale, with float 0 (setting `venta.abrir_caja_sola`).
  public let autoOpened: Bool
}

extension CashRegister {
  func session(from row: Row) -> CashSession {
    CashSession(
      id: row.int(0), registerID: row.int(1), openedAt: row.int(2),
      openedBy: row.optionalString(3), openingFloat: Money(row.int(4)), autoOpened: row.bool(5))
  }

  /// The open session of a register (this terminal's by default), if any.
  public func currentSession(registerID: Int64? = nil) throws -> CashSession? {
    try db.queryFirst(
      """
      SELECT id, register_id, opened_at, opened_by, opening_float, auto_opened
      FROM cash_sessions WHERE register_id = ? AND closed_at IS NULL
      """, [.integer(registerID ?? actor.registerID)]
    ).map(session(from:))
  }

  /// The session a sale, void or return belongs to, inside the caller's
  /// transaction. With none open, opens one with float 0 when the setting
  /// `venta.abrir_caja_sola` allows it (`opened` is then true); otherwise
  /// refuses with `noOpenSession`.
  func sessionForSale(_ journal: JournalRecorder) throws -> (CashSession, opened: Bool) {
    if let open = try currentSession() { return (open, false) }
    guard settings.autoOpenSession else { throw CoreError.noOpenSession(actor.registerName) }
    let now = clock.now()
    try db.run(
      """
      INSERT INTO cash_sessions(register_id, opened_at, opened_by, opening_float, auto_opened)
      VALUES (?, ?, ?, 0, 1)
      """, [.integer(actor.registerID), .integer(now), actor.userName.sqlValue])
    let id = db.lastInsertRowID
    journal.record(
      "caja.abrir", entity: "sesión", id: String(id),
      after: .object([
        ("caja", .string(actor.registerName)), ("fondo", .int(0)), ("automática", .bool(true)),
      ]))
    return (try currentSession()!, true)
  }
}
