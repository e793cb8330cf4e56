import TiendaStore

/// Result of `verificar base`.
public struct DatabaseCheck: Sendable {
  public let path: String
  public let schemaVersion: Int
  public let supportedVersion: Int
  public let integrity: [String]
  public let foreignKeyProblems: Int
  public let journalMode: String
  public let journalEntries: Int64
  public let pageCount: Int64
  public let pageSize: Int64
  /// Products whose cached stock disagrees with their movements.
  public let stockMismatches: [StockMismatch]
  public let products: Int64

  public var isHealthy: Bool {
    integrity == ["ok"] && foreignKeyProblems == 0 && stockMismatches.isEmpty
  }
}

extension Shop {
  /// Integrity check, foreign keys and schema version, in one read snapshot.
  public func checkDatabase() throws -> DatabaseCheck {
    try db.read {
      DatabaseCheck(
        path: db.path,
        schemaVersion: try db.userVersion(),
        supportedVersion: Schema.migrations.map(\.version).max() ?? 0,
        integrity: try db.query("PRAGMA integrity_check").map { $0.string(0) },
        foreignKeyProblems: try db.query("PRAGMA foreign_key_check").count,
        journalMode: try db.queryFirst("PRAGMA journal_mode")?.string(0) ?? "",
        journalEntries: try db.scalarInt("SELECT count(*) FROM journal"),
        pageCount: try db.scalarInt("PRAGMA page_count"),
        pageSize: try db.scalarInt("PRAGMA page_size"),
        stockMismatches: try stockMismatches(),
        products: try db.scalarInt("SELECT count(*) FROM products WHERE active = 1"))
    }
  }
}
