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

/// One row of `customer_groups`, with its list's name and its customers.
public struct CustomerGroupInfo: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let creditLimit: Money
  public let priceListID: Int64?
  public let priceListName: String?
  public let customers: Int64
}

struct CustomerGroupRow: FetchableRow, PersistableRow {
  static let table = "customer_groups"

  var name: String
  var creditLimit: Money
  var priceListID: Int64?
  var createdAt: Int64
  var info: CustomerGroupInfo?

  init(name: String, creditLimit: Money, priceListID: Int64?, createdAt: Int64) {
    self.name = name
    self.creditLimit = creditLimit
    self.priceListID = priceListID
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    name = try row["name"]
    creditLimit = Money(try row.int("credit_limit"))
    priceListID = try row["price_list_id"]
    createdAt = 0
    info = CustomerGroupInfo(
      id: try row["id"], name: name, creditLimit: creditLimit, priceListID: priceListID,
      priceListName: try row["list_name"], customers: try row["customers"])
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "credit_limit": creditLimit.minorUnits,
      "price_list_id": priceListID, "created_at": createdAt,
    ]
  }

  private static let select = """
    SELECT g.id, g.name, g.credit_limit, g.price_list_id, l.name AS list_name,
      (SELECT count(*) FROM customers c WHERE c.group_id = g.id AND c.active = 1) AS customers
    FROM customer_groups g LEFT JOIN price_lists l ON l.id = g.price_list_id
    """

  static func all(in db: Database) throws -> [CustomerGroupInfo] {
    try db.fetchAll(select + " ORDER BY g.name COLLATE es", as: Self.self).compactMap(\.info)
  }

  static func find(folded: String, in db: Database) throws -> CustomerGroupInfo? {
    try db.fetchOne(select + " WHERE g.name_folded = ?", [.text(folded)], as: Self.self)?.info
  }

  static func update(id: Int64, creditLimit: Money, priceListID: Int64?, in db: Database) throws {
    try db.update(
      table, set: ["credit_limit": creditLimit.minorUnits, "price_list_id": priceListID],
      where: "id = ?", [.integer(id)])
  }
}

/// The customer of a sale as recorded (a ledger row).
struct SaleCustomerRow: FetchableRow, PersistableRow {
  static let table = "sale_customers"

  let saleID: Int64
  let customerID: Int64
  let name: String
  let rut: Rut?

  init(saleID: Int64, customerID: Int64, name: String, rut: Rut?) {
    self.saleID = saleID
    self.customerID = customerID
    self.name = name
    self.rut = rut
  }

  init(row: Row) throws {
    saleID = try row["sale_id"]
    customerID = try row["customer_id"]
    name = try row["name"]
    let text: String? = try row["rut"]
    rut = text.flatMap(Rut.init(canonical:))
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["sale_id": saleID, "customer_id": customerID, "name": name, "rut": rut?.canonical]
  }

  static func of(sale: Int64, in db: Database) throws -> SaleCustomerRow? {
    try db.fetchOne(
      "SELECT sale_id, customer_id, name, rut FROM sale_customers WHERE sale_id = ?",
      [.integer(sale)])
  }
}
