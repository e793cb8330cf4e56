import CSQLite

/// What `ShopFile.open` checks on a file before touching it, read by one
/// statement (one read snapshot): whose file it is, its schema version, how
/// many schema objects it holds and its journal mode.
struct FileProbe {
  let applicationID: Int32
  let version: Int
  let tables: Int64
  let journalMode: String

  static let sql = """
    SELECT a.application_id AS application_id, v.user_version AS user_version,
      j.journal_mode AS journal_mode, (SELECT count(*) FROM sqlite_schema) AS tables
    FROM pragma_application_id AS a, pragma_user_version AS v, pragma_journal_mode AS j
    """

  /// The probe, and `along`'s rows read in the same statement when the
  /// file has the tables `along` names (nil when it does not: a new,
  /// empty or foreign file, probed alone).
  static func read(_ db: Database, along: String?) throws -> (FileProbe, [Row]?) {
    if let along {
      do {
        let rows = try db.query(
          "SELECT p.*, x.* FROM (" + sql + ") AS p LEFT JOIN (" + along + ") AS x ON 1")
        guard let first = rows.first else { throw StoreError(kind: .notTiendaFile) }
        return (try FileProbe(first), rows)
      } catch let error as StoreError where error.isMissingSchemaObject {
        // Not a shop's schema (yet): the probe alone says what it is.
      }
    }
    guard let row = try db.queryFirst(sql) else { throw StoreError(kind: .notTiendaFile) }
    return (try FileProbe(row), nil)
  }

  init(_ row: Row) throws {
    applicationID = Int32(truncatingIfNeeded: try row.int("application_id"))
    version = Int(try row.int("user_version"))
    tables = try row.int("tables")
    journalMode = try row.string("journal_mode")
  }
}

extension StoreError {
  /// SQLite's refusal of a statement naming a table or column the file
  /// does not have.
  var isMissingSchemaObject: Bool {
    message.hasPrefix("no such table") || message.hasPrefix("no such column")
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
    // sqlite3_compileoption_used matches a whole «NAME=value» entry; asking
    // for the few possible values is cheaper than reading every option.
    func level(_ name: String) -> Int? {
      (0...3).first { sqlite3_compileoption_used("\(name)=\($0)") != 0 }
    }
    let level = level("DEFAULT_WAL_SYNCHRONOUS") ?? level("DEFAULT_SYNCHRONOUS") ?? 2
    return level >= 2
  }()
}
