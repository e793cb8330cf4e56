import TiendaStore

/// The figures of one register session: what the X report shows at any
/// time and what the Z report stores at closing.
///
/// Expected cash = float + Σ cash flows in − Σ cash flows out, one kind per
/// source (`CashFlowKind`, DESIGN §8.10). Each session counts only its own
/// rows.
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
  /// Every kind of cash flow of the session, each kind once in
  /// `CashFlowKind` order (DESIGN §8.10).
  public var flows: [CashFlow] = .merged([])
  /// Cash kept from sales: handed over minus change.
  public var cashFromSales: Money { flows[.sales].amount }
  /// Cash handed back on voids and returns.
  public var cashRefunds: Money { flows[.refunds].amount }
  public var depositsCount: Int { flows[.deposits].count }
  public var deposits: Money { flows[.deposits].amount }
  public var withdrawalsCount: Int { flows[.withdrawals].count }
  public var withdrawals: Money { flows[.withdrawals].amount }
  /// `abrir cajón` without a sale.
  public var drawerOpens = 0
  public var methods: [MethodLine] = []
  public var taxes: [TaxLine] = []
  /// Gift cards sold, redeemed, refunded to and voided in the session
  /// (outside sales and revenue, DESIGN §8.9).
  public var giftCards = GiftCardSessionSummary()
  /// Customer accounts: sold on credit, credited back, abonos by method,
  /// loans (outside sales and revenue, DESIGN §8.9).
  public var accounts = AccountSessionSummary()
  /// Señas of orders received, returned, kept and applied (issue 20,
  /// outside sales, DESIGN §8.9).
  public var orders = OrderSessionSummary()

  /// The one formula (DESIGN §8.10): float + Σ in − Σ out over every kind.
  public var expectedCash: Money {
    flows.reduce(openingFloat) { $0 + $1.signed }
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

    // Card, transfer and shop methods: what each should have brought in.
    var payments: [CashReport.Method: Int] = [:]
    var expected: [CashReport.Method: Money] = [:]
    let paymentTotals = try SessionPaymentTotals.of(session: session.id, in: db)
    let movementTotals = try SessionMovementTotals.of(session: session.id, in: db)
    for p in paymentTotals {
      guard let method = p.method else { continue }
      if method == .cash {
        r.rounding = p.isRefund ? r.rounding - p.rounding : r.rounding + p.rounding
        if !p.isRefund { payments[.cash, default: 0] += p.count }
      } else if p.isRefund {
        expected[method, default: .zero] = expected[method, default: .zero] - p.amount
      } else {
        expected[method, default: .zero] = expected[method, default: .zero] + p.amount
        payments[method, default: 0] += p.count
      }
    }
    r.drawerOpens = movementTotals.filter { $0.kind == .drawerOpened || $0.kind == nil }.reduce(0) {
      $0 + $1.count
    }
    // Gift cards (DESIGN §8.9): sold and voided outside sales; what was
    // paid by card, transfer or a shop's method counts in that method.
    r.giftCards = try shop.giftCards.sessionSummary(session.id)
    for sold in r.giftCards.issued where sold.method != .cash {
      expected[sold.method, default: .zero] = expected[sold.method, default: .zero] + sold.kept
      payments[sold.method, default: 0] += sold.count
    }
    // Cash rounding of cards sold and paid back, as its effect on the drawer.
    r.rounding = r.giftCards.issued.filter { $0.method == .cash }.reduce(r.rounding) {
      $0 + $1.kept - $1.amount
    }
    r.rounding = r.giftCards.paidBack.filter { $0.method == .cash }.reduce(r.rounding) {
      $0 - ($1.handed - $1.amount)
    }
    for back in r.giftCards.paidBack {
      guard let method = back.method, method != .cash else { continue }
      expected[method, default: .zero] = expected[method, default: .zero] - back.handed
    }
    // Abonos by card, transfer or a shop's method count in that method.
    r.accounts = try shop.accounts.sessionSummary(session.id)
    for received in r.accounts.payments where received.method != .cash {
      expected[received.method, default: .zero] =
        expected[received.method, default: .zero] + received.amount
      payments[received.method, default: 0] += received.count
    }
    // Señas (issue 20): by card or transfer they count in that method;
    // an applied seña («seña» payments of a delivered order) is no money.
    r.orders = try shop.orders.sessionDeposits(session.id)
    for line in r.orders.received where line.method != .cash {
      expected[line.method, default: .zero] = expected[line.method, default: .zero] + line.amount
      payments[line.method, default: 0] += line.count
    }
    for line in r.orders.returned where line.method != .cash {
      expected[line.method, default: .zero] = expected[line.method, default: .zero] - line.amount
    }
    expected[Orders.depositMethod] = nil
    payments[Orders.depositMethod] = nil
    r.flows = try cashFlows(
      session: session.id, payments: paymentTotals, movements: movementTotals,
      giftCards: r.giftCards, accounts: r.accounts)

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

  /// Every cash flow of `session`, by kind (DESIGN §8.10): each source of
  /// cash movements adds its kinds here, and nowhere else.
  func cashFlows(
    session: Int64, payments: [SessionPaymentTotals], movements: [SessionMovementTotals],
    giftCards: GiftCardSessionSummary, accounts: AccountSessionSummary
  ) throws -> [CashFlow] {
    var flows: [CashFlow] = []
    // A sale payment keeps tendered − change in the drawer (rounding
    // included); a refund payment hands it back.
    for p in payments where p.method == .cash {
      flows.append(CashFlow(kind: p.isRefund ? .refunds : .sales, count: p.count, amount: p.drawer))
    }
    for moves in movements {
      switch moves.kind {
      case .deposit?:
        flows.append(CashFlow(kind: .deposits, count: moves.count, amount: moves.amount))
      case .withdrawal?:
        flows.append(CashFlow(kind: .withdrawals, count: moves.count, amount: moves.amount))
      case .drawerOpened?, nil: break
      }
    }
    // Gift cards: only their cash moves the drawer.
    flows.append(
      CashFlow(
        kind: .giftCardsSold,
        count: giftCards.issued.filter { $0.method == .cash }.reduce(0) {
          $0 + $1.count
        }, amount: giftCards.cashIn))
    flows.append(
      CashFlow(
        kind: .giftCardsVoided,
        count: giftCards.paidBack.filter { $0.method == .cash }.reduce(0) { $0 + $1.count },
        amount: giftCards.cashOut))
    // Accounts: abonos in cash come in, loans go out.
    let cash = accounts.cashReceived
    flows.append(CashFlow(kind: .accountPayments, count: cash.count, amount: cash.amount))
    flows.append(CashFlow(kind: .loans, count: accounts.loans.count, amount: accounts.loans.amount))

    // Purchases paid in cash from this session's drawer (issue 18).
    if let paid = try SessionPurchaseCash.of(session: session, in: db) {
      flows.append(
        CashFlow(kind: .supplierPayments, count: Int(paid.count), amount: Money(paid.amount)))
    }
    // Expenses paid in cash from the drawer.
    let expenses = try shop.expenses.cashPaid(session: session)
    flows.append(CashFlow(kind: .expensesPaid, count: expenses.count, amount: expenses.amount))
    // Señas of orders in cash (issue 20).
    let orders = try shop.orders.sessionDeposits(session)
    flows.append(
      CashFlow(kind: .orderDepositsIn, count: orders.cashIn.count, amount: orders.cashIn.amount))
    flows.append(
      CashFlow(kind: .orderDepositsOut, count: orders.cashOut.count, amount: orders.cashOut.amount))
    return .merged(flows)
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
