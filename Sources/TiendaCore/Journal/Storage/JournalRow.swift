import TiendaStore

/// A journal row as `bitácora` shows it, with its register's name.
struct JournalEntryRow: FetchableRow {
  let entry: JournalEntry

  init(row: Row) throws {
    entry = JournalEntry(
      id: try row["id"], at: try row["at"], userName: try row["user_name"],
      approvedBy: try row["approved_by"], registerName: try row["register_name"],
      command: try row["command"], action: try row["action"], entity: try row["entity"],
      entityID: try row["entity_id"], before: try row["before"], after: try row["after"])
  }

  /// Rows whose time is in `[start, end)`, oldest first.
  static func between(_ db: Database, start: Int64, end: Int64) throws -> [JournalEntry] {
    try db.fetchAll(
      """
      SELECT j.id, j.at, j.user_name, j.approved_by, r.name AS register_name, j.command,
        j.action, j.entity, j.entity_id, j.before, j.after
      FROM journal j JOIN registers r ON r.id = j.register_id
      WHERE j.at >= ? AND j.at < ? ORDER BY j.id
      """, [.integer(start), .integer(end)], as: Self.self
    ).map(\.entry)
  }

  /// Rows after `id`, oldest first, without their register's name.
  static func after(_ db: Database, id: Int64) throws -> [JournalEntry] {
    try db.fetchAll(
      """
      SELECT j.id, j.at, j.user_name, j.approved_by, '' AS register_name, j.command, j.action,
        j.entity, j.entity_id, j.before, j.after
      FROM journal j WHERE j.id > ? ORDER BY j.id
      """, [.integer(id)], as: Self.self
    ).map(\.entry)
  }

  /// The id of the last row; 0 for an empty journal.
  static func lastID(_ db: Database) throws -> Int64 {
    try db.fetchValue("SELECT coalesce(max(id), 0) AS id FROM journal") ?? 0
  }

  static func count(_ db: Database) throws -> Int64 {
    try db.fetchValue("SELECT count(*) AS n FROM journal") ?? 0
  }
}

/// A journal row as the hash chain covers it, with its stored hash.
struct JournalChainRow: FetchableRow {
  let content: JournalChain.Content
  let hash: String?

  init(row: Row) throws {
    content = JournalChain.Content(
      id: try row["id"], at: try row["at"], userName: try row["user_name"],
      approvedBy: try row["approved_by"], registerID: try row["register_id"],
      command: try row["command"], action: try row["action"], entity: try row["entity"],
      entityID: try row["entity_id"], before: try row["before"], after: try row["after"])
    hash = try row["hash"]
  }

  /// Every row in id order, streamed; `body` returns false to stop early.
  static func forEach(_ db: Database, _ body: (JournalChainRow) throws -> Bool) throws {
    var going = true
    try db.forEach(
      """
      SELECT id, at, user_name, approved_by, register_id, command, action, entity, entity_id,
        before, after, hash FROM journal ORDER BY id
      """
    ) { row in
      guard going else { return }
      going = try body(JournalChainRow(row: row))
    }
  }

  /// The last row's id and hash.
  static func head(_ db: Database) throws -> ChainHead? {
    try db.queryFirst("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").map {
      ChainHead(journalID: try $0["id"], hash: try $0["hash"])
    }
  }
}

/// Checks on what protects the journal and the ledger.
enum TamperQueries {
  /// Z reports whose stored chain head no longer matches the journal row
  /// it names (at most 20).
  static func zHeadsThatDisagree(_ db: Database) throws -> [(register: String, number: Int64)] {
    try db.query(
      """
      SELECT z.register_name, z.number FROM z_report_heads h
        JOIN z_reports z ON z.id = h.z_report_id
        LEFT JOIN journal j ON j.id = h.journal_id
      WHERE h.journal_id IS NOT NULL AND (j.hash IS NULL OR j.hash <> h.hash)
      ORDER BY z.id LIMIT 20
      """
    ).map { (register: try $0["register_name"], number: try $0["number"]) }
  }

  /// The names of every trigger in the file.
  static func triggerNames(_ db: Database) throws -> Set<String> {
    Set(try db.fetchValues("SELECT name FROM sqlite_schema WHERE type = 'trigger'"))
  }

  static func tableNames(_ db: Database) throws -> Set<String> {
    Set(try db.fetchValues("SELECT name FROM sqlite_schema WHERE type = 'table'"))
  }
}
