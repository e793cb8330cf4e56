import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// A connection to one SQLite file with a prepared-statement cache.
///
/// ```swift
/// let db = try Database(path: "/tmp/x.db")
/// try db.write { try db.run("INSERT INTO t VALUES (?)", [.integer(1)]) }
/// ```
public final class Database {
  let handle: OpaquePointer
  public let path: String
  private var cache: [String: Statement] = [:]
  var savepointDepth = 0
  /// Rows changed in the watched tables, for the outbox (`captureChanges`).
  let changeLog = ChangeLog()
  /// Set by `ShopFile`: savepoints keep their sub-journal in memory
  /// (`temp_store = MEMORY`), set lazily before the first savepoint so a
  /// command that needs none (a one-line sale) does not pay the statement.
  public var savepointsInMemory = false
  private var tempStoreSet = false

  /// `PRAGMA temp_store = MEMORY` once, before the first savepoint or batch.
  /// Inside a transaction SQLite refuses it only when temporary storage is
  /// already open; then the default (a sub-journal that spills to a file
  /// past 64 KiB) stays, which is correct, only slower.
  func prepareSavepoints() {
    guard savepointsInMemory, !tempStoreSet else { return }
    tempStoreSet = true
    try? execute("PRAGMA temp_store = MEMORY")
  }
  /// `insert(into:_:)`'s SQL text per table, with the column list it was built for.
  var insertSQL: [String: (names: [String], sql: String)] = [:]

  /// Opens an existing or new SQLite file (no tienda checks: see `ShopFile`).
  public init(path: String, create: Bool = true, readOnly: Bool = false) throws {
    _ = Database.configureOnce
    var db: OpaquePointer?
    var flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX
    if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    guard rc == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      let systemErrno = db.map { sqlite3_system_errno($0) } ?? 0
      if let db { sqlite3_close_v2(db) }
      throw StoreError(
        kind: StoreError(code: rc, message: message).kind, code: rc, message: path,
        systemErrno: systemErrno == 0 ? nil : systemErrno)
    }
    sqlite3_extended_result_codes(db, 1)
    _ = tienda_sqlite_defensive(db, 1)
    StatementTrace.install(on: db)
    self.handle = db
    self.path = path
  }

  private var closed = false

  deinit { close() }

  /// Process-wide SQLite settings, before the first connection: no memory
  /// statistics (tienda reads none; each malloc then skips a mutex).
  private static let configureOnce: Void = {
    _ = tienda_sqlite_memstatus_off()
  }()

  /// Finalizes statements and closes the connection; the last connection to
  /// close checkpoints the WAL into the main file, so a plain copy of the
  /// file holds everything. Idempotent.
  public func close() {
    guard !closed else { return }
    closed = true
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  func error(code: Int32, sql: String?) -> StoreError {
    StoreError(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
  }

  /// Sets how long a writer waits for another connection's lock, in milliseconds.
  public func setBusyTimeout(_ milliseconds: Int32) {
    sqlite3_busy_timeout(handle, milliseconds)
  }

  /// Runs one or more SQL statements without parameters (schema, pragmas).
  public func execute(_ sql: String) throws {
    var errmsg: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
    if rc != SQLITE_OK {
      let message = errmsg.map { String(cString: $0) } ?? ""
      sqlite3_free(errmsg)
      throw StoreError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
    }
  }

  /// A cached prepared statement for `sql`.
  public func statement(_ sql: String) throws -> Statement {
    if let cached = cache[sql] { return cached }
    let stmt = try Statement(database: self, sql: sql)
    cache[sql] = stmt
    return stmt
  }

  /// Number of statements in the cache (for tests and diagnostics).
  public var cachedStatementCount: Int { cache.count }

  /// Runs a statement that returns no rows.
  public func run(_ sql: String, _ values: [SQLValue] = []) throws {
    let stmt = try statement(sql)
    try stmt.bind(values)
    defer { stmt.reset() }
    while try stmt.step() != nil {}
  }

  /// Runs a query and returns every row.
  public func query(_ sql: String, _ values: [SQLValue] = []) throws -> [Row] {
    let stmt = try statement(sql)
    try stmt.bind(values)
    defer { stmt.reset() }
    var rows: [Row] = []
    while let row = try stmt.step() { rows.append(row) }
    return rows
  }

  /// Runs a query and returns the first row, if any.
  public func queryFirst(_ sql: String, _ values: [SQLValue] = []) throws -> Row? {
    let stmt = try statement(sql)
    try stmt.bind(values)
    defer { stmt.reset() }
    return try stmt.step()
  }

  /// Runs a query and calls `body` for each row without collecting them.
  public func forEach(_ sql: String, _ values: [SQLValue] = [], _ body: (Row) throws -> Void)
    throws
  {
    let stmt = try statement(sql)
    try stmt.bind(values)
    defer { stmt.reset() }
    while let row = try stmt.step() { try body(row) }
  }

  /// First column of the first row as an integer (0 when there is no row).
  public func scalarInt(_ sql: String, _ values: [SQLValue] = []) throws -> Int64 {
    try queryFirst(sql, values)?.int(0) ?? 0
  }

  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
  /// Rows changed by this connection since it opened (to tell a no-op apart).
  public var totalChanges: Int64 { Int64(sqlite3_total_changes(handle)) }
  public var changes: Int { Int(sqlite3_changes(handle)) }
  public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// Runs `body` in a write transaction: `BEGIN IMMEDIATE` … `COMMIT`, or a
  /// savepoint when a transaction is already open. Any thrown error rolls back
  /// and is rethrown unchanged.
  public func write<T>(_ body: () throws -> T) throws -> T {
    var result: T?
    _ = try transaction(preparingSavepoints: false) {
      result = try body()
      return .commit
    }
    // Set: the transaction committed, so `body` returned.
    return result!
  }

  /// Runs `body` in a read transaction so that every query sees one snapshot.
  public func read<T>(_ body: () throws -> T) throws -> T {
    if isInTransaction { return try body() }
    try execute("BEGIN DEFERRED")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      if isInTransaction { try? execute("ROLLBACK") }
      throw error
    }
  }

  /// Asks any running statement to stop (safe from a signal handler's thread).
  public func interrupt() { sqlite3_interrupt(handle) }

  /// The raw handle, for the signal handler that calls `interrupt(handle:)`.
  public var rawHandle: OpaquePointer { handle }

  /// `sqlite3_interrupt` on a raw handle: safe from a signal handler.
  public static func interrupt(handle: OpaquePointer) { sqlite3_interrupt(handle) }

}
