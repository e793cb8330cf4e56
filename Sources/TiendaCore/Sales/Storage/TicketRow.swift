import TiendaStore

/// A row of `tickets`: the register's open ticket, a hold or a quote.
struct TicketRow: FetchableRow {
  static let select = """
    SELECT id, state, number, name, valid_until, opened_at, discount_percent, discount_amount,
      coupon_id, boleta, note, gift, quote_id, user_name, seller_id, promotions_off,
      (SELECT customer_id FROM ticket_customers c WHERE c.ticket_id = tickets.id) AS customer_id
    FROM tickets
    """

  let id: Int64
  let state: TicketState
  let number: Int64?
  let name: String
  let validUntil: LocalDate?
  let openedAt: Int64
  let discountPercent: Int64?
  let discountAmount: Int64?
  let couponID: Int64?
  let boleta: String?
  let note: String
  let gift: Bool
  let quoteID: Int64?
  let userName: String?
  let customerID: Int64?
  let sellerID: Int64?
  let promotionsOff: Bool

  init(row: Row) throws {
    id = try row.int("id")
    promotionsOff = try row.bool("promotions_off")
    state = TicketState(rawValue: try row.string("state")) ?? .open
    number = try row.optionalInt("number")
    name = try row.string("name")
    validUntil = try row.optionalString("valid_until").flatMap(LocalDate.init(iso:))
    openedAt = try row.int("opened_at")
    discountPercent = try row.optionalInt("discount_percent")
    discountAmount = try row.optionalInt("discount_amount")
    couponID = try row.optionalInt("coupon_id")
    boleta = try row.optionalString("boleta")
    note = try row.string("note")
    gift = try row.bool("gift")
    quoteID = try row.optionalInt("quote_id")
    userName = try row.optionalString("user_name")
    customerID = try row.optionalInt("customer_id")
    sellerID = try row.optionalInt("seller_id")
  }

  /// Matches the rows a terminal owns (with its owner values).
  static let ownedByTerminal = "owner_pid = ? AND owner_started = ? AND owner_boot = ?"

  /// The open ticket of a register owned by this terminal (`owner`: pid,
  /// start time, boot id).
  static func ownOpen(register: Int64, owner: [SQLValue], in db: Database) throws -> TicketRow? {
    try db.fetchOne(
      select + " WHERE register_id = ? AND state = 'abierto' AND " + ownedByTerminal,
      [.integer(register)] + owner)
  }

  static func ownOpenExists(register: Int64, owner: [SQLValue], in db: Database) throws -> Bool {
    try db.fetchValue(
      "SELECT 1 FROM tickets WHERE register_id = ? AND state = 'abierto' AND " + ownedByTerminal,
      [.integer(register)] + owner, as: Int64.self) != nil
  }

  static func find(id: Int64, in db: Database) throws -> TicketRow? {
    try db.fetchOne(select + " WHERE id = ?", [.integer(id)])
  }

  /// Holds or quotes, by number.
  static func all(_ state: TicketState, in db: Database) throws -> [TicketRow] {
    try db.fetchAll(select + " WHERE state = ? ORDER BY number", [.text(state.rawValue)])
  }

  /// Hold or quote `number`.
  static func numbered(_ state: TicketState, _ number: Int64, in db: Database) throws
    -> TicketRow?
  {
    try db.fetchOne(
      select + " WHERE state = ? AND number = ?", [.text(state.rawValue), .integer(number)])
  }

  /// Kept tickets (open, held, quotes) with a line of this product.
  static func holding(product: Int64, in db: Database) throws -> [TicketRow] {
    try db.fetchAll(
      select + " WHERE id IN (SELECT ticket_id FROM ticket_lines WHERE product_id = ?)",
      [.integer(product)])
  }

  /// How many tickets are held.
  static func count(_ state: TicketState, in db: Database) throws -> Int64 {
    try db.fetchValue("SELECT count(*) FROM tickets WHERE state = ?", [.text(state.rawValue)]) ?? 0
  }

  /// The numbers in use by tickets in `state`.
  static func numbers(_ state: TicketState, in db: Database) throws -> [Int64] {
    try db.fetchValues("SELECT number FROM tickets WHERE state = ?", [.text(state.rawValue)])
  }

  static func nextNumber(_ state: TicketState, in db: Database) throws -> Int64 {
    try db.fetchValue(
      "SELECT coalesce(max(number), 0) + 1 FROM tickets WHERE state = ?", [.text(state.rawValue)])
      ?? 1
  }

  /// The values a ticket's row is written with.
  static func fields(_ ticket: Ticket) -> KeyValuePairs<String, any SQLBindable> {
    [
      "state": ticket.state.rawValue, "number": ticket.number, "name": ticket.name,
      "valid_until": ticket.validUntil?.iso,
      "discount_percent": ticket.discount.percent?.thousandths,
      "discount_amount": ticket.discount.amount?.minorUnits, "coupon_id": ticket.coupon?.id,
      "boleta": ticket.boleta, "note": ticket.note, "gift": ticket.gift,
      "quote_id": ticket.quoteID, "seller_id": ticket.seller?.id,
      "promotions_off": ticket.promotionsOff,
    ]
  }

  /// A new ticket row owned by this terminal and user.
  static func insert(
    _ ticket: Ticket, register: Int64, openedAt: Int64, userName: String?, owner: TerminalID,
    in db: Database
  ) throws -> Int64 {
    try db.insert(
      into: "tickets",
      [
        "state": ticket.state.rawValue, "number": ticket.number, "name": ticket.name,
        "valid_until": ticket.validUntil?.iso,
        "discount_percent": ticket.discount.percent?.thousandths,
        "discount_amount": ticket.discount.amount?.minorUnits, "coupon_id": ticket.coupon?.id,
        "boleta": ticket.boleta, "note": ticket.note, "gift": ticket.gift,
        "quote_id": ticket.quoteID, "seller_id": ticket.seller?.id, "register_id": register,
        "promotions_off": ticket.promotionsOff,
        "opened_at": openedAt,
        "user_name": userName, "owner_pid": owner.pid, "owner_started": owner.started,
        "owner_boot": owner.boot, "owner_user": userName,
      ])
  }

  /// Rewrites a ticket's own fields; its lines and payments are removed
  /// (the caller writes them again).
  static func update(_ ticket: Ticket, id: Int64, in db: Database) throws {
    try db.update("tickets", set: fields(ticket), where: "id = ?", [.integer(id)])
    try db.run("DELETE FROM ticket_lines WHERE ticket_id = ?", [.integer(id)])
    try db.run("DELETE FROM ticket_payments WHERE ticket_id = ?", [.integer(id)])
  }

  static func delete(id: Int64, in db: Database) throws {
    try db.run("DELETE FROM tickets WHERE id = ?", [.integer(id)])
  }

  /// Writes `owner` and `userName` as the ticket's owner.
  static func claim(id: Int64, owner: TerminalID, userName: String?, in db: Database) throws {
    try db.update(
      "tickets",
      set: [
        "owner_pid": owner.pid, "owner_started": owner.started, "owner_boot": owner.boot,
        "owner_user": userName,
      ], where: "id = ?", [.integer(id)])
  }

  /// A held ticket becomes the open ticket of `register`.
  static func reopen(id: Int64, register: Int64, in db: Database) throws {
    try db.update(
      "tickets",
      set: [
        "state": TicketState.open.rawValue, "number": SQLValue.null,
        "register_id": register,
      ], where: "id = ?", [.integer(id)])
  }
}

/// A row of `ticket_lines`.
struct TicketLineRow: FetchableRow {
  let id: Int64
  let productID: Int64
  let quantity: Int64
  let unitPrice: Int64?
  let fixedAmount: Int64?
  let discountPercent: Int64?
  let discountAmount: Int64?
  let note: String
  let gift: Bool
  /// The catalog price when the ticket was held.
  let heldPrice: Int64?
  /// Ids of the options chosen on the line (issue 22).
  let options: [Int64]
  let sellerID: Int64?

  init(row: Row) throws {
    id = try row.int("id")
    productID = try row.int("product_id")
    quantity = try row.int("quantity")
    unitPrice = try row.optionalInt("unit_price")
    fixedAmount = try row.optionalInt("fixed_amount")
    discountPercent = try row.optionalInt("discount_percent")
    discountAmount = try row.optionalInt("discount_amount")
    note = try row.string("note")
    gift = try row.bool("gift")
    heldPrice = try row.optionalInt("held_price")
    options = try row.string("options").split(separator: ",").compactMap { Int64($0) }
    sellerID = try row.optionalInt("seller_id")
  }

  /// The lines of a ticket, in order.
  static func lines(ofTicket id: Int64, in db: Database) throws -> [TicketLineRow] {
    try db.fetchAll(
      """
      SELECT id, product_id, quantity, unit_price, fixed_amount, discount_percent,
        discount_amount, note, gift, held_price, options, seller_id FROM ticket_lines
      WHERE ticket_id = ?
      ORDER BY position
      """, [.integer(id)])
  }

  /// Writes a ticket's lines and payments (after `TicketRow.update` or
  /// `insert`), each kind in one statement.
  static func insertAll(_ ticket: Ticket, id: Int64, in db: Database) throws {
    if !ticket.lines.isEmpty {
      try db.insertRows(
        into: "ticket_lines",
        columns: [
          "ticket_id", "position", "product_id", "quantity", "unit_price", "fixed_amount",
          "discount_percent", "discount_amount", "note", "gift", "options", "seller_id",
        ],
        ticket.lines.enumerated().map { position, line in
          [
            .integer(id), .integer(Int64(position + 1)), .integer(line.product.id),
            .integer(line.quantity.thousandths), line.customPrice?.minorUnits.sqlValue ?? .null,
            line.fixedAmount?.minorUnits.sqlValue ?? .null,
            line.discountPercent?.thousandths.sqlValue ?? .null,
            line.discountAmount?.minorUnits.sqlValue ?? .null, .text(line.note),
            line.gift.sqlValue,
            .text(line.options.map { String($0.id) }.joined(separator: ",")),
            line.seller.map { .integer($0.id) } ?? .null,
          ]
        })
    }
    if !ticket.payments.isEmpty {
      try db.insertRows(
        into: "ticket_payments",
        columns: [
          "ticket_id", "method", "amount", "tendered", "change", "rounding", "reference",
        ],
        ticket.payments.map {
          [
            .integer(id), .text($0.method.rawValue), .integer($0.amount.minorUnits),
            .integer($0.tendered.minorUnits), .integer($0.change.minorUnits),
            .integer($0.rounding.minorUnits), $0.reference.sqlValue,
          ]
        })
    }
  }

  /// Notes the catalog price of each line of a held ticket that sells at
  /// the catalog's price.
  static func recordHeldPrices(ticket id: Int64, in db: Database) throws {
    try db.run(
      """
      UPDATE ticket_lines SET held_price = (SELECT price FROM products WHERE id = product_id)
      WHERE ticket_id = ? AND unit_price IS NULL AND fixed_amount IS NULL
      """, [.integer(id)])
  }
}

/// An open ticket of a register and who holds it (`tickets` with its
/// owner columns and counts).
struct TicketOwnerRow: FetchableRow {
  let id: Int64
  let ownerUser: String?
  let ownerPID: Int64?
  let ownerStarted: Int64
  let ownerBoot: String
  let openedAt: Int64
  let lineCount: Int64
  let paymentCount: Int64

  init(row: Row) throws {
    id = try row.int("id")
    ownerUser = try row.optionalString("owner_user")
    ownerPID = try row.optionalInt("owner_pid")
    ownerStarted = try row.int("owner_started")
    ownerBoot = try row.string("owner_boot")
    openedAt = try row.int("opened_at")
    lineCount = try row.int("line_count")
    paymentCount = try row.int("payment_count")
  }

  /// Open tickets of a register not owned by this terminal, oldest first.
  static func notOwned(register: Int64, owner: [SQLValue], in db: Database) throws
    -> [TicketOwnerRow]
  {
    try db.fetchAll(
      """
      SELECT t.id, t.owner_user, t.owner_pid, t.owner_started, t.owner_boot, t.opened_at,
        (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) AS line_count,
        (SELECT count(*) FROM ticket_payments p WHERE p.ticket_id = t.id) AS payment_count
      FROM tickets t
      WHERE t.register_id = ? AND t.state = 'abierto'
        AND NOT (coalesce(t.owner_pid = ? AND t.owner_started = ? AND t.owner_boot = ?, 0))
      ORDER BY t.opened_at, t.id
      """, [.integer(register)] + owner)
  }
}
