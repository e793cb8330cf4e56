import Foundation
import Testing
import TiendaTestSupport

/// Issue 23 (part B, after issues 19 and 20): a central catalog change
/// reaches a file that already has orders and promotions; they keep their
/// rows, and the next sale uses the new price with the promotion.
@Suite struct CentralCatalogOrdersTests {
  @Test func aCentralChangeReachesAFileWithOrdersAndPromotions() throws {
    guard let chain = try CentralCatalogTests.Chain() else { return }
    try chain.psql(
      "INSERT INTO tienda.catalog_products(global_id, sku, name, price, cost)"
        + " VALUES ('p1', 'PAN01', 'Pan', 1000, 500)")
    let box = chain.a
    var r = try box.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    r = try box.commands(
      "ajustar stock PAN01 +100 motivo \"horno\"", "crear cliente Ana",
      "crear promoción \"2x1 pan\" lleva 2 paga 1 en pan",
      "abrir caja 0", "pedido Ana: 4 pan para mañana 12:00 seña efectivo 1000")
    #expect(r.status == 0, "\(r.transcript)")
    let ordersBefore = try chain.sql(box, "SELECT * FROM orders; SELECT * FROM order_lines")
    let promotionsBefore = try chain.sql(box, "SELECT * FROM promotions")
    #expect(ordersBefore.contains("|"), "an order was made: \(ordersBefore)")
    #expect(promotionsBefore.contains("2x1 pan"), "\(promotionsBefore)")

    try chain.psql("UPDATE tienda.catalog_products SET price = 1300 WHERE sku = 'PAN01'")
    r = try box.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Precio de PAN01: $1.000 → $1.300"), "\(r.transcript)")
    #expect(try chain.sql(box, "SELECT price FROM products WHERE sku = 'PAN01'") == "1300\n")
    // The order and the promotion are as they were (the pull never writes them).
    #expect(try chain.sql(box, "SELECT * FROM orders; SELECT * FROM order_lines") == ordersBefore)
    #expect(try chain.sql(box, "SELECT * FROM promotions") == promotionsBefore)
    // The next sale: two at the new price, the second free by the promotion.
    r = try box.commands("vender 2 PAN01 pagar efectivo 1300")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try chain.sql(box, "SELECT total FROM sales ORDER BY id DESC LIMIT 1") == "1300\n",
      "\(r.transcript)")
  }

  @Test func aCentralPromotionComesDownAndApplies() throws {
    guard let chain = try CentralCatalogTests.Chain() else { return }
    try chain.psql(
      """
      INSERT INTO tienda.catalog_products(global_id, sku, name, price) VALUES ('p1', 'PAN01', 'Pan', 1000);
      INSERT INTO tienda.catalog_promotions(name, scope, product_sku, reward, n, m)
        VALUES ('3x2 pan', 'producto', 'PAN01', 'lleva', 3, 2);
      """)
    let box = chain.b
    var r = try box.commands("sincronizar recibir")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Promociones: 1 nueva"), "\(r.transcript)")
    #expect(
      try chain.sql(
        box,
        "SELECT m.name, m.scope, p.sku, m.reward, m.n, m.m, m.active FROM promotions m"
          + " JOIN products p ON p.id = m.product_id") == "3x2 pan|producto|PAN01|lleva|3|2|1\n")
    r = try box.commands("ajustar stock PAN01 +10 motivo \"horno\"", "vender 3 PAN01 pagar débito")
    #expect(r.status == 0, "\(r.transcript)")
    // Oracle: three at $1.000, one free.
    #expect(try chain.sql(box, "SELECT total FROM sales") == "2000\n", "\(r.transcript)")
    // Switched off centrally: the next pull updates it, the sale keeps its total.
    try chain.psql("UPDATE tienda.catalog_promotions SET active = false WHERE name = '3x2 pan'")
    r = try box.commands("sincronizar recibir")
    #expect(r.stdout.contains("Promociones: 1 actualizada"), "\(r.transcript)")
    #expect(try chain.sql(box, "SELECT active FROM promotions") == "0\n")
    #expect(try chain.sql(box, "SELECT total FROM sales") == "2000\n")
  }
}
