import TiendaStore

/// What `simular` reads to tell what a command changed: rows per table and
/// every product's stock.
enum SnapshotQueries {
  /// Ordinary tables only: not SQLite's own, nor FTS5's shadow tables.
  static func tables(_ db: Database) throws -> [String] {
    try db.fetchValues(
      """
      SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'
        AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name
      """)
  }

  static func rowCount(_ db: Database, table: String) throws -> Int64 {
    try db.scalarInt("SELECT count(*) FROM \"\(table)\"")
  }

  /// Every product's stock, with what names it.
  static func stock(_ db: Database) throws -> [SnapshotStockRow] {
    try db.fetchAll("SELECT id, name, sku, stock, unit FROM products")
  }
}

/// A product's stock as `simular` compares it.
struct SnapshotStockRow: FetchableRow {
  let id: Int64
  let name: String
  let sku: String
  let stock: Quantity
  let unit: ProductUnit

  init(row: Row) throws {
    id = try row["id"]
    name = try row["name"]
    sku = try row["sku"]
    stock = Quantity(thousandths: try row["stock"])
    let unit: String = try row["unit"]
    self.unit = ProductUnit(rawValue: unit) ?? .unit
  }
}
