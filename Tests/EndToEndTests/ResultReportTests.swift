import Foundation
import Testing

/// `informe resultado` (issue 18, part B): a product without a cost is
/// said, the chart draws each line, CSV and JSON have §8.14's shape, and
/// expenses count on their day (due day, else the day recorded).
@Suite struct ResultReportTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    // 23-11-2026 (Sandbox clock): one product without a cost.
    try box.ok(
      "crear producto Bebida precio 1190 costo 500 stock 100",
      "crear producto Regalo precio 2380 stock 100", "abrir caja 10000",
      "vender 2 bebida, 1 regalo pagar débito",
      "crear gasto \"Luz\" 30000 categoría servicios vence 02-12-2026",
      "crear gasto \"Bolsas\" 5000 categoría insumos",
      "crear gasto \"Afiches\" 7000 categoría publicidad vence 15-11-2026",
      "anular gasto 3 motivo \"no llegó\"")
  }

  @Test func novemberByHand() throws {
    let json = try jsonObject(try box.ok("informe resultado mes como json").stdout)
    let totals = try #require(json["totales"] as? [String: Any])
    // 2 × 1.000 + 2.000 net of IVA; cost 2 × 500 (Regalo has none, so its
    // 2.000 stay out of the margin and the result: arreglos18).
    #expect(totals["neto"] as? Int == 4000, "\(totals)")
    #expect(totals["costo"] as? Int == 1000, "\(totals)")
    #expect(totals["margen"] as? Int == 1000, "\(totals)")
    // Luz counts in December (its due day); Afiches is voided.
    #expect(totals["gastos"] as? Int == 5000, "\(totals)")
    #expect(totals["resultado"] as? Int == -4000, "\(totals)")
    // Without a period: «mes», from the 1st to today (Luz, due 02-12, waits).
    let plain = try jsonObject(try box.ok("informe resultado como json").stdout)
    #expect((plain["totales"] as? [String: Any])?["gastos"] as? Int == 5000, "\(plain)")
    let whole = try jsonObject(
      try box.ok("informe resultado desde 01-11-2026 hasta 02-12-2026 como json").stdout)
    #expect((whole["totales"] as? [String: Any])?["gastos"] as? Int == 35000, "\(whole)")
    let text = try box.ok("informe resultado").stdout
    #expect(text.contains("Sin costo: «Regalo»"), "\(text)")
    #expect(
      text.contains("Resultado (sin las ventas sin costo):") && text.contains("-$4.000"), "\(text)")
    let december = try jsonObject(try box.ok("informe resultado diciembre 2026 como json").stdout)
    #expect((december["totales"] as? [String: Any])?["gastos"] as? Int == 30000, "\(december)")
    let csv = try box.ok("informe resultado como csv").stdout
    #expect(csv.contains("nombre;tipo;monto"), "\(csv)")
    #expect(csv.contains("Gastos: insumos;gasto;5000"), "\(csv)")
  }

  @Test func chart() throws {
    let r = try box.tienda(["-c", "informe resultado como gráfico"], env: ["COLUMNS": "80"])
    #expect(r.status == 0, "\(r.transcript)")
    let bars = r.stdout.split(separator: "\n").filter { $0.contains("█") }
    #expect(bars.count == 3, "\(r.stdout)")  // ventas, costo, insumos
    let dumb = try box.tienda(["-c", "informe resultado como gráfico"], env: ["TERM": "dumb"])
    #expect(dumb.stdout.contains("#") && !dumb.stdout.contains("█"), "\(dumb.stdout)")
  }
}
