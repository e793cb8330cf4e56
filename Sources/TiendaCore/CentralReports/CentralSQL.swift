import TiendaStore

/// The central PostgreSQL as the central catalog and the central reports
/// see it: statements with text parameters (`$1`…), rows read by column
/// name like SQLite's (`Row`), so the local row types read central rows.
public protocol CentralSQL {
  /// The rows of one statement (cells as text, NULL as `.null`).
  func rows(_ sql: String, _ parameters: [String?]) throws -> [Row]
  /// Statements without rows (a script: `;`-separated, no parameters).
  func run(_ sql: String) throws
}
