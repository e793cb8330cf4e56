import TiendaStore

/// One row of `sellers`.
struct SellerRow: FetchableRow, PersistableRow {
  static let table = "sellers"

  var id: Int64 = 0
  let name: String
  let commission: Int64?
  var active = true
  var createdAt: Int64 = 0

  init(name: String, commission: Int64?, createdAt: Int64) {
    self.name = name
    self.commission = commission
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    commission = try row["commission"]
    active = try row["active"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "name": name, "name_folded": fold(name), "commission": commission.sqlValue,
      "active": active, "created_at": createdAt,
    ]
  }

  var info: SellerInfo {
    SellerInfo(
      id: id, name: name, commission: commission.map { Percent(thousandths: $0) },
      active: active)
  }

  var ticketSeller: TicketSeller {
    TicketSeller(id: id, name: name, commission: commission.map { Percent(thousandths: $0) })
  }

  static func find(folded: String, in db: Database) throws -> SellerRow? {
    try db.fetchOne(
      "SELECT id, name, commission, active FROM sellers WHERE name_folded = ?", [.text(folded)])
  }

  static func all(in db: Database) throws -> [SellerRow] {
    try db.fetchAll("SELECT id, name, commission, active FROM sellers ORDER BY name COLLATE es")
  }

  static func byIDs(_ ids: [Int64], in db: Database) throws -> [SellerRow] {
    guard !ids.isEmpty else { return [] }
    return try db.fetchAll(
      "SELECT id, name, commission, active FROM sellers WHERE id IN (\(Database.placeholders(ids.count)))",
      ids.map { .integer($0) })
  }
}

/// `product_commissions`: a product's own commission.
struct ProductCommissionRow: FetchableRow {
  let productID: Int64
  let commission: Int64

  init(row: Row) throws {
    productID = try row["product_id"]
    commission = try row["commission"]
  }

  static func of(_ products: [Int64], in db: Database) throws -> [Int64: Int64] {
    guard !products.isEmpty else { return [:] }
    let rows: [ProductCommissionRow] = try db.fetchAll(
      "SELECT product_id, commission FROM product_commissions WHERE product_id IN (\(Database.placeholders(products.count)))",
      products.map { .integer($0) })
    return Dictionary(rows.map { ($0.productID, $0.commission) }, uniquingKeysWith: { a, _ in a })
  }

  static func set(product: Int64, commission: Int64?, in db: Database) throws {
    try db.run("DELETE FROM product_commissions WHERE product_id = ?", [.integer(product)])
    if let commission {
      try db.insert(
        into: "product_commissions", ["product_id": product, "commission": commission])
    }
  }
}

/// `sale_line_sellers` (a ledger): one row per line sold by a seller, and
/// one more each time it is changed.
struct SaleLineSellerRow {
  let saleID: Int64
  let position: Int64
  let sellerID: Int64
  let sellerName: String
  let commission: Int64
  let at: Int64
  let userName: String?
  let approvedBy: String?

  static func insertAll(_ rows: [SaleLineSellerRow], into db: Database) throws {
    guard !rows.isEmpty else { return }
    try db.insertRows(
      into: "sale_line_sellers",
      columns: [
        "sale_id", "position", "seller_id", "seller_name", "commission", "at", "user_name",
        "approved_by",
      ],
      rows.map {
        [
          .integer($0.saleID), .integer($0.position), .integer($0.sellerID),
          .text($0.sellerName), .integer($0.commission), .integer($0.at), $0.userName.sqlValue,
          $0.approvedBy.sqlValue,
        ]
      })
  }
}

/// A sale line with its product, for `cambiar vendedor`.
struct SaleLineProductRow: FetchableRow {
  let position: Int64
  let productID: Int64
  let sellerName: String?

  init(row: Row) throws {
    position = try row["position"]
    productID = try row["product_id"]
    sellerName = try row["seller_name"]
  }

  static func of(sale: Int64, in db: Database) throws -> [SaleLineProductRow] {
    try db.fetchAll(
      """
      SELECT l.position AS position, l.product_id AS product_id,
        (SELECT s.seller_name FROM sale_line_sellers s WHERE s.sale_id = l.sale_id
          AND s.position = l.position ORDER BY s.id DESC LIMIT 1) AS seller_name
      FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.position
      """, [.integer(sale)])
  }
}

/// A line of `informe comisiones`: its current seller (the newest row),
/// what it paid net of its returns, and the commission rate.
struct CommissionLineRow: FetchableRow {
  let seller: String
  let saleNumber: Int64
  let registerName: String
  let at: Int64
  let product: String
  let paid: Int64
  let rate: Int64

  init(row: Row) throws {
    seller = try row["seller"]
    saleNumber = try row["sale_number"]
    registerName = try row["register_name"]
    at = try row["at"]
    product = try row["product"]
    paid = try row["paid"]
    rate = try row["rate"]
  }

  static func between(_ start: Int64, _ end: Int64, seller: Int64?, in db: Database) throws
    -> [CommissionLineRow]
  {
    var values: [SQLValue] = [.integer(start), .integer(end)]
    var filter = ""
    if let seller {
      filter = " AND cur.seller_id = ?"
      values.append(.integer(seller))
    }
    return try db.fetchAll(
      """
      WITH cur AS (
        SELECT s.* FROM sale_line_sellers s WHERE s.id = (SELECT max(x.id) FROM sale_line_sellers x
          WHERE x.sale_id = s.sale_id AND x.position = s.position))
      SELECT cur.seller_name AS seller, sa.number AS sale_number, r.name AS register_name,
        sa.at AS at, l.name AS product, cur.commission AS rate,
        l.total - coalesce((SELECT sum(rl.total) FROM refund_lines rl
          WHERE rl.sale_line_id = l.id), 0) AS paid
      FROM cur JOIN sales sa ON sa.id = cur.sale_id
        JOIN sale_lines l ON l.sale_id = cur.sale_id AND l.position = cur.position
        JOIN registers r ON r.id = sa.register_id
      WHERE sa.at >= ? AND sa.at < ?\(filter)
      ORDER BY cur.seller_name COLLATE es, sa.at, sa.id, l.position
      """, values)
  }
}

/// The current seller of each line of a sale (its newest row).
struct SaleLineSellerNameRow: FetchableRow {
  let position: Int64
  let name: String

  init(row: Row) throws {
    position = try row["position"]
    name = try row["seller_name"]
  }

  static func of(sale: Int64, in db: Database) throws -> [Int64: String] {
    let rows: [SaleLineSellerNameRow] = try db.fetchAll(
      """
      SELECT position, seller_name FROM sale_line_sellers WHERE id IN (
        SELECT max(id) FROM sale_line_sellers WHERE sale_id = ? GROUP BY position)
      """, [.integer(sale)])
    return Dictionary(rows.map { ($0.position, $0.name) }, uniquingKeysWith: { _, b in b })
  }
}
