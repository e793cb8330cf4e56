import TiendaStore

/// The catalog mastered on the central server (issue 23, part B):
/// `configurar central maestro catálogo sí|no` and the local half of
/// `sincronizar recibir`. The fetch from PostgreSQL lives with the central
/// connection; this area applies what came down, in one transaction.
public struct CentralCatalog: ShopArea {
  let shop: Shop

  /// Whether this file takes its catalog from the central server.
  public func isMaster() throws -> Bool {
    try db.read { try CentralCatalogStore.setting(CentralCatalogStore.masterKey, in: db) == "sí" }
  }

  /// The central catalog version this file last applied (0: never pulled).
  public func pulledVersion() throws -> Int64 {
    try db.read {
      try CentralCatalogStore.setting(CentralCatalogStore.versionKey, in: db).flatMap {
        Int64($0)
      } ?? 0
    }
  }

  /// `configurar central maestro catálogo sí|no`.
  public func setMaster(_ on: Bool) throws {
    try mutate { journal in
      let before = try CentralCatalogStore.setting(CentralCatalogStore.masterKey, in: db) == "sí"
      try CentralCatalogStore.setSetting(CentralCatalogStore.masterKey, on ? "sí" : "no", in: db)
      journal.record(
        "central.maestro_catálogo", entity: "settings", id: CentralCatalogStore.masterKey,
        before: .bool(before), after: .bool(on))
    }
  }

  /// Applies a pull in ONE transaction: every row or none, and the pulled
  /// version with them. Sales, stock movements and every other ledger row
  /// are never written: a sale keeps the price it was sold at.
  public func apply(_ changes: CentralCatalogChanges) throws -> CatalogPullSummary {
    try mutate { journal in
      guard try CentralCatalogStore.setting(CentralCatalogStore.masterKey, in: db) == "sí" else {
        throw CentralCatalogError.notMaster
      }
      let now = clock.now()
      var summary = CatalogPullSummary()
      summary.fromVersion =
        try CentralCatalogStore.setting(CentralCatalogStore.versionKey, in: db).flatMap {
          Int64($0)
        } ?? 0
      summary.toVersion = max(summary.fromVersion, changes.version)
      func count(_ added: Bool, _ c: inout CatalogPullSummary.Count) {
        if added { c.added += 1 } else { c.updated += 1 }
      }
      do {
        for tax in changes.taxes {
          count(try CentralCatalogStore.applyTax(tax, now: now, in: db), &summary.taxes)
        }
        for category in changes.categories {
          try Self.checkName(category.name, "nombre de categoría", .category)
          count(
            try CentralCatalogStore.applyCategory(category, now: now, in: db),
            &summary.categories)
        }
        for category in changes.categories {
          try CentralCatalogStore.linkParent(category, in: db)
        }
        for product in changes.products {
          try Self.checkName(product.name, "nombre de producto", .product)
          try Self.validate(product)
          let (added, old) = try CentralCatalogStore.applyProduct(product, now: now, in: db)
          count(added, &summary.products)
          if let old, old != product.price {
            summary.repriced.append((product.sku, old, product.price))
          }
        }
        for list in changes.priceLists {
          try Self.checkName(list.name, "nombre de lista de precios", .priceList)
          count(try CentralCatalogStore.applyPriceList(list, now: now, in: db), &summary.priceLists)
        }
        for price in changes.listPrices {
          if let added = try CentralCatalogStore.applyListPrice(price, in: db) {
            count(added, &summary.listPrices)
          }
        }
        for customer in changes.customers {
          try Self.checkName(customer.name, "nombre de cliente", .customer)
          count(
            try CentralCatalogStore.applyCustomer(customer, now: now, in: db), &summary.customers)
        }
        for promotion in changes.promotions {
          try Self.checkName(promotion.name, "nombre de promoción", nil)
          count(
            try CentralCatalogStore.applyPromotion(promotion, now: now, in: db),
            &summary.promotions)
        }
        // Tickets read promotions only once one exists (`promociones.hay`).
        if summary.promotions.added > 0 { try shop.promotions.markExist() }
      } catch let error as StoreError where error.kind == .constraint {
        throw CentralCatalogError.clash(kind: Self.clashKind(error.message))
      }
      try CentralCatalogStore.setSetting(
        CentralCatalogStore.versionKey, String(summary.toVersion), in: db)
      journal.record(
        "central.recibir", entity: "catálogo", id: String(summary.toVersion),
        before: .int(summary.fromVersion),
        after: .object([
          ("versión", .int(summary.toVersion)), ("productos", .int(Int64(summary.products.total))),
          ("categorías", .int(Int64(summary.categories.total))),
          ("impuestos", .int(Int64(summary.taxes.total))),
          ("listas", .int(Int64(summary.priceLists.total + summary.listPrices.total))),
          ("clientes", .int(Int64(summary.customers.total))),
          ("promociones", .int(Int64(summary.promotions.total))),
        ]))
      return summary
    }
  }

  /// Which local column a central row collided on (SQLite names it).
  static func clashKind(_ message: String) -> CentralCatalogError.Column {
    if message.contains("barcode") { return .barcode }
    if message.contains("sku") { return .sku }
    if message.contains("rut") { return .rut }
    return .name
  }

  /// A central name follows the rules of a name typed here (no control
  /// characters, at most 80 characters, a letter or digit): it will be
  /// typed, completed and printed here. Shown escaped and cut if refused.
  static func checkName(_ name: String, _ kind: String, _ thing: CoreError.Thing?) throws {
    do {
      _ = try NameRules.clean(name, thing: thing ?? .product)
    } catch {
      throw CentralCatalogError.badValue(kind: kind, value: shown(name))
    }
  }

  /// A refused central text as it can be shown: controls escaped, cut at 40.
  static func shown(_ text: String) -> String {
    let escaped = ControlCharacters.escaping(text)
    return escaped.count > 40 ? String(escaped.prefix(40)) + "…" : escaped
  }

  static func validate(_ p: CentralProduct) throws {
    // The SKU and the barcode as `crear producto` takes them.
    guard !p.sku.isEmpty, p.sku.count <= 20,
      p.sku.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    else {
      throw CentralCatalogError.badValue(kind: "SKU", value: shown(p.sku))
    }
    if let code = p.barcode, !code.isEmpty, (try? Barcode.parse(code)) == nil {
      throw CentralCatalogError.badValue(kind: "código de barras", value: shown(code))
    }
    guard ["un", "kg", "lt"].contains(p.unit) else {
      throw CentralCatalogError.badValue(kind: "unidad", value: p.unit)
    }
    guard (0...1_000_000_000_000).contains(p.price) else {
      throw CentralCatalogError.badValue(kind: "precio", value: String(p.price))
    }
  }
}

extension CentralCatalog {
  /// `sincronizar recibir`: the changes since this file's version, read
  /// from the central server, applied here in one transaction.
  public func pull() throws -> CatalogPullSummary {
    guard try isMaster() else { throw CentralCatalogError.notMaster }
    let central = try PostgresCentral(shop)
    let changes = try CentralCatalogFetch.changes(since: try pulledVersion(), in: central)
    return try apply(changes)
  }
}
