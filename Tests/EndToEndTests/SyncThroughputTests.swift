import Foundation
import Testing
import TiendaTestSupport

/// Issue 23, the fast push (rows read in place and sent by COPY): what COPY's
/// text format could get wrong arrives intact, and the fallback for a fresh
/// event whose ledger rows the central already holds applies them once.
/// (Throughput itself is measured by Scripts/bench-sync.sh, not by a test.)
@Suite struct SyncThroughputTests {
  /// Tab, newline, carriage return, backslash, `\N`, accents and NULL, in a
  /// ledger row (a stock movement's reason) and a row that changes (a
  /// customer): compared as bytes (hex) by sqlite3 and psql. Written with
  /// sqlite3, so the outbox rows are added by hand (since migration 31 only
  /// tienda's own connection records them).
  @Test func awkwardTextArrivesByteForByte() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 100", "crear cliente \"Ana Rojas\"",
      "configurar central \"\(info)\"", "central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    let text = "'a' || char(9) || 'b' || char(10) || 'c\\d\\N' || char(13) || 'ñandú' || char(92)"
    let sql = try box.sqlite(
      box.db,
      """
      INSERT INTO stock_movements(product_id, kind, quantity, stock_after, reason, user_name,
        register_id, at)
        SELECT id, 'ajuste', 1, 101, \(text), NULL, 1, 1790000000 FROM products;
      UPDATE customers SET note = \(text), rut = NULL;
      INSERT INTO outbox_rows(table_name, key1)
        SELECT 'stock_movements', id FROM stock_movements WHERE kind = 'ajuste';
      INSERT INTO outbox_rows(table_name, key1) SELECT 'customers', id FROM customers;
      """)
    #expect(sql.status == 0, "\(sql.stderr)")
    r = try box.commands("crear producto leche precio 900", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    let local = try box.sqlite(
      box.db,
      """
      SELECT hex(reason) || '|' || coalesce(user_name, 'nulo') FROM stock_movements
        WHERE kind = 'ajuste';
      SELECT hex(note) || '|' || coalesce(rut, 'nulo') FROM customers;
      """
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let central = try ThrowawayPostgres.psql(
      info,
      """
      SELECT upper(encode(convert_to(reason, 'UTF8'), 'hex')) || '|' || coalesce(user_name, 'nulo')
        FROM tienda.stock_movements WHERE kind = 'ajuste';
      SELECT upper(encode(convert_to(note, 'UTF8'), 'hex')) || '|' || coalesce(rut, 'nulo')
        FROM tienda.customers;
      """)
    #expect(local.contains("09") && local.contains("|nulo"), "\(local)")
    #expect(central == local)
  }

  /// The central lost some events' records but kept their rows (the rows
  /// are there, the events are fresh): the COPY straight into the table
  /// collides, falls back to INSERT … ON CONFLICT DO NOTHING, and every row
  /// is there exactly once; no conflict is reported.
  @Test func aFreshEventWhoseRowsTheCentralHasIsAppliedOnce() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    try SyncPushTests.setUp(box, central: info, branch: "Feria Matta")
    var r = try box.commands("central preparar")
    try SyncPushTests.sell(box, 30)
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    try ThrowawayPostgres.psql(
      info,
      "DELETE FROM tienda.eventos WHERE secuencia > (SELECT max(secuencia) - 10 FROM tienda.eventos)"
    )
    try box.sqlite(box.db, "UPDATE settings SET value = 0 WHERE key = 'sincronización.enviado'")
    r = try box.commands("sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("ya estaban"), "\(r.transcript)")
    #expect(try SyncPushTests.central(info, branch: "Feria Matta") == SyncPushTests.local(box))
    #expect(
      try ThrowawayPostgres.psql(
        info,
        "SELECT count(*) FROM (SELECT epoca, id FROM tienda.sale_lines GROUP BY 1, 2"
          + " HAVING count(*) > 1) d") == "0")
    #expect(try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.conflictos") == "0")
    let events = try box.sqlite(box.db, "SELECT count(*) FROM outbox_events").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.eventos") == events)
  }
}
