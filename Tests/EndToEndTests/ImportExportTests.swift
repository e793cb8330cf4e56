import Foundation
import Testing

/// `importar productos` / `exportar productos` through the real binary: the
/// shipped sample, the round trip, Excel's encodings, updates by SKU.
@Suite struct ImportExportTests {
  static let sample = PackagePaths.root.appendingPathComponent("Samples/catalogo-feria.csv").path
  static let taxes = ["crear impuesto ila-cerveza 20,5%", "crear impuesto iaba-azucar 18%"]

  func shopWithTaxes(_ box: Sandbox, db: String? = nil) throws {
    let r = try box.tienda(
      ["--db", db ?? box.db] + Self.taxes.flatMap { ["-c", $0] }, useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
  }

  @Test func sampleRoundTrip() throws {
    let box = try Sandbox()
    try shopWithTaxes(box)
    let r = try box.ok("importar productos \(Self.sample)")
    #expect(
      r.stdout
        == "Importados: 40 nuevos, 0 actualizados; categorías creadas: Empanadas, Panadería, Bebidas, Frutas, Verduras, Lácteos, Abarrotes, Dulces.\n",
      "\(r.transcript)")
    #expect(try box.productNames().count == 40)
    #expect(
      try box.categoryNames()
        == [
          "Abarrotes", "Bebidas", "Dulces", "Empanadas", "Frutas", "Lácteos", "Panadería",
          "Verduras",
        ])
    // A quoted field with an embedded ";" and doubled quotes, and a weighed product.
    #expect(
      try box.product("EMP01")["descripcion"] as? String
        == "Masa casera; relleno de pino \"tradicional\"")
    #expect(try box.product("PAN02")["stock"] as? Double == 8.5)
    #expect(int(try box.product("EMP02")["precio"]) == 2200)  // "$2.200"

    let export = try box.ok("exportar productos out.csv")
    #expect(export.stdout == "Exportados 40 productos a «out.csv».\n")
    let products = try box.dump().split(separator: "\n").filter {
      $0.hasPrefix("INSERT INTO products VALUES")
    }
    let movements = try box.count("SELECT count(*) FROM stock_movements")
    let again = try box.ok("importar productos out.csv")
    #expect(
      again.stdout == "Importados: 0 nuevos, 0 actualizados, 40 sin cambios.\n",
      "\(again.transcript)")
    #expect(try box.count("SELECT count(*) FROM stock_movements") == movements)
    #expect(
      try box.dump().split(separator: "\n").filter { $0.hasPrefix("INSERT INTO products VALUES") }
        == products)

    // A fresh shop with the same taxes imports the export and exports the same bytes.
    let fresh = box.path("fresh.db")
    try shopWithTaxes(box, db: fresh)
    let imported = try box.tienda(
      ["--db", fresh, "-c", "importar productos out.csv", "-c", "exportar productos out2.csv"],
      useDB: false)
    #expect(imported.status == 0, "\(imported.transcript)")
    #expect(
      imported.stdout.hasPrefix("Importados: 40 nuevos, 0 actualizados; categorías creadas: "))
    let first = try Data(contentsOf: URL(fileURLWithPath: box.path("out.csv")))
    let second = try Data(contentsOf: URL(fileURLWithPath: box.path("out2.csv")))
    let (text1, text2) = (try box.read("out.csv"), try box.read("out2.csv"))
    #expect(first == second, "\(firstDifference(text1, text2))")
    // What Excel opens directly: BOM, header in Spanish.
    #expect(first.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(
      try box.read("out.csv").dropFirst().hasPrefix("nombre;precio;sku;barras;categoría;unidad"))
  }

  @Test func windows1252WithSemicolons() throws {
    let box = try Sandbox()
    // "nombre;precio;categoría;unidad;stock" / "Piña;1.990;Frutas de estación;kg;2,5"
    // / "Azúcar 1 kg;$1.290;Almacén;un;3", in Windows-1252 (ñ F1, í ED, ó F3, ú FA, é E9).
    var bytes: [UInt8] =
      Array("nombre;precio;categor".utf8) + [0xED]
      + Array("a;unidad;stock\r\n".utf8)
    bytes +=
      Array("Pi".utf8) + [0xF1] + Array("a;1.990;Frutas de estaci".utf8) + [0xF3]
      + Array("n;kg;2,5\r\n".utf8)
    bytes +=
      Array("Az".utf8) + [0xFA] + Array("car 1 kg;$1.290;Almac".utf8) + [0xE9]
      + Array("n;un;3\r\n".utf8)
    let file = try box.writeBytes("excel.csv", bytes)
    let r = try box.ok("importar productos \(file)")
    #expect(
      r.stdout
        == "Importados: 2 nuevos, 0 actualizados; categorías creadas: Frutas de estación, Almacén.\n",
      "\(r.transcript)")
    #expect(try box.productNames() == ["Azúcar 1 kg", "Piña"])
    let pina = try box.product("pina")
    #expect(pina["categoria"] as? String == "Frutas de estación")
    #expect(int(pina["precio"]) == 1990)
    #expect(pina["stock"] as? Double == 2.5)
    #expect(int(try box.product("azucar")["precio"]) == 1290)
    #expect(try box.categoryNames() == ["Almacén", "Frutas de estación"])
  }

  @Test func utf8WithCommasQuotesAndNewlines() throws {
    let box = try Sandbox()
    let file = try box.write(
      "c.csv",
      "nombre,precio,descripción,unidad,stock\n"
        + "\"Queso, mantecoso\",\"$5.990\",\"Línea uno\nlínea dos\",kg,\"1,25\"\n")
    try box.ok("importar productos \(file)")
    let p = try box.product("queso")
    #expect(p["nombre"] as? String == "Queso, mantecoso")
    #expect(int(p["precio"]) == 5990)
    #expect(p["descripcion"] as? String == "Línea uno\nlínea dos")
    #expect(p["stock"] as? Double == 1.25)
  }

  @Test func updateBySKUJournalsAndCountsStock() throws {
    let box = try Sandbox()
    try box.ok("crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 24")
    let file = try box.write("u.csv", "sku;precio;stock\nEMP01;2.700;30\n")
    let journalBefore = try box.count("SELECT count(*) FROM journal")
    let r = try box.ok("importar productos \(file)")
    #expect(r.stdout == "Importados: 0 nuevos, 1 actualizado.\n", "\(r.transcript)")
    let p = try box.product("EMP01")
    #expect(int(p["precio"]) == 2700)
    #expect(p["nombre"] as? String == "Empanada de pino")
    #expect(p["stock"] as? Double == 30)

    let moves = try box.rows("movimientos EMP01 como json")
    #expect(moves.compactMap { $0["tipo"] as? String } == ["inicial", "conteo"])
    #expect(moves.last?["cantidad"] as? Double == 6)
    #expect(moves.last?["motivo"] as? String == "importación")

    let added = Array(try box.rows("bitácora como json").dropFirst(journalBefore))
    let edit = try #require(
      added.first { $0["accion"] as? String == "producto.editar" }, "\(added)")
    #expect(int((edit["antes"] as? [String: Any])?["precio"]) == 2500)
    #expect(int((edit["despues"] as? [String: Any])?["precio"]) == 2700)
    #expect(added.contains { $0["accion"] as? String == "stock.conteo" }, "\(added)")
    #expect(try box.ok("verificar base").stdout.hasSuffix("La base está sana.\n"))
  }

  @Test func unknownColumnSuggestsTheRightOne() throws {
    let box = try Sandbox()
    try box.ok("listar productos")
    let file = try box.write("h.csv", "nombre;precioo\nPan;200\n")
    #expect(
      try box.refused("importar productos \(file)")
        == "Línea 1: no conozco la columna «precioo». ¿Quiso decir «precio»? No se importó nada.")
    #expect(try box.tallies() == [0, 0, 0, 0, 1])
  }
}
