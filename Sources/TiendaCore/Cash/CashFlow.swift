/// What moved cash in or out of a register's drawer during a session
/// (DESIGN §8.10). Every movement of cash has a kind; the expected cash of
/// a session is one formula over them: float + Σ in − Σ out
/// (`CashReport.expectedCash`). A new kind (abono, seña, gasto…) is one
/// case here, one label in the wording room and one source in
/// `CashRegister.cashFlows(session:)`.
public enum CashFlowKind: String, Sendable, CaseIterable {
  /// Cash kept from sales: handed over minus change (rounding included).
  case sales = "ventas"
  /// Cash handed back on voids and returns.
  case refunds = "reembolsos"
  /// `ingreso 5000 motivo "…"`.
  case deposits = "ingresos"
  /// `retiro 10000 motivo "…"`.
  case withdrawals = "retiros"
  /// Gift cards sold for cash (DESIGN §8.9): handed over minus change.
  case giftCardsSold = "tarjetas-regalo-vendidas"
  /// The rest of voided gift cards paid back in cash.
  case giftCardsVoided = "tarjetas-regalo-anuladas"
  /// Abonos to customer accounts paid in cash (issue 16, DESIGN §8.9).
  case accountPayments = "abonos"
  /// Cash lent to customers (`prestar`).
  case loans = "préstamos"
  /// Purchases paid in cash from the register (issue 18, DESIGN §8.10).
  case supplierPayments = "pagos-a-proveedores"
  /// Expenses paid in cash from the drawer (`saldar gasto N efectivo`).
  case expensesPaid = "gastos-pagados"
  /// Señas of orders received in cash (issue 20, DESIGN §8.9): not sales.
  case orderDepositsIn = "señas-recibidas"
  /// Señas given back in cash when an order is cancelled.
  case orderDepositsOut = "señas-devueltas"

  /// Into the drawer (true) or out of it.
  public var isInflow: Bool {
    switch self {
    case .sales, .deposits, .giftCardsSold, .accountPayments, .orderDepositsIn: true
    case .refunds, .withdrawals, .giftCardsVoided, .loans, .supplierPayments, .expensesPaid,
      .orderDepositsOut:
      false
    }
  }

  /// Shown in the X and Z even at zero (the kinds every shop has); the
  /// others only when they moved cash, to keep the report short.
  public var alwaysShown: Bool {
    switch self {
    case .sales, .refunds, .deposits, .withdrawals: true
    case .giftCardsSold, .giftCardsVoided, .accountPayments, .loans, .supplierPayments,
      .expensesPaid, .orderDepositsIn, .orderDepositsOut:
      false
    }
  }
}

/// One kind of cash flow in a session: how many movements and how much
/// (a magnitude; `signed` gives its effect on the drawer).
public struct CashFlow: Sendable, Equatable {
  public let kind: CashFlowKind
  public let count: Int
  public let amount: Money

  public init(kind: CashFlowKind, count: Int, amount: Money) {
    self.kind = kind
    self.count = count
    self.amount = amount
  }

  /// Positive into the drawer, negative out of it.
  public var signed: Money { kind.isInflow ? amount : Money.zero - amount }
}

extension Array where Element == CashFlow {
  /// Every kind once, in declaration order, adding up repeated kinds.
  static func merged(_ flows: [CashFlow]) -> [CashFlow] {
    CashFlowKind.allCases.map { kind in
      let same = flows.filter { $0.kind == kind }
      return CashFlow(
        kind: kind, count: same.reduce(0) { $0 + $1.count },
        amount: same.reduce(Money.zero) { $0 + $1.amount })
    }
  }

  /// The flow of `kind` (zero when absent).
  public subscript(kind: CashFlowKind) -> CashFlow {
    first { $0.kind == kind } ?? CashFlow(kind: kind, count: 0, amount: .zero)
  }
}
