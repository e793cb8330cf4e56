import TiendaStore

/// The figures of one register session: what the X report shows at any
/// time and what the Z report stores at closing.
///
/// Expected cash = float + cash kept from sales (handed over minus change,
/// which already includes the cash rounding) − cash refunds + ingresos −
/// retiros. Each session counts only its own rows.
public struct CashReport: Sendable, Equatable {
  /// Payment methods: the built-ins in report order (`allCases`), then
  /// the shop's own that the session used or counted (DESIGN §8.11).
  public typealias Method = PaymentMethod

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
    if let sales = try SessionSalesTotals.of(session: session.id, in: db) {
      r.salesCount = sales.count
      r.firstSale = sales.firstSale
      r.lastSale = sales.lastSale
      r.salesTotal = sales.total
      r.salesNet = sales.net
      r.lineDiscounts = sales.lineDiscounts
      r.ticketDiscounts = sales.ticketDiscounts
      r.couponCount = sales.couponCount
      r.couponDiscounts = sales.couponDiscounts
    }

    for refunds in try SessionRefundTotals.of(session: session.id, in: db) {
      if refunds.isVoid {
        r.voidsCount = refunds.count
        r.voidsTotal = refunds.total
      } else {
        r.returnsCount = refunds.count
        r.returnsTotal = refunds.total
      }
      r.refundsNet = r.refundsNet + refunds.net
    }

    // Money in and out, by method. A sale payment keeps tendered − change in
    // the drawer (rounding included); a refund payment hands it back.
    var payments: [CashReport.Method: Int] = [:]
    var expected: [CashReport.Method: Money] = [:]
    for p in try SessionPaymentTotals.of(session: session.id, in: db) {
      guard let method = p.method else { continue }
      if method == .cash {
        if p.isRefund {
          r.cashRefunds = r.cashRefunds + p.drawer
          r.rounding = r.rounding - p.rounding
        } else {
          r.cashFromSales = r.cashFromSales + p.drawer
          r.rounding = r.rounding + p.rounding
          payments[.cash, default: 0] += p.count
        }
      } else if p.isRefund {
        expected[method, default: .zero] = expected[method, default: .zero] - p.amount
      } else {
        expected[method, default: .zero] = expected[method, default: .zero] + p.amount
        payments[method, default: 0] += p.count
      }
    }

    for moves in try SessionMovementTotals.of(session: session.id, in: db) {
      switch moves.kind {
      case .deposit?:
        r.depositsCount = moves.count
        r.deposits = moves.amount
      case .withdrawal?:
        r.withdrawalsCount = moves.count
        r.withdrawals = moves.amount
      case .drawerOpened?, nil:
        r.drawerOpens = moves.count
      }
    }

    expected[.cash] = r.expectedCash
    let shopMethods = Set(payments.keys).union(expected.keys).filter { !$0.isBuiltIn }
      .sorted { spanishCompare($0.rawValue, $1.rawValue) < 0 }
    r.methods = (CashReport.Method.allCases + shopMethods).map {
      CashReport.MethodLine(
        method: $0, payments: payments[$0] ?? 0, expected: expected[$0] ?? .zero)
    }
    r.taxes = try SessionTaxTotals.of(session: session.id, in: db).map(\.line)
    return r
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
