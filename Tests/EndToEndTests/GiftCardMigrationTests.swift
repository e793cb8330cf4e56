import Foundation
import Testing

/// Migration 15 (gift cards, DESIGN §8.17) on a real file written by tienda
/// at schema 13 (`Corpus/tienda-v13-regalo.sql`, a `sqlite3 .dump` of a shop
/// with a shop method, a split payment, a return, a void, a closed Z and an
/// open session).
@Suite struct GiftCardMigrationTests {
  let box: Sandbox
  let now: [String: String?] = ["TIENDA_AHORA": "2026-12-02T15:00:00Z"]

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v13-regalo.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String {
    let r = try box.sqlite(box.db, query)
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout
  }

  @Test func aSchema13ShopKeepsEverythingAndTakesGiftCards() throws {
    #expect(try sql("PRAGMA user_version") == "13\n")
    let tables = [
      "payments", "sales", "refunds", "cash_sessions", "z_reports", "z_report_methods",
      "payment_methods WHERE name NOT IN ('tarjeta-regalo', 'fiado', 'puntos')", "journal",
    ]
    let before = try tables.map { try sql("SELECT * FROM \($0) ORDER BY 1") }
    #expect(try sql("SELECT active, available FROM payment_methods WHERE id = 6") == "0|0\n")

    let check = try box.commands("verificar base", env: now)
    #expect(check.status == 0, "\(check.transcript)")
    #expect(check.stdout.contains("La base está sana."), "\(check.stdout)")
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 15)
    // Everything that was there is still there, row by row.
    for (table, rows) in zip(tables, before) {
      #expect(try sql("SELECT * FROM \(table) ORDER BY 1") == rows, "\(table)")
    }
    #expect(
      try sql("SELECT name, active, available FROM payment_methods WHERE id = 6")
        == "tarjeta-regalo|1|1\n")
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name LIKE 'gift_card%'"
          + " ORDER BY name")
          == """
          gift_card_moves_no_delete
          gift_card_moves_no_replace
          gift_card_moves_no_update
          gift_card_moves_session_open
          gift_cards_no_delete
          gift_cards_no_replace
          gift_cards_no_update

          """)

    // The migrated shop sells and redeems a card, and still checks clean.
    let day = try box.commands(
      "emitir tarjeta-regalo 10000 código MIGRA1 pagar efectivo",
      "vender 2 bebida pagar tarjeta-regalo MIGRA1", "devolver venta 7",
      "vender 1 bebida pagar efectivo 1000, amipass ref 5", "verificar base", env: now)
    #expect(day.status == 0, "\(day.transcript)")
    #expect(day.stdout.contains("La base está sana."), "\(day.stdout)")
    #expect(
      try sql(
        "SELECT kind, amount, session_id FROM gift_card_moves ORDER BY id")
        == "emisión|10000|2\ncanje|-2994|2\nreintegro|2994|2\n")

    // The ledgers hold: no update, no delete, no replace, no move into the
    // closed session 1.
    for (statement, message) in [
      ("UPDATE gift_card_moves SET amount = 1 WHERE id = 1", "no se puede modificar"),
      ("DELETE FROM gift_card_moves WHERE id = 1", "no se puede borrar"),
      ("UPDATE gift_cards SET amount = 1", "no se puede modificar"),
      ("DELETE FROM gift_cards", "no se puede borrar"),
      ("INSERT OR REPLACE INTO gift_cards SELECT * FROM gift_cards", "reemplazar"),
      (
        "INSERT OR REPLACE INTO gift_card_moves SELECT * FROM gift_card_moves WHERE id = 1",
        "reemplazar"
      ),
      (
        "INSERT INTO gift_card_moves(card_id, kind, amount, register_id, session_id, at, method)"
          + " VALUES (1, 'emisión', 5, 1, 1, 0, 'efectivo')", "ya está cerrada"
      ),
    ] {
      let r = try box.sqlite(box.db, statement)
      #expect(r.status != 0 && r.stderr.contains(message), "\(statement): \(r.transcript)")
    }
    // A trigger dropped by hand is named by `verificar base`.
    try box.sqlite(box.db, "DROP TRIGGER gift_card_moves_no_update")
    let broken = try box.commands("verificar base", env: now)
    #expect(broken.status != 0, "\(broken.transcript)")
    #expect(broken.stdout.contains("gift_card_moves_no_update"), "\(broken.stdout)")
  }
}
