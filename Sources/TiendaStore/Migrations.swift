/// One step of the schema, applied once in its own transaction.
///
/// Migrations are an ordered, append-only list: a shipped migration is never
/// edited; a change is a new migration.
///
/// The SQL is built only when asked for: opening a file already at the
/// current version never builds it (some migrations generate theirs, and
/// building them all cost about 1,4 million instructions on every start).
public struct Migration: Sendable {
  public let version: Int
  private let makeSQL: @Sendable () -> String

  public var sql: String { makeSQL() }

  public init(version: Int, sql: @autoclosure @escaping @Sendable () -> String) {
    self.version = version
    self.makeSQL = sql
  }
}

extension Database {
  /// `PRAGMA user_version`.
  public func userVersion() throws -> Int {
    Int(try scalarInt("PRAGMA user_version"))
  }

  /// `PRAGMA application_id`.
  public func applicationID() throws -> Int32 {
    Int32(truncatingIfNeeded: try scalarInt("PRAGMA application_id"))
  }

  /// Applies every migration newer than the file's `user_version`, each in
  /// its own `BEGIN IMMEDIATE` transaction that also sets the version.
  public func migrate(_ migrations: [Migration], applicationID: Int32) throws {
    let current = try userVersion()
    guard migrations.contains(where: { $0.version > current }) else { return }
    // A migration may rewrite a whole table (rebuilding the journal): in WAL
    // mode its statement journal would sit in memory with `temp_store =
    // MEMORY` (about the table's size); on disk it costs no memory.
    let tempStore = try scalarInt("PRAGMA temp_store")
    if tempStore == 2 && !isInTransaction { try execute("PRAGMA temp_store = FILE") }
    defer {
      if tempStore == 2 && !isInTransaction { try? execute("PRAGMA temp_store = MEMORY") }
    }
    for migration in migrations.sorted(by: { $0.version < $1.version })
    where migration.version > current {
      try write {
        // Re-read inside the lock: another process may have migrated meanwhile.
        guard try userVersion() < migration.version else { return }
        try execute(migration.sql)
        try execute("PRAGMA application_id = \(applicationID)")
        try execute("PRAGMA user_version = \(migration.version)")
      }
    }
  }
}
