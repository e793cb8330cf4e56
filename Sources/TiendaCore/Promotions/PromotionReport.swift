import TiendaStore

/// One promotion in `informe promociones`: on how many sales it applied,
/// how many units it touched and how much it gave (with taxes).
public struct PromotionReportRow: Sendable, Equatable {
  public let name: String
  public let tickets: Int64
  public let units: Quantity
  public let saving: Money
}

/// `informe promociones [período]`.
public struct PromotionReport: Sendable, Equatable {
  public let rows: [PromotionReportRow]
  public var tickets: Int64 { rows.reduce(0) { $0 + $1.tickets } }
  public var units: Quantity { Quantity(thousandths: rows.reduce(0) { $0 + $1.units.thousandths }) }
  public var saving: Money { rows.reduce(.zero) { $0 + $1.saving } }
}

extension Promotions {
  /// `informe promociones [período]`.
  public func report(_ period: Period) throws -> PromotionReport {
    let (start, end) = LocalTime.bounds(period)
    return try db.read {
      PromotionReport(rows: try PromotionReportQuery.rows(from: start, to: end, in: db))
    }
  }
}
