import TiendaStore

/// A new row of `products` (its stock starts at 0: the initial stock is a
/// movement of the ledger).
struct NewProductRow: PersistableRow {
  static let table = "products"
  let sku: String
  let barcode: String?
  let name: String
  let categoryID: Int64?
  let unit: ProductUnit
  let price: Int64
  let cost: Int64?
  let priceIncludesTaxes: Bool
  let minimum: Int64?
  let sellWithoutStock: Bool
  let expires: String?
  let inPOS: Bool
  let description: String
  let isKit: Bool
  let createdAt: Int64
  var plu: String? = nil
  var openPrice = false
  var service = false
  var tracksStock = true

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "sku": sku, "sku_folded": fold(sku), "barcode": barcode, "name": name,
      "name_folded": fold(name), "category_id": categoryID, "unit": unit.rawValue,
      "price": price, "cost": cost, "price_includes_taxes": priceIncludesTaxes, "stock": Int64(0),
      "minimum": minimum, "sell_without_stock": sellWithoutStock, "expires": expires,
      "in_pos": inPOS, "description": description, "is_kit": isKit, "created_at": createdAt,
      "updated_at": createdAt, "plu": plu, "open_price": openPrice, "service": service,
      "tracks_stock": tracksStock,
    ]
  }
}

/// The fields of a product an edit changes; nil leaves a column as it is,
/// `.some(nil)` sets it to NULL.
struct ProductUpdate {
  var name: String?
  var price: Int64?
  var sku: String?
  var barcode: String??
  var categoryID: Int64??
  var unit: ProductUnit?
  var cost: Int64??
  var priceIncludesTaxes: Bool?
  var minimum: Int64??
  var sellWithoutStock: Bool?
  var expires: String??
  var inPOS: Bool?
  var description: String?
  var plu: String??
  var openPrice: Bool?
  var service: Bool?
  var tracksStock: Bool?

  var isEmpty: Bool { assignments.isEmpty }

  private var assignments: [(column: String, value: SQLValue)] {
    var result: [(column: String, value: SQLValue)] = []
    if let name {
      result += [("name", .text(name)), ("name_folded", .text(fold(name)))]
    }
    if let price { result.append(("price", .integer(price))) }
    if let sku { result += [("sku", .text(sku)), ("sku_folded", .text(fold(sku)))] }
    if let barcode { result.append(("barcode", barcode.sqlValue)) }
    if let categoryID { result.append(("category_id", categoryID.sqlValue)) }
    if let unit { result.append(("unit", .text(unit.rawValue))) }
    if let cost { result.append(("cost", cost.sqlValue)) }
    if let priceIncludesTaxes {
      result.append(("price_includes_taxes", priceIncludesTaxes.sqlValue))
    }
    if let minimum { result.append(("minimum", minimum.sqlValue)) }
    if let sellWithoutStock { result.append(("sell_without_stock", sellWithoutStock.sqlValue)) }
    if let expires { result.append(("expires", expires.sqlValue)) }
    if let inPOS { result.append(("in_pos", inPOS.sqlValue)) }
    if let description { result.append(("description", .text(description))) }
    if let plu { result.append(("plu", plu.sqlValue)) }
    if let openPrice { result.append(("open_price", openPrice.sqlValue)) }
    if let service { result.append(("service", service.sqlValue)) }
    if let tracksStock { result.append(("tracks_stock", tracksStock.sqlValue)) }
    return result
  }

  /// `UPDATE products SET … , updated_at = ? WHERE id = ?`.
  func apply(_ db: Database, productID: Int64, at now: Int64) throws {
    let sets = assignments + [("updated_at", .integer(now))]
    try db.run(
      "UPDATE products SET " + sets.map { $0.column + " = ?" }.joined(separator: ", ")
        + " WHERE id = ?", sets.map(\.value) + [.integer(productID)])
  }
}

/// Small reads and writes of `products` that are not whole rows.
enum ProductStore {
  /// Deletes (deactivates) or reactivates a product.
  static func setActive(_ db: Database, productID: Int64, _ active: Bool, at now: Int64) throws {
    try db.run(
      "UPDATE products SET active = \(active ? 1 : 0), updated_at = ? WHERE id = ?",
      [.integer(now), .integer(productID)])
  }

  /// The name of the active product with this folded name, other than `id`.
  static func activeName(_ db: Database, nameFolded: String, excluding id: Int64?) throws
    -> String?
  {
    try db.fetchValue(
      "SELECT name FROM products WHERE active = 1 AND name_folded = ? AND id IS NOT ?",
      [.text(nameFolded), id.sqlValue])
  }

  /// The name of the product (deleted included) with this folded SKU, other than `id`.
  static func name(_ db: Database, skuFolded: String, excluding id: Int64?) throws -> String? {
    try db.fetchValue(
      "SELECT name FROM products WHERE sku_folded = ? AND id IS NOT ?",
      [.text(skuFolded), id.sqlValue])
  }

  /// The name of the product (deleted included) with this barcode, other than `id`.
  static func name(_ db: Database, barcode: String, excluding id: Int64?) throws -> String? {
    try db.fetchValue(
      "SELECT name FROM products WHERE barcode = ? AND id IS NOT ?", [.text(barcode), id.sqlValue])
  }

  /// The name of the product (deleted included) with this PLU, other than `id`.
  static func name(_ db: Database, plu: String, excluding id: Int64?) throws -> String? {
    try db.fetchValue(
      "SELECT name FROM products WHERE plu = ? AND id IS NOT ?", [.text(plu), id.sqlValue])
  }

  /// The highest number after `stem` among SKUs `stem` + digits (0 if none).
  static func highestSKUNumber(_ db: Database, stem: String) throws -> Int64 {
    try db.fetchValue(
      """
      SELECT coalesce(max(CAST(substr(sku_folded, ?) AS INTEGER)), 0) AS highest FROM products
      WHERE sku_folded GLOB ?
      """, [.integer(Int64(stem.count + 1)), .text(fold(stem) + "[0-9]*")]) ?? 0
  }

  /// The id of the product (deleted included) with this folded SKU.
  static func id(_ db: Database, skuFolded: String) throws -> Int64? {
    try db.fetchValue("SELECT id FROM products WHERE sku_folded = ?", [.text(skuFolded)])
  }

  /// How many active products the catalog holds.
  static func activeCount(_ db: Database) throws -> Int64 {
    try db.fetchValue("SELECT count(*) AS n FROM products WHERE active = 1") ?? 0
  }

  /// How many active products hang directly from a category.
  static func activeCount(_ db: Database, categoryID: Int64) throws -> Int64 {
    try db.fetchValue(
      "SELECT count(*) AS n FROM products WHERE category_id = ? AND active = 1",
      [.integer(categoryID)]) ?? 0
  }

  /// Names of active products whose folded name is in `[from, to)`, in
  /// order (for Tab).
  static func activeNames(
    _ db: Database, foldedFrom from: String, to: String, onlyInPOS: Bool, limit: Int
  ) throws -> [String] {
    try db.fetchValues(
      """
      SELECT name FROM products WHERE active = 1 AND name_folded >= ? AND name_folded < ?
        \(onlyInPOS ? "AND in_pos = 1" : "") ORDER BY name_folded LIMIT \(limit)
      """, [.text(from), .text(to)])
  }

  /// SKUs of active products whose folded SKU is in `[from, to)`, in order.
  static func activeSKUs(_ db: Database, foldedFrom from: String, to: String, limit: Int) throws
    -> [String]
  {
    try db.fetchValues(
      """
      SELECT sku FROM products WHERE active = 1 AND sku_folded >= ? AND sku_folded < ?
        ORDER BY sku_folded LIMIT \(limit)
      """, [.text(from), .text(to)])
  }
}

/// A product's name, folded name and category: what «¿Quiso decir …?» reads.
struct ProductNameRow: FetchableRow {
  let name: String
  let nameFolded: String
  let categoryID: Int64?

  init(row: Row) throws {
    name = try row["name"]
    nameFolded = try row["name_folded"]
    categoryID = try row["category_id"]
  }

  private static func select(onlyInPOS: Bool) -> String {
    "SELECT name, name_folded, category_id FROM products WHERE active = 1"
      + (onlyInPOS ? " AND in_pos = 1" : "")
  }

  /// Active names with folded name in `[from, to)`, ascending or descending.
  static func between(
    _ db: Database, _ from: String, _ to: String, descending: Bool, onlyInPOS: Bool, limit: Int
  ) throws -> [ProductNameRow] {
    try db.fetchAll(
      select(onlyInPOS: onlyInPOS) + " AND name_folded >= ? AND name_folded < ? ORDER BY "
        + (descending ? "name_folded DESC" : "name_folded") + " LIMIT ?",
      [.text(from), .text(to), .integer(Int64(limit))])
  }

  /// Active names the full-text `match` finds (at most `limit` index hits).
  static func matching(_ db: Database, _ match: String, onlyInPOS: Bool, limit: Int) throws
    -> [ProductNameRow]
  {
    try db.fetchAll(
      select(onlyInPOS: onlyInPOS)
        + " AND id IN (SELECT rowid FROM products_search WHERE products_search MATCH ? LIMIT ?)",
      [.text(match), .integer(Int64(limit))])
  }
}
