import TiendaStore

/// How a ticket row is kept: the register's open ticket, a hold or a quote.
public enum TicketState: String, Sendable {
  case open = "abierto"
  case held = "sostenido"
  case quote = "cotización"
}

/// One line of a ticket being sold.
public struct TicketLine: Sendable, Equatable {
  public var id: Int64?
  public var product: Product
  public var quantity: Quantity
  /// A price other than the catalog's (`2 pan a 300`, a quote's price).
  public var customPrice: Money?
  /// `importe 1000 tomate`: the line is exactly this amount.
  public var fixedAmount: Money?
  public var discountPercent: Percent?
  public var discountAmount: Money?
  public var note: String = ""
  public var gift = false

  public init(product: Product, quantity: Quantity) {
    self.product = product
    self.quantity = quantity
  }

  /// The unit price in use: the custom one, else the catalog's.
  public var unitPrice: Money { customPrice ?? product.price }

  var pricingInput: PricingInput {
    PricingInput(
      quantity: quantity, unitPrice: unitPrice, fixedAmount: fixedAmount,
      includesTaxes: product.priceIncludesTaxes, taxes: product.taxes,
      discountPercent: discountPercent, discountAmount: discountAmount)
  }

  /// Same product at the same terms: a new entry adds to this line.
  func canMerge(_ other: TicketLine) -> Bool {
    product.id == other.product.id && customPrice == other.customPrice && fixedAmount == nil
      && other.fixedAmount == nil && discountPercent == nil && discountAmount == nil
  }
}

/// A ticket: the open sale of a register, a held ticket or a quote.
public struct Ticket: Sendable, Equatable {
  public var id: Int64?
  public var state: TicketState = .open
  /// Hold or quote number.
  public var number: Int64?
  /// Hold name, or who a quote is for.
  public var name: String = ""
  public var validUntil: LocalDate?
  public var openedAt: Int64 = 0
  public var lines: [TicketLine] = []
  public var discount = DiscountRule()
  public var coupon: Coupon?
  public var boleta: String?
  public var note: String = ""
  public var gift = false
  public var quoteID: Int64?
  /// Payments taken so far (ticket mode keeps a short payment).
  public var payments: [PaymentRecord] = []

  public init() {}

  /// A new, empty open ticket.
  init(openedAt: Int64) { self.openedAt = openedAt }

  public var totals: TicketTotals {
    Pricing.price(
      lines.map(\.pricingInput), discount: discount, coupon: coupon?.rule ?? DiscountRule())
  }

  public var paid: Money { payments.reduce(.zero) { $0 + $1.amount } }

  /// Articles on the ticket: units for unit products, one per weighed line.
  public var articleCount: Int64 {
    lines.reduce(0) { $0 + ($1.product.unit.isWeighed ? 1 : $1.quantity.thousandths / 1000) }
  }
}

extension Tickets {
  static let ticketColumns = """
    SELECT id, state, number, name, valid_until, opened_at, discount_percent, discount_amount,
      coupon_id, boleta, note, gift, quote_id FROM tickets
    """

  /// Loads a ticket with its lines (products at current catalog values) and
  /// payments.
  func loadTicket(_ row: Row) throws -> Ticket {
    var ticket = Ticket()
    ticket.id = row.int(0)
    ticket.state = TicketState(rawValue: row.string(1)) ?? .open
    ticket.number = row.optionalInt(2)
    ticket.name = row.string(3)
    ticket.validUntil = row.optionalString(4).flatMap(LocalDate.init(iso:))
    ticket.openedAt = row.int(5)
    ticket.discount = DiscountRule(
      percent: row.optionalInt(6).map { Percent(thousandths: $0) },
      amount: row.optionalInt(7).map(Money.init))
    if let couponID = row.optionalInt(8) { ticket.coupon = try shop.coupons.coupon(id: couponID) }
    ticket.boleta = row.optionalString(9)
    ticket.note = row.string(10)
    ticket.gift = row.bool(11)
    ticket.quoteID = row.optionalInt(12)
    for line in try db.query(
      """
      SELECT id, product_id, quantity, unit_price, fixed_amount, discount_percent,
        discount_amount, note, gift FROM ticket_lines WHERE ticket_id = ? ORDER BY position
      """, [.integer(ticket.id!)])
    {
      var item = TicketLine(
        product: try shop.catalog.product(id: line.int(1)),
        quantity: Quantity(thousandths: line.int(2)))
      item.id = line.int(0)
      item.customPrice = line.optionalInt(3).map(Money.init)
      item.fixedAmount = line.optionalInt(4).map(Money.init)
      item.discountPercent = line.optionalInt(5).map { Percent(thousandths: $0) }
      item.discountAmount = line.optionalInt(6).map(Money.init)
      item.note = line.string(7)
      item.gift = line.bool(8)
      ticket.lines.append(item)
    }
    ticket.payments = try shop.checkout.paymentRecords(
      from: "ticket_payments", where: "ticket_id", is: ticket.id!)
    return ticket
  }

  /// This terminal's open ticket on its register, if any (DESIGN §8.4:
  /// a ticket belongs to the process that opened it; other terminals'
  /// tickets and orphans are not it).
  public func openTicket() throws -> Ticket? {
    guard
      let row = try db.queryFirst(
        Tickets.ticketColumns + " WHERE register_id = ? AND state = 'abierto' AND "
          + Tickets.ownedByTerminal, [.integer(actor.registerID)] + ownerValues)
    else { return nil }
    return try loadTicket(row)
  }

  /// Whether a ticket-mode line has a ticket to work on: this terminal's
  /// own, or an orphan of this user it would adopt (cheap: for every line).
  public var hasOpenTicket: Bool {
    let own =
      (try? db.queryFirst(
        "SELECT 1 FROM tickets WHERE register_id = ? AND state = 'abierto' AND "
          + Tickets.ownedByTerminal, [.integer(actor.registerID)] + ownerValues)) ?? nil
    return own != nil || hasAdoptableOrphan
  }

  /// Writes a whole ticket (new row when `id` is nil), replacing its lines
  /// and payments. Returns its id.
  @discardableResult
  func saveTicket(_ ticket: Ticket) throws -> Int64 {
    try ticket.checkLimits()  // a line that cannot be priced is never saved
    let values: [SQLValue] = [
      .text(ticket.state.rawValue), ticket.number.map { .integer($0) } ?? .null,
      .text(ticket.name), ticket.validUntil.map { .text($0.iso) } ?? .null,
      ticket.discount.percent.map { .integer($0.thousandths) } ?? .null,
      ticket.discount.amount.map { .integer($0.minorUnits) } ?? .null,
      ticket.coupon.map { .integer($0.id) } ?? .null, ticket.boleta.sqlValue, .text(ticket.note),
      .integer(ticket.gift ? 1 : 0), ticket.quoteID.map { .integer($0) } ?? .null,
    ]
    let id: Int64
    if let existing = ticket.id {
      id = existing
      try db.run(
        """
        UPDATE tickets SET state = ?, number = ?, name = ?, valid_until = ?, discount_percent = ?,
          discount_amount = ?, coupon_id = ?, boleta = ?, note = ?, gift = ?, quote_id = ?
        WHERE id = ?
        """, values + [.integer(id)])
      try db.run("DELETE FROM ticket_lines WHERE ticket_id = ?", [.integer(id)])
      try db.run("DELETE FROM ticket_payments WHERE ticket_id = ?", [.integer(id)])
    } else {
      try db.run(
        """
        INSERT INTO tickets(state, number, name, valid_until, discount_percent, discount_amount,
          coupon_id, boleta, note, gift, quote_id, register_id, opened_at, user_name,
          owner_pid, owner_started, owner_boot, owner_user)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        """,
        values + [
          .integer(actor.registerID),
          .integer(ticket.openedAt == 0 ? clock.now() : ticket.openedAt),
          actor.userName.sqlValue,
        ] + ownerValues + [actor.userName.sqlValue])
      id = db.lastInsertRowID
    }
    for (position, line) in ticket.lines.enumerated() {
      try db.run(
        """
        INSERT INTO ticket_lines(ticket_id, position, product_id, quantity, unit_price,
          fixed_amount, discount_percent, discount_amount, note, gift)
        VALUES (?,?,?,?,?,?,?,?,?,?)
        """,
        [
          .integer(id), .integer(Int64(position + 1)), .integer(line.product.id),
          .integer(line.quantity.thousandths),
          line.customPrice.map { .integer($0.minorUnits) } ?? .null,
          line.fixedAmount.map { .integer($0.minorUnits) } ?? .null,
          line.discountPercent.map { .integer($0.thousandths) } ?? .null,
          line.discountAmount.map { .integer($0.minorUnits) } ?? .null, .text(line.note),
          .integer(line.gift ? 1 : 0),
        ])
    }
    for payment in ticket.payments {
      try db.run(
        """
        INSERT INTO ticket_payments(ticket_id, method, amount, tendered, change, rounding,
          reference) VALUES (?,?,?,?,?,?,?)
        """,
        [
          .integer(id), .text(payment.method.rawValue), .integer(payment.amount.minorUnits),
          .integer(payment.tendered.minorUnits), .integer(payment.change.minorUnits),
          .integer(payment.rounding.minorUnits), payment.reference.sqlValue,
        ])
    }
    return id
  }

  func deleteTicket(_ id: Int64) throws {
    try db.run("DELETE FROM tickets WHERE id = ?", [.integer(id)])
  }
}
