import TiendaStore

/// A recorded sale's own row, with its register's name and coupon code.
struct SaleHeaderRow: FetchableRow {
  let id: Int64
  let number: Int64
  let registerID: Int64
  let registerName: String
  let at: Int64
  let userName: String?
  let subtotal: Money
  let lineDiscounts: Money
  let ticketDiscount: Money
  let couponCode: String?
  let couponDiscount: Money
  let total: Money
  let net: Money
  let rounding: Money
  let change: Money
  let boleta: String?
  let note: String
  let gift: Bool

  init(row: Row) throws {
    id = try row.int("id")
    number = try row.int("number")
    registerID = try row.int("register_id")
    registerName = try row.string("register_name")
    at = try row.int("at")
    userName = try row.optionalString("user_name")
    subtotal = Money(try row.int("subtotal"))
    lineDiscounts = Money(try row.int("line_discounts"))
    ticketDiscount = Money(try row.int("ticket_discount"))
    couponCode = try row.optionalString("coupon_code")
    couponDiscount = Money(try row.int("coupon_discount"))
    total = Money(try row.int("total"))
    net = Money(try row.int("net"))
    rounding = Money(try row.int("rounding"))
    change = Money(try row.int("change"))
    boleta = try row.optionalString("boleta")
    note = try row.string("note")
    gift = try row.bool("gift")
  }

  static func find(id: Int64, in db: Database) throws -> SaleHeaderRow? {
    try db.fetchOne(
      """
      SELECT s.id, s.number, s.register_id, r.name AS register_name, s.at, s.user_name,
        s.subtotal, s.line_discounts, s.ticket_discount, c.code AS coupon_code,
        s.coupon_discount, s.total, s.net, s.rounding, s.change, s.boleta, s.note, s.gift
      FROM sales s JOIN registers r ON r.id = s.register_id
      LEFT JOIN coupons c ON c.id = s.coupon_id WHERE s.id = ?
      """, [.integer(id)])
  }
}

/// A line of a recorded sale with what was returned of it.
struct SaleLineRecordRow: FetchableRow {
  let id: Int64
  let position: Int64
  let productID: Int64
  let sku: String
  let name: String
  let unit: ProductUnit
  let quantity: Quantity
  let unitPrice: Money
  let amount: Money
  let lineDiscount: Money
  let ticketDiscount: Money
  let couponDiscount: Money
  let total: Money
  let net: Money
  let note: String
  let returned: Quantity
  let refunded: Money
  let gift: Bool

  init(row: Row) throws {
    id = try row.int("id")
    position = try row.int("position")
    productID = try row.int("product_id")
    sku = try row.string("sku")
    name = try row.string("name")
    unit = ProductUnit(rawValue: try row.string("unit")) ?? .unit
    quantity = Quantity(thousandths: try row.int("quantity"))
    unitPrice = Money(try row.int("unit_price"))
    amount = Money(try row.int("amount"))
    lineDiscount = Money(try row.int("line_discount"))
    ticketDiscount = Money(try row.int("ticket_discount"))
    couponDiscount = Money(try row.int("coupon_discount"))
    total = Money(try row.int("total"))
    net = Money(try row.int("net"))
    note = try row.string("note")
    returned = Quantity(thousandths: try row.int("returned"))
    refunded = Money(try row.int("refunded"))
    gift = try row.bool("gift")
  }

  static func lines(ofSale id: Int64, in db: Database) throws -> [SaleLineRecordRow] {
    try db.fetchAll(
      """
      SELECT l.id, l.position, l.product_id, l.sku, l.name, l.unit, l.quantity, l.unit_price,
        l.amount, l.line_discount, l.ticket_discount, l.coupon_discount, l.total, l.net, l.note,
        (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE sale_line_id = l.id)
          AS returned,
        (SELECT coalesce(sum(total), 0) FROM refund_lines WHERE sale_line_id = l.id)
          AS refunded,
        EXISTS (SELECT 1 FROM sale_line_gifts WHERE line_id = l.id) AS gift
      FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.position
      """, [.integer(id)])
  }
}

/// A tax of a sale line (`sale_line_taxes`).
struct SaleLineTaxRow: FetchableRow {
  let lineID: Int64
  let tax: TaxAmount

  init(row: Row) throws {
    lineID = try row.int("line_id")
    tax = TaxAmount(
      code: try row.string("code"), rate: Percent(thousandths: try row.int("rate")),
      amount: Money(try row.int("amount")))
  }

  /// The taxes of every line of a sale, per line, by code.
  static func taxes(ofSale id: Int64, in db: Database) throws -> [Int64: [TaxAmount]] {
    var byLine: [Int64: [TaxAmount]] = [:]
    let rows: [SaleLineTaxRow] = try db.fetchAll(
      """
      SELECT t.line_id, t.code, t.rate, t.amount FROM sale_line_taxes t
      JOIN sale_lines l ON l.id = t.line_id WHERE l.sale_id = ? ORDER BY t.line_id, t.code
      """, [.integer(id)])
    for row in rows { byLine[row.lineID, default: []].append(row.tax) }
    return byLine
  }
}

/// A sale as listed by `ventas`.
struct SaleListingRow: FetchableRow {
  let listing: SaleListing

  init(row: Row) throws {
    listing = SaleListing(
      number: try row.int("number"), registerID: try row.int("register_id"),
      registerName: try row.string("register_name"), at: try row.int("at"),
      userName: try row.optionalString("user_name"), lineCount: try row.int("line_count"),
      total: Money(try row.int("total")), methods: try row.optionalString("methods") ?? "",
      voids: Int(try row.int("voids")), returns: Int(try row.int("returns")),
      refunded: Money(try row.int("refunded")))
  }

  /// Sales with `start <= at < end`, oldest first.
  static func between(_ start: Int64, _ end: Int64, in db: Database) throws -> [SaleListing] {
    try db.fetchAll(
      select + " WHERE s.at >= ? AND s.at < ? ORDER BY s.at, s.id",
      [.integer(start), .integer(end)], as: SaleListingRow.self
    ).map(\.listing)
  }

  /// The same, one at a time, never all held (`ventas año como csv`).
  static func forEach(
    between start: Int64, _ end: Int64, in db: Database, _ body: (SaleListing) throws -> Void
  ) throws {
    try db.forEach(
      select + " WHERE s.at >= ? AND s.at < ? ORDER BY s.at, s.id",
      [.integer(start), .integer(end)]
    ) { try body(SaleListingRow(row: $0).listing) }
  }

  /// Sales with a payment whose reference is `reference` (`ventas ref 883311`), any date.
  static func withReference(_ reference: String, in db: Database) throws -> [SaleListing] {
    try db.fetchAll(
      select
        + " WHERE s.id IN (SELECT sale_id FROM payments WHERE reference = ?) ORDER BY s.at, s.id",
      [.text(reference)], as: SaleListingRow.self
    ).map(\.listing)
  }

  /// Sales of customer `customer` (`ventas cliente juan`), between `start`
  /// and `end` when given.
  static func ofCustomer(_ customer: Int64, between start: Int64?, _ end: Int64?, in db: Database)
    throws -> [SaleListing]
  {
    try db.fetchAll(
      select
        + " WHERE s.id IN (SELECT sale_id FROM sale_customers WHERE customer_id = ?)"
        + " AND s.at >= ? AND s.at < ? ORDER BY s.at, s.id",
      [.integer(customer), .integer(start ?? Int64.min), .integer(end ?? Int64.max)],
      as: SaleListingRow.self
    ).map(\.listing)
  }

  private static let select = """
    SELECT s.number, s.register_id, r.name AS register_name, s.at, s.user_name,
      (SELECT count(*) FROM sale_lines WHERE sale_id = s.id) AS line_count, s.total,
      (SELECT group_concat(method, ', ') FROM (SELECT DISTINCT method FROM payments
        WHERE sale_id = s.id ORDER BY id)) AS methods,
      (SELECT count(*) FROM refunds WHERE sale_id = s.id AND kind = 'anulación') AS voids,
      (SELECT count(*) FROM refunds WHERE sale_id = s.id AND kind = 'devolución') AS returns,
      (SELECT coalesce(sum(total), 0) FROM refunds WHERE sale_id = s.id) AS refunded
    FROM sales s JOIN registers r ON r.id = s.register_id
    """
}

/// A register by its row id (`ver venta 2-15` when «2» names none).
struct SaleRegisterRow: FetchableRow {
  let register: Register

  init(row: Row) throws {
    register = Register(id: try row.int("id"), name: try row.string("name"))
  }

  static func find(id: Int64, in db: Database) throws -> Register? {
    try db.fetchOne(
      "SELECT id, name FROM registers WHERE id = ?", [.integer(id)], as: SaleRegisterRow.self)?
      .register
  }
}
