import TiendaStore

/// What the shop looked like at one moment, to tell what a simulation
/// changed before it is rolled back: rows per table, every product's stock,
/// and the last journal row.
public struct ShopSnapshot: Sendable {
  let rows: [String: Int64]
  let stock: [Int64: (name: String, sku: String, stock: Quantity, unit: ProductUnit)]
  let lastJournalID: Int64
}

/// What a simulation would have changed.
public struct SimulatedChanges: Sendable {
  /// Tables whose row count changed: (table, before, after).
  public let rows: [(table: String, before: Int64, after: Int64)]
  /// Products whose stock changed.
  public let stock:
    [(name: String, sku: String, before: Quantity, after: Quantity, unit: ProductUnit)]
  /// The journal rows the commands wrote: what each one changed.
  public let journal: [(action: String, summary: String)]

  public var isEmpty: Bool { rows.isEmpty && stock.isEmpty && journal.isEmpty }
}

extension Shop {
  /// Reads a snapshot inside the current transaction.
  public func snapshot() throws -> ShopSnapshot {
    // Ordinary tables only: not SQLite's own, nor FTS5's shadow tables.
    let tables = try db.query(
      """
      SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'
        AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name
      """
    ).map { $0.string(0) }
    var rows: [String: Int64] = [:]
    for table in tables {
      rows[table] = try db.scalarInt("SELECT count(*) FROM \"\(table)\"")
    }
    var stock: [Int64: (name: String, sku: String, stock: Quantity, unit: ProductUnit)] = [:]
    try db.forEach("SELECT id, name, sku, stock, unit FROM products") { row in
      stock[row.int(0)] = (
        row.string(1), row.string(2), Quantity(thousandths: row.int(3)),
        ProductUnit(rawValue: row.string(4)) ?? .unit
      )
    }
    return ShopSnapshot(
      rows: rows, stock: stock,
      lastJournalID: try db.scalarInt("SELECT coalesce(max(id), 0) FROM journal"))
  }

  /// What changed since `before`, read inside the same transaction.
  public func changes(since before: ShopSnapshot) throws -> SimulatedChanges {
    let now = try snapshot()
    let rows = now.rows.keys.sorted().compactMap { table -> (String, Int64, Int64)? in
      let old = before.rows[table] ?? 0
      let new = now.rows[table] ?? 0
      return old == new ? nil : (table, old, new)
    }
    let stock = now.stock.keys.sorted().compactMap {
      id -> (String, String, Quantity, Quantity, ProductUnit)? in
      let new = now.stock[id]!
      let old = before.stock[id]?.stock ?? Quantity(thousandths: 0)
      return old == new.stock ? nil : (new.name, new.sku, old, new.stock, new.unit)
    }
    let journal = try db.query(
      """
      SELECT j.id, j.at, j.user_name, j.approved_by, '', j.command, j.action,
             j.entity, j.entity_id, j.before, j.after
      FROM journal j WHERE j.id > ? ORDER BY j.id
      """, [.integer(before.lastJournalID)]
    ).map { row in
      let entry = JournalEntry(
        id: row.int(0), at: row.int(1), userName: row.optionalString(2),
        approvedBy: row.optionalString(3), registerName: row.string(4),
        command: row.string(5), action: row.string(6), entity: row.optionalString(7),
        entityID: row.optionalString(8), before: row.optionalString(9),
        after: row.optionalString(10))
      return (entry.action, entry.changeSummary)
    }
    return SimulatedChanges(rows: rows, stock: stock, journal: journal)
  }
}
