import Foundation
import Testing

/// Bugs found by the fresh-eye review of issue 18 (purchases, suppliers,
/// expenses), each pinned through the real binary and checked with
/// hand-written SQL.
@Suite struct Issue18ReviewTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear producto tomate precio 1200 unidad kg costo 500 stock 5",
      "crear proveedor \"Distribuidora Sur\"")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Fiado, gift cards and points are the customers' money: a purchase is
  /// not paid with them (as an expense is not), neither at `confirmar`,
  /// `comprar a … pagada` nor `saldar compra`.
  @Test func purchaseIsNotPaidWithCustomersMoney() throws {
    for method in ["fiado", "tarjeta-regalo", "puntos"] {
      let r = try box.commands("comprar a distribuidora: 3 coca cola a 1000 pagada \(method)")
      #expect(r.status == 1, "\(r.transcript)")
      #expect(r.stderr.contains("dinero de los clientes"), "\(r.stderr)")
    }
    #expect(try sql("SELECT count(*) FROM purchases") == "0")
    try box.ok("comprar a distribuidora: 3 coca cola a 1000")
    let r = try box.commands("saldar compra 1 fiado")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("dinero de los clientes"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM purchase_payments") == "0")
  }

  /// `saldar compra N 5000` and `saldar gasto N 5000`: an amount where the
  /// method may go is the amount, paid by the default method
  /// (transferencia for a purchase, efectivo for an expense).
  @Test func settleWithOnlyAnAmount() throws {
    try box.ok("comprar a distribuidora: 10 coca cola a 1000")  // 10.000 + 1.900 IVA
    let r = try box.commands("saldar compra 1 5000")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      try sql("SELECT method || '|' || amount FROM purchase_payments") == "transferencia|5000")
    try box.ok("abrir caja 20000", "crear gasto \"Luz\" 45000 categoría servicios")
    let e = try box.commands("saldar gasto 1 $2.000")
    #expect(e.status == 0, "\(e.transcript)")
    #expect(try sql("SELECT method || '|' || amount FROM expense_payments") == "efectivo|2000")
  }

  /// `quitar línea N` of a weighed line names its unit: «10 kg tomate».
  @Test func removedWeighedLineShowsItsUnit() throws {
    let r = try box.commands(
      "recibir compra distribuidora", "10 kg tomate a 700", "quitar línea 1")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("Quitada: 10 kg tomate."), "\(r.stdout)")
  }
}

extension Issue18ReviewTests {
  /// The products under the minimum margin after a purchase show their
  /// margin with one decimal, as `ver producto` does (not «16,268%»).
  @Test func lowMarginHasOneDecimal() throws {
    try box.ok("ajustar stock coca cola =0")
    let r = try box.commands("comprar a distribuidora: 10 coca cola a 1400")
    #expect(r.status == 0, "\(r.transcript)")
    // Net price 1990 / 1,19 = 1.672; (1.672 − 1.400) / 1.672 = 16,27 %.
    #expect(r.stdout.contains("margen 16,3%"), "\(r.stdout)")
    #expect(try box.ok("ver producto coca cola").stdout.contains("16,3%"))
  }
}

extension Issue18ReviewTests {
  /// With every supplier deactivated, `listar proveedores` does not say
  /// there are none: it says how to see the deactivated ones.
  @Test func listingWithOnlyInactiveSuppliersPointsToTodos() throws {
    try box.ok("desactivar proveedor distribuidora")
    let r = try box.ok("listar proveedores")
    // (The message wraps at 80 columns.)
    #expect(r.stdout.contains("desactivados se ven con"), "\(r.stdout)")
    #expect(r.stdout.contains("todos"), "\(r.stdout)")
    #expect(try box.ok("listar proveedores todos").stdout.contains("Distribuidora Sur"))
  }
}

extension Issue18ReviewTests {
  /// `listar compras <período>` takes the purchases whose invoice date (the
  /// «Fecha» it shows) falls in the period: a factura of October entered
  /// today is an October purchase, not one of today.
  @Test func purchaseListingPeriodIsTheInvoiceDate() throws {
    try box.ok(
      "comprar a distribuidora fecha 01-10-2026 factura 77: 1 coca cola a 10",
      "comprar a distribuidora factura 78: 1 coca cola a 10")
    let today = try box.rows("listar compras hoy como json")
    #expect(today.compactMap { $0["factura"] as? String } == ["78"], "\(today)")
    let october = try box.rows("listar compras octubre como json")
    #expect(october.compactMap { $0["factura"] as? String } == ["77"], "\(october)")
    #expect(october.first?["fecha"] as? String == "2026-10-01", "\(october)")
  }
}

extension Issue18ReviewTests {
  /// A zero or negative payment says so: not «el monto 0 no puede ser
  /// negativo» nor «-5 no es un medio de pago».
  @Test func zeroOrNegativePurchasePaymentIsWorded() throws {
    try box.ok("comprar a distribuidora: 10 coca cola a 1000")
    let zero = try box.commands("saldar compra 1 transferencia 0")
    #expect(zero.status == 1, "\(zero.transcript)")
    #expect(zero.stderr.contains("mayor que cero"), "\(zero.stderr)")
    #expect(!zero.stderr.contains("negativo"), "\(zero.stderr)")
    let negative = try box.commands("saldar compra 1 -5")
    #expect(negative.status == 1, "\(negative.transcript)")
    #expect(negative.stderr.contains("no puede ser negativo"), "\(negative.stderr)")
    #expect(try sql("SELECT count(*) FROM purchase_payments") == "0")
  }
}
