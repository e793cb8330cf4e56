import TiendaStore

/// What a payment did: the ticket stays open (`sale` nil, something left)
/// or became sale number N.
public struct PaymentOutcome: Sendable {
  public let ticket: Ticket
  public let totals: TicketTotals
  /// Payments of this command.
  public let payments: [PaymentRecord]
  public let remaining: Money
  public let sale: CommittedSale?
}

/// A sale just recorded.
public struct CommittedSale: Sendable {
  public let id: Int64
  public let number: Int64
  public let registerName: String
  public let totals: TicketTotals
  /// Every payment of the sale (earlier partial ones too).
  public let payments: [PaymentRecord]
  /// A session was opened for it (float 0).
  public let openedSession: Bool

  public var tendered: Money { payments.reduce(.zero) { $0 + $1.tendered } }
  public var change: Money { payments.reduce(.zero) { $0 + $1.change } }
  public var rounding: Money { payments.reduce(.zero) { $0 + $1.rounding } }
}

extension Checkout {
  var roundsCash: Bool { settings.cashRounding && settings.currency.decimals == 0 }

  /// `pagar …` on the open ticket. A short payment is kept (ticket mode);
  /// a full one records the sale. `belowZero`: a supervisor allowed
  /// selling below zero stock.
  @discardableResult
  public func payTicket(_ requests: [PaymentRequest], belowZero: Bool = false) throws
    -> PaymentOutcome
  {
    try mutate { journal in
      guard var ticket = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      return try pay(&ticket, requests, short: .keep, belowZero: belowZero, journal: journal)
    }
  }

  /// The one-line `vender … pagar …`: its own ticket, lines and payment in
  /// one transaction; a payment that does not cover the total is refused
  /// and nothing is kept. It never touches another terminal's ticket or an
  /// orphan, and is refused while this terminal has a ticket with lines
  /// (an empty one, just `vender`, is used).
  @discardableResult
  public func sellNow(
    _ lines: [TicketLine], _ requests: [PaymentRequest], belowZero: Bool = false
  ) throws -> PaymentOutcome {
    try mutate { journal in
      var ticket = try shop.tickets.ensureNoOpenDocument() ?? Ticket(openedAt: clock.now())
      try shop.tickets.add(lines, to: &ticket)
      return try pay(&ticket, requests, short: .refuse, belowZero: belowZero, journal: journal)
    }
  }

  enum ShortPayment {
    case keep
    case refuse
  }

  func pay(
    _ ticket: inout Ticket, _ requests: [PaymentRequest], short: ShortPayment, belowZero: Bool,
    journal: JournalRecorder
  ) throws -> PaymentOutcome {
    guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
    try ticket.checkLimits()
    let totals = ticket.totals
    let records = try Settlement.settle(
      total: totals.total, already: ticket.payments, requests: requests, roundCash: roundsCash)
    ticket.payments += records
    let remaining = totals.total - ticket.paid
    if remaining > .zero {
      if short == .refuse {
        throw SaleError.paymentShort(total: totals.total, paid: ticket.paid)
      }
      try shop.tickets.saveTicket(ticket)
      journal.record(
        "ticket.pago_parcial", entity: "ticket", id: nil,
        after: .object([
          ("pagos", .array(records.map(\.json))), ("falta", .int(remaining.minorUnits)),
        ]))
      return PaymentOutcome(
        ticket: try shop.tickets.openTicket()!, totals: totals, payments: records,
        remaining: remaining,
        sale: nil)
    }
    let sale = try commitSale(ticket, totals: totals, belowZero: belowZero, journal: journal)
    if let id = ticket.id { try shop.tickets.deleteTicket(id) }
    return PaymentOutcome(
      ticket: ticket, totals: totals, payments: records, remaining: .zero, sale: sale)
  }

  /// Records a fully paid ticket as a sale: number, lines, taxes, payments,
  /// stock movements, coupon use, journal, all in the caller's transaction.
  func commitSale(
    _ ticket: Ticket, totals: TicketTotals, belowZero: Bool, journal: JournalRecorder
  ) throws -> CommittedSale {
    // Conditions are checked again: another terminal may have sold meanwhile.
    if let coupon = ticket.coupon {
      try shop.coupons.checkCoupon(
        try shop.coupons.coupon(id: coupon.id), subtotal: totals.subtotal)
    }
    for line in ticket.lines {
      if let expires = line.product.expires, expires < today, !settings.sellExpired {
        throw SaleError.expired(product: line.product.name, on: expires)
      }
    }
    let needs = try shop.tickets.stockNeeds(ticket)
    for (productID, need) in needs.sorted(by: { $0.key < $1.key }) {
      let product = try shop.catalog.product(id: productID)
      if !product.sellWithoutStock && !belowZero && product.stock < need {
        throw SaleError.notEnoughStock(
          product: product.name, stock: product.stock, wanted: need, unit: product.unit)
      }
    }
    let (session, opened) = try shop.register.sessionForSale(journal)
    let number =
      try db.scalarInt(
        "SELECT coalesce(max(number), 0) FROM sales WHERE register_id = ?",
        [.integer(actor.registerID)]) + 1
    let now = clock.now()
    let rounding = ticket.payments.reduce(Money.zero) { $0 + $1.rounding }
    let change = ticket.payments.reduce(Money.zero) { $0 + $1.change }
    try db.run(
      """
      INSERT INTO sales(register_id, number, session_id, at, user_name, subtotal, line_discounts,
        ticket_discount, ticket_discount_percent, coupon_id, coupon_discount, total, net,
        rounding, change, boleta, note, gift, quote_id)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
      """,
      [
        .integer(actor.registerID), .integer(number), .integer(session.id), .integer(now),
        actor.userName.sqlValue, .integer(totals.subtotal.minorUnits),
        .integer(totals.lineDiscounts.minorUnits), .integer(totals.ticketDiscount.minorUnits),
        ticket.discount.percent.map { .integer($0.thousandths) } ?? .null,
        ticket.coupon.map { .integer($0.id) } ?? .null,
        .integer(totals.couponDiscount.minorUnits), .integer(totals.total.minorUnits),
        .integer(totals.net.minorUnits), .integer(rounding.minorUnits),
        .integer(change.minorUnits), ticket.boleta.sqlValue, .text(ticket.note),
        .integer(ticket.gift ? 1 : 0), ticket.quoteID.map { .integer($0) } ?? .null,
      ])
    let saleID = db.lastInsertRowID
    for (i, line) in ticket.lines.enumerated() {
      let priced = totals.lines[i]
      try db.run(
        """
        INSERT INTO sale_lines(sale_id, position, product_id, sku, name, unit, quantity,
          unit_price, price_includes_taxes, amount, line_discount, ticket_discount,
          coupon_discount, total, net, note, open_price)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        """,
        [
          .integer(saleID), .integer(Int64(i + 1)), .integer(line.product.id),
          .text(line.product.sku), .text(line.product.name), .text(line.product.unit.rawValue),
          .integer(line.quantity.thousandths), .integer(line.unitPrice.minorUnits),
          .integer(line.product.priceIncludesTaxes ? 1 : 0), .integer(priced.amount.minorUnits),
          .integer(priced.lineDiscount.minorUnits), .integer(priced.ticketDiscount.minorUnits),
          .integer(priced.couponDiscount.minorUnits), .integer(priced.total.minorUnits),
          .integer(priced.net.minorUnits), .text(line.note),
          .integer(shop.tickets.needsPriceRight(line) || line.fixedAmount != nil ? 1 : 0),
        ])
      let lineID = db.lastInsertRowID
      if line.gift {
        try db.run("INSERT INTO sale_line_gifts(line_id) VALUES (?)", [.integer(lineID)])
      }
      for tax in priced.taxes {
        try db.run(
          "INSERT INTO sale_line_taxes(line_id, code, rate, amount) VALUES (?,?,?,?)",
          [
            .integer(lineID), .text(tax.code), .integer(tax.rate.thousandths),
            .integer(tax.amount.minorUnits),
          ])
      }
    }
    for payment in ticket.payments {
      try insertPayment(payment, sale: saleID, refund: nil, session: session.id, at: now)
    }
    let reason = "venta \(number)"
    for (productID, need) in needs.sorted(by: { $0.key < $1.key }) {
      try shop.stock.recordMovement(
        productID: productID, kind: .sale,
        quantity: Quantity(thousandths: -need.thousandths), reason: reason)
    }
    journal.record(
      "venta.registrar", entity: "venta", id: "\(actor.registerID)-\(number)",
      after: .object([
        ("numero", .int(number)), ("caja", .string(actor.registerName)),
        ("lineas", .array(ticket.lines.map(\.json))),
        ("total", .int(totals.total.minorUnits)),
        ("descuentos", .int(totals.discounts.minorUnits)),
        ("cupon", ticket.coupon.map { .string($0.code) } ?? .null),
        ("pagos", .array(ticket.payments.map(\.json))),
        ("bajo_cero", .bool(belowZero)),
        // The sale's rows as written, checked by `verificar base` (SaleSeal.swift).
        ("sello", .string(try shop.integrity.saleSeal(saleID))),
      ]))
    try shop.printQueue.enqueueAutomatic(
      kind: "ticket", document: "venta:\(saleID)",
      drawer: ticket.payments.contains { $0.method == .cash })
    if ticket.gift || ticket.lines.contains(where: \.gift) {
      try shop.printQueue.enqueueAutomatic(kind: "regalo", document: "venta:\(saleID)")
    }
    return CommittedSale(
      id: saleID, number: number, registerName: actor.registerName, totals: totals,
      payments: ticket.payments, openedSession: opened)
  }

  func insertPayment(
    _ payment: PaymentRecord, sale: Int64?, refund: Int64?, session: Int64, at: Int64
  ) throws {
    try db.run(
      """
      INSERT INTO payments(sale_id, refund_id, register_id, session_id, method, amount,
        tendered, change, rounding, reference, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)
      """,
      [
        sale.map { .integer($0) } ?? .null, refund.map { .integer($0) } ?? .null,
        .integer(actor.registerID), .integer(session), .text(payment.method.rawValue),
        .integer(payment.amount.minorUnits), .integer(payment.tendered.minorUnits),
        .integer(payment.change.minorUnits), .integer(payment.rounding.minorUnits),
        payment.reference.sqlValue, .integer(at),
      ])
  }
}

extension PaymentRecord {
  var json: JSONValue {
    .object([
      ("medio", .string(method.rawValue)), ("monto", .int(amount.minorUnits)),
      ("entregado", .int(tendered.minorUnits)), ("vuelto", .int(change.minorUnits)),
      ("redondeo", .int(rounding.minorUnits)),
      ("referencia", reference.map(JSONValue.string) ?? .null),
    ])
  }
}
