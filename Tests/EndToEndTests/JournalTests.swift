import Foundation
import Testing

/// The audit journal: one row per change, as typed, who, where, before and
/// after; failing commands leave no trace; SQLite refuses edits.
@Suite struct JournalTests {
  static let commands = [
    "configurar tienda nombre \"X\"",
    "crear categoría bebidas",
    "editar categoría bebidas nombre Refrescos",
  ]

  func shop() throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.tienda(Self.commands.flatMap { ["-c", $0] })
    #expect(r.status == 0, "\(r.transcript)")
    return box
  }

  func journal(_ box: Sandbox, _ period: String = "") throws -> [[String: Any]] {
    let r = try box.commands("bitácora \(period) como json")
    #expect(r.status == 0, "\(r.transcript)")
    return try jsonArray(r.stdout)
  }

  @Test func recordsEachChangeAsTyped() throws {
    let box = try shop()
    let entries = try journal(box)
    try #require(entries.count == 3, "\(entries)")
    #expect(entries.compactMap { $0["comando"] as? String } == Self.commands)
    for (i, entry) in entries.enumerated() {
      #expect((entry["id"] as? NSNumber)?.intValue == i + 1)
      #expect(entry["usuario"] as? String == "dueño")
      #expect(entry["caja"] as? String == "Caja 1")
      #expect(entry["fecha"] as? String == "2026-11-23T13:00:00Z")
    }
    #expect(
      entries.compactMap { $0["accion"] as? String }
        == ["tienda.configurar", "categoría.crear", "categoría.editar"])

    // configurar: before/after are JSON objects keyed by setting.
    let before0 = try #require(entries[0]["antes"] as? [String: Any], "antes must be an object")
    let after0 = try #require(entries[0]["despues"] as? [String: Any], "después must be an object")
    #expect(before0["nombre"] is NSNull)
    #expect(after0["nombre"] as? String == "X")

    // crear: nothing before, the new category after.
    #expect(entries[1]["antes"] is NSNull)
    let after1 = try #require(entries[1]["despues"] as? [String: Any])
    #expect(after1["nombre"] as? String == "bebidas")
    #expect(after1["padre"] is NSNull)
    #expect(after1["en_pos"] as? Bool == true)

    // editar: old and new name.
    let before2 = try #require(entries[2]["antes"] as? [String: Any])
    let after2 = try #require(entries[2]["despues"] as? [String: Any])
    #expect(before2["nombre"] as? String == "bebidas")
    #expect(after2["nombre"] as? String == "Refrescos")
  }

  @Test func tableShowsLocalTimeAndChanges() throws {
    let box = try shop()
    // Wide enough for every column (at 80 the table drops and cuts some:
    // ScreenWidthTests).
    let r = try box.commands("bitácora", env: ["COLUMNS": "200"])
    #expect(r.status == 0, "\(r.transcript)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 5, "\(r.stdout)")
    #expect(lines[0].hasPrefix("N°  Fecha y hora      Usuario  Caja    Comando"))
    // 13:00 UTC is 10:00 in Santiago (summer time, UTC-3).
    #expect(
      lines[2].hasPrefix(" 1  23-11-2026 10:00  dueño    Caja 1  configurar tienda nombre \"X\""))
    #expect(lines[2].hasSuffix("nombre: — → X"))
    #expect(lines[4].contains("editar categoría bebidas nombre Refrescos"))
    #expect(lines[4].hasSuffix("nombre: bebidas → Refrescos"))
  }

  @Test func yesterdayIsEmptyWithTheFixedClock() throws {
    let box = try shop()
    #expect(try journal(box, "ayer").isEmpty)
    #expect(try journal(box, "hoy").count == 3)
    #expect(try journal(box, "23-11-2026").count == 3)
    let r = try box.commands("bitácora ayer")
    #expect(r.status == 0)
    #expect(r.stdout == "No hay registros en la bitácora para ese período.\n")
  }

  @Test func duplicateCategoryChangesNothing() throws {
    let box = try shop()
    let r = try box.commands("crear categoría refrescos")
    #expect(r.status == 1)
    #expect(r.stderr.hasSuffix("tienda: Ya existe la categoría «Refrescos».\n"), "\(r.transcript)")
    #expect(try journal(box).count == 3)
    #expect(try box.categoryNames() == ["Refrescos"])
  }

  @Test func deletingAParentWithChildrenChangesNothing() throws {
    let box = try shop()
    #expect(try box.commands("crear categoría Jugos padre Refrescos").status == 0)
    let r = try box.commands("borrar categoría refrescos")
    #expect(r.status == 1)
    #expect(
      r.stderr.hasSuffix(
        "tienda: No puedo borrar «Refrescos»: tiene subcategorías («Jugos»). Bórrelas o cámbieles el padre primero.\n"
      ), "\(r.transcript)")
    #expect(try journal(box).count == 4)
    #expect(try box.categoryNames() == ["Jugos", "Refrescos"])
  }

  @Test func failingLineInAPipeLeavesEarlierCommandsJournaled() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "crear categoría a\ncrear categoría A\ncrear categoría b\n")
    #expect(r.status == 1)
    #expect(r.stderr == "línea 2, columna 17: Ya existe la categoría «a».\n")
    let entries = try journal(box)
    #expect(entries.compactMap { $0["comando"] as? String } == ["crear categoría a"])
  }

  @Test func sqliteRefusesToEditOrDeleteTheJournal() throws {
    let box = try shop()
    let update = try box.sqlite(box.db, "UPDATE journal SET command='x'")
    #expect(update.status != 0, "\(update.transcript)")
    #expect(
      update.stderr.contains("la bitácora no se puede modificar ni borrar"), "\(update.transcript)")
    let delete = try box.sqlite(box.db, "DELETE FROM journal")
    #expect(delete.status != 0, "\(delete.transcript)")
    #expect(
      delete.stderr.contains("la bitácora no se puede modificar ni borrar"), "\(delete.transcript)")
    let count = try box.sqlite(box.db, "SELECT count(*), min(command) FROM journal")
    #expect(count.stdout == "3|configurar tienda nombre \"X\"\n")
    #expect(try journal(box).count == 3)
  }
}
