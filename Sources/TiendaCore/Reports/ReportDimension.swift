/// What a report groups by (`informe ventas por …`). Each dimension is one
/// entry here and one in `ReportQueries.group(_:)` (the rollup it reads and
/// its SQL key); a new one (cliente, later) is one case more.
public enum ReportDimension: String, CaseIterable, Sendable {
  case day = "día"
  case week = "semana"
  case month = "mes"
  case hour = "hora"
  case weekday = "día-semana"
  case product = "producto"
  case category = "categoría"
  case method = "medio"
  case cashier = "cajero"
  case register = "caja"

  /// Which rollup answers it.
  public var source: ReportSource {
    switch self {
    case .day, .week, .month, .hour, .weekday, .cashier, .register: return .sales
    case .product, .category: return .products
    case .method: return .payments
    }
  }

  /// Whether the rows are in time order (else by total, largest first).
  public var isTime: Bool {
    switch self {
    case .day, .week, .month, .hour, .weekday: return true
    default: return false
    }
  }
}

/// The rollup a dimension reads.
public enum ReportSource: Sendable {
  /// `report_sales`: tickets, gross, discounts, voids, returns.
  case sales
  /// `report_products`: units, amounts, cost, what came back.
  case products
  /// `report_payments`: money in and out per method.
  case payments
}

/// The figures of one group (or of the whole period). Amounts include
/// taxes unless named `net…`; `returned…` is voids and returns together
/// (per product), `void…`/`return…` apart (per ticket).
public struct ReportFigures: Sendable, Equatable {
  /// The group's key (`2026-11-23`, `2026-11`, `13`, a product's id…).
  public var key: String = ""
  /// The group's name where it has one (product, category, register…).
  public var name: String = ""
  public var tickets: Int64 = 0
  public var voids: Int64 = 0
  public var returns: Int64 = 0
  /// Before discounts.
  public var gross = Money.zero
  public var discounts = Money.zero
  /// The discounts apart (per ticket rollup only): line, ticket, coupon.
  public var lineDiscounts = Money.zero
  public var ticketDiscounts = Money.zero
  public var couponDiscounts = Money.zero
  /// What was sold (after discounts, with taxes), before voids and returns.
  public var sold = Money.zero
  public var soldNet = Money.zero
  public var voidTotal = Money.zero
  public var voidNet = Money.zero
  public var returnTotal = Money.zero
  public var returnNet = Money.zero
  public var units = Quantity(thousandths: 0)
  public var returnedUnits = Quantity(thousandths: 0)
  public var cost = Money.zero
  public var returnedCost = Money.zero
  /// Lines whose cost is estimated (sold before costs were kept) or unknown.
  public var uncertainLines: Int64 = 0
  /// Lines without a cost (product without one, or a kit with a component
  /// without one): the row's cost and margin are unknown (product rows).
  public var missingCostLines: Int64 = 0
  /// Net sales without taxes and cost of the rows that have a cost (in a
  /// sum of rows: the margin % is over these).
  public var costedNet = Money.zero
  public var costedCost = Money.zero

  public init() {}

  /// Sold − voids − returns, with taxes.
  public var total: Money { sold - voidTotal - returnTotal }
  /// The same without taxes.
  public var net: Money { soldNet - voidNet - returnNet }
  public var taxes: Money { total - net }
  public var netUnits: Quantity {
    Quantity(thousandths: units.thousandths - returnedUnits.thousandths)
  }
  /// Cost of what was sold and kept.
  public var netCost: Money { cost - returnedCost }
  /// Net sales without taxes − cost of goods sold.
  public var margin: Money { net - netCost }
  /// Margin over net sales, in thousandths of a percent; nil without sales
  /// or without a cost.
  public var marginPercent: Percent? {
    hasCost ? Percent.share(margin, of: net) : nil
  }
  /// Every line has a cost (estimated or not).
  public var hasCost: Bool { missingCostLines == 0 }
  /// The cost and margin, nil when some line has no cost.
  public var knownCost: Money? { hasCost ? netCost : nil }
  public var knownMargin: Money? { hasCost ? margin : nil }
  /// Lines with an estimated cost (sold before costs were kept).
  public var estimatedLines: Int64 { max(0, uncertainLines - missingCostLines) }
  /// The margin of the rows that have a cost, and its share of their net
  /// sales (a sum of rows).
  public var costedMargin: Money { costedNet - costedCost }
  public var costedMarginPercent: Percent? { Percent.share(costedMargin, of: costedNet) }
  /// Tickets that stand (made − voided).
  public var standingTickets: Int64 { tickets - voids }
  /// Total ÷ standing tickets, rounded half up; nil without tickets.
  public var averageTicket: Money? {
    guard standingTickets > 0 else { return nil }
    return Money((total.minorUnits + standingTickets / 2) / standingTickets)
  }
}

/// `informe ventas [período] [por …]`.
public struct SalesReportRequest: Sendable {
  public let period: Period
  public let dimension: ReportDimension

  public init(period: Period, dimension: ReportDimension) {
    self.period = period
    self.dimension = dimension
  }
}

/// A report: its rows, the period's honest totals and its taxes per code.
public struct SalesReport: Sendable {
  public let period: Period
  public let dimension: ReportDimension
  public let rows: [ReportFigures]
  /// Every sale, void and return of the period (from the ticket rollup).
  public let totals: ReportFigures
  /// Taxes per code (sold − returned), in code order.
  public let taxes: [(code: String, amount: Money)]
  /// Tickets made in the period less those of them voided in it (voids of
  /// earlier sales are in the refund totals, not here).
  public var standingTickets: Int64 = 0
  /// What those tickets came to (less their voids and returns made in the
  /// period) ÷ their count, rounded half up; nil without tickets.
  public var averageTicket: Money?
}

/// `informe productos` and `informe ganancias`: which products, in what order.
public struct ProductReportRequest: Sendable {
  /// Best sellers first, worst first, or by name (`informe stock vendido`).
  public enum Order: Sendable { case best, worst, name }
  public let period: Period
  public let order: Order
  public let byUnits: Bool
  public let limit: Int?
  public let category: String?

  public init(
    period: Period, order: Order = .best, byUnits: Bool = false, limit: Int? = nil,
    category: String? = nil
  ) {
    self.period = period
    self.order = order
    self.byUnits = byUnits
    self.limit = limit
    self.category = category
  }
}

/// Rows per product (with its SKU as `key`), ranked, and their sum.
public struct ProductReport: Sendable {
  public let period: Period
  public let rows: [ReportFigures]
  /// Of every product of the period (not only the rows shown with `top`).
  public let totals: ReportFigures
  /// The category asked for, as the catalog names it.
  public let category: String?
  /// Products in the period before `top N` cut them.
  public var productCount = 0
  /// Products sold in the period without a cost, by name.
  public var withoutCost: [String] = []
}

/// `informe ganancias [período] [por producto|categoría|mes]`.
public struct ProfitReport: Sendable {
  public let period: Period
  public let dimension: ReportDimension
  public let rows: [ReportFigures]
  public let totals: ReportFigures
  /// Products sold in the period without a cost, by name.
  public var withoutCost: [String] = []
}

/// What `reconstruir informes` did.
public struct RollupRebuild: Sendable, Equatable {
  /// Rows per rollup table after the rebuild.
  public let rows: [String: Int64]
  /// Rows that differed from the ledger before it (0: they were right).
  public let differences: Int64
}

/// A rollup that disagrees with the ledger (`verificar base`).
public struct RollupDifference: Sendable, Equatable {
  public let table: String
  /// Groups (day × …) whose figures differ.
  public let groups: Int64
}

extension Percent {
  /// `part` over `whole` in percent, rounded half away from zero to a tenth
  /// (`12,3 %`); nil when `whole` is not positive.
  public static func share(_ part: Money, of whole: Money) -> Percent? {
    guard whole.minorUnits > 0 else { return nil }
    let (scaled, overflow) = part.minorUnits.multipliedReportingOverflow(by: 1000)
    guard !overflow else { return nil }
    let half = part.minorUnits >= 0 ? whole.minorUnits / 2 : -(whole.minorUnits / 2)
    return Percent(thousandths: (scaled + half) / whole.minorUnits * 100)
  }
}
