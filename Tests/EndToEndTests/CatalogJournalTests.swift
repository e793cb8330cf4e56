import Foundation
import Testing

/// Every catalog command that changes something leaves journal entries
/// (as typed, with before and after); a failing one leaves none.
@Suite struct CatalogJournalTests {
  func journal(_ box: Sandbox) throws -> [[String: Any]] {
    try box.rows("bitácora como json")
  }

  /// Runs one command and returns the journal entries it added.
  func entries(
    _ box: Sandbox, _ command: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [[String: Any]] {
    let before = try journal(box).count
    try box.ok(command, sourceLocation: sourceLocation)
    let added = Array(try journal(box).dropFirst(before))
    #expect(
      !added.isEmpty, "«\(command)» no dejó nada en la bitácora", sourceLocation: sourceLocation)
    for e in added {
      #expect(e["comando"] as? String == command, sourceLocation: sourceLocation)
      #expect(e["usuario"] as? String == "dueño", sourceLocation: sourceLocation)
      #expect(e["caja"] as? String == "Caja 1", sourceLocation: sourceLocation)
    }
    return added
  }

  func only(_ added: [[String: Any]], _ action: String) throws -> ([String: Any]?, [String: Any]?) {
    try #require(added.count == 1, "\(added)")
    #expect(added[0]["accion"] as? String == action, "\(added)")
    return (added[0]["antes"] as? [String: Any], added[0]["despues"] as? [String: Any])
  }

  @Test func eachChangeIsJournaledWithBeforeAndAfter() throws {
    let box = try Sandbox()
    var (a, d) = try only(try entries(box, "crear impuesto ila-cerveza 20,5%"), "impuesto.crear")
    #expect(a == nil && d?["codigo"] as? String == "ila-cerveza")

    (a, d) = try only(try entries(box, "editar impuesto ila-cerveza tasa 21%"), "impuesto.editar")
    #expect(
      a?["tasa"] != nil && int(a?["tasa"]) != int(d?["tasa"]),
      "\(String(describing: a)) \(String(describing: d))")

    (a, d) = try only(
      try entries(box, "crear producto \"Pan amasado\" precio 200 sku PAN01 stock 30"),
      "producto.crear")
    #expect(a == nil)
    #expect(d?["nombre"] as? String == "Pan amasado" && int(d?["precio"]) == 200)
    #expect(d?["impuestos"] as? [String] == ["iva"])

    try box.ok("crear producto Té precio 300 sku TE01 stock 10")
    (a, d) = try only(
      try entries(box, "editar producto PAN01 precio 250 costo 100"), "producto.editar")
    #expect(int(a?["precio"]) == 200 && int(d?["precio"]) == 250)
    #expect(a?["costo"] is NSNull && int(d?["costo"]) == 100)

    (a, d) = try only(
      try entries(box, "ajustar stock PAN01 +5 motivo \"llegó pedido\""), "stock.ajuste")
    #expect(a?["stock"] != nil && d?["stock"] != nil && int(a?["stock"]) != int(d?["stock"]))
    #expect(d?["motivo"] as? String == "llegó pedido")

    (a, d) = try only(try entries(box, "ajustar stock PAN01 =40"), "stock.conteo")
    #expect(int(a?["stock"]) != int(d?["stock"]))

    (a, d) = try only(try entries(box, "merma PAN01 1 motivo rota"), "stock.merma")
    #expect(int(a?["stock"]) != int(d?["stock"]) && d?["motivo"] as? String == "rota")

    (a, d) = try only(
      try entries(box, "crear kit \"Combo once\" precio 3500 con 1 pan amasado, 2 té"), "kit.crear")
    #expect(a == nil && (d?["componentes"] as? [Any])?.count == 2, "\(String(describing: d))")

    (a, d) = try only(try entries(box, "borrar producto TE01"), "producto.borrar")
    #expect(a?["sku"] as? String == "TE01" && a?["activo"] as? Bool == true)

    (a, d) = try only(try entries(box, "reactivar producto TE01"), "producto.reactivar")
    #expect(a?["activo"] as? Bool == false && d?["activo"] as? Bool == true)

    let imported = try entries(
      box, "importar productos \(try box.write("p.csv", "sku;precio\nPAN01;300\n"))")
    let edit = try #require(
      imported.first { $0["accion"] as? String == "producto.editar" }, "\(imported)")
    #expect(int((edit["antes"] as? [String: Any])?["precio"]) == 250)
    #expect(int((edit["despues"] as? [String: Any])?["precio"]) == 300)
  }

  @Test func failingCommandsLeaveNoJournalEntry() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Pan amasado\" precio 200 sku PAN01 stock 3",
      "crear producto Tomate precio 1490 unidad kg sku TOM01")
    let before = try journal(box).count
    for command in [
      "crear producto Pan precio -1", "crear producto X precio 1 categoría nada",
      "editar producto PAN01 precio -1", "ajustar stock PAN01 -10", "ajustar stock PAN01 +1,5",
      "ajustar stock nada +1", "merma PAN01 4", "crear kit K precio 1 con 1 nada",
      "crear producto \"PAN AMASADO\" precio 1", "importar productos no-existe.csv",
    ] {
      _ = try box.refused(command)
    }
    #expect(try journal(box).count == before)
    // A rejected import that fails in the middle journals nothing either.
    let csv = try box.write("bad.csv", "nombre;precio\nUno;100\nDos;abc\n")
    #expect(try box.refused("importar productos \(csv)").hasPrefix("Línea 3, columna «precio»:"))
    #expect(try journal(box).count == before)
  }

  /// The table is for people: quantities and rates as they were typed,
  /// not in internal thousandths ("stock: 30 → 35", not "30000 → 35000").
  @Test func journalTableShowsQuantitiesAndRatesAsTyped() throws {
    let box = try Sandbox()
    try box.ok(
      "crear impuesto ila-cerveza 20,5%", "editar impuesto ila-cerveza tasa 21%",
      "crear producto Pan precio 200 sku PAN01 stock 30", "ajustar stock PAN01 +5")
    let lines = try box.ok("bitácora").stdout.split(separator: "\n").map(String.init)
    let tax = try #require(lines.first { $0.contains("editar impuesto") }, "\(lines)")
    let stock = try #require(lines.first { $0.contains("ajustar stock") }, "\(lines)")
    #expect(!tax.contains("20500") && tax.contains("20,5%"), "\(tax)")
    #expect(!stock.contains("30000") && stock.contains("30 → 35"), "\(stock)")
  }
}
