import TiendaStore

/// Expenses (issue 18, part B): recorded once (a ledger), paid in one or
/// more payments (cash out of the open session's drawer, other methods
/// outside the register), voided with a compensating row; recurring ones
/// generate their instance for each period when it falls due.
public struct Expenses: ShopArea {
  let shop: Shop

  /// Missed periods older than this many days before today are not
  /// generated (a file left unused for years does not wake up to a
  /// hundred rent instances); the definition moves on past them.
  public static let backfillDays = 366

  /// `crear gasto "Arriendo local" 350000 categoría local [cada mes día 5]
  /// [vence …] [pagado efectivo|transferencia]`.
  @discardableResult
  public func create(_ draft: ExpenseDraft) throws -> CreatedExpense {
    let description = draft.description.trimmingCharacters(in: " \t")
    let categoryName = draft.category.trimmingCharacters(in: " \t")
    guard !description.isEmpty else { throw ExpenseError.emptyDescription }
    guard !categoryName.isEmpty else { throw ExpenseError.emptyCategory }
    guard draft.amount > .zero else { throw ExpenseError.amountNotPositive }
    guard draft.amount.minorUnits <= Limits.amount else { throw LimitError.overflow }
    if let rule = draft.recurrence, !rule.isValid {
      throw ExpenseError.badRecurrence(frequency: rule.frequency, day: rule.day)
    }
    let created = try mutate { journal in
      let (categoryID, newCategory) = try category(categoryName, journal: journal)
      let now = clock.now()
      var expense: Expense?
      var recurrenceID: Int64?
      var nextDue: LocalDate?
      if let rule = draft.recurrence {
        let first = draft.due ?? rule.firstDue(onOrAfter: today)
        let id = try NewExpenseRecurrenceRow(
          description: description, amount: draft.amount, categoryID: categoryID, rule: rule,
          nextDue: first, registerID: actor.registerID, userName: actor.userName, createdAt: now
        ).insert(into: db)
        recurrenceID = id
        journal.record(
          "gastos.crear_recurrente", entity: "expense_recurrences", id: String(id),
          after: .object([
            ("descripcion", .string(description)), ("monto", .int(draft.amount.minorUnits)),
            ("categoria", .string(categoryName)), ("cada", .string(rule.frequency.rawValue)),
            ("dia", .int(Int64(rule.day))), ("primer_vencimiento", .string(first.iso)),
          ]))
        let generated = try generate(journal: journal, only: id)
        if let last = generated.created.last { expense = try ExpenseRow.withID(last, in: db) }
        nextDue = try DueRecurrenceRow.withID(id, in: db)?.nextDue
        if draft.paidWith != nil && expense == nil {
          throw ExpenseError.paidRecurrenceNotDue(next: nextDue ?? first)
        }
      } else {
        let id = try NewExpenseRow(
          description: description, amount: draft.amount, categoryID: categoryID,
          day: draft.due ?? today, dueDay: draft.due, recurrenceID: nil,
          registerID: actor.registerID, userName: actor.userName, at: now
        ).insert(into: db)
        journal.record(
          "gastos.crear", entity: "expenses", id: String(id),
          after: .object([
            ("descripcion", .string(description)), ("monto", .int(draft.amount.minorUnits)),
            ("categoria", .string(categoryName)),
            ("vence", draft.due.map { .string($0.iso) } ?? .null),
          ]))
        expense = try ExpenseRow.withID(id, in: db)
      }
      var expectedCash: Money?
      if let method = draft.paidWith, let unpaid = expense {
        let paid = try pay(unpaid, method: method, amount: nil, journal: journal)
        expense = paid.expense
        expectedCash = paid.expectedCash
      }
      return CreatedExpense(
        expense: expense, recurrenceID: recurrenceID, nextDue: nextDue, newCategory: newCategory,
        expectedCash: expectedCash)
    }
    // A later day in this same process generates it (the opening's read
    // knew nothing of it).
    if let next = created.nextDue, shop.settings.nextExpenseDue.map({ next < $0 }) ?? true {
      let handle = shop
      handle.settings.nextExpenseDue = next
    }
    return created
  }

  /// `saldar gasto N [medio] [monto]`: by default efectivo, what is left.
  @discardableResult
  public func pay(_ request: ExpensePaymentRequest) throws -> ExpensePaid {
    try mutate { journal in
      guard let expense = try ExpenseRow.withID(request.id, in: db) else {
        throw ExpenseError.notFound(request.id)
      }
      return try pay(expense, method: request.method, amount: request.amount, journal: journal)
    }
  }

  private func pay(
    _ expense: Expense, method raw: String?, amount: Money?, journal: JournalRecorder
  )
    throws -> ExpensePaid
  {
    if expense.voided { throw ExpenseError.voided(expense.id) }
    guard expense.balance > .zero else { throw ExpenseError.alreadyPaid(expense.id) }
    let amount = amount ?? expense.balance
    guard amount > .zero else { throw ExpenseError.amountNotPositive }
    guard amount <= expense.balance else {
      throw ExpenseError.overpaid(id: expense.id, balance: expense.balance, requested: amount)
    }
    let method = try resolve(raw ?? PaymentMethod.cash.rawValue)
    var sessionID: Int64?
    var expectedCash: Money?
    if method == .cash {
      guard let session = try shop.register.currentSession() else {
        throw ExpenseError.noOpenSession(register: actor.registerName)
      }
      let before = try shop.register.expectedCash(in: session, handingOut: amount) {
        ExpenseError.exceedsCash(requested: $0, available: $1)
      }
      sessionID = session.id
      expectedCash = before - amount
    }
    let now = clock.now()
    _ = try NewExpensePaymentRow(
      expenseID: expense.id, method: method.rawValue, amount: amount,
      registerID: actor.registerID, sessionID: sessionID, at: now, userName: actor.userName
    ).insert(into: db)
    journal.record(
      "gastos.saldar", entity: "expenses", id: String(expense.id),
      after: .object([
        ("medio", .string(method.rawValue)), ("monto", .int(amount.minorUnits)),
        ("caja", .string(actor.registerName)),
      ]))
    guard let after = try ExpenseRow.withID(expense.id, in: db) else {
      throw ExpenseError.notFound(expense.id)
    }
    return ExpensePaid(
      expense: after,
      payment: ExpensePayment(method: method, amount: amount, at: now, userName: actor.userName),
      expectedCash: expectedCash)
  }

  /// A payment method an expense may be paid with: any active one but
  /// fiado, gift cards and points (they are the customer's, not the shop's).
  private func resolve(_ name: String) throws -> PaymentMethod {
    let resolved = try PaymentMethods.resolve(
      [PaymentRequest(method: PaymentMethod(rawValue: name), reference: "-")],
      checkBuiltIns: true, in: db)[0].method
    if ["fiado", "tarjeta-regalo", "puntos"].contains(fold(resolved.rawValue)) {
      throw ExpenseError.methodNotForExpenses(resolved.rawValue)
    }
    return resolved
  }

  /// `anular gasto N motivo "…"`: a void row; refused once paid (give the
  /// cash back with `ingreso` first, and say so in the reason).
  @discardableResult
  public func void(_ id: Int64, reason raw: String) throws -> Expense {
    let reason = raw.trimmingCharacters(in: " \t")
    guard !reason.isEmpty else { throw ExpenseError.reasonRequired }
    return try mutate { journal in
      guard let expense = try ExpenseRow.withID(id, in: db) else { throw ExpenseError.notFound(id) }
      if expense.voided { throw ExpenseError.voided(id) }
      if expense.paid > .zero { throw ExpenseError.hasPayments(id) }
      _ = try NewExpenseVoidRow(
        expenseID: id, reason: reason, registerID: actor.registerID, userName: actor.userName,
        at: clock.now()
      ).insert(into: db)
      journal.record(
        "gastos.anular", entity: "expenses", id: String(id),
        after: .object([("motivo", .string(reason)), ("monto", .int(expense.amount.minorUnits))]))
      guard let after = try ExpenseRow.withID(id, in: db) else { throw ExpenseError.notFound(id) }
      return after
    }
  }

  /// `detener gasto N`: the recurrence of expense N creates no more
  /// periods (those already created stay, to pay or void one by one).
  @discardableResult
  public func stopRecurrence(of id: Int64) throws -> Expense {
    try mutate { journal in
      guard let expense = try ExpenseRow.withID(id, in: db) else { throw ExpenseError.notFound(id) }
      guard let recurrence = expense.recurrenceID else { throw ExpenseError.notRecurring(id) }
      guard try DueRecurrenceRow.stop(recurrence, in: db) else {
        throw ExpenseError.alreadyStopped(id)
      }
      journal.record(
        "gastos.detener", entity: "expense_recurrences", id: String(recurrence),
        after: .object([("gasto", .int(id)), ("descripcion", .string(expense.description))]))
      return expense
    }
  }

  /// `ver gasto N`.
  public func detail(_ id: Int64) throws -> ExpenseDetail {
    try db.read {
      guard let expense = try ExpenseRow.withID(id, in: db) else { throw ExpenseError.notFound(id) }
      let rule = try expense.recurrenceID.flatMap { try DueRecurrenceRow.withID($0, in: db) }?.rule
      return ExpenseDetail(
        expense: expense, payments: try ExpensePaymentRow.of(expense: id, in: db), recurrence: rule)
    }
  }

  /// `listar gastos [período] [pendientes]` (generates what fell due first).
  public func list(_ query: ExpenseQuery) throws -> [Expense] {
    try generateDue()
    return try db.read {
      try ExpenseRow.list(
        from: query.period?.from.iso, to: query.period?.to.iso, pendingOnly: query.pendingOnly,
        in: db)
    }
  }

  /// `categorías de gasto`: every category and its expenses counted in `period`.
  public func categories(in period: Period) throws -> [ExpenseCategoryTotal] {
    try generateDue()
    return try db.read {
      try ExpenseCategoryTotalRow.of(
        from: period.from.iso, to: period.to.iso, onlyUsed: false, in: db
      ).map(\.total)
    }
  }

  /// `crear categoría de gasto X`: false when it existed already.
  @discardableResult
  public func createCategory(_ raw: String) throws -> Bool {
    let name = raw.trimmingCharacters(in: " \t")
    guard !name.isEmpty else { throw ExpenseError.emptyCategory }
    return try mutate { journal in try category(name, journal: journal).created }
  }

  private func category(_ name: String, journal: JournalRecorder) throws -> (
    id: Int64, created: Bool
  ) {
    if let row = try ExpenseCategoryRow.named(name, in: db) { return (row.id, false) }
    let id = try NewExpenseCategoryRow(name: name, createdAt: clock.now()).insert(into: db)
    journal.record(
      "gastos.crear_categoria", entity: "expense_categories", id: String(id),
      after: .object([("nombre", .string(name))]))
    return (id, true)
  }

  /// The instances of recurring expenses whose day has come, generated
  /// once (a write only when the opening's read says one is due, or when
  /// a day passed since the shop opened). Runs when the shop opens and
  /// before `gastos pendientes`, `listar gastos`, `categorías de gasto`,
  /// `deudas con proveedores` and `informe resultado`.
  @discardableResult
  public func generateDue() throws -> ExpenseGeneration {
    guard let next = settings.nextExpenseDue, !(today < next) else { return ExpenseGeneration() }
    let generation = try mutate { journal in try generate(journal: journal, only: nil) }
    let handle = shop
    handle.settings.nextExpenseDue = try db.read {
      try DueRecurrenceRow.earliestNextDue(in: db)
    }
    return generation
  }

  /// Inside a transaction: each recurrence due on or before today gets its
  /// missing instances (within the backfill window) and moves its next day.
  private func generate(journal: JournalRecorder, only: Int64?) throws -> ExpenseGeneration {
    var generation = ExpenseGeneration()
    let oldest = today.adding(days: -Self.backfillDays)
    let now = clock.now()
    for recurrence in try DueRecurrenceRow.due(onOrBefore: today.iso, in: db)
    where only == nil || recurrence.id == only {
      var day = recurrence.nextDue
      while !(today < day) {
        if day < oldest {
          generation.skipped += 1
        } else if try !NewExpenseRow.exists(recurrence: recurrence.id, period: day.iso, in: db) {
          let id = try NewExpenseRow(
            description: recurrence.description, amount: recurrence.amount,
            categoryID: recurrence.categoryID, day: day, dueDay: day, recurrenceID: recurrence.id,
            registerID: actor.registerID, userName: actor.userName, at: now
          ).insert(into: db)
          generation.created.append(id)
        }
        day = recurrence.rule.next(after: day)
      }
      try DueRecurrenceRow.setNextDue(recurrence.id, day, in: db)
    }
    if !generation.created.isEmpty || generation.skipped > 0 {
      journal.record(
        "gastos.generar", entity: "expenses",
        after: .object([
          ("gastos", .array(generation.created.map { .int($0) })),
          ("omitidos", .int(Int64(generation.skipped))),
        ]))
    }
    return generation
  }

  /// Unpaid (or partly paid) expenses with a due day, as debts for
  /// `deudas con proveedores` (document «gasto»; the description where a
  /// purchase has its supplier), by due day. Inside the caller's read.
  func debts() throws -> [SupplierDebt] {
    try ExpenseRow.list(from: nil, to: nil, pendingOnly: true, in: db)
      .compactMap { e -> SupplierDebt? in
        guard let due = e.dueDay else { return nil }
        return SupplierDebt(
          supplier: e.description, document: .expense, number: e.id, invoice: nil, date: e.day,
          dueDate: due, total: e.amount, paid: e.paid, overdue: due < today)
      }
  }

  /// Cash paid out for expenses in session `id` (DESIGN §8.10).
  func cashPaid(session id: Int64) throws -> (count: Int, amount: Money) {
    let row = try SessionExpenseCashRow.of(session: id, in: db)
    return (row?.count ?? 0, row?.amount ?? .zero)
  }
}
