import TiendaStore

/// A price list as stored, with how many fixed prices it has and how many
/// customers and groups use it.
public struct PriceListInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  /// Off the catalog price for products without a fixed price.
  public let percentOff: Percent
  public let active: Bool
  public let fixedPrices: Int64
  public let customers: Int64
  public let groups: Int64
}

/// One row of `price_lists`.
struct PriceListRow: FetchableRow, PersistableRow {
  static let table = "price_lists"

  var name: String
  var percentOff: Percent
  var createdAt: Int64
  var info: PriceListInfo?

  init(name: String, percentOff: Percent, createdAt: Int64) {
    self.name = name
    self.percentOff = percentOff
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    name = try row["name"]
    percentOff = Percent(thousandths: try row["percent_off"])
    createdAt = 0
    info = PriceListInfo(
      id: try row["id"], name: name, percentOff: percentOff, active: try row["active"],
      fixedPrices: try row["fixed_prices"], customers: try row["customers"],
      groups: try row["groups"])
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "percent_off": percentOff.thousandths,
      "created_at": createdAt,
    ]
  }

  private static let select = """
    SELECT l.id, l.name, l.percent_off, l.active,
      (SELECT count(*) FROM price_list_prices p WHERE p.list_id = l.id) AS fixed_prices,
      (SELECT count(*) FROM customers c WHERE c.price_list_id = l.id AND c.active = 1)
        AS customers,
      (SELECT count(*) FROM customer_groups g WHERE g.price_list_id = l.id) AS groups
    FROM price_lists l
    """

  static func all(in db: Database) throws -> [PriceListInfo] {
    try db.fetchAll(select + " ORDER BY l.name COLLATE es", as: Self.self).compactMap(\.info)
  }

  static func find(folded: String, in db: Database) throws -> PriceListInfo? {
    try db.fetchOne(select + " WHERE l.name_folded = ?", [.text(folded)], as: Self.self)?.info
  }

  static func update(id: Int64, percentOff: Percent, in db: Database) throws {
    try db.update(
      table, set: ["percent_off": percentOff.thousandths], where: "id = ?", [.integer(id)])
  }
}

/// A fixed price of a product in a list.
struct PriceListPriceRow: FetchableRow {
  let productID: Int64
  let productName: String
  let catalogPrice: Money
  let price: Money

  init(row: Row) throws {
    productID = try row["product_id"]
    productName = try row["product_name"]
    catalogPrice = Money(try row.int("catalog_price"))
    price = Money(try row.int("price"))
  }

  /// Sets (or replaces) the price of `product` in list `list`.
  static func set(list: Int64, product: Int64, price: Money, in db: Database) throws {
    try db.run(
      """
      INSERT INTO price_list_prices(list_id, product_id, price) VALUES (?, ?, ?)
        ON CONFLICT(list_id, product_id) DO UPDATE SET price = excluded.price
      """, [.integer(list), .integer(product), .integer(price.minorUnits)])
  }

  /// Removes the fixed price of `product` in list `list`.
  static func remove(list: Int64, product: Int64, in db: Database) throws {
    try db.run(
      "DELETE FROM price_list_prices WHERE list_id = ? AND product_id = ?",
      [.integer(list), .integer(product)])
  }

  /// Every fixed price of a list, by product name.
  static func all(list: Int64, in db: Database) throws -> [PriceListPriceRow] {
    try db.fetchAll(
      """
      SELECT p.product_id, pr.name AS product_name, pr.price AS catalog_price, p.price
      FROM price_list_prices p JOIN products pr ON pr.id = p.product_id
      WHERE p.list_id = ? ORDER BY pr.name COLLATE es
      """, [.integer(list)])
  }

  /// The fixed prices of `products` in list `list` (one statement).
  static func prices(list: Int64, products: [Int64], in db: Database) throws -> [Int64: Money] {
    guard !products.isEmpty else { return [:] }
    let rows: [PriceListPriceRow] = try db.fetchAll(
      """
      SELECT p.product_id, '' AS product_name, 0 AS catalog_price, p.price
      FROM price_list_prices p WHERE p.list_id = ? AND p.product_id IN (\(Database.placeholders(products.count)))
      """, [.integer(list)] + products.map { .integer($0) })
    return Dictionary(rows.map { ($0.productID, $0.price) }) { a, _ in a }
  }
}
