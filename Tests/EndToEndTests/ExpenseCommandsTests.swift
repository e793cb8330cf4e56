import Foundation
import Testing

/// The expense commands (issue 18, part B): partial payments, refusals that
/// change nothing, rights (`compras`, `ver-informes`), 80 columns and
/// CSV/JSON.
@Suite struct ExpenseCommandsTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear gasto \"Luz noviembre\" 45000 categoría servicios vence 30-11-2026",
      "crear gasto \"Mantención del refrigerador de las bebidas\" 120000 categoría mantención")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A command that must fail with exit 1, name `words`, and change nothing.
  func refused(
    _ command: String, _ words: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try box.dump()
    let r = try box.commands(command)
    #expect(r.status == 1, "\(r.transcript)", sourceLocation: sourceLocation)
    for w in words {
      #expect(r.stderr.contains(w), "«\(command)»: \(r.stderr)", sourceLocation: sourceLocation)
    }
    #expect(!r.stderr.contains("Swift"), "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(
      try box.dump() == before, "«\(command)» changed the file", sourceLocation: sourceLocation)
  }

  @Test func partialPaymentsThenPaid() throws {
    let first = try box.ok("saldar gasto 1 transferencia 20000").stdout
    #expect(first.contains("falta $25.000"), "\(first)")
    #expect(try sql("SELECT count(*) FROM cash_movements") == "0")
    try box.ok("saldar gasto 1 débito")
    let shown = try jsonObject(try box.ok("ver gasto 1 como json").stdout)
    #expect(shown["pagado"] as? Int == 45000 && shown["falta"] as? Int == 0, "\(shown)")
    #expect(shown["estado"] as? String == "pagado", "\(shown)")
    #expect(
      try sql(
        "SELECT group_concat(method || ':' || amount || ':' || coalesce(session_id, '-'))"
          + " FROM expense_payments") == "transferencia:20000:-,débito:25000:-")
    // The ledger refuses a change behind tienda's back.
    let edit = try box.sqlite(box.db, "UPDATE expense_payments SET amount = 1")
    #expect(edit.status != 0 && edit.stderr.contains("no se puede modificar"), "\(edit.transcript)")
    let dup = try box.sqlite(
      box.db,
      "INSERT INTO expense_payments(expense_id, method, amount, register_id, at)"
        + " VALUES (2, 'transferencia', 120001, 1, 0)")
    #expect(dup.status != 0, "\(dup.transcript)")
  }

  @Test func refusalsChangeNothing() throws {
    try refused("saldar gasto 1", "No hay una sesión abierta", "abrir caja")
    try refused("saldar gasto 7 transferencia", "No hay un gasto número 7")
    try refused("saldar gasto 1 transferencia 50000", "le falta $45.000")
    try refused("saldar gasto 1 fiado", "«fiado»")
    try refused("saldar gasto 1 tarjeta-regalo", "no se paga con «tarjeta-regalo»")
    try refused("saldar gasto 1 cheque", "no es un medio de pago")
    try refused("crear gasto \"Agua\" 0 categoría servicios", "mayor que cero")
    try refused("crear gasto \"Agua\" 9000 cada quincena", "cada quincena")
    try refused("crear gasto \"Agua\" 9000 cada mes día 32", "día 32")
    try refused("crear gasto \"Agua\" 9000 cada semana feriado", "cada semana feriado")
    try refused("crear gasto \"Agua\" 9000 cada año día 5", "vence 15-03-2027")
    try refused("crear gasto \"Agua\" 9000 cada mes día 30 pagado transferencia", "30-11-2026")
    try refused("anular gasto 1", "motivo")
    try box.ok("saldar gasto 1 transferencia 1000")
    try refused("anular gasto 1 motivo \"error\"", "tiene pagos", "ingreso")
    try box.ok("anular gasto 2 motivo \"no se hizo\"")
    try refused("anular gasto 2 motivo \"otra vez\"", "anulado")
    try refused("saldar gasto 2 transferencia", "anulado")
    let pending = try jsonArray(try box.ok("gastos pendientes como json").stdout)
    #expect(pending.map { $0["numero"] as? Int } == [1], "\(pending)")
  }

  @Test func cashComesOutOfTheOpenSession() throws {
    try box.ok("abrir caja 50000")
    try refused("saldar gasto 2 efectivo", "debería haber $50.000", "no alcanza")
    let paid = try box.ok("saldar gasto 1").stdout
    #expect(
      paid.replacingOccurrences(of: "\n  ", with: " ").contains(
        "Efectivo esperado en la caja: $5.000"), "\(paid)")
    #expect(
      try sql("SELECT method, amount, session_id FROM expense_payments") == "efectivo|45000|1")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 5000 && x["gastos_pagados"] as? Int == 45000)
  }

  @Test func rightsComprasAndVerInformes() throws {
    try box.ok(
      "crear usuario pepe rol dueño pin 4321", "crear usuario maría rol cajero pin 1234",
      "crear usuario sofía rol supervisor pin 5555")
    let cashier = try box.asUser("maría", pin: "1234", "crear gasto \"Té\" 3000")
    #expect(cashier.status != 0 && cashier.stderr.contains("compras"), "\(cashier.transcript)")
    let report = try box.asUser("maría", pin: "1234", "informe resultado")
    #expect(report.status != 0 && report.stderr.contains("ver-informes"), "\(report.transcript)")
    let list = try box.asUser("maría", pin: "1234", "listar gastos")
    #expect(list.status != 0 && list.stderr.contains("compras"), "\(list.transcript)")
    try box.okAs("sofía", pin: "5555", "crear gasto \"Té\" 3000", "informe resultado")
    #expect(try sql("SELECT user_name FROM expenses WHERE id = 3") == "sofía")
    #expect(
      try sql("SELECT code FROM roles WHERE ',' || rights || ',' LIKE '%,compras,%' ORDER BY id")
        == "supervisor\ndueño")
  }

  @Test func listingsFit80ColumnsAndExport() throws {
    try box.ok("saldar gasto 1 transferencia 1000", "crear categoría de gasto sueldos")
    for command in [
      "listar gastos", "listar gastos pendientes", "categorías de gasto",
      "ver gasto 2", "informe resultado", "gastos pendientes", "informe resultado como gráfico",
    ] {
      let r = try box.tienda(["-c", command], env: ["COLUMNS": "80"])
      #expect(r.status == 0, "\(r.transcript)")
      for line in r.stdout.split(separator: "\n") {
        #expect(line.count <= 80, "«\(command)»: \(line)")
      }
    }
    let csv = try box.ok("listar gastos pendientes como csv").stdout
    #expect(csv.contains("numero;fecha;descripcion;categoria;monto;falta;estado"), "\(csv)")
    #expect(csv.contains("1;2026-11-30;Luz noviembre;servicios;45000;44000;parcial"), "\(csv)")
    let cats = try jsonArray(try box.ok("categorías de gasto como json").stdout)
    #expect(
      cats.map { "\($0["nombre"] ?? "")=\($0["total"] ?? "")" }
        == ["mantención=120000", "servicios=45000", "sueldos=0"], "\(cats)")
    let created = try box.ok("crear categoría de gasto Sueldos").stdout
    #expect(created.contains("ya existía"), "\(created)")
  }

  @Test func unpaidExpensesWithADueDayAreDebts() throws {
    try box.ok(
      "crear producto Bebida precio 1190 costo 500 stock 10",
      "crear proveedor \"Distribuidora Sur\"",
      "comprar a Distribuidora Sur factura 77 vence 10-12-2026: 10 bebida a 500",
      "crear gasto \"Agua\" 9000 categoría servicios vence 20-11-2026",
      "saldar gasto 3 transferencia 4000")
    let debts = try jsonArray(try box.ok("deudas con proveedores como json").stdout)
    #expect(
      debts.map { "\($0["documento"] ?? "")|\($0["proveedor_o_gasto"] ?? "")|\($0["saldo"] ?? "")" }
        == ["compra 1|Distribuidora Sur|5950", "gasto 3|Agua|5000", "gasto 1|Luz noviembre|45000"],
      "\(debts)")
    #expect(debts[1]["vencida"] as? Bool == true, "\(debts)")
    // Paid in full, an expense is no longer owed; one without a due day never was.
    try box.ok("saldar gasto 3 transferencia")
    let after = try box.ok("deudas con proveedores").stdout
    #expect(!after.contains("gasto 3") && !after.contains("gasto 2"), "\(after)")
    #expect(after.contains("gasto 1"), "\(after)")
  }
}
