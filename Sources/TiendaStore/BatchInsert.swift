extension Database {
  /// `INSERT INTO table(a, b) VALUES (?, ?), (?, ?), …`: many rows in one
  /// statement (a sale's lines, payments, stock movements), in order, so
  /// their rowids follow that order. Rows go in chunks of at most 500.
  public func insertRows(into table: String, columns: [String], _ rows: [[SQLValue]]) throws {
    let placeholders = "(" + Database.placeholders(columns.count) + ")"
    var start = rows.startIndex
    while start < rows.endIndex {
      let end = min(start + 500, rows.endIndex)
      let chunk = rows[start..<end]
      let sql =
        "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
        + Array(repeating: placeholders, count: chunk.count).joined(separator: ", ")
      try run(sql, Array(chunk.joined()))
      start = end
    }
  }

  /// `?, ?, ?` for an `IN (…)` list of `count` values.
  public static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
  }
}
