import TiendaStore

extension CashRegister {
  /// `abrir caja [<caja>] [fondo]`: opens a session on `registerName` (this
  /// terminal's register by default). The float defaults to what the last
  /// closing left, else 0. One open session per register.
  @discardableResult
  public func openSession(registerName: String? = nil, float: Money? = nil) throws
    -> (session: CashSession, register: Register)
  {
    if let float, float < .zero { throw CashError.negativeAmount(float) }
    return try mutate { journal in
      let register =
        try registerName.map(findRegister)
        ?? Register(id: actor.registerID, name: actor.registerName)
      if let open = try currentSession(registerID: register.id) {
        throw CashError.sessionAlreadyOpen(
          register: register.name, openedAt: open.openedAt, openedBy: open.openedBy)
      }
      let amount = try float ?? lastZ(registerID: register.id)?.leftFloat ?? .zero
      var row = CashSessionRow(
        registerID: register.id, openedAt: clock.now(), openedBy: actor.userName,
        openingFloat: amount, autoOpened: false)
      let id = try row.insert(into: db)
      row.id = id
      journal.record(
        "caja.abrir", entity: "sesión", id: String(id),
        after: .object([
          ("caja", .string(register.name)), ("fondo", .int(amount.minorUnits)),
          ("automática", .bool(false)),
        ]))
      return (row.session, register)
    }
  }

  /// `cerrar caja …`: counts, stores Z report number N of this register
  /// with every figure, and closes the session. Refused with an open ticket
  /// that has lines or payments (finish, hold or cancel it first).
  @discardableResult
  public func closeSession(_ count: CashCount) throws -> ZReport {
    for amount in [count.cash, count.leave] + Array(count.others.values) where amount < .zero {
      throw CashError.negativeAmount(amount)
    }
    guard count.leave <= count.cash else {
      throw CashError.leaveExceedsCounted(leave: count.leave, counted: count.cash)
    }
    var seen: Set<Int64> = []
    for d in count.denominations {
      guard d.value > .zero, d.count > 0, seen.insert(d.value.minorUnits).inserted else {
        throw CashError.badDenomination(d.value)
      }
    }
    if !count.denominations.isEmpty {
      let total = count.denominations.reduce(Money.zero) { $0 + $1.total }
      guard total == count.cash else {
        throw CashError.denominationsDisagree(total: total, counted: count.cash)
      }
    }
    return try mutate { journal in
      guard let session = try currentSession() else {
        throw CashError.noOpenSession(register: actor.registerName)
      }
      if let open = try OpenTicketContents.of(registerID: actor.registerID, in: db), !open.isEmpty {
        throw CashError.openTicket(register: actor.registerName, lines: Int(open.lines))
      }
      let report = try cashReport(for: session, registerName: actor.registerName)
      var counted = count.others.filter { $0.key != .cash }
      counted[.cash] = count.cash
      let number = (try lastZ(registerID: actor.registerID)?.number ?? 0) + 1
      let now = clock.now()
      let z = ZReport(
        number: number, report: report, closedAt: now, closedBy: actor.userName,
        approvedBy: actor.approvedBy, counted: counted, leftFloat: count.leave,
        note: count.note.trimmingCharacters(in: " \t"),
        denominations: count.denominations.sorted { $0.value > $1.value })
      try storeZ(z)
      try CashSessionRow.close(id: session.id, at: now, by: actor.userName, in: db)
      journal.record(
        "caja.cerrar", entity: "sesión", id: String(session.id),
        after: .object([
          ("caja", .string(actor.registerName)), ("informe_z", .int(number)),
          ("esperado", .int(report.expectedCash.minorUnits)),
          ("contado", .int(count.cash.minorUnits)),
          ("diferencia", .int(z.cashDifference.minorUnits)),
          ("dejado", .int(count.leave.minorUnits)), ("nota", .string(z.note)),
        ]))
      guard let stored = try loadZ(registerID: actor.registerID, number: number) else {
        throw CashError.noSuchZReport(register: actor.registerName, number: number, last: nil)
      }
      return stored
    }
  }
}
