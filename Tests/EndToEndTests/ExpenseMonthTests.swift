import Foundation
import Testing

/// A worked month of expenses (issue 18, part B) through the built binary,
/// each command at its own `TIENDA_AHORA`: sales and a refund, a monthly
/// rent generated once however many commands run after its day (two
/// terminals at once included) and again when the next month comes, a
/// one-off expense paid in cash from the register (arqueo and Z show it;
/// the register closes at difference 0 against an independent model), and
/// `informe resultado` against hand-written SQL over the ledger.
@Suite struct ExpenseMonthTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  /// Runs the lines at `when` (UTC; Santiago is UTC−3 in December).
  @discardableResult
  func at(
    _ when: String, _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    let r = try box.tienda(lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func int(_ query: String) throws -> Int { Int(try sql(query)) ?? Int.min }

  func rentInstances() throws -> String {
    try sql(
      "SELECT group_concat(period, ',') FROM (SELECT period FROM expenses"
        + " WHERE recurrence_id IS NOT NULL ORDER BY period)")
  }

  @Test func aWorkedMonth() throws {
    try at(
      "2026-12-01T12:00:00Z", "crear producto Bebida precio 1190 costo 600 stock 100",
      "crear producto Pan precio 590 costo 200 stock 100",
      "crear gasto \"Arriendo local\" 350000 categoría local cada mes día 5")
    // Created on the 1st: the first rent falls due on the 5th, not before.
    #expect(try rentInstances() == "")
    try at(
      "2026-12-02T13:00:00Z", "abrir caja 20000", "vender 3 bebida pagar efectivo 5000",
      "vender 2 pan, 1 bebida pagar débito", "vender 4 pan pagar efectivo 3000")
    try at("2026-12-04T23:00:00Z", "listar gastos", "gastos pendientes")
    #expect(try rentInstances() == "")

    // The 5th and after: many commands, many processes, one rent.
    try at("2026-12-05T11:00:00Z", "arqueo")
    #expect(try rentInstances() == "2026-12-05")
    try at("2026-12-05T12:00:00Z", "listar gastos", "gastos pendientes", "informe resultado")
    try at("2026-12-06T12:00:00Z", "vender 1 pan pagar efectivo 1000")
    try at("2026-12-09T12:00:00Z", "listar productos")
    #expect(try rentInstances() == "2026-12-05")
    let pending = try jsonArray(
      try at("2026-12-09T12:01:00Z", "gastos pendientes como json").stdout)
    #expect(pending.count == 1 && pending.first?["monto"] as? Int == 350000, "\(pending)")

    // A refund (cash) and a one-off expense paid in cash from the drawer.
    try at(
      "2026-12-10T14:00:00Z", "devolver venta 1 1 bebida",
      "crear gasto \"Bolsas\" 8000 categoría insumos pagado efectivo",
      "saldar gasto 1 transferencia")
    let x = try jsonObject(try at("2026-12-10T15:00:00Z", "arqueo como json").stdout)
    #expect(x["gastos_pagados"] as? Int == 8000, "\(x)")
    // Independent model of the drawer: float + cash kept from sales −
    // cash refunded − expenses paid in cash (prices end in 0: no rounding).
    let cashSales = 3 * 1190 + 4 * 590 + 590
    let model = 20000 + cashSales - 1190 - 8000
    #expect(
      try int(
        "SELECT sum(tendered - change) FROM payments WHERE method = 'efectivo'"
          + " AND sale_id IS NOT NULL") == cashSales)
    #expect(x["efectivo_esperado"] as? Int == model, "\(x)")
    let arqueo = try at("2026-12-10T15:00:00Z", "arqueo").stdout
    #expect(arqueo.contains("Gastos pagados (1):     $8.000"), "\(arqueo)")

    // Cash beyond the drawer is refused and changes nothing.
    try at("2026-12-11T12:00:00Z", "crear gasto \"Refrigerador\" 900000 categoría equipos")
    let tooMuch = try box.tienda(
      ["-c", "saldar gasto 3 efectivo"], env: ["TIENDA_AHORA": "2026-12-11T12:01:00Z"])
    #expect(tooMuch.status == 1 && tooMuch.stderr.contains("no alcanza"), "\(tooMuch.transcript)")
    #expect(try int("SELECT count(*) FROM expense_payments WHERE expense_id = 3") == 0)
    try at("2026-12-11T12:02:00Z", "anular gasto 3 motivo \"era una cotización\"")

    // The close: difference 0 against the model; the Z keeps the flow.
    let closed = try at("2026-12-11T22:00:00Z", "cerrar caja \(model) débito \(2 * 590 + 1190)")
    #expect(closed.stdout.contains("Diferencia $0"), "\(closed.stdout)")
    #expect(
      try sql("SELECT count, amount FROM z_report_lines WHERE kind = 'gastos-pagados'")
        == "1|-8000")
    let z = try at("2026-12-12T12:00:00Z", "informe z 1").stdout
    #expect(z.contains("Gastos pagados (1):     $8.000"), "\(z)")

    // informe resultado for December against the ledger.
    let net = try int(
      """
      SELECT (SELECT sum(l.net) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
        WHERE date(s.at, 'unixepoch', '-3 hours') BETWEEN '2026-12-01' AND '2026-12-31')
      - (SELECT coalesce(sum(rl.net), 0) FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
        WHERE date(r.at, 'unixepoch', '-3 hours') BETWEEN '2026-12-01' AND '2026-12-31')
      """)
    let cost = try int(
      """
      SELECT (SELECT sum(c.cost) FROM sale_line_costs c JOIN sale_lines l ON l.id = c.line_id)
      - (SELECT coalesce(sum(c.cost * rl.quantity / l.quantity), 0) FROM refund_lines rl
        JOIN sale_lines l ON l.id = rl.sale_line_id JOIN sale_line_costs c ON c.line_id = l.id)
      """)
    // By hand: sold 4 bebidas and 7 panes, 1 bebida back: 3 × 600 + 7 × 200.
    #expect(cost == 3 * 600 + 7 * 200)
    // 1.190 with IVA is 1.000 net; 590 is 496 net (rounded per ticket).
    #expect(net > 3 * 1000 + 7 * 495 && net <= 3 * 1000 + 7 * 496 + 7, "\(net)")
    let expenses = try int(
      "SELECT sum(amount) FROM expenses WHERE day BETWEEN '2026-12-01' AND '2026-12-31'"
        + " AND id NOT IN (SELECT expense_id FROM expense_voids)")
    #expect(expenses == 350000 + 8000)
    let report = try jsonObject(
      try at("2026-12-20T12:00:00Z", "informe resultado mes como json").stdout)
    let totals = try #require(report["totales"] as? [String: Any], "\(report)")
    #expect(totals["neto"] as? Int == net, "\(totals)")
    #expect(totals["costo"] as? Int == cost, "\(totals)")
    #expect(totals["margen"] as? Int == net - cost, "\(totals)")
    #expect(totals["gastos"] as? Int == expenses, "\(totals)")
    #expect(totals["resultado"] as? Int == net - cost - expenses, "\(totals)")
    let rows = try #require(report["filas"] as? [[String: Any]])
    let byName = Dictionary(
      uniqueKeysWithValues: rows.map { ($0["nombre"] as? String ?? "", $0["monto"] as? Int) })
    #expect(byName["Gastos: local"] == 350000, "\(rows)")
    #expect(byName["Gastos: insumos"] == 8000, "\(rows)")
    #expect(byName["Gastos: equipos"] == nil, "voided: \(rows)")

    // January comes: two terminals at once, then more commands; one rent.
    let group = DispatchGroup()
    let results = LockedResults()
    nonisolated(unsafe) let shared = box  // each thread only starts a process
    for _ in 0..<3 {
      group.enter()
      Thread.detachNewThread {
        results.append(
          try? shared.tienda(
            ["-c", "gastos pendientes"], env: ["TIENDA_AHORA": "2027-01-05T12:00:00Z"]))
        group.leave()
      }
    }
    group.wait()
    #expect(results.all.map { $0?.status } == [0, 0, 0], "\(results.all.map { $0?.transcript })")
    try at("2027-01-06T12:00:00Z", "listar gastos", "informe resultado")
    #expect(try rentInstances() == "2026-12-05,2027-01-05")
    // December's result did not move with January's rent.
    let again = try jsonObject(
      try at("2027-01-06T12:00:00Z", "informe resultado diciembre 2026 como json").stdout)
    #expect((again["totales"] as? [String: Any])?["resultado"] as? Int == net - cost - expenses)
    #expect(try at("2027-01-06T12:00:00Z", "verificar base").stdout.contains("La base está sana."))
  }
}
