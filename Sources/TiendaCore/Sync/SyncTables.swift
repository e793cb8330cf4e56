import TiendaStore

/// One local table whose rows go to the central server.
public struct SyncedTable: Sendable {
  public let name: String
  /// Rows that change after they are written (a session closed, a balance
  /// moved): the central side keeps the latest state. Ledger rows never change.
  public let mutable: Bool

  init(_ name: String, mutable: Bool = false) {
    self.name = name
    self.mutable = mutable
  }
}

/// THE list of synced tables (issue 23). A new ledger table is ONE entry
/// here (`SyncedTable("orders")`, or `mutable: true` for rows that change):
/// when the file is next migrated, its outbox triggers are created and the
/// rows it already has become one event (`SyncOutbox.attachMissing`), and
/// `central preparar` creates its central table from the local columns.
public enum SyncTables {
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
