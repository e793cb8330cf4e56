import Foundation
import Testing

/// Weighed products and the stock ledger through the real binary
/// (TIENDA_AHORA is 2026-11-23T13:00:00Z, 10:00 in Santiago).
@Suite struct CatalogStockTests {
  @Test func weighedProductsAcceptGramsAndDecimalComma() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto Tomate precio 1.490 unidad kg stock 12,5 impuestos exento",
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40")
    #expect(try box.product("tomate")["stock"] as? Double == 12.5)
    let r = try box.ok("ajustar stock tomate -500 g")
    #expect(r.stdout == "Stock de «Tomate»: 12 kg (-0,5).\n", "\(r.transcript)")
    #expect(try box.product("tomate")["stock"] as? Double == 12)
    #expect(int(try box.product("tomate")["precio"]) == 1490)

    let fraction = try box.refused("ajustar stock EMP01 +1,5")
    #expect(
      fraction == "«Empanada de pino» se vende por unidad: la cantidad no puede tener decimales.")
    let ambiguous = try box.refused("ajustar stock tomate +1.500")
    #expect(ambiguous == "«1.500» es ambiguo: ¿1,5 o 1500? Escriba 1,5 (con coma) o 1500.")
    #expect(try box.product("tomate")["stock"] as? Double == 12)
    #expect(try box.product("EMP01")["stock"] as? Double == 40)
  }

  /// Every kind of movement, listed as a table and as JSON, in order.
  @Test func ledgerRecordsEveryMovementWithKindAndReason() throws {
    let box = try Sandbox()
    try box.ok("crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40 mínimo 10")
    let r = try box.ok(
      "ajustar stock EMP01 +10 motivo \"llegó pedido\"", "ajustar stock emp pino -3",
      "ajustar stock EMP01 =25 motivo \"conteo semanal\"", "merma EMP01 2 motivo \"se quemaron\"")
    #expect(
      r.stdout == """
        Stock de «Empanada de pino»: 50 un (+10).
        Stock de «Empanada de pino»: 47 un (-3).
        Stock de «Empanada de pino»: 25 un (-22).
        Stock de «Empanada de pino»: 23 un.

        """)

    let moves = try box.rows("movimientos EMP01 como json")
    #expect(
      moves.compactMap { $0["tipo"] as? String } == [
        "inicial", "ajuste", "ajuste", "conteo", "merma",
      ])
    #expect(moves.compactMap { $0["cantidad"] as? Double } == [40, 10, -3, -22, -2])
    #expect(moves.compactMap { $0["stock"] as? Double } == [40, 50, 47, 25, 23])
    #expect(
      moves.compactMap { $0["motivo"] as? String }
        == ["", "llegó pedido", "", "conteo semanal", "se quemaron"])
    for m in moves {
      #expect(m["usuario"] as? String == "dueño")
      #expect(m["caja"] as? String == "Caja 1")
      #expect(m["fecha"] as? String == "2026-11-23T13:00:00Z")
    }

    let table = try box.ok("movimientos EMP01").stdout.split(separator: "\n").map(String.init)
    try #require(table.count == 7, "\(table)")
    #expect(table[0].hasPrefix("N°  Fecha y hora      Tipo     Cantidad  Stock  Motivo"))
    #expect(table[2].contains("23-11-2026 10:00  inicial") && table[2].contains("+40"))
    #expect(
      table[5].contains("conteo") && table[5].contains("-22") && table[5].contains("conteo semanal")
    )
    #expect(table[6].contains("merma") && table[6].contains("se quemaron"))

    let stock = try box.rows("stock EMP01 como json")
    #expect(stock.count == 1)
    #expect(stock.first?["stock"] as? Double == 23)
    #expect(try box.ok("verificar base").stdout.hasSuffix("La base está sana.\n"))
  }

  @Test func movementsFilteredByPeriod() throws {
    let box = try Sandbox()
    try box.ok("crear producto Pan precio 200 sku PAN01 stock 10")
    let later: [String: String?] = ["TIENDA_AHORA": "2026-11-25T13:00:00Z"]
    #expect(try box.tienda(["-c", "ajustar stock PAN01 +5"], env: later).status == 0)
    let count = { (period: String) throws -> Int in
      let r = try box.tienda(["-c", "movimientos PAN01 \(period) como json"], env: later)
      #expect(r.status == 0, "\(r.transcript)")
      return try jsonArray(r.stdout).count
    }
    #expect(try count("desde 24-11-2026") == 1)
    #expect(try count("desde 01-11-2026 hasta 23-11-2026") == 1)
    #expect(try count("desde 25-11-2026 hasta 25-11-2026") == 1)
    #expect(try count("") == 2)
  }

  @Test func lowStockAndExpiringStock() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Leche entera\" precio 1100 sku LEC01 stock 3 mínimo 5 vence 25-11-2026",
      "crear producto Yogur precio 500 sku YOG01 stock 10 mínimo 10 vence 22-11-2026",
      "crear producto Queso precio 5000 sku QUE01 stock 10 mínimo 2 vence 27-11-2026",
      "crear producto Arroz precio 1500 sku ARR01 stock 8")
    // At or under the minimum.
    let low = try box.rows("stock bajo como json")
    #expect(low.compactMap { $0["sku"] as? String }.sorted() == ["LEC01", "YOG01"], "\(low)")
    #expect(low.first { $0["sku"] as? String == "LEC01" }?["estado"] as? String == "bajo")
    #expect(try box.ok("stock bajo").stdout.contains("Leche entera"))

    // Expired (yesterday, -1) and within 3 days (2); the cheese (4 days) is not.
    let expiring = try box.rows("stock por vencer días 3 como json")
    #expect(expiring.compactMap { $0["sku"] as? String } == ["YOG01", "LEC01"], "\(expiring)")
    #expect(expiring.compactMap { int($0["dias"]) } == [-1, 2])
    #expect(try box.rows("stock por vencer como json").count == 3)
    let table = try box.ok("stock por vencer días 3", "ajustar stock LEC01 +10").stdout
    #expect(table.contains("YOG01") && table.contains("22-11-2026"), "\(table)")
    #expect(try box.rows("stock bajo como json").compactMap { $0["sku"] as? String } == ["YOG01"])
  }

  @Test func stockCannotGoBelowZeroUnlessAllowed() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 4",
      "crear producto Hielo precio 1000 sku HIE01 stock 1 vender-sin-stock sí")
    let message = try box.refused("ajustar stock EMP01 -5")
    #expect(
      message
        == "El stock de «Empanada de pino» quedaría en -1 un. Si se puede vender sin stock, actívelo con: editar producto \"Empanada de pino\" vender-sin-stock sí"
    )
    _ = try box.refused("merma EMP01 5")
    #expect(try box.product("EMP01")["stock"] as? Double == 4)

    try box.ok("ajustar stock HIE01 -3")
    #expect(try box.product("HIE01")["stock"] as? Double == -2)
    try box.ok("editar producto EMP01 vender-sin-stock sí", "ajustar stock EMP01 -5")
    #expect(try box.product("EMP01")["stock"] as? Double == -1)
    #expect(try box.ok("verificar base").stdout.hasSuffix("La base está sana.\n"))
  }

  @Test func verifyDetectsAStockCacheThatDisagreesWithTheLedger() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 40",
      "crear producto Tomate precio 1490 unidad kg stock 2,5", "ajustar stock EMP01 -3",
      "merma tomate 300 g")
    let healthy = try box.ok("verificar base como json")
    #expect(try jsonObject(healthy.stdout)["stock"] as? String == "ok")

    let tamper = try box.sqlite(box.db, "UPDATE products SET stock = 999 WHERE sku = 'EMP01'")
    #expect(tamper.status == 0, "\(tamper.transcript)")
    let r = try box.commands("verificar base")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stdout.contains("no cuadra"), "\(r.transcript)")
    #expect(r.stdout.contains("EMP01"), "\(r.transcript)")
    #expect(!r.stdout.contains("Tomate"), "\(r.transcript)")
  }
}
