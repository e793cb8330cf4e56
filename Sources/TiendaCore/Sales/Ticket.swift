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
  /// The unit price of the customer's price list (DESIGN §8.7), when it
  /// applies to this line (no manual price); set from the ticket's customer.
  public var listPrice: Money?
  /// The name of that list, shown on the line («lista mayorista»).
  public var listName: String?
  /// Options chosen on the line (`completo (palta, tomate)`, issue 22):
  /// their prices add to each unit.
  public var options: [OptionChoice] = []
  /// `vendedor ana línea 2` (issue 22): who sold the line.
  public var seller: TicketSeller?

  public init(product: Product, quantity: Quantity) {
    self.product = product
    self.quantity = quantity
  }

  /// The unit price in use: the custom one, else the customer's list
  /// price, else the catalog's; plus the chosen options.
  public var unitPrice: Money { (customPrice ?? listPrice ?? product.price) + options.price }

  var pricingInput: PricingInput {
    PricingInput(
      quantity: quantity, unitPrice: unitPrice, fixedAmount: fixedAmount,
      includesTaxes: product.priceIncludesTaxes, taxes: product.taxes,
      discountPercent: discountPercent, discountAmount: discountAmount)
  }

  /// Same product at the same terms: a new entry adds to this line.
  func canMerge(_ other: TicketLine) -> Bool {
    product.id == other.product.id && customPrice == other.customPrice
      && options == other.options && seller == other.seller && fixedAmount == nil
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
  /// The customer set with `cliente …` (issue 16).
  public var customer: TicketCustomer?
  /// `vendedor ana`: the seller of the whole ticket (lines added later too).
  public var seller: TicketSeller?
  /// The customer as stored with the ticket's row (written only on a change).
  var savedCustomerID: Int64?
  /// The active promotions and the moment the ticket is priced at (issue
  /// 19); nil in a shop without promotions.
  public var promotionContext: PromotionContext?
  /// `sin promociones`: a supervisor turned them off for this ticket.
  public var promotionsOff = false

  public init() {}

  /// A new, empty open ticket.
  init(openedAt: Int64) { self.openedAt = openedAt }

  public var totals: TicketTotals { promotedTotals() }

  public var paid: Money { payments.reduce(.zero) { $0 + $1.amount } }

  /// Articles on the ticket: units for unit products, one per weighed line.
  public var articleCount: Int64 {
    lines.reduce(0) { $0 + ($1.product.unit.isWeighed ? 1 : $1.quantity.thousandths / 1000) }
  }
}

/// Open tickets: lines, discounts, holds, ownership per terminal.
public struct Tickets: ShopArea {
  let shop: Shop

  /// Loads a ticket with its lines (products at current catalog values) and
  /// payments.
  func loadTicket(_ row: TicketRow) throws -> Ticket {
    var ticket = Ticket()
    ticket.id = row.id
    ticket.state = row.state
    ticket.number = row.number
    ticket.name = row.name
    ticket.validUntil = row.validUntil
    ticket.openedAt = row.openedAt
    ticket.discount = DiscountRule(
      percent: row.discountPercent.map { Percent(thousandths: $0) },
      amount: row.discountAmount.map(Money.init))
    if let couponID = row.couponID { ticket.coupon = try shop.coupons.coupon(id: couponID) }
    ticket.boleta = row.boleta
    ticket.note = row.note
    ticket.gift = row.gift
    ticket.quoteID = row.quoteID
    let lineRows = try TicketLineRow.lines(ofTicket: row.id, in: db)
    for line in lineRows {
      var item = TicketLine(
        product: try shop.catalog.product(id: line.productID),
        quantity: Quantity(thousandths: line.quantity))
      item.id = line.id
      item.customPrice = line.unitPrice.map(Money.init)
      item.fixedAmount = line.fixedAmount.map(Money.init)
      item.discountPercent = line.discountPercent.map { Percent(thousandths: $0) }
      item.discountAmount = line.discountAmount.map(Money.init)
      item.note = line.note
      item.gift = line.gift
      if !line.options.isEmpty { item.options = try shop.options.choices(line.options) }
      ticket.lines.append(item)
    }
    let sellerIDs = lineRows.compactMap(\.sellerID) + (row.sellerID.map { [$0] } ?? [])
    if !sellerIDs.isEmpty {
      let sellers = try shop.sellers.ticketSellers(sellerIDs)
      ticket.seller = row.sellerID.flatMap { sellers[$0] }
      for (i, line) in lineRows.enumerated() {
        ticket.lines[i].seller = line.sellerID.flatMap { sellers[$0] }
      }
    }
    ticket.payments = try PaymentRow.ofTicket(row.id, in: db)
    if let customerID = row.customerID {
      ticket.savedCustomerID = customerID
      ticket.customer = try ticketCustomer(try shop.customers.customer(id: customerID))
      try applyPriceList(&ticket)
    }
    ticket.promotionsOff = row.promotionsOff
    try shop.promotions.attach(&ticket)
    return ticket
  }

  /// This terminal's open ticket on its register, if any (DESIGN §8.4:
  /// a ticket belongs to the process that opened it; other terminals'
  /// tickets and orphans are not it).
  public func openTicket() throws -> Ticket? {
    try TicketRow.ownOpen(register: actor.registerID, owner: ownerValues, in: db).map(loadTicket)
  }

  /// Whether a ticket-mode line has a ticket to work on: this terminal's
  /// own, or an orphan of this user it would adopt (cheap: for every line).
  public var hasOpenTicket: Bool {
    let own =
      (try? TicketRow.ownOpenExists(register: actor.registerID, owner: ownerValues, in: db))
      ?? false
    return own || hasAdoptableOrphan
  }

  /// Writes a whole ticket (new row when `id` is nil), replacing its lines
  /// and payments. Returns its id.
  @discardableResult
  func saveTicket(_ ticket: Ticket) throws -> Int64 {
    try ticket.checkLimits()  // a line that cannot be priced is never saved
    let id: Int64
    if let existing = ticket.id {
      id = existing
      try TicketRow.update(ticket, id: id, in: db)
    } else {
      id = try TicketRow.insert(
        ticket, register: actor.registerID,
        openedAt: ticket.openedAt == 0 ? clock.now() : ticket.openedAt,
        userName: actor.userName, owner: terminal, in: db)
    }
    try TicketLineRow.insertAll(ticket, id: id, in: db)
    if ticket.customer?.id != ticket.savedCustomerID || (ticket.id == nil && ticket.customer != nil)
    {
      try TicketCustomerRow.save(ticket: id, customer: ticket.customer?.id, in: db)
    }
    return id
  }

  func deleteTicket(_ id: Int64) throws {
    try TicketRow.delete(id: id, in: db)
  }
}
