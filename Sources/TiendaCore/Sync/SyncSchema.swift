import TiendaStore

extension Schema {
  /// Migration 28: branch identity and the outbox (issue 23, DESIGN §8.15).
  ///
  /// - `sucursal.id`: a random global id (128 bits, hex) made once, when the
  ///   file is created or migrated; unique across the chain. `sucursal.nombre`
  ///   starts as the shop's name (`configurar tienda sucursal "…"`).
  /// - `outbox_rows`: every row written to a synced table (`SyncTables.all`),
  ///   recorded by an AFTER INSERT / AFTER UPDATE trigger: (table, rowid).
  /// - `outbox_events`: one per committed write transaction, written by
  ///   `Shop.mutate` after the journal: its rows are the `outbox_rows` after
  ///   the previous event's `last_row` up to its own.
  /// - `outbox_epochs`: the epoch in force from a sequence number on; a new
  ///   one when the file is restored or copied (DESIGN §8.15).
  /// - The triggers are made right after the migrations, when the file is
  ///   opened (`SyncOutbox.attachMissing`: the keys are read from the file,
  ///   `sincronización.adjuntar` marks it pending until then), and the
  ///   history already in the file becomes events of at most 5.000 rows
  ///   (kind `historia`), so a shop that had sales before syncing pushes them.
  static let sync = Migration(version: 28, sql: SyncOutboxSQL.migration)
}

/// The outbox's SQL, generated from `SyncTables.all`.
enum SyncOutboxSQL {
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

  static func triggerName(_ table: String) -> String { table + "_outbox_insert" }

  /// Triggers for `tables` (their keys read from the file), then their rows
  /// so far as `historia` events of at most 5.000 rows.
  static func attach(_ tables: [LocalTableShape]) -> String {
    // Ledger rows are never updated (their triggers refuse it): no update
    // trigger for them. Every trigger is parsed again on every opening of
    // the file (SQLite reads the whole schema), so each one costs start-up.
    let mutable = Set(SyncTables.all.filter(\.mutable).map(\.name))
    func updates(_ table: String) -> Bool { mutable.contains(table) }
    var sql = ""
    for table in tables {
      let keys = table.key.prefix(3)
      let columns = (1...keys.count).map { "key\($0)" }.joined(separator: ", ")
      let values = keys.map { "NEW.\"" + $0 + "\"" }.joined(separator: ", ")
      let selected = keys.map { "\"" + $0 + "\"" }.joined(separator: ", ")
      let name = table.name
      if name == "journal" {
        // The journal's row closes the event: one event per journal row,
        // written by this trigger (no statement of its own in a sale).
        sql += """
          CREATE TRIGGER journal_outbox_insert AFTER INSERT ON journal
            BEGIN
              INSERT INTO outbox_rows(table_name, key1) VALUES ('journal', NEW.id);
              INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
                SELECT max(id), NEW.id, NEW.register_id, NEW.command, NEW.at FROM outbox_rows;
            END;
          INSERT INTO outbox_rows(table_name, key1) SELECT 'journal', id FROM journal ORDER BY id;

          """
        continue
      }
      sql += """
        CREATE TRIGGER \(name)_outbox_insert AFTER INSERT ON \(name)
          BEGIN INSERT INTO outbox_rows(table_name, \(columns)) VALUES ('\(name)', \(values)); END;
        \(updates(name) ? """
        CREATE TRIGGER \(name)_outbox_update AFTER UPDATE ON \(name)
          BEGIN INSERT INTO outbox_rows(table_name, \(columns)) VALUES ('\(name)', \(values)); END;
        """ : "")
        INSERT INTO outbox_rows(table_name, \(columns))
          SELECT '\(name)', \(selected) FROM \(name) ORDER BY \(selected);

        """
    }
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
