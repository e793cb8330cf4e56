import Foundation
import Testing

/// Issue 12, item 6: sale rules a new user tripped on. The built binary,
/// real shop files, pipes; tax figures checked by an independent Python
/// oracle (`Tests/oracles/ticket_taxes.py`) and hand-written SQL.
@Suite struct SaleRulesTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 sku PAN stock 100",
      "crear producto Leche precio 900 sku LEC stock 100",
      "crear producto Queso precio 3490 sku QUE stock 100",
      "crear cupón GRATIS 100%", "crear cupón MITAD 50%")
  }

  /// `tienda` reading commands from a pipe; every line must succeed.
  @discardableResult
  func piped(_ lines: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
    -> RunResult
  {
    let r = try box.tienda([], stdin: lines.joined(separator: "\n") + "\n")
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  // MARK: A $0 ticket

  @Test func aTicketAtZeroClosesWithoutPayment() throws {
    let r = try piped("vender", "2 pan", "descuento 100%", "pagar efectivo")
    #expect(r.stdout.contains("  Venta 1 · Total $0 · Sin cobro\n"), "\(r.transcript)")
    let coupon = try piped("vender", "1 queso", "cupón gratis", "pagar débito")
    #expect(coupon.stdout.contains("  Venta 2 · Total $0 · Sin cobro\n"), "\(coupon.transcript)")
    // Recorded like any sale: lines, stock, no payment rows, books balanced.
    #expect(try box.count("SELECT count(*) FROM sales WHERE total = 0") == 2)
    #expect(try box.count("SELECT count(*) FROM payments") == 0)
    #expect(int(try box.product("PAN")["stock"]) == 98)
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
    // Money offered for nothing is refused, and the ticket stays open.
    try piped("vender", "1 leche", "descuento 100%")
    #expect(try box.refused("pagar efectivo 1000").contains("El total es $0"))
    #expect(try box.ok("pagar efectivo 0").stdout.contains("Venta 3 · Total $0"))
  }

  // MARK: Gift ticket of one line

  @Test func giftLineAloneOnTheGiftTicket() throws {
    let out = box.path("boletera.txt")
    try box.ok("configurar impresora boletera archivo \(out) lenguaje texto")
    let r = try piped("vender", "1 pan", "1 queso", "regalo línea 2", "pagar efectivo")
    #expect(r.stdout.contains("La línea 2 («Queso») irá en el ticket de regalo"), "\(r.stdout)")
    let printed = try box.read("boletera.txt")
    let gift = try #require(
      printed.components(separatedBy: "TICKET DE REGALO").last, "\(printed)")
    #expect(gift.contains("Queso"), "\(printed)")
    #expect(!gift.contains("Pan"), "solo la línea marcada va en el ticket de regalo:\n\(gift)")
    #expect(try box.count("SELECT count(*) FROM sale_line_gifts") == 1)
    // `regalo` alone still puts every line.
    let whole = box.path("todo.txt")
    try box.ok("configurar impresora boletera archivo \(whole) lenguaje texto")
    try piped("vender", "1 pan", "1 leche", "regalo", "pagar efectivo")
    let all = try #require(
      try box.read("todo.txt").components(separatedBy: "TICKET DE REGALO").last)
    #expect(all.contains("Pan") && all.contains("Leche"), "\(all)")
    // The gift rows are ledger: they refuse changes.
    let tamper = try box.sqlite(box.db, "DELETE FROM sale_line_gifts")
    #expect(tamper.status != 0 && tamper.stderr.contains("no se puede borrar"))
  }

  // MARK: Taxes on the ticket's total (§8.8)

  @Test func threeLinesOfAThousandAsABoletaReportsThem() throws {
    let r = try box.ok("vender 1 pan, 1 leche a 1000, 1 queso a 1000 pagar efectivo")
    #expect(r.status == 0)
    let sale = try jsonObject(try box.ok("ver venta 1 como json").stdout)
    #expect(int(sale["total"]) == 3000)
    #expect(int(sale["neto"]) == 2521)
    #expect(int((sale["impuestos"] as? [String: Any])?["iva"]) == 479)
    // Hand-written SQL: the per-line rows add up to the ticket's figures.
    #expect(try box.count("SELECT sum(amount) FROM sale_line_taxes") == 479)
    #expect(try box.count("SELECT sum(net) FROM sale_lines") == 2521)
    #expect(
      try box.count(
        "SELECT count(*) FROM sale_lines l WHERE l.net + (SELECT sum(amount) "
          + "FROM sale_line_taxes WHERE line_id = l.id) <> l.total") == 0)
  }

  /// Many tickets mixing IVA, IVA + ILA 20,5 %, IVA + ILA 10 %, exempt and
  /// weighed lines, with discounts and a coupon, then partial and full
  /// returns and a void: every figure against the Python oracle.
  @Test func mixedTaxSetsAgainstAnIndependentOracle() throws {
    try box.ok(
      "crear impuesto ila-cerveza 20,5%", "crear impuesto ila-bebida 10%",
      "crear producto Cerveza precio 1990 sku CER impuestos iva, ila-cerveza stock 500",
      "crear producto Jugo precio 1290 sku JUG impuestos iva, ila-bebida stock 500",
      "crear producto Pilsen precio 990 sku PIL impuestos iva, ila-cerveza stock 500",
      "crear producto Libro precio 5000 sku LIB impuestos exento stock 500",
      "crear producto Tomate precio 1490 sku TOM unidad kg stock 500")
    let items = [
      "1 pan, 1 leche, 1 queso", "3 cerveza, 1 jugo, 1 libro, 2 pan", "7 cerveza, 0,755 kg tomate",
      "2 jugo, 1 libro", "13 leche, 2 cerveza, 0,333 kg tomate, 1 queso",
      "1 cerveza", "5 jugo, 4 cerveza, 3 pan, 2 leche, 1 libro", "1 pan, 1 leche, 1 libro",
      "1 cerveza, 1 pilsen, 1 pan, 1 leche",
    ]
    for list in items { try box.ok("vender \(list) pagar efectivo") }
    try piped("vender", "2 cerveza", "3 jugo", "1 libro", "1 pan", "descuento 7%", "pagar débito")
    try piped(
      "vender", "1 queso", "2 cerveza", "descuento $333 línea 2", "cupón mitad", "pagar débito")
    try box.ok(
      "devolver venta 2 1 cerveza", "devolver venta 2 1 cerveza", "devolver venta 5 7 leche",
      "devolver venta 7", "anular venta 10 motivo \"prueba\"", "devolver venta 11 1 cerveza",
      "devolver venta 9 1 pilsen")
    let catalog = """
      {"PAN": {"price": 1000, "taxes": {"iva": 19000}},
       "LEC": {"price": 900, "taxes": {"iva": 19000}},
       "QUE": {"price": 3490, "taxes": {"iva": 19000}},
       "CER": {"price": 1990, "taxes": {"iva": 19000, "ila-cerveza": 20500}},
       "PIL": {"price": 990, "taxes": {"iva": 19000, "ila-cerveza": 20500}},
       "JUG": {"price": 1290, "taxes": {"iva": 19000, "ila-bebida": 10000}},
       "LIB": {"price": 5000, "taxes": {}},
       "TOM": {"price": 1490, "taxes": {"iva": 19000}}}
      """
    let oracle = try box.run(
      "/usr/bin/python3",
      [
        PackagePaths.root.appendingPathComponent("Tests/oracles/ticket_taxes.py").path, box.db,
        catalog,
      ])
    #expect(oracle.status == 0, "\(oracle.transcript)")
    #expect(oracle.stdout == "ok 11\n", "\(oracle.transcript)")
    // Sale 7 returned whole and sale 10 voided: refunds reverse each tax exactly.
    for sale in [7, 10] {
      let sold = try box.count(
        "SELECT sum(t.amount) FROM sale_line_taxes t JOIN sale_lines l ON l.id = t.line_id "
          + "JOIN sales s ON s.id = l.sale_id WHERE s.number = \(sale)")
      let back = try box.count(
        "SELECT sum(t.amount) FROM refund_line_taxes t JOIN refund_lines f ON f.id = "
          + "t.refund_line_id JOIN refunds r ON r.id = f.refund_id JOIN sales s ON s.id = "
          + "r.sale_id WHERE s.number = \(sale)")
      #expect(sold == back && sold > 0, "venta \(sale): \(sold) vendido, \(back) devuelto")
    }
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  // MARK: Returns name the line

  @Test func aProductOnTwoLinesAtDifferentPricesNeedsTheLine() throws {
    try piped("vender", "2 pan", "1 leche", "3 pan a 800", "pagar efectivo")
    let refused = try box.refused("devolver venta 1 1 pan")
    #expect(refused.contains("líneas 1 y 3"), "\(refused)")
    #expect(refused.contains("devolver venta 1 línea 3"), "\(refused)")
    let r = try box.ok("devolver venta 1 línea 3")
    #expect(r.stdout.contains("Reembolso $2.400"), "\(r.stdout)")
    #expect(try box.refused("devolver venta 1 línea 3").contains("ya se devolvió entera"))
    #expect(try box.refused("devolver venta 1 1 leche línea 1").contains("no es «Leche»"))
    #expect(try box.refused("devolver venta 1 línea 7").contains("no tiene línea 7"))
    // Only one line left with pan: the name is enough again.
    #expect(try box.ok("devolver venta 1 1 pan").stdout.contains("Reembolso $1.000"))
  }

  // MARK: Resuming a held ticket whose products changed

  @Test func resumingAHoldSaysWhatChanged() throws {
    try piped("vender", "2 pan", "1 leche", "1 queso", "sostener")
    try box.ok("borrar producto leche", "editar producto PAN precio 1200")
    let r = try box.ok("retomar 1")
    // Notices wrap at 80 columns through a pipe: read them unwrapped.
    let notices = r.stdout.replacingOccurrences(of: "\n    ", with: " ")
    #expect(
      notices.contains(
        "«Pan» cambió de precio mientras el ticket estaba sostenido: $1.000 → $1.200"),
      "\(r.stdout)")
    #expect(notices.contains("«Leche» se borró del catálogo"), "\(r.stdout)")
    #expect(!r.stdout.contains("Leche 1 ×"), "\(r.stdout)")
    #expect(try box.ok("pagar efectivo").stdout.contains("Total $5.890"))
  }

  // MARK: Usage and wording

  @Test func voidShowsTheReasonAsRequired() throws {
    let help = try box.ok("ayuda anular venta")
    #expect(help.stdout.hasPrefix("anular venta <número> motivo \"…\"\n"), "\(help.stdout)")
    try box.ok("vender 1 pan pagar efectivo")
    let r = try box.tienda(["-c", "anular venta 1"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("Uso: anular venta <número> motivo \"…\""), "\(r.stderr)")
  }

  @Test func messagesSayWhatHappened() throws {
    let r = try piped(
      "vender", "3 pan", "1 leche", "quitar pan 1", "quitar línea 2", "descuento 0%",
      "descuento 10%", "descuento 0%", "cupón mitad", "cupón gratis")
    #expect(r.stdout.contains("  Se quitó 1 unidad de «Pan»; en la línea 1 quedan 2.\n"))
    #expect(r.stdout.contains("  Se quitó la línea 2 («Leche»).\n"), "\(r.stdout)")
    #expect(r.stdout.contains("  No había un descuento así que quitar"))
    #expect(r.stdout.contains("  Descuento aplicado.\n  Ticket: 2 artículos · Total $1.800\n"))
    #expect(r.stdout.contains("  Descuento quitado.\n  Ticket: 2 artículos · Total $2.000\n"))
    #expect(r.stdout.contains("  Cupón GRATIS en lugar de MITAD"), "\(r.stdout)")
    #expect(!r.stdout.contains("Línea quitada"))
    // «del», never «de el»; one product is singular.
    let name = try box.tienda(["-c", "crear producto \"\" precio 100"])
    #expect(errorText(name).contains("Falta el nombre del producto"), "\(name.transcript)")
    try box.ok("cancelar", "borrar producto leche", "borrar producto queso")
    let exported = try box.ok("exportar productos \(box.path("p.csv"))")
    #expect(exported.stdout.hasPrefix("Exportado 1 producto a"), "\(exported.stdout)")
  }

  @Test func saleOfAnotherRegisterIsNamedByIt() throws {
    // «Caja Norte» is register number 2 inside the file; «Caja 2» is the third.
    try box.ok(
      "crear caja \"Caja Norte\"", "crear caja \"Caja 2\"", "vender 1 pan pagar efectivo")
    try box.tienda(["--caja", "Caja Norte", "-c", "vender 3 pan pagar efectivo"])
    try box.tienda(["--caja", "Caja 2", "-c", "vender 2 leche pagar efectivo"])
    try box.tienda(["--caja", "Caja 2", "-c", "vender 1 queso pagar efectivo"])
    // From Caja 1: 2-1 is «Caja 2»'s sale 1, as the user reads it.
    let other = try box.ok("ver venta 2-1")
    #expect(other.stdout.hasPrefix("Venta 1 · Caja 2"), "\(other.stdout)")
    #expect(other.stdout.contains("Leche"))
    #expect(try box.ok("ver venta 2-2").stdout.contains("Queso"))
    #expect(try box.ok("ver venta norte-1").stdout.hasPrefix("Venta 1 · Caja Norte"))
    #expect(try box.ok("ver venta 1").stdout.hasPrefix("Venta 1 · Caja 1"))
    // A sale that is not there names the register searched, never «esta caja».
    let missing = try box.refused("ver venta 2-9")
    #expect(missing == "«Caja 2» no tiene una venta 9. Vea sus ventas con «ventas».", "\(missing)")
  }
}
