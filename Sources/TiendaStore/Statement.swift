import CSQLite

/// A prepared statement owned by one `Database`; finalized on deinit.
public final class Statement {
  let handle: OpaquePointer
  let sql: String
  unowned let database: Database
  /// Column names, read once from SQLite and shared by every row.
  private var columnNames: ColumnNames?

  init(database: Database, sql: String) throws {
    var stmt: OpaquePointer?
    let rc = sqlite3_prepare_v3(
      database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
    guard rc == SQLITE_OK, let stmt else {
      throw database.error(code: rc, sql: sql)
    }
    self.handle = stmt
    self.sql = sql
    self.database = database
  }

  deinit { sqlite3_finalize(handle) }

  func bind(_ values: [SQLValue]) throws {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    let expected = Int(sqlite3_bind_parameter_count(handle))
    precondition(values.count == expected, "SQL expects \(expected) parameters: \(sql)")
    for (offset, value) in values.enumerated() {
      let i = Int32(offset + 1)
      let rc: Int32
      switch value {
      case .null: rc = sqlite3_bind_null(handle, i)
      case .integer(let v): rc = sqlite3_bind_int64(handle, i, v)
      case .real(let v): rc = sqlite3_bind_double(handle, i, v)
      case .text(let s): rc = sqlite3_bind_text(handle, i, s, -1, tienda_sqlite_transient())
      case .blob(let b):
        rc = b.withUnsafeBytes {
          sqlite3_bind_blob(handle, i, $0.baseAddress, Int32($0.count), tienda_sqlite_transient())
        }
      }
      if rc != SQLITE_OK { throw database.error(code: rc, sql: sql) }
    }
  }

  /// Steps once; returns the row or nil when done.
  func step() throws -> Row? {
    let rc = sqlite3_step(handle)
    switch rc {
    case SQLITE_ROW:
      let count = sqlite3_column_count(handle)
      var values: [SQLValue] = []
      values.reserveCapacity(Int(count))
      for i in 0..<count {
        values.append(column(i))
      }
      return Row(values: values, columns: names(count: count))
    case SQLITE_DONE:
      return nil
    default:
      let error = database.error(code: rc, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  func reset() { sqlite3_reset(handle) }

  /// The cached column names; read again only if the column count changed
  /// (SQLite re-prepares a statement after a schema change).
  private func names(count: Int32) -> ColumnNames {
    if let columnNames, columnNames.count == Int(count) { return columnNames }
    let names = (0..<count).map { i in
      sqlite3_column_name(handle, i).map { String(cString: $0) } ?? ""
    }
    let built = ColumnNames(names, sql: sql)
    columnNames = built
    return built
  }

  private func column(_ i: Int32) -> SQLValue {
    switch sqlite3_column_type(handle, i) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
    case SQLITE_TEXT:
      guard let p = sqlite3_column_text(handle, i) else { return .text("") }
      let n = Int(sqlite3_column_bytes(handle, i))
      return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
    case SQLITE_BLOB:
      let n = Int(sqlite3_column_bytes(handle, i))
      guard n > 0, let p = sqlite3_column_blob(handle, i) else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
    default: return .null
    }
  }
}
