import TiendaStore

/// One local table whose rows go to the central server.
public struct SyncedTable: Sendable {
  public let name: String
  /// Rows that change after they are written (a session closed, a balance
  /// moved): the central side keeps the latest state. Ledger rows never change.
  public let mutable: Bool
  /// How many of the table's first columns make its primary key (the
  /// outbox records them; `SyncTablesTests` checks every entry against the file).
  public let keyColumns: Int

  init(_ name: String, mutable: Bool = false, keyColumns: Int? = nil) {
    self.name = name
    self.mutable = mutable
    self.keyColumns = keyColumns ?? SyncTables.compositeKeys[name] ?? 1
  }
}

/// THE list of synced tables (issue 23). A new ledger table is ONE entry
/// here (`SyncedTable("orders")`, or `mutable: true` for rows that change;
/// a key of several columns also in `compositeKeys`): its inserts, updates
/// and deletes are recorded by the change log (`Database.captureChanges`);
/// when the migration that creates it sets `sincronización.adjuntar`, the
/// rows it already has become events on the next opening
/// (`SyncOutbox.attachMissing`); `central preparar` creates its central
/// table from the local columns.
public enum SyncTables {
  /// Tables whose primary key is more than their first column.
  static let compositeKeys: [String: Int] = [
    "sale_line_taxes": 2, "refund_line_taxes": 2, "z_report_methods": 2, "z_report_taxes": 3,
    "z_report_denominations": 2, "z_report_lines": 3, "purchase_lines": 2, "purchase_taxes": 2,
    "sale_line_options": 3, "sale_line_promotions": 3, "product_taxes": 2,
  ]

  public static let all: [SyncedTable] =
    Schema.immutableTables.map { SyncedTable($0.name, mutable: $0.name == "cash_sessions") }
    + [
      SyncedTable("customers", mutable: true),
      SyncedTable("account_balances", mutable: true),
      SyncedTable("registers", mutable: true),
      SyncedTable("suppliers", mutable: true),
      // Orders (issue 20): their state and lines change until delivered.
      SyncedTable("orders", mutable: true),
      SyncedTable("order_lines", mutable: true),
      SyncedTable("promotions", mutable: true),
      // The central stock report (issue 23 B): each branch's products.
      SyncedTable("products", mutable: true),
      SyncedTable("categories", mutable: true),
      SyncedTable("taxes", mutable: true),
      SyncedTable("product_taxes", mutable: true),
    ]
}
