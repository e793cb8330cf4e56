import Foundation
import Testing

/// Issue 19: `liquidar` (a dated promotion on products about to expire,
/// with labels at the reduced price) and `informe promociones`.
@Suite struct PromotionClearanceTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    // The sandbox's day is 23-11-2026.
    try box.ok(
      "crear producto yogur precio 990 stock 10 vence 25-11-2026 sku YOG",
      "crear producto leche precio 1000 stock 10 vence 30-11-2026 sku LEC",
      "crear producto queso precio 5000 stock 0 vence 24-11-2026 sku QUE")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func liquidarMakesADatedPromotionAndLabelsWithTheReducedPrice() throws {
    let path = box.path("etiquetas.zpl")
    try box.ok("configurar impresora zebra archivo \(path) rol etiquetas lenguaje zpl")
    let r = try box.ok("liquidar productos por vencer días 3 30%")
    // Only the yogur: the leche expires in 7 days, the queso has no stock.
    #expect(r.stdout.contains("  yogur: $990 → $693 hasta 25-11-2026\n"), "\(r.transcript)")
    #expect(
      try sql("SELECT name, reward, percent, valid_from, valid_until, origin FROM promotions")
        == "Liquidación YOG 25-11-2026|porcentaje|30000|2026-11-23|2026-11-25|liquidación\n")
    let labels = try String(contentsOfFile: path, encoding: .utf8)
    #expect(labels.contains("^FD$693^FS"), "\(labels)")
    // Sold at the reduced price until it expires.
    #expect(try box.ok("vender 2 yogur pagar débito").stdout.contains("Total $1.386"))
    // Again: nothing new, nothing printed twice.
    let again = try box.ok("liquidar 30%")
    #expect(again.stdout.contains("Ya estaban en liquidación: yogur."), "\(again.transcript)")
    #expect(try box.count("SELECT count(*) FROM promotions") == 1)
    #expect(try box.count("SELECT count(*) FROM print_jobs") == 1)
  }

  @Test func withoutALabelPrinterOnlyThePromotion() throws {
    let r = try box.ok("liquidar días 10 20%")
    #expect(r.stdout.hasPrefix("2 productos en liquidación:\n"), "\(r.transcript)")
    #expect(!r.stdout.contains("Etiquetas"), "\(r.transcript)")
  }

  @Test func nothingToLiquidateIsSaid() throws {
    let r = try box.tienda(["-c", "liquidar días 0 30%"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      r.stderr.contains("Ningún producto con stock vence dentro de 0 días"), "\(r.transcript)")
    #expect(try box.count("SELECT count(*) FROM promotions") == 0)
  }

  @Test func informePromocionesPerPromotion() throws {
    try box.ok(
      "crear producto pan precio 1000 stock 100",
      "crear promoción \"3x2 pan\" lleva 3 paga 2 en pan",
      "vender 3 pan pagar débito", "vender 7 pan pagar débito", "vender 1 pan pagar débito",
      "vender 3 pan pagar débito", "anular venta 4 motivo \"prueba\"")
    let r = try box.ok("informe promociones como json")
    let json = try #require(try jsonObject(r.stdout) as [String: Any])
    let rows = try #require(json["filas"] as? [[String: Any]])
    // Sales 1 and 2 (the voided 4 left out): 3 + 6 units, 1.000 + 2.000 given.
    #expect(rows.count == 1)
    #expect(rows.first?["nombre"] as? String == "3x2 pan")
    #expect(rows.first?["tickets"] as? Int == 2)
    #expect(rows.first?["unidades"] as? Int == 9)
    #expect(rows.first?["ahorro"] as? Int == 3000)
  }

  /// DESIGN §8.21: a sale with a promotion costs one statement more (its
  /// `sale_line_promotions` rows) and the read of the promotions; without
  /// promotions, nothing more (`SaleStatementsTests`).
  @Test func aPromotedSaleCostsAtMostTwoMoreStatements() throws {
    try box.ok(
      "crear producto pan precio 1000 stock 100", "crear producto agua precio 500 stock 100",
      "abrir caja 0", "vender 1 agua pagar efectivo 1000")
    let sale = "vender 2 pan, 1 agua, 1 yogur pagar efectivo 50000"
    let plain = try box.tienda(["-c", sale], env: ["TIENDA_TRAZA_SQL": box.path("a.txt")])
    #expect(plain.status == 0, "\(plain.transcript)")
    try box.ok("crear promoción \"2x1 pan\" lleva 2 paga 1 en pan")
    let promoted = try box.tienda(["-c", sale], env: ["TIENDA_TRAZA_SQL": box.path("b.txt")])
    #expect(promoted.status == 0, "\(promoted.transcript)")
    func count(_ file: String) throws -> Int {
      try box.read(file).split(separator: "\n").filter { !$0.hasPrefix("--") }.count
    }
    let before = try count("a.txt")
    let after = try count("b.txt")
    #expect(after <= before + 2, "\(before) → \(after)")
    #expect(after > before)
  }
}
