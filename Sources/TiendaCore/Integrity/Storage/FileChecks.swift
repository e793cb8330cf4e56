import TiendaStore

/// What SQLite says about the file itself (`verificar base`, `restaurar`).
enum FileChecks {
  /// `PRAGMA integrity_check`: `["ok"]` for a healthy file.
  static func integrity(_ db: Database) throws -> [String] {
    try db.fetchValues("PRAGMA integrity_check")
  }

  /// How many rows break a foreign key.
  static func foreignKeyProblems(_ db: Database) throws -> Int {
    try db.query("PRAGMA foreign_key_check").count
  }

  static func journalMode(_ db: Database) throws -> String {
    try db.fetchValue("PRAGMA journal_mode") ?? ""
  }

  /// The file's size in pages, and the page size in bytes.
  static func pages(_ db: Database) throws -> (count: Int64, size: Int64) {
    (try db.scalarInt("PRAGMA page_count"), try db.scalarInt("PRAGMA page_size"))
  }

  static func activeProducts(_ db: Database) throws -> Int64 {
    try db.fetchValue("SELECT count(*) AS n FROM products WHERE active = 1") ?? 0
  }
}

/// The sales ledger's rules, checked across its tables (at most 20 of
/// each problem).
enum LedgerQueries {
  /// Sales whose payments or lines do not add up to their total.
  static func salesNotAddingUp(_ db: Database) throws -> [(register: String, number: Int64)] {
    try db.query(
      """
      SELECT r.name AS register_name, s.number FROM sales s
        JOIN registers r ON r.id = s.register_id
      WHERE s.total <> (SELECT coalesce(sum(amount), 0) FROM payments WHERE sale_id = s.id)
         OR s.total <> (SELECT coalesce(sum(total), 0) FROM sale_lines WHERE sale_id = s.id)
      ORDER BY s.id LIMIT 20
      """
    ).map { (register: try $0["register_name"], number: try $0["number"]) }
  }

  /// Registers whose sale numbers are not 1…N.
  static func saleNumberGaps(_ db: Database) throws
    -> [(register: String, count: Int64, highest: Int64)]
  {
    try db.query(
      """
      SELECT r.name AS register_name, count(*) AS sales, max(s.number) AS highest
      FROM sales s JOIN registers r ON r.id = s.register_id
      GROUP BY s.register_id HAVING count(*) <> max(s.number)
      """
    ).map {
      (register: try $0["register_name"], count: try $0["sales"], highest: try $0["highest"])
    }
  }

  /// Closed sessions without their Z report.
  static func sessionsWithoutZ(_ db: Database) throws -> [(register: String, session: Int64)] {
    try db.query(
      """
      SELECT r.name AS register_name, c.id AS session_id FROM cash_sessions c
        JOIN registers r ON r.id = c.register_id
      WHERE c.closed_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM z_reports z WHERE z.session_id = c.id)
      ORDER BY c.id LIMIT 20
      """
    ).map { (register: try $0["register_name"], session: try $0["session_id"]) }
  }
}

extension StoredAmount {
  /// One cheap existence query per kind.
  var query: String {
    switch self {
    case .prices: return "SELECT 1 FROM products WHERE price > 0 OR cost > 0 LIMIT 1"
    case .sales: return "SELECT 1 FROM sales LIMIT 1"
    case .refunds: return "SELECT 1 FROM refunds LIMIT 1"
    case .cashSessions:
      return
        "SELECT 1 FROM cash_sessions WHERE opening_float > 0 UNION ALL SELECT 1 FROM cash_movements WHERE amount > 0 LIMIT 1"
    case .zReports: return "SELECT 1 FROM z_reports LIMIT 1"
    case .coupons: return "SELECT 1 FROM coupons WHERE amount IS NOT NULL OR minimum > 0 LIMIT 1"
    case .tickets: return "SELECT 1 FROM ticket_lines LIMIT 1"
    case .refundCaps: return "SELECT 1 FROM roles WHERE max_refund > 0 LIMIT 1"
    }
  }

  /// Whether the file holds amounts of this kind.
  func isStored(in db: Database) throws -> Bool { try db.queryFirst(query) != nil }
}
