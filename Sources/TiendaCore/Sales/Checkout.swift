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
  /// What it earned and spent of its customer's points (nil: none).
  public var points: SalePoints? = nil

  public var tendered: Money { payments.reduce(.zero) { $0 + $1.tendered } }
  public var change: Money { payments.reduce(.zero) { $0 + $1.change } }
  public var rounding: Money { payments.reduce(.zero) { $0 + $1.rounding } }
}

/// A one-line sale as asked for: items as typed and payments
/// (`vender 2 empanada pino, 1 pan pagar efectivo 5000`).
public struct SaleRequest: Sendable, Equatable {
  public var items: [SaleItemRequest]
  public var payments: [PaymentRequest]
  /// A supervisor allowed selling below zero stock.
  public var belowZero: Bool
  /// A supervisor allowed selling on credit past the customer's limit.
  public var overLimit: Bool
  /// `cliente juan`: the customer (name, RUT or phone), resolved in the
  /// sale's transaction; its price list prices the lines.
  public var customer: String?
  /// `vendedor ana`: the seller of every line (issue 22).
  public var seller: String?

  public init(
    items: [SaleItemRequest], payments: [PaymentRequest], belowZero: Bool = false,
    overLimit: Bool = false, customer: String? = nil, seller: String? = nil
  ) {
    self.seller = seller
    self.items = items
    self.payments = payments
    self.belowZero = belowZero
    self.overLimit = overLimit
    self.customer = customer
  }
}

/// What the sale already read inside its transaction (its first query),
/// so recording it does not read it again.
struct SalePreparation {
  var sessionID: Int64?
  var number: Int64?
  /// Products read in this transaction (their stock is current).
  var products: [Int64: ProductStockRow] = [:]
  /// Gift cards read in this transaction (their balance is current).
  var giftCards: [GiftCard] = []
  /// A supervisor allowed selling on credit past the customer's limit.
  var overLimit = false
  /// The customer's account read in this transaction (its balance is current).
  var account: AccountHolder?
  /// The customer's points read in this transaction (current).
  var points: Int64?

  /// False when the sale is an order being delivered: it was prepared
  /// (and its comanda printed) already, so `configurar comanda` prints none.
  var kitchenSlip = true
}

/// Paying a ticket and recording the sale.
public struct Checkout: ShopArea {
  let shop: Shop

  var roundsCash: Bool { settings.cashRounding && settings.currency.decimals == 0 }

  /// `pagar …` on the open ticket. A short payment is kept (ticket mode);
  /// a full one records the sale. `belowZero`: a supervisor allowed
  /// selling below zero stock; `overLimit`, selling on credit past the
  /// customer's limit.
  @discardableResult
  public func payTicket(
    _ requests: [PaymentRequest], belowZero: Bool = false, overLimit: Bool = false
  ) throws -> PaymentOutcome {
    try mutate { journal in
      guard var ticket = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      // The ticket's products were just read, in this transaction.
      var prepared = SalePreparation()
      prepared.overLimit = overLimit
      for line in ticket.lines {
        prepared.products[line.product.id] = ProductStockRow(line.product)
      }
      return try pay(
        &ticket, requests, short: .keep, belowZero: belowZero, journal: journal,
        prepared: prepared)
    }
  }

  /// The one-line `vender … pagar …`: naming the products, the stock
  /// checks and the write happen in one transaction, whose first query
  /// reads the register's state and the products named exactly; a payment
  /// that does not cover the total is refused and nothing is kept. It
  /// never touches another terminal's ticket or an orphan, and is refused
  /// while this terminal has a ticket with lines (an empty one, just
  /// `vender`, is used).
  @discardableResult
  public func sellNow(_ request: SaleRequest) throws -> PaymentOutcome {
    try mutate { journal in
      let items = request.items.map { item -> (text: String, folded: String) in
        let text = item.query.trimmingCharacters(in: " \t")
        return (text, fold(text))
      }
      let start = try SaleStart.fetch(
        items: items, register: actor.registerID, owner: shop.tickets.ownerValues,
        scales: settings.scales, in: db)
      var prepared = SalePreparation(sessionID: start.sessionID, number: start.nextNumber)
      prepared.overLimit = request.overLimit
      var lines: [TicketLine] = []
      for (i, item) in request.items.enumerated() {
        let line = try shop.tickets.resolveItem(item, candidates: start.candidates[i] ?? [])
        prepared.products[line.product.id] = ProductStockRow(line.product)
        lines.append(line)
      }
      var ticket = Ticket(openedAt: clock.now())
      if start.ownTicketID != nil, let own = try shop.tickets.ensureNoOpenDocument() {
        ticket = own
      }
      if let customer = request.customer {
        let info = try shop.customers.resolve(customer)
        guard info.active else { throw CustomerError.inactive(info.name) }
        // `add` prices the lines by its list.
        ticket.customer = shop.tickets.ticketCustomer(info)
      }
      if let seller = request.seller { ticket.seller = try shop.sellers.resolve(seller) }
      if ticket.promotionContext == nil { try shop.promotions.attach(&ticket) }
      try shop.tickets.add(lines, to: &ticket)
      return try pay(
        &ticket, request.payments, short: .refuse, belowZero: request.belowZero,
        journal: journal, prepared: prepared)
    }
  }

  enum ShortPayment {
    case keep
    case refuse
  }

  func pay(
    _ ticket: inout Ticket, _ requests: [PaymentRequest], short: ShortPayment, belowZero: Bool,
    journal: JournalRecorder, prepared: SalePreparation
  ) throws -> PaymentOutcome {
    guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
    try ticket.checkLimits()
    let totals = ticket.totals
    let points = try shop.points.available(
      for: try PaymentMethods.resolve(requests, checkBuiltIns: short == .keep, in: db),
      ticket: ticket, remaining: totals.total - ticket.paid)
    let cards = try shop.giftCards.available(for: points.requests, already: ticket.payments)
    let records = try Settlement.settle(
      total: totals.total, already: ticket.payments, requests: cards.requests,
      roundCash: roundsCash, giftCards: cards.balances)
    ticket.payments += records
    // Fiado: checked against the limit when the payment is added.
    var account: AccountHolder?
    if records.contains(where: { $0.method == .account }) {
      account = try shop.accounts.checkCredit(
        customer: ticket.customer?.id,
        wanted: ticket.payments.filter { $0.method == .account }.reduce(.zero) { $0 + $1.amount },
        overLimit: prepared.overLimit)
    }
    let remaining = totals.total - ticket.paid
    if remaining > .zero {
      // A card asked to pay all it could (no amount) and fell short.
      if short == .refuse, let card = records.last(where: { $0.method == .giftCard }),
        requests.contains(where: { $0.method == .giftCard && $0.amount == nil })
      {
        throw GiftCardError.saleNotCovered(
          code: card.reference ?? "", balance: card.amount, remaining: remaining)
      }
      if short == .refuse {
        throw SaleError.paymentShort(total: totals.total, paid: ticket.paid)
      }
      try shop.tickets.saveTicket(ticket)
      journal.record(
        "ticket.pago_parcial", entity: "ticket", id: nil,
        after: .object([
          ("pagos", .array(records.map(\.json))), ("falta", .int(remaining.minorUnits)),
        ]))
      guard let open = try shop.tickets.openTicket() else { throw SaleError.noOpenTicket }
      return PaymentOutcome(
        ticket: open, totals: totals, payments: records, remaining: remaining, sale: nil)
    }
    let sale: CommittedSale
    do {
      sale = try commitSale(
        ticket, totals: totals, belowZero: belowZero, journal: journal,
        prepared: SalePreparation(
          sessionID: prepared.sessionID, number: prepared.number, products: prepared.products,
          giftCards: cards.cards, overLimit: prepared.overLimit, account: account,
          points: points.balance, kitchenSlip: prepared.kitchenSlip))
    } catch {
      let all = ticket.payments.map { PaymentRequest(method: $0.method, reference: $0.reference) }
      throw PaymentMethods.refusal(for: error, requests: all, in: db) ?? error
    }
    if let id = ticket.id { try shop.tickets.deleteTicket(id) }
    return PaymentOutcome(
      ticket: ticket, totals: totals, payments: records, remaining: .zero, sale: sale)
  }

  /// Records a fully paid ticket as a sale: number, lines, taxes, payments,
  /// stock movements, coupon use, journal, all in the caller's transaction.
  /// Lines, taxes, payments and stock movements are written a kind at a
  /// time (one statement each).
  func commitSale(
    _ ticket: Ticket, totals: TicketTotals, belowZero: Bool, journal: JournalRecorder,
    prepared: SalePreparation
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
    var components: [Int64: Product] = [:]
    let needs = try shop.tickets.stockNeeds(ticket, components: &components)
      .sorted(by: { $0.key < $1.key })
    // Kit components came with their products, in this transaction.
    var products = prepared.products
    for (id, product) in components where products[id] == nil {
      products[id] = ProductStockRow(product)
    }
    let missing = needs.map(\.key).filter { products[$0] == nil }
    if !missing.isEmpty {
      products.merge(try ProductStockRow.fetch(missing, in: db)) { _, new in new }
    }
    for (productID, need) in needs {
      guard let product = products[productID] else {
        throw CoreError.notFound(.product, query: String(productID), suggestion: nil)
      }
      if !product.sellWithoutStock && !belowZero && product.stock < need {
        throw SaleError.notEnoughStock(
          product: product.name, stock: product.stock, wanted: need, unit: product.unit)
      }
    }
    let sessionID: Int64
    var opened = false
    if let known = prepared.sessionID {
      sessionID = known
    } else {
      let (session, new) = try shop.register.sessionForSale(journal)
      sessionID = session.id
      opened = new
    }
    let number = try prepared.number ?? SaleRow.nextNumber(register: actor.registerID, in: db)
    let now = clock.now()
    let rounding = ticket.payments.reduce(Money.zero) { $0 + $1.rounding }
    let change = ticket.payments.reduce(Money.zero) { $0 + $1.change }
    let saleID = try SaleRow(
      registerID: actor.registerID, number: number, sessionID: sessionID, at: now,
      userName: actor.userName, subtotal: totals.subtotal.minorUnits,
      lineDiscounts: (totals.lineDiscounts + totals.promotionDiscounts).minorUnits,
      ticketDiscount: totals.ticketDiscount.minorUnits,
      ticketDiscountPercent: ticket.discount.percent?.thousandths, couponID: ticket.coupon?.id,
      couponDiscount: totals.couponDiscount.minorUnits, total: totals.total.minorUnits,
      net: totals.net.minorUnits, rounding: rounding.minorUnits, change: change.minorUnits,
      boleta: ticket.boleta, note: ticket.note, gift: ticket.gift, quoteID: ticket.quoteID
    ).insert(into: db)
    let lines = ticket.lines.enumerated().map { i, line in
      let priced = totals.lines[i]
      return SaleLineRow(
        saleID: saleID, position: Int64(i + 1), productID: line.product.id,
        sku: line.product.sku, name: line.product.name, unit: line.product.unit.rawValue,
        quantity: line.quantity.thousandths, unitPrice: line.unitPrice.minorUnits,
        priceIncludesTaxes: line.product.priceIncludesTaxes, amount: priced.amount.minorUnits,
        lineDiscount: (priced.lineDiscount + priced.promotionDiscount).minorUnits,
        ticketDiscount: priced.ticketDiscount.minorUnits,
        couponDiscount: priced.couponDiscount.minorUnits, total: priced.total.minorUnits,
        net: priced.net.minorUnits, note: line.note,
        openPrice: shop.tickets.needsPriceRight(line) || line.fixedAmount != nil,
        taxes: priced.taxes, gift: line.gift)
    }
    try SaleLineRow.insertAll(lines, sale: saleID, into: db)
    if !totals.promotions.isEmpty {
      try shop.promotions.record(totals.promotions, sale: saleID)
    }
    if ticket.lines.contains(where: { !$0.options.isEmpty }) {
      try SaleLineOptionRow.insertAll(ticket.lines.map(\.options), sale: saleID, into: db)
    }
    try SaleLineSellerRow.insertAll(
      try shop.sellers.saleRows(ticket, sale: saleID, at: now), into: db)
    if let customer = ticket.customer {
      try SaleCustomerRow(
        saleID: saleID, customerID: customer.id, name: customer.name, rut: customer.rut
      ).insert(into: db)
    }
    try PaymentRow.insertAll(
      ticket.payments.map {
        PaymentRow(
          saleID: saleID, refundID: nil, registerID: actor.registerID, sessionID: sessionID,
          payment: $0, at: now)
      }, into: db)
    if ticket.payments.contains(where: { $0.method == .giftCard }) {
      try shop.giftCards.redeem(
        ticket.payments, sale: saleID, session: sessionID, at: now, known: prepared.giftCards)
    }
    // Fiado: the limit again, inside the sale's transaction (another
    // terminal may have sold on credit to the same customer meanwhile).
    if ticket.payments.contains(where: { $0.method == .account }) {
      try shop.accounts.charge(
        ticket.payments, customer: ticket.customer?.id, sale: saleID, session: sessionID,
        overLimit: prepared.overLimit, known: prepared.account, journal: journal)
    }
    // Points: the redemption checked again, and what the sale earned.
    let points = try shop.points.settle(
      ticket, sale: saleID, session: sessionID, at: now, known: prepared.points)
    try recordStock(
      needs.map { ($0.key, Quantity(thousandths: -$0.value.thousandths)) }, kind: .sale,
      reason: "venta \(number)", names: products.mapValues(\.name))
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
      .ticket, document: .sale(saleID),
      drawer: ticket.payments.contains { $0.method == .cash })
    if ticket.gift || ticket.lines.contains(where: \.gift) {
      try shop.printQueue.enqueueAutomatic(.gift, document: .sale(saleID))
    }
    if prepared.kitchenSlip { try shop.kitchen.enqueueForSale(saleID, lines: ticket.lines) }
    return CommittedSale(
      id: saleID, number: number, registerName: actor.registerName, totals: totals,
      payments: ticket.payments, openedSession: opened, points: points)
  }

  /// Moves the stock of a sale (or a refund): every product's cached stock
  /// in one statement, every movement in another, in product order; a
  /// stock beyond ±10^9 units refuses the whole command (§8.2), as
  /// `Stock.recordMovement` does.
  func recordStock(
    _ changes: [(productID: Int64, quantity: Quantity)], kind: MovementKind, reason: String,
    names: [Int64: String]
  ) throws {
    let batch = StockMovementBatch(
      changes: changes, kind: kind, reason: reason, userName: actor.userName,
      registerID: actor.registerID, at: clock.now())
    let after = try batch.applyToProducts(in: db)
    for change in changes {
      let stock = after[change.productID] ?? 0
      guard stock.magnitude <= Limits.stock.magnitude,
        change.quantity.thousandths.magnitude <= Limits.stock.magnitude
      else {
        let name = try names[change.productID] ?? shop.catalog.product(id: change.productID).name
        throw LimitError.stock(product: name)
      }
    }
    try batch.insertMovements(stockAfter: after, into: db)
  }

  func insertPayment(
    _ payment: PaymentRecord, sale: Int64?, refund: Int64?, session: Int64, at: Int64
  ) throws {
    try PaymentRow.insertAll(
      [
        PaymentRow(
          saleID: sale, refundID: refund, registerID: actor.registerID, sessionID: session,
          payment: payment, at: at)
      ], into: db)
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
