import TiendaStore

/// Señas (DESIGN §8.9, §8.10, §8.12): a payment against an order in the
/// register session where it was taken. Not a sale: the X and Z show it
/// under its own label; cash señas move the drawer.
extension Orders {
  /// The methods a seña may be paid with: any payable one but fiado,
  /// gift cards, points and the internal «seña».
  func depositMethod(_ request: PaymentRequest) throws -> PaymentMethod {
    let excluded = ["fiado", "tarjeta-regalo", "puntos", "sena"]
    guard !excluded.contains(fold(request.method.rawValue)) else {
      throw OrderError.depositMethod(request.method.rawValue)
    }
    let resolved = try PaymentMethods.resolve([request], checkBuiltIns: true, in: db)
    let method = resolved.first?.method ?? request.method
    // Cash is rounded to $10 (Ley 20.956): a cash seña the drawer cannot
    // hold is refused, naming the amounts it can.
    if method == .cash, shop.checkout.roundsCash, let amount = request.amount,
      amount.minorUnits % 10 != 0
    {
      let below = Money(amount.minorUnits - amount.minorUnits % 10)
      throw OrderError.cashDepositNotRound(amount, below: below, above: below + Money(10))
    }
    return method
  }

  /// `seña pedido N efectivo 5000`: a seña on a saved, open order.
  public func addDeposit(_ number: Int64, _ request: PaymentRequest) throws -> OrderInfo {
    try mutate { journal in
      let order = try row(number)
      guard order.state.isOpen else {
        throw OrderError.illegalMove(
          number: number, state: order.state, wanted: order.state, possible: [])
      }
      guard let amount = request.amount, amount > .zero else {
        throw OrderError.depositAmountMissing
      }
      guard order.deposit + amount.minorUnits <= order.total else {
        throw OrderError.depositOverTotal(
          deposit: Money(order.deposit + amount.minorUnits), total: Money(order.total))
      }
      try receiveDeposit(order: order.id, request, at: clock.now())
      journal.record(
        "pedido.seña", entity: "pedido", id: String(number),
        after: .object([
          ("medio", .string(request.method.rawValue)), ("monto", .int(amount.minorUnits)),
        ]))
      return try info(try row(number), detail: false)
    }
  }

  /// Records a seña received in this register's open session (a seña needs
  /// an open register: it is money taken at the counter).
  func receiveDeposit(order: Int64, _ request: PaymentRequest, at: Int64) throws {
    let method = try depositMethod(request)
    guard let amount = request.amount, amount > .zero else { throw OrderError.depositAmountMissing }
    guard let session = try shop.register.currentSession() else {
      throw OrderError.noOpenSession(register: actor.registerName)
    }
    try moveDeposit(
      order: order, kind: .received, method: method, reference: request.reference,
      amount: amount, session: session.id, sale: nil, at: at)
  }

  /// Writes one seña movement and keeps the order's cached deposit.
  func moveDeposit(
    order: Int64, kind: OrderDepositInfo.Kind, method: PaymentMethod, reference: String?,
    amount: Money, session: Int64?, sale: Int64?, at: Int64
  ) throws {
    try OrderDepositRow(
      orderID: order, kind: kind, method: method.rawValue, reference: reference,
      amount: amount.minorUnits, registerID: actor.registerID, sessionID: session, saleID: sale,
      at: at, userName: actor.userName
    ).insert(into: db)
    guard let row = try OrderRow.find(id: order, in: db) else { return }
    let held =
      kind == .received
      ? try Money(row.deposit).adding(amount) : try Money(row.deposit).subtracting(amount)
    try OrderRow.setDeposit(id: order, held.minorUnits, in: db)
  }

  /// Orders whose cached seña differs from their ledger (`verificar base`).
  func depositMismatches() throws -> [LedgerProblem] {
    try OrderDepositMismatchRow.all(in: db).map {
      .orderDepositDiffers(order: $0.number, cached: Money($0.cached), ledger: Money($0.ledger))
    }
  }

  /// Señas of a session for the X and Z (received, returned, kept,
  /// applied), by method.
  public func sessionDeposits(_ session: Int64) throws -> OrderSessionSummary {
    var summary = OrderSessionSummary()
    for row in try SessionDepositTotals.of(session: session, in: db) {
      let line = OrderSessionSummary.Line(
        method: PaymentMethod(rawValue: row.method), count: row.count, amount: Money(row.amount))
      switch row.kind {
      case .received: summary.received.append(line)
      case .returned: summary.returned.append(line)
      case .kept: summary.kept.append(line)
      case .applied: summary.applied.append(line)
      }
    }
    return summary
  }
}

/// Señas of one register session, by method (outside sales, DESIGN §8.9).
public struct OrderSessionSummary: Sendable, Equatable {
  public struct Line: Sendable, Equatable {
    public let method: PaymentMethod
    public let count: Int
    public let amount: Money
  }
  public var received: [Line] = []
  public var returned: [Line] = []
  public var kept: [Line] = []
  public var applied: [Line] = []

  public init() {}

  public var isEmpty: Bool {
    received.isEmpty && returned.isEmpty && kept.isEmpty && applied.isEmpty
  }

  /// Cash received and returned (what moved the drawer).
  public var cashIn: (count: Int, amount: Money) { Self.cash(received) }
  public var cashOut: (count: Int, amount: Money) { Self.cash(returned) }

  /// As the Z keeps them (section `señas`): `<kind>:<method>` (kind
  /// seña, devolución, retenida, aplicada); read back the same.
  public var zLines: [ZLine] {
    let kinds: [(OrderDepositInfo.Kind, [Line])] = [
      (.received, received), (.returned, returned), (.kept, kept), (.applied, applied),
    ]
    return kinds.flatMap { kind, lines in
      lines.map {
        ZLine(kind: kind.rawValue + ":" + $0.method.rawValue, count: $0.count, amount: $0.amount)
      }
    }
  }

  public init(zLines: [ZLine]) {
    self.init()
    for z in zLines {
      let parts = z.kind.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2, let kind = OrderDepositInfo.Kind(rawValue: parts[0]) else {
        continue
      }
      let line = Line(method: PaymentMethod(rawValue: parts[1]), count: z.count, amount: z.amount)
      switch kind {
      case .received: received.append(line)
      case .returned: returned.append(line)
      case .kept: kept.append(line)
      case .applied: applied.append(line)
      }
    }
  }

  static func cash(_ lines: [Line]) -> (count: Int, amount: Money) {
    let cash = lines.filter { $0.method == .cash }
    return (cash.reduce(0) { $0 + $1.count }, cash.reduce(.zero) { $0 + $1.amount })
  }
}
