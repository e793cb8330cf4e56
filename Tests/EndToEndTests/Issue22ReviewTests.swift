import Foundation
import Testing

/// Bugs found by the fresh-eye review of issue 22 (options, variants,
/// sellers), each pinned through the real binary and checked with
/// hand-written SQL.
@Suite struct Issue22ReviewTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto gorro precio 3000 stock 50", "crear vendedor ana comisión 3%",
      "crear vendedor beto comisión 10%", "abrir caja 0")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `cambiar vendedor venta 1 ana línea 5` speaks of the sale, not of a
  /// ticket (there is none open), and changes nothing.
  @Test func changingSellerOfAMissingLineNamesTheSale() throws {
    try box.ok("vender 2 gorro vendedor beto pagar efectivo")
    let r = try box.commands("cambiar vendedor venta 1 ana línea 5")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("la venta 1 tiene 1 línea."), "\(r.stderr)")
    #expect(!r.stderr.contains("ticket"), "\(r.stderr)")
    #expect(try sql("SELECT group_concat(seller_name) FROM sale_line_sellers") == "beto")
  }

  /// A product's own commission replaces the seller's (it is not added on
  /// top): the message says so, and the report agrees (20% of 6.000).
  @Test func productCommissionReplacesTheSellers() throws {
    let r = try box.ok("editar producto gorro comisión 20%")
    #expect(r.stdout.contains("en vez de la del vendedor"), "\(r.stdout)")
    #expect(!r.stdout.contains("por sobre"), "\(r.stdout)")
    try box.ok("vender 2 gorro vendedor beto pagar efectivo")
    let report = try jsonObject(try box.ok("informe comisiones como json").stdout)
    let rows = report["filas"] as? [[String: Any]] ?? []
    #expect(rows.map { $0["comision"] as? Int } == [6000 * 20 / 100], "\(rows)")
  }

  /// An option name with brackets or parentheses cannot be chosen inside
  /// `( … )` (and `[máximo 3]` copied from the usage is not a name), and a
  /// second price is not part of the name: refused, nothing created.
  @Test func optionNamesThatCannotBeSoldAreRefused() throws {
    for text in [
      "crear opciones a: palta, mayo [máximo 3] [obligatorio]",
      "crear opciones a: salsa (picante) $200, ají",
      "crear opciones a: palta $500 $300",
    ] {
      let r = try box.commands(text)
      #expect(r.status == 1, "\(text): \(r.transcript)")
      #expect(r.stderr.contains("«"), "\(r.stderr)")
    }
    #expect(try sql("SELECT count(*) FROM option_groups") == "0")
    #expect(try sql("SELECT count(*) FROM options") == "0")
    // The usage's form without brackets works.
    try box.ok("crear opciones a: palta $500, mayo máximo 3 obligatorio")
    #expect(try sql("SELECT group_concat(name || '=' || price) FROM options") == "palta=500,mayo=0")
  }

  /// Changing a sale's seller to the one it already has changes nothing:
  /// refused, no new row (the rows are append-only), nothing journaled.
  @Test func changingToTheSameSellerIsRefused() throws {
    try box.ok("vender 2 gorro vendedor beto pagar efectivo")
    let journal = try sql("SELECT count(*) FROM journal")
    let r = try box.commands("cambiar vendedor venta 1 beto")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("ya es el vendedor"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM sale_line_sellers") == "1")
    #expect(try sql("SELECT count(*) FROM journal") == journal)
    try box.ok("cambiar vendedor venta 1 ana")
    #expect(try sql("SELECT group_concat(seller_name) FROM sale_line_sellers") == "beto,ana")
  }

  /// A voided sale paid nobody: its seller is not changed any more (the
  /// change would be journaled for lines that count $0).
  @Test func theSellerOfAVoidedSaleIsNotChanged() throws {
    try box.ok("vender 2 gorro vendedor beto pagar efectivo")
    try box.ok("anular venta 1 motivo \"error\"")
    let r = try box.commands("cambiar vendedor venta 1 ana")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("anulada"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM sale_line_sellers") == "1")
  }

  /// The same attribute twice (`talla S, M talla L`) would make «polera S L»
  /// with two «talla»: refused, nothing created.
  @Test func aRepeatedAttributeIsRefused() throws {
    try box.ok("crear producto polera precio 10000")
    let r = try box.commands("crear variantes polera talla S, M Talla L")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("«talla»"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM products") == "2")
    #expect(try sql("SELECT count(*) FROM variant_attributes") == "0")
  }

  /// `vender Bebida (1,5 lt)` without quotes reads «(1,5 lt)» as options:
  /// the refusal says to quote a name with parentheses, and nothing is sold.
  @Test func parenthesesOfANameWithoutQuotesSayToQuoteIt() throws {
    try box.ok("crear producto \"Bebida (1,5 lt)\" precio 2000 stock 10")
    let r = try box.commands("vender Bebida (1,5 lt) pagar efectivo")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("entre comillas"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
    try box.ok("vender \"Bebida (1,5 lt)\" pagar efectivo")
    #expect(try sql("SELECT total FROM sales") == "2000")
  }
}
