import TiendaStore

extension Schema {
  /// Migration 28: branch identity and the outbox (issue 23, DESIGN §8.15).
  ///
  /// - `sucursal.id`: a random global id (128 bits, hex) made once, when the
  ///   file is created or migrated; unique across the chain. `sucursal.nombre`
  ///   starts as the shop's name (`configurar tienda sucursal "…"`).
  /// - `outbox_rows`: every row written to a synced table (`SyncTables.all`):
  ///   (table, key). Recorded by one trigger per table until migration 31,
  ///   by the change log since (`Database.captureChanges`).
  /// - `outbox_events`: one per committed write transaction, written by
  ///   `Shop.mutate` after the journal: its rows are the `outbox_rows` after
  ///   the previous event's `last_row` up to its own.
  /// - `outbox_epochs`: the epoch in force from a sequence number on; a new
  ///   one when the file is restored or copied (DESIGN §8.15).
  /// - Right after the migrations, when the file is opened
  ///   (`SyncOutbox.attachMissing`; `sincronización.adjuntar` marks it
  ///   pending until then), the history already in the file becomes events
  ///   of at most 5.000 rows (kind `historia`), so a shop that had sales
  ///   before syncing pushes them.
  static let sync = Migration(version: 28, sql: SyncOutboxSQL.migration)
}

/// The outbox's SQL, generated from `SyncTables.all`.
enum SyncOutboxSQL {
  /// The outbox's tables (`verificar base` checks they are there).
  static let tables = ["outbox_rows", "outbox_events", "outbox_epochs"]
  static let migration: String = """
    INSERT INTO settings(key, value) VALUES ('sucursal.id', lower(hex(randomblob(16))));
    INSERT INTO settings(key, value)
      SELECT 'sucursal.nombre', coalesce((SELECT value FROM settings WHERE key = 'tienda.nombre'), '');
    CREATE TABLE outbox_rows(
      id INTEGER PRIMARY KEY,
      table_name TEXT NOT NULL,
      key1 ANY,
      key2 ANY,
      key3 ANY
    ) STRICT;
    CREATE TABLE outbox_events(
      seq INTEGER PRIMARY KEY,
      last_row INTEGER NOT NULL,
      journal_id INTEGER NOT NULL,
      register_id INTEGER NOT NULL,
      kind TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE outbox_epochs(
      from_seq INTEGER PRIMARY KEY,
      epoch TEXT NOT NULL,
      reason TEXT NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;
    INSERT INTO outbox_epochs(from_seq, epoch, reason, at)
      VALUES (1, lower(hex(randomblob(16))), 'migración', unixepoch());
    INSERT INTO settings(key, value) VALUES ('sincronización.adjuntar', 'pendiente');
    """

  /// The synced tables whose rows already were turned into events (a
  /// comma-separated list; migration 31 took it from the old triggers).
  static let attachedKey = "sincronización.tablas"

  /// What drains the change log into `outbox_rows` (the journal's trigger,
  /// and a write without journal before its COMMIT).
  static let flush = """
    INSERT INTO outbox_rows(table_name, key1, key2, key3)
      SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(tienda_outbox())
    """

  /// The rows `tables` (their keys read from the file) already hold, as
  /// `historia` events of at most 5.000 rows. From then on the change log
  /// records their writes (`Database.captureChanges`).
  /// `INSERT INTO <into>(table_name, key…) SELECT '<table>', <key columns>`
  /// for each table: every key it holds now.
  static func keys(_ tables: [LocalTableShape], into: String, from schema: String) -> String {
    var sql = ""
    for table in tables {
      let keys = table.key.prefix(3)
      let columns = (1...keys.count).map { "key\($0)" }.joined(separator: ", ")
      let selected = keys.map { "\"" + $0 + "\"" }.joined(separator: ", ")
      sql += """
        INSERT INTO \(into)(table_name, \(columns))
          SELECT '\(table.name)', \(selected) FROM \(schema).\(table.name) ORDER BY \(selected);

        """
    }
    return sql
  }

  static func attach(_ tables: [LocalTableShape]) -> String {
    var sql = keys(tables, into: "outbox_rows", from: "main")
    sql += """
      INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
        SELECT max(id), (SELECT coalesce(max(id), 0) FROM journal),
          coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'caja.predeterminada'), 1),
          'historia', unixepoch()
        FROM outbox_rows
        WHERE id > (SELECT coalesce(max(last_row), 0) FROM outbox_events)
        GROUP BY (id - 1) / 5000 ORDER BY 1;
      DELETE FROM settings WHERE key = 'sincronización.adjuntar';
      """
    return sql
  }
}

extension Schema {
  /// Migration 31: the outbox records writes with SQLite's preupdate hook
  /// (`Database.captureChanges`) instead of one trigger per synced table.
  /// The 60 triggers cost every opening of the file (SQLite parses the whole
  /// schema: about 2 M instructions of `tienda -c 'ver configuración'`) and
  /// did not see deletes. The journal's trigger now drains the change log
  /// into `outbox_rows` and closes the event, as before. The tables that had
  /// triggers are remembered in `sincronización.tablas` (their history is
  /// already in the outbox).
  static let outboxCapture = Migration(version: 31, sql: OutboxCaptureSQL.migration)
}

/// Migration 31's SQL. The list of triggers is frozen here: the tables
/// that had outbox triggers when they were replaced (both kinds, for files
/// made before ledger tables stopped getting an update trigger).
enum OutboxCaptureSQL {
  static let tablesWithTriggers = [
    "journal", "stock_movements", "sales", "sale_lines", "sale_line_taxes", "sale_line_gifts",
    "payments", "refunds", "refund_lines", "refund_line_taxes", "sale_line_costs",
    "cash_movements", "z_reports", "z_report_methods", "z_report_taxes",
    "z_report_denominations", "z_report_heads", "z_report_lines", "purchases", "purchase_lines",
    "purchase_taxes", "purchase_payments", "purchase_voids", "gift_cards", "sale_customers",
    "expenses", "expense_payments", "expense_voids", "sale_line_options", "sale_line_sellers",
    "sale_line_promotions", "gift_card_moves", "account_moves", "point_moves", "order_states",
    "order_deposits", "cash_sessions", "customers", "account_balances", "registers", "suppliers",
    "orders", "order_lines", "promotions", "products", "categories", "taxes", "product_taxes",
  ]

  static let migration: String =
    """
    INSERT OR REPLACE INTO settings(key, value)
      SELECT 'sincronización.tablas', coalesce(group_concat(tbl_name, ','), '')
      FROM (SELECT tbl_name FROM sqlite_schema
        WHERE type = 'trigger' AND name GLOB '*_outbox_insert' ORDER BY tbl_name);

    """
    + tablesWithTriggers.map {
      "DROP TRIGGER IF EXISTS \($0)_outbox_insert;\nDROP TRIGGER IF EXISTS \($0)_outbox_update;\n"
    }.joined()
      + """
      CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal
        BEGIN
          INSERT INTO outbox_rows(table_name, key1, key2, key3)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3
            FROM json_each(tienda_outbox());
          INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
            SELECT max(id), NEW.id, NEW.register_id, NEW.command, NEW.at FROM outbox_rows;
        END;
      """
}
