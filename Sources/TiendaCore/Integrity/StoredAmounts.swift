import TiendaStore

/// Kinds of amounts a shop file keeps in minor units of its currency. Once
/// any exists, the currency (and so its decimals) is fixed: changing it
/// would reinterpret every stored figure (DESIGN.md §6 "Tickets").
public enum StoredAmount: Sendable, Equatable, CaseIterable {
  case prices
  case sales
  case refunds
  case cashSessions
  case zReports
  case coupons
  case tickets
  case refundCaps
}

/// `configurar tienda moneda` on a shop that already holds amounts.
public enum CurrencyError: Error, Equatable {
  case amountsStored(current: String, wanted: String, kinds: [StoredAmount])
}

extension Integrity {
  /// The kinds of amounts this file already holds, in `StoredAmount` order.
  public func storedAmounts() throws -> [StoredAmount] {
    try StoredAmount.allCases.filter { try $0.isStored(in: db) }
  }
}
