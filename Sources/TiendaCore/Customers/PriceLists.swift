import TiendaStore

/// A price list with its fixed prices (`ver lista mayorista`).
public struct PriceListDetail: Sendable {
  public let list: PriceListInfo
  public let prices: [PriceListEntry]
}

/// A product's fixed price in a list, next to its catalog price.
public struct PriceListEntry: Sendable, Equatable {
  public let productName: String
  public let catalogPrice: Money
  public let price: Money
}

/// Price lists (DESIGN §8.7): a percentage off the catalog price and/or
/// fixed prices per product. The customer's list (or its group's) prices
/// the lines of a ticket when the customer is set.
public struct PriceLists: ShopArea {
  let shop: Shop

  /// `crear lista mayorista descuento 10%`.
  @discardableResult
  public func create(name raw: String, percentOff: Percent?) throws -> PriceListInfo {
    let name = try NameRules.clean(raw, thing: .priceList)
    if name.contains(" ") { throw CustomerError.listNameWithSpaces(name) }
    let percent = percentOff ?? Percent(thousandths: 0)
    guard (0...100_000).contains(percent.thousandths) else {
      throw CustomerError.badListPercent
    }
    return try mutate { journal in
      if let existing = try PriceListRow.find(folded: fold(name), in: db) {
        throw CoreError.alreadyExists(.priceList, name: existing.name)
      }
      let id = try PriceListRow(name: name, percentOff: percent, createdAt: clock.now())
        .insert(into: db)
      journal.record(
        "lista_precios.crear", entity: "price_lists", id: String(id),
        after: .object([("nombre", .string(name)), ("descuento", .int(percent.thousandths))]))
      return try find(name)
    }
  }

  /// `editar lista mayorista descuento 12%`.
  @discardableResult
  public func edit(_ query: String, percentOff: Percent) throws -> PriceListInfo {
    guard (0...100_000).contains(percentOff.thousandths) else {
      throw CustomerError.badListPercent
    }
    return try mutate { journal in
      let before = try find(query)
      guard before.percentOff != percentOff else { throw CoreError.nothingToChange }
      try PriceListRow.update(id: before.id, percentOff: percentOff, in: db)
      journal.record(
        "lista_precios.editar", entity: "price_lists", id: String(before.id),
        before: .object([("descuento", .int(before.percentOff.thousandths))]),
        after: .object([("descuento", .int(percentOff.thousandths))]))
      return try find(before.name)
    }
  }

  /// `precio mayorista <producto> 2200` (nil price: back to the list's
  /// percentage). Returns the list, the product's name and its catalog price.
  @discardableResult
  public func setPrice(list query: String, product: String, price: Money?) throws -> (
    list: PriceListInfo, product: String, catalogPrice: Money
  ) {
    if price == .zero { throw CustomerError.listPriceZero }
    if let price, price.minorUnits < 0 || price.minorUnits > Limits.amount {
      throw CustomerError.priceTooHigh
    }
    return try mutate { journal in
      let list = try find(query)
      let item = try shop.catalog.findProduct(product)
      if let price {
        try PriceListPriceRow.set(list: list.id, product: item.id, price: price, in: db)
      } else {
        try PriceListPriceRow.remove(list: list.id, product: item.id, in: db)
      }
      journal.record(
        price == nil ? "lista_precios.quitar_precio" : "lista_precios.precio",
        entity: "price_lists", id: String(list.id),
        after: .object([
          ("producto", .string(item.name)),
          ("precio", price.map { .int($0.minorUnits) } ?? .null),
        ]))
      return (try find(list.name), item.name, item.price)
    }
  }

  /// `listar listas`.
  public func list() throws -> [PriceListInfo] {
    try db.read { try PriceListRow.all(in: db) }
  }

  /// `ver lista mayorista`.
  public func detail(_ query: String) throws -> PriceListDetail {
    try db.read {
      let list = try find(query)
      let prices = try PriceListPriceRow.all(list: list.id, in: db).map {
        PriceListEntry(productName: $0.productName, catalogPrice: $0.catalogPrice, price: $0.price)
      }
      return PriceListDetail(list: list, prices: prices)
    }
  }

  /// List names (Tab completion).
  public func names() -> [String] {
    ((try? PriceListRow.all(in: db)) ?? []).map(\.name)
  }

  /// The list named `query` (exactly, or the only one it starts).
  func find(_ query: String) throws -> PriceListInfo {
    let folded = fold(query).trimmingCharacters(in: " ")
    if let list = try PriceListRow.find(folded: folded, in: db) { return list }
    let all = try PriceListRow.all(in: db)
    let starting = all.filter { fold($0.name).hasPrefix(folded) }
    if starting.count == 1, !folded.isEmpty { return starting[0] }
    throw CoreError.notFound(
      .priceList, query: query, suggestion: closestMatch(to: query, among: all.map(\.name)))
  }

  /// The price of a unit of a product under a list: its fixed price, else
  /// the catalog price less the list's percentage, rounded half up to the
  /// currency's minor unit (10 % off $1.995 is $1.796).
  public static func price(catalog: Money, fixed: Money?, percentOff: Percent) -> Money {
    if let fixed { return fixed }
    guard percentOff.thousandths > 0 else { return catalog }
    let (high, low) = catalog.minorUnits.multipliedFullWidth(
      by: 100_000 - percentOff.thousandths)
    let (q, r) = Int64(100_000).dividingFullWidth((high, low))
    return Money(2 * r >= 100_000 ? q + 1 : q)
  }
}
