import Foundation
import Testing

/// The routines in Scripts/ and the samples in Samples/ as a new user runs
/// them (issue 13, item 6), and creating a shop from a pipe (DESIGN §8.1).
@Suite struct ShippedRoutinesTests {
  static let closing = PackagePaths.root.appendingPathComponent("Scripts/cierre-diario.tienda").path
  static let catalog = PackagePaths.root.appendingPathComponent("Samples/catalogo-feria.csv").path

  /// A demo shop kept in `t.db`: register open with $28.960 expected in cash.
  func seededShop() throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.tienda(["--demo", "-c", "ventas"])
    #expect(r.status == 0, "\(r.transcript)")
    try FileManager.default.createDirectory(
      atPath: box.path("cierre"), withIntermediateDirectories: true)
    return box
  }

  func expectedCash(_ box: Sandbox) throws -> Int {
    let r = try box.commands("arqueo como json")
    #expect(r.status == 0, "\(r.transcript)")
    return try jsonObject(r.stdout)["efectivo_esperado"] as? Int ?? -1
  }

  @Test func theDailyClosingRunsTwiceInTheSameMinute() throws {
    let box = try seededShop()
    // TIENDA_AHORA is fixed: both runs happen at the same minute.
    var r = try box.tienda([Self.closing, "28960", "cierre"])
    #expect(r.status == 0, "\(r.transcript)")
    r = try box.commands("vender 1 pan amasado pagar efectivo 5000")
    #expect(r.status == 0, "\(r.transcript)")
    let expected = try expectedCash(box)
    r = try box.tienda([Self.closing, String(expected), "cierre", "0"])
    #expect(r.status == 0, "\(r.transcript)")
    for n in [2, 3] {
      #expect(box.exists("cierre/informe-z-2026-11-23-z\(n).txt"), "Z \(n)")
      #expect(box.exists("cierre/ventas-2026-11-23-z\(n).csv"), "Z \(n)")
      let backup = box.path("cierre/tienda-2026-11-23-10-00-z\(n).db")
      #expect(try box.sqlite(backup, "SELECT count(*) FROM z_reports").stdout == "\(n)\n")
    }
    let second = try box.read("cierre/informe-z-2026-11-23-z3.txt")
    #expect(second.contains("Informe Z N°:           3"), "\(second)")
  }

  @Test func aSupervisorIsToldAtTheStartWhichRightIsMissing() throws {
    let box = try seededShop()
    var r = try box.commands(
      "crear usuario pepe rol dueño pin 1234", "crear usuario marta rol supervisor pin 5678")
    #expect(r.status == 0, "\(r.transcript)")
    let dump = try box.sqlite(
      box.db, "SELECT count(*) FROM z_reports; SELECT count(*) FROM journal")
    r = try box.tienda(
      ["--usuario", "marta", Self.closing, "28960", "cierre"], env: ["TIENDA_PIN": "5678"])
    #expect(r.status == 1, "\(r.transcript)")
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(r.transcript)")
    // Where the right is needed (the backup line) and whose right it is.
    let backupLine =
      try String(contentsOfFile: Self.closing, encoding: .utf8).split(
        separator: "\n", omittingEmptySubsequences: false
      ).firstIndex { $0.hasPrefix("respaldar ") }! + 1
    #expect(
      r.stderr.contains(
        "cierre-diario.tienda:\(backupLine):1: «marta» (supervisor) no tiene el derecho «"),
      "\(r.stderr)")
    #expect(r.stderr.contains("(línea \(backupLine): respaldar)"), "\(r.stderr)")
    #expect(r.stderr.contains("no se ejecutó nada"), "\(r.stderr)")
    #expect(r.stdout.isEmpty, "\(r.stdout)")
    // The register is still open: nothing was closed, no file was left.
    #expect(
      try box.sqlite(box.db, "SELECT count(*) FROM z_reports; SELECT count(*) FROM journal").stdout
        == dump.stdout)
    #expect(try FileManager.default.contentsOfDirectory(atPath: box.path("cierre")).isEmpty)
    // The owner runs it fine.
    r = try box.tienda(
      ["--usuario", "pepe", Self.closing, "28960", "cierre"], env: ["TIENDA_PIN": "1234"])
    #expect(r.status == 0, "\(r.transcript)")
  }

  @Test func theSampleCatalogImportsIntoANewShop() throws {
    let box = try Sandbox()
    let r = try box.commands("importar productos \(Self.catalog)")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.hasPrefix("Importados: 40 nuevos, 0 actualizados"), "\(r.stdout)")
  }

  @Test func aShopMadeFromAPipeOrScriptSaysSo() throws {
    let box = try Sandbox()
    var r = try box.tienda([], stdin: "crear categoría bebidas\n", creationNotice: true)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "Se creó una tienda nueva en «\(box.db)».\n", "\(r.transcript)")
    // An existing file: nothing said.
    r = try box.commands("listar categorías")
    #expect(r.status == 0 && r.stderr.isEmpty, "\(r.transcript)")
    let script = try box.write("hola.tienda", "crear categoría frutas\n")
    r = try box.tienda(["--db", box.path("otra.db"), script], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      r.stderr == "Se creó una tienda nueva en «\(box.path("otra.db"))».\n", "\(r.transcript)")
  }
}
