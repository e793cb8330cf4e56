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
  /// Options sold with the line (issue 22), in its unit price.
  public var options: [SaleLineOption] = []
  /// Who sold the line (issue 22): its newest seller row.
  public var seller: String? = nil
}

/// A void or a return of a sale.
public struct RefundSummary: Sendable {
  public let number: Int64
  public let kind: String
  public let at: Int64
  public let userName: String?
  public let reason: String
  public let total: Money

  public var refundKind: RefundKind? { RefundKind(rawValue: kind) }
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
  /// The customer set on the sale (issue 16): name and RUT as they were.
  public var customerName: String? = nil
  public var customerRut: Rut? = nil
  /// What promotions gave on its lines (issue 19); their savings are part
  /// of `lineDiscounts` and of each line's `lineDiscount`.
  public var promotions: [SaleLinePromotion] = []

  public var promotionDiscounts: Money { promotions.reduce(.zero) { $0 + $1.saving } }

  /// What the sale earned and spent of its customer's points (nil: none).
  public var points: SalePoints? = nil

  public var voided: Bool { refunds.contains { $0.refundKind == .void } }
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

/// One payment method over a listing's sales: payments and what they settled.
public struct SalesMethodTotal: Sendable, Equatable {
  public let method: PaymentMethod
  public let payments: Int
  public let amount: Money
}

/// Recorded sales: listing, voids and returns.
public struct SalesHistory: ShopArea {
  let shop: Shop

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
    guard let id = try SaleRow.id(register: register.id, number: number, in: db) else {
      throw otherRegister
        ? SaleError.saleNotOnRegister(number: number, register: register.name)
        : SaleError.saleNotFound(reference)
    }
    return id
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
        let register = try SaleRegisterRow.find(id: id, in: db)
      else { throw error }
      return register
    }
  }

  /// Everything about one sale.
  public func sale(_ reference: String) throws -> SaleRecord {
    try sale(id: try saleID(reference))
  }

  /// A sale by its row id (print jobs refer to it so).
  public func sale(id: Int64) throws -> SaleRecord {
    guard let row = try SaleHeaderRow.find(id: id, in: db) else {
      throw SaleError.saleNotFound(String(id))
    }
    let lineTaxes = try SaleLineTaxRow.taxes(ofSale: id, in: db)
    var taxes: [TaxAmount] = []
    let options = try SaleLineOptionRow.of(sale: id, in: db)
    let sellers = try SaleLineSellerNameRow.of(sale: id, in: db)
    let lines = try SaleLineRecordRow.lines(ofSale: id, in: db).map { l in
      let taxesOfLine = lineTaxes[l.id] ?? []
      taxes.accumulate(taxesOfLine)
      return SaleLineRecord(
        id: l.id, position: l.position, productID: l.productID, sku: l.sku, name: l.name,
        unit: l.unit, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount,
        lineDiscount: l.lineDiscount, ticketDiscount: l.ticketDiscount,
        couponDiscount: l.couponDiscount, total: l.total, net: l.net, note: l.note,
        taxes: taxesOfLine, returned: l.returned, refunded: l.refunded, gift: l.gift,
        options: options[l.position] ?? [], seller: sellers[l.position])
    }
    var record = SaleRecord(
      id: row.id, number: row.number, registerID: row.registerID, registerName: row.registerName,
      at: row.at, userName: row.userName, subtotal: row.subtotal,
      lineDiscounts: row.lineDiscounts, ticketDiscount: row.ticketDiscount,
      couponCode: row.couponCode, couponDiscount: row.couponDiscount, total: row.total,
      net: row.net, rounding: row.rounding, change: row.change, boleta: row.boleta,
      note: row.note, gift: row.gift, lines: lines, taxes: taxes,
      payments: try PaymentRow.ofSale(id, in: db),
      refunds: try RefundSummaryRow.ofSale(id, in: db))
    if let customer = try SaleCustomerRow.of(sale: id, in: db) {
      record.customerName = customer.name
      record.customerRut = customer.rut
      record.points = try shop.points.ofSale(id, at: row.at, customerName: customer.name)
    }
    // Promotions are among the line discounts: a sale without any has none.
    if row.lineDiscounts > .zero { record.promotions = try shop.promotions.ofSale(id) }
    return record
  }

  /// Sales whose time falls in `period` (local days), oldest first.
  public func list(in period: Period) throws -> [SaleListing] {
    let (start, end) = LocalTime.bounds(period)
    return try SaleListingRow.between(start, end, in: db)
  }

  /// The sales of `period`, one at a time (a year is never held whole),
  /// oldest first, inside one read so every pass sees the same sales.
  public func forEachListing(in period: Period, _ body: (SaleListing) throws -> Void) throws {
    let (start, end) = LocalTime.bounds(period)
    try db.read { try SaleListingRow.forEach(between: start, end, in: db, body) }
  }

  /// What the sales of `period` were paid with, per method, in the order
  /// methods were first used.
  public func methodTotals(in period: Period) throws -> [SalesMethodTotal] {
    let (start, end) = LocalTime.bounds(period)
    return try MethodTotalRow.between(start, end, in: db)
  }

  /// `ventas ref 883311`'s footer: what those sales were paid with.
  public func methodTotals(reference: String) throws -> [SalesMethodTotal] {
    try MethodTotalRow.withReference(reference.trimmingCharacters(in: " \t"), in: db)
  }

  /// `ventas ref 883311`: the sales paid with that reference, any date.
  public func list(reference: String) throws -> [SaleListing] {
    try SaleListingRow.withReference(reference.trimmingCharacters(in: " \t"), in: db)
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

  public var refundKind: RefundKind? { RefundKind(rawValue: kind) }
}

extension SalesHistory {
  public func refund(id: Int64) throws -> RefundRecord {
    guard let row = try RefundHeaderRow.find(id: id, in: db) else {
      throw SaleError.saleNotFound(String(id))
    }
    return RefundRecord(
      id: row.id, number: row.number, kind: row.kind, saleNumber: row.saleNumber,
      registerName: row.registerName, at: row.at, userName: row.userName,
      approvedBy: row.approvedBy, reason: row.reason, total: row.total,
      lines: try RefundSlipLineRow.lines(ofRefund: id, in: db),
      payments: try PaymentRow.ofRefund(id, in: db))
  }

  /// A held ticket or quote by its row id (for its voucher), if it still exists.
  public func ticket(id: Int64) throws -> Ticket? {
    try TicketRow.find(id: id, in: db).map(shop.tickets.loadTicket)
  }
}
