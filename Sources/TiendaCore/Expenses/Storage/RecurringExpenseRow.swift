import TiendaStore

/// A row of `expense_recurrences` with its category's name.
struct RecurringExpenseRow: FetchableRow {
  let recurrence: RecurringExpense

  init(row: Row) throws {
    let due = try DueRecurrenceRow(row: row)
    let active: Int64 = try row["active"]
    recurrence = RecurringExpense(
      id: due.id, description: due.description, category: try row["category"],
      amount: due.amount, rule: due.rule, nextDue: due.nextDue, active: active != 0)
  }

  static func all(in db: Database) throws -> [RecurringExpenseRow] {
    try db.fetchAll(
      """
      SELECT r.id, r.description, r.amount, r.category_id, r.frequency, r.day, r.month,
        r.next_due, r.active, c.name AS category
      FROM expense_recurrences r JOIN expense_categories c ON c.id = r.category_id
      ORDER BY r.active DESC, r.next_due, r.id
      """)
  }
}
