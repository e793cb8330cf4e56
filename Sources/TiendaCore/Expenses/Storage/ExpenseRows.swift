import TiendaStore

/// A new row of `expense_categories`.
struct NewExpenseCategoryRow: PersistableRow {
  static let table = "expense_categories"
  let name: String
  let createdAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["name": name, "name_folded": fold(name), "created_at": createdAt]
  }
}

/// A category found by its folded name.
struct ExpenseCategoryRow: FetchableRow {
  let id: Int64
  let name: String

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
  }

  static func named(_ name: String, in db: Database) throws -> ExpenseCategoryRow? {
    try db.fetchOne(
      "SELECT id, name FROM expense_categories WHERE name_folded = ?", [.text(fold(name))])
  }
}

/// `categorías de gasto`: every category with its expenses counted on days
/// of the period (voided ones aside).
struct ExpenseCategoryTotalRow: FetchableRow {
  let total: ExpenseCategoryTotal

  init(row: Row) throws {
    total = ExpenseCategoryTotal(
      name: try row["name"], count: try row["count"], total: Money(try row["total"]))
  }

  static func of(from: String, to: String, onlyUsed: Bool, in db: Database) throws
    -> [ExpenseCategoryTotalRow]
  {
    try db.fetchAll(
      """
      SELECT c.name, count(e.id) AS count, coalesce(sum(e.amount), 0) AS total
      FROM expense_categories c
      LEFT JOIN expenses e ON e.category_id = c.id AND e.day BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM expense_voids v WHERE v.expense_id = e.id)
      GROUP BY c.id HAVING ? = 0 OR count(e.id) > 0
      ORDER BY total DESC, c.name COLLATE es
      """, [.text(from), .text(to), .integer(onlyUsed ? 1 : 0)])
  }
}

/// A new row of `expense_recurrences`.
struct NewExpenseRecurrenceRow: PersistableRow {
  static let table = "expense_recurrences"
  let description: String
  let amount: Money
  let categoryID: Int64
  let rule: ExpenseRecurrence
  let nextDue: LocalDate
  let registerID: Int64
  let userName: String?
  let createdAt: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "description": description, "amount": amount.minorUnits, "category_id": categoryID,
      "frequency": rule.frequency.rawValue, "day": Int64(rule.day),
      "month": rule.month.map(Int64.init), "next_due": nextDue.iso, "register_id": registerID,
      "user_name": userName, "created_at": createdAt,
    ]
  }
}

/// A recurrence whose next instance is due on or before a day.
struct DueRecurrenceRow: FetchableRow {
  let id: Int64
  let description: String
  let amount: Money
  let categoryID: Int64
  let rule: ExpenseRecurrence
  let nextDue: LocalDate

  init(row: Row) throws {
    id = try row["id"]
    description = try row["description"]
    amount = Money(try row["amount"])
    categoryID = try row["category_id"]
    let frequency: String = try row["frequency"]
    let month: Int64? = try row["month"]
    let day: Int64 = try row["day"]
    rule = ExpenseRecurrence(
      frequency: ExpenseFrequency(rawValue: frequency) ?? .monthly, day: Int(day),
      month: month.map { Int($0) })
    let next: String = try row["next_due"]
    nextDue = LocalDate(iso: next) ?? LocalDate(year: 2000, month: 1, day: 1)!
  }

  static let select = """
    SELECT id, description, amount, category_id, frequency, day, month, next_due
    FROM expense_recurrences
    """

  static func due(onOrBefore day: String, in db: Database) throws -> [DueRecurrenceRow] {
    try db.fetchAll(
      select + " WHERE active = 1 AND next_due <= ? ORDER BY id", [.text(day)])
  }

  static func withID(_ id: Int64, in db: Database) throws -> DueRecurrenceRow? {
    try db.fetchOne(select + " WHERE id = ?", [.integer(id)])
  }

  /// Stops a recurrence; false when it was stopped already.
  static func stop(_ id: Int64, in db: Database) throws -> Bool {
    try db.update(
      "expense_recurrences", set: ["active": false], where: "id = ? AND active = 1",
      [
        .integer(id)
      ]) > 0
  }

  static func setNextDue(_ id: Int64, _ day: LocalDate, in db: Database) throws {
    try db.update(
      "expense_recurrences", set: ["next_due": day.iso], where: "id = ?", [.integer(id)])
  }

  /// Added to the opening's read of the settings (one statement): the
  /// earliest due day of a recurring expense not generated yet.
  static let pendingSetting = """
    SELECT 'gastos.próximo_vencimiento' AS key, min(next_due) AS value, NULL AS id,
      NULL AS name FROM expense_recurrences WHERE active = 1 HAVING count(*) > 0
    """
}

/// A new row of `expenses`.
struct NewExpenseRow: PersistableRow {
  static let table = "expenses"
  let description: String
  let amount: Money
  let categoryID: Int64
  let day: LocalDate
  let dueDay: LocalDate?
  let recurrenceID: Int64?
  let registerID: Int64
  let userName: String?
  let at: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "description": description, "amount": amount.minorUnits, "category_id": categoryID,
      "day": day.iso, "due_day": dueDay?.iso, "recurrence_id": recurrenceID,
      "period": recurrenceID == nil ? nil : dueDay?.iso, "register_id": registerID,
      "user_name": userName, "at": at,
    ]
  }

  /// Whether the instance of `recurrence` for `period` exists already.
  static func exists(recurrence: Int64, period: String, in db: Database) throws -> Bool {
    try db.fetchOne(
      "SELECT id FROM expenses WHERE recurrence_id = ? AND period = ?",
      [.integer(recurrence), .text(period)], as: ExpenseIDRow.self) != nil
  }
}

struct ExpenseIDRow: FetchableRow {
  let id: Int64
  init(row: Row) throws { id = try row["id"] }
}

/// An expense with its category's name, what was paid and whether it was voided.
struct ExpenseRow: FetchableRow {
  let expense: Expense

  init(row: Row) throws {
    let day: String = try row["day"]
    let due: String? = try row["due_day"]
    let reason: String? = try row["void_reason"]
    var e = Expense(
      id: try row["id"], description: try row["description"], amount: Money(try row["amount"]),
      category: try row["category"],
      day: LocalDate(iso: day) ?? LocalDate(year: 2000, month: 1, day: 1)!,
      dueDay: due.flatMap(LocalDate.init(iso:)), recurrenceID: try row["recurrence_id"],
      recordedAt: try row["at"], userName: try row["user_name"], paid: Money(try row["paid"]),
      voided: reason != nil)
    e.voidReason = reason
    expense = e
  }

  static let select = """
    SELECT e.id, e.description, e.amount, c.name AS category, e.day, e.due_day,
      e.recurrence_id, e.at, e.user_name,
      (SELECT coalesce(sum(p.amount), 0) FROM expense_payments p WHERE p.expense_id = e.id)
        AS paid,
      (SELECT v.reason FROM expense_voids v WHERE v.expense_id = e.id) AS void_reason
    FROM expenses e JOIN expense_categories c ON c.id = e.category_id
    """

  static func withID(_ id: Int64, in db: Database) throws -> Expense? {
    try db.fetchOne(select + " WHERE e.id = ?", [.integer(id)], as: ExpenseRow.self)?.expense
  }

  /// Expenses counted on days of `from`…`to` (every day when nil); only
  /// those with something left to pay when `pendingOnly`; by day, then id.
  static func list(from: String?, to: String?, pendingOnly: Bool, in db: Database) throws
    -> [Expense]
  {
    try db.fetchAll(
      "SELECT * FROM (" + select + " WHERE e.day BETWEEN ? AND ?)"
        + " WHERE ? = 0 OR (void_reason IS NULL AND paid < amount) ORDER BY day, id",
      [.text(from ?? "0000-01-01"), .text(to ?? "9999-12-31"), .integer(pendingOnly ? 1 : 0)],
      as: ExpenseRow.self
    ).map(\.expense)
  }
}

/// A new row of `expense_payments`.
struct NewExpensePaymentRow: PersistableRow {
  static let table = "expense_payments"
  let expenseID: Int64
  let method: String
  let amount: Money
  let registerID: Int64
  let sessionID: Int64?
  let at: Int64
  let userName: String?

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "expense_id": expenseID, "method": method, "amount": amount.minorUnits,
      "register_id": registerID, "session_id": sessionID, "at": at, "user_name": userName,
    ]
  }
}

/// A payment of an expense, as `ver gasto` shows it.
struct ExpensePaymentRow: FetchableRow {
  let payment: ExpensePayment

  init(row: Row) throws {
    payment = ExpensePayment(
      method: PaymentMethod(rawValue: try row["method"]), amount: Money(try row["amount"]),
      at: try row["at"], userName: try row["user_name"])
  }

  static func of(expense id: Int64, in db: Database) throws -> [ExpensePayment] {
    try db.fetchAll(
      "SELECT method, amount, at, user_name FROM expense_payments WHERE expense_id = ? ORDER BY id",
      [.integer(id)], as: ExpensePaymentRow.self
    ).map(\.payment)
  }
}

/// Cash paid out for expenses in a session (DESIGN §8.10).
struct SessionExpenseCashRow: FetchableRow {
  let count: Int
  let amount: Money

  init(row: Row) throws {
    let n: Int64 = try row["count"]
    count = Int(n)
    amount = Money(try row["amount"])
  }

  static func of(session: Int64, in db: Database) throws -> SessionExpenseCashRow? {
    try db.fetchOne(
      """
      SELECT count(*) AS count, coalesce(sum(amount), 0) AS amount FROM expense_payments
      WHERE session_id = ?
      """, [.integer(session)])
  }
}

/// A new row of `expense_voids`.
struct NewExpenseVoidRow: PersistableRow {
  static let table = "expense_voids"
  let expenseID: Int64
  let reason: String
  let registerID: Int64
  let userName: String?
  let at: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "expense_id": expenseID, "reason": reason, "register_id": registerID,
      "user_name": userName, "at": at,
    ]
  }
}

/// Expenses by category counted on days of a period (`informe resultado`).
struct ExpenseByCategoryRow: FetchableRow {
  let name: String
  let total: Money

  init(row: Row) throws {
    name = try row["name"]
    total = Money(try row["total"])
  }

  static func of(from: String, to: String, in db: Database) throws -> [ExpenseByCategoryRow] {
    try db.fetchAll(
      """
      SELECT c.name, sum(e.amount) AS total FROM expenses e
      JOIN expense_categories c ON c.id = e.category_id
      WHERE e.day BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM expense_voids v WHERE v.expense_id = e.id)
      GROUP BY c.id ORDER BY total DESC, c.name COLLATE es
      """, [.text(from), .text(to)])
  }
}

extension DueRecurrenceRow {
  /// The earliest `next_due` of an active recurrence.
  static func earliestNextDue(in db: Database) throws -> LocalDate? {
    try db.fetchOne(
      "SELECT min(next_due) AS day FROM expense_recurrences WHERE active = 1",
      as: DayRow.self)?.day
  }
}

struct DayRow: FetchableRow {
  let day: LocalDate?
  init(row: Row) throws {
    let text: String? = try row["day"]
    day = text.flatMap(LocalDate.init(iso:))
  }
}
