import TiendaStore

/// The outbox in the shop file: events, their rows, epochs, what was sent.
enum OutboxStore {
  enum Key {
    static let acknowledged = "sincronización.enviado"
    static let lastPush = "sincronización.último_envío"
    static let identity = "sincronización.identidad"
  }

  /// One event for the transaction that is ending (inside `Shop.mutate`):
  /// the outbox rows written since the previous event.
  static func closeEvent(
    _ db: Database, kind: String, registerID: Int64, at: Int64
  ) throws {
    try db.run(
      """
      INSERT INTO outbox_events(last_row, journal_id, register_id, kind, at)
        SELECT coalesce(max(id), 0), (SELECT coalesce(max(id), 0) FROM journal), ?, ?, ?
        FROM outbox_rows
      """, [.integer(registerID), .text(kind), .integer(at)])
  }

  /// A new epoch from the next event not yet acknowledged by the central... no:
  /// from the next event to be written (events already written keep theirs).
  static func newEpoch(_ db: Database, reason: String, at: Int64) throws {
    try db.run(
      """
      INSERT OR REPLACE INTO outbox_epochs(from_seq, epoch, reason, at)
        SELECT coalesce(max(seq), 0) + 1, lower(hex(randomblob(16))), ?, ? FROM outbox_events
      """, [.text(reason), .integer(at)])
  }

  static func currentEpoch(_ db: Database) throws -> String {
    try db.fetchValue("SELECT epoch FROM outbox_epochs ORDER BY from_seq DESC LIMIT 1") ?? ""
  }

  /// Which of `tables` exist in the file (a synced table may come with a
  /// later migration).
  static func tablesPresent(_ db: Database, _ tables: [String]) throws -> [String] {
    let present = Set(
      try db.fetchValues("SELECT name FROM sqlite_schema WHERE type = 'table'") as [String])
    return tables.filter { present.contains($0) }
  }

  /// Before `restaurar`: the keys of `tables` in a temporary table (the
  /// temp database survives the restore).
  static func keepKeys(_ db: Database, _ tables: [LocalTableShape]) throws {
    try db.execute(
      "DROP TABLE IF EXISTS temp.restore_keys; "
        + "CREATE TEMP TABLE restore_keys(table_name TEXT, key1 ANY, key2 ANY, key3 ANY);\n"
        + SyncOutboxSQL.keys(tables, into: "temp.restore_keys", from: "main"))
  }

  static func dropKeptKeys(_ db: Database) {
    try? db.execute("DROP TABLE IF EXISTS temp.restore_keys")
  }

  /// After `restaurar`: the kept keys (if any) and the restored file's own,
  /// as outbox rows of the restore's event.
  static func recordRestoredKeys(_ db: Database, _ tables: [LocalTableShape]) throws {
    let kept = try db.scalarInt(
      "SELECT count(*) FROM temp.sqlite_schema WHERE name = 'restore_keys'")
    try db.execute(
      (kept > 0
        ? "INSERT INTO outbox_rows(table_name, key1, key2, key3) "
          + "SELECT table_name, key1, key2, key3 FROM temp.restore_keys;\n" : "")
        + SyncOutboxSQL.keys(tables, into: "outbox_rows", from: "main"))
  }

  static func setting(_ db: Database, _ key: String) throws -> String? {
    try SettingsStore.value(db, key: key)
  }

  static func set(_ db: Database, _ key: String, _ value: String) throws {
    try SettingsStore.set(db, key: key, value: value)
  }

  /// Up to `limit` events after `seq`, with their epoch and first row.
  static func events(_ db: Database, after seq: Int64, limit: Int) throws -> [OutboxEvent] {
    try db.fetchAll(
      """
      SELECT e.seq, e.last_row, e.journal_id, e.register_id, e.kind, e.at,
        coalesce((SELECT p.last_row FROM outbox_events p WHERE p.seq < e.seq
          ORDER BY p.seq DESC LIMIT 1), 0) AS first_after,
        (SELECT x.epoch FROM outbox_epochs x WHERE x.from_seq <= e.seq
          ORDER BY x.from_seq DESC LIMIT 1) AS epoch
      FROM outbox_events e WHERE e.seq > ? ORDER BY e.seq LIMIT ?
      """, [.integer(seq), .integer(Int64(limit))], as: OutboxEvent.self)
  }

  /// The tables that have outbox rows in `(after, upTo]`.
  static func tables(_ db: Database, after: Int64, upTo: Int64) throws -> [String] {
    try db.fetchValues(
      """
      SELECT DISTINCT table_name FROM outbox_rows WHERE id > ? AND id <= ?
      ORDER BY table_name
      """, [.integer(after), .integer(upTo)])
  }

  /// A ledger table's rows recorded in `(after, upTo]`, one per outbox row,
  /// in outbox order, with their current content: column 0 is the outbox
  /// row's id, then `table.columns`. Rows no longer in the file are left out
  /// (ledger rows are never deleted; a missing one is skipped, as before).
  /// One query per table joined by key (no key lists, no dictionaries).
  static func ledgerRows(
    _ db: Database, table: LocalTableShape, after: Int64, upTo: Int64,
    _ body: (RawRow) throws -> Void
  ) throws {
    try db.forEachRaw(
      "SELECT o.id, " + selected(table) + " FROM outbox_rows o CROSS JOIN "
        + CentralSchema.quoted(table.name) + " t ON " + joined(table)
        + " WHERE o.id > ? AND o.id <= ? AND o.table_name = ? ORDER BY o.id",
      [.integer(after), .integer(upTo), .text(table.name)], body)
  }

  /// A mutable table's keys recorded in `(after, upTo]`, each ONCE, at its
  /// latest outbox row, in that row's order: column 0 is that outbox id,
  /// column 1 is 1 when the key still exists here (0: deleted since), then
  /// the key as recorded (`outboxKeyWidth` columns), then `table.columns`
  /// (NULL when deleted).
  static func latestRows(
    _ db: Database, table: LocalTableShape, after: Int64, upTo: Int64,
    _ body: (RawRow) throws -> Void
  ) throws {
    let width = outboxKeyWidth(table)
    let keys = (1...width).map { "o.key\($0)" }.joined(separator: ", ")
    let first = "t." + CentralSchema.quoted(table.key[0])
    try db.forEachRaw(
      "SELECT o.id, " + first + " IS NOT NULL, " + keys + ", " + selected(table)
        + " FROM (SELECT max(id) AS id, key1, key2, key3 FROM outbox_rows"
        + " WHERE id > ? AND id <= ? AND table_name = ? GROUP BY key1, key2, key3) o"
        + " LEFT JOIN " + CentralSchema.quoted(table.name) + " t ON " + joined(table)
        + " ORDER BY o.id",
      [.integer(after), .integer(upTo), .text(table.name)], body)
  }

  /// How many key columns the outbox records for `table` (at most 3).
  static func outboxKeyWidth(_ table: LocalTableShape) -> Int { min(3, table.key.count) }

  private static func selected(_ table: LocalTableShape) -> String {
    table.columns.map { "t." + CentralSchema.quoted($0.name) }.joined(separator: ", ")
  }

  private static func joined(_ table: LocalTableShape) -> String {
    (0..<outboxKeyWidth(table)).map {
      "t." + CentralSchema.quoted(table.key[$0]) + " = o.key\($0 + 1)"
    }.joined(separator: " AND ")
  }

  /// Events not yet acknowledged, and their rows per table.
  static func pending(_ db: Database, after seq: Int64) throws -> (
    events: Int64, rows: [(table: String, count: Int64)]
  ) {
    let events: Int64 =
      try db.fetchValue("SELECT count(*) AS n FROM outbox_events WHERE seq > ?", [.integer(seq)])
      ?? 0
    let first: Int64 =
      try db.fetchValue(
        "SELECT coalesce(max(last_row), 0) AS n FROM outbox_events WHERE seq <= ?",
        [.integer(seq)]) ?? 0
    let last: Int64 =
      try db.fetchValue("SELECT coalesce(max(last_row), 0) AS n FROM outbox_events") ?? 0
    let rows = try db.query(
      """
      SELECT table_name, count(*) AS n FROM outbox_rows WHERE id > ? AND id <= ?
      GROUP BY table_name ORDER BY table_name
      """, [.integer(first), .integer(last)]
    ).map { (table: try $0.string("table_name"), count: try $0.int("n")) }
    return (events, rows)
  }
}

/// One outbox event as read for a push.
struct OutboxEvent: FetchableRow {
  let seq: Int64
  let lastRow: Int64
  let firstAfter: Int64
  let journalID: Int64
  let registerID: Int64
  let kind: String
  let at: Int64
  let epoch: String

  init(row: Row) throws {
    seq = try row["seq"]
    lastRow = try row["last_row"]
    firstAfter = try row["first_after"]
    journalID = try row["journal_id"]
    registerID = try row["register_id"]
    kind = try row["kind"]
    at = try row["at"]
    epoch = try row["epoch"]
  }
}
