import Foundation
import Testing

/// Fixes from a new-user trial (issue 15, helper «venta»): what `cancelar`
/// says to hand back, refunds by the original method by default (DESIGN
/// §8.12), Spanish wording of reversals, `ventas`' per-method footer net of
/// voids and returns, cash refunds never beyond the drawer. Figures against
/// hand-written SQL over `payments` and `gift_card_moves`, or arithmetic.
@Suite struct SaleFixesTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Empanada precio 2500 stock 100",
      "crear producto Pan precio 1995 stock 100",
      "crear producto Tele precio 9000 stock 10",
      "crear medio de pago amipass tipo billetera referencia obligatoria", "abrir caja 5000")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stdout as one line (long answers wrap at 80 columns).
  func flat(_ r: RunResult) -> String {
    r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  /// What a card holds, from its moves.
  func balance(_ code: String) throws -> String {
    try sql(
      "SELECT sum(m.amount) FROM gift_card_moves m JOIN gift_cards c ON c.id = m.card_id"
        + " WHERE c.code = '\(code)'")
  }

  // MARK: 1. cancelar

  @Test func cancelSaysPerMethodWhatToDo() throws {
    try box.ok("emitir tarjeta-regalo 3000 código GC9 pagar efectivo")
    let r = try box.ok(
      "vender 1 empanada", "pagar tarjeta-regalo GC9 1000", "pagar amipass 500 ref 7",
      "pagar efectivo 200", "cancelar")
    #expect(
      flat(r).contains(
        "Ticket cancelado. Devuelva $200 en efectivo · revierta amipass $500 · la tarjeta GC9 no se cargó."
      ), "\(r.stdout)")
    #expect(!r.stdout.contains("$1.700"), "\(r.stdout)")
    // The card was never charged: only its issue is recorded.
    #expect(try balance("GC9") == "3000")
    #expect(try sql("SELECT count(*) FROM sales") == "0")
  }

  @Test func cancelWithOnlyGiftCardsHandsNothingBack() throws {
    try box.ok("emitir tarjeta-regalo 8000 código ORD1 pagar efectivo")
    let r = try box.ok(
      "vender 3 empanada", "pagar tarjeta-regalo ORD1 3000", "pagar tarjeta-regalo ORD1 2000",
      "cancelar")
    #expect(
      flat(r).contains("Ticket cancelado. La tarjeta ORD1 no se cargó."), "\(r.stdout)")
    #expect(!r.stdout.contains("Devuelva"), "\(r.stdout)")
    #expect(try balance("ORD1") == "8000")
  }

  @Test func cancelOfAnAdoptedTicketSaysTheSame() throws {
    // The first session leaves its ticket open; the next one adopts it.
    try box.ok("vender 1 empanada", "pagar efectivo 200", "pagar amipass 500 ref 7")
    let r = try box.ok("cancelar")
    #expect(
      flat(r).contains("Ticket cancelado. Devuelva $200 en efectivo · revierta amipass $500."),
      "\(r.stdout)")
  }

  // MARK: 2–3. Refund by the original method, worded in Spanish

  @Test func returnDefaultsToTheOriginalMethod() throws {
    try box.ok("vender 1 pan pagar débito")
    let r = try box.ok("devolver venta 1")
    #expect(flat(r).contains("Revierta débito $1.995"), "\(r.stdout)")
    #expect(!r.stdout.contains("efectivo"), "\(r.stdout)")
    #expect(
      try sql("SELECT method, amount, tendered FROM payments WHERE refund_id IS NOT NULL")
        == "débito|1995|1995")
  }

  @Test func returnsNeverGiveAMethodBackMoreThanItPaid() throws {
    // 2 × 1.995 = 3.990: $1.000 débito, $2.990 cash ($5.000 handed).
    try box.ok("vender 2 pan pagar débito 1000, efectivo 5000")
    // Last paid first: the first pan all in cash, the second $995 in cash
    // (what cash paid less the first return) and $1.000 by débito.
    let first = try box.ok("devolver venta 1 1 pan")
    let second = try box.ok("devolver venta 1 1 pan")
    #expect(flat(first).contains("Entregue en efectivo $1.990"), "\(first.stdout)")
    #expect(
      flat(second).contains("Entregue en efectivo $990 · Revierta débito $1.000"),
      "\(second.stdout)")
    // Oracle: what each method got back equals what it paid.
    #expect(
      try sql(
        "SELECT method, sum(CASE WHEN sale_id IS NULL THEN -amount ELSE amount END)"
          + " FROM payments GROUP BY method ORDER BY method") == "débito|0\nefectivo|0")
  }

  @Test func cashRefundIsForcedByReembolsoEfectivo() throws {
    try box.ok("vender 1 pan pagar débito")
    let r = try box.ok("devolver venta 1 reembolso efectivo")
    // $1.995 in cash rounds to $1.990 (endings 1–5 go down).
    #expect(flat(r).contains("Entregue en efectivo $1.990"), "\(r.stdout)")
    #expect(
      try sql("SELECT method, amount, tendered FROM payments WHERE refund_id IS NOT NULL")
        == "efectivo|1995|1990")
  }

  @Test func reversalsAreWordedInSpanish() throws {
    try box.ok("vender 1 pan pagar débito", "vender 1 pan pagar amipass ref 9")
    let returned = try box.ok("devolver venta 1 reembolso original")
    let voided = try box.ok("anular venta 2 motivo \"x\"")
    for text in [returned.stdout, voided.stdout] {
      #expect(!text.contains("Reverse"), "\(text)")
    }
    #expect(flat(returned).contains("Revierta débito $1.995"), "\(returned.stdout)")
    #expect(flat(voided).contains("Revierta amipass $1.995"), "\(voided.stdout)")
  }

  // MARK: 6. Another register's sale is named with its register

  @Test func aRefundAtAnotherRegisterNamesTheSalesRegister() throws {
    try box.ok(
      "vender 2 pan pagar débito", "vender 1 pan pagar débito", "crear caja \"Caja 2\"",
      "abrir caja Caja 2 0")
    let r = try box.tienda([
      "--caja", "Caja 2", "-c", "devolver venta 1-1 1 pan", "-c", "anular venta 1-2 motivo x",
      "-c", "vender 1 pan pagar débito", "-c", "devolver venta 1",
    ])
    #expect(r.status == 0, "\(r.transcript)")
    let text = flat(r)
    #expect(text.contains("Devolución 1 de la venta 1 de Caja 1 · Reembolso $1.995"), "\(text)")
    #expect(text.contains("Venta 2 de Caja 1 anulada (anulación 2) · Devuelto $1.995"), "\(text)")
    // Its own sale is named as before.
    #expect(text.contains("Devolución 3 de la venta 1 · Reembolso $1.995"), "\(text)")
  }

  // MARK: 4. `ventas`' per-method footer

  @Test func methodsFooterIsNetOfRefundsAndCountsWhatTheDrawerKept() throws {
    try box.ok(
      "vender 1 pan pagar amipass ref 1", "vender 1 pan pagar amipass ref 2",
      // 3 × 1.995 = 5.985 in cash: the drawer keeps $5.980.
      "vender 3 pan pagar efectivo 10000", "anular venta 1 motivo x", "devolver venta 2")
    // Oracle: per method, what the listed sales' payments kept less what
    // their refunds paid back.
    let oracle = try sql(
      """
      SELECT p.method, sum(CASE WHEN p.sale_id IS NULL THEN -1 ELSE 1 END
        * CASE p.method WHEN 'efectivo' THEN p.tendered - p.change ELSE p.amount END)
      FROM payments p LEFT JOIN refunds f ON f.id = p.refund_id
      GROUP BY p.method ORDER BY p.method
      """)
    #expect(oracle == "amipass|0\nefectivo|5980")
    let text = try box.ok("ventas").stdout
    #expect(text.contains("Por medio, neto de anulaciones y devoluciones:"), "\(text)")
    #expect(text.contains("Amipass $0 (2 pagos)"), "\(text)")
    #expect(text.contains("Efectivo $5.980 (1 pago)"), "\(text)")
    let arqueo = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(arqueo["amipass_esperado"] as? Int == 0, "\(arqueo)")
    #expect(arqueo["efectivo_esperado"] as? Int == 5000 + 5980, "\(arqueo)")
  }

  // MARK: 5. Cash refunds never beyond the drawer

  @Test func cashRefundBeyondTheDrawerIsRefused() throws {
    try box.ok("vender 1 tele pagar débito")
    let r = try box.tienda(["-c", "devolver venta 1 reembolso efectivo"])
    #expect(r.status != 0, "\(r.transcript)")
    #expect(r.stderr.contains("$9.000"), "\(r.transcript)")
    #expect(r.stderr.contains("$5.000"), "\(r.transcript)")
    #expect(r.stderr.contains("reembolso original"), "\(r.transcript)")
    #expect(r.stderr.contains("ingreso"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM refunds") == "0")
    // With cash put in first, it goes through.
    try box.ok("ingreso 4000 motivo \"sencillo\"", "devolver venta 1 reembolso efectivo")
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    #expect(x["efectivo_esperado"] as? Int == 5000 + 4000 - 9000, "\(x)")
  }

  @Test func giftCardVoidPaidInCashBeyondTheDrawerIsRefused() throws {
    try box.ok(
      "emitir tarjeta-regalo 8000 código CASH1 pagar efectivo", "retiro 10000 motivo \"banco\"")
    // The drawer holds 5.000 + 8.000 − 10.000 = 3.000.
    let r = try box.tienda(["-c", "anular tarjeta-regalo CASH1 motivo x"])
    #expect(r.status != 0, "\(r.transcript)")
    #expect(r.stderr.contains("$8.000") && r.stderr.contains("$3.000"), "\(r.transcript)")
    #expect(try sql("SELECT count(*) FROM gift_card_moves WHERE kind = 'anulación'") == "0")
  }
}
