import TiendaStore

/// A recurring expense's definition (`gastos recurrentes`): what it
/// creates each period, its rule, its next due day and whether it still
/// repeats. Its number is the definition's own, not an instance's.
public struct RecurringExpense: Sendable {
  public let id: Int64
  public let description: String
  public let category: String
  public let amount: Money
  public let rule: ExpenseRecurrence
  public let nextDue: LocalDate
  public let active: Bool
}

/// Refusals of `detener gasto recurrente <N|descripción>`.
public enum RecurringExpenseError: Error, Equatable {
  case notFound(String)
  case ambiguous(String, [Int64])
  case alreadyStopped(Int64, String)
}

extension Expenses {
  /// `gastos recurrentes`: every definition, active first (generates what
  /// fell due first, so the next due day is current).
  public func recurrences() throws -> [RecurringExpense] {
    try generateDue()
    return try db.read { try RecurringExpenseRow.all(in: db).map(\.recurrence) }
  }

  /// `detener gasto recurrente <N|descripción>`: by the definition's number
  /// or its description (without case or accents; unique among the
  /// active ones, else among all).
  @discardableResult
  public func stopRecurrence(named reference: String) throws -> RecurringExpense {
    try mutate { journal in
      let all = try RecurringExpenseRow.all(in: db).map(\.recurrence)
      let found = try Self.pick(reference, in: all)
      guard found.active, try DueRecurrenceRow.stop(found.id, in: db) else {
        throw RecurringExpenseError.alreadyStopped(found.id, found.description)
      }
      journal.record(
        "gastos.detener", entity: "expense_recurrences", id: String(found.id),
        after: .object([("descripcion", .string(found.description))]))
      return found
    }
  }

  static func pick(_ reference: String, in all: [RecurringExpense]) throws -> RecurringExpense {
    let text = reference.trimmingCharacters(in: " \t")
    if let n = Int64(text) {
      guard let found = all.first(where: { $0.id == n }) else {
        throw RecurringExpenseError.notFound(text)
      }
      return found
    }
    let matches = all.filter { fold($0.description) == fold(text) }
    let active = matches.filter(\.active)
    let chosen = active.isEmpty ? matches : active
    guard let first = chosen.first else { throw RecurringExpenseError.notFound(text) }
    guard chosen.count == 1 else { throw RecurringExpenseError.ambiguous(text, chosen.map(\.id)) }
    return first
  }
}
