import TiendaStore

/// A row of `sales` as written when a ticket is paid.
struct SaleRow: PersistableRow {
  static let table = "sales"
  var registerID: Int64
  var number: Int64
  var sessionID: Int64
  var at: Int64
  var userName: String?
  var subtotal: Int64
  var lineDiscounts: Int64
  var ticketDiscount: Int64
  var ticketDiscountPercent: Int64?
  var couponID: Int64?
  var couponDiscount: Int64
  var total: Int64
  var net: Int64
  var rounding: Int64
  var change: Int64
  var boleta: String?
  var note: String
  var gift: Bool
  var quoteID: Int64?

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "number": number, "session_id": sessionID, "at": at,
      "user_name": userName, "subtotal": subtotal, "line_discounts": lineDiscounts,
      "ticket_discount": ticketDiscount, "ticket_discount_percent": ticketDiscountPercent,
      "coupon_id": couponID, "coupon_discount": couponDiscount, "total": total, "net": net,
      "rounding": rounding, "change": change, "boleta": boleta, "note": note, "gift": gift,
      "quote_id": quoteID,
    ]
  }

  /// The next sale number of a register.
  static func nextNumber(register: Int64, in db: Database) throws -> Int64 {
    try db.fetchValue(
      "SELECT coalesce(max(number), 0) + 1 FROM sales WHERE register_id = ?",
      [.integer(register)]) ?? 1
  }

  /// The row id of sale `number` of a register.
  static func id(register: Int64, number: Int64, in db: Database) throws -> Int64? {
    try db.fetchValue(
      "SELECT id FROM sales WHERE register_id = ? AND number = ?",
      [.integer(register), .integer(number)])
  }
}

/// A row of `sale_lines` as written; its taxes and gift mark go in with it.
struct SaleLineRow {
  static let columns = [
    "sale_id", "position", "product_id", "sku", "name", "unit", "quantity", "unit_price",
    "price_includes_taxes", "amount", "line_discount", "ticket_discount", "coupon_discount",
    "total", "net", "note", "open_price",
  ]
  var saleID: Int64
  var position: Int64
  var productID: Int64
  var sku: String
  var name: String
  var unit: String
  var quantity: Int64
  var unitPrice: Int64
  var priceIncludesTaxes: Bool
  var amount: Int64
  var lineDiscount: Int64
  var ticketDiscount: Int64
  var couponDiscount: Int64
  var total: Int64
  var net: Int64
  var note: String
  var openPrice: Bool
  var taxes: [TaxAmount]
  var gift: Bool

  var values: [SQLValue] {
    [
      .integer(saleID), .integer(position), .integer(productID), .text(sku), .text(name),
      .text(unit), .integer(quantity), .integer(unitPrice), priceIncludesTaxes.sqlValue,
      .integer(amount), .integer(lineDiscount), .integer(ticketDiscount),
      .integer(couponDiscount), .integer(total), .integer(net), .text(note), openPrice.sqlValue,
    ]
  }

  /// Writes the lines of one sale, then their taxes and gift marks, each
  /// kind in one statement (taxes and gifts find their line by position).
  static func insertAll(_ lines: [SaleLineRow], sale: Int64, into db: Database) throws {
    guard !lines.isEmpty else { return }
    try db.insertRows(into: "sale_lines", columns: columns, lines.map(\.values))
    var taxValues: [SQLValue] = []
    var taxRows = 0
    for line in lines {
      for (k, tax) in line.taxes.enumerated() {
        taxValues += [
          .integer(line.position), .text(tax.code), .integer(tax.rate.thousandths),
          .integer(tax.amount.minorUnits), .integer(Int64(k)),
        ]
        taxRows += 1
      }
    }
    if taxRows > 0 {
      let values = Array(repeating: "(?, ?, ?, ?, ?)", count: taxRows).joined(separator: ", ")
      try db.run(
        """
        INSERT INTO sale_line_taxes(line_id, code, rate, amount)
        SELECT l.id, v.column2, v.column3, v.column4 FROM (VALUES \(values)) AS v
        JOIN sale_lines l ON l.sale_id = ? AND l.position = v.column1
        ORDER BY v.column1, v.column5
        """, taxValues + [.integer(sale)])
    }
    let gifts = lines.filter(\.gift).map { SQLValue.integer($0.position) }
    if !gifts.isEmpty {
      try db.run(
        """
        INSERT INTO sale_line_gifts(line_id)
        SELECT id FROM sale_lines WHERE sale_id = ? AND position IN (\(Database.placeholders(gifts.count)))
        ORDER BY position
        """, [.integer(sale)] + gifts)
    }
  }
}

/// A row of `payments`: of a sale or of a refund.
struct PaymentRow {
  static let columns = [
    "sale_id", "refund_id", "register_id", "session_id", "method", "amount", "tendered",
    "change", "rounding", "reference", "at",
  ]
  var saleID: Int64?
  var refundID: Int64?
  var registerID: Int64
  var sessionID: Int64
  var payment: PaymentRecord
  var at: Int64

  var values: [SQLValue] {
    [
      saleID.sqlValue, refundID.sqlValue, .integer(registerID), .integer(sessionID),
      .text(payment.method.rawValue), .integer(payment.amount.minorUnits),
      .integer(payment.tendered.minorUnits), .integer(payment.change.minorUnits),
      .integer(payment.rounding.minorUnits), payment.reference.sqlValue, .integer(at),
    ]
  }

  static func insertAll(_ rows: [PaymentRow], into db: Database) throws {
    guard !rows.isEmpty else { return }
    try db.insertRows(into: "payments", columns: columns, rows.map(\.values))
  }

  /// The payments of a sale, in the order they were taken.
  static func ofSale(_ id: Int64, in db: Database) throws -> [PaymentRecord] {
    try PaymentRecordRow.fetch(
      "SELECT \(PaymentRecordRow.columns) FROM payments WHERE sale_id = ? ORDER BY id", id, in: db)
  }

  /// The payments taken so far on a kept ticket.
  static func ofTicket(_ id: Int64, in db: Database) throws -> [PaymentRecord] {
    try PaymentRecordRow.fetch(
      "SELECT \(PaymentRecordRow.columns) FROM ticket_payments WHERE ticket_id = ? ORDER BY id",
      id, in: db)
  }

  /// The payments of a void or return.
  static func ofRefund(_ id: Int64, in db: Database) throws -> [PaymentRecord] {
    try PaymentRecordRow.fetch(
      "SELECT \(PaymentRecordRow.columns) FROM payments WHERE refund_id = ? ORDER BY id", id,
      in: db)
  }
}

/// A payment read back (from `payments` or `ticket_payments`).
struct PaymentRecordRow: FetchableRow {
  /// The columns a payment is read from.
  static let columns = "method, amount, tendered, change, rounding, reference"
  let record: PaymentRecord

  init(row: Row) throws {
    record = PaymentRecord(
      method: PaymentMethod(rawValue: try row.string("method")),
      amount: Money(try row.int("amount")), tendered: Money(try row.int("tendered")),
      change: Money(try row.int("change")), rounding: Money(try row.int("rounding")),
      reference: try row.optionalString("reference"))
  }

  static func fetch(_ sql: String, _ id: Int64, in db: Database) throws -> [PaymentRecord] {
    try db.fetchAll(sql, [.integer(id)], as: PaymentRecordRow.self).map(\.record)
  }
}
