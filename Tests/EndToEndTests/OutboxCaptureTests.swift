import Foundation
import Testing
import TiendaTestSupport

/// Migration 31 (issue 23): the outbox records writes with SQLite's
/// preupdate hook instead of 59 per-table triggers, on a file written by
/// tienda at schema 30 (`Corpus/tienda-v30-sucursal.sql`: «Feria Antigua»,
/// pan and empanada, customer Juana, one sale, order 1 with 3 empanadas and
/// 2 pan and a cash seña; its outbox has 12 events and 60 triggers).
@Suite struct OutboxCaptureTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v30-sucursal.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// The outbox rows of events after `seq`: «table|key1|key2» per line, in order.
  func rows(after seq: Int) throws -> [String] {
    try sql(
      """
      SELECT table_name || '|' || coalesce(key1, '') || '|' || coalesce(key2, '')
      FROM outbox_rows WHERE id > (SELECT last_row FROM outbox_events WHERE seq = \(seq))
      ORDER BY id
      """
    ).split(separator: "\n").map(String.init)
  }

  @Test func theTriggersGoAndTheHistoryStays() throws {
    #expect(try sql("PRAGMA user_version") == "30\n")
    #expect(
      try sql("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%outbox%'")
        == "60\n")
    let before = try sql("SELECT * FROM outbox_rows ORDER BY id; SELECT * FROM outbox_events")
    let triggers = try Int(
      sql("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").dropLast())
    let r = try box.commands("ver configuración")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try sql("PRAGMA user_version") == "31\n")
    // One outbox trigger left: the journal's, which closes the event.
    #expect(
      try sql("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%outbox%'")
        == "journal_outbox_insert\n")
    let after = try Int(sql("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'").dropLast())
    #expect(after == triggers.map { $0 - 59 })
    // What was recorded before stays as it was; no history is made twice.
    #expect(try sql("SELECT * FROM outbox_rows ORDER BY id; SELECT * FROM outbox_events") == before)
    // The 48 tables that had triggers are remembered as attached.
    let attached = try sql("SELECT value FROM settings WHERE key = 'sincronización.tablas'")
    #expect(attached.split(separator: ",").count == 48, "\(attached)")
    #expect(attached.contains("order_lines") && attached.contains("journal"))
  }

  @Test func aSaleAfterTheMigrationIsOneEventWithEveryRowItWrote() throws {
    #expect(try box.commands("ver configuración").status == 0)
    let last = try Int(sql("SELECT max(seq) FROM outbox_events").dropLast()) ?? 0
    let movements = try Int(sql("SELECT max(id) FROM stock_movements").dropLast()) ?? 0
    let r = try box.commands("vender 2 empanada, 1 pan cliente juana pagar efectivo")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM outbox_events WHERE seq > \(last)") == "1\n")
    // The oracle: the keys of the rows of sale 2, read from the tables.
    let expected = try sql(
      """
      SELECT 'sales|' || id || '|' FROM sales WHERE id = 2;
      SELECT 'sale_lines|' || id || '|' FROM sale_lines WHERE sale_id = 2;
      SELECT 'sale_line_taxes|' || line_id || '|' || code FROM sale_line_taxes
        WHERE line_id IN (SELECT id FROM sale_lines WHERE sale_id = 2);
      SELECT 'payments|' || id || '|' FROM payments WHERE sale_id = 2;
      SELECT 'stock_movements|' || id || '|' FROM stock_movements WHERE id > \(movements);
      SELECT 'sale_customers|' || sale_id || '|' FROM sale_customers WHERE sale_id = 2;
      SELECT 'journal|' || max(id) || '|' FROM journal;
      """
    ).split(separator: "\n").map(String.init)
    let got = try rows(after: last)
    for key in expected {
      #expect(got.contains(key), "\(key) not in \(got)")
    }
    // Nothing the sale did not write (products change their stock; the
    // session, balances and costs are the sale's too).
    let tables = Set(got.map { String($0.split(separator: "|")[0]) })
    #expect(
      tables.isSubset(of: [
        "sales", "sale_lines", "sale_line_taxes", "payments", "stock_movements",
        "sale_customers", "journal", "products", "sale_line_costs", "cash_sessions",
        "account_balances", "customers",
      ]), "\(tables)")
    #expect(got.last == expected.last)
  }

  @Test func anEditedOrderRecordsTheLinesItDeleted() throws {
    #expect(try box.commands("ver configuración").status == 0)
    let last = try Int(sql("SELECT max(seq) FROM outbox_events").dropLast()) ?? 0
    #expect(try sql("SELECT id FROM order_lines ORDER BY id") == "1\n2\n")
    let r = try box.commands("editar pedido 1", "quitar pan", "guardar")
    #expect(r.status == 0, "\(r.transcript)")
    let remaining = try sql("SELECT id FROM order_lines ORDER BY id")
    #expect(!remaining.split(separator: "\n").contains("2"), "\(remaining)")
    let got = try rows(after: last)
    // Line 2 (the pan) is gone: the outbox names its key, so the push can
    // delete it centrally; the lines that remain are there too.
    #expect(got.contains("order_lines|2|"), "\(got)")
    for id in remaining.split(separator: "\n") {
      #expect(got.contains("order_lines|\(id)|"), "\(got)")
    }
  }

  @Test func aRefusedCommandLeavesNoOutboxRows() throws {
    #expect(try box.commands("ver configuración").status == 0)
    let rows = try sql("SELECT count(*) FROM outbox_rows")
    let r = try box.commands("vender 1000 empanada pagar efectivo 1")
    #expect(r.status != 0, "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM outbox_rows") == rows)
    // The next sale's event has only its own rows.
    let last = try Int(sql("SELECT max(seq) FROM outbox_events").dropLast()) ?? 0
    #expect(try box.commands("vender 1 pan pagar efectivo").status == 0)
    #expect(try self.rows(after: last).filter { $0.hasPrefix("sales|") } == ["sales|2|"])
  }
}
