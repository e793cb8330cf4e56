import TiendaStore

/// One product's stock and what it is worth (`informe stock valorizado`).
public struct StockValue: Sendable, Equatable {
  public let sku: String
  public let name: String
  public let category: String
  public let unit: ProductUnit
  public let stock: Quantity
  public let cost: Money?
  public let price: Money
  /// Stock × cost (0 without a cost).
  public let valueAtCost: Money
  /// Stock × price, as the price is shown (with taxes when it includes them).
  public let valueAtPrice: Money
  /// Stock × price without taxes − value at cost; nil without a cost.
  public let margin: Money?
}

/// `informe stock [valorizado] [categoría X]`: rows by name and their sum.
public struct StockReport: Sendable {
  public let rows: [StockValue]
  public let category: String?
  public let valueAtCost: Money
  public let valueAtPrice: Money
  /// Of the products that have a cost.
  public let margin: Money
  /// Products with stock and no cost (their value at cost counts as 0).
  public let withoutCost: Int
}

/// A void, a return or a cancelled ticket (`informe anulaciones`).
public struct RefundEntry: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case void = "anulación"
    case saleReturn = "devolución"
    /// An open ticket discarded with `cancelar` (from the journal: it never
    /// became a sale).
    case cancelledTicket = "ticket cancelado"
  }
  public let at: Int64
  public let kind: Kind
  public let register: String
  /// The void's or return's number; nil for a cancelled ticket.
  public let number: Int64?
  public let saleRegister: String?
  public let saleNumber: Int64?
  public let total: Money
  public let user: String?
  public let approvedBy: String?
  public let reason: String
}

extension Reports {
  public func stock(category query: String?) throws -> StockReport {
    try db.read {
      let category = try query.map { try shop.catalog.findCategory($0) }
      let rows = try ReportQueries.stock(categoryID: category?.id, in: db)
      return try Self.stockReport(rows, category: category?.name)
    }
  }

  /// Stock rows valued and summed (local and central `informe stock`).
  static func stockReport(_ rows: [StockValueRow], category: String?) throws -> StockReport {
    do {
      var values: [StockValue] = []
      var atCost: Int64 = 0
      var atPrice: Int64 = 0
      var margin: Int64 = 0
      var withoutCost = 0
      for row in rows {
        let atCostRow = try Self.value(row.cost ?? 0, row.stock)
        let atPriceRow = try Self.value(row.price, row.stock)
        let marginRow =
          row.cost == nil
          ? nil
          : try Self.checked(
            try Self.value(row.netPrice, row.stock).subtractingReportingOverflow(atCostRow))
        if row.cost == nil && row.stock != 0 { withoutCost += 1 }
        atCost = try Self.checked(atCost.addingReportingOverflow(atCostRow))
        atPrice = try Self.checked(atPrice.addingReportingOverflow(atPriceRow))
        margin = try Self.checked(margin.addingReportingOverflow(marginRow ?? 0))
        values.append(
          StockValue(
            sku: row.sku, name: row.name, category: row.category, unit: row.unit,
            stock: Quantity(thousandths: row.stock), cost: row.cost.map(Money.init),
            price: Money(row.price), valueAtCost: Money(atCostRow),
            valueAtPrice: Money(atPriceRow), margin: marginRow.map(Money.init)))
      }
      return StockReport(
        rows: values, category: category, valueAtCost: Money(atCost),
        valueAtPrice: Money(atPrice), margin: Money(margin), withoutCost: withoutCost)
    }
  }

  /// `informe anulaciones [período]`: every void, return and cancelled
  /// ticket, oldest first.
  public func refunds(in period: Period) throws -> [RefundEntry] {
    let (start, end) = LocalTime.bounds(period)
    return try db.read { try ReportQueries.refunds(from: start, to: end, in: db) }
  }

  /// Amount × quantity (thousandths), rounded half up, checked.
  static func value(_ amount: Int64, _ thousandths: Int64) throws -> Int64 {
    let (product, overflow) = amount.multipliedReportingOverflow(by: thousandths)
    guard !overflow else { throw ReportError.amountTooLarge }
    let half: Int64 = product >= 0 ? 500 : -500
    return (product + half) / 1000
  }

  static func checked(_ result: (partialValue: Int64, overflow: Bool)) throws -> Int64 {
    guard !result.overflow else { throw ReportError.amountTooLarge }
    return result.partialValue
  }
}

/// A report that cannot be computed.
public enum ReportError: Error, Equatable {
  /// A sum beyond what an amount can hold.
  case amountTooLarge
}
