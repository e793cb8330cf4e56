import TiendaStore

/// Cash put into or taken out of the drawer outside a sale, or the drawer
/// opened without a sale. Ledger rows: never changed.
public struct CashMovement: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case deposit = "ingreso"
    case withdrawal = "retiro"
    case drawerOpened = "cajón"
  }

  public let id: Int64
  public let kind: Kind
  public let amount: Money
  public let reason: String
  public let sessionID: Int64?
  /// What the drawer should hold after it (nil with no open session).
  public let expectedCash: Money?
}

extension CashRegister {
  /// `ingreso 5000 motivo "…"` / `retiro 10000 motivo "…"`: needs an open
  /// session and a reason; a withdrawal may not exceed the expected cash.
  @discardableResult
  public func moveCash(_ kind: CashMovement.Kind, amount: Money, reason raw: String) throws
    -> CashMovement
  {
    precondition(kind != .drawerOpened, "use openDrawer()")
    guard amount >= .zero else { throw CashError.negativeAmount(amount) }
    guard amount > .zero else { throw CashError.amountNotPositive(amount) }
    let reason = raw.trimmingCharacters(in: " \t")
    guard !reason.isEmpty else { throw CashError.reasonRequired }
    return try mutate { journal in
      guard let session = try currentSession() else {
        throw CashError.noOpenSession(register: actor.registerName)
      }
      let before = try expectedCash(
        in: session, handingOut: kind == .withdrawal ? amount : .zero
      ) { CashError.withdrawalExceedsCash(requested: $0, available: $1) }
      let id = try insertMovement(kind, amount: amount, reason: reason, session: session.id)
      journal.record(
        "caja." + kind.rawValue, entity: "cash_movements", id: String(id),
        after: .object([
          ("caja", .string(actor.registerName)), ("monto", .int(amount.minorUnits)),
          ("motivo", .string(reason)),
        ]))
      let after = kind == .deposit ? before + amount : before - amount
      return CashMovement(
        id: id, kind: kind, amount: amount, reason: reason, sessionID: session.id,
        expectedCash: after)
    }
  }

  /// `abrir cajón`: records that the drawer was opened without a sale (the
  /// printer issue sends the pulse). Works with or without an open session.
  @discardableResult
  public func openDrawer(reason raw: String = "") throws -> CashMovement {
    let reason = raw.trimmingCharacters(in: " \t")
    return try mutate { journal in
      let session = try currentSession()
      let id = try insertMovement(
        .drawerOpened, amount: .zero, reason: reason, session: session?.id)
      // The pulse goes to the tickets printer when it has the drawer.
      if let printer = try shop.printers.defaultPrinter(.tickets), printer.drawer {
        try shop.printQueue.enqueueJob(.drawer, printer: printer, drawer: true)
      }
      journal.record(
        "caja.abrir_cajón", entity: "cash_movements", id: String(id),
        after: .object([("caja", .string(actor.registerName)), ("motivo", .string(reason))]))
      let expected = try session.map {
        try cashReport(for: $0, registerName: actor.registerName).expectedCash
      }
      return CashMovement(
        id: id, kind: .drawerOpened, amount: .zero, reason: reason, sessionID: session?.id,
        expectedCash: expected)
    }
  }

  private func insertMovement(
    _ kind: CashMovement.Kind, amount: Money, reason: String, session: Int64?
  ) throws -> Int64 {
    try CashMovementRow(
      registerID: actor.registerID, sessionID: session, kind: kind, amount: amount,
      reason: reason, at: clock.now(), userName: actor.userName, approvedBy: actor.approvedBy
    ).insert(into: db)
  }
}

/// A cash movement as listed (`movimientos de caja`).
public struct CashMovementListing: Sendable, Equatable {
  public let at: Int64
  public let registerName: String
  public let kind: CashMovement.Kind
  public let amount: Money
  public let reason: String
  public let userName: String?
  public let approvedBy: String?
}

extension CashRegister {
  /// Ingresos, retiros and drawer openings in a period (local days), oldest first.
  public func cashMovements(in period: Period) throws -> [CashMovementListing] {
    let (start, end) = LocalTime.bounds(period)
    return try CashMovementListingRow.between(start, end, in: db).map(\.listing)
  }
}
