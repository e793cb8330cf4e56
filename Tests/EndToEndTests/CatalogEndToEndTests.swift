import Foundation
import Testing

/// The catalog as a shop owner uses it, through the real binary: products
/// with every option, Spanish order, naming, search, deletion, taxes, kits.
@Suite struct CatalogEndToEndTests {
  static let barcode = ean13("780123456789")  // 7801234567894

  static let fullProduct =
    "crear producto \"Empanada de pino\" precio 2500 sku EMP01 barras \(barcode)"
    + " categoría empanadas unidad un costo 1200 impuestos iva precio-con-impuestos sí"
    + " stock 40 mínimo 10 vender-sin-stock no vence 30-11-2026 en-pos sí"
    + " descripción \"Horneada, con pino de carne\""

  @Test func theCheckDigitHelperIsRight() {
    #expect(Self.barcode == "7801234567894")
    #expect(ean13("780999000500") == "7809990005001")
  }

  @Test func productWithEveryOption() throws {
    let box = try Sandbox()
    try box.ok("crear categoría comida", "crear categoría empanadas padre comida")
    let r = try box.ok(Self.fullProduct)
    #expect(
      r.stdout.hasSuffix("Producto «Empanada de pino» creado con SKU EMP01, precio $2.500.\n"))
    #expect(r.stderr == "")

    let p = try box.product("emp pino")
    #expect(p["nombre"] as? String == "Empanada de pino")
    #expect(p["sku"] as? String == "EMP01")
    #expect(p["barras"] as? String == "7801234567894")
    #expect(p["categoria"] as? String == "empanadas")
    #expect(p["unidad"] as? String == "un")
    #expect(int(p["precio"]) == 2500)
    #expect(p["precio_con_impuestos"] as? Bool == true)
    // 2500 / 1,19 = 2100,84 → neto 2101, IVA 399; the parts add up to the price.
    #expect(int(p["neto"]) == 2101)
    #expect(int(p["impuesto_iva"]) == 399)
    #expect(int(p["costo"]) == 1200)
    #expect(p["margen"] as? Double == 42.9)  // (2101 - 1200) / 2101
    #expect(p["stock"] as? Double == 40)
    #expect(p["minimo"] as? Double == 10)
    #expect(p["unidad"] as? String == "un")
    #expect(p["vender_sin_stock"] as? Bool == false)
    #expect(p["vence"] as? String == "2026-11-30")
    #expect(p["en_pos"] as? Bool == true)
    #expect(p["descripcion"] as? String == "Horneada, con pino de carne")
    #expect(p["estado"] as? String == "activo")

    // The table shows the same product with its initial movement.
    let table = try box.ok("ver producto EMP01").stdout
    for text in [
      "Empanada de pino", "EMP01", "7801234567894", "empanadas", "$2.500", "$2.101", "$399",
      "$1.200", "42,9%", "Stock:                    40", "Mínimo:                   10",
      "30-11-2026", "Horneada, con pino de carne",
      "Últimos movimientos:",
    ] {
      #expect(table.contains(text), "falta «\(text)» en:\n\(table)")
    }
    let movements = try #require(table.components(separatedBy: "Últimos movimientos:").last)
    #expect(movements.contains("inicial") && movements.contains("+40"), "\(table)")
  }

  @Test func generatedSKUsAreShortAndTypeable() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Pan amasado\" precio 250", "crear producto \"Pan de molde\" precio 2000")
    let skus = try box.rows("listar productos como json").compactMap { $0["sku"] as? String }
    #expect(skus.count == 2)
    #expect(Set(skus).count == 2, "SKUs must be unique: \(skus)")
    for sku in skus {
      #expect(
        sku.count <= 8 && sku.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(sku)")
    }
  }

  @Test func listsInSpanishOrderAndByCategoryWithSubcategories() throws {
    let box = try Sandbox()
    try box.ok(
      "crear categoría comida", "crear categoría empanadas padre comida",
      "crear categoría fritas padre empanadas", "crear categoría bebidas",
      "crear producto Piña precio 1500", "crear producto Pino precio 100",
      "crear producto Ñandú precio 100", "crear producto nuez precio 100",
      "crear producto Oca precio 100", "crear producto Ácido precio 100",
      "crear producto acelga precio 100", "crear producto Zapallo precio 100 categoría comida",
      "crear producto \"Empanada frita\" precio 100 categoría fritas",
      "crear producto \"Empanada horno\" precio 100 categoría empanadas",
      "crear producto Jugo precio 100 categoría bebidas")
    // Accents and case ignored (acelga < Ácido); Ñ is its own letter after N
    // (nuez < Ñandú < Oca, Pino < Piña).
    #expect(
      try box.productNames() == [
        "acelga", "Ácido", "Empanada frita", "Empanada horno", "Jugo", "nuez", "Ñandú", "Oca",
        "Pino", "Piña", "Zapallo",
      ])
    let table = try box.ok("listar productos").stdout.split(separator: "\n").map(String.init)
    #expect(table.first?.hasPrefix("SKU") == true, "\(table)")
    let order = table.dropFirst(2).map { $0.split(separator: " ", maxSplits: 2)[1] }
    #expect(order.prefix(2) == ["acelga", "Ácido"], "\(table)")
    #expect(
      try box.productNames("categoría comida") == ["Empanada frita", "Empanada horno", "Zapallo"])
    #expect(try box.productNames("categoría empanadas") == ["Empanada frita", "Empanada horno"])
    #expect(try box.productNames("categoría bebidas") == ["Jugo"])
  }

  @Test func searchIgnoresAccentsAndHyphens() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto Piña precio 1500", "crear producto Pino precio 100",
      "crear producto \"Coca-Cola 1,5 L\" precio 2000",
      "crear producto Galletas precio 900 descripción \"De avena, sin azúcar\"")
    let names: (String) throws -> [String] = { q in
      try box.rows("buscar \(q) como json").compactMap { $0["nombre"] as? String }
    }
    #expect(try names("pina") == ["Piña"])
    #expect(try names("PIÑA") == ["Piña"])
    #expect(try names("coca cola") == ["Coca-Cola 1,5 L"])
    #expect(try names("azucar") == ["Galletas"])
    let none = try box.ok("buscar kiwi")
    #expect(none.stdout == "No encontré productos con «kiwi».\n", "\(none.transcript)")
  }

  @Test func namingBySKUBarcodeAndWordPrefixes() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 barras \(Self.barcode)",
      "crear producto \"Empanada de queso\" precio 2000 sku EMP02")
    for ref in [
      "EMP01", "emp01", Self.barcode, "emp pino", "EMPANADA PINO", "\"empanada de pino\"",
    ] {
      #expect(try box.product(ref)["sku"] as? String == "EMP01", "ref \(ref)")
    }
    #expect(try box.product("em q")["sku"] as? String == "EMP02")

    let message = try box.refused("editar producto emp precio 1")
    #expect(
      message
        == "«emp» puede ser más de un producto: «Empanada de pino (EMP01)», «Empanada de queso (EMP02)». Escriba más del nombre o el SKU.",
      "\(message)")
    #expect(int(try box.product("EMP01")["precio"]) == 2500)
    #expect(int(try box.product("EMP02")["precio"]) == 2000)
  }

  @Test func deleteKeepsHistoryAndReactivateBringsItBack() throws {
    let box = try Sandbox()
    try box.ok("crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 5")
    let r = try box.ok("borrar producto emp pino")
    #expect(
      r.stdout
        == "Producto «Empanada de pino» borrado; su historia queda. Para recuperarlo: reactivar producto EMP01\n"
    )
    #expect(try box.productNames().isEmpty)
    #expect(try box.productNames("borrados") == ["Empanada de pino"])
    let gone = try box.tienda(["-c", "ajustar stock EMP01 +1"])
    #expect(gone.status == 1)
    #expect(
      errorText(gone)
        == "«Empanada de pino» está borrado. Para volver a usarlo: reactivar producto EMP01")
    #expect(try box.count("SELECT count(*) FROM stock_movements") == 1)

    #expect(
      try box.ok("reactivar producto EMP01").stdout == "Producto «Empanada de pino» reactivado.\n")
    let p = try box.product("emp pino")
    #expect(p["estado"] as? String == "activo")
    #expect(p["stock"] as? Double == 5)
    #expect(try box.productNames("borrados").isEmpty)
  }

  @Test func theWorkedTaxExample() throws {
    let box = try Sandbox()
    let r = try box.ok(
      "crear impuesto ila-cerveza 20,5%",
      "crear producto \"Cerveza Kunstmann 470\" precio $1.990 impuestos iva, ila-cerveza",
      "crear producto \"Cerveza Austral\" precio 1990 impuestos iva, ila-cerveza precio-con-impuestos no"
    )
    #expect(r.stdout.hasPrefix("Impuesto «ila-cerveza» creado: 20,5% sobre el neto.\n"))

    // Included: 1990 / 1,395 = 1426,5 → neto 1427; IVA 271, ILA 292; 1427 + 271 + 292 = 1990.
    let beer = try box.product("kunstmann")
    #expect(int(beer["precio"]) == 1990)
    #expect(beer["precio_con_impuestos"] as? Bool == true)
    #expect(int(beer["neto"]) == 1427)
    #expect(int(beer["impuesto_iva"]) == 271)
    #expect(int(beer["impuesto_ila-cerveza"]) == 292)

    // On top: neto 1990, IVA 378 (378,1), ILA 408 (407,95), total 2776.
    let onTop = try box.product("austral")
    #expect(onTop["precio_con_impuestos"] as? Bool == false)
    #expect(int(onTop["neto"]) == 1990)
    #expect(int(onTop["impuesto_iva"]) == 378)
    #expect(int(onTop["impuesto_ila-cerveza"]) == 408)
    #expect(int(onTop["total"]) == 2776)

    let taxes = try box.rows("listar impuestos como json")
    let ila = try #require(taxes.first { $0["codigo"] as? String == "ila-cerveza" })
    #expect(ila["tasa"] as? String == "20,5%")
  }

  @Test func kitsHaveComponentsAndNoStockOfTheirOwn() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Pan amasado\" precio 250 sku PAN01 stock 30",
      "crear producto té precio 300 sku TE01 stock 7")
    let r = try box.ok("crear kit \"Combo once\" precio 3500 con 1 pan amasado, 2 té")
    #expect(r.stdout.hasPrefix("Kit «Combo once» creado con SKU "), "\(r.transcript)")
    #expect(r.stdout.hasSuffix(" y 2 componentes.\n"), "\(r.transcript)")

    let view = try box.ok("ver producto combo").stdout
    let parts = try #require(
      view.components(separatedBy: "Componentes de cada kit:").last, "\(view)")
    #expect(view.contains("Componentes de cada kit:"), "\(view)")
    #expect(parts.contains("1 un") && parts.contains("Pan amasado (PAN01)"), "\(view)")
    #expect(parts.contains("2 un") && parts.contains("té (TE01)"), "\(view)")
    // 30 pans, 7 teas / 2 per kit → 3 kits.
    let json = try box.product("combo")
    #expect(int(json["kits_disponibles"]) == 3)
    #expect(int(json["precio"]) == 3500)

    let before = try box.dump()
    let refused = try box.tienda(["-c", "ajustar stock combo +1"])
    #expect(refused.status == 1)
    #expect(
      errorText(refused)
        == "«Combo once» es un kit: no tiene stock propio; ajuste el stock de sus componentes.")
    #expect(try box.dump() == before)
  }
}
