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

  /// The events' rows in `tienda.eventos`, by COPY. Only events the central
  /// does not have (read under the branch's lock), so nothing can collide.
  static func insertEvents(_ pg: PostgresConnection, branch: String, _ events: [PushEvent]) throws {
    guard !events.isEmpty else { return }
    var text: [UInt8] = []
    for item in events {
      let e = item.event
      let fields = [
        branch, e.epoch, String(e.seq), String(e.registerID), e.kind, String(e.at),
        String(item.rowCount), item.hash,
      ]
      for (n, field) in fields.enumerated() {
        if n > 0 { text.append(UInt8(ascii: "\t")) }
        var field = field
        field.withUTF8 { TableBatch.escape($0, into: &text) }
      }
      text.append(UInt8(ascii: "\n"))
    }
    try text.withUnsafeBytes { bytes in
      _ = try pg.copy(
        "COPY tienda.eventos(sucursal, epoca, secuencia, caja, tipo, en, filas, hash) FROM STDIN",
        bytes)
    }
  }

  /// One table's part of a batch, for the fresh events only. Ledger rows
  /// go by COPY straight into `tienda.<table>` (a fresh event's ledger rows
  /// are new there); if one is already there (unique violation) the COPY is
  /// undone to a savepoint and the rows go the general way: by COPY into a
  /// temporary staging table (emptied at each commit), then into the table
  /// with one INSERT … SELECT … ON CONFLICT: ledger rows already there are
  /// left as they are, rows that change take their latest state. Keys
  /// deleted here (mutable tables) are deleted there by the table's central
  /// key, in the same transaction.
  static func apply(
    _ pg: PostgresConnection, branch: String, _ table: TableBatch, fresh: [Bool]
  ) throws {
    let shape = table.shape
    let name = "tienda." + CentralSchema.quoted(shape.name)
    let text = table.copyText(fresh: fresh)
    if !text.isEmpty {
      let columns = (["sucursal", "epoca"] + shape.columns.map(\.name)).map(CentralSchema.quoted)
        .joined(separator: ", ")
      if !shape.mutable {
        try pg.execute("SAVEPOINT envio")
        do {
          try text.withUnsafeBytes { bytes in
            _ = try pg.copy("COPY \(name)(\(columns)) FROM STDIN", bytes)
          }
          try pg.execute("RELEASE SAVEPOINT envio")
          return try delete(pg, branch: branch, table, fresh: fresh)
        } catch PostgresError.statementFailed(_, let state) where state == "23505" {
          try pg.execute("ROLLBACK TO SAVEPOINT envio")
          try pg.execute("RELEASE SAVEPOINT envio")
        }
      }
      let stage = CentralSchema.quoted("envio_" + shape.name)
      try pg.execute(
        "CREATE TEMP TABLE IF NOT EXISTS \(stage) ON COMMIT DELETE ROWS AS SELECT \(columns)"
          + " FROM \(name) WITH NO DATA")
      try text.withUnsafeBytes { bytes in
        _ = try pg.copy("COPY \(stage)(\(columns)) FROM STDIN", bytes)
      }
      try pg.execute(
        "INSERT INTO \(name)(\(columns)) SELECT \(columns) FROM \(stage)" + conflictClause(shape))
    }
    try delete(pg, branch: branch, table, fresh: fresh)
  }

  /// Deletes centrally the keys deleted here (rows that change only): by
  /// the central key (branch, local key).
  static func delete(
    _ pg: PostgresConnection, branch: String, _ table: TableBatch, fresh: [Bool]
  ) throws {
    let shape = table.shape
    let name = "tienda." + CentralSchema.quoted(shape.name)
    let deleted = table.deletedKeys(fresh: fresh)
    guard shape.mutable, !deleted.isEmpty else { return }
    let keys = shape.key.prefix(OutboxStore.outboxKeyWidth(shape))
    let casts = keys.map { key in
      "::" + (shape.columns.first { $0.name == key }?.centralType ?? "text")
    }
    let width = keys.count
    for chunk in chunks(deleted.count, width: width) {
      var values: [String?] = [branch]
      var tuples: [String] = []
      for (n, key) in deleted[chunk].enumerated() {
        tuples.append(
          "(" + (0..<width).map { "$\(2 + n * width + $0)" + casts[$0] }.joined(separator: ", ")
            + ")")
        values += key
      }
      try pg.execute(
        "DELETE FROM \(name) WHERE sucursal = $1 AND ("
          + keys.map(CentralSchema.quoted).joined(separator: ", ") + ") IN (VALUES "
          + tuples.joined(separator: ", ") + ")", values)
    }
  }

  /// ` ON CONFLICT (central key) DO …`: nothing for ledger rows, the latest
  /// state for rows that change.
  static func conflictClause(_ table: LocalTableShape) -> String {
    let conflict =
      " ON CONFLICT (" + table.centralKey.map(CentralSchema.quoted).joined(separator: ", ") + ") "
    guard table.mutable else { return conflict + "DO NOTHING" }
    let keys = Set(table.centralKey)
    let set = (["epoca"] + table.columns.map(\.name)).filter { !keys.contains($0) }.map {
      CentralSchema.quoted($0) + " = EXCLUDED." + CentralSchema.quoted($0)
    }
    return conflict + (set.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + set.joined(separator: ", "))
  }

  /// Ranges of at most 1.000 rows and 30.000 parameters.
  static func chunks(_ count: Int, width: Int) -> [Range<Int>] {
    let step = max(1, min(1000, 30000 / max(1, width)))
    return stride(from: 0, to: count, by: step).map { $0..<min($0 + step, count) }
  }
}
