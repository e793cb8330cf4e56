import TiendaStore

/// A price change dated to a later day (`price_changes`).
struct PriceChangeRow: PersistableRow, FetchableRow {
  static let table = "price_changes"
  var id: Int64? = nil
  let productID: Int64
  let price: Int64
  let effectiveOn: String
  let command: String
  let createdAt: Int64

  init(productID: Int64, price: Int64, effectiveOn: String, command: String, createdAt: Int64) {
    self.productID = productID
    self.price = price
    self.effectiveOn = effectiveOn
    self.command = command
    self.createdAt = createdAt
  }

  init(row: Row) throws {
    id = try row["id"]
    productID = try row["product_id"]
    price = try row["price"]
    effectiveOn = try row["effective_on"]
    command = try row["command"]
    createdAt = try row["created_at"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    [
      "product_id": productID, "price": price, "effective_on": effectiveOn, "command": command,
      "created_at": createdAt,
    ]
  }

  /// Added to the opening's read of the settings (one statement): the
  /// earliest day of a change not applied yet, as a setting row.
  static let pendingSetting = """
    SELECT 'precios.próximo_cambio' AS key, min(effective_on) AS value, NULL AS id,
      NULL AS name FROM price_changes WHERE applied_at IS NULL HAVING count(*) > 0
    """

  /// Changes not applied yet whose day has come, oldest first (a later
  /// change of the same product wins).
  static func due(_ db: Database, onOrBefore day: String) throws -> [PriceChangeRow] {
    try db.fetchAll(
      """
      SELECT id, product_id, price, effective_on, command, created_at FROM price_changes
      WHERE applied_at IS NULL AND effective_on <= ? ORDER BY effective_on, id
      """, [.text(day)])
  }

  /// Changes not applied yet whose day is `day` or before (every one
  /// without `day`), oldest first.
  static func pending(_ db: Database, onOrBefore day: String? = nil) throws -> [PriceChangeRow] {
    try due(db, onOrBefore: day ?? "9999-12-31")
  }

  /// Forgets pending changes (`cancelar precio programado`).
  static func delete(_ db: Database, ids: [Int64]) throws {
    guard !ids.isEmpty else { return }
    try db.run(
      "DELETE FROM price_changes WHERE applied_at IS NULL AND id IN (\(Database.placeholders(ids.count)))",
      ids.map { .integer($0) })
  }

  static func markApplied(_ db: Database, ids: [Int64], at now: Int64) throws {
    guard !ids.isEmpty else { return }
    try db.run(
      "UPDATE price_changes SET applied_at = ? WHERE id IN (\(Database.placeholders(ids.count)))",
      [.integer(now)] + ids.map { .integer($0) })
  }
}
