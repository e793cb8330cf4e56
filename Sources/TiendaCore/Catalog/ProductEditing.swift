import TiendaStore

/// Writing the catalog: create, edit, delete (deactivate) and reactivate.
extension Catalog {
  /// `crear producto`: validates everything, then inserts the product, its
  /// taxes and its initial stock movement in one transaction.
  @discardableResult
  public func createProduct(_ draft: ProductDraft) throws -> Product {
    try mutate { journal in
      let created = try insertProduct(draft, isKit: false)
      journal.record(
        "producto.crear", entity: "products", id: created.sku, after: created.json)
      return created
    }
  }

  /// Inserts a product inside the caller's transaction (create, import, kits).
  func insertProduct(_ draft: ProductDraft, isKit: Bool) throws -> Product {
    let name = try NameRules.clean(draft.name, thing: .product)
    try checkNameFree(name, excluding: nil)
    guard draft.price.minorUnits >= 0 else { throw CoreError.badPrice(draft.price) }
    if let cost = draft.cost, cost.minorUnits < 0 { throw CoreError.badPrice(cost) }
    let sku = try draft.sku.map { try checkSKU($0, excluding: nil) } ?? generateSKU(for: name)
    let barcode = try draft.barcode.map { try checkBarcode($0, excluding: nil) }
    let category = try draft.category.map(findCategory)
    let taxIDs = try taxIDs(for: draft.taxes ?? defaultTaxCodes())
    let now = clock.now()
    try db.run(
      """
      INSERT INTO products(sku, sku_folded, barcode, name, name_folded, category_id, unit, price,
        cost, price_includes_taxes, stock, minimum, sell_without_stock, expires, in_pos,
        description, is_kit, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?)
      """,
      [
        .text(sku), .text(fold(sku)), barcode.sqlValue, .text(name), .text(fold(name)),
        category.map { .integer($0.id) } ?? .null, .text(draft.unit.rawValue),
        .integer(draft.price.minorUnits), draft.cost.map { .integer($0.minorUnits) } ?? .null,
        draft.priceIncludesTaxes.sqlValue,
        draft.minimum.map { .integer($0.thousandths) } ?? .null,
        draft.sellWithoutStock.sqlValue, draft.expires.map { .text($0.iso) } ?? .null,
        draft.inPOS.sqlValue, .text(draft.description), isKit.sqlValue, .integer(now),
        .integer(now),
      ])
    let id = db.lastInsertRowID
    for taxID in taxIDs {
      try db.run(
        "INSERT INTO product_taxes(product_id, tax_id) VALUES (?, ?)",
        [.integer(id), .integer(taxID)])
    }
    if let stock = draft.stock, stock.thousandths != 0 {
      guard !isKit else { throw CoreError.kitHasNoStock(name) }
      if stock.thousandths < 0 && !draft.sellWithoutStock {
        throw CoreError.stockWouldBeNegative(product: name, stock: stock, unit: draft.unit)
      }
      try shop.stock.recordMovement(productID: id, kind: .initial, quantity: stock, reason: "")
    }
    return try product(id: id)
  }

  /// `editar producto`: applies the fields given; an edit to the same
  /// values writes nothing.
  @discardableResult
  public func editProduct(_ query: String, _ change: ProductChange) throws -> (
    product: Product, changed: Bool
  ) {
    guard !change.isEmpty else { throw CoreError.nothingToChange }
    return try mutate { journal in
      let old = try findProduct(query)
      if old.isKit {
        let invalid: [(Bool, String)] = [
          (change.unit != nil, "unidad"), (change.minimum != nil, "mínimo"),
          (change.expires != nil, "vencimiento"), (change.sellWithoutStock != nil, "stock"),
        ]
        if let field = invalid.first(where: \.0) {
          throw CoreError.kitField(kit: old.name, field: field.1)
        }
      }
      var sets: [String] = []
      var values: [SQLValue] = []
      func set(_ column: String, _ value: SQLValue) {
        sets.append(column + " = ?")
        values.append(value)
      }
      if let raw = change.name {
        let name = try NameRules.clean(raw, thing: .product)
        if name != old.name {
          try checkNameFree(name, excluding: old.id)
          set("name", .text(name))
          set("name_folded", .text(fold(name)))
        }
      }
      if let price = change.price, price != old.price {
        guard price.minorUnits >= 0 else { throw CoreError.badPrice(price) }
        set("price", .integer(price.minorUnits))
      }
      if let raw = change.sku {
        let sku = try checkSKU(raw, excluding: old.id)
        if sku != old.sku {
          set("sku", .text(sku))
          set("sku_folded", .text(fold(sku)))
        }
      }
      if let barcode = change.barcode {
        let new = try barcode.map { try checkBarcode($0, excluding: old.id) }
        if new != old.barcode { set("barcode", new.sqlValue) }
      }
      if let category = change.category {
        let id = try category.map { try findCategory($0).id }
        if id != old.categoryID { set("category_id", id.sqlValue) }
      }
      if let unit = change.unit, unit != old.unit {
        if unit == .unit && !old.stock.isWhole {
          throw CoreError.badQuantityForProduct(product: old.name, unit: unit, detail: .fraction)
        }
        set("unit", .text(unit.rawValue))
      }
      if let cost = change.cost, cost != old.cost {
        if let c = cost, c.minorUnits < 0 { throw CoreError.badPrice(c) }
        set("cost", cost.map { .integer($0.minorUnits) } ?? .null)
      }
      if let flag = change.priceIncludesTaxes, flag != old.priceIncludesTaxes {
        set("price_includes_taxes", flag.sqlValue)
      }
      if let minimum = change.minimum, minimum != old.minimum {
        set("minimum", minimum.map { .integer($0.thousandths) } ?? .null)
      }
      if let flag = change.sellWithoutStock, flag != old.sellWithoutStock {
        set("sell_without_stock", flag.sqlValue)
      }
      if let expires = change.expires, expires != old.expires {
        set("expires", expires.map { .text($0.iso) } ?? .null)
      }
      if let flag = change.inPOS, flag != old.inPOS { set("in_pos", flag.sqlValue) }
      if let text = change.description, text != old.description { set("description", .text(text)) }
      var taxesChanged = false
      if let codes = change.taxes {
        let ids = try taxIDs(for: codes)
        let current = Set(
          try db.query("SELECT tax_id FROM product_taxes WHERE product_id = ?", [.integer(old.id)])
            .map { $0.int(0) })
        if ids != current {
          taxesChanged = true
          try db.run("DELETE FROM product_taxes WHERE product_id = ?", [.integer(old.id)])
          for id in ids {
            try db.run(
              "INSERT INTO product_taxes(product_id, tax_id) VALUES (?, ?)",
              [.integer(old.id), .integer(id)])
          }
        }
      }
      if sets.isEmpty && !taxesChanged { return (old, false) }
      set("updated_at", .integer(clock.now()))
      try db.run(
        "UPDATE products SET " + sets.joined(separator: ", ") + " WHERE id = ?",
        values + [.integer(old.id)])
      let new = try product(id: old.id)
      if new.price != old.price || taxesChanged || new.priceIncludesTaxes != old.priceIncludesTaxes
      {
        try shop.tickets.checkTicketsHolding(productID: new.id, product: new.name)
      }
      journal.record(
        "producto.editar", entity: "products", id: new.sku, before: old.json, after: new.json)
      return (new, true)
    }
  }

  /// `borrar producto`: deactivates it; its sales and movements stay.
  @discardableResult
  public func deleteProduct(_ query: String) throws -> Product {
    try mutate { journal in
      let old = try findProduct(query)
      try db.run(
        "UPDATE products SET active = 0, updated_at = ? WHERE id = ?",
        [.integer(clock.now()), .integer(old.id)])
      journal.record("producto.borrar", entity: "products", id: old.sku, before: old.json)
      return old
    }
  }

  /// `reactivar producto <sku>`: brings a deleted product back (named by SKU
  /// or barcode, since deleted names may be reused).
  @discardableResult
  public func reactivateProduct(_ query: String) throws -> Product {
    try mutate { journal in
      let text = query.trimmingCharacters(in: " \t")
      guard
        let row = try db.queryFirst(
          Catalog.productColumns + " WHERE p.sku_folded = ? OR p.barcode = ?",
          [.text(fold(text)), .text(text)])
      else {
        throw CoreError.notFound(.product, query: text, suggestion: nil)
      }
      let old = product(from: row)
      guard !old.active else { throw CoreError.productActive(old.name) }
      try checkNameFree(old.name, excluding: old.id)
      try db.run(
        "UPDATE products SET active = 1, updated_at = ? WHERE id = ?",
        [.integer(clock.now()), .integer(old.id)])
      let new = try product(id: old.id)
      journal.record(
        "producto.reactivar", entity: "products", id: new.sku, before: old.json, after: new.json)
      return new
    }
  }

  // MARK: - Checks

  func checkNameFree(_ name: String, excluding id: Int64?) throws {
    if let row = try db.queryFirst(
      "SELECT name FROM products WHERE active = 1 AND name_folded = ? AND id IS NOT ?",
      [.text(fold(name)), id.sqlValue])
    {
      throw CoreError.alreadyExists(.product, name: row.string(0))
    }
  }

  /// SKUs are short codes: letters, digits, `-`, `_`, `.`; up to 20; unique
  /// among all products ever created (a deleted product keeps its SKU).
  func checkSKU(_ raw: String, excluding id: Int64?) throws -> String {
    let sku = raw.trimmingCharacters(in: " \t")
    guard !sku.isEmpty, sku.count <= 20,
      sku.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    else { throw CoreError.badSKU(raw) }
    if let row = try db.queryFirst(
      "SELECT name FROM products WHERE sku_folded = ? AND id IS NOT ?",
      [.text(fold(sku)), id.sqlValue])
    {
      throw CoreError.duplicateSKU(sku, product: row.string(0))
    }
    return sku
  }

  func checkBarcode(_ raw: String, excluding id: Int64?) throws -> String {
    let code = try Barcode.parse(raw).code
    if let row = try db.queryFirst(
      "SELECT name FROM products WHERE barcode = ? AND id IS NOT ?", [.text(code), id.sqlValue])
    {
      throw CoreError.duplicateBarcode(code, product: row.string(0))
    }
    return code
  }

  /// A short, typeable SKU from the name: the first three letters of its
  /// first word and a two-digit counter (`EMP01`, `EMP02`…).
  func generateSKU(for name: String) throws -> String {
    let letters = foldedWords(name).joined().filter { $0.isASCII && $0.isLetter }
    let stem = letters.isEmpty ? "PRD" : String(letters.prefix(3)).uppercased()
    let highest = try db.scalarInt(
      "SELECT coalesce(max(CAST(substr(sku_folded, ?) AS INTEGER)), 0) FROM products "
        + "WHERE sku_folded GLOB ?",
      [.integer(Int64(stem.count + 1)), .text(fold(stem) + "[0-9]*")])
    let n = highest + 1
    return stem + (n < 10 ? "0" : "") + String(n)
  }
}
