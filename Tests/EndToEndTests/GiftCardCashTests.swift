import Foundation
import Testing

/// Gift cards in the X and the Z (issue 15, DESIGN §8.9, §8.10): only
/// their cash moves the drawer; what was paid by another method counts in
/// that method; a «Tarjetas de regalo» part lists cards sold, redeemed,
/// refunded and voided. Figures against hand-written SQL over
/// `gift_card_moves` and the day's arithmetic.
@Suite struct GiftCardCashTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok("crear producto Pan precio 1000 stock 100", "abrir caja 10000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func soldAndVoidedCardsInTheXAndTheZ() throws {
    try box.ok(
      // Sold: $7.505 cash (rounded to $7.500: endings 1–5 go down), $6.000 débito, $4.000 cash.
      "emitir tarjeta-regalo 7505 código CASH1 pagar efectivo 10000",
      "emitir tarjeta-regalo 6000 código DEB1 pagar débito",
      "emitir tarjeta-regalo 4000 código NADA1 pagar efectivo",
      // Spent: $2.000 of CASH1 and $1.000 of DEB1.
      "vender 2 pan pagar tarjeta-regalo CASH1", "vender 1 pan pagar tarjeta-regalo DEB1",
      // Voided: CASH1's $5.505 back in cash ($5.500), DEB1's $5.000 by débito,
      // NADA1 without paying back.
      "anular tarjeta-regalo CASH1 motivo x", "anular tarjeta-regalo DEB1 motivo x",
      "anular tarjeta-regalo NADA1 motivo x sin reembolso")
    #expect(
      try sql(
        "SELECT kind, coalesce(method, '-'), sum(amount), sum(paid), sum(tendered - change)"
          + " FROM gift_card_moves GROUP BY kind, method ORDER BY min(id)")
          == """
          emisión|efectivo|11505|11505|11500
          emisión|débito|6000|6000|6000
          canje|-|-3000|0|0
          anulación|efectivo|-5505|5505|5500
          anulación|débito|-5000|5000|5000
          anulación|-|-4000|0|0

          """)
    let x = try jsonObject(try box.ok("arqueo como json").stdout)
    // Drawer: float + cards in cash − cash paid back; no sale was in cash.
    let expectedCash = 10000 + 11500 - 5500
    #expect(x["efectivo_tarjetas_regalo"] as? Int == 11500, "\(x)")
    #expect(x["efectivo_tarjetas_regalo_anuladas"] as? Int == 5500, "\(x)")
    #expect(x["efectivo_esperado"] as? Int == expectedCash, "\(x)")
    // Débito: the card sold less the rest paid back by débito.
    #expect(x["debito_esperado"] as? Int == 6000 - 5000, "\(x)")
    #expect(x["tarjeta_regalo_esperado"] as? Int == 3000, "\(x)")
    // Rounding: −5 on the sold card, +5 on the rest paid back.
    #expect(x["redondeo"] as? Int == 0, "\(x)")
    #expect(x["tarjetas_regalo_vendidas"] as? Int == 17505, "\(x)")
    // The parts are the cards' amounts and add up (issue 15); the cash kept is above.
    #expect(x["tarjetas_regalo_vendidas_efectivo"] as? Int == 11505, "\(x)")
    #expect(x["tarjetas_regalo_vendidas_debito"] as? Int == 6000, "\(x)")
    #expect(x["tarjetas_regalo_canjeadas"] as? Int == 3000, "\(x)")
    #expect(x["tarjetas_regalo_anuladas"] as? Int == 14505, "\(x)")
    #expect(x["tarjetas_regalo_anuladas_efectivo"] as? Int == 5505, "\(x)")
    #expect(x["tarjetas_regalo_anuladas_debito"] as? Int == 5000, "\(x)")
    #expect(x["tarjetas_regalo_anuladas_sin_reembolso"] as? Int == 4000, "\(x)")
    // Revenue is the two sales only.
    #expect(x["total_vendido"] as? Int == 3000 && x["ventas"] as? Int == 2, "\(x)")

    let text = try box.ok("arqueo").stdout
    for label in [
      "Efectivo de tarjetas de regalo (2):",
      "Efectivo a tarjetas anuladas (1):",
      "Tarjetas de regalo vendidas (3):", "  pagadas con débito (1):",
      "Tarjetas de regalo anuladas (3):", "  sin reembolso (1):",
    ] {
      #expect(text.contains(label), "\(label) in \(text)")
    }

    try box.ok("cerrar caja \(expectedCash) débito 1000")
    let z = try jsonObject(try box.ok("informe z 1 como json").stdout)
    for key in [
      "efectivo_esperado", "debito_esperado", "tarjetas_regalo_vendidas",
      "tarjetas_regalo_vendidas_efectivo", "tarjetas_regalo_anuladas_debito",
      "tarjetas_regalo_anuladas_sin_reembolso", "efectivo_tarjetas_regalo_anuladas",
    ] {
      #expect(z[key] as? Int == x[key] as? Int, "\(key): Z \(z[key] ?? "-") X \(x[key] ?? "-")")
    }
    #expect(z["diferencia_efectivo"] as? Int == 0 && z["debito_diferencia"] as? Int == 0, "\(z)")
    #expect(z["tarjeta_regalo_diferencia"] as? Int == 0, "\(z)")
    #expect(
      try sql(
        "SELECT kind, count, amount FROM z_report_lines WHERE section = 'caja'"
          + " AND kind LIKE 'tarjetas%' ORDER BY position")
        == "tarjetas-regalo-vendidas|2|11500\ntarjetas-regalo-anuladas|1|-5500\n")
  }

  /// A session with no gift card shows nothing of them and stores nothing.
  @Test func noCardsNoSection() throws {
    try box.ok("vender 1 pan pagar efectivo")
    let text = try box.ok("arqueo").stdout
    #expect(!text.contains("tarjeta"), "\(text)")
    try box.ok("cerrar caja 11000")
    #expect(try sql("SELECT count(*) FROM z_report_lines WHERE kind LIKE '%tarjeta%'") == "0\n")
  }
}
