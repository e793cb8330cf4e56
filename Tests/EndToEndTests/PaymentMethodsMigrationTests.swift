import Foundation
import Testing

/// Migration 13 (payment methods as data, DESIGN §8.11, §8.17) on a real
/// file written by tienda at schema 12 (`Corpus/tienda-v12-pagos.sql`, a
/// `sqlite3 .dump` of a shop with sales by each of the four old methods, a
/// split, a return, a void, a closed Z and an open session).
@Suite struct PaymentMethodsMigrationTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v12-pagos.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String {
    let r = try box.sqlite(box.db, query)
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout
  }

  @Test func paymentsSurviveTheRebuildWithTheirTriggers() throws {
    #expect(try sql("PRAGMA user_version") == "12\n")
    let every = "SELECT * FROM payments ORDER BY id"
    let rowsBefore = try sql(every)
    let byMethod = try sql(
      "SELECT method, count(*), sum(amount), sum(tendered - change) FROM payments"
        + " GROUP BY method ORDER BY method")
    #expect(rowsBefore.split(separator: "\n").count == 10)
    // The old file refuses a method outside its fixed list.
    let old = try box.sqlite(
      box.db,
      "INSERT INTO payments(sale_id, register_id, session_id, method, amount, tendered, change,"
        + " rounding, at) VALUES (7, 1, 2, 'amipass', 1, 1, 0, 0, 0)")
    #expect(old.status != 0 && old.stderr.contains("CHECK"), "\(old.transcript)")

    let check = try box.commands("verificar base")
    #expect(check.status == 0, "\(check.transcript)")
    #expect(check.stdout.contains("La base está sana."), "\(check.stdout)")
    // Migrated to the latest schema (13, then 14's triggers on payments,
    // then whatever later migrations add: the file's own version is the oracle).
    let version = try sql("PRAGMA user_version").trimmingCharacters(in: .whitespacesAndNewlines)
    #expect((Int(version) ?? 0) >= 14, "\(version)")
    #expect(check.stdout.contains("Versión del esquema:       \(version)"), "\(check.stdout)")
    #expect(try sql(every) == rowsBefore)
    #expect(
      try sql(
        "SELECT method, count(*), sum(amount), sum(tendered - change) FROM payments"
          + " GROUP BY method ORDER BY method") == byMethod)
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'payments'"
          + " AND name <> 'payments_report' ORDER BY name")
        == "payments_method_payable\npayments_method_reference\npayments_no_delete\n"
        + "payments_no_replace\npayments_no_update\npayments_session_open\n")
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payments'"
          + " ORDER BY name") == "payments_method\npayments_sale\npayments_session\n")
    #expect(!(try sql("SELECT sql FROM sqlite_master WHERE name = 'payments'")).contains("crédito"))

    // The triggers still hold: no update, no delete, no replace, no payment
    // into the closed session 1.
    for (statement, message) in [
      ("UPDATE payments SET amount = 1 WHERE id = 1", "no se puede modificar"),
      ("DELETE FROM payments WHERE id = 1", "no se puede borrar"),
      ("INSERT OR REPLACE INTO payments SELECT * FROM payments WHERE id = 10", "reemplazar"),
      (
        "INSERT INTO payments(sale_id, register_id, session_id, method, amount, tendered,"
          + " change, rounding, at) VALUES (1, 1, 1, 'efectivo', 1, 1, 0, 0, 0)",
        "ya está cerrada"
      ),
    ] {
      let r = try box.sqlite(box.db, statement)
      #expect(r.status != 0 && r.stderr.contains(message), "\(statement): \(r.transcript)")
    }
    #expect(try sql(every) == rowsBefore)

    // The methods are data now: the built-ins, every one available now
    // (tarjeta-regalo became payable with migration 15, gift cards; fiado
    // with migration 20, customer accounts; puntos with migration 25).
    #expect(
      try sql(
        "SELECT name, type, active, builtin, available, reference_required FROM payment_methods"
          + " ORDER BY id")
          == """
          efectivo|efectivo|1|1|1|0
          débito|tarjeta|1|1|1|0
          crédito|tarjeta|1|1|1|0
          transferencia|transferencia|1|1|1|0
          fiado|otro|1|1|1|0
          tarjeta-regalo|vale|1|1|1|0
          puntos|otro|1|1|1|0

          """)

    // The migrated shop keeps working, and still checks clean.
    let after = try box.commands(
      "vender 1 bebida pagar transferencia ref Z-1", "verificar base")
    #expect(after.status == 0, "\(after.transcript)")
    #expect(
      try sql("SELECT method, amount, reference FROM payments WHERE id = 11")
        == "transferencia|1497|Z-1\n")
  }
}
