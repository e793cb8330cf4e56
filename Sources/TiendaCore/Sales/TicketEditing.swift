import TiendaStore

extension Tickets {
  /// The ticket to work on: the open one, else a new empty one (not saved).
  func workingTicket() throws -> Ticket {
    if let open = try openTicket() { return open }
    var ticket = Ticket()
    ticket.openedAt = clock.now()
    return ticket
  }

  /// `vender` alone: opens an empty ticket on this register.
  public func startTicket() throws {
    try mutate { journal in
      guard try openTicket() == nil else { return }
      try saveTicket(try workingTicket())
      journal.record("ticket.abrir", entity: "ticket")
    }
  }

  /// `vender` alone: this terminal's open ticket, to go on with it; or,
  /// with none, opens an empty one and returns nil.
  public func resumeOrStartTicket() throws -> Ticket? {
    try mutate { journal in
      if let open = try openTicket() { return open }
      try saveTicket(try workingTicket())
      journal.record("ticket.abrir", entity: "ticket")
      return nil
    }
  }

  /// Adds lines to the open ticket (opening one if needed); the same product
  /// at the same terms adds to its line. Returns the ticket and warnings
  /// for products whose stock would fall short.
  func addToTicket(_ lines: [TicketLine], journal: JournalRecorder) throws -> (
    Ticket, [StockWarning]
  ) {
    var ticket = try workingTicket()
    try add(lines, to: &ticket)
    try saveTicket(ticket)
    journal.record(
      "ticket.agregar", entity: "ticket", id: nil,
      after: .object([("lineas", .array(lines.map(\.json)))]))
    guard let open = try openTicket() else { throw SaleError.noOpenTicket }
    return (open, try stockWarnings(ticket))
  }

  /// Lines just added to the open ticket, the ticket after them, and
  /// warnings for products whose stock would fall short.
  public struct AddedLines: Sendable {
    public let lines: [TicketLine]
    public let ticket: Ticket
    public let warnings: [StockWarning]
  }

  /// `agregar 2 empanada pino, …` (or items typed in ticket mode): names
  /// the products and adds them to the open ticket (opening one if
  /// needed), in one transaction.
  @discardableResult
  public func addItems(_ items: [SaleItemRequest]) throws -> AddedLines {
    try mutate { journal in
      let lines = try items.map(resolveItem)
      let (ticket, warnings) = try addToTicket(lines, journal: journal)
      return AddedLines(lines: lines, ticket: ticket, warnings: warnings)
    }
  }

  func add(_ lines: [TicketLine], to ticket: inout Ticket) throws {
    guard ticket.discount.isEmpty else { throw SaleError.linesAfterTicketDiscount }
    for var line in lines {
      if line.seller == nil { line.seller = ticket.seller }
      if let k = ticket.lines.firstIndex(where: { $0.canMerge(line) }) {
        ticket.lines[k].quantity.thousandths += line.quantity.thousandths
      } else {
        ticket.lines.append(line)
      }
    }
    if ticket.customer?.priceListID != nil { try applyPriceList(&ticket) }
    try ticket.checkLimits()
  }

  /// Products of the ticket whose stock does not cover it. The ticket's
  /// products must have been read in the caller's transaction (its lines
  /// and kit components are not read again).
  func stockWarnings(_ ticket: Ticket) throws -> [StockWarning] {
    var products: [Int64: Product] = [:]
    let needs = try stockNeeds(ticket, components: &products)
    for line in ticket.lines { products[line.product.id] = line.product }
    // Units committed to open orders (issue 20): one query, ticket mode only.
    let committed = try shop.orders.committedStock(products: needs.keys.sorted())
    return try needs.compactMap { need -> StockWarning? in
      let product = try products[need.key] ?? shop.catalog.product(id: need.key)
      guard !product.sellWithoutStock else { return nil }
      if product.stock < need.value {
        return StockWarning(product: product.name, stock: product.stock, unit: product.unit)
      }
      guard let held = committed[need.key],
        product.stock.thousandths - held.thousandths < need.value.thousandths
      else { return nil }
      return StockWarning(
        product: product.name, stock: product.stock, unit: product.unit, committed: held)
    }.sorted { $0.product < $1.product }
  }

  /// How much of each stocked product a ticket takes (kits: their
  /// components, whose products, read on the way, go to `components`).
  func stockNeeds(_ ticket: Ticket, components: inout [Int64: Product]) throws
    -> [Int64: Quantity]
  {
    var needs: [Int64: Quantity] = [:]
    for line in ticket.lines {
      try addStock(of: line.product, line.quantity, to: &needs, components: &components)
    }
    return needs
  }

  /// Adds `quantity` of a product to a per-product tally of stock: a kit
  /// counts as its components.
  func addStock(of product: Product, _ quantity: Quantity, to tally: inout [Int64: Quantity])
    throws
  {
    var components: [Int64: Product] = [:]
    try addStock(of: product, quantity, to: &tally, components: &components)
  }

  /// `addStock`, keeping the kit components' products as read.
  func addStock(
    of product: Product, _ quantity: Quantity, to tally: inout [Int64: Quantity],
    components: inout [Int64: Product]
  ) throws {
    guard product.isKit else {
      // Services and open-price products without stock move none.
      guard product.tracksStock else { return }
      tally[product.id, default: Quantity(thousandths: 0)].thousandths += quantity.thousandths
      return
    }
    for part in try shop.catalog.kitComponents(of: product.id) {
      tally[part.product.id, default: Quantity(thousandths: 0)].thousandths +=
        part.quantity.thousandths * quantity.thousandths / 1000
      components[part.product.id] = part.product
    }
  }

  /// Runs `change` on the open ticket and saves it, journaling `action`.
  @discardableResult
  func changeTicket(
    _ action: String, detail: JSONValue? = nil, _ change: (inout Ticket) throws -> Void
  ) throws -> Ticket {
    try mutate { journal in
      try changeTicket(action, detail: detail, journal: journal, change).after
    }
  }

  /// `changeTicket` in the caller's transaction: the ticket before and after.
  func changeTicket(
    _ action: String, detail: JSONValue?, journal: JournalRecorder,
    _ change: (inout Ticket) throws -> Void
  ) throws -> (before: Ticket, after: Ticket) {
    guard var ticket = try openTicket() else { throw SaleError.noOpenTicket }
    let before = ticket
    try change(&ticket)
    try saveTicket(ticket)
    journal.record(action, entity: "ticket", id: nil, after: detail)
    guard let after = try openTicket() else { throw SaleError.noOpenTicket }
    return (before, after)
  }

  /// What `quitar` takes off the open ticket.
  public enum Removal: Sendable, Equatable {
    /// `quitar línea 2`.
    case line(Int)
    /// `quitar empanada pino [1]`: the whole line, or that quantity of it.
    case product(String, quantity: Quantity?, unit: Quantity.Unit?)
  }

  /// `quitar …`: the open ticket before and after.
  @discardableResult
  public func remove(_ removal: Removal) throws -> (before: Ticket, after: Ticket) {
    try mutate { journal in
      switch removal {
      case .line(let number):
        return try changeTicket(
          "ticket.quitar", detail: .object([("linea", .int(Int64(number)))]), journal: journal,
          lineRemoval(number))
      case .product(let query, let quantity, let unit):
        guard try TicketRow.ownOpenExists(register: actor.registerID, owner: ownerValues, in: db)
        else { throw SaleError.noOpenTicket }
        let product = try shop.catalog.findProduct(query, forSale: true)
        return try changeTicket(
          "ticket.quitar", detail: .object([("producto", .string(product.name))]),
          journal: journal, productRemoval(product, quantity: quantity, unit: unit))
      }
    }
  }

  /// `quitar línea 2`.
  @discardableResult
  public func removeLine(_ number: Int) throws -> Ticket {
    try changeTicket(
      "ticket.quitar", detail: .object([("linea", .int(Int64(number)))]), lineRemoval(number))
  }

  func lineRemoval(_ number: Int) -> (inout Ticket) throws -> Void {
    { ticket in
      guard ticket.lines.indices.contains(number - 1) else {
        throw SaleError.noSuchLine(number, count: ticket.lines.count)
      }
      try ensureNoPayments(ticket)
      ticket.lines.remove(at: number - 1)
    }
  }

  func productRemoval(_ product: Product, quantity: Quantity?, unit: Quantity.Unit?)
    -> (inout Ticket) throws -> Void
  {
    { ticket in
      try ensureNoPayments(ticket)
      guard let k = ticket.lines.lastIndex(where: { $0.product.id == product.id }) else {
        throw SaleError.productNotInTicket(product.name)
      }
      if let quantity {
        let q = try product.unit.quantity(quantity, writtenIn: unit, product: product.name)
        if q < ticket.lines[k].quantity {
          ticket.lines[k].quantity.thousandths -= q.thousandths
          return
        }
      }
      ticket.lines.remove(at: k)
    }
  }

  func ensureNoPayments(_ ticket: Ticket) throws {
    guard ticket.payments.isEmpty else { throw SaleError.cannotChangeAfterPayment }
  }

  /// Checks a discount before it is set: at most 100 %, not above the
  /// amount. Returns it as a percentage of what it applies to, for the
  /// role's cap.
  public func discountShare(_ rule: DiscountRule, line: Int?, in ticket: Ticket) throws -> Percent {
    if let p = rule.percent, p.thousandths > 100_000 || p.thousandths < 0 {
      throw SaleError.percentOver100(p)
    }
    let totals = ticket.totals
    let base: Money
    if let line {
      guard ticket.lines.indices.contains(line - 1) else {
        throw SaleError.noSuchLine(line, count: ticket.lines.count)
      }
      base = totals.lines[line - 1].amount
    } else {
      guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
      base = totals.subtotal - totals.lineDiscounts
    }
    let discount =
      (rule.percent.map { Pricing.share(base, $0) } ?? .zero) + (rule.amount ?? .zero)
    guard discount <= base else {
      throw SaleError.discountAboveAmount(discount: discount, amount: base)
    }
    guard base > .zero else { return Percent(thousandths: 0) }
    return Percent(
      thousandths: Rounding.divideHalfUp(discount.minorUnits * 100_000, base.minorUnits))
  }

  /// `descuento 10%`, `descuento $500 línea 1`: sets the % or the $ part
  /// (each at most once: a new one replaces the old).
  @discardableResult
  public func setDiscount(_ rule: DiscountRule, line: Int?) throws -> Ticket {
    let detail: JSONValue = .object([
      ("linea", line.map { .int(Int64($0)) } ?? .null),
      ("porcentaje", rule.percent.map { .decimal(thousandths: $0.thousandths) } ?? .null),
      ("monto", rule.amount.map { .int($0.minorUnits) } ?? .null),
    ])
    return try changeTicket("ticket.descuento", detail: detail) { ticket in
      try ensureNoPayments(ticket)
      if let line {
        guard ticket.lines.indices.contains(line - 1) else {
          throw SaleError.noSuchLine(line, count: ticket.lines.count)
        }
        // 0 % or $0 removes that part.
        if let p = rule.percent {
          ticket.lines[line - 1].discountPercent = p.thousandths == 0 ? nil : p
        }
        if let a = rule.amount { ticket.lines[line - 1].discountAmount = a == .zero ? nil : a }
      } else {
        if let p = rule.percent { ticket.discount.percent = p.thousandths == 0 ? nil : p }
        if let a = rule.amount { ticket.discount.amount = a == .zero ? nil : a }
      }
      // Both parts together must still fit.
      let combined = line.map { ticket.lines[$0 - 1] }
      if let combined {
        let amount = Pricing.price([combined.pricingInput]).lines[0].amount
        let total = Pricing.lineDiscount(amount, combined.pricingInput)
        guard total <= amount else {
          throw SaleError.discountAboveAmount(discount: total, amount: amount)
        }
      } else {
        let totals = Pricing.price(ticket.lines.map(\.pricingInput))
        let base = totals.total
        let total =
          (ticket.discount.percent.map { Pricing.share(base, $0) } ?? .zero)
          + (ticket.discount.amount ?? .zero)
        guard total <= base else {
          throw SaleError.discountAboveAmount(discount: total, amount: base)
        }
      }
    }
  }

  /// `cupón VERANO10`: checks every condition now (and again at payment).
  @discardableResult
  public func applyCoupon(_ code: String) throws -> Ticket {
    try applyCouponReporting(code).ticket
  }

  /// `cupón VERANO10`, saying which coupon the ticket had before (a new
  /// one replaces it).
  public func applyCouponReporting(_ code: String) throws -> (
    ticket: Ticket, coupon: Coupon, previous: Coupon?
  ) {
    let coupon = try shop.coupons.findCoupon(code)
    return try mutate { journal in
      let (before, after) = try changeTicket(
        "ticket.cupón", detail: .object([("cupon", .string(coupon.code))]), journal: journal
      ) { ticket in
        try ensureNoPayments(ticket)
        guard !ticket.lines.isEmpty else { throw SaleError.emptyTicket }
        try shop.coupons.checkCoupon(coupon, subtotal: ticket.totals.subtotal)
        ticket.coupon = coupon
      }
      return (after, coupon, before.coupon)
    }
  }

  /// `nota "sin cebolla" [línea 1]`.
  @discardableResult
  public func setNote(_ text: String, line: Int?) throws -> Ticket {
    try changeTicket("ticket.nota", detail: .object([("nota", .string(text))])) { ticket in
      if let line {
        guard ticket.lines.indices.contains(line - 1) else {
          throw SaleError.noSuchLine(line, count: ticket.lines.count)
        }
        ticket.lines[line - 1].note = text
      } else {
        ticket.note = text
      }
    }
  }

  /// `regalo [línea N]`: a gift ticket (no prices) for the sale or a line.
  @discardableResult
  public func markGift(line: Int?) throws -> Ticket {
    try changeTicket(
      "ticket.regalo", detail: .object([("linea", line.map { .int(Int64($0)) } ?? .null)])
    ) {
      ticket in
      if let line {
        guard ticket.lines.indices.contains(line - 1) else {
          throw SaleError.noSuchLine(line, count: ticket.lines.count)
        }
        ticket.lines[line - 1].gift = true
      } else {
        ticket.gift = true
      }
    }
  }

  /// `boleta 123456`: the number of a boleta issued elsewhere.
  @discardableResult
  public func setBoleta(_ number: String) throws -> Ticket {
    try changeTicket("ticket.boleta", detail: .object([("boleta", .string(number))])) {
      $0.boleta = number
    }
  }

  /// `cancelar [motivo "…"]`: the open ticket is discarded (journaled with
  /// its lines). Returns cash already taken, to hand back.
  @discardableResult
  public func cancelTicket(reason: String) throws -> Ticket {
    try mutate { journal in
      guard let ticket = try openTicket() else { throw SaleError.noOpenTicket }
      try deleteTicket(ticket.id!)
      journal.record(
        "venta.cancelar", entity: "ticket", id: nil,
        before: .object([
          ("lineas", .array(ticket.lines.map(\.json))),
          ("total", .int(ticket.totals.total.minorUnits)),
          ("pagado", .int(ticket.paid.minorUnits)),
        ]), after: .object([("motivo", .string(reason))]))
      return ticket
    }
  }
}

extension TicketLine {
  var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("sku", .string(product.sku)), ("nombre", .string(product.name)),
      ("cantidad", .decimal(thousandths: quantity.thousandths)),
      ("precio", .int(unitPrice.minorUnits)),
      ("importe", fixedAmount.map { .int($0.minorUnits) } ?? .null),
    ]
    // Options and the seller (issue 22) only when the line has them.
    if !options.isEmpty { fields.append(("opciones", .array(options.map { .string($0.name) }))) }
    if let seller { fields.append(("vendedor", .string(seller.name))) }
    return .object(fields)
  }
}
