import TiendaStore

extension Shop {
  /// Runs several commands (`body`) as one transaction that `body` ends by
  /// returning `.commit` or `.rollback` (`--atómico`, `--simular`,
  /// `simular <comando>`). Each command inside is a savepoint (`mutate`).
  /// Inside another transaction it is a savepoint itself. See
  /// `Database.inTransaction` for the errors.
  ///
  /// ```swift
  /// try shop.runBatch { runCommands(); return allSucceeded ? .commit : .rollback }
  /// ```
  @discardableResult
  public func runBatch(_ body: () throws -> TransactionCompletion) throws
    -> TransactionCompletion
  {
    try db.inTransaction(body)
  }
}
