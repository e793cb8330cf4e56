import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 after issues 19 and 20: an order with a seña, a promoted sale
/// and a sale paid with points reach the central exactly once, pushed
/// twice (counts per table by sqlite3 and by psql; the order's amounts).
@Suite struct SyncNewTablesTests {
  static let tables = [
    "orders", "order_lines", "order_deposits", "promotions", "sale_line_promotions",
    "point_moves", "sales", "payments",
  ]

  @Test func ordersPromotionsAndPointsArriveExactlyOnce() throws {
    guard let info = try SyncBaseTests.central() else { return }
    let box = try Sandbox()
    var r = try box.commands(
      "crear producto pan precio 1000 stock 100", "crear producto torta precio 15000 stock 10",
      "crear cliente \"Ana Rojas\"", "configurar puntos 1 cada 100",
      "crear promoción \"2x1 pan\" lleva 2 paga 1 en pan", "abrir caja 0",
      "pedido \"Ana Rojas\": 1 torta para mañana 12:00 entrega retiro seña efectivo 5000",
      "vender 2 pan pagar efectivo", "vender 4 pan cliente \"Ana Rojas\" pagar efectivo",
      "vender 1 torta cliente \"Ana Rojas\" pagar puntos 10, efectivo",
      "configurar central \"\(info)\"", "central preparar", "sincronizar", "sincronizar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Nada que enviar"), "\(r.transcript)")
    for table in Self.tables {
      let local = try box.sqlite(box.db, "SELECT count(*) FROM \(table)").stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let central = try ThrowawayPostgres.psql(info, "SELECT count(*) FROM tienda.\(table)")
      #expect(local == central, "\(table): \(local) here, \(central) on the central")
      #expect(local != "0", "\(table) is empty: the test proves nothing")
    }
    let order = "SELECT state, total, deposit FROM orders"
    #expect(
      try ThrowawayPostgres.psql(
        info, order.replacingOccurrences(of: "FROM ", with: "FROM tienda."))
        == box.sqlite(box.db, order).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    r = try box.commands("sincronizar")
    #expect(r.stdout.contains("Nada que enviar"), "\(r.transcript)")
  }
}
