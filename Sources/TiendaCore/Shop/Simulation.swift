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
    var rows: [String: Int64] = [:]
    for table in try SnapshotQueries.tables(db) {
      rows[table] = try SnapshotQueries.rowCount(db, table: table)
    }
    var stock: [Int64: (name: String, sku: String, stock: Quantity, unit: ProductUnit)] = [:]
    for row in try SnapshotQueries.stock(db) {
      stock[row.id] = (row.name, row.sku, row.stock, row.unit)
    }
    return ShopSnapshot(rows: rows, stock: stock, lastJournalID: try JournalEntryRow.lastID(db))
  }

  /// What changed since `before`, read inside the same transaction.
  public func changes(since before: ShopSnapshot) throws -> SimulatedChanges {
    let now = try snapshot()
    let rows = now.rows.keys.sorted().compactMap { table -> (String, Int64, Int64)? in
      let old = before.rows[table] ?? 0
      let new = now.rows[table] ?? 0
      return old == new ? nil : (table, old, new)
    }
    let stock = now.stock.sorted { $0.key < $1.key }.compactMap {
      id, new -> (String, String, Quantity, Quantity, ProductUnit)? in
      let old = before.stock[id]?.stock ?? Quantity(thousandths: 0)
      return old == new.stock ? nil : (new.name, new.sku, old, new.stock, new.unit)
    }
    let journal = try JournalEntryRow.after(db, id: before.lastJournalID).map {
      ($0.action, $0.changeSummary)
    }
    return SimulatedChanges(rows: rows, stock: stock, journal: journal)
  }
}
