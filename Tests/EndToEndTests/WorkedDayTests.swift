import Foundation
import Testing

/// Issue 15's worked day, through the built binary with `TIENDA_AHORA`:
/// sales paid by efectivo (with rounding), débito, amipass with reference,
/// a split efectivo + amipass, a gift card sold in cash and half redeemed,
/// a return of the gift-card sale and a cash return. The arqueo and the Z,
/// per method, are checked against two independent models: the day's
/// arithmetic written out here, and hand-written SQL over the ledger tables
/// (`payments`, `gift_card_moves`); the register closes at difference 0.
@Suite struct WorkedDayTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  func int(_ query: String) throws -> Int {
    Int(try sql(query).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  @discardableResult
  func ok(_ lines: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
    -> RunResult
  {
    let r = try box.tienda(
      lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": "2026-12-05T15:00:00Z"])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// The ledger model: each figure summed by hand-written SQL.
  func ledger() throws -> [String: Int] {
    let cashIn = try int(
      "SELECT sum(tendered - change) FROM payments WHERE method = 'efectivo'"
        + " AND sale_id IS NOT NULL")
    let cashOut = try int(
      "SELECT sum(tendered - change) FROM payments WHERE method = 'efectivo'"
        + " AND refund_id IS NOT NULL")
    let cardsCash = try int(
      "SELECT coalesce(sum(tendered - change), 0) FROM gift_card_moves"
        + " WHERE kind = 'emisión' AND method = 'efectivo'")
    let cardsCashOut = try int(
      "SELECT coalesce(sum(tendered - change), 0) FROM gift_card_moves"
        + " WHERE kind = 'anulación' AND method = 'efectivo'")
    let float = try int("SELECT opening_float FROM cash_sessions WHERE id = 1")
    func method(_ name: String) throws -> Int {
      try int(
        "SELECT coalesce(sum(CASE WHEN sale_id IS NOT NULL THEN amount ELSE -amount END), 0)"
          + " FROM payments WHERE method = '\(name)'")
        + int(
          "SELECT coalesce(sum(CASE kind WHEN 'emisión' THEN paid ELSE -paid END), 0)"
            + " FROM gift_card_moves WHERE method = '\(name)'")
    }
    return [
      "efectivo_esperado": float + cashIn - cashOut + cardsCash - cardsCashOut,
      "debito_esperado": try method("débito"),
      "amipass_esperado": try method("amipass"),
      "tarjeta_regalo_esperado": try method("tarjeta-regalo"),
      "tarjetas_regalo_canjeadas": try int(
        "SELECT -sum(amount) FROM gift_card_moves WHERE kind = 'canje'"),
      "tarjetas_regalo_reintegradas": try int(
        "SELECT sum(amount) FROM gift_card_moves WHERE kind = 'reintegro'"),
      "tarjetas_regalo_vendidas": try int(
        "SELECT sum(amount) FROM gift_card_moves WHERE kind = 'emisión'"),
    ]
  }

  @Test func aWorkedDayClosesAtZero() throws {
    try ok(
      "crear producto Pan precio 1497 stock 100", "crear producto Queso precio 4990 stock 100",
      "crear medio de pago amipass tipo billetera referencia obligatoria", "abrir caja 20000")
    try ok(
      // 1: $1.497 in cash, rounded to $1.500 (Ley 20.956), $500 change.
      "vender 1 pan pagar efectivo 2000",
      // 2: débito.
      "vender 1 queso pagar débito",
      // 3: amipass with its reference.
      "vender 2 pan pagar amipass ref 883311",
      // 4: $6.487 split: $3.000 cash, the rest amipass.
      "vender 1 queso, 1 pan pagar efectivo 3000, amipass ref 77",
      // A $10.000 gift card sold in cash ($20.000 handed, $10.000 change).
      "emitir tarjeta-regalo 10000 código DIA1 pagar efectivo 20000",
      // 5: $9.980, half of the card ($5.000) and the rest in cash.
      "vender 2 queso pagar tarjeta-regalo DIA1 5000, efectivo",
      // Return of one queso of the gift-card sale: back to the card.
      "devolver venta 5 1 queso",
      // Return of sale 1 in cash: $1.497 handed back as $1.500.
      "devolver venta 1 reembolso efectivo")

    // The day's arithmetic, written out.
    let float = 20000
    let cashFromSales = 1500 + 3000 + 4980
    let cashFromCards = 10000
    let cashRefunds = 1500
    let model: [String: Int] = [
      "efectivo_esperado": float + cashFromSales + cashFromCards - cashRefunds,
      "debito_esperado": 4990,
      "amipass_esperado": 2994 + (6487 - 3000),
      "tarjeta_regalo_esperado": 5000 - 4990,
      "tarjetas_regalo_vendidas": 10000,
      "tarjetas_regalo_canjeadas": 5000,
      "tarjetas_regalo_reintegradas": 4990,
    ]
    #expect(try ledger() == model, "the ledger disagrees with the day's arithmetic")
    #expect(try sql("SELECT sum(amount) FROM gift_card_moves") == "\(10000 - 5000 + 4990)\n")
    // Selling the card is not a sale: five sales, no sale for $10.000.
    #expect(
      try sql("SELECT count(*), sum(total) FROM sales") == "5|\(1497 + 4990 + 2994 + 6487 + 9980)\n"
    )

    let x = try jsonObject(try ok("arqueo como json").stdout)
    for (key, value) in model { #expect(x[key] as? Int == value, "arqueo \(key): \(x)") }
    #expect(x["efectivo_tarjetas_regalo"] as? Int == cashFromCards, "\(x)")
    // Revenue does not include the card: the five sales less the returns.
    #expect(x["venta_neta"] as? Int == 1497 + 4990 + 2994 + 6487 + 9980 - 4990 - 1497, "\(x)")

    let closing = try ok(
      "cerrar caja \(model["efectivo_esperado"]!) débito 4990 amipass \(model["amipass_esperado"]!)"
    )
    #expect(closing.stdout.contains("Diferencia $0"), "\(closing.stdout)")
    // Every method of the Z: expected = counted, difference 0 (tarjeta-regalo
    // counted from the card ledger).
    #expect(
      try sql(
        "SELECT method, expected, counted, difference FROM z_report_methods"
          + " WHERE expected <> 0 OR counted IS NOT NULL ORDER BY method")
          == """
          amipass|\(model["amipass_esperado"]!)|\(model["amipass_esperado"]!)|0
          débito|4990|4990|0
          efectivo|\(model["efectivo_esperado"]!)|\(model["efectivo_esperado"]!)|0
          tarjeta-regalo|10|10|0

          """)
    #expect(
      try sql("SELECT expected_cash, counted_cash, cash_difference FROM z_reports")
        == "\(model["efectivo_esperado"]!)|\(model["efectivo_esperado"]!)|0\n")
    // The Z keeps the cash flows by kind (float + Σ = expected) and the cards.
    #expect(
      try sql(
        "SELECT z.opening_float + (SELECT sum(amount) FROM z_report_lines l"
          + " WHERE l.z_report_id = z.id AND l.section = 'caja') = z.expected_cash"
          + " FROM z_reports z") == "1\n")
    #expect(
      try sql(
        "SELECT kind, count, amount FROM z_report_lines WHERE section = 'tarjetas-regalo'"
          + " ORDER BY position")
        == "vendidas:efectivo|1|10000\ncobradas:efectivo|1|10000\ncanjeadas|1|5000\n"
        + "reintegradas|1|4990\n")
    let z = try jsonObject(try ok("informe z 1 como json").stdout)
    for (key, value) in model { #expect(z[key] as? Int == value, "Z \(key): \(z)") }
    #expect(z["diferencia_efectivo"] as? Int == 0, "\(z)")
    let shown = try ok("informe z 1").stdout
    #expect(shown.contains("Tarjetas de regalo vendidas (1):"), "\(shown)")
    #expect(shown.contains("Efectivo de tarjetas de regalo (1):"), "\(shown)")
    #expect(try ok("verificar base").stdout.contains("La base está sana."))
  }
}
