import Foundation
import Testing

/// Gift cards (issue 15, DESIGN §8.9, §8.12) through the built binary,
/// checked against hand-written SQL over `gift_cards`, `gift_card_moves`,
/// `payments` and `sales`, never against the code under test.
@Suite struct GiftCardTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok("crear producto Empanada precio 2500 stock 100", "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  /// Runs one line that must be refused with `message`, changing nothing.
  func refused(_ line: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let tables = ["gift_cards", "gift_card_moves", "payments", "sales", "tickets", "refunds"]
    let before = try tables.map { try sql("SELECT * FROM \($0) ORDER BY 1") }
    let r = try box.commands(line)
    #expect(r.status == 1, "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(message), "\(line): \(r.transcript)", sourceLocation: sourceLocation)
    #expect(
      try tables.map { try sql("SELECT * FROM \($0) ORDER BY 1") } == before, "\(line)",
      sourceLocation: sourceLocation)
  }

  /// Output unwrapped (long lines wrap at 80 columns in a pipe).
  func flat(_ r: RunResult) -> String {
    r.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  /// Balance of a card by summing its ledger by hand.
  func balance(_ code: String) throws -> String {
    try sql(
      "SELECT coalesce(sum(m.amount), 0) FROM gift_card_moves m JOIN gift_cards c"
        + " ON c.id = m.card_id WHERE c.code = '\(code)'")
  }

  @Test func issuingIsNotASale() throws {
    let r = try box.ok("emitir tarjeta-regalo 20000 código REGALO1 pagar efectivo 50000")
    #expect(
      r.stdout.contains("Tarjeta de regalo REGALO1 emitida por $20.000 · Efectivo $50.000"),
      "\(r.stdout)")
    #expect(flat(r).contains("Vuelto $30.000"), "\(r.stdout)")
    try box.ok("emitir tarjeta-regalo 15000 pagar débito ref 4411")
    // No sale, no payment row, no tax: the card and its issue move only.
    #expect(try sql("SELECT count(*) FROM sales") == "0\n")
    #expect(try sql("SELECT count(*) FROM payments") == "0\n")
    #expect(
      try sql(
        "SELECT c.code, c.amount, m.kind, m.amount, m.method, m.paid, m.tendered, m.change,"
          + " m.rounding, coalesce(m.reference, '-'), m.sale_id IS NULL, m.session_id"
          + " FROM gift_cards c JOIN gift_card_moves m ON m.card_id = c.id WHERE c.id = 1")
        == "REGALO1|20000|emisión|20000|efectivo|20000|50000|30000|0|-|1|1\n")
    // A generated code: XXXX-XXXX from the unambiguous alphabet.
    let generated = try sql("SELECT code FROM gift_cards WHERE id = 2")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      generated.range(of: "^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$", options: .regularExpression)
        != nil, "\(generated)")
    #expect(
      try sql("SELECT method, reference FROM gift_card_moves WHERE card_id = 2") == "débito|4411\n")
    let sales = try box.ok("ventas")
    #expect(sales.stdout.contains("No hay ventas"), "\(sales.stdout)")
    let listed = try jsonArray(try box.ok("listar tarjetas-regalo como json").stdout)
    #expect(listed.map { $0["codigo"] as? String } == ["REGALO1", generated])
    #expect(listed.map { $0["saldo"] as? Int } == [20000, 15000])
    #expect(listed.map { $0["estado"] as? String } == ["vigente", "vigente"])
    #expect(try box.journalActions().filter { $0 == "tarjeta_regalo.emitir" }.count == 2)
  }

  @Test func oddAmountsInCashAreRoundedLikeASale() throws {
    try box.ok("emitir tarjeta-regalo 20005 código ODD1 pagar efectivo")
    try box.ok("emitir tarjeta-regalo 20006 código ODD2 pagar efectivo 30000")
    #expect(
      try sql("SELECT amount, paid, tendered, change, rounding FROM gift_card_moves ORDER BY id")
        == "20005|20005|20000|0|-5\n20006|20006|30000|9990|4\n")
    // The card keeps its face amount.
    #expect(try balance("ODD1") == "20005\n")
  }

  @Test func redeemingInOneLineAndInATicket() throws {
    try box.ok("emitir tarjeta-regalo 20000 código REGALO1 pagar efectivo")
    let one = try box.ok("vender 2 empanada pagar tarjeta-regalo regalo1")
    #expect(one.stdout.contains("Venta 1 · Total $5.000 · Tarjeta-regalo $5.000"), "\(one.stdout)")
    // Ticket mode: the card pays part (no amount: all it has, up to what is
    // left), then cash the rest.
    try box.ok("emitir tarjeta-regalo 3000 código CHICA pagar débito")
    try box.ok("vender 2 empanada", "pagar tarjeta-regalo CHICA", "pagar efectivo")
    try box.ok("vender 1 empanada pagar tarjeta-regalo REGALO1 1000, efectivo")
    #expect(
      try sql(
        "SELECT sale_id, method, amount, coalesce(reference, '-') FROM payments ORDER BY id")
          == """
          1|tarjeta-regalo|5000|REGALO1
          2|tarjeta-regalo|3000|CHICA
          2|efectivo|2000|-
          3|tarjeta-regalo|1000|REGALO1
          3|efectivo|1500|-

          """)
    // Each redemption move points at its sale, for the amount of its payment.
    #expect(
      try sql(
        "SELECT c.code, m.amount, s.number FROM gift_card_moves m JOIN gift_cards c"
          + " ON c.id = m.card_id JOIN sales s ON s.id = m.sale_id WHERE m.kind = 'canje'"
          + " ORDER BY m.id") == "REGALO1|-5000|1\nCHICA|-3000|2\nREGALO1|-1000|3\n")
    #expect(try balance("REGALO1") == "14000\n")
    #expect(try balance("CHICA") == "0\n")
    let statement = try box.ok("saldo tarjeta-regalo REGALO1 como json")
    let moves = try jsonArray(statement.stdout)
    #expect(moves.map { $0["movimiento"] as? String } == ["emisión", "canje", "canje"])
    #expect(moves.map { $0["saldo"] as? Int } == [20000, 15000, 14000])
    let shown = try box.ok("saldo tarjeta-regalo regalo1")
    #expect(shown.stdout.contains("REGALO1 · vigente · Saldo $14.000"), "\(shown.stdout)")
    let listed = try jsonArray(try box.ok("listar tarjetas-regalo como json").stdout)
    #expect(listed.map { $0["estado"] as? String } == ["vigente", "agotada"])
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func wrongInputIsRefusedAndKeepsNothing() throws {
    try box.ok("emitir tarjeta-regalo 5000 código REGALO1 pagar efectivo")
    try refused(
      "vender 1 empanada pagar tarjeta-regalo NOEXISTE",
      "No hay una tarjeta de regalo con el código «NOEXISTE»")
    try refused(
      "vender 4 empanada pagar tarjeta-regalo REGALO1",
      "La tarjeta de regalo REGALO1 cubre $5.000; faltan $5.000. Pague el resto con otro medio:"
        + " pagar tarjeta-regalo REGALO1 5000, efectivo")
    try refused(
      "vender 4 empanada pagar tarjeta-regalo REGALO1 6000, efectivo",
      "La tarjeta de regalo REGALO1 tiene saldo $5.000; no alcanza para $6.000")
    try refused("vender 1 empanada pagar tarjeta-regalo", "Falta el código de la tarjeta de regalo")
    try refused("vender 1 empanada pagar tarjeta-regalo REGALO1 0", "mayor que cero")
    try refused("vender 1 empanada pagar tarjeta-regalo REGALO1 -5", "no puede ser negativo")
    try refused(
      "emitir tarjeta-regalo 5000 pagar tarjeta-regalo REGALO1",
      "Una tarjeta de regalo no se paga con otra tarjeta de regalo")
    try refused("emitir tarjeta-regalo 0 pagar efectivo", "debe ser mayor que cero")
    try refused("emitir tarjeta-regalo -10 pagar efectivo", "no puede ser negativo")
    try refused("emitir tarjeta-regalo 2000000000000 pagar efectivo", "demasiado grande")
    try refused(
      "emitir tarjeta-regalo 5000 código regalo1 pagar efectivo",
      "Ya existe una tarjeta de regalo con el código «regalo1»")
    try refused("emitir tarjeta-regalo 5000 código R1 pagar efectivo", "no sirve como código")
    try refused("emitir tarjeta-regalo 5000 pagar efectivo 1000", "no cubre la tarjeta")
    try refused(
      "emitir tarjeta-regalo 5000 pagar efectivo 3000, débito", "se paga con un solo medio")
    try refused("saldo tarjeta-regalo OTRA", "No hay una tarjeta de regalo con el código «OTRA»")
    try refused("anular tarjeta-regalo REGALO1", "Falta el motivo")
    try box.ok("anular tarjeta-regalo REGALO1 motivo \"la devolvió\"")
    try refused(
      "anular tarjeta-regalo REGALO1 motivo \"otra vez\"", "REGALO1 ya estaba anulada")
    try refused("vender 1 empanada pagar tarjeta-regalo REGALO1", "REGALO1 está anulada")
    try box.ok("emitir tarjeta-regalo 2500 código GASTADA pagar efectivo")
    try box.ok("vender 1 empanada pagar tarjeta-regalo GASTADA")
    try refused("vender 1 empanada pagar tarjeta-regalo GASTADA", "GASTADA no tiene saldo")
    try refused("anular tarjeta-regalo GASTADA motivo x", "no hay nada que anular")
  }

  @Test func returnsAndVoidsGoBackToTheCard() throws {
    try box.ok("emitir tarjeta-regalo 20000 código REGALO1 pagar efectivo")
    // Sale 1: 4 empanadas, $6.000 by card and $4.000 cash.
    try box.ok("vender 4 empanada pagar tarjeta-regalo REGALO1 6000, efectivo")
    // A return without «reembolso»: the card part goes back to the card.
    let back = try box.ok("devolver venta 1 1 empanada")
    #expect(
      flat(back).contains("Reembolso $2.500 · A la tarjeta de regalo REGALO1 $2.500"),
      "\(back.stdout)")
    // «reembolso efectivo» forces cash.
    try box.ok("devolver venta 1 1 empanada reembolso efectivo")
    // Sale 2 by card alone, voided: all of it back to the card.
    try box.ok("vender 2 empanada pagar tarjeta-regalo REGALO1", "anular venta 2 motivo \"error\"")
    #expect(
      try sql(
        "SELECT f.number, f.kind, p.method, p.amount, coalesce(p.reference, '-') FROM payments p"
          + " JOIN refunds f ON f.id = p.refund_id ORDER BY p.id")
          == """
          1|devolución|tarjeta-regalo|2500|REGALO1
          2|devolución|efectivo|2500|-
          3|anulación|tarjeta-regalo|5000|REGALO1

          """)
    #expect(
      try sql(
        "SELECT f.number, m.amount FROM gift_card_moves m JOIN refunds f ON f.id = m.refund_id"
          + " WHERE m.kind = 'reintegro' ORDER BY m.id") == "1|2500\n3|5000\n")
    // 20000 − 6000 + 2500 − 5000 + 5000.
    #expect(try balance("REGALO1") == "16500\n")
    // More returns never put more on the card than it paid: $6.000 − $2.500
    // are left for the card; the last two empanadas ($5.000) give $3.500
    // to the card and $1.500 in cash.
    try box.ok("devolver venta 1")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE refund_id = 4 ORDER BY id")
        == "tarjeta-regalo|3500\nefectivo|1500\n")
    #expect(try balance("REGALO1") == "20000\n")
    #expect(try box.ok("verificar base").stdout.contains("La base está sana."))
  }

  @Test func aVoidedCardTakesNothingBack() throws {
    try box.ok("emitir tarjeta-regalo 20000 código REGALO1 pagar efectivo")
    try box.ok("vender 2 empanada pagar tarjeta-regalo REGALO1")
    try box.ok("anular tarjeta-regalo REGALO1 motivo \"cierre\"")
    try box.ok("anular venta 1 motivo \"error\"")
    // The card's part went back in cash: the voided card stays at 0.
    #expect(try sql("SELECT method, amount FROM payments WHERE refund_id = 1") == "efectivo|5000\n")
    #expect(try balance("REGALO1") == "0\n")
  }

  @Test func voidingPaysTheRestBackByTheIssueMethod() throws {
    try box.ok(
      "emitir tarjeta-regalo 20000 código CASH1 pagar efectivo",
      "emitir tarjeta-regalo 8000 código DEB1 pagar débito",
      "emitir tarjeta-regalo 9000 código NADA1 pagar efectivo")
    // CASH1 spends 12.505 (a weighed sale's odd amount): 7.495 left, paid back
    // in cash rounded to 7.500 (Ley 20.956: endings 1–5 down, 6–9 up).
    try box.ok(
      "crear producto Queso precio 12505 stock 10", "vender 1 queso pagar tarjeta-regalo CASH1")
    let cash = try box.ok("anular tarjeta-regalo CASH1 motivo \"la pidió de vuelta\"")
    #expect(
      flat(cash).contains("Saldo anulado $7.495 · Entregue en efectivo $7.490"), "\(cash.stdout)")
    let debit = try box.ok("anular tarjeta-regalo deb1 motivo \"error\"")
    #expect(flat(debit).contains("Devuelva por débito $8.000"), "\(debit.stdout)")
    let none = try box.ok("anular tarjeta-regalo NADA1 motivo \"vencida\" sin reembolso")
    #expect(none.stdout.contains("Sin reembolso"), "\(none.stdout)")
    #expect(
      try sql(
        "SELECT c.code, m.amount, coalesce(m.method, '-'), m.paid, m.tendered, m.rounding,"
          + " m.reason FROM gift_card_moves m JOIN gift_cards c ON c.id = m.card_id"
          + " WHERE m.kind = 'anulación' ORDER BY m.id")
          == """
          CASH1|-7495|efectivo|7495|7490|-5|la pidió de vuelta
          DEB1|-8000|débito|8000|8000|0|error
          NADA1|-9000|-|0|0|0|vencida

          """)
    for code in ["CASH1", "DEB1", "NADA1"] { #expect(try balance(code) == "0\n") }
    let listed = try jsonArray(try box.ok("listar tarjetas-regalo como json").stdout)
    #expect(listed.map { $0["estado"] as? String } == ["anulada", "anulada", "anulada"])
  }

  @Test func voidingNeedsTheRightToVoidASale() throws {
    try box.withOwnerAndCashier()
    try box.okAs(
      UsersFixture.cashier, pin: UsersFixture.cashierPin,
      "emitir tarjeta-regalo 5000 código REGALO1 pagar efectivo",
      "vender 1 empanada pagar tarjeta-regalo REGALO1", "saldo tarjeta-regalo REGALO1")
    let before = try sql("SELECT * FROM gift_card_moves")
    let r = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin,
      "anular tarjeta-regalo REGALO1 motivo x")
    #expect(r.status != 0 && r.stderr.contains("anular"), "\(r.transcript)")
    #expect(try sql("SELECT * FROM gift_card_moves") == before)
    let listing = try box.asUser(
      UsersFixture.cashier, pin: UsersFixture.cashierPin, "listar tarjetas-regalo")
    #expect(listing.status != 0, "\(listing.transcript)")
    try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "anular tarjeta-regalo REGALO1 motivo x")
  }

  /// Two processes spend one card at the same time: one sale goes through,
  /// the other is refused; the balance never goes below zero.
  @Test func twoProcessesSpendOneCard() throws {
    try box.ok("emitir tarjeta-regalo 5000 código UNICA pagar efectivo")
    for round in 0..<3 {
      if round > 0 { try box.ok("emitir tarjeta-regalo 5000 código UNICA\(round) pagar efectivo") }
      let code = round == 0 ? "UNICA" : "UNICA\(round)"
      let results = LockedResults()
      let group = DispatchGroup()
      nonisolated(unsafe) let shared = box  // each thread only starts a process
      for _ in 0..<2 {
        group.enter()
        Thread.detachNewThread {
          results.append(try? shared.commands("vender 2 empanada pagar tarjeta-regalo \(code)"))
          group.leave()
        }
      }
      group.wait()
      let all = results.all.compactMap { $0 }
      #expect(all.count == 2)
      #expect(all.filter { $0.status == 0 }.count == 1, "\(all.map(\.transcript))")
      #expect(all.contains { $0.stderr.contains("no tiene saldo") }, "\(all.map(\.transcript))")
      #expect(try balance(code) == "0\n")
    }
    #expect(
      try sql(
        "SELECT count(*) FROM (SELECT card_id, sum(amount) AS b FROM gift_card_moves"
          + " GROUP BY card_id) WHERE b < 0") == "0\n")
  }

  /// A card paid on a kept ticket, then spent at another register: the
  /// sale is checked again when it is recorded, and refused.
  @Test func aCardSpentElsewhereMeanwhileIsCheckedAtTheSale() throws {
    try box.ok(
      "crear caja \"Caja 2\"", "emitir tarjeta-regalo 5000 código TEST1 pagar efectivo",
      "vender", "4 empanada", "pagar tarjeta-regalo TEST1")
    #expect(
      try sql("SELECT method, amount, reference FROM ticket_payments")
        == "tarjeta-regalo|5000|TEST1\n")
    let other = try box.tienda([
      "--caja", "Caja 2", "-c", "vender 2 empanada pagar tarjeta-regalo TEST1",
    ])
    #expect(other.status == 0, "\(other.transcript)")
    try refused(
      "pagar efectivo",
      "La tarjeta de regalo TEST1 ya no alcanza para los $5.000 de este ticket: otra caja la usó"
        + " y le queda $0")
    #expect(try balance("TEST1") == "0\n")
    #expect(try sql("SELECT count(*) FROM sales") == "1\n")
  }

  @Test func theVoucherCarriesTheCodeAsTextAndBarcode() throws {
    let path = box.path("lp0")
    try box.ok(
      "configurar tienda nombre \"Almacén Don Pepe\"",
      "configurar impresora usb archivo \(path) ancho 42")
    try box.ok("emitir tarjeta-regalo 20000 código REGALO-7 pagar efectivo 50000")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("TARJETA DE REGALO"), "\(text)")
    #expect(text.contains("REGALO-7"), "\(text)")
    #expect(text.contains("$20.000"), "\(text)")
    #expect(text.contains("Almac"), "\(text)")
    #expect(text.contains("05-12-2026") || text.contains("23-11-2026"), "\(text)")
    // CODE128 subset B: GS k 73 n {B REGALO-7 (NOTES.md "ESC/POS").
    let code128: [UInt8] = [0x1D, 0x6B, 0x49, 10, 0x7B, 0x42] + Array("REGALO-7".utf8)
    #expect(
      bytes.indices.contains { bytes[$0...].starts(with: code128) },
      "no CODE128 for the code in \(bytes)")
    #expect(try sql("SELECT kind, document FROM print_jobs") == "tarjeta-regalo|tarjeta-regalo:1\n")
    // Voiding it prints a slip to sign; its cash opens the drawer.
    try box.ok("configurar impresora usb cajón sí")
    try box.ok("anular tarjeta-regalo REGALO-7 motivo \"la devolvió\"")
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let slip = Array(after[bytes.count...])
    let slipText = String(decoding: slip.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(slipText.contains("TARJETA DE REGALO"), "\(slipText)")
    #expect(slipText.contains("Saldo anulado"), "\(slipText)")
    #expect(slipText.contains("$20.000") && slipText.contains("la devolvi"), "\(slipText)")
    #expect(slipText.contains("Firma cliente"), "\(slipText)")
    #expect(
      slip.indices.contains { slip[$0...].starts(with: [0x1B, 0x70, 0x00, 0x19, 0xFA]) },
      "no drawer pulse in \(slip)")
  }

  @Test func anOpenTicketIsUntouched() throws {
    try box.ok("vender", "2 empanada")
    let ticket = try sql("SELECT * FROM ticket_lines")
    try box.ok("emitir tarjeta-regalo 20000 código REGALO1 pagar débito")
    #expect(try sql("SELECT * FROM ticket_lines") == ticket)
    #expect(try sql("SELECT count(*) FROM tickets") == "1\n")
  }

  /// A card's code pays like cash: a sale's printed ticket shows only its
  /// last 4 characters (the cashier's screen and the voucher keep it whole).
  @Test func aSaleTicketMasksTheCardCode() throws {
    let path = box.path("lp1")
    try box.ok("configurar impresora usb archivo \(path) ancho 42")
    try box.ok("emitir tarjeta-regalo 20000 código REGALO-9876 pagar efectivo")
    let voucher = try Data(contentsOf: URL(fileURLWithPath: path)).count
    let sold = try box.ok("vender 1 empanada pagar tarjeta-regalo REGALO-9876")
    #expect(sold.stdout.contains("Tarjeta-regalo"), "\(sold.stdout)")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))[voucher...]
    let text = String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self)
    #expect(text.contains("ref ****9876"), "\(text)")
    #expect(!text.contains("REGALO-9876"), "\(text)")
  }
}
