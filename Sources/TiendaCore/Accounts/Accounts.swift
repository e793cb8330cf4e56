import TiendaStore

/// Customer accounts (issue 16 B): sales on credit, abonos, loans,
/// adjustments, statements and debtors. The balance is the sum of the
/// account's moves; `account_balances` caches it (a trigger keeps it in the
/// same statement) and `verificar base` compares the two.
public struct Accounts: ShopArea {
  let shop: Shop

  /// `abonar <cliente> 20000 [medio] [ref …]`: the abono, its payment, the
  /// journal row and the receipt's print job, in one transaction. It
  /// belongs to the register's session like a sale (opened with float 0
  /// when the shop opens sessions on the first sale; refused otherwise):
  /// cash goes into that drawer, other methods count in their expected
  /// total at closing.
  @discardableResult
  public func receive(_ request: AccountPaymentRequest) throws -> AccountMoveResult {
    guard request.amount > .zero else { throw AccountError.amountNotPositive }
    guard request.amount.minorUnits <= Limits.amount else { throw LimitError.overflow }
    let asked = request.method ?? PaymentRequest(method: .cash)
    guard asked.method != .account, asked.method != .giftCard else {
      throw AccountError.badPaymentMethod(asked.method)
    }
    return try mutate { journal in
      let holder = try find(request.customer)
      guard holder.balance > .zero else { throw AccountError.nothingOwed(customer: holder.name) }
      guard request.amount <= holder.balance else {
        throw AccountError.moreThanOwed(
          customer: holder.name, balance: holder.balance, amount: request.amount)
      }
      var method = PaymentRequest(method: asked.method, reference: asked.reference)
      if asked.method != .cash {
        method = try PaymentMethods.resolve([method], checkBuiltIns: true, in: db)[0]
        guard method.method != .account, method.method != .giftCard else {
          throw AccountError.badPaymentMethod(method.method)
        }
      }
      let payment = PaymentRecord(
        method: method.method, amount: request.amount, tendered: request.amount, change: .zero,
        rounding: .zero, reference: method.reference)
      let session: CashSession
      let opened: Bool
      do {
        (session, opened) = try shop.register.sessionForSale(journal)
      } catch CoreError.noOpenSession(let register) {
        throw AccountError.noOpenSessionForPayment(register: register)
      }
      var row = newMove(holder.id, .payment, .zero - request.amount, session: session.id)
      row.payment = payment
      let id = try NewAccountMoveRow.insert(row, into: db)
      journal.record(
        "cuenta.abonar", entity: "cliente", id: String(holder.id),
        after: .object([
          ("cliente", .string(holder.name)), ("monto", .int(request.amount.minorUnits)),
          ("saldo", .int((holder.balance - request.amount).minorUnits)),
          ("caja", .string(actor.registerName)), ("pago", payment.json),
        ]))
      try shop.printQueue.enqueueAutomatic(
        .account, document: .account(id), drawer: payment.method == .cash)
      return AccountMoveResult(
        moveID: id, kind: .payment, holder: holder, before: holder.balance, payment: payment,
        openedSession: opened)
    }
  }

  /// `prestar <cliente> 5000 motivo "…"` (supervisor): cash lent out of
  /// the drawer. A debt on the account and a cash flow out («préstamos»);
  /// needs an open session and may not exceed the drawer's expected cash,
  /// like `retiro` and cash refunds. The credit limit does not apply: the
  /// supervisor who lends decides.
  @discardableResult
  public func lend(_ request: AccountChangeRequest) throws -> AccountMoveResult {
    guard request.amount > .zero else { throw AccountError.amountNotPositive }
    guard request.amount.minorUnits <= Limits.amount else { throw LimitError.overflow }
    let reason = request.reason.trimmingCharacters(in: " \t")
    guard !reason.isEmpty else { throw AccountError.reasonRequired }
    return try mutate { journal in
      let holder = try find(request.customer, activeOnly: true)
      guard let session = try shop.register.currentSession() else {
        throw AccountError.noOpenSession(register: actor.registerName)
      }
      _ = try shop.register.expectedCash(in: session, handingOut: request.amount) {
        AccountError.loanExceedsCash(requested: $0, available: $1)
      }
      let payment = PaymentRecord(
        method: .cash, amount: request.amount, tendered: request.amount, change: .zero,
        rounding: .zero, reference: nil)
      _ = try holder.balance.adding(request.amount)
      var row = newMove(holder.id, .loan, request.amount, session: session.id)
      row.payment = payment
      row.reason = reason
      let id = try NewAccountMoveRow.insert(row, into: db)
      journal.record(
        "cuenta.prestar", entity: "cliente", id: String(holder.id),
        after: .object([
          ("cliente", .string(holder.name)), ("monto", .int(request.amount.minorUnits)),
          ("saldo", .int((holder.balance + request.amount).minorUnits)),
          ("caja", .string(actor.registerName)), ("motivo", .string(reason)),
        ]))
      try shop.printQueue.enqueueAutomatic(.account, document: .account(id), drawer: true)
      return AccountMoveResult(
        moveID: id, kind: .loan, holder: holder, before: holder.balance, payment: payment,
        openedSession: false)
    }
  }

  /// `ajustar cuenta <cliente> ±N motivo "…"` (dueño): a correction of the
  /// balance, positive (owes more) or negative (owes less); no money moves
  /// and no session is needed.
  @discardableResult
  public func adjust(_ request: AccountChangeRequest) throws -> AccountMoveResult {
    guard request.amount != .zero else { throw AccountError.amountNotPositive }
    guard request.amount.minorUnits.magnitude <= UInt64(Limits.amount) else {
      throw LimitError.overflow
    }
    let reason = request.reason.trimmingCharacters(in: " \t")
    guard !reason.isEmpty else { throw AccountError.reasonRequired }
    return try mutate { journal in
      let holder = try find(request.customer)
      _ = try holder.balance.adding(request.amount)
      var row = newMove(holder.id, .adjustment, request.amount, session: nil)
      row.reason = reason
      let id = try NewAccountMoveRow.insert(row, into: db)
      journal.record(
        "cuenta.ajustar", entity: "cliente", id: String(holder.id),
        before: .object([("saldo", .int(holder.balance.minorUnits))]),
        after: .object([
          ("cliente", .string(holder.name)), ("monto", .int(request.amount.minorUnits)),
          ("saldo", .int((holder.balance + request.amount).minorUnits)),
          ("motivo", .string(reason)),
        ]))
      return AccountMoveResult(
        moveID: id, kind: .adjustment, holder: holder, before: holder.balance, payment: nil,
        openedSession: false)
    }
  }

  /// `estado de cuenta <cliente> [período]`: moves oldest first with the
  /// running balance; with a period, the balance before it opens the list.
  public func statement(_ customer: String, period: Period? = nil) throws -> AccountStatement {
    try db.read {
      let holder = try find(customer)
      let all = try AccountMoveRow.ofCustomer(holder.id, in: db)
      guard let period else {
        return AccountStatement(holder: holder, period: nil, opening: .zero, moves: all)
      }
      let (start, end) = LocalTime.bounds(period)
      let before = all.last { $0.at < start }?.balanceAfter ?? .zero
      return AccountStatement(
        holder: holder, period: period, opening: before,
        moves: all.filter { $0.at >= start && $0.at < end })
    }
  }

  /// `deudores`: customers who owe something, largest balance first, each
  /// with the day of the oldest debt not yet paid off.
  public func debtors() throws -> [Debtor] {
    try db.read {
      try AccountHolderRow.owing(in: db).map { holder in
        let moves = try AccountMoveRow.ofCustomer(holder.id, in: db)
        return Debtor(
          holder: holder, oldestUnpaid: Self.oldestUnpaid(moves, balance: holder.balance))
      }
    }
  }

  /// The account of customer `id` (for `cliente X` on a ticket and `ver cliente`).
  public func holder(customerID id: Int64) throws -> AccountHolder {
    guard let holder = try AccountHolderRow.byID(id, in: db) else {
      throw AccountError.noCustomer
    }
    return holder
  }

  /// The account sale `id` was charged to (nil for a sale without fiado):
  /// its balance as it stands now, for the sale's confirmation.
  public func holder(ofSale id: Int64) throws -> AccountHolder? {
    guard let customer = try AccountMoveRow.customerOfSale(id, in: db) else { return nil }
    return try AccountHolderRow.byID(customer, in: db)
  }

  /// The receipt of move `id` (an abono or a loan), to print.
  public func receipt(_ moveID: Int64) throws -> AccountReceipt {
    guard let (customer, move) = try AccountMoveRow.find(moveID, in: db),
      let holder = try AccountHolderRow.byID(customer, in: db)
    else { throw PrintError.nothingToPrint }
    return AccountReceipt(
      kind: move.kind, customerName: holder.name, rut: holder.rut,
      amount: Money(Int64(move.amount.minorUnits.magnitude)), balanceAfter: move.balanceAfter,
      at: move.at, registerName: move.registerName, userName: move.userName,
      reason: move.reason,
      payment: move.method.map {
        PaymentRecord(
          method: $0, amount: Money(Int64(move.amount.minorUnits.magnitude)),
          tendered: move.tendered, change: move.change, rounding: .zero,
          reference: move.reference)
      })
  }

  /// First in, first out: the debt still unpaid is the newest part of what
  /// was charged; its oldest day is where the charges, summed from the
  /// newest back, first reach the balance.
  static func oldestUnpaid(_ moves: [AccountMove], balance: Money) -> LocalDate? {
    guard balance > .zero else { return nil }
    var owed = Money.zero
    for move in moves.reversed() where move.amount > .zero {
      owed = owed + move.amount
      if owed >= balance { return LocalTime.components(move.at).date }
    }
    return moves.first.map { LocalTime.components($0.at).date }
  }

  /// The customer named by `query` (name, RUT or phone), with its account.
  /// A deactivated customer still pays, is adjusted and has a statement
  /// (`deudores` lists them while they owe); only new debt (a loan) needs
  /// an active one.
  func find(_ query: String, activeOnly: Bool = false) throws -> AccountHolder {
    let customer = try shop.customers.resolve(query, includeInactive: true)
    if activeOnly, !customer.active { throw CustomerError.inactive(customer.name) }
    return try holder(customerID: customer.id)
  }

  func newMove(_ customer: Int64, _ kind: AccountMoveKind, _ amount: Money, session: Int64?)
    -> NewAccountMoveRow
  {
    NewAccountMoveRow(
      customerID: customer, kind: kind, amount: amount, registerID: actor.registerID,
      sessionID: session, at: clock.now(), userName: actor.userName,
      approvedBy: actor.approvedBy)
  }
}

extension Accounts {
  /// `imprimir estado de cuenta <cliente> [período] [en impresora]`: the
  /// statement rendered now, queued on the tickets printer (or the one named).
  public func printStatement(
    _ customer: String, period: Period?, on printer: String?,
    render: (Printer, AccountStatement) throws -> [UInt8]
  ) throws -> PrintJob {
    let statement = try statement(customer, period: period)
    return try mutate { journal in
      let target = try shop.printQueue.printer(named: printer, role: .tickets)
      return try shop.printQueue.queue(
        .account, on: target, payload: try render(target, statement),
        action: "impresión.estado_de_cuenta",
        detail: .object([("cliente", .string(statement.holder.name))]), journal: journal)
    }
  }
}
