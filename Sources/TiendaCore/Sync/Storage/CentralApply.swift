import TiendaStore

/// The central side of a push: which events it has, and applying new ones.
/// Runs inside the caller's PostgreSQL transaction.
enum CentralApply {
  /// Serialises pushes of one branch (two registers of the same file, a
  /// cron push and a hook push at once).
  static func lock(_ pg: PostgresConnection, branch: String) throws {
    try pg.execute("SELECT pg_advisory_xact_lock(hashtext('tienda:' || $1))", [branch])
  }

  /// `tienda.sucursales`: the branch's name, zone and currency, kept current.
  static func upsertBranch(
    _ pg: PostgresConnection, id: String, name: String, zone: String, currency: String
  ) throws {
    try pg.execute(
      """
      INSERT INTO tienda.sucursales(id, nombre, zona, moneda) VALUES ($1, $2, $3, $4)
      ON CONFLICT (id) DO UPDATE SET nombre = EXCLUDED.nombre, zona = EXCLUDED.zona,
        moneda = EXCLUDED.moneda, actualizada = now()
      WHERE (tienda.sucursales.nombre, tienda.sucursales.zona, tienda.sucursales.moneda)
        IS DISTINCT FROM (EXCLUDED.nombre, EXCLUDED.zona, EXCLUDED.moneda)
      """, [id, name, zone, currency])
  }

  /// The hashes the central already holds for these events: key "epoch/seq".
  static func existingHashes(
    _ pg: PostgresConnection, branch: String, events: [PushEvent]
  ) throws -> [String: String] {
    guard let first = events.first, let last = events.last else { return [:] }
    let result = try pg.execute(
      """
      SELECT epoca, secuencia, hash FROM tienda.eventos
      WHERE sucursal = $1 AND secuencia BETWEEN $2 AND $3
      """, [branch, String(first.event.seq), String(last.event.seq)])
    var hashes: [String: String] = [:]
    for row in 0..<result.count {
      let key = (result.value(row, "epoca") ?? "") + "/" + (result.value(row, "secuencia") ?? "")
      hashes[key] = result.value(row, "hash") ?? ""
    }
    return hashes
  }

  static func recordConflict(
    _ pg: PostgresConnection, branch: String, event: PushEvent, centralHash: String
  ) throws {
    try pg.execute(
      """
      INSERT INTO tienda.conflictos(sucursal, epoca, secuencia, hash_central, hash_enviado)
      VALUES ($1, $2, $3, $4, $5)
      """,
      [branch, event.event.epoch, String(event.event.seq), centralHash, event.hash])
  }

  /// The events' rows in `tienda.eventos`, many per statement.
  static func insertEvents(_ pg: PostgresConnection, branch: String, _ events: [PushEvent]) throws {
    let width = 8
    for chunk in chunks(events.count, width: width) {
      var values: [String?] = []
      var tuples: [String] = []
      for (n, item) in events[chunk].enumerated() {
        let e = item.event
        tuples.append(placeholders(n * width, width))
        values += [
          branch, e.epoch, String(e.seq), String(e.registerID), e.kind, String(e.at),
          String(item.rowCount), item.hash,
        ]
      }
      try pg.execute(
        "INSERT INTO tienda.eventos(sucursal, epoca, secuencia, caja, tipo, en, filas, hash) VALUES "
          + tuples.joined(separator: ","), values)
    }
  }

  /// Rows of one table: inserted, or (for rows that change) updated to the
  /// latest state. Ledger rows already there are left as they are.
  static func upsert(
    _ pg: PostgresConnection, branch: String, table: LocalTableShape,
    rows: [(epoch: String, values: [String?])]
  ) throws {
    let names = ["sucursal", "epoca"] + table.columns.map(\.name)
    let width = names.count
    let target =
      "INSERT INTO tienda.\(CentralSchema.quoted(table.name))("
      + names.map(CentralSchema.quoted).joined(separator: ", ") + ") VALUES "
    let conflict =
      " ON CONFLICT (" + table.centralKey.map(CentralSchema.quoted).joined(separator: ", ") + ") "
    let action: String
    if table.mutable {
      let keys = Set(table.centralKey)
      let set = names.filter { !keys.contains($0) }.map {
        CentralSchema.quoted($0) + " = EXCLUDED." + CentralSchema.quoted($0)
      }
      action = set.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + set.joined(separator: ", ")
    } else {
      action = "DO NOTHING"
    }
    for chunk in chunks(rows.count, width: width) {
      var values: [String?] = []
      values.reserveCapacity(chunk.count * width)
      var tuples: [String] = []
      for (n, row) in rows[chunk].enumerated() {
        tuples.append(placeholders(n * width, width))
        values.append(branch)
        values.append(row.epoch)
        values += row.values
      }
      try pg.execute(target + tuples.joined(separator: ",") + conflict + action, values)
    }
  }

  /// Ranges of at most 1.000 rows and 30.000 parameters.
  static func chunks(_ count: Int, width: Int) -> [Range<Int>] {
    let step = max(1, min(1000, 30000 / max(1, width)))
    return stride(from: 0, to: count, by: step).map { $0..<min($0 + step, count) }
  }

  static func placeholders(_ offset: Int, _ width: Int) -> String {
    var text = "("
    text.reserveCapacity(width * 7 + 2)
    for n in 1...width {
      if n > 1 { text.append(",") }
      text.append("$")
      text.append(String(offset + n))
    }
    text.append(")")
    return text
  }
}
