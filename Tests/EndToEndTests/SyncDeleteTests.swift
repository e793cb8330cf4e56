import Foundation
import Testing
import TiendaTestSupport

/// Issue 23: rows deleted here reach the central. For a table whose rows
/// change (`mutable`), an outbox row whose key no longer exists at push
/// time means the row was deleted: the push deletes that key centrally in
/// the same transaction. A key written several times in one batch goes
/// once, with its latest state. Checked with hand-written SQL on both sides
/// (sqlite3 here, psql there).
@Suite struct SyncDeleteTests {
  static let lineColumns =
    "id, order_id, position, product_id, name, quantity, unit_price, note, total"

  static func localLines(_ box: Sandbox) throws -> String {
    try box.sqlite(box.db, "SELECT \(lineColumns) FROM order_lines ORDER BY id").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func centralLines(_ info: String) throws -> String {
    try ThrowawayPostgres.psql(info, "SELECT \(lineColumns) FROM tienda.order_lines ORDER BY id")
  }

  /// Runs SQL on the shop file the way the outbox hook records a write:
  /// the change, then (table, key) in `outbox_rows`; the next journaled
  /// command closes the event that carries them.
  static func sql(_ box: Sandbox, _ text: String) throws {
    let r = try box.sqlite(box.db, text)
    #expect(r.status == 0, "\(r.stderr)")
  }

  /// A shop with Ana's order (torta, pan, leche) already pushed to `info`.
  static func orderPushed(_ info: String) throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.commands(
      "crear producto pan precio 1000 stock 100", "crear producto torta precio 15000 stock 10",
      "crear producto leche precio 900 stock 100", "crear cliente \"Ana Rojas\"",
      "pedido \"Ana Rojas\": 1 torta, 2 pan, 3 leche para mañana 12:00",
      "configurar central \"\(info)\"", "central preparar", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    return box
  }

  @Test func aDeletedOrderLineIsDeletedCentrally() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Self.orderPushed(info)
    var r: RunResult
    let lines = try Self.localLines(box)
    #expect(lines.split(separator: "\n").count == 3, "\(lines)")
    #expect(try Self.centralLines(info) == lines)

    // One line deleted here, recorded as the hook records it.
    let id = try box.sqlite(box.db, "SELECT max(id) FROM order_lines").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try Self.sql(
      box,
      """
      DELETE FROM order_lines WHERE id = \(id);
      INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', \(id));
      """)
    r = try box.commands("crear producto queque precio 3000", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    let after = try Self.localLines(box)
    #expect(after.split(separator: "\n").count == 2, "\(after)")
    #expect(try Self.centralLines(info) == after)
    // The order's lines by the order, too (the central key is the branch and the local id).
    #expect(
      try ThrowawayPostgres.psql(
        info, "SELECT count(*) FROM tienda.order_lines WHERE id = \(id)") == "0")
    r = try box.commands("sincronizar enviar")
    #expect(r.stdout.contains("Nada que enviar"), "\(r.transcript)")
  }

  /// The same through the commands themselves (migration 31: the change
  /// log sees the DELETE of `editar pedido`, no hand-written outbox row): an
  /// edited order and a product whose tax was taken away are mirrored.
  @Test func anEditedOrderAndAProductWithoutTaxAreMirroredCentrally() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Self.orderPushed(info)
    var r: RunResult
    #expect(try Self.centralLines(info) == Self.localLines(box))
    r = try box.commands(
      "editar pedido 1", "quitar pan", "guardar", "editar producto leche impuestos exento",
      "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    let after = try Self.localLines(box)
    #expect(after.split(separator: "\n").count == 2, "\(after)")
    #expect(!after.contains("pan"), "\(after)")
    #expect(try Self.centralLines(info) == after)
    let taxes = "SELECT product_id, tax_id FROM product_taxes ORDER BY 1, 2"
    let local = try box.sqlite(box.db, taxes).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      try ThrowawayPostgres.psql(
        info, "SELECT product_id, tax_id FROM tienda.product_taxes ORDER BY 1, 2") == local)
  }

  /// In one batch: a pushed line deleted then re-created with the same id
  /// (ends present, with its new content); a pushed line changed then
  /// deleted (ends absent); a new line written then deleted (never arrives).
  @Test func severalWritesOfAKeyInOneBatchSendItsLatestState() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Self.orderPushed(info)
    var r: RunResult
    let ids = try box.sqlite(box.db, "SELECT id FROM order_lines ORDER BY id").stdout
      .split(separator: "\n").map(String.init)
    #expect(ids.count == 3)
    guard ids.count == 3 else { return }
    let (recreated, changed) = (ids[0], ids[1])
    try Self.sql(
      box,
      """
      CREATE TEMP TABLE keep AS SELECT * FROM order_lines WHERE id = \(recreated);
      DELETE FROM order_lines WHERE id = \(recreated);
      INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', \(recreated));
      INSERT INTO order_lines SELECT * FROM keep;
      UPDATE order_lines SET quantity = 7, total = 7 * unit_price WHERE id = \(recreated);
      UPDATE order_lines SET quantity = 5 WHERE id = \(changed);
      DELETE FROM order_lines WHERE id = \(changed);
      INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', \(changed));
      INSERT INTO order_lines(id, order_id, position, product_id, name, unit, quantity,
        unit_price, total)
        SELECT 900, order_id, 9, product_id, name, unit, 1, unit_price, unit_price
        FROM keep;
      DELETE FROM order_lines WHERE id = 900;
      INSERT INTO outbox_rows(table_name, key1) VALUES ('order_lines', 900);
      """)
    r = try box.commands("crear producto queque precio 3000", "sincronizar enviar")
    #expect(r.status == 0, "\(r.transcript)")
    let after = try Self.localLines(box)
    #expect(after.split(separator: "\n").count == 2, "\(after)")
    #expect(after.contains("|7|"), "\(after)")
    #expect(try Self.centralLines(info) == after)
  }
}
