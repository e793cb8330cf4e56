import Foundation
import Testing

/// Fixes after the fresh-eye review of issue 18 (arreglos18).
@Suite struct Issue18FixTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  func at(_ when: String, _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation)
    throws -> RunResult
  {
    let r = try box.tienda(lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// Item 1: a recurrence whose first day is ahead has no instance yet; it
  /// is listed and stopped by its own number or description.
  @Test func recurringListedAndStoppedBeforeFirstInstance() throws {
    try at(
      "2027-01-10T15:00:00Z",
      "crear gasto \"Arriendo local\" 350000 categoría local cada mes día 20",
      "crear gasto \"Contador\" 60000 categoría servicios cada semana viernes vence 05-02-2027")
    #expect(try sql("SELECT count(*) FROM expenses") == "0")
    let listed = try at("2027-01-10T15:00:00Z", "gastos recurrentes").stdout
    #expect(listed.contains("Arriendo local") && listed.contains("cada mes el día 20"), "\(listed)")
    #expect(listed.contains("20-01-2027") && listed.contains("05-02-2027"), "\(listed)")
    #expect(!listed.split(separator: "\n").contains { $0.count > 80 }, "\(listed)")
    let json = try jsonArray(try at("2027-01-10T15:00:00Z", "gastos recurrentes como json").stdout)
    #expect(json.count == 2, "\(json)")
    let first = json.first ?? [:]
    #expect(first["numero"] as? Int == 1 && first["monto"] as? Int == 350000, "\(json)")
    #expect(first["activo"] as? Bool == true && first["categoria"] as? String == "local")
    #expect(first["proximo_vencimiento"] as? String == "2027-01-20", "\(json)")
    let csv = try at("2027-01-10T15:00:00Z", "gastos recurrentes como csv").stdout
    #expect(csv.hasPrefix("numero;descripcion;categoria;monto;regla;proximo_vencimiento;activo"))

    // By description (case and accents aside), then by number.
    let stopped = try at("2027-01-10T15:00:00Z", "detener gasto recurrente \"arriendo LOCAL\"")
    #expect(stopped.stdout.contains("Arriendo local"), "\(stopped.transcript)")
    try at("2027-01-10T15:00:00Z", "detener gasto recurrente 2")
    #expect(try sql("SELECT group_concat(active) FROM expense_recurrences") == "0,0")
    // Stopped: nothing is created when the day arrives.
    try at("2027-02-25T15:00:00Z", "gastos pendientes")
    #expect(try sql("SELECT count(*) FROM expenses") == "0")
    let again = try box.tienda(
      ["-c", "detener gasto recurrente 1"], env: ["TIENDA_AHORA": "2027-02-25T15:00:00Z"])
    #expect(again.status == 1 && again.stderr.contains("ya estaba detenido"), "\(again.transcript)")
    let missing = try box.tienda(
      ["-c", "detener gasto recurrente \"Luz\""], env: ["TIENDA_AHORA": "2027-02-25T15:00:00Z"])
    #expect(
      missing.status == 1 && missing.stderr.contains("gastos recurrentes"), "\(missing.transcript)")
    #expect(
      try sql("SELECT count(*) FROM journal WHERE action = 'gastos.detener'") == "2")
  }

  /// Item 1: `detener gasto N` still stops by an instance's number.
  @Test func stopByInstanceStillWorks() throws {
    try at(
      "2027-01-20T15:00:00Z", "crear gasto \"Arriendo\" 300000 categoría local cada mes día 20")
    try at("2027-01-20T15:00:00Z", "detener gasto 1")
    let json = try jsonArray(try at("2027-01-20T15:00:00Z", "gastos recurrentes como json").stdout)
    #expect(json.first?["activo"] as? Bool == false, "\(json)")
  }

  /// Item 2: products sold without a cost stay out of the margin and the
  /// result (as in `informe ganancias`), their sales on their own line.
  @Test func resultLeavesSalesWithoutCostOut() throws {
    try box.ok(
      "crear producto Bebida precio 1190 costo 500 stock 100",
      "crear producto Regalo precio 2380 stock 100", "abrir caja 10000",
      "vender 2 bebida, 1 regalo pagar débito",
      "crear gasto \"Bolsas\" 5000 categoría insumos")
    let totals = try #require(
      try jsonObject(try box.ok("informe resultado mes como json").stdout)["totales"]
        as? [String: Any])
    // By hand from the ledger: net of the lines whose product has a cost.
    let costed = try sql(
      "SELECT sum(l.net) FROM sale_lines l JOIN products p ON p.id = l.product_id"
        + " WHERE p.cost IS NOT NULL")
    let uncosted = try sql(
      "SELECT sum(l.net) FROM sale_lines l JOIN products p ON p.id = l.product_id"
        + " WHERE p.cost IS NULL")
    #expect(costed == "2000" && uncosted == "2000")
    #expect(totals["neto"] as? Int == 4000, "\(totals)")
    #expect(totals["neto_con_costo"] as? Int == 2000, "\(totals)")
    #expect(totals["ventas_sin_costo"] as? Int == 2000, "\(totals)")
    #expect(totals["costo"] as? Int == 1000, "\(totals)")  // 2 × 500
    #expect(totals["margen"] as? Int == 1000, "\(totals)")
    #expect(totals["resultado"] as? Int == -4000, "\(totals)")
    // The same margin as `informe ganancias`.
    let profit = try #require(
      try jsonObject(try box.ok("informe ganancias mes como json").stdout)["totales"]
        as? [String: Any])
    #expect(profit["margen"] as? Int == 1000, "\(profit)")
    let text = try box.ok("informe resultado").stdout
    #expect(text.contains("Margen bruto (ventas con costo)"), "\(text)")
    #expect(text.contains("no cuentan las ventas sin costo ($2.000 netas)"), "\(text)")
  }

  /// Item 3: an unpaid expense in `deudas con proveedores` is not shown
  /// under a «Proveedor» heading; the key says what it holds.
  @Test func debtsLabelExpenseRows() throws {
    try box.ok(
      "crear proveedor \"Distribuidora Sur\"",
      "crear gasto \"Luz noviembre\" 45000 categoría servicios vence 30-12-2026")
    let text = try box.ok("deudas con proveedores").stdout
    #expect(text.contains("Proveedor / gasto") && text.contains("gasto 1"), "\(text)")
    let json = try jsonArray(try box.ok("deudas con proveedores como json").stdout)
    #expect(json.first?["proveedor_o_gasto"] as? String == "Luz noviembre", "\(json)")
    #expect(json.first?["proveedor"] == nil, "\(json)")
    let csv = try box.ok("deudas con proveedores como csv").stdout
    #expect(csv.hasPrefix("proveedor_o_gasto;documento"), "\(csv)")
  }

  /// Item 5: `cancelar motivo "…"` inside an open purchase cancels it and
  /// journals the reason, like a ticket's cancel.
  @Test func cancelPurchaseWithReason() throws {
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear proveedor \"Distribuidora Sur\"")
    let lines = [
      "recibir compra distribuidora factura 55", "24 coca cola a 1100",
      "cancelar motivo \"factura equivocada\"",
    ]
    let r = try box.tienda([], stdin: lines.joined(separator: "\n") + "\n")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM purchase_drafts") == "0", "\(r.transcript)")
    #expect(
      try sql(
        "SELECT json_extract(after, '$.motivo') FROM journal WHERE action = 'compra.cancelar'")
        == "factura equivocada")
  }

  /// Item 4: adopting an orphaned purchase when another supplier and
  /// invoice were typed says the typed one was not opened, and how.
  @Test func adoptionSaysTheTypedPurchaseWasNotOpened() throws {
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear proveedor \"Distribuidora Sur\"", "crear proveedor \"Feria Lo Valledor\"")
    let first = try box.tienda(
      [], stdin: "recibir compra distribuidora factura 7\n30 coca cola a 1200\n")
    #expect(first.status == 0, "\(first.transcript)")
    let second = try box.tienda([], stdin: "recibir compra feria factura 77\n")
    #expect(second.stdout.contains("Se retomó la compra"), "\(second.transcript)")
    #expect(
      second.stdout.contains("La compra a «feria» factura 77 NO se abrió"), "\(second.transcript)")
    #expect(second.stdout.contains("«cancelar»"), "\(second.transcript)")
    #expect(try sql("SELECT invoice FROM purchase_drafts") == "7")
    // The same supplier, no invoice typed: only the notice of the adoption.
    let third = try box.tienda([], stdin: "recibir compra distribuidora\n")
    #expect(third.stdout.contains("Se retomó la compra"), "\(third.transcript)")
    #expect(!third.stdout.contains("NO se abrió"), "\(third.transcript)")
  }

  /// Item 6: `<cantidad> <producto> importe <total de la línea>` in a
  /// purchase: unit cost = importe ÷ cantidad, rounded to the peso.
  @Test func purchaseLineByItsAmount() throws {
    try box.ok(
      "crear producto \"Coca Cola\" precio 1990 costo 1000 stock 10",
      "crear proveedor \"Distribuidora Sur\"",
      "comprar a distribuidora: 24 coca cola importe 26400, 7 coca cola importe 1000")
    // By hand: 26400 / 24 = 1100; 1000 / 7 = 142,86 → 143.
    #expect(
      try sql("SELECT group_concat(quantity || ':' || unit_cost) FROM purchase_lines")
        == "24000:1100,7000:143")
  }
}
