/// What a move did to a customer's points (the `kind` column); `expired`
/// is never stored: expiry is computed from the earned moves.
public enum PointMoveKind: String, Sendable, CaseIterable {
  /// Earned on a sale's paid amount.
  case earned = "acumulación"
  /// Spent as payment method `puntos`.
  case redeemed = "canje"
  /// A void or return gave redeemed points back.
  case returned = "reintegro"
  /// A void or return took back what the returned part had earned.
  case takenBack = "reverso"
  /// `ajustar puntos` (with a reason).
  case adjusted = "ajuste"
  /// Computed: earned points past their day, not spent.
  case expired = "vencimiento"
}

/// One stored move, as the ledger walk needs it.
public struct PointMove: Sendable, Equatable {
  public let id: Int64
  public let kind: PointMoveKind
  public let points: Int64
  /// Money: what a redemption paid, what a refund gave back to points.
  public let amount: Money
  public let at: Int64
  public let expiresAt: Int64?
  public let saleNumber: Int64?
  public let refundNumber: Int64?
  public let userName: String?
  public let reason: String
}

/// A line of `puntos <cliente>`: a stored move or a computed expiry, with
/// the balance after it.
public struct PointStatementLine: Sendable, Equatable {
  public let kind: PointMoveKind
  public let points: Int64
  public let amount: Money
  public let at: Int64
  public let balanceAfter: Int64
  public let saleNumber: Int64?
  public let refundNumber: Int64?
  public let userName: String?
  public let reason: String
}

/// The points ledger walked in order: points still held are lots (what is
/// left of each earned or given-back move, with its expiry); a negative
/// move spends the oldest lots first; a lot past its day expires (a
/// computed `vencimiento` line). The balance is what the lots hold.
public struct PointsLedger: Sendable {
  struct Lot {
    var points: Int64
    let expiresAt: Int64?
  }

  private(set) var lots: [Lot] = []
  public private(set) var lines: [PointStatementLine] = []
  public private(set) var expired: Int64 = 0

  public var balance: Int64 { lots.reduce(0) { $0 + $1.points } }

  /// The earliest expiry still ahead, and how many points expire on that
  /// (local) day: the statement says a day, so every lot of that day counts.
  public var nextExpiry: (at: Int64, points: Int64)? {
    let dated = lots.compactMap { lot in lot.expiresAt.map { ($0, lot.points) } }
    guard let first = dated.map(\.0).min() else { return nil }
    let day = LocalTime.components(first).date
    return (
      first,
      dated.filter { LocalTime.components($0.0).date == day }.reduce(0) { $0 + $1.1 }
    )
  }

  /// The ledger of `moves` (oldest first) as of `now`.
  public init(_ moves: [PointMove], now: Int64) {
    for move in moves {
      expire(upTo: move.at)
      if move.points > 0 {
        lots.append(Lot(points: move.points, expiresAt: move.expiresAt))
      } else {
        spend(-move.points)
      }
      lines.append(
        PointStatementLine(
          kind: move.kind, points: move.points, amount: move.amount, at: move.at,
          balanceAfter: balance, saleNumber: move.saleNumber, refundNumber: move.refundNumber,
          userName: move.userName, reason: move.reason))
    }
    expire(upTo: now)
  }

  /// Oldest first; what no lot holds is not taken (callers never ask for
  /// more than the balance).
  private mutating func spend(_ wanted: Int64) {
    var left = wanted
    var i = 0
    while left > 0, i < lots.count {
      let part = min(left, lots[i].points)
      lots[i].points -= part
      left -= part
      i += 1
    }
    lots.removeAll { $0.points == 0 }
  }

  /// Lots whose day is at or before `at` expire, each as a line at its day.
  private mutating func expire(upTo at: Int64) {
    let due = lots.enumerated().filter { $0.element.expiresAt.map { $0 <= at } ?? false }
      .sorted { ($0.element.expiresAt ?? 0, $0.offset) < ($1.element.expiresAt ?? 0, $1.offset) }
    guard !due.isEmpty else { return }
    for (i, lot) in due {
      lots[i].points = 0
      expired += lot.points
      lines.append(
        PointStatementLine(
          kind: .expired, points: -lot.points, amount: .zero, at: lot.expiresAt ?? at,
          balanceAfter: balance, saleNumber: nil, refundNumber: nil, userName: nil, reason: ""))
    }
    lots.removeAll { $0.points == 0 }
  }
}
