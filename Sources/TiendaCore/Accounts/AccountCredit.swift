import TiendaStore

/// Fiado as a payment method (DESIGN §8.11, §8.12): the limit checked when
/// the payment is added and again inside the sale's transaction, the sale
/// moves, and the credit back on a void or return.
extension Accounts {
  /// The limit check: `wanted` more on credit for customer `id` (its
  /// balance read now, in the caller's transaction). Past the limit it is
  /// refused naming the balance, the limit and what is left, unless a
  /// supervisor approved (`overLimit`). Returns the account as read.
  @discardableResult
  func checkCredit(
    customer id: Int64?, wanted: Money, overLimit: Bool, known: AccountHolder? = nil
  ) throws -> AccountHolder {
    guard let id else { throw AccountError.noCustomer }
    let holder = try known.flatMap { $0.id == id ? $0 : nil } ?? holder(customerID: id)
    let after = try holder.balance.adding(wanted)
    if after > holder.limit && !overLimit {
      throw AccountError.overLimit(
        customer: holder.name, balance: holder.balance, limit: holder.limit,
        available: holder.available, wanted: wanted)
    }
    return holder
  }

  /// The sale's fiado payments as one move on the customer's account,
  /// checked against the limit again inside the sale's transaction
  /// (another terminal may have sold on credit meanwhile). Past the limit
  /// with a supervisor's approval, the approval is journaled on its own row.
  @discardableResult
  func charge(
    _ payments: [PaymentRecord], customer: Int64?, sale: Int64, session: Int64,
    overLimit: Bool, known: AccountHolder? = nil, journal: JournalRecorder
  ) throws -> AccountHolder? {
    let wanted = payments.filter { $0.method == .account }.reduce(Money.zero) { $0 + $1.amount }
    guard wanted > .zero else { return nil }
    // `known`: the account as `pagar` read it in this same transaction.
    let holder: AccountHolder
    do {
      holder = try checkCredit(
        customer: customer, wanted: wanted, overLimit: overLimit, known: known)
    } catch AccountError.overLimit(let name, let balance, let limit, let available, let wanted) {
      // `pagar` passed when it took the fiado; the account moved since.
      throw AccountError.overLimitMeanwhile(
        customer: name, balance: balance, limit: limit, available: available, wanted: wanted)
    }
    var row = newMove(holder.id, .sale, wanted, session: session)
    row.saleID = sale
    if holder.balance + wanted > holder.limit {
      row.reason = "sobre el límite"
      journal.record(
        "cuenta.fiar_sobre_límite", entity: "cliente", id: String(holder.id),
        after: .object([
          ("cliente", .string(holder.name)), ("saldo", .int(holder.balance.minorUnits)),
          ("límite", .int(holder.limit.minorUnits)), ("fiado", .int(wanted.minorUnits)),
          ("aprobó", actor.approvedBy.map(JSONValue.string) ?? .null),
        ]))
    }
    try NewAccountMoveRow.insert(row, into: db)
    return holder
  }

  /// The fiado part of a void or return goes back to the account the sale
  /// was charged to (a move pointing at the refund).
  func credit(_ payments: [PaymentRecord], sale: Int64, refund: Int64, session: Int64) throws {
    let back = payments.filter { $0.method == .account }.reduce(Money.zero) { $0 + $1.amount }
    guard back > .zero else { return }
    guard let customer = try AccountMoveRow.customerOfSale(sale, in: db) else {
      throw AccountError.noCustomer
    }
    var row = newMove(customer, .refund, .zero - back, session: session)
    row.refundID = refund
    try NewAccountMoveRow.insert(row, into: db)
  }

  /// What the session's account moves did, for the X and the Z.
  public func sessionSummary(_ id: Int64) throws -> AccountSessionSummary {
    var summary = AccountSessionSummary()
    for group in try AccountSessionRow.ofSession(id, in: db) {
      switch group.kind {
      case .sale: summary.sold = ZLine(kind: "vendido", count: group.count, amount: group.amount)
      case .refund:
        summary.refunded = ZLine(
          kind: "devuelto", count: group.count, amount: .zero - group.amount)
      case .loan: summary.loans = ZLine(kind: "préstamos", count: group.count, amount: group.amount)
      case .payment:
        summary.payments.append(
          AccountSessionSummary.Received(
            method: group.method ?? .cash, count: group.count, amount: .zero - group.amount))
      case .adjustment: continue
      }
    }
    return summary
  }
}

/// A session's account figures (outside sales and revenue, DESIGN §8.9):
/// sold on credit, credited back on returns, abonos by method, loans.
public struct AccountSessionSummary: Sendable, Equatable {
  public struct Received: Sendable, Equatable {
    public let method: PaymentMethod
    public let count: Int
    public let amount: Money
  }

  public var sold = ZLine(kind: "vendido", count: 0, amount: .zero)
  public var refunded = ZLine(kind: "devuelto", count: 0, amount: .zero)
  public var payments: [Received] = []
  public var loans = ZLine(kind: "préstamos", count: 0, amount: .zero)

  public init() {}

  public var isEmpty: Bool {
    sold.count == 0 && refunded.count == 0 && payments.isEmpty && loans.count == 0
  }

  public var cashReceived: Received {
    let cash = payments.filter { $0.method == .cash }
    return Received(
      method: .cash, count: cash.reduce(0) { $0 + $1.count },
      amount: cash.reduce(.zero) { $0 + $1.amount })
  }

  /// As the Z keeps them (section `fiado`): `vendido`, `devuelto`,
  /// `abonos:<medio>`, `préstamos`; read back the same.
  public var zLines: [ZLine] {
    var lines = [sold, refunded].filter { $0.count > 0 }
    lines += payments.map {
      ZLine(kind: "abonos:" + $0.method.rawValue, count: $0.count, amount: $0.amount)
    }
    if loans.count > 0 { lines.append(loans) }
    return lines
  }

  public init(zLines: [ZLine]) {
    self.init()
    for line in zLines {
      switch line.kind {
      case "vendido": sold = line
      case "devuelto": refunded = line
      case "préstamos": loans = line
      default:
        guard line.kind.hasPrefix("abonos:") else { continue }
        payments.append(
          Received(
            method: PaymentMethod(rawValue: String(line.kind.dropFirst("abonos:".count))),
            count: line.count, amount: line.amount))
      }
    }
  }
}
