import Foundation
import Testing

/// Opening the shop file costs a few statements (issue 14, DESIGN §8.21),
/// counted with `TIENDA_TRAZA_SQL`; the checks and settings it skips
/// re-doing still hold.
@Suite struct OpeningCostTests {
  /// Top-level statements of one run (trigger and pragma-function
  /// sub-statements start with `--`).
  func statements(_ box: Sandbox, _ command: String) throws -> [String] {
    let trace = box.path("traza-\(UUID().uuidString).txt")
    let r = try box.tienda(["-c", command], env: ["TIENDA_TRAZA_SQL": trace])
    #expect(r.status == 0, "\(r.transcript)")
    let text = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
  }

  @Test func openingAnExistingShopRunsAtMostTwoStatements() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear categoría bebidas").status == 0)
    // `ayuda` reads nothing: what runs is the opening.
    let opening = try statements(box, "ayuda")
    #expect(opening.count <= 2, "\(opening.joined(separator: "\n"))")
    #expect(!opening.contains { $0.hasPrefix("BEGIN") }, "\(opening)")
  }

  @Test func aFileSetBackToARollbackJournalIsPutInWALAgain() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear categoría bebidas").status == 0)
    #expect(try box.sqlite(box.db, "PRAGMA journal_mode = DELETE").stdout == "delete\n")
    let r = try box.commands("crear categoría lácteos")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.sqlite(box.db, "PRAGMA journal_mode").stdout == "wal\n")
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM categories").stdout == "2\n")
  }

  @Test func settingsAndTheChosenRegisterAreReadAtOpening() throws {
    let box = try Sandbox()
    #expect(
      try box.commands(
        "configurar tienda nombre \"Feria Don Pepe\"", "crear caja \"Caja 2\"",
        "crear caja \"Caja 3\""
      ).status == 0)
    // The default register is another one than the first (plain SQL, as
    // `caja.predeterminada` would be set by a future command).
    let set = try box.sqlite(
      box.db,
      "INSERT INTO settings(key, value) SELECT 'caja.predeterminada', id FROM registers "
        + "WHERE name = 'Caja 3' ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    #expect(set.status == 0, "\(set.transcript)")
    let shown = try box.commands("ver configuración como json")
    #expect(shown.status == 0, "\(shown.transcript)")
    let config = try jsonObject(shown.stdout)
    #expect(config["nombre"] as? String == "Feria Don Pepe")
    #expect(config["caja"] as? String == "Caja 3")
  }
}
