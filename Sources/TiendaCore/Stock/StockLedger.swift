import TiendaStore

/// Kinds of stock movement (DESIGN.md §4: the ledger is append-only).
public enum MovementKind: String, Sendable, CaseIterable {
  case initial = "inicial"
  case adjustment = "ajuste"
  case count = "conteo"
  case purchase = "compra"
  case shrinkage = "merma"
  case sale = "venta"
  case saleReturn = "devolución"
  case void = "anulación"
}

/// One row of the stock ledger.
public struct StockMovement: Sendable, Equatable {
  public let id: Int64
  public let at: Int64
  public let kind: MovementKind
  public let quantity: Quantity
  public let stockAfter: Quantity
  public let reason: String
  public let userName: String?
  public let registerName: String
}

/// `ajustar stock`: add, remove, or set the counted figure.
public enum StockAdjustment: Sendable, Equatable {
  case add(Quantity, Quantity.Unit?)
  case remove(Quantity, Quantity.Unit?)
  case set(Quantity, Quantity.Unit?)
}

/// A product whose cached stock disagrees with its ledger.
public struct StockMismatch: Sendable, Equatable {
  public let sku: String
  public let name: String
  public let cached: Quantity
  public let ledger: Quantity
}

/// The stock ledger and stock counts.
public struct Stock: ShopArea {
  let shop: Shop

  /// Appends a movement and updates the product's cached stock, in the
  /// caller's transaction. Returns the new stock.
  @discardableResult
  func recordMovement(productID: Int64, kind: MovementKind, quantity: Quantity, reason: String)
    throws -> Quantity
  {
    let after = try StockCache.add(db, productID: productID, quantity.thousandths, at: clock.now())
    // Stock stays within ±10^9 units (§8.2); the caller's transaction rolls back.
    guard after.magnitude <= Limits.stock.magnitude,
      quantity.thousandths.magnitude <= Limits.stock.magnitude
    else {
      throw LimitError.stock(product: try shop.catalog.product(id: productID).name)
    }
    try NewStockMovementRow(
      productID: productID, kind: kind, quantity: quantity.thousandths, stockAfter: after,
      reason: reason, userName: actor.userName, registerID: actor.registerID, at: clock.now()
    ).insert(into: db)
    return Quantity(thousandths: after)
  }

  /// `ajustar stock <p> +10 | -3 | =25 [motivo "…"]`. `=` records a count
  /// (kind `conteo`) with the difference. Stock may not go below zero unless
  /// the product sells without stock.
  @discardableResult
  public func adjustStock(_ query: String, _ adjustment: StockAdjustment, reason: String = "")
    throws -> (product: Product, movement: Quantity)
  {
    try mutate { journal in
      let product = try shop.catalog.findProduct(query)
      guard !product.isKit else { throw CoreError.kitHasNoStock(product.name) }
      let delta: Quantity
      let kind: MovementKind
      switch adjustment {
      case .add(let q, let unit):
        delta = try product.unit.quantity(q, writtenIn: unit, product: product.name)
        kind = .adjustment
      case .remove(let q, let unit):
        let q = try product.unit.quantity(q, writtenIn: unit, product: product.name)
        delta = Quantity(thousandths: -q.thousandths)
        kind = .adjustment
      case .set(let q, let unit):
        let counted = try product.unit.quantity(q, writtenIn: unit, product: product.name)
        delta = Quantity(thousandths: counted.thousandths - product.stock.thousandths)
        kind = .count
      }
      let result = Quantity(thousandths: product.stock.thousandths + delta.thousandths)
      if result.thousandths < 0 && !product.sellWithoutStock {
        throw CoreError.stockWouldBeNegative(
          product: product.name, stock: result, unit: product.unit)
      }
      if delta.thousandths == 0 && kind == .adjustment { return (product, delta) }
      try recordMovement(productID: product.id, kind: kind, quantity: delta, reason: reason)
      // A service or open-price product given stock keeps it from now on.
      if !product.tracksStock { try shop.catalog.startTrackingStock(product) }
      journal.record(
        "stock." + kind.rawValue, entity: "products", id: product.sku,
        before: .object([("stock", .decimal(thousandths: product.stock.thousandths))]),
        after: .object([
          ("stock", .decimal(thousandths: result.thousandths)),
          ("movimiento", .decimal(thousandths: delta.thousandths)), ("motivo", .string(reason)),
        ]))
      return (try shop.catalog.product(id: product.id), delta)
    }
  }

  /// `merma <p> 2 [motivo "…"]`: shrinkage (spoiled, broken, eaten).
  @discardableResult
  public func recordShrinkage(
    _ query: String, quantity: Quantity, unit: Quantity.Unit?, reason: String = ""
  ) throws -> Product {
    try mutate { journal in
      let product = try shop.catalog.findProduct(query)
      guard !product.isKit else { throw CoreError.kitHasNoStock(product.name) }
      let q = try product.unit.quantity(quantity, writtenIn: unit, product: product.name)
      guard q.thousandths > 0 else { throw CoreError.nothingToChange }
      let result = Quantity(thousandths: product.stock.thousandths - q.thousandths)
      if result.thousandths < 0 && !product.sellWithoutStock {
        throw CoreError.stockWouldBeNegative(
          product: product.name, stock: result, unit: product.unit)
      }
      try recordMovement(
        productID: product.id, kind: .shrinkage, quantity: Quantity(thousandths: -q.thousandths),
        reason: reason)
      journal.record(
        "stock.merma", entity: "products", id: product.sku,
        before: .object([("stock", .decimal(thousandths: product.stock.thousandths))]),
        after: .object([
          ("stock", .decimal(thousandths: result.thousandths)),
          ("movimiento", .decimal(thousandths: -q.thousandths)), ("motivo", .string(reason)),
        ]))
      return try shop.catalog.product(id: product.id)
    }
  }

  /// The ledger of one product, newest last (optionally within a period).
  public func movements(of productID: Int64, in period: Period? = nil, last: Int? = nil) throws
    -> [StockMovement]
  {
    try StockMovementRow.ofProduct(
      db, productID, between: period.map { LocalTime.bounds($0) }, last: last
    ).map(\.movement)
  }

  /// `stock bajo`: active products at or under their minimum.
  public func lowStock() throws -> [Product] {
    try ProductRow.lowStock(db).map(\.product)
  }

  /// `stock por vencer [días N]`: active products expiring within `days`
  /// (already expired included), soonest first.
  public func expiring(withinDays days: Int) throws -> [Product] {
    let limit = today.adding(days: days)
    return try ProductRow.expiring(db, onOrBefore: limit.iso).map(\.product)
  }

  /// Products whose cached stock differs from the sum of their movements.
  public func stockMismatches() throws -> [StockMismatch] {
    try StockMismatchRow.all(db).map {
      StockMismatch(
        sku: $0.sku, name: $0.name, cached: Quantity(thousandths: $0.cached),
        ledger: Quantity(thousandths: $0.ledger))
    }
  }
}
