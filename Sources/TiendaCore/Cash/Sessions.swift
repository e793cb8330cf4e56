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
  /// The open session of a register (this terminal's by default), if any.
  public func currentSession(registerID: Int64? = nil) throws -> CashSession? {
    try CashSessionRow.open(registerID: registerID ?? actor.registerID, in: db)?.session
  }

  /// The session a sale, void or return belongs to, inside the caller's
  /// transaction. With none open, opens one with float 0 when the setting
  /// `venta.abrir_caja_sola` allows it (`opened` is then true); otherwise
  /// refuses with `noOpenSession`.
  func sessionForSale(_ journal: JournalRecorder) throws -> (CashSession, opened: Bool) {
    if let open = try currentSession() { return (open, false) }
    guard settings.autoOpenSession else { throw CoreError.noOpenSession(actor.registerName) }
    var row = CashSessionRow(
      registerID: actor.registerID, openedAt: clock.now(), openedBy: actor.userName,
      openingFloat: .zero, autoOpened: true)
    row.id = try row.insert(into: db)
    journal.record(
      "caja.abrir", entity: "sesión", id: String(row.id),
      after: .object([
        ("caja", .string(actor.registerName)), ("fondo", .int(Money.zero.minorUnits)),
        ("automática", .bool(true)),
      ]))
    return (row.session, true)
  }
}
