import Foundation
import Testing

/// Migration 24 (promotions, issue 19) on a file written by tienda at
/// schema 23 (`Corpus/tienda-v23-promociones.sql`: users pepe/dueño,
/// sofía/supervisor, maría/cajero; a sale; maría's open ticket with 3
/// empanadas, orphaned).
@Suite struct PromotionMigrationTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v23-promociones.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func aSchema23ShopTakesPromotions() throws {
    #expect(try sql("PRAGMA user_version") == "23\n")
    let sales = try sql("SELECT * FROM sale_lines ORDER BY id")
    let check = try box.asUser("pepe", pin: "4321", "verificar base")
    #expect(check.status == 0 && check.stdout.contains("La base está sana."), "\(check.transcript)")
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 24)
    #expect(try sql("SELECT * FROM sale_lines ORDER BY id") == sales)
    #expect(try sql("SELECT promotions_off FROM tickets") == "0\n")
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'sale_line_promotions'"
          + " ORDER BY name")
        == "sale_line_promotions_no_delete\nsale_line_promotions_no_replace\n"
        + "sale_line_promotions_no_update\n")
    // The supervisor and the dueño gain `sin-promociones`; the cashier does not.
    #expect(
      try sql(
        "SELECT code FROM roles WHERE ',' || rights || ',' LIKE '%,sin-promociones,%' ORDER BY code"
      )
        == "dueño\nsupervisor\n")
  }

  /// Rights (DESIGN §8.5): creating needs `editar-catálogo`; `promociones`
  /// on a ticket is for every role; `sin promociones` is a supervisor's.
  @Test func rightsOfPromotionCommands() throws {
    let cashier = try box.asUser(
      "maría", pin: "1234", "crear promoción \"2x1\" lleva 2 paga 1 en categoría empanadas")
    #expect(cashier.status != 0, "\(cashier.transcript)")
    #expect(try box.count("SELECT count(*) FROM promotions") == 0)
    try box.okAs(
      "pepe", pin: "4321", "crear promoción \"2x1\" lleva 2 paga 1 en categoría empanadas")
    // maría's orphaned ticket (3 empanadas) is adopted and priced with the 2x1.
    let mine = try box.okAs("maría", pin: "1234", "promociones")
    #expect(mine.stdout.contains("«2x1» -$2.500"), "\(mine.transcript)")
    #expect(mine.stdout.contains("Lleve 1 más y paga 1 de 2 («2x1»)."), "\(mine.transcript)")
    let refused = try box.asUser("maría", pin: "1234", "sin promociones")
    #expect(refused.status != 0, "\(refused.transcript)")
    #expect(try sql("SELECT promotions_off FROM tickets") == "0\n")
    // A supervisor takes the ticket over and turns them off; it is journaled.
    let sofia = try box.okAs("sofía", pin: "5555", "retomar", "sin promociones", "total")
    #expect(sofia.stdout.contains("Promociones quitadas de este ticket."), "\(sofia.transcript)")
    #expect(sofia.stdout.hasSuffix("  Total     $7.500\n  Neto      $6.303\n  IVA 19%   $1.197\n"))
    #expect(try sql("SELECT promotions_off FROM tickets") == "1\n")
    #expect(
      try box.count("SELECT count(*) FROM journal WHERE action = 'ticket.sin_promociones'") == 1)
  }
}
