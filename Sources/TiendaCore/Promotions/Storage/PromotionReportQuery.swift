import TiendaStore

/// The rows of the report: sales in the period (voided sales left out).
struct PromotionReportQuery: FetchableRow {
  let row: PromotionReportRow

  init(row: Row) throws {
    self.row = PromotionReportRow(
      name: try row["name"], tickets: try row["tickets"],
      units: Quantity(thousandths: try row["units"]), saving: Money(try row["saving"]))
  }

  static func rows(from start: Int64, to end: Int64, in db: Database) throws
    -> [PromotionReportRow]
  {
    let rows: [PromotionReportQuery] = try db.fetchAll(
      """
      SELECT coalesce(p.name, max(l.name)) AS name, count(DISTINCT l.sale_id) AS tickets,
        sum(l.units) AS units, sum(l.saving) AS saving
      FROM sale_line_promotions l
      JOIN sales s ON s.id = l.sale_id
      LEFT JOIN promotions p ON p.id = l.promotion_id
      WHERE s.at >= ? AND s.at < ?
        AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.sale_id = s.id AND r.kind = 'anulación')
      GROUP BY l.promotion_id
      ORDER BY saving DESC, name
      """, [.integer(start), .integer(end)])
    return rows.map(\.row)
  }
}
