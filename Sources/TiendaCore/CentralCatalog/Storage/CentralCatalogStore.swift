import TiendaStore

/// The local side of a pull: each central row matched by its global id
/// (taxes by code), else adopted by its natural key (SKU, name, RUT), else
/// added. Only the fields the central catalog masters are written; stock,
/// minimums, kits and every ledger table are never touched.
enum CentralCatalogStore {
  static let masterKey = "central.maestro_catálogo"
  static let versionKey = "central.catálogo_versión"

  static func setting(_ key: String, in db: Database) throws -> String? {
    try db.fetchValue("SELECT value FROM settings WHERE key = ?1", [.text(key)])
  }

  static func setSetting(_ key: String, _ value: String, in db: Database) throws {
    try db.run(
      "INSERT INTO settings(key, value) VALUES (?1, ?2) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      [.text(key), .text(value)])
  }

  /// The local id of a row by global id, else by a natural key.
  static func localID(
    _ table: String, globalID: String, naturalKey: String, value: SQLValue, in db: Database
  ) throws -> (id: Int64, adopted: Bool)? {
    if let id: Int64 = try db.fetchValue(
      "SELECT id FROM \(table) WHERE global_id = ?1", [.text(globalID)])
    {
      return (id, false)
    }
    if let id: Int64 = try db.fetchValue(
      "SELECT id FROM \(table) WHERE \(naturalKey) = ?1 ORDER BY active DESC, id LIMIT 1",
      [value])
    {
      try db.update(table, set: ["global_id": globalID], where: "id = ?", [.integer(id)])
      return (id, true)
    }
    return nil
  }

  static func applyTax(_ tax: CentralTax, now: Int64, in db: Database) throws -> Bool {
    let folded = fold(tax.code)
    if try db.update(
      "taxes", set: ["rate": tax.rate, "description": tax.description],
      where: "code_folded = ?", [.text(folded)]) > 0
    {
      return false
    }
    try db.insert(
      into: "taxes",
      [
        "code": tax.code, "code_folded": folded, "rate": tax.rate,
        "description": tax.description, "created_at": now,
      ])
    return true
  }

  static func applyCategory(_ c: CentralCategory, now: Int64, in db: Database) throws -> Bool {
    let folded = fold(c.name)
    let columns: KeyValuePairs<String, any SQLBindable> = [
      "name": c.name, "name_folded": folded, "active": c.active,
    ]
    if let found = try localID(
      "categories", globalID: c.globalID, naturalKey: "name_folded", value: .text(folded), in: db)
    {
      try db.update("categories", set: columns, where: "id = ?", [.integer(found.id)])
      return false
    }
    try db.insert(
      into: "categories",
      [
        "global_id": c.globalID, "name": c.name, "name_folded": folded, "active": c.active,
        "created_at": now,
      ])
    return true
  }

  /// Parents after every category exists (a child may come before its parent).
  static func linkParent(_ c: CentralCategory, in db: Database) throws {
    try db.run(
      """
      UPDATE categories SET parent_id = (SELECT id FROM categories WHERE global_id = ?2)
      WHERE global_id = ?1
      """, [.text(c.globalID), c.parentGlobalID.map { .text($0) } ?? .null])
  }

  static func categoryID(globalID: String?, in db: Database) throws -> Int64? {
    guard let globalID else { return nil }
    return try db.fetchValue("SELECT id FROM categories WHERE global_id = ?1", [.text(globalID)])
  }

  /// Adds or updates a product; returns whether it was added and its price
  /// before (nil when new).
  static func applyProduct(_ p: CentralProduct, now: Int64, in db: Database) throws -> (
    added: Bool, oldPrice: Int64?
  ) {
    let category = try categoryID(globalID: p.categoryGlobalID, in: db)
    let columns: KeyValuePairs<String, any SQLBindable> = [
      "sku": p.sku, "sku_folded": fold(p.sku), "name": p.name, "name_folded": fold(p.name),
      "barcode": p.barcode, "category_id": category, "unit": p.unit, "price": p.price,
      "cost": p.cost, "price_includes_taxes": p.priceIncludesTaxes, "active": p.active,
      "updated_at": now,
    ]
    let id: Int64
    var oldPrice: Int64?
    if let found = try localID(
      "products", globalID: p.globalID, naturalKey: "sku_folded", value: .text(fold(p.sku)),
      in: db)
    {
      id = found.id
      oldPrice = try db.fetchValue("SELECT price FROM products WHERE id = ?1", [.integer(id)])
      try db.update("products", set: columns, where: "id = ?", [.integer(id)])
    } else {
      id = try db.insert(
        into: "products",
        [
          "global_id": p.globalID, "sku": p.sku, "sku_folded": fold(p.sku), "name": p.name,
          "name_folded": fold(p.name), "barcode": p.barcode, "category_id": category,
          "unit": p.unit, "price": p.price, "cost": p.cost,
          "price_includes_taxes": p.priceIncludesTaxes, "active": p.active, "created_at": now,
          "updated_at": now,
        ])
    }
    try db.run("DELETE FROM product_taxes WHERE product_id = ?1", [.integer(id)])
    for code in p.taxes.split(separator: ",") {
      let folded = fold(String(code))
      guard
        let taxID: Int64 = try db.fetchValue(
          "SELECT id FROM taxes WHERE code_folded = ?1", [.text(folded)])
      else { throw CentralCatalogError.unknownTax(product: p.sku, code: String(code)) }
      try db.insert(into: "product_taxes", ["product_id": id, "tax_id": taxID])
    }
    return (oldPrice == nil, oldPrice)
  }

  static func applyPriceList(_ l: CentralPriceList, now: Int64, in db: Database) throws -> Bool {
    let folded = fold(l.name)
    let columns: KeyValuePairs<String, any SQLBindable> = [
      "name": l.name, "name_folded": folded, "percent_off": l.percentOff, "active": l.active,
    ]
    if let found = try localID(
      "price_lists", globalID: l.globalID, naturalKey: "name_folded", value: .text(folded),
      in: db)
    {
      try db.update("price_lists", set: columns, where: "id = ?", [.integer(found.id)])
      return false
    }
    try db.insert(
      into: "price_lists",
      [
        "global_id": l.globalID, "name": l.name, "name_folded": folded,
        "percent_off": l.percentOff, "active": l.active, "created_at": now,
      ])
    return true
  }

  /// A fixed price on a list; returns whether it is new. Unknown list or
  /// product (not mastered centrally): nothing to do.
  static func applyListPrice(_ p: CentralListPrice, in db: Database) throws -> Bool? {
    guard
      let list: Int64 = try db.fetchValue(
        "SELECT id FROM price_lists WHERE global_id = ?1", [.text(p.listGlobalID)]),
      let product: Int64 = try db.fetchValue(
        "SELECT id FROM products WHERE global_id = ?1", [.text(p.productGlobalID)])
    else { return nil }
    let existed =
      try db.fetchValue(
        "SELECT 1 FROM price_list_prices WHERE list_id = ?1 AND product_id = ?2",
        [.integer(list), .integer(product)], as: Int64.self) != nil
    try db.run(
      "DELETE FROM price_list_prices WHERE list_id = ?1 AND product_id = ?2",
      [.integer(list), .integer(product)])
    if let price = p.price {
      try db.insert(
        into: "price_list_prices", ["list_id": list, "product_id": product, "price": price])
    }
    return !existed
  }

  static func applyCustomer(_ c: CentralCustomer, now: Int64, in db: Database) throws -> Bool {
    let digits = String(c.phone.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 })
    let columns: KeyValuePairs<String, any SQLBindable> = [
      "name": c.name, "name_folded": fold(c.name), "rut": c.rut, "phone": c.phone,
      "phone_digits": digits, "email": c.email, "address": c.address, "kind": c.kind,
      "credit_limit": c.creditLimit, "note": c.note, "active": c.active,
    ]
    if let found = try localID(
      "customers", globalID: c.globalID, naturalKey: "rut",
      value: c.rut.map { .text($0) } ?? .null, in: db)
    {
      try db.update("customers", set: columns, where: "id = ?", [.integer(found.id)])
      return false
    }
    try db.insert(
      into: "customers",
      [
        "global_id": c.globalID, "name": c.name, "name_folded": fold(c.name), "rut": c.rut,
        "phone": c.phone, "phone_digits": digits, "email": c.email, "address": c.address,
        "kind": c.kind, "credit_limit": c.creditLimit, "note": c.note, "active": c.active,
        "created_at": now,
      ])
    return true
  }

  /// A central promotion: by its folded name; inserted or updated (never
  /// a sale's `sale_line_promotions`, which are the ledger).
  static func applyPromotion(_ p: CentralPromotion, now: Int64, in db: Database) throws -> Bool {
    var productID: Int64?
    var categoryID: Int64?
    if p.scope == "producto" {
      let sku = p.productSKU ?? ""
      productID = try db.fetchValue("SELECT id FROM products WHERE sku = ?", [.text(sku)])
      guard productID != nil else {
        throw CentralCatalogError.badValue(kind: "producto", value: sku)
      }
    }
    if p.scope == "categoría" {
      let name = p.categoryName ?? ""
      categoryID = try db.fetchValue(
        "SELECT id FROM categories WHERE name_folded = ? ORDER BY id LIMIT 1", [.text(fold(name))])
      guard categoryID != nil else {
        throw CentralCatalogError.badValue(kind: "categoría", value: name)
      }
    }
    let columns: KeyValuePairs<String, any SQLBindable> = [
      "name": p.name, "name_folded": fold(p.name), "scope": p.scope, "product_id": productID,
      "category_id": categoryID, "reward": p.reward, "n": p.n, "m": p.m, "percent": p.percent,
      "amount": p.amount, "minimum": p.minimum, "minimum_units": p.minimumUnits, "days": p.days,
      "hour_from": p.hourFrom, "hour_to": p.hourTo, "valid_from": p.validFrom,
      "valid_until": p.validUntil, "active": p.active,
    ]
    let found: Int64? = try db.fetchValue(
      "SELECT id FROM promotions WHERE name_folded = ?", [.text(fold(p.name))])
    if let found {
      try db.update("promotions", set: columns, where: "id = ?", [.integer(found)])
      return false
    }
    try db.insert(
      into: "promotions",
      [
        "name": p.name, "name_folded": fold(p.name), "scope": p.scope, "product_id": productID,
        "category_id": categoryID, "reward": p.reward, "n": p.n, "m": p.m, "percent": p.percent,
        "amount": p.amount, "minimum": p.minimum, "minimum_units": p.minimumUnits,
        "days": p.days, "hour_from": p.hourFrom, "hour_to": p.hourTo, "valid_from": p.validFrom,
        "valid_until": p.validUntil, "active": p.active, "created_at": now,
      ])
    return true
  }
}
