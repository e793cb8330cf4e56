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

  /// One cheap existence query per kind (SQL lives here).
  var query: String {
    switch self {
    case .prices: return "SELECT 1 FROM products WHERE price > 0 OR cost > 0 LIMIT 1"
    case .sales: return "SELECT 1 FROM sales LIMIT 1"
    case .refunds: return "SELECT 1 FROM refunds LIMIT 1"
    case .cashSessions:
      return
        "SELECT 1 FROM cash_sessions WHERE opening_float > 0 UNION ALL SELECT 1 FROM cash_movements WHERE amount > 0 LIMIT 1"
    case .zReports: return "SELECT 1 FROM z_reports LIMIT 1"
    case .coupons: return "SELECT 1 FROM coupons WHERE amount IS NOT NULL OR minimum > 0 LIMIT 1"
    case .tickets: return "SELECT 1 FROM ticket_lines LIMIT 1"
    case .refundCaps: return "SELECT 1 FROM roles WHERE max_refund > 0 LIMIT 1"
    }
  }
}

/// `configurar tienda moneda` on a shop that already holds amounts.
public enum CurrencyError: Error, Equatable {
  case amountsStored(current: String, wanted: String, kinds: [StoredAmount])
}

extension Integrity {
  /// The kinds of amounts this file already holds, in `StoredAmount` order.
  public func storedAmounts() throws -> [StoredAmount] {
    try StoredAmount.allCases.filter { try db.queryFirst($0.query) != nil }
  }
}
