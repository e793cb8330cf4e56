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
  /// Sales and register sessions that break the ledger's rules.
  public let ledgerProblems: [LedgerProblem]
  /// Signs of edits made behind tienda's back (DESIGN §8.19).
  public let tamperProblems: [TamperProblem]
  /// The journal's last row and hash.
  public let journalHead: ChainHead?

  public var isHealthy: Bool {
    integrity == ["ok"] && foreignKeyProblems == 0 && stockMismatches.isEmpty
      && ledgerProblems.isEmpty && tamperProblems.isEmpty
  }
}

/// A rule of the sales ledger that the file breaks.
public enum LedgerProblem: Sendable, Equatable {
  /// Its payments or its lines do not add up to its total.
  case saleDoesNotAddUp(register: String, number: Int64)
  /// Sale numbers of a register are not 1…N.
  case saleNumberGap(register: String, count: Int64, highest: Int64)
  /// A closed session without its Z report.
  case sessionWithoutZ(register: String, session: Int64)
}

extension Integrity {
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
        stockMismatches: try shop.stock.stockMismatches(),
        products: try db.scalarInt("SELECT count(*) FROM products WHERE active = 1"),
        ledgerProblems: try ledgerProblems(),
        tamperProblems: try shop.journal.tamperProblems(),
        journalHead: try shop.journal.chainHead())
    }
  }
}

extension Integrity {
  func ledgerProblems() throws -> [LedgerProblem] {
    var problems: [LedgerProblem] = try db.query(
      """
      SELECT r.name, s.number FROM sales s JOIN registers r ON r.id = s.register_id
      WHERE s.total <> (SELECT coalesce(sum(amount), 0) FROM payments WHERE sale_id = s.id)
         OR s.total <> (SELECT coalesce(sum(total), 0) FROM sale_lines WHERE sale_id = s.id)
      ORDER BY s.id LIMIT 20
      """
    ).map { .saleDoesNotAddUp(register: $0.string(0), number: $0.int(1)) }
    problems += try db.query(
      """
      SELECT r.name, count(*), max(s.number) FROM sales s JOIN registers r ON r.id = s.register_id
      GROUP BY s.register_id HAVING count(*) <> max(s.number)
      """
    ).map { .saleNumberGap(register: $0.string(0), count: $0.int(1), highest: $0.int(2)) }
    problems += try db.query(
      """
      SELECT r.name, c.id FROM cash_sessions c JOIN registers r ON r.id = c.register_id
      WHERE c.closed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM z_reports z WHERE z.session_id = c.id)
      ORDER BY c.id LIMIT 20
      """
    ).map { .sessionWithoutZ(register: $0.string(0), session: $0.int(1)) }
    return problems
  }
}
