/// How `Database.inTransaction` ends: the body says it as a value.
public enum TransactionCompletion: Sendable, Equatable {
  case commit
  case rollback
}

extension Database {
  /// Runs `body` in a write transaction that it ends by returning
  /// `.commit` or `.rollback`: `BEGIN IMMEDIATE` … `COMMIT`/`ROLLBACK`, or a
  /// savepoint (released, or rolled back to) when a transaction is already
  /// open. A thrown error rolls back and is rethrown unchanged.
  ///
  /// ```swift
  /// try db.inTransaction {
  ///   try db.run("INSERT INTO t VALUES (1)")
  ///   return dryRun ? .rollback : .commit
  /// }
  /// ```
  ///
  /// Errors: `BEGIN` or `COMMIT` failing throws (after a failed `COMMIT` the
  /// transaction is rolled back); a failing `ROLLBACK` is ignored (SQLite
  /// may already have rolled back, after an interrupt or a full disk).
  @discardableResult
  public func inTransaction(_ body: () throws -> TransactionCompletion) throws
    -> TransactionCompletion
  {
    // A batch (`--atómico`, `--simular`) runs each command as a savepoint.
    try transaction(preparingSavepoints: true, body)
  }

  /// `inTransaction` and `write` (which commits unless `body` throws):
  /// `preparingSavepoints` sets `temp_store` before a top-level `BEGIN`, for
  /// a batch whose commands will be savepoints; a plain write does not pay
  /// that statement.
  func transaction(
    preparingSavepoints: Bool, _ body: () throws -> TransactionCompletion
  ) throws -> TransactionCompletion {
    if isInTransaction || savepointDepth > 0 {
      savepointDepth += 1
      let name = "tienda_sp\(savepointDepth)"
      defer { savepointDepth -= 1 }
      prepareSavepoints()
      try execute("SAVEPOINT \(name)")
      // What the change log held when the savepoint began: a rollback to
      // it puts the log back as it was.
      let mark = changeLog.mark
      let completion: TransactionCompletion
      do {
        completion = try body()
      } catch {
        try? execute("ROLLBACK TO \(name)")
        changeLog.restore(mark)
        try? execute("RELEASE \(name)")
        throw error
      }
      if completion == .rollback {
        try? execute("ROLLBACK TO \(name)")
        changeLog.restore(mark)
      }
      try execute("RELEASE \(name)")
      return completion
    }
    if preparingSavepoints { prepareSavepoints() }
    try execute("BEGIN IMMEDIATE")
    let completion: TransactionCompletion
    do {
      completion = try body()
    } catch {
      if isInTransaction { try? execute("ROLLBACK") }
      throw error
    }
    switch completion {
    case .commit:
      do {
        try flushChangeLog()
        try execute("COMMIT")
      } catch {
        if isInTransaction { try? execute("ROLLBACK") }
        throw error
      }
    case .rollback:
      if isInTransaction { try? execute("ROLLBACK") }
    }
    return completion
  }
}
