import TiendaStore

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
