import TiendaStore

/// One item of `devolver venta N 2 empanada pino`.
public struct ReturnRequest: Sendable, Equatable {
  /// The product (empty when the line alone names it).
  public var product: String
  public var quantity: Quantity?
  public var unit: Quantity.Unit?
  /// `línea 3`: the sale's line, when its product is on several lines.
  public var line: Int64?

  public init(
    product: String, quantity: Quantity? = nil, unit: Quantity.Unit? = nil, line: Int64? = nil
  ) {
    self.product = product
    self.quantity = quantity
    self.unit = unit
    self.line = line
  }
}

/// How a return is paid back.
public enum RefundMethod: String, Sendable {
  /// `reembolso efectivo`: all in cash (a sale on credit too: the debt
  /// stays on the account and the customer gets cash).
  case cash = "efectivo"
  /// The sale's own payment methods (the default, DESIGN §8.12): gift
  /// cards first (in cash when the card was voided since), then the other
  /// methods, last paid first, each up to what it paid.
  case original
}

/// A void or a return just recorded.
public struct CommittedRefund: Sendable {
  public let number: Int64
  public let saleNumber: Int64
  public let registerName: String
  /// The sale's register, when it is not this one (`devolver venta 1-1` at
  /// Caja 2).
  public let saleRegisterName: String?
  public let total: Money
  public let payments: [PaymentRecord]
  public let openedSession: Bool

  /// Cash handed back to the customer.
  public var cashBack: Money {
    payments.filter { $0.method == .cash }.reduce(.zero) { $0 + $1.tendered }
  }
}

extension SalesHistory {
  /// `anular venta N motivo "…"`: the whole sale is compensated in the
  /// current session (stock back, each payment reversed in its method).
  /// Once only; a sale with returns cannot be voided.
  @discardableResult
  public func voidSale(_ reference: String, reason: String) throws -> CommittedRefund {
    try mutate { journal in
      let sale = try self.sale(id: try saleID(reference))
      if sale.voided { throw SaleError.alreadyVoided(number: sale.number) }
      guard sale.refunds.isEmpty else {
        let everything = sale.lines.allSatisfy { $0.returned >= $0.quantity }
        throw everything
          ? SaleError.fullyReturned(number: sale.number)
          : SaleError.nothingLeftToReturn(number: sale.number)
      }
      let items = sale.lines.map { ($0, $0.quantity, $0.total) }
      // A gift card part goes back to its card, unless the card was voided
      // since (then it goes back in cash).
      let cards =
        sale.payments.contains { $0.method == .giftCard }
        ? try shop.giftCards.refundable(sale: sale.id, payments: sale.payments) : [:]
      let payments = try sale.payments.flatMap {
        if $0.method == Orders.depositMethod {
          // A delivered order's seña goes back by its own methods (issue 20).
          var left = $0.amount
          var earlier: [PaymentMethod: Money] = [:]
          return try shop.orders.refundAppliedDeposit(
            sale: sale.id, cap: $0.amount, left: &left, earlier: &earlier, cash: cashRefund)
        }
        return $0.method == .giftCard && cards[GiftCardCode.folded($0.reference ?? "")] == nil
          ? try refundPayments($0.amount, sale: sale, method: .cash)
          : [
            PaymentRecord(
              method: $0.method, amount: $0.amount, tendered: $0.tendered - $0.change,
              change: .zero, rounding: $0.rounding, reference: $0.reference)
          ]
      }
      return try recordRefund(
        sale, kind: .void, items: items, payments: payments, reason: reason,
        journal: journal)
    }
  }

  /// `devolver venta N [2 empanada pino …] [reembolso efectivo|original]`:
  /// returns some lines (all that is left when none are named), refunding
  /// the share actually paid for them, never more than was sold.
  @discardableResult
  public func returnSale(
    _ reference: String, items requests: [ReturnRequest], refund: RefundMethod, reason: String
  ) throws -> CommittedRefund {
    try mutate { journal in
      let sale = try self.sale(id: try saleID(reference))
      if sale.voided { throw SaleError.voidedSale(number: sale.number) }
      var items: [(SaleLineRecord, Quantity, Money)] = []
      if requests.isEmpty {
        for line in sale.lines where line.returned < line.quantity {
          items.append(
            (
              line, Quantity(thousandths: line.quantity.thousandths - line.returned.thousandths),
              line.total - line.refunded
            ))
        }
        guard !items.isEmpty else { throw SaleError.fullyReturned(number: sale.number) }
      } else {
        var taken: [Int64: Int64] = [:]
        for request in requests {
          let line = try saleLine(request, in: sale)
          let left = Quantity(
            thousandths: line.quantity.thousandths - line.returned.thousandths
              - (taken[line.id] ?? 0))
          let quantity = try line.unit.quantity(
            request.quantity ?? (request.line == nil ? line.quantity : left),
            writtenIn: request.unit, product: line.name)
          guard quantity.thousandths > 0 else {
            throw SaleError.lineAlreadyReturned(line.position, number: sale.number)
          }
          let already = line.returned.thousandths + (taken[line.id] ?? 0)
          guard already + quantity.thousandths <= line.quantity.thousandths else {
            throw SaleError.returnsMoreThanSold(
              product: line.name, sold: line.quantity,
              returned: Quantity(thousandths: already + quantity.thousandths), unit: line.unit,
              line: request.line, number: sale.number)
          }
          taken[line.id, default: 0] += quantity.thousandths
          // Cumulative shares, so the parts of all returns add up to the line.
          let share = { (q: Int64) throws in
            try Rounding.scaled(line.total.minorUnits, by: q, over: line.quantity.thousandths)
          }
          let amount = Money(try share(already + quantity.thousandths) - share(already))
          items.append((line, quantity, amount))
        }
      }
      let total = items.reduce(Money.zero) { $0 + $1.2 }
      let cards =
        sale.payments.contains { $0.method == .giftCard }
        ? try shop.giftCards.refundable(sale: sale.id, payments: sale.payments) : [:]
      let payments = try refundPayments(total, sale: sale, method: refund, cards: cards)
      return try recordRefund(
        sale, kind: .saleReturn, items: items, payments: payments, reason: reason,
        journal: journal)
    }
  }

  /// The sale line a return names: `línea 3`, or by SKU, barcode or name
  /// of its product. A product on several lines at different prices
  /// (still to return) needs the line: which one is refunded matters.
  func saleLine(_ request: ReturnRequest, in sale: SaleRecord) throws -> SaleLineRecord {
    if let n = request.line {
      guard let line = sale.lines.first(where: { $0.position == n }) else {
        throw SaleError.noSuchSaleLine(n, count: sale.lines.count, number: sale.number)
      }
      if !request.product.isEmpty {
        let product = try shop.catalog.findProduct(request.product, includeDeleted: true)
        guard product.id == line.productID else {
          throw SaleError.productNotOnLine(product.name, line: n, number: sale.number)
        }
      }
      return line
    }
    let product = try shop.catalog.findProduct(request.product, includeDeleted: true)
    let open = sale.lines.filter { $0.productID == product.id && $0.returned < $0.quantity }
    // Paid per unit: total / quantity, compared without dividing.
    if let first = open.first,
      open.contains(where: {
        $0.total.minorUnits * first.quantity.thousandths
          != first.total.minorUnits * $0.quantity.thousandths
      })
    {
      throw SaleError.productOnSeveralLines(
        product.name, lines: open.map(\.position), number: sale.number)
    }
    guard
      let line = open.last ?? sale.lines.first(where: { $0.productID == product.id })
    else { throw SaleError.productNotInSale(product.name, number: sale.number) }
    return line
  }

  /// Refund payments: cash (rounded like any cash) or the sale's own
  /// methods (DESIGN §8.12): first what each gift card paid goes back to
  /// the card, then the other methods, last paid first, each up to what it
  /// paid less what earlier voids and returns of the sale already gave back
  /// by that method; whatever is left, in cash.
  /// `cards`: what each gift card that paid the sale may take back
  /// (folded code → amount; `GiftCards.refundable`).
  func refundPayments(
    _ total: Money, sale: SaleRecord, method: RefundMethod, cards: [String: Money] = [:]
  ) throws -> [PaymentRecord] {
    let cash = cashRefund
    guard method != .cash else { return [cash(total)] }
    var left = total
    var cards = cards
    var records: [PaymentRecord] = []
    for payment in sale.payments.reversed() where left > .zero && payment.method == .giftCard {
      let code = GiftCardCode.folded(payment.reference ?? "")
      let part = min(left, payment.amount, cards[code] ?? .zero)
      guard part > .zero else { continue }
      cards[code] = (cards[code] ?? .zero) - part
      left = left - part
      records.append(
        PaymentRecord(
          method: .giftCard, amount: part, tendered: part, change: .zero, rounding: .zero,
          reference: payment.reference))
    }
    // Earlier refunds are taken from the same payments in the same order.
    var earlier = left > .zero ? try RefundedByMethodRow.ofSale(sale.id, in: db) : [:]
    for payment in sale.payments.reversed() where left > .zero && payment.method != .giftCard {
      if payment.method == Orders.depositMethod {
        // A delivered order's seña goes back by its own methods (issue 20).
        records += try shop.orders.refundAppliedDeposit(
          sale: sale.id, cap: payment.amount, left: &left, earlier: &earlier, cash: cash)
        continue
      }
      let used = min(earlier[payment.method] ?? .zero, payment.amount)
      earlier[payment.method] = (earlier[payment.method] ?? .zero) - used
      let part = min(left, payment.amount - used)
      guard part > .zero else { continue }
      left = left - part
      records.append(
        payment.method == .cash
          ? cash(part)
          : PaymentRecord(
            method: payment.method, amount: part, tendered: part, change: .zero, rounding: .zero,
            reference: payment.reference))
    }
    if left > .zero { records.append(cash(left)) }
    return records
  }

  /// Cash handed back: rounded like any cash.
  func cashRefund(_ amount: Money) -> PaymentRecord {
    let handed = shop.checkout.roundsCash ? Pricing.cashRounded(amount) : amount
    return PaymentRecord(
      method: .cash, amount: amount, tendered: handed, change: .zero, rounding: handed - amount,
      reference: nil)
  }

  func recordRefund(
    _ sale: SaleRecord, kind: RefundKind, items: [(SaleLineRecord, Quantity, Money)],
    payments: [PaymentRecord], reason: String, journal: JournalRecorder
  ) throws -> CommittedRefund {
    let (session, opened) = try shop.register.sessionForSale(journal)
    // Cash handed back never exceeds what the drawer should hold (like `retiro`).
    let cash = payments.filter { $0.method == .cash }.reduce(Money.zero) { $0 + $1.tendered }
    if cash > .zero {
      let byOther = sale.payments.contains { $0.method != .cash && $0.method != .giftCard }
      _ = try shop.register.expectedCash(in: session, handingOut: cash) {
        SaleError.refundExceedsCash(requested: $0, available: $1, original: byOther)
      }
    }
    let number = try RefundRow.nextNumber(register: actor.registerID, in: db)
    let now = clock.now()
    let total = items.reduce(Money.zero) { $0 + $1.2 }
    let splits = try refundTaxes(items)
    let net = splits.reduce(Money.zero) { $0 + $1.net }
    let refundID = try RefundRow(
      registerID: actor.registerID, number: number, sessionID: session.id, saleID: sale.id,
      kind: kind, at: now, userName: actor.userName, approvedBy: actor.approvedBy,
      reason: reason, total: total.minorUnits, net: net.minorUnits,
      rounding: payments.reduce(Money.zero) { $0 + $1.rounding }.minorUnits
    ).insert(into: db)
    var stock: [Int64: Quantity] = [:]
    var names: [Int64: String] = [:]
    for ((line, quantity, amount), split) in zip(items, splits) {
      let refundLineID = try RefundLineRow(
        refundID: refundID, saleLineID: line.id, quantity: quantity.thousandths,
        total: amount.minorUnits, net: split.net.minorUnits
      ).insert(into: db)
      try RefundLineRow.insertTaxes(
        Array(zip(line.taxes, split.taxes)), line: refundLineID, into: db)
      let product = try shop.catalog.product(id: line.productID)
      names[product.id] = product.name
      try shop.tickets.addStock(of: product, quantity, to: &stock)
    }
    try PaymentRow.insertAll(
      payments.map {
        PaymentRow(
          saleID: nil, refundID: refundID, registerID: actor.registerID, sessionID: session.id,
          payment: $0, at: now)
      }, into: db)
    try shop.giftCards.credit(payments, refund: refundID, session: session.id, at: now)
    // Fiado goes back to the customer's account (DESIGN §8.12).
    try shop.accounts.credit(payments, sale: sale.id, refund: refundID, session: session.id)
    try shop.points.refund(
      sale, payments: payments, refund: refundID, total: total, session: session.id, at: now)
    try shop.checkout.recordStock(
      stock.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) },
      kind: kind.movementKind, reason: "\(kind.rawValue) venta \(sale.number)", names: names)
    journal.record(
      kind == .void ? "venta.anular" : "venta.devolver", entity: "venta",
      id: "\(sale.registerID)-\(sale.number)",
      after: .object([
        ("numero", .int(number)), ("venta", .int(sale.number)), ("motivo", .string(reason)),
        (
          "lineas",
          .array(
            items.map {
              .object([
                ("nombre", .string($0.0.name)),
                ("cantidad", .decimal(thousandths: $0.1.thousandths)),
                ("monto", .int($0.2.minorUnits)),
              ])
            })
        ),
        ("total", .int(total.minorUnits)), ("pagos", .array(payments.map(\.json))),
      ]))
    try shop.printQueue.enqueueAutomatic(
      kind.printJobKind, document: .refund(refundID),
      drawer: payments.contains { $0.method == .cash })
    return CommittedRefund(
      number: number, saleNumber: sale.number, registerName: actor.registerName,
      saleRegisterName: sale.registerID == actor.registerID ? nil : sale.registerName,
      total: total,
      payments: payments,
      openedSession: opened)
  }
}

extension SalesHistory {
  /// The taxes of each returned item, and its net (DESIGN.md §8.8): a
  /// return takes back the same fraction of the taxes recorded on the sale
  /// line (not a new split of the refunded amount), cumulatively, rounded
  /// half up: after a return of q units of a line of Q, that line has
  /// refunded round(tax × returned so far / Q) of each tax, minus what
  /// earlier returns took. A return that reaches the whole line (and a void)
  /// gives back exactly the line's taxes, so a full return reverses the sale
  /// to the peso. The net is the refunded amount less those taxes.
  func refundTaxes(_ items: [(SaleLineRecord, Quantity, Money)]) throws
    -> [(net: Money, taxes: [Money])]
  {
    var returned: [Int64: Int64] = [:]
    var taken: [Int64: [String: Int64]] = [:]
    var result: [(net: Money, taxes: [Money])] = []
    for (line, quantity, amount) in items {
      if returned[line.id] == nil {
        returned[line.id] = line.returned.thousandths
        taken[line.id] = try RefundLineRow.refundedTaxes(saleLine: line.id, in: db)
      }
      let upTo = returned[line.id]! + quantity.thousandths
      var parts: [Money] = []
      for tax in line.taxes {
        let target =
          upTo >= line.quantity.thousandths
          ? tax.amount.minorUnits
          : try Rounding.scaled(tax.amount.minorUnits, by: upTo, over: line.quantity.thousandths)
        let part = target - (taken[line.id]![tax.code] ?? 0)
        taken[line.id]![tax.code, default: 0] += part
        parts.append(Money(part))
      }
      returned[line.id] = upTo
      result.append((amount - parts.reduce(.zero, +), parts))
    }
    return result
  }
}
