import Foundation
import Testing

/// `Samples/capacitacion-venta.tienda` against `--demo`, and
/// `Scripts/cierre-diario.tienda` against a demo-seeded file.
@Suite struct TrainerSampleTests {
  func sample(_ name: String) -> String {
    // Owners' routines live in Scripts/, trainers' flows in Samples/.
    let folder = name == "cierre-diario.tienda" ? "Scripts/" : "Samples/"
    return PackagePaths.root.appendingPathComponent(folder + name).path
  }

  @Test func trainingFlowRunsAgainstTheDemo() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--demo", sample("capacitacion-venta.tienda")], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(r.stdout.contains("  3. Llega otro cliente a medio cobro: sostenemos el ticket\n"))
    // With --eco every command shows after the demo prompt, and the checks say they passed.
    let echoed = try box.tienda(
      ["--demo", "--eco", sample("capacitacion-venta.tienda")], useDB: false)
    #expect(echoed.stdout.contains("Feria Don Pepe [DEMO]> retomar 1\n"), "\(echoed.stdout)")
    #expect(echoed.stdout.contains("Se cumple: efectivo esperado en la caja es $40.590"))
  }

  @Test func registerTrainingFlowRunsAgainstTheDemo() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--demo", "--eco", sample("capacitacion-caja.tienda")], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    #expect(r.stdout.contains("Feria Don Pepe [DEMO]> anular venta 8 motivo \"cobro duplicado\"\n"))
    #expect(r.stdout.contains("es -$460 (se esperaba = -$460)."), "\(r.stdout)")
  }

  /// A demo shop kept in `t.db`: register open with $28.960 expected in cash.
  func seededShop() throws -> Sandbox {
    let box = try Sandbox()
    let r = try box.tienda(["--demo", "-c", "ventas"])
    #expect(r.status == 0, "\(r.transcript)")
    try FileManager.default.createDirectory(
      atPath: box.path("cierre"), withIntermediateDirectories: true)
    return box
  }

  @Test func dailyClosingThatBalances() throws {
    let box = try seededShop()
    let r = try box.tienda([sample("cierre-diario.tienda"), "28960", "cierre"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    let z = try box.read("cierre/informe-z-2026-11-23-z2.txt")
    #expect(z.contains("Informe Z N°:           2"), "\(z)")
    #expect(z.contains("Efectivo esperado:      $28.960"), "\(z)")
    let sales = try box.read("cierre/ventas-2026-11-23-z2.csv")
    #expect(sales.split(whereSeparator: \.isNewline).count == 7, "\(sales)")
    let backup = box.path("cierre/tienda-2026-11-23-10-00-z2.db")
    #expect(try box.sqlite(backup, "SELECT count(*) FROM z_reports").stdout == "2\n")
    // The register is closed and the next float was left.
    let after = try box.commands("verificar caja cuadrada", "verificar efectivo esperado = 0")
    #expect(after.status == 1)
    #expect(errorText(after).hasPrefix("«Caja 1» no está abierta"), "\(after.transcript)")
  }

  @Test func dailyClosingWithAShortfallStillSavesEverythingAndFails() throws {
    let box = try seededShop()
    let r = try box.tienda([sample("cierre-diario.tienda"), "27960", "cierre"])
    #expect(r.status == 1)
    #expect(
      r.stderr.hasSuffix(
        "Falló la verificación: se esperaba caja cuadrada en el último cierre (informe Z 2, diferencia -$1.000) = sí y es no.\n"
      ), "\(r.transcript)")
    #expect(box.exists("cierre/informe-z-2026-11-23-z2.txt"))
    #expect(box.exists("cierre/ventas-2026-11-23-z2.csv"))
    #expect(box.exists("cierre/tienda-2026-11-23-10-00-z2.db"))
  }

  @Test func dailyClosingRefusesWithAHeldTicketOrWithoutTheCount() throws {
    let box = try seededShop()
    let dump = try box.sqlite(box.db, ".dump").stdout
    var r = try box.tienda([sample("cierre-diario.tienda")])
    #expect(r.status == 2)
    #expect(r.stderr.contains("Falta el parámetro «contado»"), "\(r.transcript)")
    #expect(try box.sqlite(box.db, ".dump").stdout == dump)
    try box.ok("vender 1 pan amasado", "sostener")
    r = try box.tienda([sample("cierre-diario.tienda"), "28960", "cierre"])
    #expect(r.status == 1)
    #expect(
      r.stderr.contains("se esperaba tickets sostenidos = 0 y es 1."), "\(r.transcript)")
    #expect(try box.commands("verificar efectivo esperado = 28960").status == 0)
    #expect(!box.exists("cierre/informe-z-2026-11-23-z2.txt"))
  }
}
