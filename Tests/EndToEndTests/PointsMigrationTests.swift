import Foundation
import Testing

/// Migration 25 (points, issue 19 B) on a file at schema 23
/// (`Corpus/tienda-v23-puntos.sql`: a customer with a cash sale and a sale
/// on credit, `puntos` not payable yet).
@Suite struct PointsMigrationTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v23-puntos.sql")
    let load = try box.sqlite(box.db, ".read '\(dump.path)'")
    #expect(load.status == 0, "\(load.transcript)")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func aSchema23ShopTakesPoints() throws {
    #expect(try sql("PRAGMA user_version") == "23\n")
    #expect(
      try sql("SELECT available, active FROM payment_methods WHERE name = 'puntos'") == "0|0\n")
    let sales = try sql("SELECT * FROM sales ORDER BY id")
    let check = try box.commands("verificar base")
    #expect(check.status == 0 && check.stdout.contains("La base está sana."), "\(check.transcript)")
    #expect(try Int(sql("PRAGMA user_version").dropLast()) ?? 0 >= 25)
    #expect(try sql("SELECT * FROM sales ORDER BY id") == sales)
    #expect(
      try sql("SELECT available, active FROM payment_methods WHERE name = 'puntos'") == "1|1\n")
    #expect(
      try sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%outbox%' AND tbl_name = 'point_moves'"
          + " ORDER BY name")
        == "point_moves_no_delete\npoint_moves_no_replace\npoint_moves_no_update\n"
        + "point_moves_session_open\n")
    // Earlier sales earned nothing; points start when configured.
    #expect(try sql("SELECT count(*) FROM point_moves") == "0\n")
    try box.ok(
      "configurar puntos 1 cada 100", "vender 3 pan cliente juan pagar efectivo",
      "vender 1 pan cliente juan pagar puntos 10, efectivo")
    #expect(
      try sql("SELECT kind, points FROM point_moves ORDER BY id")
        == "acumulación|30\ncanje|-10\nacumulación|9\n")
  }
}
