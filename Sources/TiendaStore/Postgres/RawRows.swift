import CSQLite

/// One row of a SQLite query read in place: each column's storage class and
/// bytes, without making a Swift value per column. Valid only inside the
/// `forEachRaw` callback that received it. The push to the central server
/// reads tens of thousands of rows per batch straight into COPY text this
/// way (issue 23); everything else reads `Row`s by column name.
public struct RawRow {
  /// A column's SQLite storage class in this row.
  public enum Kind {
    case null, integer, real, text, blob
  }

  private let handle: OpaquePointer
  /// Columns in the row.
  public let count: Int

  init(handle: OpaquePointer, count: Int) {
    self.handle = handle
    self.count = count
  }

  public func kind(_ column: Int) -> Kind {
    switch sqlite3_column_type(handle, Int32(column)) {
    case SQLITE_INTEGER: return .integer
    case SQLITE_FLOAT: return .real
    case SQLITE_TEXT: return .text
    case SQLITE_BLOB: return .blob
    default: return .null
    }
  }

  public func integer(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }

  public func real(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

  /// A text column's UTF-8 bytes, an integer column's decimal digits (as
  /// SQLite writes them: the same as `String(Int64)`), or a blob's bytes.
  /// Empty for NULL. Call it once per column, after `kind`.
  public func bytes(_ column: Int) -> UnsafeRawBufferPointer {
    let i = Int32(column)
    let pointer: UnsafeRawPointer?
    if sqlite3_column_type(handle, i) == SQLITE_BLOB {
      pointer = sqlite3_column_blob(handle, i)
    } else {
      pointer = sqlite3_column_text(handle, i).map { UnsafeRawPointer($0) }
    }
    let count = Int(sqlite3_column_bytes(handle, i))
    guard let pointer, count > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: pointer, count: count)
  }
}

extension Database {
  /// Runs a query (a cached prepared statement) and calls `body` with each
  /// row read in place (`RawRow`), collecting nothing.
  public func forEachRaw(
    _ sql: String, _ values: [SQLValue] = [], _ body: (RawRow) throws -> Void
  ) throws {
    let stmt = try statement(sql)
    try stmt.bind(values)
    defer { stmt.reset() }
    let count = Int(sqlite3_column_count(stmt.handle))
    while true {
      let rc = sqlite3_step(stmt.handle)
      if rc == SQLITE_DONE { return }
      guard rc == SQLITE_ROW else { throw error(code: rc, sql: sql) }
      try body(RawRow(handle: stmt.handle, count: count))
    }
  }
}
