import TiendaStore

/// What `abrir caja` was given.
public struct OpenSessionRequest {
  /// The register as written; nil for this terminal's.
  public var register: String?
  /// The float given apart; nil for what the last closing left.
  public var float: Money?
  /// When the name may end in the float (`abrir caja 20000`, `abrir caja
  /// Caja 2 15000` read as one name): the name without its last word (nil
  /// when nothing is left) and that word read as an amount. Used only when
  /// the whole name names no register and what is left is empty or names
  /// a register exactly.
  public var trailingFloat: (register: String?, amount: () throws -> Money)?

  public init(
    register: String? = nil, float: Money? = nil,
    trailingFloat: (register: String?, amount: () throws -> Money)? = nil
  ) {
    self.register = register
    self.float = float
    self.trailingFloat = trailingFloat
  }
}

extension CashRegister {
  /// `abrir caja [<caja>] [fondo]`: opens a session on `registerName` (this
  /// terminal's register by default). The float defaults to what the last
  /// closing left, else 0. One open session per register.
  @discardableResult
  public func openSession(registerName: String? = nil, float: Money? = nil) throws
    -> (session: CashSession, register: Register)
  {
    try openSession(OpenSessionRequest(register: registerName, float: float))
  }

  /// `abrir caja …` as written: the register is named, and a trailing
  /// amount told apart from the name, inside the opening's transaction.
  @discardableResult
  public func openSession(_ request: OpenSessionRequest) throws
    -> (session: CashSession, register: Register)
  {
    if let float = request.float, float < .zero { throw CashError.negativeAmount(float) }
    return try mutate { journal in
      var registerName = request.register
      var float = request.float
      if let text = registerName, let split = request.trailingFloat,
        (try? findRegister(text)) == nil
      {
        var splits = true
        if let rest = split.register { splits = try registerNamedExactly(rest) != nil }
        if splits {
          let amount = try split.amount()
          if amount < .zero { throw CashError.negativeAmount(amount) }
          registerName = split.register
          float = amount
        }
      }
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
      var report = try cashReport(for: session, registerName: actor.registerName)
      var counted = try PaymentMethods.resolveCounted(count.others, in: db)
      counted[.cash] = count.cash
      // Gift cards are not counted in a drawer: unless declared, their
      // ledger is the count (redeemed less refunded to cards, from
      // `gift_card_moves`), set against the payments by tarjeta-regalo.
      if counted[.giftCard] == nil && report.methods.contains(where: { $0.method == .giftCard }) {
        counted[.giftCard] = report.giftCards.redeemed - report.giftCards.refunded
      }
      // Fiado neither: the accounts' ledger is the count (sold on credit
      // less credited back, from `account_moves`).
      if counted[.account] == nil && report.methods.contains(where: { $0.method == .account }) {
        counted[.account] = report.accounts.sold.amount - report.accounts.refunded.amount
      }
      // Points neither: their ledger is the count (redeemed less given
      // back to points, from `point_moves`).
      if report.methods.contains(where: { $0.method == .points }) {
        counted[.points] = try shop.points.sessionNet(session.id)
      }
      // A shop's method counted with no payment in the session is shown too.
      for method in counted.keys.sorted(by: { spanishCompare($0.rawValue, $1.rawValue) < 0 })
      where !report.methods.contains(where: { $0.method == method }) {
        report.methods.append(CashReport.MethodLine(method: method, payments: 0, expected: .zero))
      }
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
