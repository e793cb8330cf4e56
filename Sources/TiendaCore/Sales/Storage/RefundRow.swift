import TiendaStore

/// What a refund is: the whole sale undone, or some of it returned.
public enum RefundKind: String, Sendable, CaseIterable {
  case void = "anulación"
  case saleReturn = "devolución"

  /// Its stock movements' kind.
  var movementKind: MovementKind { self == .void ? .void : .saleReturn }

  /// Its automatic ticket's print-job kind.
  var printJobKind: PrintJobKind { self == .void ? .void : .saleReturn }
}

/// A row of `refunds` as written.
struct RefundRow: PersistableRow {
  static let table = "refunds"
  var registerID: Int64
  var number: Int64
  var sessionID: Int64
  var saleID: Int64
  var kind: RefundKind
  var at: Int64
  var userName: String?
  var approvedBy: String?
  var reason: String
  var total: Int64
  var net: Int64
  var rounding: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "register_id": registerID, "number": number, "session_id": sessionID, "sale_id": saleID,
      "kind": kind.rawValue, "at": at, "user_name": userName, "approved_by": approvedBy,
      "reason": reason, "total": total, "net": net, "rounding": rounding,
    ]
  }

  static func nextNumber(register: Int64, in db: Database) throws -> Int64 {
    try db.fetchValue(
      "SELECT coalesce(max(number), 0) + 1 FROM refunds WHERE register_id = ?",
      [.integer(register)]) ?? 1
  }
}

/// A row of `refund_lines` as written, with its taxes.
struct RefundLineRow: PersistableRow {
  static let table = "refund_lines"
  var refundID: Int64
  var saleLineID: Int64
  var quantity: Int64
  var total: Int64
  var net: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "refund_id": refundID, "sale_line_id": saleLineID, "quantity": quantity, "total": total,
      "net": net,
    ]
  }

  /// Writes the line's taxes (`refund_line_taxes`), in one statement.
  static func insertTaxes(_ taxes: [(TaxAmount, Money)], line: Int64, into db: Database) throws {
    guard !taxes.isEmpty else { return }
    try db.insertRows(
      into: "refund_line_taxes", columns: ["refund_line_id", "code", "rate", "amount"],
      taxes.map { tax, part in
        [
          .integer(line), .text(tax.code), .integer(tax.rate.thousandths),
          .integer(part.minorUnits),
        ]
      })
  }

  /// Each tax already refunded for a sale line, by code.
  static func refundedTaxes(saleLine: Int64, in db: Database) throws -> [String: Int64] {
    var taxes: [String: Int64] = [:]
    try db.forEach(
      """
      SELECT t.code, sum(t.amount) AS amount FROM refund_line_taxes t
      JOIN refund_lines l ON l.id = t.refund_line_id WHERE l.sale_line_id = ? GROUP BY t.code
      """, [.integer(saleLine)]
    ) { taxes[try $0.string("code")] = try $0.int("amount") }
    return taxes
  }
}

/// A void or return as listed on its sale.
struct RefundSummaryRow: FetchableRow {
  let summary: RefundSummary

  init(row: Row) throws {
    summary = RefundSummary(
      number: try row.int("number"), kind: try row.string("kind"), at: try row.int("at"),
      userName: try row.optionalString("user_name"), reason: try row.string("reason"),
      total: Money(try row.int("total")))
  }

  static func ofSale(_ id: Int64, in db: Database) throws -> [RefundSummary] {
    try db.fetchAll(
      """
      SELECT number, kind, at, user_name, reason, total FROM refunds WHERE sale_id = ?
      ORDER BY id
      """, [.integer(id)], as: RefundSummaryRow.self
    ).map(\.summary)
  }
}

/// A void or return with its sale's number and register (for its slip).
struct RefundHeaderRow: FetchableRow {
  let id: Int64
  let number: Int64
  let kind: String
  let saleNumber: Int64
  let registerName: String
  let at: Int64
  let userName: String?
  let approvedBy: String?
  let reason: String
  let total: Money

  init(row: Row) throws {
    id = try row.int("id")
    number = try row.int("number")
    kind = try row.string("kind")
    saleNumber = try row.int("sale_number")
    registerName = try row.string("register_name")
    at = try row.int("at")
    userName = try row.optionalString("user_name")
    approvedBy = try row.optionalString("approved_by")
    reason = try row.string("reason")
    total = Money(try row.int("total"))
  }

  static func find(id: Int64, in db: Database) throws -> RefundHeaderRow? {
    try db.fetchOne(
      """
      SELECT f.id, f.number, f.kind, s.number AS sale_number, r.name AS register_name, f.at,
        f.user_name, f.approved_by, f.reason, f.total
      FROM refunds f JOIN sales s ON s.id = f.sale_id JOIN registers r ON r.id = f.register_id
      WHERE f.id = ?
      """, [.integer(id)])
  }
}

/// A line of a void or return, named as on its sale.
struct RefundSlipLineRow: FetchableRow {
  let line: RefundRecord.Line

  init(row: Row) throws {
    line = RefundRecord.Line(
      name: try row.string("name"), unit: ProductUnit(rawValue: try row.string("unit")) ?? .unit,
      quantity: Quantity(thousandths: try row.int("quantity")),
      total: Money(try row.int("total")))
  }

  static func lines(ofRefund id: Int64, in db: Database) throws -> [RefundRecord.Line] {
    try db.fetchAll(
      """
      SELECT l.name, l.unit, f.quantity, f.total FROM refund_lines f
      JOIN sale_lines l ON l.id = f.sale_line_id WHERE f.refund_id = ? ORDER BY f.id
      """, [.integer(id)], as: RefundSlipLineRow.self
    ).map(\.line)
  }
}
