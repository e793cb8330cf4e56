import Foundation
import Testing

/// `--simular`, `simular <comando>` and `--atómico`: a failing or simulated
/// run leaves the shop file exactly as it was (compared as a dump).
@Suite struct SafetyModeTests {
  func stockedShop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40",
      "crear producto Queso precio 9000 unidad kg stock 1,5")
    return box
  }

  let routine = """
    crear categoría bebidas
    ajustar stock EMP01 -3
    ajustar stock queso +500 g
    listar categorías como csv > categorias.csv
    respaldar
    verificar stock EMP01 = 37

    """

  @Test func simularRunsEverythingAndChangesNothing() throws {
    let box = try stockedShop()
    try box.write("rutina.tienda", routine)
    let before = try box.dump()
    let r = try box.tienda(["--simular", "rutina.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.dump() == before)
    #expect(!box.exists("categorias.csv"))
    #expect(!box.exists("t-respaldo-2026-11-23-1000.db"))
    #expect(r.stdout.contains("Simulación: no se escribió «categorias.csv»."))
    #expect(r.stdout.contains("Simulación: no se hizo el respaldo."))
    #expect(
      r.stdout.hasSuffix(
        """
        Simulación: no se guardó nada. Esto habría cambiado:
          Filas: categorías 0 → 1 (+1); movimientos de stock 2 → 4 (+2)
          Stock:
            Empanada de pino (EMP01): 40 → 37
            Queso (QUE01): 1,5 → 2 kg
          Bitácora:
            categoría.crear: nombre: bebidas; en_pos: sí
            stock.ajuste: stock: 40 → 37; movimiento: — → -3
            stock.ajuste: stock: 1,5 → 2; movimiento: — → 0,5

        """), "\(r.transcript)")
  }

  @Test func aFailingSimulationChangesNothingAndFails() throws {
    let box = try stockedShop()
    try box.write("rutina.tienda", routine.replacingOccurrences(of: "= 37", with: "= 36"))
    let before = try box.dump()
    let r = try box.tienda(["--simular", "rutina.tienda"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("rutina.tienda:6:1: Falló la verificación"))
    #expect(try box.dump() == before)
  }

  @Test func atomicCommitsOnlyWhenEverythingWorked() throws {
    let box = try stockedShop()
    try box.write("rutina.tienda", routine.replacingOccurrences(of: "respaldar\n", with: ""))
    let r = try box.tienda(["--atómico", "rutina.tienda"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["bebidas"])
    #expect(int(try box.product("EMP01")["stock"]) == 37)
    // The file is written after the commit.
    #expect(try box.read("categorias.csv").contains("bebidas"))
  }

  @Test func aFailingAtomicRunLeavesTheShopExactlyAsBefore() throws {
    let box = try stockedShop()
    try box.write(
      "rutina.tienda",
      routine.replacingOccurrences(of: "respaldar\n", with: "").replacingOccurrences(
        of: "= 37", with: "= 36"))
    let before = try box.dump()
    let r = try box.tienda(["--atomico", "rutina.tienda"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("Categoría «bebidas» creada."))
    #expect(
      r.stderr
        == "rutina.tienda:5:1: Falló la verificación: se esperaba stock de «Empanada de pino» = 36 y es 37.\ntienda: Modo --atómico: como algo falló, no se guardó ningún cambio del script (ni sus archivos).\n"
    )
    #expect(try box.dump() == before)
    #expect(!box.exists("categorias.csv"))
  }

  @Test func atomicWithSeguirReportsEveryErrorAndStillSavesNothing() throws {
    let box = try stockedShop()
    let before = try box.dump()
    let r = try box.tienda(
      ["--atómico", "--seguir"], stdin: "crear categoría a\ncrear categria b\ncrear categoría c\n")
    #expect(r.status == 1)
    #expect(r.stdout == "Categoría «a» creada.\nCategoría «c» creada.\n")
    #expect(r.stderr.contains("línea 2, columna 1: No conozco el comando «crear categria»."))
    #expect(try box.dump() == before)
  }

  @Test func respaldarAndRestaurarAreRefusedInsideAnAtomicRun() throws {
    let box = try stockedShop()
    let before = try box.dump()
    let r = try box.tienda(["--atómico", "-c", "crear categoría a", "-c", "respaldar"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("con una transacción abierta (--atómico, --simular)"))
    #expect(try box.dump() == before)
  }

  @Test func simularOneCommandShowsItsOutputAndRollsBack() throws {
    let box = try stockedShop()
    let before = try box.dump()
    let r = try box.commands("simular ajustar stock emp pino -3", "simular listar categorías")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      r.stdout == """
        Stock de «Empanada de pino»: 37 un (-3).
        Simulación: no se guardó nada. Esto habría cambiado:
          Filas: movimientos de stock 2 → 3 (+1)
          Stock:
            Empanada de pino (EMP01): 40 → 37
          Bitácora:
            stock.ajuste: stock: 40 → 37; movimiento: — → -3
        No hay categorías. Cree una con: crear categoría bebidas
        Simulación: no se guardó nada; no habría cambiado nada.

        """)
    #expect(try box.dump() == before)
  }

  @Test func simularAWholeNestedScriptAndItsErrors() throws {
    let box = try stockedShop()
    try box.write("rutina.tienda", "crear categoría ${1}\najustar stock EMP01 -1\n")
    let before = try box.dump()
    var r = try box.commands("simular ejecutar rutina.tienda bebidas")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Filas: categorías 0 → 1 (+1); movimientos de stock 2 → 3 (+1)"))
    #expect(try box.dump() == before)
    r = try box.commands("simular ajustar stock nada -1")
    #expect(r.status == 1)
    #expect(errorText(r).hasPrefix("No encontré el producto «nada»."))
    r = try box.commands("simular")
    #expect(errorText(r) == "Falta <comando> en «simular».")
    #expect(try box.dump() == before)
  }

  @Test func theLastModeGivenWins() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--simular", "--atómico", "-c", "crear categoría a"])
    // --atómico after --simular: committed.
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try box.categoryNames() == ["a"])
  }
}
