import Foundation
import Testing

/// Issue 20 review (a fresh-eye tester): orders against the other open
/// documents of a terminal, an order left open by a terminal that died,
/// and a returned delivered sale giving the seña back by its method.
@Suite struct Issue20ReviewTests {
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

  @Test func aOneLineSaleNeverTakesAnEmptyOrderDraft() throws {
    let script = try box.write(
      "s.tienda",
      """
      crear pedido cliente Ana para mañana 15:00
      vender 1 empanada pagar efectivo 2000
      2 torta
      guardar

      """)
    let r = try box.tienda([script])
    #expect(r.status != 0)
    #expect(r.stderr.contains("s.tienda:2:"), "\(r.transcript)")
    #expect(r.stderr.contains("pedido nuevo"), "\(r.transcript)")
    // The sale was refused, the draft kept its lines and was saved.
    #expect(try sql("SELECT count(*) FROM sales") == "0")
  }

  @Test func receivingAPurchaseWhileAnOrderIsOpenNamesTheOrder() throws {
    try box.ok("crear proveedor Lácteos")
    let r = try box.tienda([
      "-c", "crear pedido cliente Ana", "-c", "1 torta", "-c", "recibir compra Lácteos",
    ])
    #expect(r.status != 0)
    #expect(r.stderr.contains("pedido nuevo abierto"), "\(r.transcript)")
    #expect(!r.stderr.contains("ticket de venta"), "\(r.transcript)")
  }

  @Test func anOrderLeftOpenByADeadTerminalIsNotBlocked() throws {
    try box.ok("pedido Ana: 1 torta para mañana 16:00")
    // This process ends with order 1 open for editing: its terminal is gone.
    try box.ok("editar pedido 1", "1 empanada")
    #expect(try sql("SELECT count(*) FROM order_drafts") == "1")
    let delivered = try box.tienda(["-c", "entregar pedido 1 pagar efectivo 15000"])
    #expect(delivered.status == 0, "\(delivered.transcript)")
    // The saved order is what was delivered; the unsaved draft went.
    #expect(try sql("SELECT state, total FROM orders") == "entregado|15000")
    #expect(try sql("SELECT count(*) FROM order_drafts") == "0")
    #expect(try sql("SELECT total FROM sales") == "15000")
  }

  @Test func aDeadTerminalsDraftDoesNotBlockEditing() throws {
    try box.ok("pedido Ana: 1 torta para mañana 16:00")
    try box.ok("editar pedido 1")
    let r = try box.tienda(["-c", "editar pedido 1", "-c", "1 empanada", "-c", "guardar"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try sql("SELECT total FROM orders") == "17000")
  }

  /// DESIGN §8.12: a refund goes back by the original method, «the same for
  /// devolver seña»: the part of a delivered order's sale paid by its seña
  /// goes back by the seña's methods (last received first), after the
  /// balance (last paid first); partial returns split by what is left.
  @Test func aReturnedDeliveredSaleGivesTheSeñaBackByItsMethod() throws {
    try box.ok(
      "pedido Ana: 2 torta seña transferencia 10000", "entregar pedido 1 pagar débito")
    try box.ok("devolver venta 1 1 torta")
    try box.ok("devolver venta 1 1 torta")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "débito|15000\ndébito|5000\ntransferencia|10000")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 10000, "\(x)")
    #expect(x["debito_esperado"] as? Int == 0, "\(x)")
    #expect(x["transferencia_esperado"] as? Int == 0, "\(x)")
  }

  @Test func aSeñaInTwoMethodsGoesBackLastReceivedFirst() throws {
    try box.ok(
      "pedido Ana: 2 torta seña efectivo 5000", "seña transferencia 10000 pedido 1",
      "entregar pedido 1 pagar efectivo 15000", "devolver venta 1")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "efectivo|15000\ntransferencia|10000\nefectivo|5000")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    // Float + seña in cash + balance in cash − both cash refunds.
    #expect(x["efectivo_esperado"] as? Int == 10000 + 5000 + 15000 - 15000 - 5000, "\(x)")
    #expect(x["transferencia_esperado"] as? Int == 0, "\(x)")
  }

  @Test func reembolsoEfectivoStillGivesItAllInCash() throws {
    try box.ok(
      "pedido Ana: 2 torta seña transferencia 10000", "entregar pedido 1 pagar efectivo 20000",
      "devolver venta 1 reembolso efectivo")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "efectivo|30000")
  }

  /// A seña given back in cash never takes more than the drawer should
  /// hold (like a cash refund or `retiro`): another register with an
  /// empty drawer is refused and nothing changes.
  @Test func aSeñaGivenBackInCashNeedsTheCashInTheDrawer() throws {
    try box.ok("crear caja \"Caja 2\"", "pedido Ana: 1 torta seña efectivo 5000")
    try box.ok("seña transferencia 3000 pedido 1")
    #expect(try box.tienda(["--caja", "Caja 2", "-c", "abrir caja 0"]).status == 0)
    let before = try sql("SELECT count(*) FROM order_deposits")
    let r = try box.tienda([
      "--caja", "Caja 2", "-c", "anular pedido 1 motivo \"no viene\" devolver seña",
    ])
    #expect(r.status != 0)
    #expect(r.stderr.contains("en la caja debería haber $0"), "\(r.transcript)")
    #expect(try sql("SELECT state FROM orders") == "nuevo")
    #expect(try sql("SELECT count(*) FROM order_deposits") == before)
    // Kept, or given back where the cash is, it goes through.
    try box.ok("anular pedido 1 motivo \"no viene\" devolver seña")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 10000, "\(x)")
    #expect((x["transferencia_esperado"] as? Int ?? 0) == 0, "\(x)")
  }

  /// Wording found by hand: an order without a day, a one-line order
  /// without «: », and «seña» counted at the close.
  @Test func ordersAreWordedPlainly() throws {
    let saved = try box.ok("pedido Ana: 1 torta").stdout
    #expect(saved.contains("Pedido 1 creado: Ana, sin fecha, retiro."), "\(saved)")
    let colon = try box.tienda(["-c", "pedido Ana 1 torta"])
    #expect(colon.status != 0)
    #expect(colon.stderr.contains("pedido Ana: 1 torta"), "\(colon.transcript)")
    let close = try box.tienda(["-c", "cerrar caja 10000 seña 5000"])
    #expect(close.status != 0)
    #expect(close.stderr.contains("ya están en el efectivo esperado"), "\(close.transcript)")
  }

  /// An order keeps the promotion it was taken with (DESIGN §8.7; the
  /// order's prices are those of its moment): saving it again after an
  /// edit and delivering it charge the order's total, not the catalog's.
  @Test func anOrderKeepsItsPromotionWhenEditedAndDelivered() throws {
    try box.ok(
      "crear producto Pan precio 1000 stock 50",
      "crear promoción \"pan 2x1\" lleva 2 paga 1 en pan")
    try box.ok("pedido Ana: 2 pan, 1 torta para mañana 12:00")
    #expect(try sql("SELECT total FROM orders") == "16000")
    try box.ok("editar pedido 1 para mañana 13:00", "guardar")
    #expect(try sql("SELECT total FROM orders") == "16000")
    let r = try box.ok("entregar pedido 1 pagar débito")
    #expect(r.stdout.contains("Total $16.000"), "\(r.stdout)")
    #expect(try sql("SELECT total FROM sales") == "16000")
    #expect(try sql("SELECT sum(amount) FROM payments") == "16000")
  }

  /// A RUT with a wrong check digit is not taken as a walk-in name.
  @Test func aWrongRutIsRefusedNotTakenAsAName() throws {
    let r = try box.tienda(["-c", "pedido 12.345.678-9: 1 torta"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("dígito verificador"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM orders") == "0")
  }

  /// A cancelled order sends no work to the kitchen.
  @Test func aCancelledOrdersComandaIsRefused() throws {
    try box.ok(
      "configurar impresora cocina pantalla rol comanda", "pedido Ana: 1 torta",
      "anular pedido 1 motivo \"no viene\"")
    let r = try box.tienda(["-c", "imprimir comanda 1"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("El pedido 1 está anulado"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM print_jobs WHERE kind = 'comanda'") == "0")
  }

  /// A seña in cash is cash like any other (Ley 20.956): with rounding on,
  /// an amount the drawer cannot hold ($5.005) is refused, naming both
  /// amounts that can; nothing is recorded.
  @Test func aCashSeñaIsARoundAmount() throws {
    let r = try box.tienda(["-c", "pedido Ana: 1 torta seña efectivo 5005"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("$5.000 o $5.010"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM orders") == "0")
    try box.ok("pedido Ana: 1 torta seña débito 5005")
    #expect(try sql("SELECT amount FROM order_deposits") == "5005")
  }

  /// Voiding a delivered order's sale gives the seña back by its method
  /// too (it was reversed as the internal «seña»: the transfer stayed in
  /// the register and nobody got it back).
  @Test func voidingADeliveredSaleGivesTheSeñaBack() throws {
    try box.ok(
      "pedido Ana: 2 torta seña transferencia 10000", "entregar pedido 1 pagar efectivo 20000",
      "anular venta 1 motivo \"error\"")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id IS NOT NULL ORDER BY id")
        == "transferencia|10000\nefectivo|20000")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 10000, "\(x)")
    #expect((x["transferencia_esperado"] as? Int ?? 0) == 0, "\(x)")
  }

  /// An open order whose time has passed is the most urgent: `arqueo` (and
  /// the start-up line) says so, not only the orders of the next hours.
  @Test func arqueoSaysOrdersRunningLate() throws {
    // TIENDA_AHORA is 23-11-2026 13:00 UTC (10:00 in Santiago).
    try box.ok("pedido Ana: 1 torta para hoy 11:00", "pedido Luis: 1 torta para hoy 16:00")
    let later = try box.tienda(["-c", "arqueo"], env: ["TIENDA_AHORA": "2026-11-23T17:00:00Z"])
    #expect(later.status == 0, "\(later.transcript)")
    #expect(later.stdout.contains("Hay 1 pedido para las próximas 3 horas"), "\(later.stdout)")
    #expect(later.stdout.contains("1 atrasado"), "\(later.stdout)")
  }
}

extension Sandbox {
  /// Another terminal, still running, that ran `command` (e.g. `editar
  /// pedido 1`) and waits on its input for `seconds`: its open document
  /// belongs to a live process. Returns once `ready` (an SQL count) is 1.
  func liveTerminal(_ command: String, ready: String, seconds: Int = 3) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = [
      "-c", "(printf '%s\\n' \"$1\"; sleep \(seconds)) | \"$0\" --db \"$2\"",
      PackagePaths.binary, command, db,
    ]
    p.environment = environment
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    for _ in 0..<100 {
      if try sqlite(db, ready).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1" {
        break
      }
      usleep(50_000)
    }
    return p
  }
}
