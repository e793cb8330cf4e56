import TiendaStore

/// What a sale needs to know of a product's stock, read inside its
/// transaction.
struct ProductStockRow: FetchableRow {
  let id: Int64
  let name: String
  let unit: ProductUnit
  let stock: Quantity
  let sellWithoutStock: Bool

  init(row: Row) throws {
    id = try row.int("id")
    name = try row.string("name")
    unit = ProductUnit(rawValue: try row.string("unit")) ?? .unit
    stock = Quantity(thousandths: try row.int("stock"))
    sellWithoutStock = try row.bool("sell_without_stock")
  }

  init(_ product: Product) {
    id = product.id
    name = product.name
    unit = product.unit
    stock = product.stock
    sellWithoutStock = product.sellWithoutStock
  }

  /// The products `ids`, in one query.
  static func fetch(_ ids: [Int64], in db: Database) throws -> [Int64: ProductStockRow] {
    guard !ids.isEmpty else { return [:] }
    let rows: [ProductStockRow] = try db.fetchAll(
      """
      SELECT id, name, unit, stock, sell_without_stock FROM products
      WHERE id IN (\(Database.placeholders(ids.count)))
      """, ids.map { .integer($0) })
    return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// A sale's stock movements, written together: each product's cached stock
/// changes in one `UPDATE`, and the movements (with the stock after each)
/// go in with one `INSERT` (what `Stock.recordMovement` does one by one).
struct StockMovementBatch {
  /// Per product, sorted by id: the change (negative for a sale).
  var changes: [(productID: Int64, quantity: Quantity)]
  var kind: MovementKind
  var reason: String
  var userName: String?
  var registerID: Int64
  var at: Int64

  /// Updates the cached stock and returns each product's stock after it.
  func applyToProducts(in db: Database) throws -> [Int64: Int64] {
    guard !changes.isEmpty else { return [:] }
    var values: [SQLValue] = []
    var cases: [String] = []
    for change in changes {
      cases.append("WHEN ? THEN ?")
      values += [.integer(change.productID), .integer(change.quantity.thousandths)]
    }
    values.append(.integer(at))
    values += changes.map { .integer($0.productID) }
    var after: [Int64: Int64] = [:]
    try db.forEach(
      """
      UPDATE products SET stock = stock + CASE id \(cases.joined(separator: " ")) END,
        updated_at = ?
      WHERE id IN (\(Database.placeholders(changes.count))) RETURNING id, stock
      """, values
    ) { after[try $0.int("id")] = try $0.int("stock") }
    return after
  }

  /// Appends the movements, in product order.
  func insertMovements(stockAfter: [Int64: Int64], into db: Database) throws {
    guard !changes.isEmpty else { return }
    try db.insertRows(
      into: "stock_movements",
      columns: [
        "product_id", "kind", "quantity", "stock_after", "reason", "user_name", "register_id",
        "at",
      ],
      changes.map {
        [
          .integer($0.productID), .text(kind.rawValue), .integer($0.quantity.thousandths),
          .integer(stockAfter[$0.productID] ?? 0), .text(reason), userName.sqlValue,
          .integer(registerID), .integer(at),
        ]
      })
  }
}
