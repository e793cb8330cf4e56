import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// Writes sales, payments, voids and returns straight into the ledger, the
/// way the sale code does (migration 5's semantics), so the cash arithmetic
/// can be tested on its own.
struct CashLedgerFixture {
  let shop: Shop
  let productID: Int64

  /// A payment row: for a sale, `tendered` is what the customer handed
  /// over and `change` what went back; for a refund, `tendered` is what
  /// was handed back to the customer. rounding = tendered − change − amount.
  struct Pay {
    let method: String
    let amount: Int64
    let tendered: Int64
    let change: Int64

    static func cash(_ amount: Int64, handed: Int64, change: Int64) -> Pay {
      Pay(method: "efectivo", amount: amount, tendered: handed, change: change)
    }
    static func card(_ method: String, _ amount: Int64) -> Pay {
      Pay(method: method, amount: amount, tendered: amount, change: 0)
    }
    var rounding: Int64 { tendered - change - amount }
  }

  init(shop: Shop) throws {
    self.shop = shop
    productID = try shop.catalog.createProduct(
      ProductDraft(name: "Empanada de pino", price: Money(2500))
    )
    .id
  }

  /// A sale of one line with IVA 19 % (`iva` = its tax), in the register's
  /// open session; returns its id.
  @discardableResult
  func sale(
    _ number: Int64, total: Int64, iva: Int64, pays: [Pay], lineDiscount: Int64 = 0,
    ticketDiscount: Int64 = 0, couponDiscount: Int64 = 0
  ) throws -> Int64 {
    try shop.db.write {
      let session = try shop.register.currentSession()!.id
      let register = shop.actor.registerID
      let coupon: SQLValue = couponDiscount > 0 ? .integer(try couponID()) : .null
      let rounding = pays.map(\.rounding).reduce(0, +)
      let change = pays.map(\.change).reduce(0, +)
      try shop.db.run(
        """
        INSERT INTO sales(register_id, number, session_id, at, subtotal, line_discounts,
          ticket_discount, coupon_id, coupon_discount, total, net, rounding, change)
        VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(register), .integer(number), .integer(session),
          .integer(total + lineDiscount + ticketDiscount + couponDiscount),
          .integer(lineDiscount), .integer(ticketDiscount), coupon, .integer(couponDiscount),
          .integer(total), .integer(total - iva), .integer(rounding), .integer(change),
        ])
      let saleID = shop.db.lastInsertRowID
      try shop.db.run(
        """
        INSERT INTO sale_lines(sale_id, position, product_id, sku, name, unit, quantity,
          unit_price, price_includes_taxes, amount, line_discount, ticket_discount,
          coupon_discount, total, net)
        VALUES (?, 1, ?, 'EMP01', 'Empanada de pino', 'un', 1000, ?, 1, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(saleID), .integer(productID),
          .integer(total + lineDiscount + ticketDiscount + couponDiscount),
          .integer(total + lineDiscount + ticketDiscount + couponDiscount),
          .integer(lineDiscount), .integer(ticketDiscount), .integer(couponDiscount),
          .integer(total), .integer(total - iva),
        ])
      let lineID = shop.db.lastInsertRowID
      try shop.db.run(
        "INSERT INTO sale_line_taxes(line_id, code, rate, amount) VALUES (?, 'iva', 19000, ?)",
        [.integer(lineID), .integer(iva)])
      for pay in pays {
        try insertPayment(pay, sale: saleID, refund: nil, session: session)
      }
      return saleID
    }
  }

  /// A void (`anulación`) or return (`devolución`) of `saleID` in the open
  /// session, refunded with `pay`.
  func refund(
    _ kind: String, number: Int64, of saleID: Int64, total: Int64, iva: Int64, pay: Pay
  ) throws {
    try shop.db.write {
      let session = try shop.register.currentSession()!.id
      try shop.db.run(
        """
        INSERT INTO refunds(register_id, number, session_id, sale_id, kind, at, total, net,
          rounding) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)
        """,
        [
          .integer(shop.actor.registerID), .integer(number), .integer(session),
          .integer(saleID), .text(kind), .integer(total), .integer(total - iva),
          .integer(pay.rounding),
        ])
      let refundID = shop.db.lastInsertRowID
      let lineID = try shop.db.scalarInt(
        "SELECT id FROM sale_lines WHERE sale_id = ?", [.integer(saleID)])
      try shop.db.run(
        "INSERT INTO refund_lines(refund_id, sale_line_id, quantity, total, net) VALUES (?,?,1000,?,?)",
        [.integer(refundID), .integer(lineID), .integer(total), .integer(total - iva)])
      try shop.db.run(
        "INSERT INTO refund_line_taxes(refund_line_id, code, rate, amount) VALUES (?, 'iva', 19000, ?)",
        [.integer(shop.db.lastInsertRowID), .integer(iva)])
      try insertPayment(pay, sale: nil, refund: refundID, session: session)
    }
  }

  private func insertPayment(_ pay: Pay, sale: Int64?, refund: Int64?, session: Int64) throws {
    try shop.db.run(
      """
      INSERT INTO payments(sale_id, refund_id, register_id, session_id, method, amount, tendered,
        change, rounding, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
      """,
      [
        sale.sqlValue, refund.sqlValue, .integer(shop.actor.registerID), .integer(session),
        .text(pay.method), .integer(pay.amount), .integer(pay.tendered), .integer(pay.change),
        .integer(pay.rounding),
      ])
  }

  private func couponID() throws -> Int64 {
    if let row = try shop.db.queryFirst("SELECT id FROM coupons LIMIT 1") { return row.int(0) }
    try shop.db.run(
      """
      INSERT INTO coupons(code, code_folded, percent, created_at)
      VALUES ('VERANO10', 'verano10', 10000, 0)
      """)
    return shop.db.lastInsertRowID
  }

  /// Rows of the tables a refusal must leave alone.
  func snapshot() throws -> [Int64] {
    try [
      "journal", "cash_sessions", "cash_movements", "z_reports", "z_report_methods",
      "z_report_taxes", "z_report_denominations",
    ].map { try shop.db.scalarInt("SELECT count(*) FROM \($0)") }
      + [try shop.db.scalarInt("SELECT count(*) FROM cash_sessions WHERE closed_at IS NULL")]
  }
}
