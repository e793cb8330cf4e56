import Foundation
import Testing

/// Issue 19 («Must hold»): the worked examples of promotions, pinned with
/// figures worked by hand, through the real binary.
///
/// 2026-12-07 is a Monday; the sandbox runs in Santiago (UTC−3 in December),
/// so 22:00Z is 19:00 local (inside «horas 18-21») and 12:00Z is 09:00.
@Suite struct PromotionWorkedExampleTests {
  let box: Sandbox
  static let mondayEvening = "2026-12-07T22:00:00Z"
  static let mondayMorning = "2026-12-07T12:00:00Z"

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear categoría empanadas",
      "crear producto \"palta hass\" precio 890 stock 100 sku PAL",
      "crear producto \"empanada pino\" precio 2500 categoría empanadas stock 100 sku EMP",
      "crear producto \"coca cola 1,5\" precio 2290 stock 100 sku COC",
      "crear promoción \"Paltas\" 3 palta hass por 2000",
      "crear promoción \"2x1 empanadas\" lleva 2 paga 1 en categoría empanadas días lun, mar horas 18-21",
      "crear promoción \"Segunda unidad\" segunda unidad 50% en coca cola 1,5")
  }

  func sell(_ items: String, at now: String) throws -> RunResult {
    let r = try box.tienda(
      ["-c", "vender \(items) pagar débito"], env: ["TIENDA_AHORA": now])
    #expect(r.status == 0, "\(r.transcript)")
    return r
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func threePaltasForTwoThousand() throws {
    // 3 × 890 = 2.670; the pack costs 2.000: saving 670.
    #expect(try sell("3 palta hass", at: Self.mondayEvening).stdout.contains("Total $2.000"))
    #expect(try sql("SELECT name, units, saving FROM sale_line_promotions") == "Paltas|3000|670\n")
  }

  @Test func fiveEmpanadasTwoForOne() throws {
    // Two groups of 2 pay 1 each, the fifth pays: 3 × 2.500 = 7.500.
    #expect(try sell("5 empanada pino", at: Self.mondayEvening).stdout.contains("Total $7.500"))
    #expect(try sql("SELECT units, saving FROM sale_line_promotions") == "4000|5000\n")
  }

  @Test func secondCocaColaAtHalf() throws {
    // 2.290 + 2.290 × 50 % = 2.290 + 1.145 = 3.435.
    #expect(try sell("2 coca cola 1,5", at: Self.mondayEvening).stdout.contains("Total $3.435"))
  }

  @Test func outsideItsHoursAPromotionDoesNotApply() throws {
    // 09:00 on Monday: the 2x1 (18-21) is closed; the others have no hours.
    let r = try sell("5 empanada pino, 3 palta hass", at: Self.mondayMorning)
    #expect(r.stdout.contains("Total $14.500"), "\(r.transcript)")  // 12.500 + 2.000
    #expect(try sql("SELECT name FROM sale_line_promotions") == "Paltas\n")
    // Wednesday evening: not one of its days.
    let w = try sell("2 empanada pino", at: "2026-12-09T22:00:00Z")
    #expect(w.stdout.contains("Total $5.000"), "\(w.transcript)")
  }

  @Test func aSaleWithoutPromotionsWritesNoPromotionRows() throws {
    try box.ok("crear producto pan precio 1000 stock 10")
    _ = try sell("2 pan", at: Self.mondayEvening)
    #expect(try box.count("SELECT count(*) FROM sale_line_promotions") == 0)
  }

  /// The ticket and `ver venta` show each promotion under the items it touched.
  @Test func theTicketAndTheSaleShowThePromotionLine() throws {
    let r = try box.tienda(
      [], stdin: "vender\n5 empanada pino\n1 coca cola 1,5\ntotal\npromociones\npagar débito\n",
      env: ["TIENDA_AHORA": Self.mondayEvening])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("  «2x1 empanadas» -$5.000\n"), "\(r.transcript)")
    #expect(
      r.stdout.contains(
        "  1. empanada pino 5 × $2.500 = $12.500\n       Promoción «2x1 empanadas» -$5.000\n"),
      "\(r.transcript)")
    #expect(r.stdout.contains("Promociones  -$5.000"), "\(r.transcript)")
    // One more coca cola and the second is at half.
    #expect(
      r.stdout.contains("Lleve 1 más y la unidad 2 con 50% de descuento («Segunda unidad»)."),
      "\(r.transcript)")
    let sale = try box.ok("ver venta 1").stdout
    #expect(sale.contains("       Promoción «2x1 empanadas» -$5.000\n"), "\(sale)")
    #expect(sale.contains("  Promociones  -$5.000\n"), "\(sale)")
  }

  /// A partial return of a 2x1 refunds what was paid per unit: 2 empanadas
  /// sold for 2.500 (one free) give back 1.250 each, never 2.500 twice.
  @Test func aPartialReturnOfATwoForOneRefundsWhatWasPaid() throws {
    _ = try sell("2 empanada pino", at: Self.mondayEvening)
    try box.ok("devolver venta 1 1 empanada pino")
    #expect(try sql("SELECT total FROM refunds ORDER BY id") == "1250\n")
    try box.ok("devolver venta 1 1 empanada pino")
    #expect(try sql("SELECT sum(total) FROM refunds") == "2500\n")
  }

  /// Promotions go before line discounts and the ticket discount (§8.7),
  /// and the promotion `mínimo` compares with the subtotal before discounts.
  @Test func pipelineOrderAndMinimum() throws {
    try box.ok(
      "crear categoría bebidas", "crear producto jugo precio 2000 categoría bebidas stock 50",
      "crear promoción \"Bebidas 10%\" 10% en categoría bebidas mínimo 10000")
    // 4 jugos = 8.000 < 10.000: no promotion.
    #expect(try sell("4 jugo", at: Self.mondayMorning).stdout.contains("Total $8.000"))
    // 5 jugos = 10.000: 10 % off = 9.000; then a 10 % ticket discount: 8.100.
    let r = try box.tienda(
      [], stdin: "vender\n5 jugo\ndescuento 10%\npagar débito\n",
      env: ["TIENDA_AHORA": Self.mondayMorning])
    #expect(r.stdout.contains("Total $8.100"), "\(r.transcript)")
  }

  /// The largest saving goes first and each unit takes one promotion.
  @Test func largestSavingFirstAndOnePromotionPerUnit() throws {
    try box.ok("crear promoción \"Empanadas 10%\" 10% en categoría empanadas")
    // Evening: 2x1 on 4 empanadas saves 5.000 > 10 % (1.000): only the 2x1.
    _ = try sell("4 empanada pino", at: Self.mondayEvening)
    #expect(try sql("SELECT name, saving FROM sale_line_promotions") == "2x1 empanadas|5000\n")
    // With 5, the fifth unit is left to the 10 %: 250 more.
    let r = try sell("5 empanada pino", at: Self.mondayEvening)
    #expect(r.stdout.contains("Total $7.250"), "\(r.transcript)")
  }

  @Test func verificarBasePassesAndTheLedgerRefusesChanges() throws {
    _ = try sell("3 palta hass", at: Self.mondayEvening)
    let check = try box.ok("verificar base")
    #expect(check.stdout.contains("La base está sana."), "\(check.transcript)")
    let update = try box.sqlite(box.db, "UPDATE sale_line_promotions SET saving = 0")
    #expect(update.status != 0)
    #expect(update.stderr.contains("no se pueden modificar"), "\(update.transcript)")
  }
}

/// Issue 19: the customer-group condition, `$ off` once per ticket, and
/// `simular` showing what a promotion does to a sale without keeping it.
@Suite struct PromotionConditionTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear grupo vecinos", "crear cliente \"Juan Pérez\" grupo vecinos",
      "crear cliente \"Ana Soto\"", "crear producto pan precio 1000 stock 100",
      "crear promoción \"Vecinos\" 500 de descuento en todo grupo vecinos")
  }

  @Test func aGroupPromotionOnlyForItsCustomers() throws {
    let juan = try box.ok("vender 3 pan cliente juan pérez pagar débito")
    #expect(juan.stdout.contains("Total $2.500"), "\(juan.transcript)")  // once per ticket
    let ana = try box.ok("vender 3 pan cliente ana soto pagar débito")
    #expect(ana.stdout.contains("Total $3.000"), "\(ana.transcript)")
    let nobody = try box.ok("vender 3 pan pagar débito")
    #expect(nobody.stdout.contains("Total $3.000"), "\(nobody.transcript)")
  }

  @Test func simularShowsThePromotionAndKeepsNothing() throws {
    let r = try box.ok("simular vender 2 pan cliente juan pérez pagar débito")
    #expect(r.stdout.contains("Total $1.500"), "\(r.transcript)")
    #expect(try box.count("SELECT count(*) FROM sale_line_promotions") == 0)
    #expect(try box.count("SELECT count(*) FROM sales") == 0)
  }

  /// Bad definitions are refused in Spanish, naming the problem, and
  /// nothing is written.
  @Test func badDefinitionsAreRefusedAndNothingIsWritten() throws {
    let cases: [(String, String)] = [
      ("crear promoción \"X\" lleva 1 paga 1 en todo", "«lleva 1 paga 1» no sirve"),
      ("crear promoción \"X\" 10% en todo horas 25-3", "Las horas 25-3 no sirven"),
      ("crear promoción \"X\" 10% en todo días lunes, feriado", "«feriado» no es un día"),
      ("crear promoción \"X\" 10%", "Falta a qué se aplica"),
      ("crear promoción \"Vecinos\" 10% en todo", "Ya existe la promoción «Vecinos»"),
      ("crear promoción \"X\" 3 pan por 0", "El monto debe ser mayor que $0"),
      ("crear promoción \"X\" gratis en todo", "No entiendo la promoción"),
      ("crear promoción \"X\" 10% en todo desde 10-12-2026 hasta 01-12-2026", "«hasta» es antes"),
      ("ver promoción nada", "No hay una promoción «nada»"),
      ("desactivar promoción vecinos; desactivar promoción vecinos", "ya está desactivada"),
    ]
    for (line, message) in cases {
      let r = try box.tienda(["-c", line])
      #expect(r.status == 1, "\(r.transcript)")
      #expect(r.stderr.contains(message), "\(line): \(r.transcript)")
    }
    #expect(try box.count("SELECT count(*) FROM promotions") == 1)
  }
}
