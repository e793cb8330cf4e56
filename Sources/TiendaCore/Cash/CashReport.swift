import TiendaStore

/// The figures of one register session: what the X report shows at any
/// time and what the Z report stores at closing.
///
/// Expected cash = float + cash kept from sales (handed over minus change,
/// which already includes the cash rounding) − cash refunds + ingresos −
/// retiros. Each session counts only its own rows.
public struct CashReport: Sendable, Equatable {
  /// Payment methods, in report order.
  public enum Method: String, CaseIterable, Sendable {
    case cash = "efectivo"
    case debit = "débito"
    case credit = "crédito"
    case transfer = "transferencia"
  }

  /// One payment method: how many sale payments, and what should be there
  /// (sales minus refunds; for cash, the whole expected drawer).
  public struct MethodLine: Sendable, Equatable {
    public let method: Method
    public let payments: Int
    public let expected: Money
  }

  /// Taxes of one code and rate: on sales and on refunds of the session.
  public struct TaxLine: Sendable, Equatable {
    public let code: String
    /// Thousandths of a percent (19 % = 19000).
    public let rate: Int64
    public let sales: Money
    public let refunds: Money
    public var net: Money { sales - refunds }
  }

  public let registerID: Int64
  public let registerName: String
  public let sessionID: Int64
  public let openedAt: Int64
  public let openedBy: String?
  public let autoOpened: Bool
  public let openingFloat: Money

  public var salesCount = 0
  public var firstSale: Int64?
  public var lastSale: Int64?
  /// Sum of sale totals (after discounts, before cash rounding).
  public var salesTotal = Money.zero
  public var salesNet = Money.zero
  public var lineDiscounts = Money.zero
  public var ticketDiscounts = Money.zero
  public var couponCount = 0
  public var couponDiscounts = Money.zero
  public var voidsCount = 0
  public var voidsTotal = Money.zero
  public var returnsCount = 0
  public var returnsTotal = Money.zero
  public var refundsNet = Money.zero
  /// Cash rounding's effect on the drawer (negative: the shop got less).
  /// Informational: it is already inside `cashFromSales` and `cashRefunds`.
  public var rounding = Money.zero
  /// Cash kept from sales: handed over minus change.
  public var cashFromSales = Money.zero
  /// Cash handed back on voids and returns.
  public var cashRefunds = Money.zero
  public var depositsCount = 0
  public var deposits = Money.zero
  public var withdrawalsCount = 0
  public var withdrawals = Money.zero
  /// `abrir cajón` without a sale.
  public var drawerOpens = 0
  public var methods: [MethodLine] = []
  public var taxes: [TaxLine] = []

  public var expectedCash: Money {
    openingFloat + cashFromSales - cashRefunds + deposits - withdrawals
  }

  /// Sales minus voids and returns.
  public var netSales: Money { salesTotal - voidsTotal - returnsTotal }

  public func expected(_ method: Method) -> Money {
    methods.first { $0.method == method }?.expected ?? .zero
  }
}

extension CashRegister {
  /// The X report of `session`, computed now from the ledger (inside the
  /// caller's transaction when there is one).
  func cashReport(for session: CashSession, registerName: String) throws -> CashReport {
    var r = CashReport(
      registerID: session.registerID, registerName: registerName, sessionID: session.id,
      openedAt: session.openedAt, openedBy: session.openedBy, autoOpened: session.autoOpened,
      openingFloat: session.openingFloat)
    let id: [SQLValue] = [.integer(session.id)]

    if let row = try db.queryFirst(
      """
      SELECT count(*), min(number), max(number), coalesce(sum(total), 0), coalesce(sum(net), 0),
             coalesce(sum(line_discounts), 0), coalesce(sum(ticket_discount), 0),
             coalesce(sum(coupon_id IS NOT NULL), 0), coalesce(sum(coupon_discount), 0)
      FROM sales WHERE session_id = ?
      """, id)
    {
      r.salesCount = Int(row.int(0))
      r.firstSale = row.optionalInt(1)
      r.lastSale = row.optionalInt(2)
      r.salesTotal = Money(row.int(3))
      r.salesNet = Money(row.int(4))
      r.lineDiscounts = Money(row.int(5))
      r.ticketDiscounts = Money(row.int(6))
      r.couponCount = Int(row.int(7))
      r.couponDiscounts = Money(row.int(8))
    }

    for row in try db.query(
      """
      SELECT kind, count(*), coalesce(sum(total), 0), coalesce(sum(net), 0)
      FROM refunds WHERE session_id = ? GROUP BY kind
      """, id)
    {
      let count = Int(row.int(1))
      let total = Money(row.int(2))
      if row.string(0) == "anulación" {
        r.voidsCount = count
        r.voidsTotal = total
      } else {
        r.returnsCount = count
        r.returnsTotal = total
      }
      r.refundsNet = r.refundsNet + Money(row.int(3))
    }

    // Money in and out, by method. A sale payment keeps tendered − change in
    // the drawer (rounding included); a refund payment hands it back.
    var payments: [CashReport.Method: Int] = [:]
    var expected: [CashReport.Method: Money] = [:]
    for row in try db.query(
      """
      SELECT method, refund_id IS NOT NULL, count(*), coalesce(sum(amount), 0),
             coalesce(sum(tendered - change), 0), coalesce(sum(rounding), 0)
      FROM payments WHERE session_id = ? GROUP BY method, refund_id IS NOT NULL
      """, id)
    {
      guard let method = CashReport.Method(rawValue: row.string(0)) else { continue }
      let isRefund = row.bool(1)
      let count = Int(row.int(2))
      let amount = Money(row.int(3))
      let drawer = Money(row.int(4))
      let rounding = Money(row.int(5))
      if method == .cash {
        if isRefund {
          r.cashRefunds = r.cashRefunds + drawer
          r.rounding = r.rounding - rounding
        } else {
          r.cashFromSales = r.cashFromSales + drawer
          r.rounding = r.rounding + rounding
          payments[.cash, default: 0] += count
        }
      } else if isRefund {
        expected[method, default: .zero] = expected[method, default: .zero] - amount
      } else {
        expected[method, default: .zero] = expected[method, default: .zero] + amount
        payments[method, default: 0] += count
      }
    }

    for row in try db.query(
      """
      SELECT kind, count(*), coalesce(sum(amount), 0)
      FROM cash_movements WHERE session_id = ? GROUP BY kind
      """, id)
    {
      switch row.string(0) {
      case "ingreso":
        r.depositsCount = Int(row.int(1))
        r.deposits = Money(row.int(2))
      case "retiro":
        r.withdrawalsCount = Int(row.int(1))
        r.withdrawals = Money(row.int(2))
      default:
        r.drawerOpens = Int(row.int(1))
      }
    }

    expected[.cash] = r.expectedCash
    r.methods = CashReport.Method.allCases.map {
      CashReport.MethodLine(
        method: $0, payments: payments[$0] ?? 0, expected: expected[$0] ?? .zero)
    }
    r.taxes = try taxLines(session: session.id)
    return r
  }

  /// Taxes by code and rate on the session's sales and refunds.
  private func taxLines(session: Int64) throws -> [CashReport.TaxLine] {
    try db.query(
      """
      SELECT code, rate, sum(sales), sum(refunds) FROM (
        SELECT t.code, t.rate, t.amount AS sales, 0 AS refunds
        FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id
        JOIN sales s ON s.id = l.sale_id WHERE s.session_id = ?1
        UNION ALL
        SELECT t.code, t.rate, 0, t.amount
        FROM refund_line_taxes t JOIN refund_lines l ON l.id = t.refund_line_id
        JOIN refunds f ON f.id = l.refund_id WHERE f.session_id = ?1
      ) GROUP BY code, rate ORDER BY rate DESC, code
      """, [.integer(session)]
    ).map {
      CashReport.TaxLine(
        code: $0.string(0), rate: $0.int(1), sales: Money($0.int(2)), refunds: Money($0.int(3)))
    }
  }

  /// `arqueo` / `informe x`: the open session of this terminal's register.
  public func xReport() throws -> CashReport {
    try db.read {
      guard let session = try currentSession() else {
        throw CashError.noOpenSession(register: actor.registerName)
      }
      return try cashReport(for: session, registerName: actor.registerName)
    }
  }
}
