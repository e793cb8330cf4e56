import Foundation
import Testing

/// Suppliers and purchases (issue 18): weighted average cost, the margin
/// report after it, a void after some stock was sold, a cash payment from
/// the register in the arqueo and the Z. Figures checked against Python-
/// like arithmetic written here and hand-written SQL, never the code.
@Suite struct PurchaseTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear proveedor \"Distribuidora Sur\" rut 76.086.428-5 teléfono 221234567")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Independent weighted average: round half up of Σ value / Σ units.
  func average(_ stock: Int, _ cost: Int, _ qty: Int, _ unit: Int) -> Int {
    stock <= 0 ? unit : (2 * (stock * cost + qty * unit) + (stock + qty)) / (2 * (stock + qty))
  }

  @Test func weightedAverageWorkedExampleAndMargin() throws {
    try box.ok("comprar a distribuidora factura 1234: 30 coca cola a 1200")
    #expect(try sql("SELECT cost, stock FROM products") == "\(average(10, 1000, 30, 1200))|40000")
    #expect(average(10, 1000, 30, 1200) == 1150)
    // Paid = net + IVA 19 %: 36.000 + 6.840.
    #expect(try sql("SELECT net, taxes, total FROM purchases WHERE id = 1") == "36000|6840|42840")
    try box.ok("vender 20 coca cola pagar efectivo")
    try box.ok("comprar a distribuidora factura 1235: 10 coca cola a 1300")
    let expected = average(20, 1150, 10, 1300)
    #expect(try sql("SELECT cost FROM products") == "\(expected)")
    // A figure that needs rounding: 30 @ 1200 + 7 @ 1333 → 45.331 / 37 = 1.225,16.
    try box.ok("comprar a distribuidora: 7 coca cola a 1333")
    #expect(try sql("SELECT cost FROM products") == "\(average(30, expected, 7, 1333))")
    #expect(average(30, 1200, 7, 1333) == 1225)
    // The margin report: 20 sold at $1.990 with IVA included, cost 1.150 each.
    let net = (1990 * 20 * 100_000 * 2 + 119_000) / (119_000 * 2)
    let report = try jsonObject(try box.ok("informe ganancias hoy como json").stdout)
    let totals = try #require(report["totales"] as? [String: Any])
    #expect(totals["costo"] as? Int == 20 * 1150, "\(report)")
    #expect(totals["neto"] as? Int == net, "\(report)")
    #expect(totals["margen"] as? Int == net - 20 * 1150, "\(report)")
    // The ledger refuses edits.
    let edit = try box.sqlite(box.db, "UPDATE purchases SET total = 1")
    #expect(edit.stderr.contains("no se puede modificar"), "\(edit.stderr)")
  }

  @Test func grossPricesMakeTheTaxPartOfTheCost() throws {
    try box.ok("ajustar stock coca cola =0")
    try box.ok("comprar a distribuidora precios con iva: 10 coca cola a 1190")
    #expect(try sql("SELECT cost FROM products") == "1190")
    #expect(try sql("SELECT net, taxes, total FROM purchases") == "10000|1900|11900")
  }

  @Test func voidAfterSomeWasSold() throws {
    try box.ok("comprar a distribuidora factura 9: 30 coca cola a 1200")
    try box.ok("vender 5 coca cola pagar efectivo")
    // 35 left; voiding takes 30 out: 5 remain at the average (nothing
    // rolled back once some was sold).
    let r = try box.ok("anular compra 1 motivo \"factura duplicada\"")
    #expect(r.stdout.contains("anulada"), "\(r.stdout)")
    #expect(try sql("SELECT stock, cost FROM products") == "5000|1150")
    #expect(
      try sql("SELECT kind, quantity, reason FROM stock_movements ORDER BY id DESC LIMIT 1")
        == "anulación|-30000|anulación de compra 1")
    #expect(try sql("SELECT count(*) FROM purchase_voids") == "1")
    // Voided twice: refused.
    #expect(try box.commands("anular compra 1 motivo \"otra vez\"").status == 1)
    // A void that would leave stock below zero is refused, nothing changes.
    try box.ok("comprar a distribuidora: 30 coca cola a 1200", "vender 30 coca cola pagar efectivo")
    let refused = try box.commands("anular compra 2 motivo \"error\"")
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("bajo cero") || refused.stderr.contains("stock"), "\(refused.stderr)")
    #expect(try sql("SELECT stock FROM products") == "5000")
    #expect(try sql("SELECT count(*) FROM purchase_voids") == "1")
  }

  @Test func voidRightAfterRestoresTheCost() throws {
    try box.ok("comprar a distribuidora: 30 coca cola a 1200")
    try box.ok("anular compra 1 motivo \"mal ingresada\"")
    #expect(try sql("SELECT stock, cost FROM products") == "10000|1000")
  }

  @Test func cashPaymentFromTheRegisterClosesAtZero() throws {
    try box.ok(
      "abrir caja 50000", "vender 3 coca cola pagar efectivo 10000",
      "comprar a distribuidora factura 77: 30 coca cola a 1200",
      "saldar compra 1 efectivo 20000")
    // Independent model: float + cash kept from sales − paid to suppliers.
    let salesCash = Int(
      try sql("SELECT sum(tendered - change) FROM payments WHERE method = 'efectivo'"))!
    #expect(salesCash == 5970)
    let expected = 50000 + salesCash - 20000
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == expected, "\(x)")
    #expect(x["pagos_a_proveedores"] as? Int == 20000, "\(x)")
    #expect(try box.ok("arqueo").stdout.contains("Pagos a proveedores (1)"))
    // More than the drawer holds (35.970): refused.
    try box.ok("comprar a distribuidora: 100 coca cola a 1200")
    let beyond = try box.commands("saldar compra 2 efectivo 40000")
    #expect(beyond.status == 1)
    #expect(beyond.stderr.contains("No alcanza el efectivo"), "\(beyond.stderr)")
    // Transfer: no cash moves.
    try box.ok("saldar compra 1 transferencia 2000 ref 5511")
    let closed = try box.ok("cerrar caja \(expected)")
    #expect(closed.stdout.contains("Diferencia $0"), "\(closed.stdout)")
    #expect(
      try sql("SELECT amount FROM z_report_lines WHERE kind = 'pagos-a-proveedores'") == "-20000")
    let debts = try box.ok("deudas con proveedores como csv").stdout
    #expect(debts.contains("20840"), "\(debts)")  // 42.840 − 20.000 − 2.000
    #expect(debts.contains("142800"), "\(debts)")
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func openPurchaseIsTheTerminalsDocument() throws {
    let lines = [
      "recibir compra distribuidora factura 55", "24 coca cola a 1100", "2 coca cola a 1000",
      "quitar línea 2", "vender 1 coca cola", "total", "confirmar pagada transferencia ref 9",
    ]
    let r = try box.tienda(["--seguir"], stdin: lines.joined(separator: "\n") + "\n")
    #expect(r.stdout.contains("Quitada: 2 Coca Cola."), "\(r.transcript)")
    #expect(r.stdout.contains("Total: $31.416"), "\(r.transcript)")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("Ya hay una compra abierta"), "\(r.transcript)")
    #expect(try sql("SELECT sum(quantity) FROM purchase_lines") == "24000")
    let net: Int = 24 * 1100
    let iva: Int = (net * 19 + 50) / 100
    #expect(try sql("SELECT total FROM purchases") == String(net + iva))
    #expect(try sql("SELECT count(*) FROM purchase_drafts") == "0")
    #expect(try sql("SELECT count(*) FROM tickets WHERE state = 'abierto'") == "0")
  }

  @Test func lowMarginsAreListedAndPricesKept() throws {
    try box.ok("configurar margen mínimo 40%")
    let r = try box.ok("comprar a distribuidora: 30 coca cola a 1200")
    // Net price 1.990 / 1,19 = 1.672; cost 1.150 → margin 31,2 % < 40 %.
    let net = (1990 * 100 * 2 + 119) / (119 * 2)
    #expect(net == 1672)
    #expect(r.stdout.contains("margen bajo 40"), "\(r.stdout)")
    #expect(r.stdout.contains("Coca Cola: precio $1.990, costo $1.150"), "\(r.stdout)")
    #expect(try sql("SELECT price FROM products") == "1990")
    // Under the default 20 % nothing is listed.
    try box.ok("configurar margen mínimo 20%")
    let quiet = try box.ok("comprar a distribuidora: 1 coca cola a 1150")
    #expect(!quiet.stdout.contains("margen bajo"), "\(quiet.stdout)")
  }

  @Test func noStockOnHandTakesThePurchaseCost() throws {
    try box.ok(
      "editar producto coca cola vender-sin-stock sí", "vender 15 coca cola pagar efectivo",
      "comprar a distribuidora: 10 coca cola a 1300")
    // Stock was −5: the new cost is the purchase's, not an average.
    #expect(try sql("SELECT stock, cost FROM products") == "5000|1300")
  }

  @Test func debtsFlagOverdueAndPendingFilter() throws {
    try box.ok(
      "comprar a distribuidora factura A fecha 01-11-2026 vence 15-11-2026: 1 coca cola a 1000",
      "comprar a distribuidora factura B vence 31-12-2026: 2 coca cola a 1000",
      "comprar a distribuidora factura C: 3 coca cola a 1000 pagada transferencia")
    let debts = try jsonArray(try box.ok("deudas con proveedores como json").stdout)
    #expect(debts.map { $0["factura"] as? String } == ["A", "B"], "\(debts)")
    #expect(debts.map { $0["vencida"] as? Bool } == [true, false], "\(debts)")
    #expect(debts.map { $0["saldo"] as? Int } == [1190, 2380], "\(debts)")
    let pending = try jsonArray(try box.ok("listar compras pendientes como json").stdout)
    #expect(pending.count == 2, "\(pending)")
    let bad = try box.commands(
      "comprar a distribuidora fecha 10-12-2026 vence 01-12-2026: 1 coca cola a 1")
    #expect(bad.status == 1 && bad.stderr.contains("vencimiento"), "\(bad.transcript)")
  }

  @Test func listingsFitAndExport() throws {
    try box.ok("comprar a distribuidora factura 1: 2 coca cola a 1000")
    for command in ["listar proveedores", "listar compras", "deudas con proveedores"] {
      let text = try box.ok(command).stdout
      #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
      _ = try JSONSerialization.jsonObject(
        with: Data(try box.ok(command + " como json").stdout.utf8))
    }
  }
}

/// A purchase left open by a terminal that is gone is taken over by the
/// same user's next `recibir compra` on that register (DESIGN §8.4).
@Suite struct PurchaseOrphanTests {
  @Test func nextReceiveAdoptsTheOrphan() throws {
    let box = try Sandbox()
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear proveedor \"Distribuidora Sur\"")
    let first = try box.tienda(
      [], stdin: "recibir compra distribuidora factura 7\n30 coca cola a 1200\n")
    #expect(first.status == 0, "\(first.transcript)")
    let draft = try box.sqlite(box.db, "SELECT count(*) FROM purchase_draft_lines").stdout
    #expect(draft == "1\n")
    let second = try box.tienda(
      [], stdin: "recibir compra distribuidora\nconfirmar pagada transferencia\n")
    #expect(second.status == 0, "\(second.transcript)")
    #expect(second.stdout.contains("Se retomó la compra"), "\(second.transcript)")
    let row = try box.sqlite(box.db, "SELECT invoice, total FROM purchases").stdout
    #expect(row == "7|42840\n")
    let paid = try box.sqlite(box.db, "SELECT method, amount FROM purchase_payments").stdout
    #expect(paid == "transferencia|42840\n")
  }
}
