import Foundation
import Testing

/// Issue 19 («Must hold»): the promotions engine agrees with an independent
/// model (`Tests/oracles/promotions.py`, written from the rules, sharing no
/// code with tienda) on many random tickets: random products, quantities,
/// prices and taxes, promotions open or not by weekday and hour (via
/// `TIENDA_AHORA`), line and ticket discounts and a coupon. Totals, line
/// amounts, nets, taxes per code and the saving per line, exact to the peso.
@Suite struct PromotionOracleTests {
  /// A small deterministic generator (the same tickets on every run).
  struct Generator {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  @Test(arguments: [UInt64(19), 2026, 7])
  func randomTicketsAgreeWithTheModel(seed: UInt64) throws {
    let box = try Sandbox()
    var g = Generator(state: seed)
    let taxes = ["iva", "iva, ila-bebida", "exento"]
    let taxRates = [#"{"iva": 19000}"#, #"{"iva": 19000, "ila-bebida": 10000}"#, "{}"]
    // SKU, category, tax kind; prices are random.
    let products: [(String, String?, Int)] = [
      ("EMP", "empanadas", 0), ("EMQ", "empanadas", 0), ("PAN", nil, 0), ("COC", "gaseosas", 1),
      ("JUG", "bebidas", 1), ("LIB", nil, 2), ("QUE", nil, 0),
    ]
    var setup = [
      "crear impuesto ila-bebida 10%", "crear categoría empanadas", "crear categoría bebidas",
      "crear categoría gaseosas padre bebidas", "crear cupón DIEZ 10%",
    ]
    var catalog: [String] = []
    for (sku, category, tax) in products {
      let price = 100 + g.next(49) * 100 + g.next(10) * 9
      setup.append(
        "crear producto \(sku.lowercased())x precio \(price) sku \(sku) stock 100000 impuestos "
          + taxes[tax] + (category.map { " categoría \($0)" } ?? ""))
      catalog.append(
        "\"\(sku)\": {\"price\": \(price), \"taxes\": \(taxRates[tax]), \"category\": "
          + (category.map { "\"\($0)\"" } ?? "null") + "}")
    }
    let tomato = 900 + g.next(20) * 50
    setup.append("crear producto tomatex precio \(tomato) sku TOM unidad kg stock 100000")
    catalog.append(
      "\"TOM\": {\"price\": \(tomato), \"taxes\": {\"iva\": 19000}, \"category\": null, \"weighed\": true}"
    )
    // The promotions, as tienda reads them and as the model does.
    let promotions: [(String, String)] = [
      (
        "\"2x1\" lleva 2 paga 1 en categoría empanadas días lun, mar horas 18-21",
        #"{"kind": "buypay", "n": 2, "m": 1, "scope": "category:empanadas", "days": [1, 2], "hours": [18, 21], "minimum": null}"#
      ),
      (
        "\"Pack pan\" 3 panx por 2000",
        #"{"kind": "pack", "n": 3, "amount": 2000, "scope": "product:PAN", "days": [], "hours": null, "minimum": null}"#
      ),
      (
        "\"Bebidas\" 10% en categoría bebidas mínimo 10000",
        #"{"kind": "percent", "percent": 10000, "scope": "category:bebidas", "days": [], "hours": null, "minimum": 10000}"#
      ),
      (
        "\"Segunda\" segunda unidad 50% en cocx",
        #"{"kind": "nth", "n": 2, "percent": 50000, "scope": "product:COC", "days": [], "hours": null, "minimum": null}"#
      ),
      (
        "\"Lunes\" 5% en todo días lun mínimo 20000",
        #"{"kind": "percent", "percent": 5000, "scope": "all", "days": [1], "hours": null, "minimum": 20000}"#
      ),
      (
        "\"Mediodía\" 500 de descuento en categoría empanadas horas 11-15",
        #"{"kind": "amount", "amount": 500, "scope": "category:empanadas", "days": [], "hours": [11, 15], "minimum": null}"#
      ),
      (
        "\"Sábado 3x2\" lleva 3 paga 2 en todo días sáb",
        #"{"kind": "buypay", "n": 3, "m": 2, "scope": "all", "days": [6], "hours": null, "minimum": null}"#
      ),
    ]
    setup += promotions.map { "crear promoción " + $0.0 }
    try box.ok(setup.joined(separator: "; "))

    var sales: [String] = []
    for number in 1...14 {
      // 7 to 13 December 2026: Monday to Sunday; local hour 8..23 (UTC−3).
      let day = 7 + g.next(7)
      let hour = 8 + g.next(16)
      let utc = hour + 3
      let stamp =
        utc >= 24
        ? String(format: "2026-12-%02dT%02d:%02d:00Z", day + 1, utc - 24, g.next(60))
        : String(format: "2026-12-%02dT%02d:%02d:00Z", day, utc, g.next(60))
      var pool = products.map(\.0) + ["TOM"]
      var items: [(String, Int)] = []
      for _ in 0...g.next(4) {
        let sku = pool.remove(at: g.next(pool.count))
        let qty = sku == "TOM" ? (250 + g.next(1750)) : (1 + g.next(7)) * 1000
        items.append((sku, qty))
      }
      var lines = ["vender"]
      for (sku, qty) in items {
        lines.append(
          sku == "TOM"
            ? "\(qty / 1000),\(String(format: "%03d", qty % 1000)) kg \(sku)"
            : "\(qty / 1000) \(sku)")
      }
      let lineDiscount = g.next(4) == 0
      let discount = g.next(4) == 0
      let coupon = g.next(4) == 0
      if lineDiscount { lines.append("descuento 10% línea 1") }
      if discount { lines.append("descuento 5%") }
      if coupon { lines.append("cupón DIEZ") }
      lines.append("pagar débito")
      let r = try box.tienda(
        [], stdin: lines.joined(separator: "\n") + "\n", env: ["TIENDA_AHORA": stamp])
      #expect(r.status == 0, "\(r.transcript)")
      let weekday = day - 6  // 7 December is a Monday
      sales.append(
        "{\"number\": \(number), \"weekday\": \(weekday), \"hour\": \(hour), \"items\": ["
          + items.map { "[\"\($0.0)\", \($0.1)]" }.joined(separator: ", ") + "], "
          + "\"line_discount\": \(lineDiscount ? "10000" : "null"), "
          + "\"discount\": \(discount ? "5000" : "null"), \"coupon\": \(coupon ? "10000" : "null")}"
      )
    }
    let spec = """
      {"products": {\(catalog.joined(separator: ", "))},
       "parents": {"gaseosas": "bebidas"},
       "promotions": [\(promotions.map(\.1).joined(separator: ", "))],
       "sales": [\(sales.joined(separator: ",\n"))]}
      """
    try spec.write(toFile: box.path("spec.json"), atomically: true, encoding: .utf8)
    let oracle = try box.run(
      "/usr/bin/python3",
      [
        PackagePaths.root.appendingPathComponent("Tests/oracles/promotions.py").path, box.db,
        box.path("spec.json"),
      ])
    #expect(oracle.status == 0, "\(oracle.transcript)")
    #expect(oracle.stdout == "ok 14\n", "\(oracle.transcript)")
    // Promotions did apply on some of these tickets (the check is not vacuous).
    #expect(try box.count("SELECT count(DISTINCT sale_id) FROM sale_line_promotions") >= 3)
  }
}
