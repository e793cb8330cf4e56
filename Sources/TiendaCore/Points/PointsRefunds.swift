import TiendaStore

/// Points on voids and returns (DESIGN §8.12), adjustments, and what a
/// sale did to its customer's points (its ticket, printed later).
extension Points {
  /// Inside a void's or return's transaction: what was paid back to
  /// `puntos` goes back to the customer's points (at the rate of the
  /// sale's redemption), and the points earned on the returned part are
  /// taken back: the sale keeps what its unreturned share earned,
  /// cumulatively over its returns (a void takes back all of it), never
  /// below a zero balance (what the customer already spent is not
  /// clawed back). Reads nothing for a sale without a customer.
  func refund(
    _ sale: SaleRecord, payments: [PaymentRecord], refund: Int64, total: Money, session: Int64,
    at: Int64
  ) throws {
    guard sale.customerName != nil else { return }
    let rows = try SalePointsRow.ofSale(sale.id, in: db)
    guard let customer = rows.first?.customerID else { return }
    func sum(_ kind: PointMoveKind) -> (points: Int64, amount: Money) {
      rows.filter { $0.kind == kind }.reduce((0, .zero)) { ($0.0 + $1.points, $0.1 + $1.amount) }
    }
    let redeemed = sum(.redeemed)
    let returned = sum(.returned)
    let back = payments.filter { $0.method == .points }.reduce(Money.zero) { $0 + $1.amount }
    if back > .zero, redeemed.amount > .zero {
      let target = try Rounding.scaled(
        -redeemed.points, by: (returned.amount + back).minorUnits, over: redeemed.amount.minorUnits)
      let points = min(target, -redeemed.points) - returned.points
      if points > 0 {
        var row = move(customer, .returned, points, session: session, at: at)
        row.amount = back
        row.refundID = refund
        // Points given back last like newly earned ones.
        row.expiresAt = settings.points?.expiry(from: at)
        _ = try row.insert(into: db)
      }
    }
    let earned = sum(.earned).points
    guard earned > 0, sale.total > .zero else { return }
    let before = sale.refunds.reduce(Money.zero) { $0 + $1.total }
    let share = { (refunded: Money) throws -> Int64 in
      refunded >= sale.total
        ? earned
        : try Rounding.scaled(earned, by: refunded.minorUnits, over: sale.total.minorUnits)
    }
    let wanted = try share(before + total) - share(before)
    guard wanted > 0 else { return }
    let taken = min(wanted, try ledger(customer).balance)
    guard taken > 0 else { return }
    var row = move(customer, .takenBack, -taken, session: session, at: at)
    row.refundID = refund
    _ = try row.insert(into: db)
  }

  /// `ajustar puntos <cliente> ±N motivo "…"` (supervisor): a correction,
  /// never below zero. Points added expire like earned ones.
  @discardableResult
  public func adjust(_ request: PointsAdjustRequest) throws -> (
    customer: CustomerInfo, balance: Int64
  ) {
    guard request.points != 0 else { throw PointsError.notPositive }
    guard request.points.magnitude <= UInt64(Limits.amount) else { throw LimitError.overflow }
    let reason = request.reason.trimmingCharacters(in: " \t")
    guard !reason.isEmpty else { throw PointsError.reasonRequired }
    return try mutate { journal in
      let customer = try shop.customers.resolve(request.customer)
      let balance = try ledger(customer.id).balance
      guard balance + request.points >= 0 else {
        throw PointsError.adjustBelowZero(
          customer: customer.name, balance: balance, wanted: -request.points)
      }
      let now = clock.now()
      var row = move(customer.id, .adjusted, request.points, session: nil, at: now)
      row.reason = reason
      if request.points > 0 { row.expiresAt = settings.points?.expiry(from: now) }
      _ = try row.insert(into: db)
      journal.record(
        "puntos.ajustar", entity: "customers", id: customer.globalID,
        after: .object([
          ("cliente", .string(customer.name)), ("puntos", .int(request.points)),
          ("saldo", .int(balance + request.points)), ("motivo", .string(reason)),
        ]))
      return (customer, balance + request.points)
    }
  }

  /// What sale `id` did to its customer's points, with the balance right
  /// after it (the printed ticket, `ver venta`); nil when it earned and
  /// spent none.
  public func ofSale(_ id: Int64, at: Int64, customerName: String) throws -> SalePoints? {
    let rows = try SalePointsRow.ofSale(id, in: db).filter {
      $0.kind == .earned || $0.kind == .redeemed
    }
    guard let customer = rows.first?.customerID, let last = rows.map(\.moveID).max() else {
      return nil
    }
    let moves = try PointMoveRow.ofCustomer(customer, in: db).filter { $0.id <= last }
    return SalePoints(
      customerName: customerName,
      earned: rows.filter { $0.kind == .earned }.reduce(0) { $0 + $1.points },
      redeemed: -rows.filter { $0.kind == .redeemed }.reduce(0) { $0 + $1.points },
      balance: PointsLedger(moves, now: at).balance)
  }

  /// Money paid with points in session `id` less what refunds gave back to
  /// points, from the points ledger (the count of `puntos` at closing).
  func sessionNet(_ id: Int64) throws -> Money {
    let rows = try PointSessionRow.ofSession(id, in: db)
    let spent = rows.filter { $0.kind == .redeemed }.reduce(Money.zero) { $0 + $1.amount }
    let back = rows.filter { $0.kind == .returned }.reduce(Money.zero) { $0 + $1.amount }
    return spent - back
  }
}

/// Refusals about points.
public enum PointsError: Error, Equatable {
  /// `configurar puntos` with a zero or out-of-range figure.
  case badRule
  /// Points are off (`configurar puntos no`, or never configured).
  case off
  /// Paying with points needs a customer on the ticket.
  case noCustomer
  case notPositive
  case reasonRequired
  /// The customer has fewer points than asked.
  case balanceShort(customer: String, balance: Int64, wanted: Int64)
  /// `ajustar puntos … -N` past the customer's balance.
  case adjustBelowZero(customer: String, balance: Int64, wanted: Int64)
  /// Another terminal spent them since the payment was added.
  case spentMeanwhile(customer: String, balance: Int64, wanted: Int64)
  /// An amount by points that is not a whole number of points.
  case notWholePoints(amount: Money, value: Money)
}
