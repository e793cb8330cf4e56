import Foundation
import Testing

/// Cash flows as data (issue 15, DESIGN §8.10) and the built-in payment
/// methods as data (§8.11), through the built binary. Every figure is
/// checked against hand-written SQL over the ledger tables.
@Suite struct CashFlowTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func refused(_ line: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let r = try box.tienda(["-c", line])
    #expect(r.status == 1, "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(message), "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(!r.stderr.contains("StoreError"), "\(r.transcript)", sourceLocation: sourceLocation)
  }

  /// A session with every kind of today's cash flow: cash sales with change
  /// and rounding, a cash return, a void of a card sale, ingresos, retiros.
  func workedSession() throws {
    try box.ok(
      "crear producto Pan precio 1497 stock 100", "abrir caja 20000",
      "vender 2 pan pagar efectivo 5000", "vender 1 pan pagar débito",
      "vender 3 pan pagar efectivo 1000, crédito", "ingreso 5000 motivo \"sencillo\"",
      "retiro 3000 motivo \"proveedor\"", "devolver venta 1 1 pan reembolso efectivo",
      "anular venta 2 motivo \"cobro doble\"", "vender 1 pan pagar efectivo")
  }

  /// Oracle: float + cash kept from sales − cash refunded + ingresos − retiros,
  /// each by hand from `payments` and `cash_movements`.
  func oracleFlows() throws -> [String: Int] {
    let q = { (query: String) throws -> Int in Int(try self.sql(query)) ?? Int.min }
    return [
      "fondo": try q("SELECT opening_float FROM cash_sessions ORDER BY id DESC LIMIT 1"),
      "efectivo_ventas": try q(
        "SELECT coalesce(sum(tendered - change), 0) FROM payments"
          + " WHERE method = 'efectivo' AND sale_id IS NOT NULL"),
      "efectivo_devuelto": try q(
        "SELECT coalesce(sum(tendered - change), 0) FROM payments"
          + " WHERE method = 'efectivo' AND refund_id IS NOT NULL"),
      "ingresos": try q(
        "SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE kind = 'ingreso'"),
      "retiros": try q("SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE kind = 'retiro'"),
    ]
  }

  @Test func expectedCashIsOneFormulaOverKindsInTheXAndTheStoredZ() throws {
    try workedSession()
    let o = try oracleFlows()
    let expected =
      o["fondo"]! + o["efectivo_ventas"]! - o["efectivo_devuelto"]! + o["ingresos"]!
      - o["retiros"]!
    #expect(o["efectivo_devuelto"]! > 0 && o["efectivo_ventas"]! > 0)

    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    for (key, value) in o { #expect(x[key] as? Int == value, "\(key): \(x)") }
    #expect(x["efectivo_esperado"] as? Int == expected, "\(x)")
    let text = try box.ok("arqueo").stdout
    #expect(text.contains("Ingresos (1):"), "\(text)")
    #expect(text.contains("Retiros (1):"), "\(text)")

    try box.ok("cerrar caja \(expected)")
    // The Z keeps its flows by kind, signed: float + Σ lines = expected.
    let lines = try sql(
      "SELECT kind || '=' || count || '=' || amount FROM z_report_lines"
        + " WHERE section = 'caja' ORDER BY position")
    #expect(
      lines
        == """
        ventas=3=\(o["efectivo_ventas"]!)
        reembolsos=1=-\(o["efectivo_devuelto"]!)
        ingresos=1=\(o["ingresos"]!)
        retiros=1=-\(o["retiros"]!)
        """)
    #expect(
      try sql(
        "SELECT z.opening_float + (SELECT sum(amount) FROM z_report_lines l"
          + " WHERE l.z_report_id = z.id AND l.section = 'caja') = z.expected_cash"
          + " FROM z_reports z") == "1")
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    for (key, value) in o { #expect(z[key] as? Int == value, "\(key): \(z)") }
    #expect(z["efectivo_esperado"] as? Int == expected && z["diferencia_efectivo"] as? Int == 0)

    // Stored lines are ledger.
    let r = try box.sqlite(box.db, "UPDATE z_report_lines SET amount = 0")
    #expect(r.status != 0 && r.stderr.contains("no se puede modificar"), "\(r.transcript)")
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  /// A Z closed before migration 14 has no lines by kind: it reads its
  /// four kinds from its columns, with the same figures as before.
  @Test func aZFromBeforeTheMigrationShowsTheSameFigures() throws {
    let dump = PackagePaths.root.appendingPathComponent(
      "Tests/EndToEndTests/Corpus/tienda-v12-pagos.sql")
    #expect(try box.sqlite(box.db, ".read '\(dump.path)'").status == 0)
    let columns = try sql(
      "SELECT cash_sales, cash_refunds, deposits, withdrawals, expected_cash FROM z_reports"
        + " WHERE number = 1"
    ).split(separator: "|").map { Int($0) ?? -1 }
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    #expect(z["efectivo_ventas"] as? Int == columns[0], "\(z)")
    #expect(z["efectivo_devuelto"] as? Int == columns[1], "\(z)")
    #expect(z["ingresos"] as? Int == columns[2], "\(z)")
    #expect(z["retiros"] as? Int == columns[3], "\(z)")
    #expect(z["efectivo_esperado"] as? Int == columns[4], "\(z)")
    #expect(try sql("SELECT count(*) FROM z_report_lines") == "0")
  }

  @Test func aShopDeactivatesABuiltInAndItsRefundsStillGoBack() throws {
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "vender 1 pan pagar débito",
      "desactivar medio de pago débito")
    let before = try sql("SELECT count(*) FROM sales")
    // One-line sale: the file refuses it, worded; nothing is written.
    try refused("vender 1 pan pagar débito", "«débito» está desactivado")
    try refused("vender 1 pan pagar efectivo 500, débito", "«débito» está desactivado")
    #expect(try sql("SELECT count(*) FROM sales") == before)
    #expect(try sql("SELECT count(*) FROM tickets") == "0")
    // Ticket mode: refused at `pagar`, the ticket stays open to pay otherwise.
    let ticket = try box.tienda(["-c", "vender 1 pan", "-c", "pagar débito"])
    #expect(ticket.status == 1 && ticket.stderr.contains("«débito» está desactivado"))
    try box.ok("pagar efectivo")
    // The old débito sale goes back by débito (DESIGN §8.12).
    try box.ok("devolver venta 1 reembolso original")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL") == "débito|1000")
    let listed = try box.ok("listar medios de pago como csv").stdout
    #expect(listed.contains("débito;tarjeta;opcional;no;sí;2"), "\(listed)")
    try box.ok("editar medio de pago débito activo sí", "vender 1 pan pagar débito")
  }

  @Test func aBuiltInMayRequireAReferenceButKeepsItsType() throws {
    try box.ok("crear producto Pan precio 1000 stock 100")
    try box.ok("editar medio de pago crédito referencia obligatoria")
    try refused("vender 1 pan pagar crédito", "«crédito» pide el número de referencia")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
    try box.ok("vender 1 pan pagar crédito ref 4471")
    #expect(try sql("SELECT reference FROM payments") == "4471")
    try refused("editar medio de pago débito tipo billetera", "su tipo no cambia")
    try refused("desactivar medio de pago efectivo", "efectivo")
  }

  @Test func ventasFooterSumsEachMethodWithItsPayments() throws {
    try box.ok(
      "crear producto Pan precio 1000 stock 100",
      "crear medio de pago amipass tipo billetera", "vender 2 pan pagar efectivo 5000",
      "vender 1 pan pagar débito", "vender 3 pan pagar efectivo 1000, amipass ref 12",
      "vender 1 pan pagar amipass")
    let out = try box.ok("ventas").stdout
    let oracle = try sql(
      "SELECT method, count(*), sum(amount) FROM payments GROUP BY method ORDER BY min(id)")
    #expect(oracle == "efectivo|2|3000\ndébito|1|1000\namipass|2|3000")
    #expect(
      out.contains("Efectivo $3.000 (2 pagos) · Débito $1.000 (1 pago) · Amipass $3.000 (2 pagos)"),
      "\(out)")
    let byRef = try box.ok("ventas ref 12").stdout
    #expect(byRef.contains("Efectivo $1.000 (1 pago) · Amipass $2.000 (1 pago)"), "\(byRef)")
  }

  @Test func cashKeepsItsRulesAndShopMethodsAreNotCash() throws {
    try refused("editar medio de pago efectivo referencia obligatoria", "ni pedir referencia")
    try refused("crear medio de pago dolares tipo efectivo", "no puede ser de tipo efectivo")
    try box.ok("crear medio de pago dolares tipo otro")
    try refused("editar medio de pago dolares tipo efectivo", "no puede ser de tipo efectivo")
  }

  /// Selling a gift card checks its payment's method like a ticket does,
  /// and those payments count as the method's.
  @Test func aGiftCardSoldByABuiltInFollowsItsRules() throws {
    try box.ok("editar medio de pago débito referencia obligatoria")
    try refused("emitir tarjeta-regalo 1000 pagar débito", "«débito» pide el número de referencia")
    try box.ok("emitir tarjeta-regalo 1000 pagar débito ref 55")
    try box.ok("desactivar medio de pago crédito")
    try refused("emitir tarjeta-regalo 1000 pagar crédito", "«crédito» está desactivado")
    let listed = try box.ok("listar medios de pago como csv").stdout
    #expect(listed.contains("débito;tarjeta;obligatoria;sí;sí;1"), "\(listed)")
    try box.ok("desactivar medio de pago tarjeta-regalo")
    try refused("emitir tarjeta-regalo 1000 pagar efectivo", "«tarjeta-regalo» está desactivado")
    #expect(try sql("SELECT count(*) FROM gift_cards") == "1")
  }
}
