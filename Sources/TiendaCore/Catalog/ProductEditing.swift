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
    let plu = try draft.plu.map { try checkPLU($0, excluding: nil) }
    if plu != nil, !draft.unit.isWeighed { throw ScaleError.pluOnUnitProduct(product: name) }
    var row = NewProductRow(
      sku: sku, barcode: barcode, name: name, categoryID: category?.id, unit: draft.unit,
      price: draft.price.minorUnits, cost: draft.cost?.minorUnits,
      priceIncludesTaxes: draft.priceIncludesTaxes, minimum: draft.minimum?.thousandths,
      sellWithoutStock: draft.sellWithoutStock, expires: draft.expires?.iso, inPOS: draft.inPOS,
      description: draft.description, isKit: isKit, createdAt: clock.now())
    row.plu = plu
    row.openPrice = draft.openPrice
    row.service = draft.service
    // Open-price products and services carry no stock unless given one.
    row.tracksStock = !(draft.openPrice || draft.service) || draft.stock != nil
    let id = try row.insert(into: db)
    for taxID in taxIDs {
      try ProductTaxRow(productID: id, taxID: taxID).insert(into: db)
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
      var change = change
      if let codes = change.taxes { change.taxes = try Catalog.exemptOrTaxes(codes) }
      if let written = change.minimumAsWritten {
        change.minimum = .some(
          try (change.unit ?? old.unit).quantity(
            written.quantity, writtenIn: written.unit, product: old.name))
      }
      if old.isKit {
        let invalid: [(Bool, String)] = [
          (change.unit != nil, "unidad"), (change.minimum != nil, "mínimo"),
          (change.expires != nil, "vencimiento"), (change.sellWithoutStock != nil, "stock"),
        ]
        if let field = invalid.first(where: \.0) {
          throw CoreError.kitField(kit: old.name, field: field.1)
        }
      }
      var update = ProductUpdate()
      if let raw = change.name {
        let name = try NameRules.clean(raw, thing: .product)
        if name != old.name {
          try checkNameFree(name, excluding: old.id)
          update.name = name
        }
      }
      if let price = change.price, price != old.price {
        guard price.minorUnits >= 0 else { throw CoreError.badPrice(price) }
        update.price = price.minorUnits
      }
      if let raw = change.sku {
        let sku = try checkSKU(raw, excluding: old.id)
        if sku != old.sku { update.sku = sku }
      }
      if let barcode = change.barcode {
        let new = try barcode.map { try checkBarcode($0, excluding: old.id) }
        if new != old.barcode { update.barcode = .some(new) }
      }
      if let category = change.category {
        let id = try category.map { try findCategory($0).id }
        if id != old.categoryID { update.categoryID = .some(id) }
      }
      if let unit = change.unit, unit != old.unit {
        if unit == .unit && !old.stock.isWhole {
          throw CoreError.badQuantityForProduct(product: old.name, unit: unit, detail: .fraction)
        }
        update.unit = unit
      }
      if let cost = change.cost, cost != old.cost {
        if let c = cost, c.minorUnits < 0 { throw CoreError.badPrice(c) }
        update.cost = .some(cost?.minorUnits)
      }
      if let flag = change.priceIncludesTaxes, flag != old.priceIncludesTaxes {
        update.priceIncludesTaxes = flag
      }
      if let minimum = change.minimum, minimum != old.minimum {
        update.minimum = .some(minimum?.thousandths)
      }
      if let flag = change.sellWithoutStock, flag != old.sellWithoutStock {
        update.sellWithoutStock = flag
      }
      if let expires = change.expires, expires != old.expires {
        update.expires = .some(expires?.iso)
      }
      if let flag = change.inPOS, flag != old.inPOS { update.inPOS = flag }
      if let text = change.description, text != old.description { update.description = text }
      if let plu = change.plu {
        let new = try plu.map { try checkPLU($0, excluding: old.id) }
        if new != old.plu { update.plu = .some(new) }
      }
      // A scale code sells a weight: a PLU only on products by kilo or litre.
      if change.plu != nil || change.unit != nil, (change.plu ?? old.plu) != nil,
        !(change.unit ?? old.unit).isWeighed
      {
        throw ScaleError.pluOnUnitProduct(product: old.name)
      }
      if let flag = change.openPrice, flag != old.openPrice { update.openPrice = flag }
      if let flag = change.service, flag != old.service { update.service = flag }
      var taxesChanged = false
      if let codes = change.taxes {
        let ids = try taxIDs(for: codes)
        if ids != (try ProductTaxRow.taxIDs(db, productID: old.id)) {
          taxesChanged = true
          try ProductTaxRow.deleteAll(db, productID: old.id)
          for id in ids {
            try ProductTaxRow(productID: old.id, taxID: id).insert(into: db)
          }
        }
      }
      if update.isEmpty && !taxesChanged { return (old, false) }
      try update.apply(db, productID: old.id, at: clock.now())
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
      try ProductStore.setActive(db, productID: old.id, false, at: clock.now())
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
      guard let row = try ProductRow.fetch(db, skuFolded: fold(text), orBarcode: text) else {
        throw CoreError.notFound(.product, query: text, suggestion: nil)
      }
      let old = row.product
      guard !old.active else { throw CoreError.productActive(old.name) }
      try checkNameFree(old.name, excluding: old.id)
      try ProductStore.setActive(db, productID: old.id, true, at: clock.now())
      let new = try product(id: old.id)
      journal.record(
        "producto.reactivar", entity: "products", id: new.sku, before: old.json, after: new.json)
      return new
    }
  }

  // MARK: - Checks

  /// Tax codes as written: `exento` alone means none; with others it is a
  /// contradiction.
  public static func exemptOrTaxes(_ list: [String]) throws -> [String] {
    let exempt = list.contains { fold($0) == "exento" }
    if exempt && list.count > 1 { throw CoreError.exemptWithTaxes }
    return exempt ? [] : list
  }

  func checkNameFree(_ name: String, excluding id: Int64?) throws {
    if let existing = try ProductStore.activeName(db, nameFolded: fold(name), excluding: id) {
      throw CoreError.alreadyExists(.product, name: existing)
    }
  }

  /// SKUs are short codes: letters, digits, `-`, `_`, `.`; up to 20; unique
  /// among all products ever created (a deleted product keeps its SKU).
  func checkSKU(_ raw: String, excluding id: Int64?) throws -> String {
    let sku = raw.trimmingCharacters(in: " \t")
    guard !sku.isEmpty, sku.count <= 20,
      sku.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    else { throw CoreError.badSKU(raw) }
    if let other = try ProductStore.name(db, skuFolded: fold(sku), excluding: id) {
      throw CoreError.duplicateSKU(sku, product: other)
    }
    return sku
  }

  func checkBarcode(_ raw: String, excluding id: Int64?) throws -> String {
    let code = try Barcode.parse(raw).code
    if let other = try ProductStore.name(db, barcode: code, excluding: id) {
      throw CoreError.duplicateBarcode(code, product: other)
    }
    return code
  }

  /// A PLU is 1 to 6 digits, kept without leading zeros; unique among all
  /// products ever created.
  func checkPLU(_ raw: String, excluding id: Int64?) throws -> String {
    let text = raw.trimmingCharacters(in: " \t")
    guard (1...6).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw ScaleError.badPLU(raw)
    }
    let plu = ScaleLayout.canonicalPLU(text)
    if let other = try ProductStore.name(db, plu: plu, excluding: id) {
      throw ScaleError.duplicatePLU(plu, product: other)
    }
    return plu
  }

  /// A short, typeable SKU from the name: the first three letters of its
  /// first word and a two-digit counter (`EMP01`, `EMP02`…).
  func generateSKU(for name: String) throws -> String {
    let letters = foldedWords(name).joined().filter { $0.isASCII && $0.isLetter }
    let stem = letters.isEmpty ? "PRD" : String(letters.prefix(3)).uppercased()
    let n = try ProductStore.highestSKUNumber(db, stem: stem) + 1
    return stem + (n < 10 ? "0" : "") + String(n)
  }
}
