import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// Migration 12 (tamper evidence) on a file written before it: the chain is computed over the
/// rows already there, and the sales already made are sealed together.
@Suite struct TamperMigrationTests {
  let dir = TempDir()

  /// A file at the version before tamper evidence, with three journal rows
  /// (NULLs, accents) and one sale written as an older tienda would (its
  /// session too: later migrations rebuild `payments` with its foreign keys).
  func olderFile() throws -> String {
    let path = dir.file("vieja.db")
    let db = try ShopFile.open(
      path: path, applicationID: Schema.applicationID,
      migrations: Schema.migrations.filter { $0.version < Schema.tamperEvidence.version },
      configure: Shop.registerFunctions)
    try db.execute(
      """
      PRAGMA foreign_keys = OFF;
      INSERT INTO journal(id, at, user_name, approved_by, register_id, command, action, entity,
        entity_id, before, after)
      VALUES (1, 1795438800, NULL, NULL, 1, 'crear categoría Ñandú', 'categoría.crear',
          'categoría', '1', NULL, '{"nombre":"Ñandú"}'),
        (2, 1795438860, 'maría', 'pepe', 1, 'vender 1 pan', 'venta.registrar', 'venta', '1-1',
          NULL, '{"numero":1}'),
        (3, 1795438920, NULL, NULL, 1, 'x', 'y', NULL, NULL, '', NULL);
      INSERT INTO cash_sessions(id, register_id, opened_at, opening_float)
        VALUES (1, 1, 1795438800, 0);
      INSERT INTO sales(id, register_id, number, session_id, at, user_name, subtotal,
        line_discounts, ticket_discount, coupon_discount, total, net, rounding, change)
        VALUES (1, 1, 1, 1, 1795438860, 'maría', 1000, 0, 0, 0, 1000, 840, 0, 0);
      INSERT INTO sale_lines(id, sale_id, position, product_id, sku, name, unit, quantity,
        unit_price, price_includes_taxes, amount, line_discount, ticket_discount,
        coupon_discount, total, net)
        VALUES (1, 1, 1, 1, 'PAN', 'Pan amasado', 'un', 1000, 1000, 1, 1000, 0, 0, 0, 1000, 840);
      INSERT INTO sale_line_taxes(line_id, code, rate, amount) VALUES (1, 'iva', 19000, 160);
      INSERT INTO payments(id, sale_id, register_id, session_id, method, amount, tendered,
        change, rounding, at) VALUES (1, 1, 1, 1, 'efectivo', 1000, 1000, 0, 0, 1795438860);
      """)
    db.close()
    return path
  }

  @Test func theChainCoversEarlierRowsAndEarlierSalesAreSealed() throws {
    let path = try olderFile()
    let shop = try Shop.open(path: path, clock: FixedClock(1_795_439_000))
    // Row 1 by hand: genesis, a line feed, then the canonical text.
    let first =
      String(repeating: "0", count: 64) + "\n"
      + "1|1795438800|N|N|1|T24:crear categoría Ñandú|T16:categoría.crear|T10:categoría|T1:1|N|"
      + "T20:{\"nombre\":\"Ñandú\"}"
    let hashes = try shop.db.query("SELECT id, hash, action FROM journal ORDER BY id")
    #expect(hashes.count == 4)
    #expect(hashes[0].string(1) == JournalChain.sha256Hex(first))
    #expect(hashes[3].string(2) == "bitácora.sellar")
    let check = try shop.integrity.checkDatabase()
    // (Only tamper evidence: the hand-made rows skip their products and session.)
    #expect(check.tamperProblems == [], "\(check.tamperProblems)")

    // New rows continue the chain.
    _ = try shop.catalog.createCategory(name: "Bebidas")
    #expect(try shop.integrity.checkDatabase().tamperProblems == [])

    // An earlier sale rewritten by hand: the sealed group no longer matches.
    try shop.db.execute(
      """
      DROP TRIGGER sale_lines_no_update;
      UPDATE sale_lines SET name = 'Pan batido' WHERE id = 1;
      CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
        BEGIN SELECT RAISE(ABORT, 'una venta registrada no se puede modificar'); END;
      """)
    #expect(
      try shop.integrity.checkDatabase().tamperProblems == [.earlierSalesChanged(upToSaleID: 1)])
  }

  @Test func anEmptyOlderFileGetsNoSealRow() throws {
    let path = dir.file("vacia.db")
    let db = try ShopFile.open(
      path: path, applicationID: Schema.applicationID,
      migrations: Schema.migrations.filter { $0.version < Schema.tamperEvidence.version },
      configure: Shop.registerFunctions)
    db.close()
    let shop = try Shop.open(path: path, clock: FixedClock(1_795_439_000))
    #expect(try shop.db.scalarInt("SELECT count(*) FROM journal") == 0)
    #expect(try shop.integrity.checkDatabase().isHealthy)
  }
}
