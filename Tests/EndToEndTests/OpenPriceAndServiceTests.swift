import Foundation
import Testing

/// Issue 21: open-price products (`precio abierto`, `varios a 1500`),
/// services (no stock unless given one) and weighed products sold without
/// their weight (refused outside a terminal, with the form to write).
@Suite struct OpenPriceAndServiceTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Varios precio abierto",
      "crear producto \"Corte de pelo\" servicio precio 8000",
      "crear producto Lavado servicio precio 3000 stock 5",
      "crear producto \"Queso mantecoso\" unidad kg precio 11990 plu 01234 stock 10")
  }

  @Test func anOpenPriceIsGivenInTheLineWithoutThePriceRight() throws {
    let refusal = try box.refused("vender varios pagar efectivo")
    #expect(refusal.contains("tiene precio abierto"), "\(refusal)")
    #expect(refusal.contains("vender varios a 1500"), "\(refusal)")
    try box.withOwnerAndCashier()
    // A cajero has no «cambiar-precio»: an open price is theirs to give.
    try box.okAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "vender varios a 1500 pagar efectivo")
    #expect(
      try box.sqlite(box.db, "SELECT name || '|' || unit_price || '|' || total FROM sale_lines")
        .stdout == "Varios|1500|1500\n")
    // Another product at another price still needs the right.
    let r = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin,
      "vender corte de pelo a 5000 pagar efectivo")
    #expect(r.status == 1, "\(r.transcript)")
    // No stock for open-price products: none moved.
    #expect(
      try box.count(
        "SELECT count(*) FROM stock_movements m JOIN products p ON p.id = m.product_id "
          + "WHERE p.name = 'Varios'") == 0)
  }

  @Test func servicesCarryNoStockUnlessGivenOne() throws {
    try box.ok("vender 3 corte de pelo, 2 lavado pagar efectivo")
    #expect(
      try box.sqlite(
        box.db,
        "SELECT name || '|' || stock || '|' || tracks_stock FROM products WHERE service = 1 ORDER BY name"
      ).stdout == "Corte de pelo|0|0\nLavado|3000|1\n")
    #expect(
      try box.count(
        "SELECT count(*) FROM stock_movements m JOIN products p ON p.id = m.product_id "
          + "WHERE p.name = 'Corte de pelo'") == 0)
    let shown = try box.product("corte de pelo")
    #expect(shown["tipo"] as? String == "servicio", "\(shown)")
    #expect(shown["stock"] is NSNull, "\(shown)")
    #expect(shown["lleva_stock"] as? Bool == false, "\(shown)")
    let open = try box.product("varios")
    #expect(open["precio"] is NSNull && open["precio_abierto"] as? Bool == true, "\(open)")
  }

  @Test func aWeighedProductWithoutItsWeightIsRefusedInScripts() throws {
    let refusal = try box.refused("vender queso pagar efectivo")
    #expect(refusal.contains("Falta el peso de «Queso mantecoso»"), "\(refusal)")
    #expect(refusal.contains("vender 0,350 kg"), "\(refusal)")
    let ticket = try box.tienda([], stdin: "vender\nqueso\n")
    #expect(ticket.stderr.contains("Falta el peso"), "\(ticket.transcript)")
    try box.ok("vender 0,350 kg queso pagar efectivo")
    #expect(try box.count("SELECT quantity FROM sale_lines") == 350)
  }

  @Test func pluIsCheckedAndEditable() throws {
    let dup = try box.refused("crear producto Jamón unidad kg precio 9990 plu 1234")
    #expect(dup.contains("ya es de «Queso mantecoso»"), "\(dup)")
    let bad = try box.refused("crear producto Jamón unidad kg precio 9990 plu 12a")
    #expect(bad.contains("1 a 6 dígitos"), "\(bad)")
    try box.ok(
      "editar producto queso plu ninguno", "crear producto Jamón unidad kg precio 9990 plu 1234")
    #expect(
      try box.sqlite(box.db, "SELECT name FROM products WHERE plu = '1234'").stdout == "Jamón\n")
  }

  @Test func importReadsAPLUColumn() throws {
    let new = try box.write("granel.csv", "nombre;precio;unidad;plu\nJamón;9990;kg;00777\n")
    let existing = try box.write("plu.csv", "sku;plu\nQUE01;01235\n")
    try box.ok("importar productos \(new)", "importar productos \(existing)")
    #expect(
      try box.sqlite(
        box.db, "SELECT name || '=' || plu FROM products WHERE plu IS NOT NULL ORDER BY name"
      ).stdout == "Jamón=777\nQueso mantecoso=1235\n")
    let taken = try box.write("repetido.csv", "sku;plu\nQUE01;777\n")
    let refusal = try box.refused("importar productos \(taken)")
    #expect(refusal.contains("ya es de «Jamón»"), "\(refusal)")
  }
}
