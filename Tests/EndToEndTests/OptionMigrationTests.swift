import Foundation
import Testing

/// Migration 23 (options, issue 22) on a file written by tienda at schema
/// 22 (`Corpus/tienda-v22-opciones.sql`: a sale and an open ticket).
@Suite struct OptionMigrationTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v22-opciones.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func aSchema22ShopTakesOptions() throws {
    #expect(try sql("PRAGMA user_version") == "22\n")
    let sales = try sql("SELECT * FROM sale_lines ORDER BY id")
    let ticket = try sql("SELECT id, ticket_id, product_id, quantity FROM ticket_lines")
    let check = try box.commands("verificar base")
    #expect(check.status == 0 && check.stdout.contains("La base está sana."), "\(check.transcript)")
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 23)
    #expect(try sql("SELECT * FROM sale_lines ORDER BY id") == sales)
    #expect(try sql("SELECT id, ticket_id, product_id, quantity FROM ticket_lines") == ticket)
    #expect(try sql("SELECT options FROM ticket_lines") == "\n")
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'sale_line_options'"
          + " ORDER BY name")
        == "sale_line_options_no_delete\nsale_line_options_no_replace\n"
        + "sale_line_options_no_update\n")
    try box.ok(
      "crear opciones agregados: palta $500", "asignar opciones agregados a completo",
      "vender completo (palta) pagar efectivo 5000")
    #expect(try sql("SELECT name, price FROM sale_line_options") == "palta|500\n")
    #expect(try box.ok("ver venta 1").stdout.contains("1. completo 2 × $2.500 = $5.000"))
  }
}
