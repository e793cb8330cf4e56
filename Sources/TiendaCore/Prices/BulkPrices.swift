import TiendaStore

/// Bulk price changes (issue 21): by category or list of products, by a
/// signed percent or amount, rounded, previewed, applied now or from a
/// later day (applied when the shop opens on or after it), each product's
/// change journaled.
public struct BulkPrices: ShopArea {
  let shop: Shop

  /// The change each product would get: reads only.
  public func preview(_ request: BulkPriceRequest) throws -> BulkPriceOutcome {
    try db.read {
      let day = try scheduledDay(request)
      return BulkPriceOutcome(lines: try lines(request, on: day), scheduledFor: day, applied: false)
    }
  }

  /// Applies the change now, or saves it for its day: one transaction.
  public func apply(_ request: BulkPriceRequest) throws -> BulkPriceOutcome {
    try mutate { journal in
      let day = try scheduledDay(request)
      let lines = try lines(request, on: day)
      let now = clock.now()
      if let day {
        for line in lines where line.before != line.after {
          try PriceChangeRow(
            productID: line.product.id, price: line.after.minorUnits, effectiveOn: day.iso,
            command: context.command, createdAt: now
          ).insert(into: db)
        }
        journal.record(
          "precios.programar", entity: "price_changes", id: day.iso,
          after: .object([
            ("desde", .string(day.iso)),
            ("productos", .array(lines.filter { $0.before != $0.after }.map(Self.json))),
          ]))
        return BulkPriceOutcome(lines: lines, scheduledFor: day, applied: false)
      }
      for line in lines where line.before != line.after {
        try setPrice(line.product, line.after, journal: journal, action: "precios.ajustar")
      }
      return BulkPriceOutcome(lines: lines, scheduledFor: nil, applied: true)
    }
  }

  /// When the shop opens: applies the dated changes whose day has come (a
  /// write only when the opening's read said one is due).
  @discardableResult
  public func applyDue() throws -> Int {
    guard let next = settings.nextPriceChange, next <= today else { return 0 }
    let applied: Int = try mutate { journal in
      let due = try PriceChangeRow.due(db, onOrBefore: today.iso)
      for change in due {
        let product = try shop.catalog.product(id: change.productID)
        if product.price.minorUnits != change.price {
          try setPrice(
            product, Money(change.price), journal: journal, action: "precios.aplicar_programado",
            day: change.effectiveOn)
        }
      }
      try PriceChangeRow.markApplied(db, ids: due.compactMap(\.id), at: clock.now())
      return due.count
    }
    let handle = shop
    handle.settings.nextPriceChange = nil
    return applied
  }

  private func setPrice(
    _ product: Product, _ price: Money, journal: JournalRecorder, action: String,
    day: String? = nil
  ) throws {
    var update = ProductUpdate()
    update.price = price.minorUnits
    try update.apply(db, productID: product.id, at: clock.now())
    try shop.tickets.checkTicketsHolding(productID: product.id, product: product.name)
    var after: [(String, JSONValue)] = [("precio", .int(price.minorUnits))]
    if let day { after.append(("desde", .string(day))) }
    journal.record(
      action, entity: "products", id: product.sku,
      before: .object([("precio", .int(product.price.minorUnits))]), after: .object(after))
  }

  private func scheduledDay(_ request: BulkPriceRequest) throws -> LocalDate? {
    guard let day = request.from else { return nil }
    if day < today { throw PriceError.pastDate(day) }
    return day > today ? day : nil
  }

  /// The lines of a change; a dated one starts from the price each
  /// product will have on its day (today's with the pending changes up to
  /// that day applied), and says when it replaces one of that same day.
  private func lines(_ request: BulkPriceRequest, on day: LocalDate?) throws -> [PriceChangeLine] {
    if let step = request.roundTo, !BulkPriceRequest.roundings.contains(step) {
      throw PriceError.badRounding(step)
    }
    var products: [Product]
    switch request.target {
    case .category(let name):
      products = try shop.catalog.products(category: name)
      if products.isEmpty { throw PriceError.noProducts(category: name) }
    case .products(let names):
      products = []
      for name in names {
        let product = try shop.catalog.findProduct(name)
        if !products.contains(where: { $0.id == product.id }) { products.append(product) }
      }
      if products.isEmpty { throw PriceError.noProducts(category: nil) }
    }
    // An open price has no price to change.
    products.removeAll(where: \.openPrice)
    if products.isEmpty { throw PriceError.onlyOpenPrice }
    var base: [Int64: Money] = [:]
    var sameDay: Set<Int64> = []
    if let day {
      // Oldest first: the last one of a product is its price on `day`.
      for change in try PriceChangeRow.pending(db, onOrBefore: day.iso) {
        base[change.productID] = Money(change.price)
        if change.effectiveOn == day.iso { sameDay.insert(change.productID) }
      }
    }
    return try products.map {
      let before = base[$0.id] ?? $0.price
      var line = PriceChangeLine(
        product: $0, before: before,
        after: try PriceMath.newPrice(before, request, product: $0.name))
      line.replacesPending = sameDay.contains($0.id)
      return line
    }
  }

  static func json(_ line: PriceChangeLine) -> JSONValue {
    .object([
      ("sku", .string(line.product.sku)), ("antes", .int(line.before.minorUnits)),
      ("despues", .int(line.after.minorUnits)),
    ])
  }
}
