import Foundation
import Testing

/// The worked day of issue 20 A: two orders with señas (cash and
/// transfer), one delivered with the balance paid by card, one cancelled
/// with the seña returned in cash; the register closes at difference 0
/// against figures computed here by hand, and stock and sales match.
@Suite struct OrderWorkedDayTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Torta precio 15000 stock 5", "crear producto Empanada precio 2000 stock 100",
      "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func workedDayClosesAtZero() throws {
    let opened = try box.tienda(
      [
        "-c", "crear pedido cliente Ana para mañana 12:00", "-c", "2 torta", "-c",
        "seña efectivo 5000", "-c", "guardar",
      ])
    #expect(opened.status == 0, "\(opened.transcript)")
    try box.ok(
      "pedido Luis: 40 empanada para mañana 13:00 entrega despacho \"Av. Matta 123\" seña transferencia 10000"
    )
    #expect(
      try sql("SELECT number, state, total, deposit FROM orders ORDER BY number")
        == "1|nuevo|30000|5000\n2|nuevo|80000|10000")
    // Stock is not reserved: it moves when the order is delivered.
    #expect(try sql("SELECT stock FROM products ORDER BY id") == "5000\n100000")
    try box.ok("preparar pedido 1", "pedido 1 listo", "entregar pedido 1 pagar débito")
    let refused = try box.tienda(["-c", "entregar pedido 1 pagar débito"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("está entregado"), "\(refused.transcript)")
    try box.ok("anular pedido 2 motivo \"no viene\" devolver seña efectivo")

    // Oracle by hand: float 10.000 + seña cash 5.000 − seña returned in cash
    // 10.000; débito: 30.000 − 5.000 applied; transfer: the seña 10.000.
    let cash = 10000 + 5000 - 10000
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == cash, "\(x)")
    #expect(x["debito_esperado"] as? Int == 25000, "\(x)")
    #expect(x["transferencia_esperado"] as? Int == 10000, "\(x)")
    // Independent SQL: the sale's payments and the seña ledger.
    #expect(try sql("SELECT method, amount FROM payments ORDER BY id") == "seña|5000\ndébito|25000")
    #expect(
      try sql("SELECT kind, method, amount FROM order_deposits ORDER BY id")
        == "seña|efectivo|5000\nseña|transferencia|10000\naplicada|seña|5000\ndevolución|efectivo|10000"
    )
    #expect(try sql("SELECT count(*), sum(total) FROM sales") == "1|30000")
    #expect(try sql("SELECT stock FROM products ORDER BY id") == "3000\n100000")
    let closed = try box.ok("cerrar caja \(cash) débito 25000 transferencia 10000")
    #expect(closed.stdout.contains("Diferencia $0"), "\(closed.stdout)")
    #expect(try sql("SELECT state FROM orders ORDER BY number") == "entregado\nanulado")
    // The Z keeps the señas apart from the sales, by kind and method.
    #expect(
      try sql(
        "SELECT kind, count, amount FROM z_report_lines WHERE section = 'señas' ORDER BY position")
        == "seña:efectivo|1|5000\nseña:transferencia|1|10000\ndevolución:efectivo|1|10000\naplicada:seña|1|5000"
    )
    #expect(
      try sql(
        "SELECT kind, amount FROM z_report_lines WHERE section = 'caja' AND kind LIKE 'señas%' ORDER BY position"
      ) == "señas-recibidas|5000\nseñas-devueltas|-10000")
    let z = try box.ok("informe z 1").stdout
    #expect(z.contains("Señas recibidas (2):"), "\(z)")
    #expect(
      try sql("SELECT from_state, to_state FROM order_states WHERE order_id = 1 ORDER BY id")
        == "|nuevo\nnuevo|en preparación\nen preparación|listo\nlisto|entregado")
    try box.ok("verificar base")
  }

  @Test func aKeptSeñaStaysInTheDrawerAndIsListed() throws {
    try box.ok("pedido Ana: 1 torta para mañana 12:00 seña efectivo 4000")
    let refused = try box.tienda(["-c", "anular pedido 1 motivo \"no vino\""])
    #expect(refused.stderr.contains("diga qué hacer con ella"), "\(refused.transcript)")
    try box.ok("anular pedido 1 motivo \"no vino\" retener seña")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 10000 + 4000, "\(x)")
    #expect(x["señas_retenidas"] as? Int == 4000, "\(x)")
    #expect(try sql("SELECT deposit, state FROM orders") == "0|anulado")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
  }

  @Test func returningADeliveredOrderGivesTheSeñaBackInCash() throws {
    try box.ok("pedido Ana: 2 torta seña efectivo 5000", "entregar pedido 1 pagar débito")
    try box.ok("devolver venta 1 2 torta")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "débito|25000\nefectivo|5000")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    // Float + seña in cash − the seña handed back in cash.
    #expect(x["efectivo_esperado"] as? Int == 10000 + 5000 - 5000, "\(x)")
    #expect(x["debito_esperado"] as? Int == 0, "\(x)")
  }

  @Test func illegalMovesAreRefusedNamingTheState() throws {
    try box.ok("pedido Ana: 1 torta para mañana 12:00")
    try box.ok("pedido 1 listo")
    let r = try box.tienda(["-c", "preparar pedido 1"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("El pedido 1 está listo"), "\(r.transcript)")
    #expect(r.stderr.contains("«entregado» o «anulado»"), "\(r.transcript)")
  }

  @Test func twoProcessesDeliveringExactlyOneWins() throws {
    try box.ok("pedido Ana: 1 torta para mañana 12:00")
    let group = DispatchGroup()
    nonisolated(unsafe) var results: [RunResult?] = [nil, nil]
    let lock = NSLock()
    nonisolated(unsafe) let box = self.box
    for i in 0..<2 {
      group.enter()
      DispatchQueue.global().async {
        let r = try? box.tienda(["-c", "entregar pedido 1 pagar efectivo 20000"])
        lock.lock()
        results[i] = r
        lock.unlock()
        group.leave()
      }
    }
    group.wait()
    let statuses = results.compactMap { $0?.status }.sorted()
    #expect(statuses.count == 2 && statuses[0] == 0 && statuses[1] != 0, "\(results)")
    #expect(try sql("SELECT count(*) FROM sales") == "1")
  }
}
