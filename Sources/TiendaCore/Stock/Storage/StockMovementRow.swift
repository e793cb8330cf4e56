import TiendaStore

/// A new row of the stock ledger `stock_movements` (append-only).
struct NewStockMovementRow: PersistableRow {
  static let table = "stock_movements"
  let productID: Int64
  let kind: MovementKind
  /// Thousandths of the product's unit; negative when stock goes out.
  let quantity: Int64
  let stockAfter: Int64
  let reason: String
  let userName: String?
  let registerID: Int64
  let at: Int64

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "product_id": productID, "kind": kind.rawValue, "quantity": quantity,
      "stock_after": stockAfter, "reason": reason, "user_name": userName,
      "register_id": registerID, "at": at,
    ]
  }
}

/// One row of the stock ledger with its register's name, as listed.
struct StockMovementRow: FetchableRow {
  let id: Int64
  let at: Int64
  let kind: MovementKind
  let quantity: Int64
  let stockAfter: Int64
  let reason: String
  let userName: String?
  let registerName: String

  init(row: Row) throws {
    id = try row["id"]
    at = try row["at"]
    kind = try row.enumValue("kind")
    quantity = try row["quantity"]
    stockAfter = try row["stock_after"]
    reason = try row["reason"]
    userName = try row["user_name"]
    registerName = try row["register_name"]
  }

  var movement: StockMovement {
    StockMovement(
      id: id, at: at, kind: kind, quantity: Quantity(thousandths: quantity),
      stockAfter: Quantity(thousandths: stockAfter), reason: reason, userName: userName,
      registerName: registerName)
  }

  /// The ledger of one product, oldest first: all of it, or only within
  /// `[start, end)`, or only its `last` rows.
  static func ofProduct(
    _ db: Database, _ productID: Int64, between bounds: (start: Int64, end: Int64)?, last: Int?
  ) throws -> [StockMovementRow] {
    var sql = """
      SELECT m.id AS id, m.at AS at, m.kind AS kind, m.quantity AS quantity,
        m.stock_after AS stock_after, m.reason AS reason, m.user_name AS user_name,
        r.name AS register_name
      FROM stock_movements m JOIN registers r ON r.id = m.register_id WHERE m.product_id = ?
      """
    var values: [SQLValue] = [.integer(productID)]
    if let bounds {
      sql += " AND m.at >= ? AND m.at < ?"
      values += [.integer(bounds.start), .integer(bounds.end)]
    }
    if let last {
      sql = "SELECT * FROM (" + sql + " ORDER BY m.id DESC LIMIT \(last)) ORDER BY 1"
    } else {
      sql += " ORDER BY m.id"
    }
    return try db.fetchAll(sql, values)
  }
}

/// A product whose cached stock differs from the sum of its movements.
struct StockMismatchRow: FetchableRow {
  let sku: String
  let name: String
  let cached: Int64
  let ledger: Int64

  init(row: Row) throws {
    sku = try row["sku"]
    name = try row["name"]
    cached = try row["cached"]
    ledger = try row["ledger"]
  }

  static func all(_ db: Database) throws -> [StockMismatchRow] {
    try db.fetchAll(
      """
      SELECT p.sku AS sku, p.name AS name, p.stock AS cached, coalesce(m.total, 0) AS ledger
      FROM products p
      LEFT JOIN (SELECT product_id, sum(quantity) AS total FROM stock_movements
        GROUP BY product_id) m ON m.product_id = p.id
      WHERE p.stock != coalesce(m.total, 0)
      """)
  }
}

/// The stock column of `products`: a cache of the ledger, changed in the
/// same transaction as each movement.
enum StockCache {
  /// Adds `delta` to a product's stock and returns the new figure.
  static func add(_ db: Database, productID: Int64, _ delta: Int64, at now: Int64) throws -> Int64 {
    // One statement: the new figure comes back with RETURNING.
    try db.query(
      "UPDATE products SET stock = stock + ?, updated_at = ? WHERE id = ? RETURNING stock",
      [.integer(delta), .integer(now), .integer(productID)]
    ).first.map { try $0.int("stock") } ?? 0
  }
}
