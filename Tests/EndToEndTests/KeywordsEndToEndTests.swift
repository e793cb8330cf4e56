import Foundation
import Testing

/// Issue 12, item 5 through the real binary: the language honours its own
/// keywords (DESIGN.md §5.1, §8.3), product-name typos get «¿Quiso decir…?»
/// and a product hidden from the point of sale says so.
@Suite struct KeywordsEndToEndTests {
  @Test func aQuantityDoesNotSwallowTheNextKeyword() throws {
    let box = try Sandbox()
    try box.ok("crear producto \"X\" precio 5000 stock 500 unidad kg")
    let x = try box.product("X")
    #expect(x["unidad"] as? String == "kg")
    #expect(x["stock"] as? Int == 500)
    #expect(x["precio"] as? Int == 5000)
    // A unit word with nothing after it is the quantity's unit.
    try box.ok("crear producto Y precio 100 stock 7 unidad")
    #expect(try box.product("Y")["stock"] as? Int == 7)
    #expect(try box.product("Y")["unidad"] as? String == "un")
  }

  @Test func theSameProductInAnyOrder() throws {
    let fields = [
      "precio 2500", "stock 40 unidad kg", "mínimo 5", "costo 1200", "vender-sin-stock sí",
      "en-pos no", "descripción Hecho en casa", "vence 30-11-2026", "sku EMP01",
      "impuestos iva",
    ]
    var seen: [String] = []
    let orders = [
      fields, fields.reversed(),
      [
        fields[1], fields[6], fields[0], fields[9], fields[3], fields[8], fields[2], fields[5],
        fields[7], fields[4],
      ],
    ]
    for order in orders {
      let box = try Sandbox()
      try box.ok("crear producto Empanada de pino " + order.joined(separator: " "))
      let r = try box.tienda(["-c", "ver producto EMP01 como json"])
      #expect(r.status == 0, "\(r.transcript)")
      seen.append(r.stdout)
    }
    #expect(Set(seen).count == 1, "\(seen)")
    let product = try jsonObject(seen[0])
    #expect(product["unidad"] as? String == "kg")
    #expect(product["stock"] as? Int == 40)
    #expect(product["descripcion"] as? String == "Hecho en casa")
    #expect(product["nombre"] as? String == "Empanada de pino")
  }

  @Test func aKeywordWhereAValueGoesIsAClearRefusal() throws {
    let box = try Sandbox()
    let r = try box.commands("crear producto X precio sku AB1")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      errorText(r).hasPrefix(
        "Falta el valor de «precio» (<monto>): «sku» es otra palabra clave de «crear producto»."),
      "\(r.transcript)")
  }

  func shop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 stock 50",
      "crear producto \"Coca-Cola 1,5 L\" precio 1800 stock 10",
      "crear producto Bolsa precio 10 sku BOL01 en-pos no stock 5",
      "crear categoría Insumos en-pos no", "crear categoría Vasos padre Insumos",
      "crear producto \"Vaso chico\" precio 100 sku VAS01 categoría Vasos")
    return box
  }

  @Test func aMistypedProductSuggestsTheNearestName() throws {
    let box = try shop()
    #expect(
      try box.refused("vender 2 empanda pagar efectivo 10000")
        == "No encontré el producto «empanda». ¿Quiso decir «Empanada de pino»?")
    #expect(
      try box.refused("vender 2 empnada pino pagar efectivo 10000")
        == "No encontré el producto «empnada pino». ¿Quiso decir «Empanada de pino»?")
    #expect(
      try box.refused("vender 1 cocacola pagar efectivo 10000")
        == "No encontré el producto «cocacola». ¿Quiso decir «Coca-Cola 1,5 L»?")
    // A product hidden from the point of sale is never suggested for a sale.
    #expect(
      try box.refused("vender 1 bolsita pagar efectivo 10000")
        == "No encontré el producto «bolsita». Búsquelo con: buscar bolsita")
    // In ticket mode too, and the ticket keeps nothing.
    let r = try box.commands("vender", "2 empanda")
    #expect(r.status == 1)
    #expect(errorText(r).contains("¿Quiso decir «Empanada de pino»?"), "\(r.transcript)")
  }

  @Test func aProductNotForSaleSaysSo() throws {
    let box = try shop()
    #expect(
      try box.refused("vender 1 bolsa pagar efectivo 10000")
        == "«Bolsa» no está a la venta (en-pos no). Para venderlo: editar producto BOL01 en-pos sí."
    )
    #expect(
      try box.refused("vender BOL01 pagar efectivo 10000")
        == "«Bolsa» no está a la venta (en-pos no). Para venderlo: editar producto BOL01 en-pos sí."
    )
    // Hidden by a parent category: the message names that category.
    #expect(
      try box.refused("vender 1 vaso pagar efectivo 10000")
        == "«Vaso chico» no está a la venta: su categoría «Insumos» tiene en-pos no. Para venderlo: editar categoría \"Insumos\" en-pos sí."
    )
    // The hint works.
    try box.ok("editar producto BOL01 en-pos sí")
    let sold = try box.commands("vender 1 bolsa pagar efectivo 10000")
    #expect(sold.status == 0, "\(sold.transcript)")
  }

  @Test func lexingAdditions() throws {
    let box = try Sandbox()
    // `: ` ends a name like `, `.
    try box.ok("crear producto Pan amasado: precio 300 stock 10")
    #expect(try box.product("pan amasado")["precio"] as? Int == 300)
    // The word after `ref` is text as written.
    try box.ok("vender 1 pan amasado pagar débito ref 00#12,3")
    #expect(try box.ok("ver venta 1").stdout.contains("ref 00#12,3"))
    // A RUT needs its dash, and the message says where it goes.
    #expect(
      try box.refused("configurar tienda rut 123456785")
        == "«123456785» no es un RUT: falta el guion antes del dígito verificador (12345678-5).")
    try box.ok("configurar tienda rut 12345678-5")
    // A signed percent where only a percentage goes.
    let r = try box.commands("vender", "1 pan amasado", "descuento -5%")
    #expect(r.status == 1)
    #expect(errorText(r) == "«-5%» lleva signo: aquí va un porcentaje sin signo, como 5%.")
  }

  /// Thousands of names sharing their first word (the worst case for the
  /// bounded search) are answered quickly, and a mistyped first word is
  /// still found through the other words when the name is alphabetically
  /// far from the typo; `Scripts/bench-catalog.sh` measures 50.000 products.
  @Test func aSuggestionReadsABoundedNumberOfNames() throws {
    let box = try Sandbox()
    var csv = "nombre;precio\n"
    for kind in ["agua", "batido", "fresco", "lata"] {
      for i in 0..<750 { csv += "Empanada \(kind) \(i) g;\(100 + i)\n" }
    }
    try csv.write(toFile: box.path("p.csv"), atomically: true, encoding: .utf8)
    try box.ok("importar productos \(box.path("p.csv"))")
    let start = Date()
    let r = try box.commands("vender 2 empanda agua 7 pagar efectivo 10000")
    let seconds = Date().timeIntervalSince(start)
    #expect(r.status == 1)
    #expect(
      errorText(r)
        == "No encontré el producto «empanda agua 7». ¿Quiso decir «Empanada agua 7 g»?",
      "\(r.transcript)")
    #expect(seconds < 2, "\(seconds) s")
    let near = try box.commands("vender 2 empanada frsco 12 pagar efectivo 10000")
    #expect(
      errorText(near)
        == "No encontré el producto «empanada frsco 12». ¿Quiso decir «Empanada fresco 12 g»?",
      "\(near.transcript)")
  }
}
