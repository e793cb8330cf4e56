import Foundation
import Testing

/// Customer accounts, «fiado» (issue 16 B) through the built binary: the
/// worked example of the issue, checked against arithmetic written here and
/// hand-written SQL over `account_moves`, `payments` and `cash_*`, never
/// against the code under test.
@Suite struct AccountWorkedExampleTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "crear producto Queso precio 4500 stock 50",
      "abrir caja 10000", "crear cliente \"Juan Pérez\" límite 50000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// One command at a given instant (TIENDA_AHORA, UTC).
  @discardableResult
  func at(_ when: String, _ line: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> RunResult
  {
    let r = try box.tienda(["-c", line], env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  @Test func workedExample() throws {
    // Three sales on credit (the third partly in cash), two abonos, a
    // loan, and a return of a credit sale.
    try at("2026-11-20T13:00:00Z", "vender 3 pan cliente juan pagar fiado")  // 3.000
    try at("2026-11-21T13:00:00Z", "vender 2 queso cliente juan pagar fiado")  // 9.000
    // 1 pan + 1 queso = 5.500: 2.000 in cash, 3.500 on credit.
    try at("2026-11-21T14:00:00Z", "vender 1 pan, 1 queso cliente juan pagar efectivo 2000, fiado")
    let abono = try at("2026-11-22T13:00:00Z", "abonar juan 5000")
    #expect(abono.stdout.contains("Abono de Juan Pérez por $5.000"), "\(abono.stdout)")
    try at("2026-11-22T14:00:00Z", "abonar juan 4000 transferencia ref 777")
    try at("2026-11-22T15:00:00Z", "prestar juan 2000 motivo \"remedios\"")
    // Return 1 queso of sale 2 (paid all on credit): back to the account.
    let back = try at("2026-11-23T13:00:00Z", "devolver venta 2 1 queso")
    #expect(!back.stdout.contains("Entregue"), "\(back.stdout)")

    // The model, by hand: each move and the running balance.
    let amounts = [3000, 9000, 3500, -5000, -4000, 2000, -4500]
    var running = 0
    let balances = amounts.map {
      running += $0
      return running
    }
    #expect(balances == [3000, 12000, 15500, 10500, 6500, 8500, 4000])

    // The ledger as written, in order (SQL over the file).
    #expect(
      try sql("SELECT kind || ':' || amount FROM account_moves ORDER BY id")
        == "venta:3000\nventa:9000\nventa:3500\nabono:-5000\nabono:-4000\npréstamo:2000\n"
        + "devolución:-4500\n")
    #expect(try sql("SELECT sum(amount) FROM account_moves") == "4000\n")
    #expect(try sql("SELECT balance FROM account_balances") == "4000\n")
    // The return points at its refund; the sale moves at their sales.
    #expect(
      try sql(
        "SELECT count(*) FROM account_moves m JOIN refunds f ON f.id = m.refund_id"
          + " WHERE m.kind = 'devolución' AND f.kind = 'devolución'") == "1\n")
    #expect(
      try sql(
        "SELECT group_concat(s.number) FROM account_moves m JOIN sales s ON s.id = m.sale_id")
        == "1,2,3\n")
    // The refund was paid by fiado, no cash handed back.
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL")
        == "fiado|4500\n")

    // The statement: every line and its running balance exact.
    let statement = try jsonArray(try box.ok("estado de cuenta juan como json").stdout)
    #expect(statement.map { $0["monto"] as? Int } == amounts)
    #expect(statement.map { $0["saldo"] as? Int } == balances)
    #expect(
      statement.map { $0["movimiento"] as? String }
        == ["venta", "venta", "venta", "abono", "abono", "préstamo", "devolución"])
    // A period: the balance before it opens the statement.
    let period = try box.ok("estado de cuenta juan desde 22-11-2026 hasta 22-11-2026")
    #expect(period.stdout.contains("Saldo anterior $15.500"), "\(period.stdout)")
    #expect(!period.stdout.contains("venta"), "\(period.stdout)")

    // Debtors: the balance, the limit and the oldest unpaid day (FIFO by
    // hand: 4.000 owed is covered by the newest charges back from the end:
    // the loan 2.000 (22-11) + 3.500 of the 21-11 sale → 21-11).
    let debtors = try jsonArray(try box.ok("deudores como json").stdout)
    #expect(debtors.count == 1)
    #expect(debtors.first?["saldo"] as? Int == 4000)
    #expect(debtors.first?["limite"] as? Int == 50000)
    #expect(debtors.first?["desde"] as? String == "2026-11-21")
    #expect(debtors.first?["sobre_limite"] as? Bool == false)

    // The register: float 10.000 + cash of sale 3 (2.000) + cash abono
    // (5.000) − loan (2.000) = 15.000; the transfer abono counts in
    // transferencia. Sales in the X are only the sales (3.000 + 9.000 +
    // 5.500), abonos and loans apart.
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 10000 + 2000 + 5000 - 2000, "\(x)")
    #expect(x["efectivo_abonos"] as? Int == 5000, "\(x)")
    #expect(x["prestamos"] as? Int == 2000, "\(x)")
    #expect(x["transferencia_esperado"] as? Int == 4000, "\(x)")
    #expect(x["fiado_vendido"] as? Int == 3000 + 9000 + 3500, "\(x)")
    #expect(x["fiado_devuelto"] as? Int == 4500, "\(x)")
    #expect(x["abonos_recibidos"] as? Int == 9000, "\(x)")
    // Abonos and loans are not sales.
    #expect(try sql("SELECT sum(total) FROM sales") == "17500\n")

    // Close at difference 0, and the Z keeps the account figures.
    let close = try box.ok("cerrar caja 15000 transferencia 4000")
    #expect(close.status == 0)
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    #expect(z["diferencia_efectivo"] as? Int == 0, "\(z)")
    #expect(z["transferencia_diferencia"] as? Int == 0, "\(z)")
    #expect(z["fiado_vendido"] as? Int == 15500, "\(z)")
    #expect(z["abonos_transferencia"] as? Int == 4000, "\(z)")
    #expect(
      try sql(
        "SELECT kind || ':' || amount FROM z_report_lines WHERE section = 'fiado' ORDER BY position"
      ) == "vendido:15500\ndevuelto:4500\nabonos:efectivo:5000\nabonos:transferencia:4000\n"
        + "préstamos:2000\n")
    #expect(
      try sql(
        "SELECT kind || ':' || amount FROM z_report_lines WHERE section = 'caja'"
          + " AND kind IN ('abonos', 'préstamos') ORDER BY position")
        == "abonos:5000\npréstamos:-2000\n")
    let check = try box.ok("verificar base")
    #expect(check.status == 0, "\(check.transcript)")
  }
}
