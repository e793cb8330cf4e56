import CSQLite

/// What `ShopFile.open` checks on a file before touching it, read by one
/// statement (one read snapshot): whose file it is, its schema version, how
/// many schema objects it holds and its journal mode.
struct FileProbe {
  let applicationID: Int32
  let version: Int
  let tables: Int64
  let journalMode: String

  static func read(_ db: Database) throws -> FileProbe {
    let row = try db.queryFirst(
      """
      SELECT a.application_id AS application_id, v.user_version AS user_version,
        j.journal_mode AS journal_mode, (SELECT count(*) FROM sqlite_schema) AS tables
      FROM pragma_application_id AS a, pragma_user_version AS v, pragma_journal_mode AS j
      """)
    guard let row else { throw StoreError(kind: .notTiendaFile, message: "pragma") }
    return FileProbe(
      applicationID: Int32(truncatingIfNeeded: try row.int("application_id")),
      version: Int(try row.int("user_version")), tables: try row.int("tables"),
      journalMode: try row.string("journal_mode"))
  }
}

extension Database {
  /// Turns foreign-key enforcement on (C API, no statement); false if it
  /// did not take.
  func enableForeignKeys() -> Bool { tienda_sqlite_foreign_keys(handle, 1) == 1 }

  /// Whether a connection of the linked SQLite starts with `synchronous =
  /// FULL` (or EXTRA) in WAL mode, read from its compile options (no
  /// statement): `DEFAULT_WAL_SYNCHRONOUS`, else `DEFAULT_SYNCHRONOUS`,
  /// else SQLite's own default (FULL).
  static let defaultSynchronousIsFull: Bool = {
    var options: [String: Int] = [:]
    var i: Int32 = 0
    while let option = sqlite3_compileoption_get(i) {
      let text = String(cString: option)
      if let equals = text.firstIndex(of: "=") {
        options[String(text[..<equals])] = Int(text[text.index(after: equals)...])
      }
      i += 1
    }
    let level = options["DEFAULT_WAL_SYNCHRONOUS"] ?? options["DEFAULT_SYNCHRONOUS"] ?? 2
    return level >= 2
  }()
}
