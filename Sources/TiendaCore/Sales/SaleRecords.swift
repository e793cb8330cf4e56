import TiendaStore

/// A line of a recorded sale, with how much of it was returned.
public struct SaleLineRecord: Sendable {
  public let id: Int64
  public let position: Int64
  public let productID: Int64
  public let sku: String
  public let name: String
  public let unit: ProductUnit
  public let quantity: Quantity
  public let unitPrice: Money
  public let amount: Money
  public let lineDiscount: Money
  public let ticketDiscount: Money
  public let couponDiscount: Money
  public let total: Money
  public let net: Money
  public let note: String
  public let taxes: [TaxAmount]
  /// Returned so far (returns and a void), and the amount refunded for it.
  public let returned: Quantity
  public let refunded: Money
  /// `regalo línea N`: this line goes on the gift ticket.
  public let gift: Bool
}

/// A void or a return of a sale.
public struct RefundSummary: Sendable {
  public let number: Int64
  public let kind: String
  public let at: Int64
  public let userName: String?
  public let reason: String
  public let total: Money
}

/// A recorded sale with everything about it (`ver venta`).
public struct SaleRecord: Sendable {
  public let id: Int64
  public let number: Int64
  public let registerID: Int64
  public let registerName: String
  public let at: Int64
  public let userName: String?
  public let subtotal: Money
  public let lineDiscounts: Money
  public let ticketDiscount: Money
  public let couponCode: String?
  public let couponDiscount: Money
  public let total: Money
  public let net: Money
  public let rounding: Money
  public let change: Money
  public let boleta: String?
  public let note: String
  public let gift: Bool
  public let lines: [SaleLineRecord]
  public let taxes: [TaxAmount]
  public let payments: [PaymentRecord]
  public let refunds: [RefundSummary]

  public var voided: Bool { refunds.contains { $0.kind == "anulación" } }
  public var refunded: Money { refunds.reduce(.zero) { $0 + $1.total } }
}

/// A sale as listed by `ventas`.
public struct SaleListing: Sendable {
  public let number: Int64
  public let registerID: Int64
  public let registerName: String
  public let at: Int64
  public let userName: String?
  public let lineCount: Int64
  public let total: Money
  public let methods: String
  /// Voids (0 or 1) and returns made on the sale, and what they gave back.
  public let voids: Int
  public let returns: Int
  public let refunded: Money
}

extension SalesHistory {
  /// Finds a sale by `15` (this register) or `2-15` (sale 15 of register
  /// «Caja 2»). The part before the dash names the register as `--caja`
  /// does (`2`, `norte`: exact name or word prefixes); a number that names
  /// none is the register's own number. Never read as this register.
  public func saleID(_ reference: String) throws -> Int64 {
    var register = Register(id: actor.registerID, name: actor.registerName)
    var numberText = Substring(reference)
    var otherRegister = false
    if let dash = reference.lastIndex(of: "-"), dash != reference.startIndex {
      let name = String(reference[..<dash])
      numberText = reference[reference.index(after: dash)...]
      if fold(name) != "caja" {
        register = try registerForSale(name)
        otherRegister = true
      }
    } else if reference.lowercased().hasPrefix("caja ") {
      numberText = reference.dropFirst(5)
    }
    guard let number = Int64(numberText) else { throw SaleError.saleNotFound(reference) }
    guard
      let row = try db.queryFirst(
        "SELECT id FROM sales WHERE register_id = ? AND number = ?",
        [.integer(register.id), .integer(number)])
    else {
      throw otherRegister
        ? SaleError.saleNotOnRegister(number: number, register: register.name)
        : SaleError.saleNotFound(reference)
    }
    return row.int(0)
  }

  /// The register of `2-15`: the one whose name has the word «2» («Caja
  /// 2», not «Caja 20»), else by name as `--caja` finds it, else by its
  /// number.
  func registerForSale(_ text: String) throws -> Register {
    let word = fold(text)
    let byWord = try shop.register.registers().filter {
      fold($0.name).split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0 == word }
    }
    if byWord.count == 1 { return byWord[0] }
    do {
      return try shop.register.findRegister(text)
    } catch let error as CoreError {
      guard case .notFound = error, let id = Int64(text),
        let row = try db.queryFirst("SELECT id, name FROM registers WHERE id = ?", [.integer(id)])
      else { throw error }
      return Register(id: row.int(0), name: row.string(1))
    }
  }

  /// Everything about one sale.
  public func sale(_ reference: String) throws -> SaleRecord {
    try sale(id: try saleID(reference))
  }

  /// A sale by its row id (print jobs refer to it so).
  public func sale(id: Int64) throws -> SaleRecord {
    let row = try db.queryFirst(
      """
      SELECT s.id, s.number, s.register_id, r.name, s.at, s.user_name, s.subtotal,
        s.line_discounts, s.ticket_discount, c.code, s.coupon_discount, s.total, s.net,
        s.rounding, s.change, s.boleta, s.note, s.gift
      FROM sales s JOIN registers r ON r.id = s.register_id
      LEFT JOIN coupons c ON c.id = s.coupon_id WHERE s.id = ?
      """, [.integer(id)])!
    var taxes: [TaxAmount] = []
    let lines = try db.query(
      """
      SELECT l.id, l.position, l.product_id, l.sku, l.name, l.unit, l.quantity, l.unit_price,
        l.amount, l.line_discount, l.ticket_discount, l.coupon_discount, l.total, l.net, l.note,
        (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE sale_line_id = l.id),
        (SELECT coalesce(sum(total), 0) FROM refund_lines WHERE sale_line_id = l.id),
        EXISTS (SELECT 1 FROM sale_line_gifts WHERE line_id = l.id)
      FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.position
      """, [.integer(id)]
    ).map { l in
      let lineTaxes = try db.query(
        "SELECT code, rate, amount FROM sale_line_taxes WHERE line_id = ? ORDER BY code",
        [.integer(l.int(0))]
      ).map {
        TaxAmount(
          code: $0.string(0), rate: Percent(thousandths: $0.int(1)), amount: Money($0.int(2)))
      }
      taxes.accumulate(lineTaxes)
      return SaleLineRecord(
        id: l.int(0), position: l.int(1), productID: l.int(2), sku: l.string(3), name: l.string(4),
        unit: ProductUnit(rawValue: l.string(5)) ?? .unit,
        quantity: Quantity(thousandths: l.int(6)),
        unitPrice: Money(l.int(7)), amount: Money(l.int(8)), lineDiscount: Money(l.int(9)),
        ticketDiscount: Money(l.int(10)), couponDiscount: Money(l.int(11)), total: Money(l.int(12)),
        net: Money(l.int(13)), note: l.string(14), taxes: lineTaxes,
        returned: Quantity(thousandths: l.int(15)), refunded: Money(l.int(16)), gift: l.bool(17))
    }
    let payments = try shop.checkout.paymentRecords(from: "payments", where: "sale_id", is: id)
    let refunds = try db.query(
      """
      SELECT number, kind, at, user_name, reason, total FROM refunds WHERE sale_id = ?
      ORDER BY id
      """, [.integer(id)]
    ).map {
      RefundSummary(
        number: $0.int(0), kind: $0.string(1), at: $0.int(2), userName: $0.optionalString(3),
        reason: $0.string(4), total: Money($0.int(5)))
    }
    return SaleRecord(
      id: row.int(0), number: row.int(1), registerID: row.int(2), registerName: row.string(3),
      at: row.int(4), userName: row.optionalString(5), subtotal: Money(row.int(6)),
      lineDiscounts: Money(row.int(7)), ticketDiscount: Money(row.int(8)),
      couponCode: row.optionalString(9), couponDiscount: Money(row.int(10)),
      total: Money(row.int(11)), net: Money(row.int(12)), rounding: Money(row.int(13)),
      change: Money(row.int(14)), boleta: row.optionalString(15), note: row.string(16),
      gift: row.bool(17), lines: lines, taxes: taxes, payments: payments, refunds: refunds)
  }

  /// Sales whose time falls in `period` (local days), oldest first.
  public func list(in period: Period) throws -> [SaleListing] {
    let (start, end) = LocalTime.bounds(period)
    return try db.query(
      """
      SELECT s.number, s.register_id, r.name, s.at, s.user_name,
        (SELECT count(*) FROM sale_lines WHERE sale_id = s.id), s.total,
        (SELECT group_concat(method, ', ') FROM (SELECT DISTINCT method FROM payments
          WHERE sale_id = s.id ORDER BY id)),
        (SELECT count(*) FROM refunds WHERE sale_id = s.id AND kind = 'anulación'),
        (SELECT count(*) FROM refunds WHERE sale_id = s.id AND kind = 'devolución'),
        (SELECT coalesce(sum(total), 0) FROM refunds WHERE sale_id = s.id)
      FROM sales s JOIN registers r ON r.id = s.register_id
      WHERE s.at >= ? AND s.at < ? ORDER BY s.at, s.id
      """, [.integer(start), .integer(end)]
    ).map {
      SaleListing(
        number: $0.int(0), registerID: $0.int(1), registerName: $0.string(2), at: $0.int(3),
        userName: $0.optionalString(4), lineCount: $0.int(5), total: Money($0.int(6)),
        methods: $0.optionalString(7) ?? "", voids: Int($0.int(8)), returns: Int($0.int(9)),
        refunded: Money($0.int(10)))
    }
  }
}

/// A void or return with its lines and refund payments (for its slip).
public struct RefundRecord: Sendable {
  public struct Line: Sendable {
    public let name: String
    public let unit: ProductUnit
    public let quantity: Quantity
    public let total: Money
  }

  public let id: Int64
  public let number: Int64
  public let kind: String
  public let saleNumber: Int64
  public let registerName: String
  public let at: Int64
  public let userName: String?
  public let approvedBy: String?
  public let reason: String
  public let total: Money
  public let lines: [Line]
  public let payments: [PaymentRecord]
}

extension SalesHistory {
  public func refund(id: Int64) throws -> RefundRecord {
    guard
      let row = try db.queryFirst(
        """
        SELECT f.id, f.number, f.kind, s.number, r.name, f.at, f.user_name, f.approved_by,
          f.reason, f.total
        FROM refunds f JOIN sales s ON s.id = f.sale_id JOIN registers r ON r.id = f.register_id
        WHERE f.id = ?
        """, [.integer(id)])
    else { throw SaleError.saleNotFound(String(id)) }
    let lines = try db.query(
      """
      SELECT l.name, l.unit, f.quantity, f.total FROM refund_lines f
      JOIN sale_lines l ON l.id = f.sale_line_id WHERE f.refund_id = ? ORDER BY f.id
      """, [.integer(id)]
    ).map {
      RefundRecord.Line(
        name: $0.string(0), unit: ProductUnit(rawValue: $0.string(1)) ?? .unit,
        quantity: Quantity(thousandths: $0.int(2)), total: Money($0.int(3)))
    }
    let payments = try shop.checkout.paymentRecords(from: "payments", where: "refund_id", is: id)
    return RefundRecord(
      id: row.int(0), number: row.int(1), kind: row.string(2), saleNumber: row.int(3),
      registerName: row.string(4), at: row.int(5), userName: row.optionalString(6),
      approvedBy: row.optionalString(7), reason: row.string(8), total: Money(row.int(9)),
      lines: lines, payments: payments)
  }

  /// A held ticket or quote by its row id (for its voucher), if it still exists.
  public func ticket(id: Int64) throws -> Ticket? {
    try db.queryFirst(Tickets.ticketColumns + " WHERE id = ?", [.integer(id)]).map(
      shop.tickets.loadTicket)
  }
}
