import Foundation
import Testing

/// The "Must hold": every mistake gets a Spanish message saying what
/// is wrong (and what would be right) and leaves the shop file byte for byte
/// as it was; and every change that does happen is journaled with before/after.
@Suite struct CatalogMistakesTests {
  static let barcode = ean13("780123456789")  // 7801234567894

  func shop() throws -> Sandbox {
    let box = try Sandbox()
    try box.ok(
      "crear categoría bebidas",
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 barras \(Self.barcode) stock 10",
      "crear producto Tomate precio 1490 sku TOM01 unidad kg stock 5")
    return box
  }

  @Test func negativePrice() throws {
    let box = try shop()
    #expect(
      try box.refused("crear producto Pan precio -100") == "El monto «-100» no puede ser negativo.")
    #expect(
      try box.refused("editar producto EMP01 precio -5") == "El monto «-5» no puede ser negativo.")
    #expect(
      try box.refused("crear producto Pan precio 100 costo -1")
        == "El monto «-1» no puede ser negativo.")
  }

  @Test func unknownCategorySuggestsTheNearestOne() throws {
    let box = try shop()
    #expect(
      try box.refused("crear producto Jugo precio 900 categoría bebidaz")
        == "No encontré la categoría «bebidaz». ¿Quiso decir «bebidas»?")
    #expect(
      try box.refused("editar producto EMP01 categoría bebidaz")
        == "No encontré la categoría «bebidaz». ¿Quiso decir «bebidas»?")
    #expect(
      try box.refused("crear producto Jugo precio 900 categoría lacteos")
        == "No encontré la categoría «lacteos». Créela con: crear categoría lacteos")
  }

  @Test func duplicateBarcode() throws {
    let box = try shop()
    let expected =
      "El código de barras 7801234567894 ya es de «Empanada de pino»; cada código identifica un solo producto."
    #expect(try box.refused("crear producto Pan precio 200 barras 7801234567894") == expected)
    #expect(try box.refused("editar producto TOM01 barras 7801234567894") == expected)
  }

  @Test func badCheckDigitSuggestsTheRightCode() throws {
    let box = try shop()
    #expect(
      try box.refused("crear producto Pan precio 200 barras 7801234567892")
        == "El código de barras «7801234567892» tiene mal el dígito verificador; ¿será «7801234567894»? Revise el número impreso."
    )
    // EAN-8 too.
    #expect(
      try box.refused("crear producto Pan precio 200 barras 12345678")
        == "El código de barras «12345678» tiene mal el dígito verificador; ¿será «12345670»? Revise el número impreso."
    )
    // Other formats are plain codes.
    try box.ok("crear producto Pan precio 200 barras ABC-123")
    #expect(try box.product("ABC-123")["nombre"] as? String == "Pan")
  }

  @Test func adjustingAnUnknownProduct() throws {
    let box = try shop()
    // A typo of the name's first word is suggested too (issue 12, item 5).
    #expect(
      try box.refused("ajustar stock empanadaa +1")
        == "No encontré el producto «empanadaa». ¿Quiso decir «Empanada de pino»?")
    #expect(
      try box.refused("ajustar stock zapallo +1")
        == "No encontré el producto «zapallo». Búsquelo con: buscar zapallo")
    #expect(
      try box.refused("ajustar stock \"Empanda de pino\" +1")
        == "No encontré el producto «Empanda de pino». ¿Quiso decir «Empanada de pino»?")
    #expect(
      try box.refused("merma XYZ99 1")
        == "No encontré el producto «XYZ99». Búsquelo con: buscar XYZ99")
  }

  @Test func decimalsOnAUnitProduct() throws {
    let box = try shop()
    let expected = "«Empanada de pino» se vende por unidad: la cantidad no puede tener decimales."
    #expect(try box.refused("ajustar stock EMP01 +1,5") == expected)
    #expect(try box.refused("ajustar stock EMP01 =2,5") == expected)
    #expect(try box.refused("merma EMP01 0,5") == expected)
    #expect(try box.refused("ajustar stock EMP01 +500 g").hasPrefix("«Empanada de pino» se "))
    #expect(
      try box.refused("crear producto Pan precio 200 stock 1,5")
        == "«Pan» se vende por unidad: la cantidad no puede tener decimales.")
    #expect(
      try box.refused("crear producto Pan precio 200 mínimo 2,5")
        == "«Pan» se vende por unidad: la cantidad no puede tener decimales.")
    #expect(
      try box.refused("ajustar stock TOM01 +1,2345")
        == "«1,2345» tiene más de 3 decimales; las cantidades llegan a milésimas (0,125).")
  }

  @Test func duplicateSKU() throws {
    let box = try shop()
    let expected =
      "El SKU «emp01» ya es de «Empanada de pino»; elija otro o deje que tienda genere uno."
    #expect(try box.refused("crear producto Pan precio 200 sku emp01") == expected)
    #expect(
      try box.refused("editar producto TOM01 sku EMP01")
        == "El SKU «EMP01» ya es de «Empanada de pino»; elija otro o deje que tienda genere uno.")
  }

  @Test func duplicateNameIgnoringAccentsAndCase() throws {
    let box = try shop()
    for name in ["\"Empanada de pino\"", "\"EMPANADA DE PINÓ\"", "\"Émpanada De Pino\""] {
      #expect(
        try box.refused("crear producto \(name) precio 100")
          == "Ya existe el producto «Empanada de pino».", "\(name)")
    }
    #expect(
      try box.refused("editar producto TOM01 nombre \"empanada de PINO\"")
        == "Ya existe el producto «Empanada de pino».")
    // A deleted product's name is free again.
    try box.ok("borrar producto EMP01", "crear producto \"Empanada de pino\" precio 2700 sku EMP02")
    #expect(int(try box.product("emp pino")["precio"]) == 2700)
  }

  /// "empanada  de pino" (two spaces) looks the same on a ticket and makes
  /// "emp pino" ambiguous between two identical-looking products.
  @Test func namesDifferingOnlyInSpacesAreDuplicates() throws {
    let box = try shop()
    #expect(
      try box.refused("crear producto \"empanada  de pino\" precio 100")
        == "Ya existe el producto «Empanada de pino».")
    #expect(try box.product("emp pino")["sku"] as? String == "EMP01")
  }

  @Test func otherMistakesAlsoChangeNothing() throws {
    let box = try shop()
    #expect(
      try box.refused("crear producto Pan precio 100 vence 31-02-2026")
        == "La fecha «31-02-2026» no existe.")
    #expect(
      try box.refused("crear producto Pan precio 100 impuestos iba")
        == "No conozco el impuesto «iba». ¿Quiso decir «iva»? Vea los que hay con: listar impuestos."
    )
    #expect(
      try box.refused("crear kit Combo precio 3000 con 1 tomate, 1 combo").hasPrefix("No encontré"))
    _ = try box.refused("crear producto Pan")  // price missing
    _ = try box.refused("ajustar stock EMP01 10")  // no sign
    _ = try box.refused("crear impuesto ila 120%")
  }
}
