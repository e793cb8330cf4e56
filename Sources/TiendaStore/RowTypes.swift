/// A type built from one result row, reading its columns by name.
///
/// ```swift
/// struct SaleRow: FetchableRow {
///   let id: Int64, total: Int64, note: String?
///   init(row: Row) throws {
///     id = try row["id"]; total = try row["total"]; note = try row["note"]
///   }
/// }
/// let sales: [SaleRow] = try db.fetchAll("SELECT id, total, note FROM sales")
/// ```
public protocol FetchableRow {
  init(row: Row) throws
}

/// A type that inserts itself into one table, its columns named next to
/// their values.
///
/// ```swift
/// struct PaymentRow: PersistableRow {
///   static let table = "payments"
///   var saleID: Int64, amount: Int64
///   var columns: KeyValuePairs<String, any SQLBindable> {
///     ["sale_id": saleID, "amount": amount]
///   }
/// }
/// let id = try PaymentRow(saleID: 1, amount: 500).insert(into: db)
/// ```
public protocol PersistableRow {
  static var table: String { get }
  var columns: KeyValuePairs<String, any SQLBindable> { get }
}

extension PersistableRow {
  /// `INSERT INTO table(…) VALUES (…)`; returns the new rowid.
  @discardableResult
  public func insert(into db: Database) throws -> Int64 {
    try db.insert(into: Self.table, columns)
  }
}

extension Database {
  /// Every row of a query, each read into `T`.
  public func fetchAll<T: FetchableRow>(
    _ sql: String, _ values: [SQLValue] = [], as type: T.Type = T.self
  ) throws -> [T] {
    var result: [T] = []
    try forEach(sql, values) { result.append(try T(row: $0)) }
    return result
  }

  /// The first row of a query read into `T`, or nil when there is none.
  public func fetchOne<T: FetchableRow>(
    _ sql: String, _ values: [SQLValue] = [], as type: T.Type = T.self
  ) throws -> T? {
    try queryFirst(sql, values).map { try T(row: $0) }
  }

  /// The first column of every row (`let ids: [Int64] = try db.fetchValues("SELECT id …")`).
  public func fetchValues<T: SQLReadable>(
    _ sql: String, _ values: [SQLValue] = [], as type: T.Type = T.self
  ) throws -> [T] {
    var result: [T] = []
    try forEach(sql, values) { result.append(T.read($0.values[0])) }
    return result
  }

  /// The first column of the first row, or nil when there is no row
  /// (`let name: String? = try db.fetchValue("SELECT name …")`; a NULL in
  /// the row reads as nil only when `T` is optional).
  public func fetchValue<T: SQLReadable>(
    _ sql: String, _ values: [SQLValue] = [], as type: T.Type = T.self
  ) throws -> T? {
    try queryFirst(sql, values).map { T.read($0.values[0]) }
  }

  /// `INSERT INTO table(a, b, …) VALUES (?, ?, …)` with the values bound in
  /// order; returns the new rowid. The SQL text is kept per table and column
  /// list, so the prepared statement is reused.
  ///
  /// ```swift
  /// try db.insert(into: "sales", ["register_id": registerID, "total": total, "note": note])
  /// ```
  @discardableResult
  public func insert(into table: String, _ columns: KeyValuePairs<String, any SQLBindable>)
    throws -> Int64
  {
    var names: [String] = []
    var values: [SQLValue] = []
    names.reserveCapacity(columns.count)
    values.reserveCapacity(columns.count)
    for (name, value) in columns {
      names.append(name)
      values.append(value.sqlValue)
    }
    let sql: String
    if let cached = insertSQL[table], cached.names == names {
      sql = cached.sql
    } else {
      sql =
        "INSERT INTO \(table)(\(names.joined(separator: ", "))) VALUES (\(Database.placeholders(names.count)))"
      insertSQL[table] = (names, sql)
    }
    try run(sql, values)
    return lastInsertRowID
  }

  /// `UPDATE table SET a = ?, b = ? WHERE <condition>`; the set values are
  /// bound first, then `arguments` (the condition's). Returns the number of
  /// rows changed.
  ///
  /// ```swift
  /// try db.update("print_jobs", set: ["state": "hecho"], where: "id = ?", [.integer(id)])
  /// ```
  @discardableResult
  public func update(
    _ table: String, set columns: KeyValuePairs<String, any SQLBindable>,
    where condition: String, _ arguments: [SQLValue] = []
  ) throws -> Int {
    var assignments: [String] = []
    var values: [SQLValue] = []
    for (name, value) in columns {
      assignments.append(name + " = ?")
      values.append(value.sqlValue)
    }
    let sql = "UPDATE \(table) SET \(assignments.joined(separator: ", ")) WHERE \(condition)"
    try run(sql, values + arguments)
    return changes
  }
}
