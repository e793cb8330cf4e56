import TiendaStore

/// One unpaid (or partly paid) purchase, for `deudas con proveedores`.
///
/// Its own type so that other debts to suppliers (unpaid expenses) join
/// the listing without changing it: `document` names the kind.
public struct SupplierDebt: Sendable {
  public let supplier: String
  /// What is owed: a purchase (the expenses area adds its kind).
  public let document: SupplierDebtKind
  public let number: Int64
  public let invoice: String?
  public let date: LocalDate?
  public let dueDate: LocalDate?
  public let total: Money
  public let paid: Money
  public var balance: Money { total - paid }
  public let overdue: Bool
}

/// What a debt to a supplier comes from.
public enum SupplierDebtKind: Sendable, Equatable {
  case purchase
  /// An unpaid expense with a due day (the expenses area; its description
  /// where a purchase has its supplier).
  case expense
}

/// `deudas con proveedores`: what is owed, by supplier and due date.
extension Purchases {
  /// `deudas con proveedores`: unpaid and partly paid purchases, then the
  /// unpaid expenses with a due day (generated first when one fell due).
  public func debts() throws -> [SupplierDebt] {
    try shop.expenses.generateDue()
    return try db.read {
      try PurchaseRow.unpaid(in: db).map { row in
        let due = row.dueDate.flatMap(LocalDate.init(iso:))
        return SupplierDebt(
          supplier: row.supplierName, document: .purchase, number: row.id, invoice: row.invoice,
          date: LocalDate(iso: row.invoiceDate), dueDate: due, total: Money(row.total),
          paid: Money(row.paid), overdue: due.map { $0 < today } ?? false)
      } + (try shop.expenses.debts())
    }
  }
}
