import TiendaStore

/// The central PostgreSQL schema (issue 23): versioned, created or migrated
/// by `central preparar`, safe to run again.
///
/// Everything lives in the schema `tienda`:
/// - `tienda.esquema(version)`: one row, the version of what follows.
/// - `tienda.sucursales`: one row per branch (its global id, name, zone).
/// - `tienda.eventos`: one row per outbox event applied, keyed by
///   (sucursal, epoca, secuencia); `hash` is the event's content hash.
/// - `tienda.conflictos`: events re-sent with the same key and another hash.
/// - One table per synced local table (`SyncTables.all`), same name and
///   columns, plus `sucursal` (the branch id) first in its primary key:
///   `tienda.sales(sucursal, id, …)`. These are derived from the shop's own
///   schema, so a table added to `SyncTables.all` needs no central DDL by
///   hand: `central preparar` creates it (and adds columns a newer tienda
///   has), which is why running it again after an update is safe and needed.
enum CentralSchema {
  /// Fixed steps; a new step is appended (never edit a shipped one). The
  /// derived tables are created after these, at every `central preparar`.
  static let steps: [String] = [
    // 1: the event log and the branches.
    """
    CREATE TABLE IF NOT EXISTS tienda.sucursales(
      id text PRIMARY KEY,
      nombre text NOT NULL,
      zona text NOT NULL DEFAULT 'America/Santiago',
      moneda text NOT NULL DEFAULT 'CLP',
      actualizada timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS tienda.eventos(
      sucursal text NOT NULL REFERENCES tienda.sucursales(id),
      epoca text NOT NULL,
      secuencia bigint NOT NULL,
      caja bigint NOT NULL,
      tipo text NOT NULL,
      en bigint NOT NULL,
      filas integer NOT NULL,
      hash text NOT NULL,
      recibido timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (sucursal, epoca, secuencia)
    );
    CREATE TABLE IF NOT EXISTS tienda.conflictos(
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sucursal text NOT NULL,
      epoca text NOT NULL,
      secuencia bigint NOT NULL,
      hash_central text NOT NULL,
      hash_enviado text NOT NULL,
      detectado timestamptz NOT NULL DEFAULT now()
    );
    """
  ]

  static var version: Int { steps.count }

  /// Creates or migrates the schema; returns the version before and after.
  /// One transaction, serialised with an advisory lock against a second
  /// `central preparar` at the same time.
  static func prepare(_ pg: PostgresConnection, tables: [LocalTableShape]) throws -> (
    before: Int, after: Int
  ) {
    try pg.transaction {
      try pg.execute("SELECT pg_advisory_xact_lock(23230028)")
      try pg.execute("CREATE SCHEMA IF NOT EXISTS tienda")
      try pg.execute("CREATE TABLE IF NOT EXISTS tienda.esquema(version integer NOT NULL)")
      let found =
        Int(try pg.execute("SELECT max(version) AS v FROM tienda.esquema").value(0, "v") ?? "") ?? 0
      guard found <= version else {
        throw SyncError.centralSchemaNewer(found: found, known: version)
      }
      for step in steps.dropFirst(found) { try pg.execute(step) }
      for table in tables { try create(table, pg) }
      // The central catalog and the central reports' views (issue 23 B).
      try pg.execute(CentralCatalog.centralSchema)
      try pg.execute(CentralReportsSchema.views)
      try pg.execute("DELETE FROM tienda.esquema")
      try pg.execute("INSERT INTO tienda.esquema(version) VALUES ($1)", [String(version)])
      return (found, version)
    }
  }

  /// The central version, or nil when the schema is missing.
  static func currentVersion(_ pg: PostgresConnection) throws -> Int? {
    let exists = try pg.execute("SELECT to_regclass('tienda.esquema') IS NOT NULL AS e")
    guard exists.value(0, "e") == "t" else { return nil }
    return Int(try pg.execute("SELECT max(version) AS v FROM tienda.esquema").value(0, "v") ?? "")
  }

  /// `CREATE TABLE IF NOT EXISTS tienda.<t>` and any column it lacks.
  static func create(_ table: LocalTableShape, _ pg: PostgresConnection) throws {
    let name = "tienda." + quoted(table.name)
    let columns = table.columns.map { quoted($0.name) + " " + $0.centralType }
    let key = table.centralKey.map(quoted).joined(separator: ", ")
    try pg.execute(
      "CREATE TABLE IF NOT EXISTS \(name)(sucursal text NOT NULL, epoca text NOT NULL, "
        + columns.joined(separator: ", ") + ", PRIMARY KEY (\(key)))")
    for column in table.columns {
      try pg.execute(
        "ALTER TABLE \(name) ADD COLUMN IF NOT EXISTS \(quoted(column.name)) \(column.centralType)")
    }
  }

  static func quoted(_ identifier: String) -> String {
    "\"" + identifier + "\""
  }
}

/// A local table's columns as the central side mirrors them.
struct LocalTableShape: Sendable {
  struct Column: Sendable {
    let name: String
    let type: String

    /// SQLite STRICT types to PostgreSQL.
    var centralType: String {
      switch type.uppercased() {
      case "INTEGER", "INT": return "bigint"
      case "REAL": return "double precision"
      case "BLOB": return "bytea"
      default: return "text"
      }
    }
  }

  let name: String
  let columns: [Column]
  /// The primary key's columns (the rowid `id` when the table has none).
  let key: [String]
  /// Rows that change after they are written (`SyncedTable.mutable`).
  var mutable = false

  /// Where the outbox key's columns (at most 3) are in `columns`.
  var keyPositions: [Int] {
    key.prefix(3).compactMap { k in columns.firstIndex { $0.name == k } }
  }

  /// The central key: ledger rows are keyed by branch, epoch and local key
  /// (a restored or copied file reuses local ids under a new epoch); rows
  /// that change keep one central row per branch and local key (latest wins).
  var centralKey: [String] { (mutable ? ["sucursal"] : ["sucursal", "epoca"]) + key }

  /// Reads the table's shape from the shop file.
  static func read(_ db: Database, table: String) throws -> LocalTableShape? {
    let rows = try db.query("SELECT name, type, pk FROM pragma_table_info(?)", [.text(table)])
    guard !rows.isEmpty else { return nil }
    let mutable = SyncTables.all.first { $0.name == table }?.mutable ?? false
    var columns: [Column] = []
    var key: [(Int64, String)] = []
    for row in rows {
      let name: String = try row["name"]
      let pk: Int64 = try row["pk"]
      columns.append(Column(name: name, type: try row["type"]))
      if pk > 0 { key.append((pk, name)) }
    }
    // A table without a declared key is keyed by its rowid, which the
    // outbox records for every row; the central copy gets a `rowid` column.
    if key.isEmpty {
      columns.append(Column(name: "rowid", type: "INTEGER"))
      return LocalTableShape(name: table, columns: columns, key: ["rowid"], mutable: mutable)
    }
    return LocalTableShape(
      name: table, columns: columns, key: key.sorted { $0.0 < $1.0 }.map(\.1), mutable: mutable)
  }
}
