import TiendaStore

/// A price saved for a later day and not applied yet (`listar precios
/// programados`).
public struct ScheduledPrice: Sendable, Equatable {
  public let product: Product
  /// The price now.
  public let today: Money
  public let price: Money
  public let from: LocalDate
}

/// The dated changes still pending: listed and cancelled by product.
extension BulkPrices {
  /// Every pending change, by day then product; of several saved for the
  /// same product and day, the last one (the one that will apply).
  public func scheduled() throws -> [ScheduledPrice] {
    try db.read { try scheduled(try PriceChangeRow.pending(db)) }
  }

  /// `cancelar precio programado leche`: forgets the product's pending
  /// changes (every day), journaled; the price stays as it is.
  @discardableResult
  public func cancelScheduled(_ query: String) throws -> [ScheduledPrice] {
    try mutate { journal in
      let product = try shop.catalog.findProduct(query)
      let rows = try PriceChangeRow.pending(db).filter { $0.productID == product.id }
      guard !rows.isEmpty else { throw PriceError.nothingScheduled(product: product.name) }
      let cancelled = try scheduled(rows)
      try PriceChangeRow.delete(db, ids: rows.compactMap(\.id))
      journal.record(
        "precios.cancelar_programado", entity: "products", id: product.sku,
        before: .array(
          cancelled.map {
            .object([("precio", .int($0.price.minorUnits)), ("desde", .string($0.from.iso))])
          }))
      return cancelled
    }
  }

  private func scheduled(_ rows: [PriceChangeRow]) throws -> [ScheduledPrice] {
    var last: [String: PriceChangeRow] = [:]
    var order: [String] = []
    for row in rows {
      let key = "\(row.effectiveOn) \(row.productID)"
      if last[key] == nil { order.append(key) }
      last[key] = row
    }
    var products: [Int64: Product] = [:]
    return try order.compactMap { key in
      guard let row = last[key], let day = LocalDate(iso: row.effectiveOn) else { return nil }
      let product = try products[row.productID] ?? shop.catalog.product(id: row.productID)
      products[row.productID] = product
      return ScheduledPrice(
        product: product, today: product.price, price: Money(row.price), from: day)
    }
  }
}
