import TiendaStore

extension PaymentMethod {
  /// `canjear 500 puntos`, `pagar puntos [monto]`: a customer's points.
  public static let points = PaymentMethod(rawValue: "puntos")
}

/// A customer's points now: the ledger walked to this moment.
public struct PointsStatement: Sendable {
  public let customer: CustomerInfo
  public let rule: PointsRule?
  public let ledger: PointsLedger
}

/// What a sale did to its customer's points (the ticket and its paper).
public struct SalePoints: Sendable, Equatable {
  public let customerName: String
  public let earned: Int64
  public let redeemed: Int64
  /// The balance right after the sale.
  public let balance: Int64
}

/// `ajustar puntos juan +100 motivo "…"`.
public struct PointsAdjustRequest: Sendable {
  public var customer: String
  public var points: Int64
  public var reason: String

  public init(customer: String, points: Int64, reason: String) {
    self.customer = customer
    self.points = points
    self.reason = reason
  }
}

/// Loyalty points (issue 19, part B): earned on what a sale with a
/// customer actually paid, spent as payment method `puntos`, given back
/// and taken back by voids and returns, expiring by the rule. The balance
/// is computed from the ledger (`point_moves`): expiry depends on the day,
/// so a cached balance would go stale.
public struct Points: ShopArea {
  let shop: Shop

  /// `configurar puntos …` / `configurar puntos no`. False when nothing changed.
  @discardableResult
  public func configure(_ request: PointsRuleRequest) throws -> Bool {
    if let rule = request.rule {
      guard (1...PointsRule.maximumPoints).contains(rule.points),
        rule.every > .zero, rule.every.minorUnits <= Limits.amount, rule.value > .zero,
        rule.value.minorUnits <= Limits.amount,
        rule.days.map({ (1...PointsRule.maximumDays).contains($0) }) ?? true
      else { throw PointsError.badRule }
    }
    let changed: Bool = try mutate { journal in
      let old = try SettingsStore.value(db, key: PointsRule.key)
      let value = request.rule?.stored ?? "no"
      guard old != value, !(old == nil && request.rule == nil) else { return false }
      try SettingsStore.set(db, key: PointsRule.key, value: value)
      journal.record(
        "puntos.configurar", entity: "settings", id: PointsRule.key,
        before: old.flatMap(PointsRule.init(stored:))?.json ?? .null,
        after: request.rule?.json ?? .null)
      return true
    }
    let handle = shop
    handle.settings = try db.read { try ShopSettings.load(db) }
    return changed
  }

  /// `puntos <cliente>`: balance, next expiry and every move.
  public func statement(_ query: String) throws -> PointsStatement {
    try db.read {
      let customer = try shop.customers.resolve(query, includeInactive: true)
      return PointsStatement(
        customer: customer, rule: settings.points, ledger: try ledger(customer.id))
    }
  }

  /// The points of customer `id` now (`ver cliente`, the ticket).
  public func balance(customerID id: Int64) throws -> Int64 {
    try db.read { try ledger(id).balance }
  }

  func ledger(_ customer: Int64) throws -> PointsLedger {
    PointsLedger(try PointMoveRow.ofCustomer(customer, in: db), now: clock.now())
  }

  /// `canjear 500 puntos` on the open ticket: a payment by `puntos` worth
  /// 500 × the point's value.
  @discardableResult
  public func redeemOnTicket(_ count: Int64, belowZero: Bool = false) throws -> PaymentOutcome {
    guard count > 0 else { throw PointsError.notPositive }
    guard let rule = settings.points else { throw PointsError.off }
    guard let amount = rule.worth(count) else { throw LimitError.overflow }
    return try shop.checkout.payTicket(
      [PaymentRequest(method: .points, amount: amount)], belowZero: belowZero)
  }

  /// The requests by `puntos` checked against the customer's balance less
  /// what this ticket already takes (`already`), when the payment is added;
  /// one without an amount takes what the balance pays of what is left,
  /// in whole points. Reads nothing when no request is by points.
  /// `balance`: the customer's points as read (in this transaction).
  func available(
    for requests: [PaymentRequest], ticket: Ticket, remaining: Money
  ) throws -> (requests: [PaymentRequest], balance: Int64?) {
    guard requests.contains(where: { $0.method == .points }) else { return (requests, nil) }
    guard let rule = settings.points else { throw PointsError.off }
    guard let customer = ticket.customer else { throw PointsError.noCustomer }
    let balance = try ledger(customer.id).balance
    var left = balance - (try redeemed(ticket.payments, rule: rule))
    let asked = try requests.map { request in
      guard request.method == .points else { return request }
      var asked = request
      let amount =
        request.amount
        ?? rule.worth(min(left, remaining.minorUnits / rule.value.minorUnits)) ?? .zero
      guard amount > .zero else {
        // Points left, but what is left to pay is less than one point.
        if left > 0 { throw PointsError.notWholePoints(amount: remaining, value: rule.value) }
        throw PointsError.balanceShort(customer: customer.name, balance: left, wanted: 0)
      }
      let count = try points(in: amount, rule: rule)
      guard count <= left else {
        throw PointsError.balanceShort(customer: customer.name, balance: left, wanted: count)
      }
      left -= count
      asked.amount = amount
      return asked
    }
    return (asked, balance)
  }

  /// The whole points `amount` pays; refused when it is not a multiple of
  /// the point's value.
  func points(in amount: Money, rule: PointsRule) throws -> Int64 {
    let (count, rest) = amount.minorUnits.quotientAndRemainder(dividingBy: rule.value.minorUnits)
    guard rest == 0 else { throw PointsError.notWholePoints(amount: amount, value: rule.value) }
    return count
  }

  func redeemed(_ payments: [PaymentRecord], rule: PointsRule) throws -> Int64 {
    try payments.filter { $0.method == .points }.reduce(0) {
      $0 + (try points(in: $1.amount, rule: rule))
    }
  }

  /// Inside the sale's transaction: the redemption checked again against
  /// the ledger (another terminal may have spent the points meanwhile) and
  /// written, then the points earned on what was paid (not fiado, not
  /// points), rounded down. Nothing is read or written for a sale without
  /// a customer, nor for one with a customer while points are off.
  /// `known`: the balance already read in this transaction (not read again).
  func settle(
    _ ticket: Ticket, sale: Int64, session: Int64, at: Int64, known: Int64? = nil
  ) throws -> SalePoints? {
    let spent = ticket.payments.filter { $0.method == .points }
    guard let customer = ticket.customer else {
      if !spent.isEmpty { throw PointsError.noCustomer }
      return nil
    }
    guard let rule = settings.points else {
      if !spent.isEmpty { throw PointsError.off }
      return nil
    }
    var balance = try known ?? self.ledger(customer.id).balance
    let redeemed = try self.redeemed(spent, rule: rule)
    if redeemed > 0 {
      guard redeemed <= balance else {
        throw PointsError.spentMeanwhile(
          customer: customer.name, balance: balance, wanted: redeemed)
      }
      var row = move(customer.id, .redeemed, -redeemed, session: session, at: at)
      row.amount = spent.reduce(.zero) { $0 + $1.amount }
      row.saleID = sale
      _ = try row.insert(into: db)
      balance -= redeemed
    }
    let paid = ticket.payments.filter { $0.method != .points && $0.method != .account }
      .reduce(Money.zero) { $0 + $1.amount }
    let earned = rule.earned(on: paid)
    if earned > 0 {
      var row = move(customer.id, .earned, earned, session: session, at: at)
      row.amount = paid
      row.expiresAt = rule.expiry(from: at)
      row.saleID = sale
      _ = try row.insert(into: db)
      balance += earned
    }
    guard earned > 0 || redeemed > 0 else { return nil }
    return SalePoints(
      customerName: customer.name, earned: earned, redeemed: redeemed, balance: balance)
  }

  func move(
    _ customer: Int64, _ kind: PointMoveKind, _ points: Int64, session: Int64?, at: Int64
  ) -> NewPointMoveRow {
    NewPointMoveRow(
      customerID: customer, kind: kind, points: points, registerID: actor.registerID,
      sessionID: session, at: at, userName: actor.userName, approvedBy: actor.approvedBy)
  }
}
