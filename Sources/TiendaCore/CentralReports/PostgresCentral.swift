import TiendaStore

/// The configured central server as `CentralSQL`: libpq's text rows read
/// as `Row`s; its failures worded like the push's (`SyncError`).
struct PostgresCentral: CentralSQL {
  let connection: PostgresConnection

  init(_ shop: Shop) throws {
    connection = try shop.sync.connect()
  }

  func rows(_ sql: String, _ parameters: [String?]) throws -> [Row] {
    let result: PostgresResult
    do {
      result = try connection.execute(sql, parameters)
    } catch .statementFailed(_, let state) where Self.schemaMissing.contains(state) {
      // A central never prepared: say so, like `sincronizar` does.
      throw SyncError.centralNotPrepared
    } catch {
      throw SyncError.postgres(error)
    }
    let names = ColumnNames(result.columns, sql: sql)
    return result.rows.map { cells in
      Row(values: cells.map { $0.map { .text($0) } ?? .null }, columns: names)
    }
  }

  /// Undefined schema, table or function: `central preparar` never ran.
  static let schemaMissing: Set<String> = ["3F000", "42P01", "42883"]

  func run(_ sql: String) throws {
    do {
      try connection.execute(sql)
    } catch {
      throw SyncError.postgres(error)
    }
  }
}
