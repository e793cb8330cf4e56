import Foundation
import Testing
import TiendaTestSupport

/// `--simular` names the tables it would have changed in Spanish: never an
/// internal name (`sale_line_costs`, `products_search_data`, `orders`…).
@Suite struct SimulationTableNamesTests {
  @Test func aSimulationNamesEveryTableInSpanish() throws {
    let box = try Sandbox()
    try box.ok("crear producto pan precio 1000 stock 100", "crear cliente \"Ana Rojas\"")
    let r = try box.tienda([
      "--simular", "-c", "crear producto torta precio 15000 stock 10", "-c",
      "crear cliente \"Beto Soto\"", "-c", "vender 1 pan cliente \"Ana Rojas\" pagar efectivo",
      "-c", "pedido \"Ana Rojas\": 1 torta para mañana 12:00",
    ])
    #expect(r.status == 0, "\(r.transcript)")
    let rows = r.stdout.split(separator: "\n").first { $0.hasPrefix("  Filas: ") } ?? ""
    #expect(rows.contains("productos") && rows.contains("pedidos"), "\(r.stdout)")
    // Every name in «nombre antes → después (±n)» is Spanish words.
    let inner = rows.split(separator: " ").filter { $0.contains("_") }
    #expect(inner.isEmpty, "\(rows)")
    #expect(!rows.contains("orders") && !rows.contains("customers"), "\(rows)")
  }
}
