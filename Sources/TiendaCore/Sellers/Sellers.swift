import TiendaStore

/// Sellers (issue 22): who sold each line, and their commissions. A seller
/// is not a user; the logged-in user stays the sale's cashier.
public struct Sellers: ShopArea {
  let shop: Shop

  /// `crear vendedor ana [comisión 3%]`.
  @discardableResult
  public func create(_ rawName: String, commission: Percent?) throws -> SellerInfo {
    let name = try NameRules.clean(rawName, thing: .seller)
    try check(commission)
    return try mutate { journal in
      if let existing = try SellerRow.find(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.seller, name: existing.name)
      }
      var row = SellerRow(name: name, commission: commission?.thousandths, createdAt: clock.now())
      row.id = try row.insert(into: db)
      journal.record(
        "vendedor.crear", entity: "sellers", id: String(row.id),
        after: .object([
          ("nombre", .string(name)),
          ("comision", commission.map { .decimal(thousandths: $0.thousandths) } ?? .null),
        ]))
      return row.info
    }
  }

  /// `listar vendedores`.
  public func list() throws -> [SellerInfo] {
    try db.read { try SellerRow.all(in: db).map(\.info) }
  }

  /// Active sellers' names, for completion.
  public func names() throws -> [String] {
    try list().filter(\.active).map(\.name)
  }

  /// `editar producto X comisión 5%` (`nil`: none, the seller's applies).
  public func setProductCommission(_ query: String, _ commission: Percent?) throws -> Product {
    try check(commission)
    return try mutate { journal in
      let product = try shop.catalog.findProduct(query)
      try ProductCommissionRow.set(
        product: product.id, commission: commission?.thousandths, in: db)
      journal.record(
        "producto.comision", entity: "products", id: String(product.id),
        after: .object([
          ("comision", commission.map { .decimal(thousandths: $0.thousandths) } ?? .null)
        ]))
      return product
    }
  }

  func check(_ commission: Percent?) throws {
    if let c = commission, c.thousandths < 0 || c.thousandths > 100_000 {
      throw SellerError.badCommission
    }
  }

  /// A seller by name (exact, folded; else a suggestion), active.
  func resolve(_ name: String) throws -> TicketSeller {
    let folded = fold(name.trimmingCharacters(in: " \t"))
    guard let row = try SellerRow.find(folded: folded, in: db) else {
      let all = try SellerRow.all(in: db).map(\.name)
      throw CoreError.notFound(.seller, query: name, suggestion: closestMatch(to: name, among: all))
    }
    guard row.active else { throw SellerError.inactive(row.name) }
    return row.ticketSeller
  }

  /// `vendedor ana [línea 2]` on the open ticket: the whole ticket (its
  /// lines and those added later) or one line.
  @discardableResult
  public func setOnTicket(_ name: String, line: Int?) throws -> (Ticket, TicketSeller) {
    try mutate { journal in
      let seller = try resolve(name)
      let (_, after) = try shop.tickets.changeTicket(
        "ticket.vendedor",
        detail: .object([
          ("vendedor", .string(seller.name)), ("linea", line.map { .int(Int64($0)) } ?? .null),
        ]), journal: journal
      ) { ticket in
        if let line {
          guard ticket.lines.indices.contains(line - 1) else {
            throw SaleError.noSuchLine(line, count: ticket.lines.count)
          }
          ticket.lines[line - 1].seller = seller
        } else {
          ticket.seller = seller
          for i in ticket.lines.indices { ticket.lines[i].seller = seller }
        }
      }
      return (after, seller)
    }
  }

  /// The sellers of a loaded ticket's rows, by id.
  func ticketSellers(_ ids: [Int64]) throws -> [Int64: TicketSeller] {
    Dictionary(
      try SellerRow.byIDs(Array(Set(ids)), in: db).map { ($0.id, $0.ticketSeller) },
      uniquingKeysWith: { a, _ in a })
  }

  /// The rows of `sale_line_sellers` for a sale being recorded: each line
  /// with a seller, at the product's commission or else the seller's.
  func saleRows(_ ticket: Ticket, sale: Int64, at: Int64) throws -> [SaleLineSellerRow] {
    let sellers = ticket.lines.map { $0.seller ?? ticket.seller }
    guard sellers.contains(where: { $0 != nil }) else { return [] }
    let own = try ProductCommissionRow.of(ticket.lines.map(\.product.id), in: db)
    return ticket.lines.enumerated().compactMap { i, line in
      guard let seller = sellers[i] else { return nil }
      return SaleLineSellerRow(
        saleID: sale, position: Int64(i + 1), sellerID: seller.id, sellerName: seller.name,
        commission: own[line.product.id] ?? seller.commission?.thousandths ?? 0, at: at,
        userName: actor.userName, approvedBy: nil)
    }
  }

  /// `cambiar vendedor venta N ana [línea 2]` (a supervisor's): a new row
  /// per line that supersedes the old one; never an update.
  @discardableResult
  public func change(_ request: SellerChange) throws -> SellerChangeOutcome {
    try mutate { journal in
      let saleID = try shop.sales.saleID(request.sale)
      let record = try shop.sales.sale(id: saleID)
      guard !record.voided else {
        throw SellerError.voidedSale(sale: request.sale.trimmingCharacters(in: " \t"))
      }
      let seller = try resolve(request.seller)
      let lines = try SaleLineProductRow.of(sale: saleID, in: db)
      var chosen = lines
      if let line = request.line {
        guard lines.indices.contains(line - 1) else {
          throw SellerError.noSuchSaleLine(
            line: line, sale: request.sale.trimmingCharacters(in: " \t"), count: lines.count)
        }
        chosen = [lines[line - 1]]
      }
      // Lines that already have this seller keep their row (append-only).
      chosen = chosen.filter { $0.sellerName.map(fold) != fold(seller.name) }
      guard !chosen.isEmpty else {
        throw SellerError.alreadySeller(
          seller: seller.name, sale: request.sale.trimmingCharacters(in: " \t"), line: request.line)
      }
      let own = try ProductCommissionRow.of(chosen.map(\.productID), in: db)
      let now = clock.now()
      try SaleLineSellerRow.insertAll(
        chosen.map {
          SaleLineSellerRow(
            saleID: saleID, position: $0.position, sellerID: seller.id, sellerName: seller.name,
            commission: own[$0.productID] ?? seller.commission?.thousandths ?? 0, at: now,
            userName: actor.userName, approvedBy: context.approvedBy)
        }, into: db)
      journal.record(
        "venta.cambiar_vendedor", entity: "venta", id: "\(record.registerID)-\(record.number)",
        before: .array(chosen.map { .string($0.sellerName ?? "") }),
        after: .object([
          ("vendedor", .string(seller.name)),
          ("lineas", .array(chosen.map { .int($0.position) })),
        ]))
      return SellerChangeOutcome(
        saleNumber: record.number, seller: seller.name, lines: chosen.map(\.position))
    }
  }

  /// `informe comisiones [período] [vendedor X]`: each line a seller sold
  /// in the period (by its current seller), what it actually paid (after
  /// discounts, net of its returns) and the commission, rounded half up
  /// per line.
  public func commissions(in period: Period, seller: String?) throws -> (
    lines: [CommissionLine], totals: [CommissionTotal]
  ) {
    try db.read {
      let id = try seller.map { try resolveAny($0) }
      let (start, end) = LocalTime.bounds(period)
      let lines = try CommissionLineRow.between(start, end, seller: id, in: db).map {
        CommissionLine(
          seller: $0.seller, saleNumber: $0.saleNumber, registerName: $0.registerName, at: $0.at,
          product: $0.product, paid: Money($0.paid), rate: Percent(thousandths: $0.rate),
          commission: Pricing.share(Money($0.paid), Percent(thousandths: $0.rate)))
      }
      var totals: [CommissionTotal] = []
      for line in lines {
        if let last = totals.last, last.seller == line.seller {
          totals[totals.count - 1] = CommissionTotal(
            seller: last.seller, lines: last.lines + 1, paid: last.paid + line.paid,
            commission: last.commission + line.commission)
        } else {
          totals.append(
            CommissionTotal(
              seller: line.seller, lines: 1, paid: line.paid, commission: line.commission))
        }
      }
      return (lines, totals)
    }
  }

  /// A seller by name, active or not (reports).
  func resolveAny(_ name: String) throws -> Int64 {
    if let row = try SellerRow.find(folded: fold(name.trimmingCharacters(in: " \t")), in: db) {
      return row.id
    }
    let all = try SellerRow.all(in: db).map(\.name)
    throw CoreError.notFound(.seller, query: name, suggestion: closestMatch(to: name, among: all))
  }
}
