/// The shop's points rule (`configurar puntos 1 cada 1000 canje 1 punto =
/// $1 vencen 365 días`), kept in `settings` and read with them when the
/// shop opens, so a sale costs no statement to know it.
public struct PointsRule: Sendable, Equatable {
  /// Points earned per `every` paid.
  public let points: Int64
  /// The paid amount that earns `points` (rounded down).
  public let every: Money
  /// What one point pays (`canje 1 punto = $1`).
  public let value: Money
  /// Days an earned point lasts; nil = never expires.
  public let days: Int64?

  static let key = "puntos.regla"
  /// Largest `points`, `days`: keeps every product in range.
  static let maximumPoints: Int64 = 1_000_000
  static let maximumDays: Int64 = 36_500

  public init(points: Int64, every: Money, value: Money, days: Int64?) {
    self.points = points
    self.every = every
    self.value = value
    self.days = days
  }

  /// `1 1000 1 365` (points, every, value, days; `-` for never).
  init?(stored: String) {
    let parts = stored.split(separator: " ").map(String.init)
    guard parts.count == 4, let p = Int64(parts[0]), let e = Int64(parts[1]),
      let v = Int64(parts[2]), p > 0, e > 0, v > 0
    else { return nil }
    points = p
    every = Money(e)
    value = Money(v)
    days = parts[3] == "-" ? nil : Int64(parts[3])
  }

  var stored: String {
    "\(points) \(every.minorUnits) \(value.minorUnits) " + (days.map(String.init) ?? "-")
  }

  /// Points earned on `paid` (rounded down).
  public func earned(on paid: Money) -> Int64 {
    guard paid > .zero else { return 0 }
    let (times, _) = paid.minorUnits.quotientAndRemainder(dividingBy: every.minorUnits)
    let (result, overflow) = times.multipliedReportingOverflow(by: points)
    return overflow ? Int64.max / 2 : result
  }

  /// What `count` points pay; nil beyond the amount limit.
  public func worth(_ count: Int64) -> Money? {
    let (result, overflow) = count.multipliedReportingOverflow(by: value.minorUnits)
    guard !overflow, result <= Limits.amount else { return nil }
    return Money(result)
  }

  /// When points earned at `at` expire (nil: never).
  func expiry(from at: Int64) -> Int64? { days.map { at + $0 * 86_400 } }

  var json: JSONValue {
    .object([
      ("puntos", .int(points)), ("cada", .int(every.minorUnits)),
      ("valor_punto", .int(value.minorUnits)), ("vencen_dias", days.map { .int($0) } ?? .null),
    ])
  }
}

/// What `configurar puntos` asks for: a rule, or off.
public struct PointsRuleRequest: Sendable, Equatable {
  /// nil: turn points off (`configurar puntos no`).
  public var rule: PointsRule?

  public init(rule: PointsRule?) { self.rule = rule }
}
